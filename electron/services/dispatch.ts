import type { z } from 'zod';
import { api, type ChannelName, type OutputOf, type ParsedInputOf } from '../../shared/api/contract';
import { AppError, type Result } from '../../shared/api/errors';
import { toFieldIssues } from '../../shared/api/validation';
import type { AppContext } from './context';

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>, ctx: AppContext) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };

const isChannel = (name: string): name is ChannelName => Object.hasOwn(api, name);

/** SQLite's own guards, should a service miss a case: reported as data, never as a crash. */
function fromSqliteError(error: unknown): AppError | undefined {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('in_use');
  if (code === 'SQLITE_CONSTRAINT_UNIQUE') return new AppError('conflict');
  return undefined;
}

/**
 * The one door into the main-process services, shared by IPC, the HTTP bridge and the CLI:
 * unknown channels and inputs that fail their schema are refused before any service runs.
 */
export async function dispatch(ctx: AppContext, handlers: Handlers, channel: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return { ok: false, error: { code: 'not_found', params: { channel } } };
  // reportInput: a wrong type is told apart from a missing value (zod 4 leaves `input` out otherwise).
  const parsed = (api[channel].input as z.ZodType).safeParse(rawInput, { reportInput: true });
  if (!parsed.success) return { ok: false, error: { code: 'validation', issues: toFieldIssues(parsed.error) } };
  try {
    const handler = handlers[channel] as (input: unknown, ctx: AppContext) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    const known = error instanceof AppError ? error : fromSqliteError(error);
    if (known) return { ok: false, error: known.toApiError() };
    console.error(`[ita-desk] ${channel} failed`, error);
    return { ok: false, error: { code: 'internal' } };
  }
}
