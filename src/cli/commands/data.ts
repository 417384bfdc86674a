// `matchfacts data pull | list`: download the open data sets into a local cache, and show what it holds.
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { listCachedDatasets, type CachedDataset } from '../../datasets/list-cache.js';
import { loadManifest } from '../../datasets/manifest.js';
import { shortCommit } from '../../datasets/messages.js';
import { pullDatasets, type PullResult } from '../../datasets/pull-datasets.js';
import { formatBytes, linePullProgress, type PullProgress } from '../../datasets/pull-progress.js';
import { locateDataset, type DatasetLocation } from '../../datasets/resolve-dataset-paths.js';
import { printJson, printTable } from '../output.js';

interface PullFlags {
  dataset?: string[];
  dir?: string;
  update?: boolean;
  manifest?: string;
  json?: boolean;
  quiet?: boolean;
}

interface ListFlags {
  dir?: string;
  manifest?: string;
  json?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

/** A CC-BY licence obliges whoever displays or redistributes the data to credit it. */
const needsAttribution = (licence: string): boolean => licence.startsWith('CC-BY');

export function registerData(program: Command): void {
  const data = program
    .command('data')
    .description('download the open data sets (World Cup database, international results, openfootball) and show what is cached')
    .addHelpText(
      'after',
      `
The data sets, each pinned to an upstream commit with every file's SHA-256 (datasets/manifest.json):
  worldcup-db                    github.com/jfjelstul/worldcup             CC-BY-SA 4.0, attribution required
  international-results          github.com/martj42/international_results  CC0
  openfootball-worldcup          github.com/openfootball/worldcup          CC0
  openfootball-champions-league  github.com/openfootball/champions-league  CC0

They are downloaded into $XDG_CACHE_HOME/matchfacts (default ~/.cache/matchfacts), laid out like
shared/data, so the cache folder can be imported as it is. A data set name given to \`matchfacts
import\` is read from $MATCHFACTS_DATA, else ../shared/data, else the cache (pulled on first use).

Examples:
  matchfacts data pull                              every data set into the cache
  matchfacts data pull --dataset international-results --dir ./data
  matchfacts data list                              what the cache holds, with licences
  matchfacts import ~/.cache/matchfacts`,
    );

  data
    .command('pull')
    .description('download data sets into the cache, checking every file against its SHA-256; resumes broken downloads')
    .option('--dataset <name>', 'a data set name, or all (repeatable; default all)', collect)
    .option('--dir <dir>', 'cache folder (default: $XDG_CACHE_HOME/matchfacts, else ~/.cache/matchfacts)')
    .option('--update', 'move to the newest upstream commit and rewrite the manifest with its checksums')
    .option('--manifest <file>', 'the manifest to read (and, with --update, rewrite); default the one shipped with matchfacts')
    .option('--json', 'print the result as JSON')
    .option('-q, --quiet', 'no progress output')
    .addHelpText(
      'after',
      `
Files already in the cache with the right SHA-256 are kept; the others are downloaded from
raw.githubusercontent.com at the pinned commit and checked. A file whose checksum does not match is
deleted and the pull fails, naming the file and both hashes. A broken connection is retried; if it
stays broken the bytes so far are kept in FILE.part and the next pull resumes from there.

--update asks GitHub for each data set's newest commit, downloads the same files at that commit,
and rewrites the manifest with the new commit, sizes and checksums. Review the change (and the
data) before committing it: the importers may not know what upstream changed.

Environment:
  XDG_CACHE_HOME          the cache is $XDG_CACHE_HOME/matchfacts
  MATCHFACTS_DATA_MIRROR  download from this server instead, laid out like raw.githubusercontent.com
                          (OWNER/REPO/COMMIT/PATH)
  MATCHFACTS_GITHUB_API   ask this server instead of https://api.github.com (with --update)

Examples:
  matchfacts data pull
  matchfacts data pull --dataset worldcup-db --dataset international-results
  matchfacts data pull --dir ./data && matchfacts import ./data
  matchfacts data pull --update --dataset openfootball-champions-league
  matchfacts data pull --json`,
    )
    .action(async (flags: PullFlags) => {
      const progress = createPullProgress({ quiet: flags.quiet || flags.json });
      let result: PullResult;
      try {
        result = await pullDatasets({ datasets: flags.dataset, dir: flags.dir, update: flags.update, manifestFile: flags.manifest, progress });
      } finally {
        progress.stop();
      }
      if (flags.json) printJson(result);
      else printPullSummary(result);
    });

  data
    .command('list')
    .description('show what the cache holds: each data set\'s commit, files, size, whether complete, licence and attribution')
    .option('--dir <dir>', 'cache folder (default: $XDG_CACHE_HOME/matchfacts, else ~/.cache/matchfacts)')
    .option('--manifest <file>', 'the manifest to compare with; default the one shipped with matchfacts')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
A data set is complete when every file of the manifest is in the cache with its SHA-256. The last
lines say where \`matchfacts import NAME\` would read each data set from right now.

Examples:
  matchfacts data list
  matchfacts data list --dir ./data --json`,
    )
    .action(async (flags: ListFlags) => {
      const listing = await listCachedDatasets({ dir: flags.dir, manifestFile: flags.manifest });
      const manifest = await loadManifest(listing.manifestFile);
      const locations: DatasetLocation[] = [];
      for (const dataset of manifest.datasets) locations.push(await locateDataset(dataset, { dir: listing.dir }));
      if (flags.json) {
        printJson({ ...listing, datasets: listing.datasets.map((d, i) => ({ ...d, importReads: locations[i] })) });
      } else {
        printListing(listing.dir, listing.datasets, locations);
      }
    });
}

