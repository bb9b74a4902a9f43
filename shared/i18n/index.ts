import { backup } from './backup';
import { common } from './common';
import { measures } from './measures';
import { measuresUi } from './measuresUi';
import { meetings } from './meetings';
import { memos } from './memos';
import { office } from './office';
import { results } from './results';
import { resultsUi } from './resultsUi';

type Tree = { [key: string]: string | Tree };

function merge(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees)
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  return out;
}

const domains = [common, office, memos, results, resultsUi, backup, measures, measuresUi, meetings];

/** i18next resources, Thai first. Each domain keeps its strings beside each other in both languages. */
export const resources = {
  th: { translation: merge(...domains.map((d) => d.th)) },
  en: { translation: merge(...domains.map((d) => d.en)) },
};

/** Every key path of a resource tree, for the missing-key test and for lookups outside React. */
export function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? keyPaths(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/** Looks a message up and fills `{{name}}` placeholders: used where i18next is not loaded (the CLI). */
export function translate(language: 'th' | 'en', key: string, params: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce<Tree | string | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), resources[language].translation);
  const text = typeof found === 'string' ? found : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? ''));
}
