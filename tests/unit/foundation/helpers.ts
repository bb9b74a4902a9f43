import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { closeAppContext, openAppContext, type AppContext } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { handlers } from '../../../electron/services/handlers';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/api/contract';
import type { OrganizationInput } from '../../../shared/api/office';
import { AppError, type ApiError, type Result } from '../../../shared/api/errors';
import { translate } from '../../../shared/i18n';
import { TEST_ORGANIZATION } from '../../support/organization';

/** Temporary folders and open databases made by a test, removed after it. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

export function tempDir(prefix = 'ita-unit-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => {
    // A test may have made the folder read-only; give it back its write bit before removing it.
    try {
      fs.chmodSync(dir, 0o755);
    } catch {
      /* already gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** An app context on a fresh data folder, closed after the test. */
export function freshContext(dataDir = tempDir()): AppContext {
  const ctx = openAppContext(dataDir);
  cleanups.push(() => closeAppContext(ctx));
  return ctx;
}

/** Calls a channel through the real entry point, as IPC, the bridge and the CLI do. */
export function call<C extends ChannelName>(ctx: AppContext, channel: C, input: InputOf<C>): Promise<Result<OutputOf<C>>>;
export function call(ctx: AppContext, channel: string, input: unknown): Promise<Result<unknown>>;
export function call(ctx: AppContext, channel: string, input: unknown): Promise<Result<unknown>> {
  return dispatch(ctx, handlers, channel, input);
}

/** The value of a call that must succeed; fails the test with the error otherwise. */
export async function ok<C extends ChannelName>(ctx: AppContext, channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await call(ctx, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const ORGANIZATION: OrganizationInput = TEST_ORGANIZATION;

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The error a main-process service function throws, as it would cross the boundary. */
export async function thrown(work: () => unknown): Promise<ApiError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return error.toApiError();
    throw error;
  }
  throw new Error('expected a failure');
}

/** The error of a call that must fail. */
export function failure(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

/** `path → key` of each issue, the shape every layer shows next to the field. */
export const issueMap = (error: ApiError) => Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.key]));

/** Every issue key resolves to a message in both languages (no raw keys shown to a user). */
export function expectTranslated(error: ApiError): void {
  for (const lang of ['th', 'en'] as const) for (const issue of error.issues ?? []) expect(translate(lang, issue.key, issue.params), issue.key).not.toBe(issue.key);
}
