import { z } from 'zod';
import * as q from '../../db/queries/office';
import { exportMemos, importMemos } from './memos';
import { exportResults, importResults } from './results';
import { exportMeasures, importMeasures } from './measuresBundle';
import { exportMeetings, importMeetings } from './meetings';
import { AppError } from '../../shared/api/errors';
import { toFieldIssues } from '../../shared/api/validation';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle, type BundleCounts } from '../../shared/bundle';
import type { AppContext } from './context';
import type { Handlers } from './dispatch';

export function exportBundle({ db, appVersion }: AppContext, now = new Date()): Bundle {
  const language = q.getSetting(db, 'language');
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now.toISOString(),
    appVersion,
    settings: language === 'en' || language === 'th' ? { language } : undefined,
    organization: q.getOrganization(db),
    units: q.listUnits(db).map(({ id, name, parentId, sortOrder }) => ({ id, name, parentId, sortOrder })),
    people: q.listPeople(db),
    ...exportMemos(db),
    ...exportResults(db),
    ...exportMeasures(db),
    ...exportMeetings(db),
  };
}

const envelope = z.object({ format: z.string(), version: z.number() });

/** Validates a bundle completely, naming each bad field; throws `bundle_invalid`. */
export function parseBundle(raw: unknown): Bundle {
  const head = envelope.safeParse(raw);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) throw new AppError('bundle_invalid', { issues: [{ path: 'format', key: 'bundle.foreign' }] });
  if (head.data.version > BUNDLE_VERSION)
    throw new AppError('bundle_invalid', { issues: [{ path: 'version', key: 'bundle.newer', params: { found: head.data.version, supported: BUNDLE_VERSION } }] });
  const parsed = bundleSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw new AppError('bundle_invalid', { issues: toFieldIssues(parsed.error) });
  return parsed.data;
}

/** Replaces all office data with the bundle's, in one transaction: all or nothing. */
export function importBundle({ db }: AppContext, raw: unknown): BundleCounts {
  const bundle = parseBundle(raw);
  db.transaction(() => {
    q.clearOfficeData(db);
    if (bundle.settings) q.putSetting(db, 'language', bundle.settings.language);
    if (bundle.organization) q.putOrganization(db, bundle.organization);
    const ordered = [...bundle.units.filter((u) => u.parentId === null), ...bundle.units.filter((u) => u.parentId !== null)];
    for (const unit of ordered) q.insertUnit(db, unit);
    for (const person of bundle.people) q.insertPerson(db, person);
    importMemos(db, bundle);
    importResults(db, bundle.frameworks, bundle.assessments);
    importMeasures(db, bundle);
    importMeetings(db, bundle);
  })();
  return { organization: bundle.organization?.name ?? null, units: bundle.units.length, people: bundle.people.length, memos: bundle.memos.length, frameworks: bundle.frameworks.length, assessments: bundle.assessments.length, measures: bundle.measures.length, progress: bundle.progress.length, meetings: bundle.meetings.length };
}

export const bundleHandlers: Pick<Handlers, 'bundle.export' | 'bundle.import'> = {
  'bundle.export': (_input, ctx) => exportBundle(ctx),
  'bundle.import': ({ bundle }, ctx) => importBundle(ctx, bundle),
};
