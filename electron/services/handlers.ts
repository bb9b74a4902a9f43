import { backupHandlers } from './backup';
import { bundleHandlers } from './bundle';
import { memosHandlers } from './memos';
import type { Handlers } from './dispatch';
import { officeHandlers } from './office';
import { resultsHandlers } from './results';
import { measuresHandlers } from './measures';
import { meetingsHandlers } from './meetings';

/** Every channel of the contract, served by its domain's handlers. */
export const handlers: Handlers = { ...officeHandlers, ...bundleHandlers, ...memosHandlers, ...resultsHandlers, ...backupHandlers, ...measuresHandlers, ...meetingsHandlers };
