import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LeaderType,
  LineRuleType,
  NumberFormat,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  ShadingType,
  SimpleField,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';
import { FONT_SIZE, INDENT, MEMO, PAGE, PAGE_NUMBER, SPACING, pageMargins, textWidthCm, type Orientation } from '../../../shared/documents/layout';
import type {
  Alignment,
  Block,
  CommentBoxBlock,
  DocumentModel,
  MemoField,
  MemoHeaderBlock,
  ParagraphBlock,
  Signature,
  TableBlock,
  TableCell as ModelCell,
  TextRun as ModelRun,
} from '../../../shared/documents/model';

/**
 * Renders a document model to .docx. Every run carries the font for all four scripts and both
 * the normal and the complex-script size and bold, so Word shows Thai text (a complex script) in
 * the chosen font at the chosen size. Text is written exactly as the model holds it.
 */
const TWIPS_PER_CM = 1440 / 2.54;
const twips = (cm: number) => Math.round(cm * TWIPS_PER_CM);
/** docx measures images in pixels at 96 dpi. */
const pixels = (cm: number) => Math.round((cm / 2.54) * 96);

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
  thaiDistribute: AlignmentType.THAI_DISTRIBUTE,
};

interface Ctx {
  font: string;
  model: DocumentModel;
  orientation: Orientation;
}

function run(ctx: Ctx, r: ModelRun, defaults: { size: number; bold?: boolean }): TextRun {
  const size = (r.size ?? defaults.size) * 2;
  const bold = r.bold ?? defaults.bold ?? false;
  // `\t` becomes a real tab, so leader dots and tab stops do the spacing, never inserted spaces.
  const parts = r.text.split('\t');
  const children: (string | Tab)[] = [];
  parts.forEach((part, i) => {
    if (i > 0) children.push(new Tab());
    if (part) children.push(part);
  });
  return new TextRun({
    children,
    font: { ascii: ctx.font, hAnsi: ctx.font, cs: ctx.font, eastAsia: ctx.font },
    size,
    sizeComplexScript: size,
    bold,
    boldComplexScript: bold,
    underline: r.underline ? { type: r.underline === 'dotted' ? UnderlineType.DOTTED : UnderlineType.SINGLE } : undefined,
    language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' },
  });
}

const asRun = (r: ModelRun | string): ModelRun => (typeof r === 'string' ? { text: r } : r);

function paragraph(ctx: Ctx, block: Omit<ParagraphBlock, 'kind'>, extra: Partial<IParagraphOptions> = {}): Paragraph {
  const size = block.size ?? FONT_SIZE.body;
  return new Paragraph({
    alignment: block.align ? ALIGN[block.align] : undefined,
    indent: {
      firstLine: block.firstLineIndentCm ? twips(block.firstLineIndentCm) : undefined,
      left: block.leftIndentCm ? twips(block.leftIndentCm) : undefined,
      right: block.rightIndentCm ? twips(block.rightIndentCm) : undefined,
    },
    spacing: { before: (block.spaceBeforePt ?? 0) * 20, after: (block.spaceAfterPt ?? 0) * 20 },
    tabStops: block.tabs?.map((t) => ({
      position: twips(t.positionCm),
      type: t.kind === 'left' ? TabStopType.LEFT : t.kind === 'center' ? TabStopType.CENTER : TabStopType.RIGHT,
      leader: t.leader === 'dot' ? LeaderType.DOT : undefined,
    })),
    keepNext: block.keepNext,
    // Parts that keep with the next (headings, closing, signature lines) also stay whole; body text may break, widow-controlled.
    keepLines: block.keepNext ?? false,
    widowControl: true,
    children: block.runs.map((r) => run(ctx, asRun(r), { size, bold: block.bold })),
    ...extra,
  });
}

/** The Garuda band: image at the left margin, the title centred on the same line. */
function memoTitle(ctx: Ctx, block: MemoHeaderBlock): Paragraph {
  const width = textWidthCm(ctx.orientation);
  const garuda = ctx.model.garuda;
  const height = MEMO.garudaHeightCm;
  const children: (TextRun | ImageRun)[] = [];
  if (garuda) {
    const widthCm = (height * garuda.width) / garuda.height;
    children.push(
      new ImageRun({
        type: garuda.mimeType === 'image/png' ? 'png' : 'jpg',
        data: garuda.data,
        transformation: { width: pixels(widthCm), height: pixels(height) },
        altText: { name: 'garuda', title: 'ตราครุฑ', description: 'ตราครุฑ' },
      }),
    );
  }
  children.push(run(ctx, { text: `\t${block.title}` }, { size: FONT_SIZE.memoTitle, bold: true }));
  return new Paragraph({
    tabStops: [{ type: TabStopType.CENTER, position: twips(width / 2) }],
    // Without an image the line still takes the Garuda's height, so the form below does not move.
    spacing: { line: twips(height), lineRule: LineRuleType.AT_LEAST, after: 0 },
    keepNext: true,
    children,
  });
}

