import type { Selectable } from 'kysely';
import type { CommentBox, Memo, MemoInput, MemoSection, MemoSummary } from '../../shared/api/memos';
import { all, first, qb, run, type Sqlite } from '../query';
import type { MemoRow } from '../schema';

/** What the memo table stores beyond the input: derived numbering and timestamps. */
export interface MemoRecord extends MemoInput {
  id?: number;
  fiscalYear: number;
  runningNumber: number | null;
  createdAt: string;
  updatedAt: string;
}

const memoFromRow = (row: Selectable<MemoRow>): Memo => ({
  id: row.id,
  fiscalYear: row.fiscal_year,
  runningNumber: row.running_number,
  date: row.date,
  docNumber: row.doc_number,
  unitId: row.unit_id,
  agency: row.agency,
  subject: row.subject,
  salutation: row.salutation,
  numbered: row.numbered === 1,
  sections: JSON.parse(row.sections) as MemoSection[],
  closing: row.closing,
  signer: { personId: row.signer_person_id, name: row.signer_name, position: row.signer_position },
  commentBoxes: JSON.parse(row.comment_boxes) as CommentBox[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const memoValues = (m: MemoRecord) => ({
  fiscal_year: m.fiscalYear,
  date: m.date,
  doc_number: m.docNumber,
  running_number: m.runningNumber,
  unit_id: m.unitId,
  agency: m.agency,
  subject: m.subject,
  salutation: m.salutation,
  numbered: m.numbered ? 1 : 0,
  sections: JSON.stringify(m.sections),
  closing: m.closing,
  signer_person_id: m.signer.personId,
  signer_name: m.signer.name,
  signer_position: m.signer.position,
  comment_boxes: JSON.stringify(m.commentBoxes),
  created_at: m.createdAt,
  updated_at: m.updatedAt,
});

const summaryColumns = ['id', 'date', 'fiscal_year', 'doc_number', 'subject', 'signer_name', 'updated_at'] as const;
const summaryFromRow = (row: Pick<Selectable<MemoRow>, (typeof summaryColumns)[number]>): MemoSummary => ({
  id: row.id,
  date: row.date,
  fiscalYear: row.fiscal_year,
  docNumber: row.doc_number,
  subject: row.subject,
  signerName: row.signer_name,
  updatedAt: row.updated_at,
});

/** Newest first. A query matches the subject, number, เรียน, signer, ส่วนราชการ or body text. */
export function listMemos(db: Sqlite, query?: string): MemoSummary[] {
  let q = qb.selectFrom('memo').select([...summaryColumns]);
  const words = (query ?? '').split(/\s+/).filter(Boolean);
  for (const word of words) {
    // instr, not LIKE: no wildcard characters to escape, and Thai has no case to fold.
    q = q.where((eb) =>
      eb.or(
        (['subject', 'doc_number', 'salutation', 'signer_name', 'agency', 'sections', 'closing'] as const).map((column) =>
          eb(eb.fn<number>('instr', [eb.ref(column), eb.val(word)]), '>', 0),
        ),
      ),
    );
  }
  return all(db, q.orderBy('date', 'desc').orderBy('id', 'desc')).map(summaryFromRow);
}

export function getMemo(db: Sqlite, id: number): Memo | undefined {
  const row = first(db, qb.selectFrom('memo').selectAll().where('id', '=', id));
  return row ? memoFromRow(row) : undefined;
}

export function listAllMemos(db: Sqlite): Memo[] {
  return all(db, qb.selectFrom('memo').selectAll().orderBy('id')).map(memoFromRow);
}

export function insertMemo(db: Sqlite, memo: MemoRecord): number {
  return run(db, qb.insertInto('memo').values({ id: memo.id, ...memoValues(memo) })).lastInsertRowid;
}

export function updateMemo(db: Sqlite, id: number, memo: MemoRecord): void {
  run(db, qb.updateTable('memo').set(memoValues(memo)).where('id', '=', id));
}

export function deleteMemo(db: Sqlite, id: number): void {
  run(db, qb.deleteFrom('memo').where('id', '=', id));
}

export function maxRunningNumber(db: Sqlite, fiscalYear: number): number {
  const row = first(db, qb.selectFrom('memo').select((eb) => eb.fn.max('running_number').as('m')).where('fiscal_year', '=', fiscalYear));
  return row?.m == null ? 0 : Number(row.m);
}

/** Memos of a fiscal year carrying a document number (compared without spaces). */
export function memosWithNumber(db: Sqlite, fiscalYear: number, docNumber: string, excludeId?: number): MemoSummary[] {
  let q = qb
    .selectFrom('memo')
    .select([...summaryColumns])
    .where('fiscal_year', '=', fiscalYear)
    .where((eb) => eb(eb.fn('replace', [eb.ref('doc_number'), eb.val(' '), eb.val('')]), '=', docNumber.replace(/ /g, '')));
  if (excludeId !== undefined) q = q.where('id', '!=', excludeId);
  return all(db, q.orderBy('id')).map(summaryFromRow);
}

export function listPersonIds(db: Sqlite): Set<number> {
  return new Set(all(db, qb.selectFrom('person').select('id')).map((r) => r.id));
}

export interface DocumentAsset {
  mimeType: string;
  width: number;
  height: number;
  data: Uint8Array;
}

export function getAsset(db: Sqlite, key: string): DocumentAsset | undefined {
  const row = first(db, qb.selectFrom('document_asset').selectAll().where('key', '=', key));
  return row ? { mimeType: row.mime_type, width: row.width, height: row.height, data: row.data } : undefined;
}

export function putAsset(db: Sqlite, key: string, asset: DocumentAsset): void {
  const values = { mime_type: asset.mimeType, width: asset.width, height: asset.height, data: asset.data };
  run(db, qb.insertInto('document_asset').values({ key, ...values }).onConflict((oc) => oc.column('key').doUpdateSet(values)));
}

export function deleteAsset(db: Sqlite, key: string): void {
  run(db, qb.deleteFrom('document_asset').where('key', '=', key));
}

/** Empties the memo tables; called first by `clearOfficeData` (memos point at people and units). */
export function clearMemoData(db: Sqlite): void {
  run(db, qb.deleteFrom('memo'));
  run(db, qb.deleteFrom('document_asset'));
}
