import type { DocumentFont } from '../domain/office';
import type { Orientation } from './layout';

/**
 * The document model: what a document says and how it is structured, independent of Word.
 * Builders in shared/documents/ turn office data into a model (text already formatted by the one
 * Thai formatter, digits included); the renderer in electron/services/docx/ turns a model into a
 * .docx, applying the rules of layout.ts. Sizes are in points, lengths in centimetres.
 */
export type Alignment = 'left' | 'center' | 'right' | 'justify' | 'thaiDistribute';

export interface TextRun {
  text: string;
  bold?: boolean;
  /** Points; the paragraph's size when absent. */
  size?: number;
  underline?: 'single' | 'dotted';
}

export interface TabStop {
  /** From the left margin (or indent). */
  positionCm: number;
  kind: 'left' | 'center' | 'right';
  /** A dotted leader line fills the space before the stop, as on the printed forms. */
  leader?: 'dot';
}

export interface ParagraphOptions {
  align?: Alignment;
  /** Points, for runs that set none. */
  size?: number;
  bold?: boolean;
  firstLineIndentCm?: number;
  leftIndentCm?: number;
  rightIndentCm?: number;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  tabs?: TabStop[];
  /** Keep on the page of the next paragraph (headings, parts of a block). */
  keepNext?: boolean;
}

export interface ParagraphBlock extends ParagraphOptions {
  kind: 'paragraph';
  /** A string is one plain run; `\t` jumps to the next tab stop. Line breaks are separate paragraphs. */
  runs: (TextRun | string)[];
}

/** A heading, optionally numbered (`๑.` in the chosen digits, made by the builder). */
export interface HeadingBlock {
  kind: 'heading';
  number?: string;
  text: string;
  /** 1: document title (centred, larger); 2: section heading; 3: numbered sub-heading at the indent. */
  level: 1 | 2 | 3;
  align?: Alignment;
}

/** One labelled line of the memo form: bold 20 pt label, value, dotted leader to the next stop. */
export interface MemoField {
  label: string;
  value: string;
}

/** The head of a บันทึกข้อความ: Garuda and title on one band, then the form lines. */
export interface MemoHeaderBlock {
  kind: 'memoHeader';
  title: string;
  /** ส่วนราชการ … */
  agency: MemoField;
  /** ที่ … and วันที่ … share one line. */
  number: MemoField;
  date: MemoField;
  /** เรื่อง … */
  subject: MemoField;
}

export interface TableCell {
  /** One paragraph per entry. */
  paragraphs: string[];
  bold?: boolean;
  align?: Alignment;
  colSpan?: number;
  /** Light grey fill, for header rows. */
  shaded?: boolean;
}

export interface TableColumn {
  /** Relative width: columns share the text width in proportion. */
  weight: number;
}

export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  /** Repeated at the top of every page the table runs onto. */
  headerRows: TableCell[][];
  rows: TableCell[][];
  /** Points; FONT_SIZE.table when absent. */
  size?: number;
}

export interface Signature {
  /** The word before the signature line, e.g. `(ลงชื่อ)`; nothing when absent. */
  signLabel?: string;
  /** Name with title; printed in brackets. Empty leaves a dotted space to write the name. */
  name: string;
  /** Position lines below the name. */
  position: string[];
  /** The signer's part after the dotted line, e.g. `ผู้จดรายงานการประชุม`. */
  role?: string;
}

/** A signature block right of centre, never split across pages. */
export interface SignatureBlock extends Signature {
  kind: 'signature';
}

/** ความเห็น… of one level of the chain of command: heading, dotted lines, signature. */
export interface CommentBoxBlock {
  kind: 'commentBox';
  heading: string;
  lines: number;
  signature: Signature;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export interface ImageBlock {
  kind: 'image';
  data: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg';
  widthCm: number;
  heightCm: number;
  align?: Alignment;
}

export type Block = ParagraphBlock | HeadingBlock | MemoHeaderBlock | TableBlock | SignatureBlock | CommentBoxBlock | PageBreakBlock | ImageBlock;

export interface Section {
  orientation: Orientation;
  blocks: Block[];
}

export interface GarudaImage {
  data: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg';
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
}

export interface DocumentModel {
  title: string;
  font: DocumentFont;
  /** Page numbers (and nothing else: text arrives formatted) follow this digit setting. */
  thaiDigits: boolean;
  /** "- ๒ -" at the top centre from page 2 on. */
  pageNumbers: boolean;
  /** Used by memo headers; when absent the header keeps the Garuda's space empty. */
  garuda?: GarudaImage | null;
  sections: Section[];
}

export const paragraph = (runs: ParagraphBlock['runs'], options: ParagraphOptions = {}): ParagraphBlock => ({ kind: 'paragraph', runs, ...options });

/** A table cell of plain paragraphs. */
export const cell = (paragraphs: string[], extra: Partial<TableCell> = {}): TableCell => ({ paragraphs, ...extra });

/** A table header row: bold, centred, shaded. */
export const headerRow = (texts: readonly string[]): TableCell[] => texts.map((t) => cell([t], { bold: true, align: 'center', shaded: true }));
