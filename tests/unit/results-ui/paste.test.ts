import { describe, expect, it } from 'vitest';
import { parseCell, planPaste, resolveLabel, splitClipboard, type PasteGrid } from '../../../shared/ita/paste';

const indicators: PasteGrid = {
  columns: ['score'],
  rows: [
    { code: '1', name: 'การปฏิบัติหน้าที่' },
    { code: '2', name: 'การใช้งบประมาณ' },
    { code: '3', name: 'การใช้อำนาจ' },
    { code: '4', name: 'การใช้ทรัพย์สินของราชการ' },
    { code: '5', name: 'การแก้ไขปัญหาการทุจริต' },
    { code: '6', name: 'คุณภาพการดำเนินงาน' },
    { code: '7', name: 'ประสิทธิภาพการสื่อสาร' },
    { code: '8', name: 'การปรับปรุงระบบการทำงาน' },
    { code: '9', name: 'การเปิดเผยข้อมูล' },
    { code: '10', name: 'การป้องกันการทุจริต' },
    { code: 'overall', name: 'คะแนนรวม' },
  ],
};

const oitItems: PasteGrid = {
  columns: ['binary', 'text'],
  rows: [
    { code: 'O1', name: 'โครงสร้าง' },
    { code: 'O2', name: 'ข้อมูลผู้บริหาร' },
    { code: 'O12', name: 'รายงานผลการดำเนินงานประจำปี' },
  ],
};

const values = (plan: ReturnType<typeof planPaste>) => {
  if (!plan.ok) throw new Error(`refused: ${plan.error.key}`);
  return plan.cells.map((c) => [c.row, c.col, c.error ? c.error.key : c.value]);
};

describe('parseCell', () => {
  it('reads Thai and Arabic digits alike', () => {
    expect(parseCell('๘๗.๖๗', 'score')).toEqual({ raw: '๘๗.๖๗', value: 87.67 });
    expect(parseCell(' 87.67 ', 'score')).toEqual({ raw: '87.67', value: 87.67 });
    expect(parseCell('100', 'score').value).toBe(100);
    expect(parseCell('0', 'score').value).toBe(0);
    expect(parseCell('89.29%', 'score').value).toBe(89.29);
    expect(parseCell('87.670', 'score').value).toBe(87.67);
  });
  it('names what is wrong', () => {
    expect(parseCell('100.01', 'score').error?.key).toBe('validation.scoreRange');
    expect(parseCell('-1', 'score').error?.key).toBe('validation.scoreRange');
    expect(parseCell('87.675', 'score').error?.key).toBe('validation.twoDecimals');
    expect(parseCell('ดีมาก', 'score').error).toEqual({ key: 'validation.notANumber', params: { value: 'ดีมาก' } });
    expect(parseCell('50', 'binary').error?.key).toBe('validation.binaryScore');
    expect(parseCell('๑๐๐', 'binary').value).toBe(100);
    expect(parseCell('12.5', 'count').error?.key).toBe('validation.wholeNumber');
    expect(parseCell('1,250', 'count').value).toBe(1250);
  });
  it('reads an empty or dash cell as cleared, text as text', () => {
    expect(parseCell('', 'score')).toEqual({ raw: '', value: null });
    expect(parseCell('-', 'score')).toEqual({ raw: '', value: null });
    expect(parseCell('  ไม่มี URL ', 'text')).toEqual({ raw: 'ไม่มี URL', value: 'ไม่มี URL' });
  });
});

describe('splitClipboard', () => {
  it('reads Excel TSV with quoted cells and a trailing newline', () => {
    expect(splitClipboard('O1\t100\t"ตอบ ""ครบ""\nบรรทัดสอง"\r\nO2\t0\t\r\n')).toEqual({
      rows: [
        ['O1', '100', 'ตอบ "ครบ"\nบรรทัดสอง'],
        ['O2', '0', ''],
      ],
      tabbed: true,
    });
  });
  it('splits space-separated lines into tokens', () => {
    expect(splitClipboard('  99.51   98.58\n\n')).toEqual({ rows: [['99.51', '98.58']], tabbed: false });
  });
});

