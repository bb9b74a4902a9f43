import { afterEach, describe, expect, it } from 'vitest';
import { currentFiscalYear } from '../../../renderer/src/results/format';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('currentFiscalYear', () => {
  it('follows the local date in Thailand: 1 October 2569 at 03:00 is already fiscal year 2570', () => {
    process.env.TZ = 'Asia/Bangkok';
    expect(currentFiscalYear(new Date(2026, 9, 1, 3, 0))).toBe(2570);
    expect(currentFiscalYear(new Date(2026, 8, 30, 23, 59))).toBe(2569);
  });
});
