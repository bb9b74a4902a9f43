import { AppError } from '../shared/api/errors';
import type { AppContext } from './services/context';
import { exportMemoToFile } from './services/memos';

/**
 * `export <kind> --id ID --out FILE`: writes one stored document as a Word file. Each document
 * type adds its kind here (memo now; plan, progress and minutes later).
 */
export type ExportCommand = (options: { id: number; out: string }, ctx: AppContext) => Promise<unknown>;

export const exportCommands: Record<string, ExportCommand> = {
  memo: async ({ id, out }, ctx) => ({ kind: 'memo', id, file: await exportMemoToFile(ctx.db, id, out) }),
};

function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  const value = index >= 0 ? args[index + 1] : undefined;
  return value && !value.startsWith('--') ? value : undefined;
}

export async function runExport(args: string[], ctx: AppContext): Promise<unknown> {
  const kind = args[1];
  const command = kind && !kind.startsWith('--') ? exportCommands[kind] : undefined;
  if (!command) throw new AppError('validation', { issues: [{ path: 'export', key: 'validation.notInList', params: { value: kind ?? '' } }] });
  const rawId = optionValue(args, '--id');
  const out = optionValue(args, '--out');
  const id = Number(rawId);
  const issues = [
    ...(!rawId ? [{ path: '--id', key: 'validation.required' }] : !Number.isSafeInteger(id) || id <= 0 ? [{ path: '--id', key: 'validation.wrongType' }] : []),
    ...(!out ? [{ path: '--out', key: 'validation.required' }] : []),
  ];
  if (issues.length) throw new AppError('validation', { issues });
  return command({ id, out: out! }, ctx);
}
