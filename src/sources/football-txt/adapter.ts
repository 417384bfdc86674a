// The Football.TXT source adapter: reads one `.txt` file, or every such file in a folder.
import { entriesOf, readBytes, readText, statOf } from '../local-files.js';
import { join } from 'node:path';
import { UsageError } from '../../domain/errors.js';
import type { MatchData, StageRef } from '../../domain/match-data.js';
import { sha256 } from '../hash.js';
import type { IncomingMatch, IncomingPointsDeduction, ProgressListener, SourceAdapter, SourceBatch, SourceInput, SourceNotice } from '../source-batch.js';
import { emptyBatch } from '../source-batch.js';
import { datedDeductions } from './deductions.js';
import { parseFootballTxt } from './parser.js';

const FORMAT = 'football-txt';

/** True when the first line that is neither blank nor a comment is a `=` header. */
export function looksLikeFootballTxt(text: string): boolean {
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return line.startsWith('=');
  }
  return false;
}

function isFootballTxtFile(path: string): boolean {
  if (!path.toLowerCase().endsWith('.txt')) return false;
  const info = statOf(path);
  if (!info?.isFile()) return false;
  return looksLikeFootballTxt(readText(path));
}

/** Every `.txt` file under a folder, sorted by path (so `cup.txt` comes before `cup_finals.txt`). */
function txtFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of entriesOf(folder)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...txtFiles(path));
    else if (entry.name.toLowerCase().endsWith('.txt')) found.push(path);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `…/worldcup/2022--qatar/cup.txt` → `2022--qatar/cup.txt`: stable wherever the folder lives. */
export function sourceKeyOf(file: string, line: number): string {
  const parts = file.split(/[\\/]/).filter((p) => p !== '');
  return `${parts.slice(-2).join('/')}#${line}`;
}

/**
 * Numbers stages across the files of one edition in reading order, so the knockout stages of
 * `cup_finals.txt` follow the group stage of `cup.txt`.
 */
class StageOrders {
  private readonly orders = new Map<string, Map<string, number>>();

  renumber(match: MatchData): MatchData {
    if (match.stage === undefined) return match;
    const key = `${match.competition.name}|${match.edition.name}`;
    let stages = this.orders.get(key);
    if (stages === undefined) this.orders.set(key, (stages = new Map()));
    let order = stages.get(match.stage.name);
    if (order === undefined) stages.set(match.stage.name, (order = stages.size + 1));
    if (order === match.stage.order) return match;
    const stage: StageRef = { ...match.stage, order };
    return { ...match, stage };
  }
}

/**
 * Reads Football.TXT files (openfootball): a single file or a folder of them.
 *
 * @example const batch = await footballTxtAdapter.read('../shared/data/football-txt/worldcup/2022--qatar');
 */
export const footballTxtAdapter: SourceAdapter = {
  format: FORMAT,

  async detect(path: string): Promise<boolean> {
    const info = statOf(path);
    if (info === undefined) return false;
    if (info.isFile()) return isFootballTxtFile(path);
    if (!info.isDirectory()) return false;
    return txtFiles(path).some(isFootballTxtFile);
  },

  async inputFiles(path: string): Promise<string[]> {
    const info = statOf(path);
    if (info === undefined) return [];
    return info.isDirectory() ? txtFiles(path) : [path];
  },

  async read(path: string, onProgress?: ProgressListener): Promise<SourceBatch> {
    const info = statOf(path);
    if (info === undefined) throw new UsageError(`${path}: no such file or folder`);
    const files = info.isDirectory() ? txtFiles(path) : [path];
    const inputs: SourceInput[] = [];
    const matches: IncomingMatch[] = [];
    const notices: SourceNotice[] = [];
    const pointsDeductions: IncomingPointsDeduction[] = [];
    const orders = new StageOrders();
    let done = 0;
    for (const file of files) {
      const bytes = readBytes(file);
      const text = bytes.toString('utf8');
      done += 1;
      if (!looksLikeFootballTxt(text)) {
        if (!info.isDirectory()) throw new UsageError(`${file}: not a Football.TXT file (no "= Competition Season" header)`);
        notices.push({ sourceKey: sourceKeyOf(file, 1), file, line: 1, message: 'skipped: not a Football.TXT file' });
        onProgress?.({ file, done, total: files.length });
        continue;
      }
      const parsed = parseFootballTxt(text, file);
      inputs.push({ file, sha256: sha256(bytes), rows: text.split(/\r?\n/).filter((l) => l.trim() !== '').length });
      for (const { line, match } of parsed.matches) {
        matches.push({ sourceKey: sourceKeyOf(file, line), file, line, match: orders.renumber(match) });
      }
      for (const d of datedDeductions(text, parsed.matches)) pointsDeductions.push({ ...d, sourceKey: sourceKeyOf(file, d.line), file });
      for (const { line, message } of parsed.notices) notices.push({ sourceKey: sourceKeyOf(file, line), file, line, message });
      onProgress?.({ file, done, total: files.length });
    }
    return { ...emptyBatch(FORMAT, path), inputs, matches, notices, pointsDeductions };
  },
};

