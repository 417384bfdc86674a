// Match status notes: `[awarded]`, `[cancelled; reason]`, `[postponed: reason]` and the short words
// `n/p`, `abd`, `ppd`, `w/o`, `susp`.
import type { MatchStatus } from '../../domain/vocabulary.js';
import type { Cursor } from './cursor.js';

const WORDS: Readonly<Record<string, MatchStatus>> = {
  'n/p': 'cancelled',
  abd: 'abandoned',
  ppd: 'postponed',
  'w/o': 'awarded',
  susp: 'suspended',
  awarded: 'awarded',
  awd: 'awarded',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  postponed: 'postponed',
  abandoned: 'abandoned',
  suspended: 'suspended',
  scheduled: 'scheduled',
  played: 'played',
};

const SHORT_WORD = /(n\/p|abd|ppd|w\/o|susp|awd)\.?(?=\s|$|\[)/iy;
const BRACKET = /\[([^\]]*)\]/y;

export interface WrittenStatus {
  /** Undefined for a bracketed note that names no status (`[Bury bankrupted]`). */
  readonly status?: MatchStatus;
  readonly note?: string;
}

/** True when a short status word (`n/p`, `abd`, ...) starts at the cursor. */
export function seesStatusWord(cursor: Cursor): boolean {
  return cursor.sees(SHORT_WORD);
}

export function readStatusWord(cursor: Cursor): WrittenStatus | undefined {
  const match = cursor.take(SHORT_WORD);
  if (match === undefined) return undefined;
  return { status: WORDS[match[1]!.toLowerCase()]! };
}

/**
 * Reads `[status]`, `[status; note]`, `[status: note]` or `[awarded 3-0; note]`; a bracket that
 * names no status is a note.
 */
export function readStatusBracket(cursor: Cursor): WrittenStatus | undefined {
  const pos = cursor.pos;
  if (cursor.text[cursor.pos] !== '[') return undefined;
  const match = cursor.take(BRACKET);
  if (match === undefined) throw cursor.error('expected a closing ] after the status');
  const inner = match[1]!.trim();
  if (inner === '') throw cursor.error('expected a status like [awarded], [cancelled; reason] or a note inside [ ]', pos);
  const split = /^([\p{L}/]+)\.?\s*[;:,]?\s*(.*)$/su.exec(inner);
  const status = split === null ? undefined : WORDS[split[1]!.toLowerCase()];
  if (status === undefined) return { note: inner };
  const note = split![2]!.trim();
  return note === '' ? { status } : { status, note };
}

/** `[cancelled; Austria withdrew]` */
export function formatStatus(status: MatchStatus, note: string | undefined): string {
  return note === undefined ? `[${status}]` : `[${status}; ${note}]`;
}
