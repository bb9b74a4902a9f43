import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeAppContext, openAppContext, type AppContext } from '../../electron/services/context';
import { dispatch } from '../../electron/services/dispatch';
import { importBundle } from '../../electron/services/bundle';
import { handlers } from '../../electron/services/handlers';
import type { Bundle } from '../../shared/bundle';

/** Calls a channel as the renderer would, through the dispatcher; a refusal fails the benchmark. */
export async function must<T = unknown>(ctx: AppContext, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(ctx, handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Runs `fn` on an office in a fresh temporary data folder (with `bundle` imported, unless null), removed afterwards. */
export function withOffice<T>(prefix: string, bundle: Bundle | null, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ctx = openAppContext(root);
  if (bundle) importBundle(ctx, bundle);
  return fn(ctx).finally(() => {
    closeAppContext(ctx);
    fs.rmSync(root, { recursive: true, force: true });
  });
}
