import { AppError, type FieldIssue } from '../shared/api/errors';
import { REPORTING_PERIODS, type ReportingPeriod } from '../shared/measures/types';
import { toArabicDigits } from '../shared/domain/thaiFormat';
import type { AppContext } from './services/context';
import { exportMemoToFile } from './services/memos';
import { exportPlanToFile, exportProgressReportToFile } from './services/measuresExport';
import { exportMinutesMemoToFile, exportMinutesToFile } from './services/meetings';

/**
 * `export <kind> … --out FILE`: writes one document as a Word file. Each document type adds its kind
 * here: `memo --id ID`, `plan --year 2566`, `progress --year 2566 --period 6m`,
 * `minutes --meeting ID`, `minutes-memo --meeting ID`.
 * A kind reads its options first (issues collected), and writes only when all options are good.
 */
export type ExportCommand = (args: string[], ctx: AppContext) => { issues: FieldIssue[]; run: (out: string) => Promise<unknown> };

/** The value after `name` (absent when missing or when another option follows). */
export function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

/** A required whole-number option (Thai digits read too); its issue is collected, not thrown. */
function wholeOption(args: string[], name: string, issues: FieldIssue[], min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = optionValue(args, name);
  const value = Number(toArabicDigits(raw ?? ''));
  if (!raw) issues.push({ path: name, key: 'validation.required' });
  else if (!Number.isSafeInteger(value) || value < min || value > max) issues.push({ path: name, key: 'validation.wrongType' });
  return value;
}

export const exportCommands: Record<string, ExportCommand> = {
  minutes: (args, ctx) => {
    const issues: FieldIssue[] = [];
    const id = wholeOption(args, '--meeting', issues);
    return { issues, run: async (out) => ({ kind: 'minutes', meeting: id, file: await exportMinutesToFile(ctx.db, id, out) }) };
  },
  'minutes-memo': (args, ctx) => {
    const issues: FieldIssue[] = [];
    const id = wholeOption(args, '--meeting', issues);
    return { issues, run: async (out) => ({ kind: 'minutes-memo', meeting: id, file: await exportMinutesMemoToFile(ctx.db, id, out) }) };
  },
  memo: (args, ctx) => {
    const issues: FieldIssue[] = [];
    const id = wholeOption(args, '--id', issues);
    return { issues, run: async (out) => ({ kind: 'memo', id, file: await exportMemoToFile(ctx.db, id, out) }) };
  },
  plan: (args, ctx) => {
    const issues: FieldIssue[] = [];
    const year = wholeOption(args, '--year', issues, 2500, 2700);
    return { issues, run: async (out) => ({ kind: 'plan', year, file: await exportPlanToFile(ctx.db, year, out) }) };
  },
  progress: (args, ctx) => {
    const issues: FieldIssue[] = [];
    const year = wholeOption(args, '--year', issues, 2500, 2700);
    const period = optionValue(args, '--period');
    if (!period) issues.push({ path: '--period', key: 'validation.required' });
    else if (!(REPORTING_PERIODS as readonly string[]).includes(period)) issues.push({ path: '--period', key: 'validation.notInList', params: { value: period } });
    return { issues, run: async (out) => ({ kind: 'progress', year, period, file: await exportProgressReportToFile(ctx.db, year, period as ReportingPeriod, out) }) };
  },
};

export async function runExport(args: string[], ctx: AppContext): Promise<unknown> {
  const kind = args[1];
  const command = kind && !kind.startsWith('--') ? exportCommands[kind] : undefined;
  if (!command) throw new AppError('validation', { issues: [{ path: 'export', key: 'validation.notInList', params: { value: kind ?? '' } }] });
  const { issues, run } = command(args, ctx);
  const out = optionValue(args, '--out');
  if (!out) issues.push({ path: '--out', key: 'validation.required' });
  if (issues.length) throw new AppError('validation', { issues });
  return run(out!);
}
