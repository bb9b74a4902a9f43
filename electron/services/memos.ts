import * as q from '../../db/queries/memos';
import { getOrganization, getPerson, getUnit } from '../../db/queries/office';
import type { Sqlite } from '../../db/query';
import { AppError, type FieldIssue } from '../../shared/api/errors';
import { GARUDA_MAX_BYTES, type DocxFile, type GarudaInfo, type Memo, type MemoInput, type MemoSigner, type memosApi } from '../../shared/api/memos';
import type { Organization } from '../../shared/api/office';
import type { Bundle } from '../../shared/bundle';
import { fiscalYearOf } from '../../shared/domain/fiscalYear';
import { sniffImage } from '../../shared/documents/image';
import { buildMemoModel, formatDocNumber, memoFileName, runningNumberOf, signerOf } from '../../shared/documents/memo';
import type { GarudaImage } from '../../shared/documents/model';
import type { Handlers } from './dispatch';
import { renderDocx } from './docx/render';
import { base64Bytes, writeDocxFile } from './files';

const GARUDA_KEY = 'garuda';

/** The organisation every document is written for; `setup_required` before the office is set up. */
export function requireOrganization(db: Sqlite): Organization {
  const org = getOrganization(db);
  if (!org) throw new AppError('setup_required');
  return org;
}

function requireMemo(db: Sqlite, id: number): Memo {
  const memo = q.getMemo(db, id);
  if (!memo) throw new AppError('not_found', { params: { id } });
  return withLivePeople(db, memo);
}

/** Links to people deleted since are dropped; the stored name and position stay. */
function withLivePeople(db: Sqlite, memo: Memo): Memo {
  const ids = q.listPersonIds(db);
  const live = (s: MemoSigner): MemoSigner => (s.personId !== null && !ids.has(s.personId) ? { ...s, personId: null } : s);
  return { ...memo, signer: live(memo.signer), commentBoxes: memo.commentBoxes.map((b) => ({ ...b, signer: live(b.signer) })) };
}

/**
 * A signer picked from the people list is snapshotted from the person now; one without a person
 * keeps the name and position given (a snapshot kept from before, or typed by hand).
 */
function resolveSigner(db: Sqlite, signer: MemoSigner, at: string, issues: FieldIssue[]): MemoSigner {
  if (signer.personId === null) return signer;
  const person = getPerson(db, signer.personId);
  if (!person) {
    issues.push({ path: `${at}.personId`, key: 'validation.unknownReference', params: { value: signer.personId } });
    return signer;
  }
  return signerOf(person);
}

/** Checks the references of a memo and takes the signer snapshots; throws `validation` naming each field. */
function resolveMemo(db: Sqlite, input: MemoInput): MemoInput {
  const issues: FieldIssue[] = [];
  if (input.unitId !== null && !getUnit(db, input.unitId)) issues.push({ path: 'unitId', key: 'validation.unknownReference', params: { value: input.unitId } });
  const signer = resolveSigner(db, input.signer, 'signer', issues);
  const commentBoxes = input.commentBoxes.map((box, i) => ({ ...box, signer: resolveSigner(db, box.signer, `commentBoxes.${i}.signer`, issues) }));
  if (issues.length) throw new AppError('validation', { issues });
  return { ...input, signer, commentBoxes };
}

function record(input: MemoInput, createdAt: string, now: string): q.MemoRecord {
  const { date, docNumber, unitId, agency, subject, salutation, numbered, sections, closing, signer, commentBoxes } = input;
  return {
    ...{ date, docNumber, unitId, agency, subject, salutation, numbered, sections, closing, signer, commentBoxes },
    fiscalYear: fiscalYearOf(date),
    runningNumber: runningNumberOf(docNumber),
    createdAt,
    updatedAt: now,
  };
}

export function getGaruda(db: Sqlite): GarudaImage | null {
  const asset = q.getAsset(db, GARUDA_KEY);
  if (!asset || (asset.mimeType !== 'image/png' && asset.mimeType !== 'image/jpeg')) return null;
  return { data: asset.data, mimeType: asset.mimeType, width: asset.width, height: asset.height };
}

/** The .docx bytes of a memo (saved or draft), laid out by the documents engine. */
export async function memoDocx(db: Sqlite, memo: MemoInput): Promise<Buffer> {
  return renderDocx(buildMemoModel(memo, requireOrganization(db), getGaruda(db)));
}

async function docxFile(db: Sqlite, memo: MemoInput): Promise<DocxFile> {
  return { fileName: memoFileName(memo), base64: (await memoDocx(db, memo)).toString('base64') };
}

/** Writes a stored memo's .docx to a file: whole or not at all (temporary file, then rename). */
export async function exportMemoToFile(db: Sqlite, id: number, file: string): Promise<string> {
  return writeDocxFile(file, await memoDocx(db, requireMemo(db, id)));
}

