import type { z } from 'zod';
import type { Channel } from './channel';
import type { Result } from './errors';
import { officeApi } from './office';
import { bundleApi } from './bundle';
import { backupApi } from './backup';
import { memosApi } from './memos';
import { resultsApi } from './results';
import { measuresApi } from './measures';
import { meetingsApi } from './meetings';

/** The whole API of ITA Desk: every channel the renderer may call, with its input schema. */
export const api = { ...officeApi, ...bundleApi, ...memosApi, ...resultsApi, ...backupApi, ...measuresApi, ...meetingsApi };

export type Api = typeof api;
export type ChannelName = keyof Api;
export type InputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C extends ChannelName> = Api[C] extends Channel<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C extends ChannelName> = Api[C] extends Channel<z.ZodType, infer O> ? O : never;

/** What the preload exposes and the HTTP bridge client implements: one function per channel. */
export type ItaDeskApi = { [C in ChannelName]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export const CHANNEL_NAMES = Object.keys(api) as ChannelName[];
