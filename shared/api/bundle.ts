import { z } from 'zod';
import type { Bundle, BundleCounts } from '../bundle';
import { channel, noInput } from './channel';

export const bundleApi = {
  'bundle.export': channel(noInput)<Bundle>(),
  /** The bundle is validated by the service, so that its issues name bundle fields. */
  'bundle.import': channel(z.strictObject({ bundle: z.unknown() }))<BundleCounts>(),
};
