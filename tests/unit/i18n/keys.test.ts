import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGUAGES } from '../../../shared/api/office';
import { ERROR_CODES } from '../../../shared/api/errors';
import { toFieldIssues } from '../../../shared/api/validation';
import { ORGANIZATION_TYPES, PERSON_ROLES } from '../../../shared/domain/office';
import { keyPaths, resources } from '../../../shared/i18n';

/**
 * The two locales must hold the same keys, and every message key the code can produce (error
 * codes, validation rules, issue keys named by services, the renderer's `t('…')` calls) must exist.
 */
const th = new Set(keyPaths(resources.th.translation));
const en = new Set(keyPaths(resources.en.translation));
const ROOT = path.resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [rel] : [];
  });
}

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);

/** Keys missing from either locale, each named with the file that asks for it. */
function missing(wanted: { key: string; from: string }[]): string[] {
  return wanted.filter(({ key }) => !th.has(key) || !en.has(key)).map(({ key, from }) => `${key} (${from}; th ${th.has(key) ? 'ok' : 'missing'}, en ${en.has(key) ? 'ok' : 'missing'})`);
}

describe('i18n keys', () => {
  it('has the same keys in Thai and English', () => {
    expect([...th].filter((key) => !en.has(key)), 'in th, missing in en').toEqual([]);
    expect([...en].filter((key) => !th.has(key)), 'in en, missing in th').toEqual([]);
  });

  it('has no empty message', () => {
    for (const language of LANGUAGES) {
      const empty = keyPaths(resources[language].translation).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language].translation);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty, language).toEqual([]);
    }
  });

  it('has a message for every error code', () => {
    expect(missing(ERROR_CODES.map((code) => ({ key: `error.${code}`, from: 'ERROR_CODES' })))).toEqual([]);
  });

  it('has a message for every key toFieldIssues produces', () => {
    const failures: [z.ZodType, unknown][] = [
      [z.string().min(1), ''],
      [z.string().min(3), 'a'],
      [z.string().max(2), 'abc'],
      [z.array(z.number()).min(1), []],
      [z.array(z.number()).max(1), [1, 2]],
      [z.number().min(1), 0],
      [z.number().max(1), 2],
      [z.enum(['a', 'b']), 'c'],
      [z.string().regex(/^x$/), 'y'],
      [z.string().email(), 'not an address'],
      [z.strictObject({}), { stray: 1 }],
      [z.string().refine(() => false), 'x'],
      [z.strictObject({ a: z.string() }), {}],
      [z.string(), 5],
      [z.union([z.string(), z.number()]), true],
    ];
    const produced = failures.flatMap(([schema, input]) => {
      // With the input reported, as the bundle import parses (`invalid_type` tells missing from wrong by it).
      const result = schema.safeParse(input, { reportInput: true });
      expect(result.success, `${JSON.stringify(input)} should fail`).toBe(false);
      return toFieldIssues(result.error!).map((issue) => issue.key);
    });
    // The mapping's own source names the keys it can return; each one must be among those seen.
    const declared = matches(read('shared/api/validation.ts'), /key: '([\w.]+)'/g);
    expect(new Set(produced)).toEqual(new Set(declared));
    expect(missing(declared.map((key) => ({ key, from: 'toFieldIssues' })))).toEqual([]);
  });

  it('has a message for every issue key and error key the code names', () => {
    const files = ['shared', 'electron', 'db', 'renderer/src'].flatMap(sourceFiles).filter((file) => !file.startsWith(path.join('shared', 'i18n')));
    const wanted = files.flatMap((file) => {
      const text = read(file);
      return [
        // `{ path, key: 'units.sectionsCannotNest' }`, `message: 'validation.phone'` in schemas and services.
        ...matches(text, /\b(?:key|message):\s*'([a-z][A-Za-z]*\.[A-Za-z_.]+)'/g),
        // any literal of the shared namespaces, wherever it is written.
        ...matches(text, /['"`]((?:validation|error)\.[A-Za-z_]+)['"`]/g),
      ].map((key) => ({ key, from: file }));
    });
    expect(wanted.length).toBeGreaterThan(10);
    expect(missing(wanted)).toEqual([]);
  });

  it('has a message for every key the renderer asks for', () => {
    const files = sourceFiles('renderer/src');
    const wanted = files.flatMap((file) => {
      const text = read(file);
      return [...matches(text, /\bt\(\s*'([A-Za-z_][\w.]*)'/g), ...matches(text, /labelKey: '([\w.]+)'/g)].map((key) => ({ key, from: file }));
    });
    // Keys built from a closed list.
    const built = [
      ...ORGANIZATION_TYPES.map((type) => `orgType.${type}`),
      ...PERSON_ROLES.map((role) => `role.${role}`),
      ...LANGUAGES.map((language) => `language.${language}`),
    ].map((key) => ({ key, from: 'closed lists' }));
    expect(missing([...wanted, ...built])).toEqual([]);
  });
});
