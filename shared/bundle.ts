import { z } from 'zod';
import { LANGUAGES, organizationInput, personInput } from './api/office';
import { GARUDA_TYPES, memoInput } from './api/memos';
import { bundleAssessment, bundleFramework, resultsBundleIssues } from './ita/bundle';
import { bundleMeeting, meetingsBundleIssues } from './meetings/bundle';
import { bundleLibraryMeasure, bundleMeasure, bundleMeasureExport, bundleProgress, measuresBundleIssues } from './measures/bundle';

/**
 * The ITA Desk data bundle: one JSON file that carries an office's records between PCs, into
 * scripts, and into tests. Documented in docs/bundle.md. Later versions add keys; readers of
 * version 1 ignore nothing silently: unknown keys are refused so a newer bundle is never half-read.
 */
export const BUNDLE_FORMAT = 'ita-desk-bundle';
export const BUNDLE_VERSION = 1;

const id = z.number().int().positive();

export const bundleUnit = z.strictObject({
  id,
  name: z.string().trim().min(1).max(150),
  parentId: id.nullable(),
  sortOrder: z.number().int().min(0),
});

export const bundlePerson = personInput.extend({ id });

/** A memo as stored: its input plus id and timestamps; numbering is derived again on import. */
export const bundleMemo = memoInput.extend({ id, createdAt: z.string().max(40), updatedAt: z.string().max(40) });

/** The office's Garuda image; its bytes are checked again (type, size) on import. */
export const bundleGaruda = z.strictObject({ mimeType: z.enum(GARUDA_TYPES), base64: z.string().max(40_000_000) });

export const bundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_VERSION),
    exportedAt: z.string().max(40),
    appVersion: z.string().max(40),
    settings: z.strictObject({ language: z.enum(LANGUAGES) }).optional(),
    organization: organizationInput.nullable(),
    units: z.array(bundleUnit).max(10_000),
    people: z.array(bundlePerson).max(100_000),
    memos: z.array(bundleMemo).max(100_000).default([]),
    garuda: bundleGaruda.nullable().default(null),
    frameworks: z.array(bundleFramework).max(1_000).default([]),
    assessments: z.array(bundleAssessment).max(1_000).default([]),
    measureLibrary: z.array(bundleLibraryMeasure).max(10_000).default([]),
    measures: z.array(bundleMeasure).max(100_000).default([]),
    progress: z.array(bundleProgress).max(1_000_000).default([]),
    measureExports: z.array(bundleMeasureExport).max(10_000).default([]),
    meetings: z.array(bundleMeeting).max(100_000).default([]),
  })
  .superRefine((bundle, ctx) => {
    for (const issue of resultsBundleIssues(bundle.frameworks, bundle.assessments)) ctx.addIssue({ code: 'custom', ...issue });
    const unitIds = new Set<number>();
    const topLevel = new Set(bundle.units.filter((u) => u.parentId === null).map((u) => u.id));
    const names = new Set<string>();
    bundle.units.forEach((unit, i) => {
      if (unitIds.has(unit.id)) ctx.addIssue({ code: 'custom', path: ['units', i, 'id'], message: 'validation.duplicate', params: { value: unit.id } });
      unitIds.add(unit.id);
      const key = `${unit.parentId ?? 0}/${unit.name}`;
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: ['units', i, 'name'], message: 'validation.duplicate', params: { value: unit.name } });
      names.add(key);
    });
    for (const issue of meetingsBundleIssues(bundle.meetings)) ctx.addIssue({ code: 'custom', ...issue });
    for (const issue of measuresBundleIssues(unitIds, bundle.measureLibrary, bundle.measures, bundle.progress)) ctx.addIssue({ code: 'custom', ...issue });
    bundle.units.forEach((unit, i) => {
      if (unit.parentId !== null && !topLevel.has(unit.parentId))
        ctx.addIssue({ code: 'custom', path: ['units', i, 'parentId'], message: 'validation.unknownReference', params: { value: unit.parentId } });
    });
    const personIds = new Set<number>();
    bundle.people.forEach((person, i) => {
      if (personIds.has(person.id)) ctx.addIssue({ code: 'custom', path: ['people', i, 'id'], message: 'validation.duplicate', params: { value: person.id } });
      personIds.add(person.id);
      if (person.unitId !== null && !unitIds.has(person.unitId))
        ctx.addIssue({ code: 'custom', path: ['people', i, 'unitId'], message: 'validation.unknownReference', params: { value: person.unitId } });
    });
    const memoIds = new Set<number>();
    bundle.memos.forEach((memo, i) => {
      if (memoIds.has(memo.id)) ctx.addIssue({ code: 'custom', path: ['memos', i, 'id'], message: 'validation.duplicate', params: { value: memo.id } });
      memoIds.add(memo.id);
      if (memo.unitId !== null && !unitIds.has(memo.unitId))
        ctx.addIssue({ code: 'custom', path: ['memos', i, 'unitId'], message: 'validation.unknownReference', params: { value: memo.unitId } });
      const signers = [{ at: ['signer'], signer: memo.signer }, ...memo.commentBoxes.map((b, j) => ({ at: ['commentBoxes', j, 'signer'], signer: b.signer }))];
      for (const { at, signer } of signers)
        if (signer.personId !== null && !personIds.has(signer.personId))
          ctx.addIssue({ code: 'custom', path: ['memos', i, ...at, 'personId'], message: 'validation.unknownReference', params: { value: signer.personId } });
    });
  });

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleCounts = Record<'units' | 'people', number> & { organization: string | null; memos?: number; frameworks?: number; assessments?: number; measures?: number; progress?: number; meetings?: number };
