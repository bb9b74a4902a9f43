/** The measures part of a data bundle (library, measures, progress with evidence records, export options). */
import * as q from '../../db/queries/measures';
import { putSetting } from '../../db/queries/office';
import { run, qb, type Sqlite } from '../../db/query';
import type { Bundle } from '../../shared/bundle';
import { LIBRARY_SEEDED } from './measures';

export function exportMeasures(db: Sqlite): Pick<Bundle, 'measureLibrary' | 'measures' | 'progress' | 'measureExports'> {
  const entries = q.listEntries(db);
  // Each entry's evidence records, in the order they were listed (one pass, not one scan per entry).
  const evidenceOf = new Map<number, Bundle['progress'][number]['evidence']>();
  for (const { entryId, ...x } of q.listEvidence(db)) {
    const list = evidenceOf.get(entryId);
    if (list) list.push(x);
    else evidenceOf.set(entryId, [x]);
  }
  return {
    measureLibrary: q.listLibrary(db).map(({ id, key, instrument, indicatorNo, title, methods, oitItems, cadence, followUp, builtin, updatedAt }) => ({
      id,
      key,
      instrument,
      indicatorNo,
      title,
      methods,
      oitItems,
      cadence,
      followUp,
      builtin,
      updatedAt,
    })),
    measures: q.listMeasures(db).map((m) => ({ ...m })),
    progress: entries.map((e) => ({ ...e, evidence: evidenceOf.get(e.id) ?? [] })),
    measureExports: q.listExportOptions(db).map((x) => ({ ...x, options: x.options as Record<string, unknown> })),
  };
}

/** Inserts a validated bundle's measures; runs inside the import transaction, after the units. */
export function importMeasures(db: Sqlite, bundle: Pick<Bundle, 'measureLibrary' | 'measures' | 'progress' | 'measureExports'>): void {
  for (const m of bundle.measureLibrary) q.insertLibrary(db, m);
  // An empty library (an older bundle) is seeded again on first use.
  if (bundle.measureLibrary.length) putSetting(db, LIBRARY_SEEDED, '1');
  else run(db, qb.deleteFrom('setting').where('key', '=', LIBRARY_SEEDED));
  for (const m of bundle.measures) q.insertMeasure(db, m);
  for (const e of bundle.progress) {
    const { evidence, ...entry } = e;
    q.insertEntry(db, entry);
    for (const x of evidence) q.insertEvidence(db, { ...x, entryId: e.id });
  }
  for (const x of bundle.measureExports) q.putExportOptions(db, x.kind, x.fiscalYear, x.period, x.options, x.exportedAt, x.updatedAt);
}
