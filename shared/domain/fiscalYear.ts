/** Thai fiscal year (Buddhist era) of an ISO date: fiscal 2566 runs 1 Oct 2565 – 30 Sep 2566. */
export function fiscalYearOf(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return y + 543 + (m >= 10 ? 1 : 0);
}

/** First and last ISO day of a Thai fiscal year. */
export function fiscalYearRange(fiscalYear: number): { start: string; end: string } {
  const gregorian = fiscalYear - 543;
  return { start: `${gregorian - 1}-10-01`, end: `${gregorian}-09-30` };
}
