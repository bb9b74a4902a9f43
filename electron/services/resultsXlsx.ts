import ExcelJS from 'exceljs';
import { translate } from '../../shared/i18n';
import type { Analysis, Assessment, Framework } from '../../shared/ita/types';

export interface WorkbookInput {
  analysis: Analysis;
  assessment: Assessment;
  framework: Framework;
  language: 'th' | 'en';
}

const SCORE_FORMAT = '0.00';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F3' } };
const WEAK_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFBE3E3' } };

function header(sheet: ExcelJS.Worksheet, row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
}

/**
 * A real .xlsx of a year's scores and analysis: sheets for the indicators, the items and the
 * analysis; scores are numbers formatted with two decimals, text is Thai as entered.
 */
export async function resultsWorkbook({ analysis, assessment, framework, language }: WorkbookInput): Promise<Buffer> {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, `results.xlsx.${key}`, params);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ITA Desk';
  workbook.created = new Date(assessment.updatedAt);
  const font = { name: 'TH Sarabun New', size: 14 };

  // Indicators
  const indicators = workbook.addWorksheet(t('indicatorsSheet'));
  indicators.columns = [
    { key: 'no', width: 10 },
    { key: 'name', width: 36 },
    { key: 'instrument', width: 10 },
    { key: 'score', width: 12, style: { numFmt: SCORE_FORMAT } },
    { key: 'rank', width: 10 },
    { key: 'previous', width: 12, style: { numFmt: SCORE_FORMAT } },
    { key: 'delta', width: 14, style: { numFmt: '+0.00;-0.00;0.00' } },
    { key: 'below', width: 16 },
  ];
  indicators.addRow([t('title', { year: analysis.fiscalYear })]).font = { ...font, bold: true, size: 16 };
  header(indicators, indicators.addRow([t('no'), t('indicator'), t('instrument'), t('score'), t('rank'), t('previous'), t('delta'), t('belowTarget')]));
  for (const i of analysis.indicators) {
    const row = indicators.addRow([i.no, i.name, i.instrument, i.score, i.rank, i.previousScore, i.delta, i.belowTarget ? t('belowTarget') : '']);
    if (i.belowTarget) row.getCell(4).fill = WEAK_FILL;
  }

  // Items
  const items = workbook.addWorksheet(t('itemsSheet'));
  items.columns = [
    { key: 'code', width: 8 },
    { key: 'name', width: 60 },
    { key: 'sub', width: 10 },
    { key: 'instrument', width: 10 },
    { key: 'score', width: 10, style: { numFmt: SCORE_FORMAT } },
    { key: 'comment', width: 60 },
    { key: 'weak', width: 14 },
  ];
  header(items, items.addRow([t('code'), t('item'), t('subIndicator'), t('instrument'), t('score'), t('comment'), t('weak')]));
  const weak = new Set(analysis.weakItems.map((w) => w.code));
  const instrumentOf = new Map(framework.indicators.map((i) => [i.no, i.instrument]));
  for (const item of framework.items) {
    const result = assessment.items[item.code];
    const row = items.addRow([item.code, item.name, item.subIndicator ?? '', instrumentOf.get(item.indicatorNo) ?? '', result?.score ?? null, result?.comment ?? '', weak.has(item.code) ? t('weak') : '']);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    if (weak.has(item.code)) row.getCell(5).fill = WEAK_FILL;
  }

  // Analysis
  const sheet = workbook.addWorksheet(t('analysisSheet'));
  sheet.columns = [{ width: 34 }, { width: 14, style: { numFmt: SCORE_FORMAT } }, { width: 14, style: { numFmt: SCORE_FORMAT } }, { width: 14, style: { numFmt: SCORE_FORMAT } }, { width: 14 }, { width: 60 }];
  sheet.addRow([t('title', { year: analysis.fiscalYear })]).font = { ...font, bold: true, size: 16 };
  sheet.addRow([t('overall'), analysis.overall.entered]);
  sheet.addRow([t('computed'), analysis.overall.computed]);
  if (analysis.overall.mismatch) sheet.addRow([t('mismatch', { difference: analysis.overall.difference ?? '' })]).font = { color: { argb: 'FFC00000' }, bold: true };
  sheet.addRow([t('grade'), analysis.grade ?? '']);
  sheet.addRow([t('target'), analysis.options.target]);
  sheet.addRow([t('passed'), analysis.passed === null ? '' : analysis.passed ? t('yes') : t('no_')]);
  if (analysis.previous) {
    sheet.addRow([`${t('previous')} (${analysis.previous.fiscalYear})`, analysis.previous.score]);
    sheet.addRow([t('delta'), analysis.scoreDelta]);
  }
  sheet.addRow([t('highest'), ...analysis.highest.map((i) => `${i.name} ${i.score?.toFixed(2)}`)]);
  sheet.addRow([t('lowest'), ...analysis.lowest.map((i) => `${i.name} ${i.score?.toFixed(2)}`)]);
  sheet.addRow([]);
  header(sheet, sheet.addRow([t('instrument'), t('weight'), t('score'), t('contribution'), t('delta'), t('recommendation')]));
  sheet.views = [];
  for (const i of analysis.instruments) {
    const row = sheet.addRow([i.code, i.weight, i.score, i.contribution, i.delta, i.recommendation]);
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  header(sheet, sheet.addRow([t('instrument'), t('population'), t('sample'), t('minimum'), t('short')]));
  sheet.views = [];
  for (const s of analysis.samples) {
    const row = sheet.addRow([s.instrument, s.population, s.sample, s.minimum, s.short ? t('short') : '']);
    for (const c of [2, 3, 4]) row.getCell(c).numFmt = '0';
  }
  sheet.addRow([]);
  sheet.addRow([t('weakItems')]).font = { bold: true };
  header(sheet, sheet.addRow([t('code'), t('score'), t('previous'), t('delta'), t('subIndicator'), t('comment')]));
  sheet.views = [];
  for (const w of analysis.weakItems) {
    const row = sheet.addRow([`${w.code} ${w.name}`, w.score, w.previousScore, w.delta, w.subIndicator ?? w.instrument, w.comment]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }

  for (const ws of [indicators, items, sheet])
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        cell.font = { ...font, ...(cell.font ?? {}), name: font.name };
      });
    });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
