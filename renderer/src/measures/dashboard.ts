import type { ProgressSegment } from '../../../shared/charts';
import type { StatusCounts } from '../../../shared/measures/types';

/**
 * Chart segments of a row: overdue measures are taken out of "in progress" / "not started" (they
 * are counted besides the status) so every measure is drawn once.
 */
export function segmentsOf(c: StatusCounts): Record<ProgressSegment, number> {
  let overdue = c.overdue;
  const takeFrom = (n: number) => {
    const taken = Math.min(n, overdue);
    overdue -= taken;
    return n - taken;
  };
  const notStarted = takeFrom(c.notStarted);
  const inProgress = takeFrom(c.inProgress);
  return { done: c.done, inProgress, overdue: c.overdue - overdue, notStarted, dropped: c.dropped };
}
