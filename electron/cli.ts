/**
 * The command-line entry for IT staff and scheduled tasks: `npm run cli -- <command> [--data-dir DIR]`.
 * Output is JSON on stdout; failures print a JSON error with a translated message on stderr and exit 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/api/errors';
import { translate } from '../shared/i18n';
import { tableCounts, getOrganization } from '../db/queries/office';
import { resolveDataDir } from './dataDir';
import { closeAppContext, openAppContext, type AppContext } from './services/context';
import { exportBundle, importBundle } from './services/bundle';
import { writeFileAtomic } from './services/files';
import { optionValue, runExport } from './cliExport';
import { createBackup, restoreBackup, undoRestore, verifyBackupFile } from './services/backup';
import { analysisInput } from '../shared/api/results';
import { toFieldIssues } from '../shared/api/validation';
import { toArabicDigits } from '../shared/domain/thaiFormat';
import { analysisSummary } from '../shared/ita/summary';
import { analyseYear } from './services/results';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (args: string[], ctx: AppContext) => unknown;

const USAGE = `usage: ita-desk-cli <command> [--data-dir DIR] [--lang th|en]
commands:
  info                       app version, schema version, data path, organisation, counts per table
  import <bundle.json>       replace all data with a data bundle (validated first; all or nothing)
  export-data <out.json>     write all data as a data bundle
  export memo --id ID --out FILE.docx
  export plan --year 2566 --out plan.docx
  export progress --year 2566 --period 6m --out progress.docx
  export minutes --meeting ID --out minutes.docx
  export minutes-memo --meeting ID --out memo.docx
                             write a document as a Word file (a memo; the measures plan of a year;
                             the progress report of a period: m1…m12, q1…q4, 6m, 12m; the minutes
                             of a meeting and their covering memo)
  backup --to DIR            write a checked backup file (.itadesk) into DIR
  verify <file.itadesk>      check a backup fully (exit 0 only for a good backup; JSON report)
  restore <file.itadesk>     verify, keep an undo copy of the current data, then restore the backup
  undo-restore               bring back the data from before the last restore
  analyse --year 2565 [--json] [--target 85] [--oit-threshold 0] [--ei-threshold 85]
                             analysis of a year's ITA results (grade, pass, ranking, weak indicators
                             and items, changes against the previous year); --json prints all of it`;

function option(args: string[], name: string): string {
  const value = optionValue(args, name);
  if (!value) throw new UsageError();
  return value;
}

function positional(args: string[], index: number): string {
  const values = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && ['--data-dir', '--lang', '--to'].includes(args[i - 1]!)));
  const value = values[index];
  if (!value) throw new UsageError();
  return value;
}

class UsageError extends Error {}

export const commands: Record<string, Command> = {
  analyse: (args, ctx) => {
    const number = (name: string) => (args.includes(name) ? Number(toArabicDigits(option(args, name))) : undefined);
    const parsed = analysisInput.safeParse({ fiscalYear: number('--year'), target: number('--target'), oitThreshold: number('--oit-threshold'), eiThreshold: number('--ei-threshold') });
    if (!parsed.success) throw new AppError('validation', { issues: toFieldIssues(parsed.error) });
    const { fiscalYear, ...options } = parsed.data;
    const analysis = analyseYear(ctx.db, fiscalYear, options);
    return args.includes('--json') ? analysis : analysisSummary(analysis);
  },
  export: (args, ctx) => runExport(args, ctx),
  info: (_args, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }),
    dataDir: ctx.dataDir,
    organization: getOrganization(ctx.db)?.name ?? null,
    counts: tableCounts(ctx.db),
  }),
  import: (args, ctx) => {
    const file = positional(args, 1);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      throw new AppError('bundle_invalid', { issues: [{ path: file, key: 'bundle.notJson' }] });
    }
    return importBundle(ctx, raw);
  },
  'export-data': (args, ctx) => {
    const file = path.resolve(positional(args, 1));
    const bundle = exportBundle(ctx);
    writeFileAtomic(file, JSON.stringify(bundle, null, 2));
    return { file, units: bundle.units.length, people: bundle.people.length };
  },
  backup: (args, ctx) => createBackup(ctx, path.resolve(option(args, '--to'))),
  restore: (args, ctx) => restoreBackup(ctx, path.resolve(positional(args, 1))),
  'undo-restore': (_args, ctx) => undoRestore(ctx),
};

/** Commands that need no office database (checking a backup must not create or migrate one). */
export const standaloneCommands: Record<string, (args: string[]) => unknown> = {
  verify: (args) => verifyBackupFile(path.resolve(positional(args, 1))),
};

export async function runCli(argv: string[], io: CliIo, env = process.env): Promise<number> {
  const langIndex = argv.indexOf('--lang');
  const lang = langIndex >= 0 && argv[langIndex + 1] === 'en' ? 'en' : 'th';
  const standalone = standaloneCommands[argv[0] ?? ''];
  const command = commands[argv[0] ?? ''];
  if (!command && !standalone) {
    io.err(USAGE);
    return 2;
  }
  let ctx: AppContext | undefined;
  try {
    let result: unknown;
    if (standalone) result = await standalone(argv);
    else {
      ctx = openAppContext(resolveDataDir(argv, env));
      result = await command!(argv, ctx);
    }
    io.out(JSON.stringify(result, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(USAGE);
      return 2;
    }
    const apiError = error instanceof AppError ? error.toApiError() : { code: 'internal' as const };
    if (!(error instanceof AppError)) console.error(error);
    io.err(
      JSON.stringify(
        {
          error: apiError.code,
          message: translate(lang, `error.${apiError.code}`, apiError.params),
          issues: apiError.issues?.map((i) => ({ path: i.path, message: translate(lang, i.key, i.params) })),
        },
        null,
        2,
      ),
    );
    return 1;
  } finally {
    if (ctx) closeAppContext(ctx);
  }
}

const isMain = process.argv[1] && /cli\.(ts|cjs|js)$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), { out: (t) => process.stdout.write(`${t}\n`), err: (t) => process.stderr.write(`${t}\n`) }).then((code) => {
    process.exitCode = code;
  });
}