describe('planPaste', () => {
  it('fills a pasted column down from the selected cell', () => {
    expect(values(planPaste(indicators, { row: 2, col: 0 }, '99.29\n๙๘.๕๘\n'))).toEqual([
      [2, 0, 99.29],
      [3, 0, 98.58],
    ]);
  });

  it('places a PDF table by indicator name even when its first column is a rank', () => {
    const pdf = ['1 การป้องกันการทุจริต 100.00', '2 ประสิทธิภาพการสื่อสาร 99.74', '8 การปรับปรุงการทำงาน 98.04', '10 การเปิดเผยข้อมูล 89.29'].join('\n');
    const plan = planPaste(indicators, { row: 0, col: 0 }, pdf);
    expect(plan.ok && plan.keyed).toBe(true);
    expect(values(plan)).toEqual([
      [9, 0, 100],
      [6, 0, 99.74],
      [7, 0, 98.04],
      [8, 0, 89.29],
    ]);
  });

  it('reads "๑. การปฏิบัติหน้าที่ ๙๙.๕๑ คะแนน" lines from the minutes', () => {
    expect(values(planPaste(indicators, { row: 5, col: 0 }, '๑. การปฏิบัติหน้าที่ ๙๙.๕๑ คะแนน\n๓. การใช้อำนาจ ๙๙.๒๙ คะแนน'))).toEqual([
      [0, 0, 99.51],
      [2, 0, 99.29],
    ]);
  });

  it('places Excel rows of code, name, score and comment by code', () => {
    const block = 'O12\tรายงานผลการดำเนินงาน\t0\tไม่มีหัวข้อปัญหาอุปสรรค\no1\tโครงสร้าง\t๑๐๐\t\n';
    expect(values(planPaste(oitItems, { row: 1, col: 0 }, block))).toEqual([
      [2, 0, 0],
      [2, 1, 'ไม่มีหัวข้อปัญหาอุปสรรค'],
      [0, 0, 100],
      [0, 1, null],
    ]);
  });

  it('fills a block right and down, comments keeping their spaces', () => {
    expect(values(planPaste(oitItems, { row: 0, col: 0 }, '100\tตอบครบ\n0\tURL เป็นไฟล์ PDF ไม่ใช่หน้าเว็บไซต์หลัก'))).toEqual([
      [0, 0, 100],
      [0, 1, 'ตอบครบ'],
      [1, 0, 0],
      [1, 1, 'URL เป็นไฟล์ PDF ไม่ใช่หน้าเว็บไซต์หลัก'],
    ]);
    expect(values(planPaste(oitItems, { row: 1, col: 1 }, 'ข้อความ มี ช่องว่าง'))).toEqual([[1, 1, 'ข้อความ มี ช่องว่าง']]);
  });

  it('writes bad cells with their error so the user sees them red', () => {
    expect(values(planPaste(indicators, { row: 0, col: 0 }, '99.5\n101\n87.675\nดี'))).toEqual([
      [0, 0, 99.5],
      [1, 0, 'validation.scoreRange'],
      [2, 0, 'validation.twoDecimals'],
      [3, 0, 'validation.notANumber'],
    ]);
  });

  it('refuses a paste wider than the grid, writing nothing', () => {
    expect(planPaste(indicators, { row: 0, col: 0 }, '99.51\t98.58\t97.00')).toEqual({ ok: false, error: { key: 'results.paste.tooWide', params: { columns: 3, available: 1 } } });
    expect(planPaste(oitItems, { row: 0, col: 1 }, 'a\tb').ok).toBe(false);
  });

  it('refuses a paste taller than the grid', () => {
    expect(planPaste(oitItems, { row: 2, col: 0 }, '100\n0')).toEqual({ ok: false, error: { key: 'results.paste.tooTall', params: { rows: 2, available: 1 } } });
  });

  it('refuses an unknown code and a code named twice', () => {
    expect(planPaste(oitItems, { row: 0, col: 0 }, 'O99\t100\nO1\t0')).toEqual({ ok: false, error: { key: 'results.paste.unknownCode', params: { code: 'O99', line: 1 } } });
    expect(planPaste(oitItems, { row: 0, col: 0 }, 'O1 100\nO1 0')).toMatchObject({ ok: false, error: { key: 'results.paste.duplicateRow', params: { code: 'O1' } } });
  });

  it('reads a leading number that overflows a one-column grid as the indicator number', () => {
    expect(values(planPaste(indicators, { row: 0, col: 0 }, '9\t91.00\n10\t62.50'))).toEqual([
      [8, 0, 91],
      [9, 0, 62.5],
    ]);
  });

  it('rebuilds rows from a PDF that copies one cell per line', () => {
    const pdf = ['1', 'การป้องกันการทุจริต', '100.00', '2', 'ประสิทธิภาพการสื่อสาร', '99.74', '10', 'การเปิดเผยข้อมูล', '๘๙.๒๙'].join('\n');
    expect(values(planPaste(indicators, { row: 0, col: 0 }, pdf))).toEqual([
      [9, 0, 100],
      [6, 0, 99.74],
      [8, 0, 89.29],
    ]);
    // A plain column of numbers is untouched by it.
    expect(values(planPaste(indicators, { row: 0, col: 0 }, '1\n2\n3'))).toEqual([
      [0, 0, 1],
      [1, 0, 2],
      [2, 0, 3],
    ]);
  });

  it('refuses an empty clipboard', () => {
    expect(planPaste(indicators, { row: 0, col: 0 }, '\n\n').ok).toBe(false);
  });
});

describe('resolveLabel', () => {
  it('prefers the name, then the code', () => {
    expect(resolveLabel('1 การเปิดเผยข้อมูล', indicators.rows)).toEqual({ index: 8 });
    expect(resolveLabel('O๑๒', oitItems.rows)).toEqual({ index: 2 });
    expect(resolveLabel('7', indicators.rows)).toEqual({ index: 6 });
    expect(resolveLabel('0๑๒ รายงาน', oitItems.rows)).toEqual({ index: 2 });
    expect(resolveLabel('อื่น ๆ', indicators.rows)).toBeNull();
  });
});
