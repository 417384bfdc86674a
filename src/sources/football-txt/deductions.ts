// Points deductions noted in a Football.TXT file, as RSSSF-derived files write them under a final table:
// `NB: Everton 8 points deducted for financial reasons;` (often inside an HTML comment).
import type { CompetitionRef, EditionRef } from '../../domain/match-data.js';

export interface NotedDeduction {
  readonly line: number;
  readonly team: string;
  readonly points: number;
  /** "for financial reasons", as written; absent when the note gives none. */
  readonly reason?: string;
}

export interface DatedDeduction extends NotedDeduction {
  readonly competition: CompetitionRef;
  readonly edition: EditionRef;
}

// A note starts `NB:` / `NB.` / `Note:` / `Note.`; its continuation lines are indented.
const NOTE_START = /^\s*(?:<!--\s*)?(?:NB|N\.B\.|Notes?)\s*[:.]\s*/i;
const COMMENT_END = /-->/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15 };
const POINTS = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\s+pts?\.?|(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\s+points?`;
// `Everton 8 points deducted for …`, `Everton deducted 8 points for …`, `8 points deducted from Everton for …`.
const TEAM_FIRST = new RegExp(String.raw`^(?<team>\p{Lu}[\p{L}\d .&'’()-]*?)\s+(?:had\s+)?(?<points>${POINTS})\s+deducted\b\s*(?<reason>.*)$`, 'iu');
const TEAM_THEN_VERB = new RegExp(String.raw`^(?<team>\p{Lu}[\p{L}\d .&'’()-]*?)\s+(?:were\s+|was\s+)?deducted\s+(?<points>${POINTS})\s*(?<reason>.*)$`, 'iu');
const POINTS_FIRST = new RegExp(String.raw`^(?<points>${POINTS})\s+deducted\s+from\s+(?<team>\p{Lu}[\p{L}\d .&'’()-]*?)(?:\s+(?<reason>(?:for|due|after|because)\b.*))?$`, 'iu');

function pointsOf(written: string): number | undefined {
  const word = /^(\d{1,3}|[a-z]+)/i.exec(written.trim())?.[1]?.toLowerCase();
  if (word === undefined) return undefined;
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** One clause of a note ("Everton 8 points deducted for financial reasons") as a deduction, if it is one. */
export function deductionIn(clause: string, line: number): NotedDeduction | undefined {
  const text = clause.trim().replace(/\s+/g, ' ').replace(/[.;,]+$/, '');
  for (const pattern of [TEAM_FIRST, TEAM_THEN_VERB, POINTS_FIRST]) {
    const groups = pattern.exec(text)?.groups;
    if (groups?.team === undefined || groups.points === undefined) continue;
    const points = pointsOf(groups.points);
    if (points === undefined || points === 0) continue;
    const reason = groups.reason?.trim();
    return { line, team: groups.team.trim(), points, ...(reason ? { reason } : {}) };
  }
  return undefined;
}

/**
 * Every points deduction the notes of a file state, with the line each is on. A note runs from its
 * `NB:` over the indented lines below it, to a blank line or the end of a comment; its clauses are
 * separated by `;`.
 *
 * @example readDeductionNotes('NB: Everton 8 points deducted for financial reasons;\n    Nottingham Forest 4 points deducted  -->')
 * // [{ line: 1, team: 'Everton', points: 8, reason: 'for financial reasons' }, { line: 2, team: 'Nottingham Forest', points: 4 }]
 */
export function readDeductionNotes(text: string): NotedDeduction[] {
  const lines = text.split(/\r?\n/);
  const found: NotedDeduction[] = [];
  let inNote = false;
  let clause = '';
  let clauseLine = 0;
  const flush = () => {
    const deduction = clause.trim() === '' ? undefined : deductionIn(clause, clauseLine);
    if (deduction !== undefined) found.push(deduction);
    clause = '';
  };
  for (const [i, raw] of lines.entries()) {
    const start = NOTE_START.exec(raw);
    const continues = inNote && /^\s+\S/.test(raw) && start === null;
    if (start === null && !continues) {
      if (inNote) flush();
      inNote = false;
      continue;
    }
    if (start !== null) {
      if (inNote) flush();
      inNote = true;
    }
    const body = (start !== null ? raw.slice(start[0].length) : raw).split(COMMENT_END)[0] ?? '';
    const parts = body.split(';');
    for (const [j, part] of parts.entries()) {
      if (clause.trim() === '' && part.trim() !== '') clauseLine = i + 1;
      clause += ` ${part}`;
      if (j < parts.length - 1) flush();
    }
    if (COMMENT_END.test(raw)) {
      flush();
      inNote = false;
    }
  }
  if (inNote) flush();
  return found;
}

/**
 * The deductions of a file, each given the competition and edition of the matches it sits with: the
 * first match below the note (a final table and its notes come before the rounds), else the last above.
 */
export function datedDeductions(
  text: string,
  matches: readonly { readonly line: number; readonly match: { readonly competition: CompetitionRef; readonly edition: EditionRef } }[],
): DatedDeduction[] {
  return readDeductionNotes(text).flatMap((deduction) => {
    const owner = matches.find((m) => m.line > deduction.line) ?? matches[matches.length - 1];
    return owner === undefined ? [] : [{ ...deduction, competition: owner.match.competition, edition: owner.match.edition }];
  });
}
