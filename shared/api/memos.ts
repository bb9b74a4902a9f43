import { z } from 'zod';
import { channel, noInput } from './channel';

const id = z.number().int().positive();
const optionalText = (max: number) => z.string().trim().max(max);
const text = (max: number) => z.string().trim().min(1).max(max);

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, 'validation.date');

/** One part of the memo body: an optional heading (๑. เรื่องเดิม …) and its paragraphs. */
export const memoSection = z.strictObject({
  heading: optionalText(200),
  paragraphs: z.array(z.string().trim().max(20_000)).max(500),
});
export type MemoSection = z.infer<typeof memoSection>;

/**
 * A signer as kept on the memo: the person picked (while they exist) and a snapshot of their name
 * and position, so the memo still prints correctly after the person is edited or deleted.
 */
export const memoSigner = z.strictObject({
  personId: id.nullable(),
  name: optionalText(200),
  position: optionalText(300),
});
export type MemoSigner = z.infer<typeof memoSigner>;

export const commentBox = z.strictObject({
  /** e.g. ความเห็นของหัวหน้าสำนักปลัด */
  heading: text(300),
  signer: memoSigner,
});
export type CommentBox = z.infer<typeof commentBox>;

export const memoInput = z.strictObject({
  date: isoDate,
  /** ที่: office prefix + running number, suggested by the app, editable; may be left empty. */
  docNumber: optionalText(100),
  unitId: id.nullable(),
  /** ส่วนราชการ line, prefilled from the organisation, unit and phone. */
  agency: text(300),
  subject: text(500),
  /** เรียน */
  salutation: text(300),
  /** Number the body sections ๑. ๒. ๓. … */
  numbered: z.boolean(),
  sections: z.array(memoSection).min(1).max(50),
  closing: optionalText(500),
  signer: memoSigner,
  commentBoxes: z.array(commentBox).max(10),
});
export type MemoInput = z.infer<typeof memoInput>;

export interface Memo extends MemoInput {
  id: number;
  fiscalYear: number;
  /** The running number read from the document number, when it ends in one. */
  runningNumber: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface MemoSummary {
  id: number;
  date: string;
  fiscalYear: number;
  docNumber: string;
  subject: string;
  signerName: string;
  updatedAt: string;
}

export interface MemoNumbering {
  fiscalYear: number;
  /** The next free number of the fiscal year, in the office's digits. */
  suggested: string;
  /** Other memos of the same fiscal year that already carry the number asked about. */
  duplicates: MemoSummary[];
}

export interface DocxFile {
  fileName: string;
  /** The .docx bytes, base64. */
  base64: string;
}

export const GARUDA_MAX_BYTES = 2 * 1024 * 1024;
export const GARUDA_TYPES = ['image/png', 'image/jpeg'] as const;

export interface GarudaInfo {
  mimeType: (typeof GARUDA_TYPES)[number];
  base64: string;
  width: number;
  height: number;
}

export const memosApi = {
  'memos.list': channel(z.strictObject({ query: optionalText(200).optional() }))<MemoSummary[]>(),
  'memos.get': channel(z.strictObject({ id }))<Memo>(),
  'memos.create': channel(memoInput)<Memo>(),
  'memos.update': channel(memoInput.extend({ id }))<Memo>(),
  'memos.delete': channel(z.strictObject({ id }))<void>(),
  /** The suggested next number for a date, and whether a given number is already taken that year. */
  'memos.numbering': channel(z.strictObject({ date: isoDate, docNumber: optionalText(100).optional(), excludeId: id.optional() }))<MemoNumbering>(),
  /** The .docx of an unsaved draft, for the preview. */
  'memos.preview': channel(memoInput)<DocxFile>(),
  'memos.export': channel(z.strictObject({ id }))<DocxFile>(),
  'settings.getGaruda': channel(noInput)<GarudaInfo | null>(),
  'settings.setGaruda': channel(z.strictObject({ base64: z.string().max(40_000_000), mimeType: z.enum(GARUDA_TYPES) }))<GarudaInfo>(),
  'settings.clearGaruda': channel(noInput)<void>(),
};
