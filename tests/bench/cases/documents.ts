import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDocx } from '../../../electron/services/docx/render';
import { writeFileAtomic } from '../../../electron/services/files';
import type { Organization } from '../../../shared/api/office';
import { docxToPdf, longReportModel, pdfPageCount } from '../../support/documents';
import { TEST_ORGANIZATION } from '../../support/organization';
import { repeat, time } from '../stats';
import type { BenchCase } from '../types';

const ORG: Organization = TEST_ORGANIZATION;
/** Rows of the progress table that make the whole document about 30 pages as LibreOffice lays it out. */
const ROWS = 36;

/**
 * Building and writing a 30-page document: the covering memo, a long landscape progress table
 * (header row repeated on each page) and a portrait page back. Model → .docx bytes → atomic
 * write, timed separately; the page count is checked once with LibreOffice when it is installed.
 */
export const documents: BenchCase = {
  name: 'documents.30pages',
  description: 'build the model, render the .docx and write it atomically for a ~30-page memo + landscape table document (goal: < 1 s)',
  async run({ runs, log }) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ita-bench-docs-'));
    try {
      const file = path.join(dir, 'report.docx');
      let bytes = 0;
      const build = await repeat(runs, () => time(() => longReportModel(ORG, ROWS)));
      const render = await repeat(runs, async () => {
        const model = longReportModel(ORG, ROWS);
        return time(async () => {
          bytes = (await renderDocx(model)).length;
        });
      });
      const total = await repeat(runs, () => time(async () => writeFileAtomic(file, await renderDocx(longReportModel(ORG, ROWS)))));
      let pages: number | null = null;
      try {
        log('counting pages with LibreOffice');
        pages = pdfPageCount(docxToPdf(file, dir));
      } catch {
        log('LibreOffice not available: page count skipped');
      }
      return { rows: ROWS, pages, docxBytes: bytes, buildModel: build, renderDocx: render, buildRenderWrite: total };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
