// Every user-facing text about downloading and finding the open data sets, in one place.

const short = (commit: string): string => commit.slice(0, 7);

export const messages = {
  unknownDataset: (name: string, known: readonly string[]) =>
    `unknown data set "${name}" (known: ${known.join(', ')}, or all)`,
  manifestUnreadable: (file: string, reason: string) => `${file}: cannot read the data set manifest (${reason})`,
  manifestInvalid: (file: string, issues: readonly string[]) => `${file}: not a valid data set manifest:\n  ${issues.join('\n  ')}`,
  notFound: (label: string, url: string) => `${label}: not found at ${url} (HTTP 404)`,
  httpStatus: (label: string, url: string, status: number, statusText: string) =>
    `${label}: the server answered HTTP ${status}${statusText ? ` ${statusText}` : ''} for ${url}`,
  connectionLost: (label: string, url: string, part: string, have: number, size: number | undefined, attempts: number, cause: string) =>
    have === 0
      ? `${label}: could not download ${url} (${cause}; ${attempts} attempt${attempts === 1 ? '' : 's'})`
      : `${label}: the download from ${url} broke off (${cause}; ${attempts} attempt${attempts === 1 ? '' : 's'}); ` +
        `${have.toLocaleString('en-US')}${size === undefined ? '' : ` of ${size.toLocaleString('en-US')}`} bytes are kept in ` +
        `${part} and the next \`matchfacts data pull\` resumes from there`,
  cannotWrite: (label: string, reason: string) => `${label}: cannot write the download (${reason})`,
  checksumMismatch: (label: string, expected: string, actual: string, url: string) =>
    `${label}: checksum mismatch — expected sha256 ${expected}, got ${actual} (downloaded from ${url}); ` +
    `the file was deleted. If the upstream file changed, \`matchfacts data pull --update\` moves to the newest commit`,
  apiUnreadable: (url: string, reason: string) => `${url}: cannot read the newest upstream commit (${reason})`,
  apiRateLimited: (url: string) =>
    `${url}: GitHub's API refused the request (HTTP 403, most likely its hourly limit for anonymous requests); try again later`,
  manifestNotWritable: (file: string, reason: string) =>
    `${file}: cannot rewrite the manifest after --update (${reason}); pass --manifest FILE to write an updated copy elsewhere`,
  envFolderMissing: (root: string, folder: string, name: string) =>
    `$MATCHFACTS_DATA is ${root}, but it has no ${folder}/ for ${name} ` +
    `(expected the layout of shared/data: worldcup-db/, international-results/, football-txt/worldcup/, football-txt/champions-league/)`,
  pullingOnFirstUse: (datasets: readonly { name: string; repo: string; commit: string }[], dir: string) =>
    datasets.length === 1
      ? `matchfacts: ${datasets[0]!.name} is not in $MATCHFACTS_DATA or ../shared/data; downloading it from github.com/${datasets[0]!.repo} at ${short(datasets[0]!.commit)} into ${dir}`
      : `matchfacts: ${datasets.map((d) => d.name).join(', ')} are not in $MATCHFACTS_DATA or ../shared/data; downloading them from GitHub at their pinned commits into ${dir}`,
  notCached: (names: readonly string[], dir: string) =>
    `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not in $MATCHFACTS_DATA, ../shared/data or the cache ${dir}; ` +
    `run \`matchfacts data pull${names.map((n) => ` --dataset ${n}`).join('')}\``,
  layoutUnmapped: (path: string, name: string) => `${path}: no layout rule of ${name} maps this file to an upstream path`,
} as const;

/** `35a8667` for a full commit hash. */
export function shortCommit(commit: string): string {
  return short(commit);
}

/** An error as one line: `terminated: other side closed`, `fetch failed: connect ECONNREFUSED 127.0.0.1:9`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message}: ${cause}` : error.message;
}
