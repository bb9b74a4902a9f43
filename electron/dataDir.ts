import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'ITA_DESK_DATA_DIR';
export const PRODUCT_NAME = 'ITA Desk';

/** Where Electron keeps `userData` for this app on each platform; the CLI uses the same place. */
export function defaultDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** `--data-dir DIR` (or `--data-dir=DIR`) beats the environment variable, which beats the default. */
export function resolveDataDir(argv: readonly string[], env = process.env, fallback = () => defaultDataDir()): string {
  const index = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (index >= 0) {
    const arg = argv[index]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (value) return path.resolve(value);
  }
  return env[DATA_DIR_ENV] ? path.resolve(env[DATA_DIR_ENV]) : fallback();
}
