import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { api } from '../../../shared/api/contract';

/** Field names that mean "a place on this computer's disk". */
const PATH_LIKE = /^(path|file|files|dir|folder|target|targetDir|usbTarget)$|(Path|File|Dir|Folder|Target)$/;

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  in?: z.ZodType;
  out?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Whether a schema accepts a string (looking through optional, nullable, default, unions …). */
function acceptsString(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'string') return true;
  if (def.type === 'union') return def.options!.some(acceptsString);
  if (def.type === 'pipe') return acceptsString(def.in!);
  if (def.innerType) return acceptsString(def.innerType);
  return false;
}

/** Dotted paths of every string field with a path-like name, anywhere in an input schema. */
function pathFields(schema: z.ZodType, at: string, found: string[], seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return found;
  seen.add(schema);
  const def = defOf(schema);
  const walk = (child: z.ZodType | null | undefined, where: string) => child && pathFields(child, where, found, seen);
  switch (def.type) {
    case 'object':
      for (const [key, child] of Object.entries(def.shape!)) {
        const where = at ? `${at}.${key}` : key;
        if (PATH_LIKE.test(key) && acceptsString(child)) found.push(where);
        walk(child, where);
      }
      break;
    case 'union':
      def.options!.forEach((o) => walk(o, at));
      break;
    case 'intersection':
      walk(def.left, at);
      walk(def.right, at);
      break;
    case 'array':
      walk(def.element, `${at}[]`);
      break;
    case 'record':
      walk(def.valueType, `${at}{}`);
      break;
    case 'tuple':
      def.items!.forEach((item, i) => walk(item, `${at}[${i}]`));
      walk(def.rest, `${at}[]`);
      break;
    case 'pipe':
      walk(def.in, at);
      walk(def.out, at);
      break;
    case 'lazy':
      walk(def.getter!(), at);
      break;
    default:
      walk(def.innerType, at);
  }
  return found;
}

describe('channels that take a path from the renderer ("never trust the renderer")', () => {
  it('are exactly the backup channels that need one', () => {
    const taking = Object.entries(api).flatMap(([name, c]) => pathFields(c.input as z.ZodType, '', []).map((field) => `${name}: ${field}`));
    // A new entry here is a conscious decision: the main process then reads or writes wherever the
    // renderer says. Documents and evidence go through bytes (base64) instead; the CLI calls the
    // service functions directly.
    expect(taking.sort()).toEqual([
      'backup.create: targetDir',
      'backup.inspect: file',
      'backup.list: dir',
      'backup.restore: file',
      'backup.saveSettings: usbTarget',
      'backup.verify: file',
    ]);
  });

  it('finds a path field however deeply it is nested (the removed evidence source would be caught)', () => {
    const source = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('file'), name: z.string(), base64: z.string() }),
      z.strictObject({ kind: z.literal('path'), path: z.string().trim().min(1).max(4096) }),
    ]);
    const schema = z.strictObject({ entryId: z.number(), source, more: z.array(z.strictObject({ outFile: z.string().nullable().default(null) })).optional(), size: z.number() });
    expect(pathFields(schema, '', [])).toEqual(['source.path', 'more[].outFile']);
    expect(pathFields(z.strictObject({ file: z.number() }), '', [])).toEqual([]);
  });
});