/** A form line: bold 20 pt label, the value, and dotted leaders up to each tab stop. */
function formLine(ctx: Ctx, fields: { field: MemoField; stopCm: number; kind: 'left' | 'right' }[]): Paragraph {
  const runs: ModelRun[] = [];
  fields.forEach(({ field }) => {
    runs.push({ text: field.label, bold: true, size: FONT_SIZE.memoLabel });
    runs.push({ text: ` ${field.value}\t` });
  });
  return paragraph(ctx, {
    runs,
    size: FONT_SIZE.body,
    tabs: fields.map(({ stopCm, kind }) => ({ positionCm: stopCm, kind, leader: 'dot' as const })),
    keepNext: true,
  });
}

function memoHeader(ctx: Ctx, block: MemoHeaderBlock): Paragraph[] {
  const width = textWidthCm(ctx.orientation);
  return [
    memoTitle(ctx, block),
    formLine(ctx, [{ field: block.agency, stopCm: width, kind: 'right' }]),
    formLine(ctx, [
      { field: block.number, stopCm: MEMO.dateTabCm, kind: 'left' },
      { field: block.date, stopCm: width, kind: 'right' },
    ]),
    formLine(ctx, [{ field: block.subject, stopCm: width, kind: 'right' }]),
  ];
}

/** Signature lines right of centre, chained with keepNext so the block never splits. */
function signatureParagraphs(ctx: Ctx, sig: Signature, keepLast: boolean): Paragraph[] {
  const base = { align: 'center' as const, leftIndentCm: INDENT.signatureLeftCm, size: FONT_SIZE.body };
  const lines: ParagraphBlock['runs'][] = [];
  const signLine = sig.role ? `${sig.signLabel ?? ''}\t${sig.role}` : sig.signLabel ? `${sig.signLabel}\t` : '';
  for (let i = 0; i < SPACING.signatureBlankLines; i++) lines.push(i === SPACING.signatureBlankLines - 1 && signLine ? [signLine] : ['']);
  lines.push([sig.name ? `(${sig.name})` : '(\t)']);
  for (const position of sig.position) lines.push([position]);
  return lines.map((runs, i) =>
    paragraph(ctx, {
      ...base,
      // Tabs in a centred line are laid out differently by Word and LibreOffice: the role line starts at the indent.
      align: sig.role && i === SPACING.signatureBlankLines - 1 ? 'left' : base.align,
      runs,
      // A role after the dotted line (ผู้จดรายงานการประชุม) ends at the right tab: the dots fill up to it.
      tabs: [{ positionCm: textWidthCm(ctx.orientation) - 0.5, kind: 'right', leader: 'dot' }],
      keepNext: keepLast || i < lines.length - 1,
    }),
  );
}

function commentBox(ctx: Ctx, block: CommentBoxBlock): Paragraph[] {
  const width = textWidthCm(ctx.orientation);
  const heading = paragraph(ctx, { runs: [{ text: block.heading, bold: true }], spaceBeforePt: 12, keepNext: true });
  const lines = Array.from({ length: block.lines }, () => paragraph(ctx, { runs: ['\t'], tabs: [{ positionCm: width, kind: 'right', leader: 'dot' }], keepNext: true }));
  return [heading, ...lines, ...signatureParagraphs(ctx, block.signature, false)];
}

/** Lines a cell needs at a width, roughly: Thai at 14 pt sets about 4.3 characters per cm. */
function estimateLines(cell: ModelCell, widthCm: number, size: number): number {
  const perLine = Math.max(4, Math.floor(widthCm * 4.3 * (14 / size)));
  return cell.paragraphs.reduce((n, p) => n + Math.max(1, Math.ceil([...p].length / perLine)), 0);
}

function table(ctx: Ctx, block: TableBlock): Table {
  const widthCm = textWidthCm(ctx.orientation);
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const columnCm = block.columns.map((c) => (c.weight / total) * widthCm);
  const size = block.size ?? FONT_SIZE.table;
  const pageLines = ((ctx.orientation === 'portrait' ? PAGE.heightCm : PAGE.widthCm) - 5) / ((size * 1.6) / 72 * 2.54);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const cellOf = (cell: ModelCell, col: number, header: boolean) => {
    const span = cell.colSpan ?? 1;
    const cm = columnCm.slice(col, col + span).reduce((s, w) => s + w, 0);
    return new TableCell({
      columnSpan: span > 1 ? span : undefined,
      width: { size: twips(cm), type: WidthType.DXA },
      verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
      shading: cell.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
      margins: { left: twips(0.15), right: twips(0.15), top: 0, bottom: 0 },
      borders: { top: border, bottom: border, left: border, right: border },
      children: (cell.paragraphs.length ? cell.paragraphs : ['']).map((text) =>
        paragraph(ctx, { runs: [text], size, bold: cell.bold ?? header, align: cell.align ?? (header ? 'center' : 'left') }, { keepLines: false }),
      ),
    });
  };
  const rowOf = (cells: ModelCell[], header: boolean) => {
    let col = 0;
    const children = cells.map((cell) => {
      const c = cellOf(cell, col, header);
      col += cell.colSpan ?? 1;
      return c;
    });
    // Keep a row on one page unless it would take over a third of one: then breaking it beats half-empty pages.
    let c = 0;
    const lines = Math.max(
      ...cells.map((cell) => {
        const span = cell.colSpan ?? 1;
        const cm = columnCm.slice(c, c + span).reduce((s, w) => s + w, 0);
        c += span;
        return estimateLines(cell, cm - 0.3, size);
      }),
    );
    return new TableRow({ tableHeader: header, cantSplit: header || lines < pageLines * 0.35, children });
  };
  return new Table({
    width: { size: twips(widthCm), type: WidthType.DXA },
    columnWidths: columnCm.map(twips),
    layout: TableLayoutType.FIXED,
    rows: [...block.headerRows.map((r) => rowOf(r, true)), ...block.rows.map((r) => rowOf(r, false))],
  });
}

