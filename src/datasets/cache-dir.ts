// Where downloaded data sets are kept: --dir, else $XDG_CACHE_HOME/matchfacts, else ~/.cache/matchfacts.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The cache folder for downloaded data sets; it has the layout of shared/data, so
 * `matchfacts import <cache dir>` reads it as it is.
 *
 * @example resolveCacheDir(undefined, { XDG_CACHE_HOME: '/var/cache' }) // '/var/cache/matchfacts'
 */
export function resolveCacheDir(dir?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (dir) return resolve(dir);
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says a relative value is invalid and to be ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'matchfacts');
  return join(homedir(), '.cache', 'matchfacts');
}
