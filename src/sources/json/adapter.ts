// The source adapter for matchfacts' own JSON input: matches and status changes typed by hand,
// one `.json` file or a folder of them.
import { pathsUnder, readBytes, readText, statOf } from '../local-files.js';
import { join } from 'node:path';
import { nameKey } from '../../domain/names.js';
import { formatLocation, UsageError, ValidationError } from '../../domain/errors.js';
import { sha256 } from '../hash.js';
import {
  emptyBatch,
  type IncomingMatch,
  type IncomingStatusUpdate,
  type IncomingCompetitionStatus,
  type ProgressListener,
  type SourceAdapter,
  type SourceBatch,
  type SourceInput,
} from '../source-batch.js';
import { parseLocatedJson } from '../../domain/located-json.js';
import { messages } from './messages.js';
import { teamNameOf } from './side-of.js';
import { matchDataOf, matchSourceKey, statusSourceKey, statusUpdateOf } from './to-match-data.js';
import { validateDocument } from './validate-document.js';

const SNIFF = /"kind"\s*:\s*"(match|status|competition-status)"/;
const isJsonFile = (name: string): boolean => /\.json$/i.test(name) && !/\.schema\.json$/i.test(name);

/**
 * Reads `.json` files of `{"kind": "match", …}` / `{"kind": "status", …}` entries.
 *
 * @example
 * const batch = await matchfactsJsonAdapter.read('live/2020-03-10.json');
 * batch.matches[0]?.match.score.fullTime; // [3, 4]
 */
export const matchfactsJsonAdapter: SourceAdapter = {
  format: 'matchfacts-json',
  detect,
  inputFiles,
  read,
};

async function detect(path: string): Promise<boolean> {
  const info = statOf(path);
  if (info?.isFile()) return isJsonFile(path) && looksLikeOurs(path);
  if (!info?.isDirectory()) return false;
  const files = jsonFilesIn(path);
  return files.length > 0 && files.every(looksLikeOurs);
}

function looksLikeOurs(file: string): boolean {
  return SNIFF.test(readText(file));
}

/** Every `.json` file under a folder except JSON Schemas, in a stable order. */
function jsonFilesIn(folder: string): string[] {
  const names = pathsUnder(folder);
  return names
    .filter((name) => isJsonFile(name) && !name.split(/[\\/]/).some((part) => part.startsWith('.')))
    .sort()
    .map((name) => join(folder, name));
}

async function inputFiles(path: string): Promise<string[]> {
  const info = statOf(path);
  if (!info) return [];
  return info.isDirectory() ? jsonFilesIn(path) : [path];
}

async function read(path: string, onProgress?: ProgressListener): Promise<SourceBatch> {
  const info = statOf(path);
  if (!info) throw new UsageError(`${path}: no such file or folder`);
  const files = info.isDirectory() ? jsonFilesIn(path) : [path];
  if (!files.length) throw new ValidationError({ file: path }, 'folder holds no .json files');
  const reader = new JsonDocumentReader();
  for (const [i, file] of files.entries()) {
    reader.add(file, readBytes(file));
    onProgress?.({ file, done: i + 1, total: files.length });
  }
  return reader.batch(path);
}

/**
 * A batch from JSON text that is not a file (a request body): `label` stands where a file name
 * would, in provenance and in error locations.
 *
 * @example batchFromJsonText('{"kind": "match", …}', 'POST /api/matches').matches.length // 1
 */
export function batchFromJsonText(text: string, label: string): SourceBatch {
  const reader = new JsonDocumentReader();
  reader.add(label, Buffer.from(text, 'utf8'));
  return reader.batch(label);
}

/** Reads documents one by one into one batch; a match given twice across them is an error. */
class JsonDocumentReader {
  private readonly inputs: SourceInput[] = [];
  private readonly matches: IncomingMatch[] = [];
  private readonly statusUpdates: IncomingStatusUpdate[] = [];
  private readonly competitionStatuses: IncomingCompetitionStatus[] = [];
  private readonly firstSeen = new Map<string, string>();

  add(file: string, bytes: Buffer): void {
    const { matches, statusUpdates, competitionStatuses, firstSeen } = this;
    const doc = parseLocatedJson(bytes.toString('utf8'), file);
    const entries = validateDocument(doc, file);
    for (const entry of entries) {
      const { line, column } = doc.positionOf(entry.path);
      if (entry.kind === 'competition-status') {
        const { competition, season, status, since, reason } = entry.input;
        competitionStatuses.push({ sourceKey: `json:${competition}/${season}#${since}`, file, line, competition, season, status, since, reason });
        continue;
      }
      if (entry.kind === 'status') {
        statusUpdates.push(statusUpdateOf(entry.input, { sourceKey: statusSourceKey(entry.input), file, line }));
        continue;
      }
      const { input } = entry;
      const home = teamNameOf(input.home);
      const away = teamNameOf(input.away);
      const identity = `${input.date}/${nameKey(home)}/${nameKey(away)}`;
      const earlier = firstSeen.get(identity);
      if (earlier) throw new ValidationError({ file, line, column }, messages.duplicateMatch(input.date, home, away, earlier));
      firstSeen.set(identity, formatLocation({ file, line, column }));
      matches.push({ sourceKey: matchSourceKey(input), file, line, match: matchDataOf(input) });
    }
    this.inputs.push({ file, sha256: sha256(bytes), rows: entries.length });
  }

  batch(origin: string): SourceBatch {
    const { inputs, matches, statusUpdates, competitionStatuses } = this;
    return { ...emptyBatch('matchfacts-json', origin), inputs, matches, statusUpdates, competitionStatuses };
  }
}
