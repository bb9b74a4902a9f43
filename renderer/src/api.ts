import type { ChannelName, InputOf, ItaDeskApi, OutputOf } from '../../shared/api/contract';
import type { ApiError, Result } from '../../shared/api/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode, where the localhost bridge serves the API. */
    itaDesk?: ItaDeskApi;
  }
}

async function overHttp(channel: string, input: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`./api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', params: { reason: 'network' } } };
  }
}

/** A failed call, carrying the error as data for the screen to translate. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
  }
}

/** Calls one channel of the typed API; resolves with its value or rejects with an `ApiFailure`. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const transport = window.itaDesk;
  const result = transport ? await (transport[channel] as (i: unknown) => Promise<Result<unknown>>)(input) : await overHttp(channel, input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as OutputOf<C>;
}
