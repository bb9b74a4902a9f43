/**
 * `npm run bench [-- --only NAME[,NAME] --runs N]`: runs the benchmark cases of cases/index.ts and
 * prints one JSON document on stdout (progress goes to stderr). Times are milliseconds; each figure
 * is a median of several runs with its min, max and samples.
 */
import os from 'node:os';
import packageJson from '../../package.json' with { type: 'json' };
import { cases } from './cases';

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

const only = option('only')?.split(',');
const runs = Number(option('runs') ?? 7);
const unknown = only?.filter((name) => !cases.some((c) => c.name === name)) ?? [];
if (unknown.length || !Number.isInteger(runs) || runs < 1) {
  console.error(`usage: npm run bench -- [--only ${cases.map((c) => c.name).join(',')}] [--runs N]`);
  process.exit(2);
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const results: Record<string, unknown>[] = [];
let failed = false;
for (const benchCase of cases.filter((c) => !only || only.includes(c.name))) {
  log(`${benchCase.name}: ${benchCase.description}`);
  try {
    results.push({ name: benchCase.name, description: benchCase.description, ...(await benchCase.run({ runs, log })) });
  } catch (error) {
    failed = true;
    results.push({ name: benchCase.name, description: benchCase.description, error: String((error as Error).stack ?? error) });
  }
}

const report = {
  app: packageJson.name,
  appVersion: packageJson.version,
  date: new Date().toISOString(),
  machine: { platform: `${process.platform}-${process.arch}`, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
  runs,
  cases: results,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
