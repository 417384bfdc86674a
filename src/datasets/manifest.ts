// The data set manifest: the open data sets matchfacts can download, each pinned to an upstream
// commit, with every file's local path, upstream path, size and SHA-256.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MatchfactsError, NotFoundError, UsageError } from '../domain/errors.js';
import { messages } from './messages.js';

/**
 * The manifest shipped with matchfacts, `datasets/manifest.json` at the package root. The same path
 * from `src/datasets/` and from `dist/datasets/`, so it is found from a build and from source.
 */
export const MANIFEST_FILE = fileURLToPath(new URL('../../datasets/manifest.json', import.meta.url));

/** One file of a data set. */
export interface DatasetFile {
  /** Where it sits in a data folder, relative to its root: the layout of shared/data (`worldcup-db/matches.csv`). */
  readonly path: string;
  /** Where it sits in the upstream repository at the pinned commit (`data-csv/matches.csv`). */
  readonly upstream: string;
  /** Size in bytes. */
  readonly size: number;
  /** SHA-256 of the bytes, lower-case hex. */
  readonly sha256: string;
}

/** How local paths map to upstream paths: a local prefix and the upstream prefix it stands for. */
export interface LayoutRule {
  /** `worldcup-db/codebook/` */
  readonly local: string;
  /** `codebook/csv/` */
  readonly upstream: string;
}

/** One data set: an upstream repository at one commit. */
export interface DatasetEntry {
  /** What users type: `worldcup-db`, `international-results`, `openfootball-worldcup`, … */
  readonly name: string;
  readonly title: string;
  /** `OWNER/REPO` on GitHub. */
  readonly repo: string;
  /** The pinned commit, 40 hex digits. */
  readonly commit: string;
  /** The commit's date, `YYYY-MM-DD`. */
  readonly date?: string;
  /** SPDX identifier: `CC-BY-SA-4.0`, `CC0-1.0`. */
  readonly licence: string;
  readonly licenceUrl: string;
  /** The credit line to show wherever the data is displayed or redistributed. */
  readonly attribution: string;
  /** Where the files are downloaded from, with `{commit}` standing for the commit. */
  readonly baseUrl: string;
  /** The data set's folder in a data folder: `football-txt/worldcup`. */
  readonly folder: string;
  /** Local path prefix → upstream path prefix; the longest matching local prefix applies. */
  readonly layout: readonly LayoutRule[];
  /**
   * True for a data set pulled or imported only by its name (the league repositories): `all` and a
   * plain `data pull` mean the data sets the demo and the record book are built on.
   */
  readonly extra?: boolean;
  readonly files: readonly DatasetFile[];
}

export interface DatasetManifest {
  readonly $comment?: string;
  readonly version: 1;
  readonly datasets: readonly DatasetEntry[];
}

/** `a/b.csv`: relative, `/`-separated, no empty, `.` or `..` parts — never a way out of the data folder. */
export function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.includes('\\') || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

const prefix = z.string().refine((p) => p === '' || (p.endsWith('/') && isSafeRelativePath(p.slice(0, -1))), 'empty or a relative folder ending in "/"');
const relativePath = z.string().refine(isSafeRelativePath, 'a relative path with "/" separators and no ".", ".." or empty parts');

const fileSchema = z.strictObject({
  path: relativePath,
  upstream: relativePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lower-case hex digits'),
});

const datasetSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-"').refine((n) => n !== 'all', '"all" is reserved'),
    title: z.string().min(1),
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'OWNER/REPO'),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-digit commit hash'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional(),
    licence: z.string().min(1),
    licenceUrl: z.url(),
    attribution: z.string().min(1),
    baseUrl: z.url().refine((u) => u.includes('{commit}') && u.endsWith('/'), 'a URL ending in "/" that contains {commit}'),
    folder: relativePath,
    layout: z.array(z.strictObject({ local: prefix, upstream: prefix })).min(1),
    extra: z.boolean().optional(),
    files: z.array(fileSchema),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.files.forEach((file, i) => {
      if (!file.path.startsWith(`${dataset.folder}/`)) {
        ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: `not inside the data set's folder ${dataset.folder}/` });
      }
      if (seen.has(file.path)) ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: `listed twice: ${file.path}` });
      seen.add(file.path);
      if (upstreamPathOf(dataset, file.path) !== file.upstream) {
        ctx.addIssue({ code: 'custom', path: ['files', i, 'upstream'], message: `does not follow the layout rules (they give ${upstreamPathOf(dataset, file.path) ?? 'nothing'})` });
      }
    });
  });

const manifestSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    datasets: z.array(datasetSchema),
  })
  .superRefine((manifest, ctx) => {
    const names = manifest.datasets.map((d) => d.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['datasets', i, 'name'], message: `duplicate name "${name}"` });
    });
    const folders = manifest.datasets.map((d) => d.folder);
    folders.forEach((folder, i) => {
      const clash = folders.findIndex((other, j) => j !== i && (other === folder || other.startsWith(`${folder}/`)));
      if (clash >= 0) ctx.addIssue({ code: 'custom', path: ['datasets', i, 'folder'], message: `overlaps the folder of ${names[clash]}` });
    });
  });

/**
 * The upstream path of a local path, by the data set's layout rules (the longest local prefix
 * wins), or undefined when no rule applies.
 *
 * @example upstreamPathOf(worldcupDb, 'worldcup-db/codebook/datasets.csv') // 'codebook/csv/datasets.csv'
 */
export function upstreamPathOf(dataset: Pick<DatasetEntry, 'layout'>, localPath: string): string | undefined {
  let best: LayoutRule | undefined;
  for (const rule of dataset.layout) {
    if (localPath.startsWith(rule.local) && (best === undefined || rule.local.length > best.local.length)) best = rule;
  }
  return best === undefined ? undefined : best.upstream + localPath.slice(best.local.length);
}

/** Checks a parsed JSON value against the manifest format; `file` names it in the error. */
export function parseManifest(value: unknown, file: string): DatasetManifest {
  const result = manifestSchema.safeParse(value);
  if (!result.success) {
    throw new MatchfactsError(
      messages.manifestInvalid(
        file,
        result.error.issues.map((issue) => `${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') || '(document)'}: ${issue.message}`),
      ),
    );
  }
  return result.data;
}

/**
 * Reads and checks a manifest file, by default the one shipped with matchfacts.
 *
 * @example const manifest = await loadManifest(); manifest.datasets.map((d) => d.name)
 */
export async function loadManifest(file: string = MANIFEST_FILE): Promise<DatasetManifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new NotFoundError(messages.manifestUnreadable(file, (error as Error).message), { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new MatchfactsError(messages.manifestUnreadable(file, (error as Error).message), { cause: error });
  }
  return parseManifest(value, file);
}

/** Writes a manifest (checked first) as stable, two-space JSON; a crash never leaves half a file. */
export async function saveManifest(manifest: DatasetManifest, file: string = MANIFEST_FILE): Promise<void> {
  parseManifest(manifest, file);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(temporary, file);
  } catch (error) {
    throw new MatchfactsError(messages.manifestNotWritable(file, (error as Error).message), { cause: error });
  }
}

/** The names a user can give: every data set's name, and `all`. */
export function datasetNames(manifest: DatasetManifest): string[] {
  return manifest.datasets.map((d) => d.name);
}

/**
 * The data sets named, in manifest order; none or `all` means every one but the extras. An unknown name is a
 * UsageError listing the known ones.
 */
export function selectDatasets(manifest: DatasetManifest, names: readonly string[] = []): DatasetEntry[] {
  const known = datasetNames(manifest);
  for (const name of names) if (name !== 'all' && !known.includes(name)) throw new UsageError(messages.unknownDataset(name, known));
  if (names.length === 0 || names.includes('all')) return manifest.datasets.filter((d) => d.extra !== true);
  return manifest.datasets.filter((d) => names.includes(d.name));
}

/** The manifest with one data set replaced (matched by name). */
export function replaceDataset(manifest: DatasetManifest, dataset: DatasetEntry): DatasetManifest {
  return { ...manifest, datasets: manifest.datasets.map((d) => (d.name === dataset.name ? dataset : d)) };
}
