/**
 * The measures part of the data bundle: the library, the measures, their progress entries with
 * evidence, and the stored export options. Evidence *files* are not in the bundle: an entry keeps
 * the file's name, size, SHA-256 and its path in the evidence folder (copy that folder along, or the
 * evidence shows as missing; a `.itadesk` backup carries the files); URLs travel whole.
 */
import { z } from 'zod';
import { libraryMeasureInput, measureInput, progressStatus, reportingPeriod } from '../api/measures';
import { fiscalYear } from '../api/results';
import { reportingPeriodsOf } from './progress';

const id = z.number().int().positive();
const stamp = z.string().max(40);

export const bundleLibraryMeasure = libraryMeasureInput.extend({ id, key: z.string().max(100).nullable(), builtin: z.boolean(), updatedAt: stamp });

export const bundleMeasure = measureInput.extend({
  id,
  sortOrder: z.number().int().min(0),
  approved: z.boolean(),
  approvalSource: z.string().max(200),
  createdAt: stamp,
  updatedAt: stamp,
});

export const bundleEvidence = z.strictObject({
  id,
  kind: z.enum(['file', 'url']),
  name: z.string().max(2000),
  url: z.string().max(2000).nullable(),
  /** Relative path in the evidence folder: `ab/<sha256>.ext`, nothing else. */
  file: z.string().regex(/^[0-9a-f]{2}\/[0-9a-f]{64}(?:\.[a-z0-9]{1,9})?$/, 'validation.badFormat').nullable(),
  mimeType: z.string().max(200),
  size: z.number().int().min(0).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'validation.badFormat').nullable(),
  addedAt: stamp,
});

export const bundleProgress = z.strictObject({
  id,
  measureId: id,
  period: reportingPeriod,
  unitId: id,
  result: z.string().max(20_000),
  suggestion: z.string().max(10_000),
  status: progressStatus,
  droppedReason: z.string().max(2000),
  updatedAt: stamp,
  evidence: z.array(bundleEvidence).max(1000).default([]),
});

export const bundleMeasureExport = z.strictObject({
  kind: z.enum(['plan', 'progress']),
  fiscalYear,
  period: z.string().max(10),
  /** Checked again when used; options that no longer fit fall back to defaults. */
  options: z.record(z.string(), z.unknown()),
  exportedAt: stamp.nullable(),
  updatedAt: stamp,
});

export type BundleLibraryMeasure = z.output<typeof bundleLibraryMeasure>;
export type BundleMeasure = z.output<typeof bundleMeasure>;
export type BundleProgress = z.output<typeof bundleProgress>;
export type BundleMeasureExport = z.output<typeof bundleMeasureExport>;

type Issue = { path: (string | number)[]; message: string; params?: Record<string, string | number> };

/** Cross-checks of the measures keys against each other and the units. */
export function measuresBundleIssues(
  unitIds: Set<number>,
  library: BundleLibraryMeasure[],
  measures: BundleMeasure[],
  progress: BundleProgress[],
): Issue[] {
  const issues: Issue[] = [];
  const dup = (seen: Set<number>, value: number, path: (string | number)[]) => {
    if (seen.has(value)) issues.push({ path, message: 'validation.duplicate', params: { value } });
    seen.add(value);
  };
  const libraryIds = new Set<number>();
  library.forEach((m, i) => dup(libraryIds, m.id, ['measureLibrary', i, 'id']));
  const byId = new Map<number, BundleMeasure>();
  const measureIds = new Set<number>();
  measures.forEach((m, i) => {
    dup(measureIds, m.id, ['measures', i, 'id']);
    byId.set(m.id, m);
    m.unitIds.forEach((u, j) => {
      if (!unitIds.has(u)) issues.push({ path: ['measures', i, 'unitIds', j], message: 'validation.unknownReference', params: { value: u } });
    });
    if (m.libraryId !== null && !libraryIds.has(m.libraryId)) issues.push({ path: ['measures', i, 'libraryId'], message: 'validation.unknownReference', params: { value: m.libraryId } });
  });
  const entryIds = new Set<number>();
  const evidenceIds = new Set<number>();
  const slots = new Set<string>();
  progress.forEach((e, i) => {
    dup(entryIds, e.id, ['progress', i, 'id']);
    e.evidence.forEach((x, j) => dup(evidenceIds, x.id, ['progress', i, 'evidence', j, 'id']));
    const m = byId.get(e.measureId);
    if (!m) {
      issues.push({ path: ['progress', i, 'measureId'], message: 'validation.unknownReference', params: { value: e.measureId } });
      return;
    }
    if (!m.unitIds.includes(e.unitId)) issues.push({ path: ['progress', i, 'unitId'], message: 'validation.unitNotResponsible', params: { value: e.unitId } });
    if (!reportingPeriodsOf(m.fiscalYear, m.cadence, m.period).includes(e.period)) issues.push({ path: ['progress', i, 'period'], message: 'validation.periodNotInCadence', params: { value: e.period } });
    if (e.status === 'dropped' && !e.droppedReason.trim()) issues.push({ path: ['progress', i, 'droppedReason'], message: 'validation.droppedReasonRequired' });
    const slot = `${e.measureId}/${e.period}/${e.unitId}`;
    if (slots.has(slot)) issues.push({ path: ['progress', i, 'period'], message: 'validation.duplicate', params: { value: slot } });
    slots.add(slot);
    e.evidence.forEach((x, j) => {
      if ((x.kind === 'url') !== (x.url !== null)) issues.push({ path: ['progress', i, 'evidence', j, 'url'], message: 'validation.invalid' });
    });
  });
  return issues;
}
