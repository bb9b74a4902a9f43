import { describe, expect, it } from 'vitest';
import { cases } from '../../bench/cases';
import { summarize } from '../../bench/stats';

describe('benchmarks', () => {
  it('are named cases with unique names', () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['db.open', 'renderer.firstScreen']));
  });

  it('summaries report the median, min and max', () => {
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('db.open runs and reports its figures', async () => {
    const result = await cases.find((c) => c.name === 'db.open')!.run({ runs: 2, log: () => undefined });
    expect(result).toMatchObject({ freshOpenMigrateMs: { runs: 2, median: expect.any(Number) }, reopenMs: { runs: 2, median: expect.any(Number) } });
  });
});
