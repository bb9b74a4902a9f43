import { ESLint } from 'eslint';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Lints a file written for a moment inside the renderer, with the project's real ESLint config. */
async function lintInRenderer(name: string, code: string) {
  const file = path.join(ROOT, 'renderer/src', `${name}.${process.pid}.ts`);
  fs.writeFileSync(file, code);
  try {
    const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
    return result!.messages;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('layering lint', () => {
  it('stops renderer/ from importing Node modules, db/ and electron', async () => {
    const messages = await lintInRenderer(
      '__lint_probe_forbidden',
      ["import fs from 'node:fs';", "import { openDatabase } from '../../db/open';", "import { ipcRenderer } from 'electron';", 'export const probe = [fs, openDatabase, ipcRenderer];', ''].join('\n'),
    );
    const restricted = messages.filter((m) => m.ruleId === 'no-restricted-imports');
    // Each forbidden import is an error ('electron' may match both the layer rule and the module rule).
    expect([...new Set(restricted.map((m) => m.line))]).toEqual([1, 2, 3]);
    expect(restricted.every((m) => m.severity === 2)).toBe(true);
    expect(restricted[1]!.message).toMatch(/db\//);
  }, 60_000);

  it('lets the renderer import the typed API in shared/', async () => {
    const messages = await lintInRenderer('__lint_probe_allowed', "import { CHANNEL_NAMES } from '../../shared/api/contract';\nexport const probe = CHANNEL_NAMES;\n");
    expect(messages).toEqual([]);
  }, 60_000);
});
