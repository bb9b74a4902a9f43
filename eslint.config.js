import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'stream', 'url', 'worker_threads', 'zlib', 'util', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-artifacts/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layering: the renderer talks to the main process only through the typed API in shared/.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/db/**', '**/db', '**/electron/**', '**/electron'], message: 'The renderer may not import db/ or electron/: use the typed API in shared/.' },
            { group: ['better-sqlite3', 'electron', 'node:*', ...nodeBuiltins], message: 'The renderer may not use Node or Electron modules.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ runs anywhere: no Node, no Electron, no database.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/**', '**/electron/**', '**/renderer/**', 'better-sqlite3', 'electron', 'node:*', ...nodeBuiltins], message: 'shared/ must stay free of Node, Electron, db and UI code.' }] },
      ],
    },
  },
);
