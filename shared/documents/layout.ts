/**
 * The Thai official layout rules, in one place (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ and the
 * usual practice of local government offices). Every document ITA Desk writes takes its page,
 * margins, sizes and indents from here; builders and the .docx renderer never hard-code them.
 * Lengths are in centimetres, font sizes in points.
 */
export const PAGE = {
  /** A4 portrait. */
  widthCm: 21,
  heightCm: 29.7,
  margins: {
    /** Left 3 cm (binding side), right 2 cm, top 2.5 cm, bottom 2 cm. */
    topCm: 2.5,
    bottomCm: 2,
    leftCm: 3,
    rightCm: 2,
    /** Distance of the page-number header from the top edge. */
    headerCm: 1.25,
    footerCm: 1,
  },
} as const;

/** Landscape sections keep the binding margin on the long (top) side's left when turned. */
export const LANDSCAPE_MARGINS = { topCm: 3, bottomCm: 2, leftCm: 2, rightCm: 2, headerCm: 1.25, footerCm: 1 } as const;

export type Orientation = 'portrait' | 'landscape';

export function pageMargins(orientation: Orientation) {
  return orientation === 'portrait' ? PAGE.margins : LANDSCAPE_MARGINS;
}

/** Width of the text area between the margins. */
export function textWidthCm(orientation: Orientation): number {
  const m = pageMargins(orientation);
  return (orientation === 'portrait' ? PAGE.widthCm : PAGE.heightCm) - m.leftCm - m.rightCm;
}

export const FONT_SIZE = {
  /** Body text of every document. */
  body: 16,
  /** "บันทึกข้อความ": 29 pt bold. */
  memoTitle: 29,
  /** Form labels of the memo (ส่วนราชการ ที่ วันที่ เรื่อง): 20 pt bold. */
  memoLabel: 20,
  /** Title of a report, plan or minutes. */
  documentTitle: 18,
  heading: 16,
  /** Text inside wide tables. */
  table: 14,
  /** "- ๒ -" at the top of page 2 onwards. */
  pageNumber: 16,
} as const;

export const MEMO = {
  /** The Garuda on a memo: 1.5 cm high, at the top left, on the band of the centred title. */
  garudaHeightCm: 1.5,
  /** Where "วันที่" starts on the ที่ line, from the left margin. */
  dateTabCm: 8,
} as const;

export const INDENT = {
  /** First line of a body paragraph. */
  firstLineCm: 2.5,
  /** Numbered headings of a memo body (๑. เรื่องเดิม) start at the paragraph indent. */
  numberedHeadingCm: 2.5,
  /** Signature blocks sit right of centre: the block starts here and runs to the right margin. */
  signatureLeftCm: 6,
} as const;

export const SPACING = {
  /** Blank space (pt) before a new part of the memo (เรื่อง, เรียน, body, closing). */
  memoPartPt: 6,
  /** Blank lines left for a hand signature above the bracketed name. */
  signatureBlankLines: 2,
  /** Dotted lines of a comment box. */
  commentLines: 2,
} as const;

/** Page numbers from page 2: "- ๒ -". */
export const PAGE_NUMBER = { prefix: '- ', suffix: ' -' } as const;
