import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import type { Analysis } from '../../../shared/ita/types';
import { sampleBundle } from '../../../shared/sampleBundle';
import { tempDir } from '../foundation/helpers';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`) }, {});
  return { code, stdout, stderr };
}

/** A data folder holding the sample office and its results 2564–2566, imported through the CLI. */
async function sampleOffice(): Promise<string> {
  const dir = tempDir();
  const file = path.join(dir, 'sample.json');
  fs.writeFileSync(file, JSON.stringify(sampleBundle('test')));
  expect((await cli(['import', file, '--data-dir', dir])).code).toBe(0);
  return dir;
}

describe('CLI analyse', () => {
  it('--json prints the whole analysis: grade, pass, ranking, weak indicators and items, deltas', async () => {
    const dir = await sampleOffice();
    const { code, stdout } = await cli(['analyse', '--year', '2565', '--json', '--data-dir', dir]);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis).toMatchObject({ fiscalYear: 2565, grade: 'A', passed: true, previous: { fiscalYear: 2564, grade: 'B' } });
    expect(analysis.ranking).toHaveLength(10);
    expect(analysis.scoreDelta).toBeCloseTo(analysis.score! - analysis.previous!.score!, 2);
    expect(analysis.weakItems.filter((w) => w.instrument === 'OIT').map((w) => w.code)).toEqual(['O17', 'O26', 'O30', 'O39', 'O40']);
    expect(analysis.instruments.map((i) => i.code)).toEqual(['IIT', 'EIT', 'OIT']);
  });

  it('without --json prints the summary; Thai digits and options are read', async () => {
    const dir = await sampleOffice();
    const { code, stdout } = await cli(['analyse', '--year', '๒๕๖๔', '--target', '95', '--data-dir', dir]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ fiscalYear: 2564, grade: 'B', passed: false, target: 95, previous: null, overallMismatch: null });
    expect(summary.lowest).toEqual(['10 การป้องกันการทุจริต 70.00']);
    expect(Object.keys(summary.belowTarget)).toEqual(['IIT', 'EIT', 'OIT']);
    expect(summary.belowTarget.IIT).toEqual(['4 การใช้ทรัพย์สินของราชการ 91.80', '5 การแก้ไขปัญหาการทุจริต 92.30', '2 การใช้งบประมาณ 93.40']);
    expect(summary.weakItems[0]).toMatchObject({ code: expect.stringMatching(/^[EIO]\d+$/) });
  });

  it('a year without results, a bad year or a missing --year are refused clearly', async () => {
    const dir = await sampleOffice();
    const none = await cli(['analyse', '--year', '2570', '--data-dir', dir]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stderr)).toMatchObject({ error: 'not_found', issues: [{ path: 'fiscalYear', message: 'ยังไม่มีผลการประเมินของปีงบประมาณ 2570' }] });
    const english = await cli(['analyse', '--year', 'x', '--data-dir', dir, '--lang', 'en']);
    expect(english.code).toBe(1);
    expect(JSON.parse(english.stderr)).toMatchObject({ error: 'validation', issues: [{ path: 'fiscalYear' }] });
    expect((await cli(['analyse', '--year', '--json', '--data-dir', dir])).code).toBe(2);
  });
});