function printPullSummary(result: PullResult): void {
  printTable(
    ['dataset', 'commit', 'files', 'downloaded', 'present', 'size'],
    result.datasets.map((d) => [d.name, shortCommit(d.commit), d.files, d.downloaded, d.present, formatBytes(d.bytes)]),
  );
  for (const d of result.datasets) {
    if (d.previousCommit) process.stdout.write(`${d.name}: moved from ${shortCommit(d.previousCommit)} to ${shortCommit(d.commit)}${d.date ? ` (${d.date})` : ''}\n`);
  }
  if (result.manifestUpdated) process.stdout.write(`manifest rewritten: ${result.manifestFile}\n`);
  process.stdout.write(`data in ${result.dir}; import it with: matchfacts import ${result.dir}\n`);
  for (const d of result.datasets) {
    if (needsAttribution(d.licence)) {
      process.stdout.write(`${d.name} is ${d.licence}: whatever displays or redistributes it must credit "${d.attribution}"\n`);
    }
  }
}

function printListing(dir: string, datasets: readonly CachedDataset[], locations: readonly DatasetLocation[]): void {
  printTable(
    ['dataset', 'version', 'files', 'size', 'complete', 'licence'],
    datasets.map((d) => {
      const version = d.complete ? shortCommit(d.commit) : d.cachedCommit ? shortCommit(d.cachedCommit) : '-';
      const complete = d.complete ? 'yes' : d.partial > 0 ? `no (${d.partial} .part)` : 'no';
      return [d.name, version, `${d.verified}/${d.expectedFiles}`, formatBytes(d.bytes), complete, d.licence];
    }),
  );
  process.stdout.write(`\ncache: ${dir}\n\nattribution:\n`);
  for (const d of datasets) process.stdout.write(`  ${d.name}: ${d.attribution} (${d.licence}, ${d.licenceUrl})\n`);
  const from: Record<DatasetLocation['source'], string> = { MATCHFACTS_DATA: '$MATCHFACTS_DATA', 'shared-data': '../shared/data', cache: 'the cache' };
  process.stdout.write('\nmatchfacts import NAME reads:\n');
  const width = Math.max(...locations.map((l) => l.name.length));
  for (const l of locations) {
    const state = l.ready ? '' : l.source === 'cache' ? ' — not complete: pulled on first use' : ' — missing';
    process.stdout.write(`  ${l.name.padEnd(width)}  ${l.folder} (${from[l.source]})${state}\n`);
  }
}

/** Draws a pull: bars on a terminal (one per data set, one per file being fetched), plain lines otherwise. */
class BarPullProgress implements PullProgress {
  private readonly multi = new cliProgress.MultiBar(
    { stream: process.stderr, hideCursor: true, barsize: 16, format: '{label} {bar} {bytes}/{size}' },
    cliProgress.Presets.shades_classic,
  );
  private readonly files = new Map<string, cliProgress.SingleBar>();
  private dataset?: cliProgress.SingleBar;
  private folder = '';

  private say(line: string): void {
    if (this.multi.isActive) this.multi.log(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  }

  datasetStart(e: { name: string; commit: string; folder: string; files: number }): void {
    this.folder = e.folder;
    this.dataset = this.multi.create(e.files, 0, { label: `${e.name} ${shortCommit(e.commit)}`.padEnd(40) }, { format: '{label} {bar} {value}/{total} files' });
  }

  fileStart(e: { path: string; from: number; size: number | undefined }): void {
    // Within the data set's folder, so that a line fits 80 columns: `  2022--qatar/cup.txt`.
    const name = e.path.startsWith(`${this.folder}/`) ? e.path.slice(this.folder.length + 1) : e.path;
    const payload = { label: `  ${name}`.padEnd(40), bytes: formatBytes(e.from), size: e.size === undefined ? '?' : formatBytes(e.size) };
    const bar = this.files.get(e.path);
    if (bar) {
      bar.setTotal(e.size ?? 1);
      bar.update(e.from, payload);
    } else this.files.set(e.path, this.multi.create(e.size ?? 1, e.from, payload));
  }

  fileProgress(e: { path: string; received: number }): void {
    this.files.get(e.path)?.update(e.received, { bytes: formatBytes(e.received) });
  }

  fileDone(e: { path: string }): void {
    const bar = this.files.get(e.path);
    if (bar) {
      this.multi.remove(bar);
      this.files.delete(e.path);
    }
    this.dataset?.increment();
  }

  retry(e: { path: string; attempt: number; retries: number; reason: string }): void {
    this.say(`${e.path}: ${e.reason}; retrying (${e.attempt} of ${e.retries})`);
  }

  notice(line: string): void {
    this.say(line);
  }

  stop(): void {
    this.multi.stop();
  }
}

/**
 * The progress display for a pull: bars when stderr is a terminal, a few plain lines when it is
 * not, nothing when quiet. Call `stop()` when the pull ends (also on failure).
 *
 * @example
 * const progress = createPullProgress({ quiet: flags.json });
 * try { await resolveDatasetPaths(paths, { pullOptions: { progress } }); } finally { progress.stop(); }
 */
export function createPullProgress(options: { quiet?: boolean } = {}): PullProgress & { stop(): void } {
  if (options.quiet) return { stop: () => {} };
  if (process.stderr.isTTY) return new BarPullProgress();
  return { ...linePullProgress((line) => process.stderr.write(`${line}\n`)), stop: () => {} };
}
