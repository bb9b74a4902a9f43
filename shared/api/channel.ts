import { z } from 'zod';

/** A channel of the API: the zod schema its input must pass, and (as a phantom type) its result. */
export interface Channel<I extends z.ZodType, O> {
  input: I;
  /** Never set; carries the result type only. */
  readonly __output?: O;
}

/** `channel(schema)<Result>()` declares a channel; the second call only fixes the result type. */
export const channel =
  <I extends z.ZodType>(input: I) =>
  <O>(): Channel<I, O> => ({ input });

/** Input of channels that take none: an empty object, so every call has the same shape. */
export const noInput = z.strictObject({});
