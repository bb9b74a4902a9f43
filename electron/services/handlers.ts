import { bundleHandlers } from './bundle';
import type { Handlers } from './dispatch';
import { officeHandlers } from './office';

/** Every channel of the contract, served by its domain's handlers. */
export const handlers: Handlers = { ...officeHandlers, ...bundleHandlers };
