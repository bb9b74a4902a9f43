/** Progress entries per measure × reporting period × unit, and their evidence (files and URLs). */
import fs from 'node:fs';
import * as q from '../../db/queries/measures';
import { listUnits } from '../../db/queries/office';
import type { Sqlite } from '../../db/query';
import { AppError } from '../../shared/api/errors';
import type { Evidence, measuresApi, ProgressEntry, ProgressSheet } from '../../shared/api/measures';
import { periodRange, reportingPeriodsOf, slotOverdue, todayIso } from '../../shared/measures/progress';
import type { ReportingPeriod } from '../../shared/measures/types';
import type { Handlers } from './dispatch';
import { decodeEvidence, evidenceExists, evidencePath, readSourceFile, removeEvidenceFiles, storeEvidence } from './evidenceFiles';

const nowIso = () => new Date().toISOString();

function evidenceView(dataDir: string, e: q.EvidenceRecord): Evidence {
  return {
    id: e.id,
    entryId: e.entryId,
    kind: e.kind,
    name: e.name,
    url: e.url,
    size: e.size,
    sha256: e.sha256,
    missing: e.kind === 'file' && (!e.file || !evidenceExists(dataDir, e.file)),
    addedAt: e.addedAt,
  };
}

export function entryViews(db: Sqlite, dataDir: string, entries: q.EntryRecord[]): ProgressEntry[] {
  const names = new Map(listUnits(db).map((u) => [u.id, u.name]));
  const evidence = q.listEvidence(db, entries.map((e) => e.id));
  return entries.map((e) => ({
    ...e,
    unitName: names.get(e.unitId) ?? '',
    evidence: evidence.filter((x) => x.entryId === e.id).map((x) => evidenceView(dataDir, x)),
  }));
}

function requireEntry(db: Sqlite, id: number): q.EntryRecord {
  const found = q.getEntry(db, id);
  if (!found) throw new AppError('not_found', { params: { id } });
  return found;
}

function requireEvidence(db: Sqlite, id: number): q.EvidenceRecord {
  const found = q.getEvidence(db, id);
  if (!found) throw new AppError('not_found', { params: { id } });
  return found;
}

/** Every measure × responsible unit due in a period of a year, recorded or not, with overdue flags. */
export function progressSheet(db: Sqlite, dataDir: string, fiscalYear: number, period: ReportingPeriod, options: { unitId?: number; today?: string } = {}): ProgressSheet {
  const today = options.today ?? todayIso();
  const names = new Map(listUnits(db).map((u) => [u.id, u.name]));
  const entries = entryViews(db, dataDir, q.listEntries(db, { fiscalYear, period }));
  const slots: ProgressSheet['slots'] = [];
  for (const m of q.listMeasures(db, fiscalYear)) {
    if (!reportingPeriodsOf(m.fiscalYear, m.cadence, m.period).includes(period)) continue;
    for (const unitId of m.unitIds) {
      if (options.unitId !== undefined && unitId !== options.unitId) continue;
      const entry = entries.find((e) => e.measureId === m.id && e.unitId === unitId) ?? null;
      slots.push({
        measureId: m.id,
        measureTitle: m.title,
        instrument: m.instrument,
        indicatorNo: m.indicatorNo,
        unitId,
        unitName: names.get(unitId) ?? '',
        entry,
        overdue: slotOverdue({ fiscalYear, period, measurePeriod: m.period, status: entry?.status ?? null, today }),
      });
    }
  }
  return { fiscalYear, period, ...periodRange(fiscalYear, period), today, slots };
}

/** Copies a file into the evidence folder and records it; the file is stored before the row is written, so a failure leaves no row. */
function addEvidenceFile(db: Sqlite, dataDir: string, entryId: number, name: string, bytes: Buffer): Evidence {
  const stored = storeEvidence(dataDir, bytes, name);
  const id = q.insertEvidence(db, { entryId, kind: 'file', name, url: null, ...stored, addedAt: nowIso() });
  return evidenceView(dataDir, requireEvidence(db, id));
}

/**
 * Attaches a file on this computer, read by the main process (never a channel: the renderer sends
 * the bytes of a file the user picked). Missing, huge or locked files are refused with a named message.
 */