function blockElements(ctx: Ctx, block: Block, next: Block | undefined): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(ctx, { ...block, keepNext: block.keepNext || next?.kind === 'signature' })];
    case 'heading': {
      const text = block.number ? `${block.number} ${block.text}` : block.text;
      if (block.level === 1)
        return [paragraph(ctx, { runs: [{ text, bold: true }], size: FONT_SIZE.documentTitle, align: block.align ?? 'center', keepNext: true, spaceAfterPt: 6 })];
      return [
        paragraph(ctx, {
          runs: [{ text, bold: true }],
          size: FONT_SIZE.heading,
          align: block.align ?? 'left',
          firstLineIndentCm: block.level === 3 ? INDENT.numberedHeadingCm : undefined,
          spaceBeforePt: block.level === 2 ? 6 : 0,
          keepNext: true,
        }),
      ];
    }
    case 'memoHeader':
      return memoHeader(ctx, block);
    case 'table':
      // A paragraph after each table keeps two tables from merging and gives Word a place for the cursor.
      return [table(ctx, block), new Paragraph({ children: [run(ctx, { text: '' }, { size: 8 })] })];
    case 'signature':
      return signatureParagraphs(ctx, block, false);
    case 'commentBox':
      return commentBox(ctx, block);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'center'],
          children: [new ImageRun({ type: block.mimeType === 'image/png' ? 'png' : 'jpg', data: block.data, transformation: { width: pixels(block.widthCm), height: pixels(block.heightCm) } })],
        }),
      ];
  }
}

function pageNumberHeader(ctx: Ctx): Header {
  const size = FONT_SIZE.pageNumber * 2;
  const font = { ascii: ctx.font, hAnsi: ctx.font, cs: ctx.font, eastAsia: ctx.font };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: PAGE_NUMBER.prefix, font, size, sizeComplexScript: size }),
          // The digits come from the section's page-number format (thaiNumbers or decimal), which Word
          // applies to PAGE; LibreOffice shows Arabic digits for it (its switch `\* ThaiArabic` gives Thai letters).
          new SimpleField('PAGE', ctx.model.thaiDigits ? '๒' : '2'),
          new TextRun({ text: PAGE_NUMBER.suffix, font, size, sizeComplexScript: size }),
        ],
      }),
    ],
  });
}

export function buildDocx(model: DocumentModel): Document {
  const sections: ISectionOptions[] = model.sections.map((section, index) => {
    const ctx: Ctx = { font: model.font, model, orientation: section.orientation };
    const m = pageMargins(section.orientation);
    const children = section.blocks.flatMap((block, i) => blockElements(ctx, block, section.blocks[i + 1]));
    const headers = model.pageNumbers
      ? index === 0
        ? { default: pageNumberHeader(ctx), first: new Header({ children: [new Paragraph({ children: [] })] }) }
        : { default: pageNumberHeader(ctx) }
      : undefined;
    return {
      properties: {
        // Only the document's first page goes without a number; later sections number every page.
        titlePage: model.pageNumbers && index === 0,
        page: {
          size: {
            width: twips(PAGE.widthCm),
            height: twips(PAGE.heightCm),
            orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: twips(m.topCm), bottom: twips(m.bottomCm), left: twips(m.leftCm), right: twips(m.rightCm), header: twips(m.headerCm), footer: twips(m.footerCm), gutter: 0 },
          pageNumbers: { formatType: model.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL },
        },
      },
      headers,
      children: children.length ? children : [new Paragraph({})],
    };
  });
  const font = { ascii: model.font, hAnsi: model.font, cs: model.font, eastAsia: model.font };
  return new Document({
    title: model.title,
    creator: 'ITA Desk',
    styles: {
      default: {
        document: { run: { font, size: FONT_SIZE.body * 2, sizeComplexScript: FONT_SIZE.body * 2, language: { value: 'th-TH', eastAsia: 'th-TH', bidirectional: 'th-TH' } } },
      },
    },
    sections,
  });
}

/** The .docx bytes of a model. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(model));
}
