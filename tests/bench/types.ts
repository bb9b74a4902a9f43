/** A benchmark case: one named measurement that `npm run bench` runs and reports as JSON. */
export interface BenchCase {
  /** Dotted name, e.g. `db.open`; `npm run bench -- --only db.open` runs just this one. */
  name: string;
  description: string;
  /** Measures and returns its figures (milliseconds unless the key says otherwise). */
  run(options: BenchOptions): Promise<Record<string, unknown>>;
}

export interface BenchOptions {
  /** Repetitions per measurement; a case may use fewer for slow ones (see `runsFor`). */
  runs: number;
  /** Progress lines go to stderr, so stdout stays pure JSON. */
  log(message: string): void;
}
