import type { CommentBox, MemoInput, MemoSigner } from '../api/memos';
import type { Organization, Person } from '../api/office';
import { formatNumber, formatThaiDate, toArabicDigits, withDigits } from '../domain/thaiFormat';
import { FONT_SIZE, INDENT, SPACING } from './layout';
import { paragraph, type Block, type DocumentModel, type GarudaImage, type Signature } from './model';

/** Labels of the memo form (ระเบียบงานสารบรรณ): the document is Thai whatever the UI language. */
export const MEMO_LABELS = {
  title: 'บันทึกข้อความ',
  agency: 'ส่วนราชการ',
  number: 'ที่',
  date: 'วันที่',
  subject: 'เรื่อง',
  salutation: 'เรียน',
} as const;

/** Usual body sections of a memo that reports or proposes (numbered when the memo is). */
export const STANDARD_SECTIONS = ['เรื่องเดิม', 'ข้อเท็จจริง', 'ข้อกฎหมาย/ระเบียบที่เกี่ยวข้อง', 'ข้อเสนอแนะ'] as const;

export const DEFAULT_CLOSING = 'จึงเรียนมาเพื่อโปรดทราบและพิจารณา';

/** Name as printed under a signature: title joined to the first name, as Thai documents write it. */
export function personFullName(person: Pick<Person, 'title' | 'firstName' | 'lastName'>): string {
  return `${person.title}${person.firstName}${person.lastName ? ` ${person.lastName}` : ''}`.trim();
}

/** The signer snapshot of a person picked now. */
export function signerOf(person: Person): MemoSigner {
  return { personId: person.id, name: personFullName(person), position: person.position };
}

/** ส่วนราชการ line: unit, organisation, province and phone, e.g. `สำนักปลัด องค์การบริหารส่วนตำบล… จังหวัดขอนแก่น โทร ๐๔๓-…`. */
export function suggestAgency(org: Organization, unitName: string | null): string {
  const parts = [unitName, org.name, org.province === 'กรุงเทพมหานคร' ? 'กรุงเทพมหานคร' : `จังหวัด${org.province}`].filter(Boolean);
  const phone = org.phone.trim() ? ` โทร ${withDigits(org.phone.trim(), org)}` : '';
  return `${parts.join(' ')}${phone}`;
}

/** Running number at the end of a document number (`ขก ๗๒๙๐๑/๑๒๓` → 123), if it ends in one. */
export function runningNumberOf(docNumber: string): number | null {
  const match = /\/\s*([0-9๐-๙]+)\s*$/u.exec(docNumber);
  if (!match) return null;
  const n = Number(toArabicDigits(match[1]!));
  return Number.isSafeInteger(n) ? n : null;
}

/** The document number with a running number: office prefix, slash, number in the office's digits. */
export function formatDocNumber(prefix: string, running: number, org: Pick<Organization, 'thaiDigits'>): string {
  return `${withDigits(prefix.trim(), org)}/${formatNumber(running, org)}`;
}

/** A comment box heading for a person's position: `ความเห็นของ` + position. */
export function commentHeadingFor(position: string): string {
  return `ความเห็นของ${position}`;
}

const asSignature = (signer: MemoSigner): Signature => ({ name: signer.name, position: signer.position ? signer.position.split('\n').map((l) => l.trim()).filter(Boolean) : [] });

/**
 * The model of a บันทึกข้อความ: header form, เรียน, body (numbered sections optional), closing,
 * signature right of centre, then a comment box for each level of the chain of command.
 */
export function buildMemoModel(memo: MemoInput, org: Organization, garuda: GarudaImage | null): DocumentModel {
  const digits = { thaiDigits: org.thaiDigits };
  const blocks: Block[] = [
    {
      kind: 'memoHeader',
      title: MEMO_LABELS.title,
      agency: { label: MEMO_LABELS.agency, value: memo.agency },
      number: { label: MEMO_LABELS.number, value: memo.docNumber },
      date: { label: MEMO_LABELS.date, value: formatThaiDate(memo.date, digits) },
      subject: { label: MEMO_LABELS.subject, value: memo.subject },
    },
    paragraph([`${MEMO_LABELS.salutation} ${memo.salutation}`], { spaceBeforePt: SPACING.memoPartPt, spaceAfterPt: SPACING.memoPartPt, keepNext: true }),
  ];
  let number = 0;
  for (const section of memo.sections) {
    const paragraphs = section.paragraphs.filter((p) => p.trim() !== '');
    if (section.heading) {
      number += 1;
      blocks.push({ kind: 'heading', level: 3, number: memo.numbered ? `${formatNumber(number, digits)}.` : undefined, text: section.heading });
    }
    for (const text of paragraphs)
      blocks.push(paragraph([text], { align: 'thaiDistribute', firstLineIndentCm: INDENT.firstLineCm, size: FONT_SIZE.body }));
  }
  if (memo.closing) blocks.push(paragraph([memo.closing], { firstLineIndentCm: INDENT.firstLineCm, spaceBeforePt: SPACING.memoPartPt, keepNext: true }));
  blocks.push({ kind: 'signature', ...asSignature(memo.signer) });
  for (const box of memo.commentBoxes) blocks.push(commentBoxBlock(box));
  return {
    title: memo.subject,
    font: org.documentFont,
    thaiDigits: org.thaiDigits,
    pageNumbers: true,
    garuda,
    sections: [{ orientation: 'portrait', blocks }],
  };
}

function commentBoxBlock(box: CommentBox): Block {
  return { kind: 'commentBox', heading: box.heading, lines: SPACING.commentLines, signature: asSignature(box.signer) };
}

/** File name of an exported memo: the subject, shortened, without characters Windows refuses. */
export function memoFileName(memo: Pick<MemoInput, 'subject' | 'date'>): string {
  const subject = [...memo.subject].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 60).trim();
  return `บันทึกข้อความ ${memo.date} ${subject || 'memo'}.docx`;
}