function decodeGaruda(base64: string): { bytes: Buffer; info: NonNullable<ReturnType<typeof sniffImage>> } {
  const fail = (key: string, params?: Record<string, string | number>) => new AppError('validation', { issues: [{ path: 'base64', key, params }] });
  const bytes = base64Bytes(base64);
  if (!bytes || bytes.length === 0) throw fail('memos.garudaNotImage');
  if (bytes.length > GARUDA_MAX_BYTES) throw fail('memos.garudaTooBig', { max: GARUDA_MAX_BYTES / (1024 * 1024) });
  const info = sniffImage(bytes);
  if (!info || info.width > 10_000 || info.height > 10_000) throw fail('memos.garudaNotImage');
  return { bytes, info };
}

const garudaInfo = (asset: { mimeType: string; width: number; height: number; data: Uint8Array }): GarudaInfo => ({
  mimeType: asset.mimeType as GarudaInfo['mimeType'],
  width: asset.width,
  height: asset.height,
  base64: Buffer.from(asset.data).toString('base64'),
});

export const memosHandlers: Pick<Handlers, keyof typeof memosApi> = {
  'memos.list': ({ query }, { db }) => q.listMemos(db, query),
  'memos.get': ({ id }, { db }) => requireMemo(db, id),
  'memos.create': (input, { db }) =>
    db.transaction(() => {
      requireOrganization(db);
      const now = new Date().toISOString();
      return requireMemo(db, q.insertMemo(db, record(resolveMemo(db, input), now, now)));
    })(),
  'memos.update': ({ id, ...input }, { db }) =>
    db.transaction(() => {
      const before = requireMemo(db, id);
      q.updateMemo(db, id, record(resolveMemo(db, input), before.createdAt, new Date().toISOString()));
      return requireMemo(db, id);
    })(),
  'memos.delete': ({ id }, { db }) => {
    requireMemo(db, id);
    q.deleteMemo(db, id);
  },
  'memos.numbering': ({ date, docNumber, excludeId }, { db }) => {
    const org = requireOrganization(db);
    const fiscalYear = fiscalYearOf(date);
    return {
      fiscalYear,
      suggested: formatDocNumber(org.docNumberPrefix, q.maxRunningNumber(db, fiscalYear) + 1, org),
      duplicates: docNumber ? q.memosWithNumber(db, fiscalYear, docNumber, excludeId) : [],
    };
  },
  'memos.preview': (input, { db }) => docxFile(db, resolveMemo(db, input)),
  'memos.export': ({ id }, { db }) => docxFile(db, requireMemo(db, id)),
  'settings.getGaruda': (_input, { db }) => {
    const asset = q.getAsset(db, GARUDA_KEY);
    return asset ? garudaInfo(asset) : null;
  },
  'settings.setGaruda': ({ base64 }, { db }) => {
    const { bytes, info } = decodeGaruda(base64);
    // The bytes decide the type, not the name or the type the caller claimed.
    const asset = { mimeType: info.mimeType, width: info.width, height: info.height, data: bytes };
    q.putAsset(db, GARUDA_KEY, asset);
    return garudaInfo(asset);
  },
  'settings.clearGaruda': (_input, { db }) => {
    q.deleteAsset(db, GARUDA_KEY);
  },
};

/** The memo part of a data bundle. */
export function exportMemos(db: Sqlite): Pick<Bundle, 'memos' | 'garuda'> {
  const garuda = q.getAsset(db, GARUDA_KEY);
  return {
    memos: q.listAllMemos(db).map((m) => ({
      id: m.id,
      date: m.date,
      docNumber: m.docNumber,
      unitId: m.unitId,
      agency: m.agency,
      subject: m.subject,
      salutation: m.salutation,
      numbered: m.numbered,
      sections: m.sections,
      closing: m.closing,
      signer: m.signer,
      commentBoxes: m.commentBoxes,
      createdAt: m.createdAt,
      updatedAt: m.updatedAt,
    })),
    garuda: garuda ? { mimeType: garuda.mimeType as GarudaInfo['mimeType'], base64: Buffer.from(garuda.data).toString('base64') } : null,
  };
}

/** Inserts a validated bundle's memos and Garuda; runs inside the import transaction, after the people. */
export function importMemos(db: Sqlite, bundle: Pick<Bundle, 'memos' | 'garuda'>): void {
  const ids = q.listPersonIds(db);
  for (const memo of bundle.memos) {
    // A stale link to a person is dropped; the snapshot is what the memo prints.
    const live = (s: MemoSigner): MemoSigner => (s.personId !== null && !ids.has(s.personId) ? { ...s, personId: null } : s);
    q.insertMemo(db, { ...record({ ...memo, signer: live(memo.signer), commentBoxes: memo.commentBoxes.map((b) => ({ ...b, signer: live(b.signer) })) }, memo.createdAt, memo.updatedAt), id: memo.id });
  }
  if (bundle.garuda) {
    let decoded: ReturnType<typeof decodeGaruda>;
    try {
      decoded = decodeGaruda(bundle.garuda.base64);
    } catch (error) {
      if (error instanceof AppError) throw new AppError('bundle_invalid', { issues: (error.details.issues ?? []).map((i) => ({ ...i, path: 'garuda.base64' })) });
      throw error;
    }
    q.putAsset(db, GARUDA_KEY, { mimeType: decoded.info.mimeType, width: decoded.info.width, height: decoded.info.height, data: decoded.bytes });
  }
}