export function addEvidenceFromPath(db: Sqlite, dataDir: string, entryId: number, file: string): Evidence {
  requireEntry(db, entryId);
  return addEvidenceFile(db, dataDir, entryId, file.split(/[\\/]/).pop()!, readSourceFile(file));
}

type ProgressChannel = Extract<keyof typeof measuresApi, `progress.${string}` | `evidence.${string}`>;

export const progressHandlers: Pick<Handlers, ProgressChannel> = {
  'progress.list': ({ fiscalYear, period, measureId, unitId }, { db, dataDir }) => entryViews(db, dataDir, q.listEntries(db, { fiscalYear, period, measureId, unitId })),
  'progress.sheet': ({ fiscalYear, period, unitId, today }, { db, dataDir }) => progressSheet(db, dataDir, fiscalYear, period, { unitId, today }),
  'progress.save': (input, { db, dataDir }) =>
    db.transaction(() => {
      const measure = q.getMeasure(db, input.measureId);
      if (!measure) throw new AppError('validation', { issues: [{ path: 'measureId', key: 'validation.unknownReference', params: { value: input.measureId } }] });
      const issues = [];
      if (!reportingPeriodsOf(measure.fiscalYear, measure.cadence, measure.period).includes(input.period))
        issues.push({ path: 'period', key: 'validation.periodNotInCadence', params: { value: input.period } });
      if (!measure.unitIds.includes(input.unitId)) issues.push({ path: 'unitId', key: 'validation.unitNotResponsible', params: { value: input.unitId } });
      if (issues.length) throw new AppError('validation', { issues });
      const record = { ...input, droppedReason: input.status === 'dropped' ? input.droppedReason : '', updatedAt: nowIso() };
      const existing = q.findEntry(db, input.measureId, input.period, input.unitId);
      const id = existing ? (q.updateEntry(db, existing.id, record), existing.id) : q.insertEntry(db, record);
      return entryViews(db, dataDir, [requireEntry(db, id)])[0]!;
    })(),
  'progress.delete': ({ id }, { db, dataDir }) => {
    const files = db.transaction(() => {
      requireEntry(db, id);
      const gone: string[] = [];
      for (const e of q.listEvidence(db, [id])) {
        q.deleteEvidence(db, e.id);
        if (e.file && q.evidenceFileUses(db, e.file) === 0) gone.push(e.file);
      }
      q.deleteEntry(db, id);
      return gone;
    })();
    removeEvidenceFiles(dataDir, files);
  },

  'evidence.add': ({ entryId, source }, { db, dataDir }) => {
    requireEntry(db, entryId);
    if (source.kind === 'url') {
      const id = q.insertEvidence(db, { entryId, kind: 'url', name: source.name || source.url, url: source.url, file: null, mimeType: '', size: null, sha256: null, addedAt: nowIso() });
      return evidenceView(dataDir, requireEvidence(db, id));
    }
    return addEvidenceFile(db, dataDir, entryId, source.name, decodeEvidence(source.base64));
  },
  'evidence.remove': ({ id }, { db, dataDir }) => {
    const evidence = requireEvidence(db, id);
    q.deleteEvidence(db, id);
    if (evidence.file && q.evidenceFileUses(db, evidence.file) === 0) removeEvidenceFiles(dataDir, [evidence.file]);
  },
  'evidence.open': ({ id }, { db, dataDir }) => {
    const e = requireEvidence(db, id);
    if (e.kind === 'url') return { kind: 'url', id, name: e.name, url: e.url! };
    if (!e.file || !evidenceExists(dataDir, e.file)) throw new AppError('not_found', { params: { file: e.name } });
    return { kind: 'file', id, name: e.name, path: evidencePath(dataDir, e.file), mimeType: e.mimeType, size: e.size ?? 0 };
  },
  'evidence.read': ({ id }, { db, dataDir }) => {
    const e = requireEvidence(db, id);
    if (e.kind !== 'file' || !e.file || !evidenceExists(dataDir, e.file)) throw new AppError('not_found', { params: { file: e.name } });
    return { id, name: e.name, mimeType: e.mimeType, base64: fs.readFileSync(evidencePath(dataDir, e.file)).toString('base64') };
  },
};
