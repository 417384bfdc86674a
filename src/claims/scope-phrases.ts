// The phrases that say where and when a claim holds: "at the 1958 World Cup", "in the Champions
// League", "away from home", "in a knockout tie", "in a World Cup final", "as of 2006".
import type { StageScope, Venue } from '../records/definitions/vocabulary.js';
import type { ClaimCompetition, ClaimScope, TimePoint } from './claim.js';
import type { Sentence } from './sentence.js';
import { editionStartYear } from './words.js';

interface CompetitionWords {
  readonly pattern: string;
  readonly competition: Omit<ClaimCompetition, 'said'>;
}

/** Competitions as people name them, most specific first. */
const COMPETITIONS: readonly CompetitionWords[] = [
  { pattern: "(?:fifa\\s+)?women'?s\\s+world\\s+cups?", competition: { family: 'fifa-world-cup', sex: 'women', sexSaid: true } },
  { pattern: "(?:fifa\\s+)?men'?s\\s+world\\s+cups?", competition: { family: 'fifa-world-cup', sex: 'men', sexSaid: true } },
  { pattern: 'fifa\\s+world\\s+cups?|world\\s+cups?', competition: { family: 'fifa-world-cup', sex: 'men', sexSaid: false } },
  { pattern: '(?:uefa\\s+)?champions\\s+league|european\\s+cup', competition: { family: 'uefa-club', sex: 'men', sexSaid: false, name: 'UEFA Champions League' } },
  { pattern: '(?:uefa\\s+)?europa\\s+league', competition: { family: 'uefa-club', sex: 'men', sexSaid: false, name: 'UEFA Europa League' } },
  { pattern: '(?:uefa\\s+)?(?:europa\\s+)?conference\\s+league', competition: { family: 'uefa-club', sex: 'men', sexSaid: false, name: 'UEFA Conference League' } },
  { pattern: "men'?s\\s+international\\s+football|international\\s+football|men'?s\\s+internationals|internationals|international", competition: { family: 'international', sex: 'men', sexSaid: false } },
];

/** A regex fragment matching any competition name people use. */
export const COMPETITION_ALTERNATIVES = COMPETITIONS.map((c) => `(?:${c.pattern})`).join('|');

/** The competition a name denotes: "World Cup", "Women's World Cup", "Champions League". */
export function competitionOf(said: string): ClaimCompetition | undefined {
  for (const c of COMPETITIONS) if (new RegExp(`^(?:${c.pattern})$`, 'i').test(said.trim())) return { ...c.competition, said: said.trim() };
  return undefined;
}

const SEASON = '\\d{4}(?:\\s*[-/]\\s*\\d{2,4})?';

const STAGE_WORDS: readonly [RegExp, readonly StageScope[]][] = [
  [/^semi-?\s?finals?$/i, ['semi_final']],
  [/^quarter-?\s?finals?$/i, ['quarter_final']],
  [/^finals?$/i, ['final']],
  [/^(?:round of 16|last[- ]16)$/i, ['round_of_16']],
  [/^group/i, ['group']],
  [/^knock-?out/i, ['knockout']],
];

function stagesOf(said: string): readonly StageScope[] | undefined {
  for (const [pattern, stages] of STAGE_WORDS) if (pattern.test(said.trim())) return stages;
  return undefined;
}

export interface ScopeReading {
  readonly scope: ClaimScope;
  readonly time: TimePoint;
  /** "in the competition": refers back to a competition named elsewhere. */
  readonly competitionReferred: boolean;
  /** Scope phrases that contradict another ("at the World Cup … in the Champions League"). */
  readonly conflicts: readonly string[];
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Takes every scope and time phrase out of the sentence.
 *
 * @example readScope(new Sentence('Just Fontaine scored 13 goals at the 1958 World Cup')).scope.edition // { year: 1958, said: '1958' }
 */
export function readScope(sentence: Sentence): ScopeReading {
  let competition: ClaimCompetition | undefined;
  let edition: ClaimScope['edition'];
  let stages: readonly StageScope[] | undefined;
  let venue: Venue | undefined;
  let per: ClaimScope['per'];
  let time: TimePoint = { kind: 'now' };
  let competitionReferred = false;
  const conflicts: string[] = [];

  const setEdition = (said: string | undefined): void => {
    if (!said) return;
    const year = editionStartYear(said);
    if (year !== undefined) edition = { year, said: said.replace(/\s+/g, '') };
  };

  // Time first: "as of 2006", "before 2014-07-08", a leading "In 2014,".
  const lead = sentence.take(/^\s*(?:in|by)\s+(\d{4}),\s*/i);
  if (lead?.[1]) time = { kind: 'before', date: `${Number(lead[1]) + 1}-01-01`, said: lead[0].trim().replace(/,$/, '') };
  const at = sentence.take(/\s(as of|as at|before|by|until|up to|by the end of)\s+(\d{4}-\d{2}-\d{2}|\d{4})\b/i);
  if (at?.[1] && at[2]) {
    const word = at[1].toLowerCase();
    const day = at[2];
    const date = day.length === 4 ? (word === 'before' ? `${day}-01-01` : `${Number(day) + 1}-01-01`) : word === 'before' ? day : nextDay(day);
    time = { kind: 'before', date, said: at[0].trim() };
  }

  // One match: "in a single World Cup match", "in a Champions League game".
  const oneMatch = sentence.take(new RegExp(`\\s(?:in|during)\\s+(?:a\\s+single|one|a|an)\\s+(?:(${COMPETITION_ALTERNATIVES})\\s+)?(?:match|game)(?=[\\s,.;]|$)`, 'i'));
  if (oneMatch) {
    per = 'match';
    if (oneMatch[1]) competition = competitionOf(oneMatch[1]);
  }

  // A stage with or without a competition: "in a World Cup final", "in a knockout tie of the Champions League".
  const stage = sentence.take(
    new RegExp(
      `\\s(?:in|at|of|during)\\s+(?:a|an|the)\\s+(?:(${SEASON})\\s+)?(?:(${COMPETITION_ALTERNATIVES})\\s+)?(?:(${SEASON})\\s+)?` +
        `(semi-?\\s?finals?|quarter-?\\s?finals?|final(?![a-z])|round of 16|last[- ]16|group (?:stage|phase|match|game)s?|knock-?out (?:tie|match|game|stage|round|phase)s?)` +
        `(?:\\s+of\\s+the\\s+(?:(${SEASON})\\s+)?(${COMPETITION_ALTERNATIVES}|competition))?(?=[\\s,.;]|$)`,
      'i',
    ),
  );
  if (stage) {
    stages = stagesOf(stage[4] ?? '');
    setEdition(stage[1] ?? stage[3] ?? stage[5]);
    const comp = stage[2] ?? (stage[6] && stage[6].toLowerCase() !== 'competition' ? stage[6] : undefined);
    if (comp) competition = competitionOf(comp);
    if (stage[6]?.toLowerCase() === 'competition') competitionReferred = true;
  }

  // The competition, with an edition before or after it: "at the 1958 World Cup", "in the 2020-21 Champions League".
  const competitionPattern = new RegExp(
    `\\s(?:(?:at|in|during|of|for|from|across)\\s+(?:(?:a|an|the|any)\\s+)?(?:(single|one)\\s+)?|(?:a|an|the|any)\\s+)?(?:(${SEASON})\\s+)?(${COMPETITION_ALTERNATIVES})('s?)?` +
        `(?:\\s+(${SEASON})(?:\\s+season)?)?(?:\\s+(history|finals|tournament|campaign|season))?(?=[\\s,.;]|$)`,
    'i',
  );
  // A competition may be named twice ("their first World Cup match … at the 2022 World Cup"); a second, different one is not understood.
  for (let comp = sentence.take(competitionPattern); comp?.[3]; comp = sentence.take(competitionPattern)) {
    const named = competitionOf(comp[3]);
    if (named && competition && (named.family !== competition.family || named.sex !== competition.sex || named.name !== competition.name)) {
      conflicts.push(comp[0].trim());
      continue;
    }
    competition = named ?? competition;
    if (comp[1]) per = 'edition';
    setEdition(comp[2] ?? comp[5]);
  }
  // "in the competition" / "at the tournament" refer back to a competition.
  if (sentence.take(/\s(?:in|at)\s+the\s+(?:competition|tournament)(?=[\s,.;]|$)/i)) competitionReferred = true;

  // A season named on its own: "in 2020-21", "in the 2020/21 season".
  if (!edition) {
    const season = sentence.take(/\s(?:in|during)\s+(?:the\s+)?(\d{4}\s*[-/]\s*\d{2,4})(?:\s+season)?(?=[\s,.;]|$)/i);
    setEdition(season?.[1]);
  }
  // "in 1958" with a World Cup: the edition of that year; otherwise the book as it stood at the end of that year.
  if (!edition) {
    const year = sentence.take(/\s(?:in|at)\s+(\d{4})(?=[\s,.;]|$)/i);
    if (year?.[1]) {
      if (competition?.family === 'fifa-world-cup') setEdition(year[1]);
      else if (time.kind === 'now') time = { kind: 'before', date: `${Number(year[1]) + 1}-01-01`, said: year[0].trim() };
    }
  }

  if (sentence.take(/\s(?:away from home|on the road|in an away (?:match|game|leg|tie))(?=[\s,.;]|$)/i)) venue = 'away';
  else if (sentence.take(/\s(?:at home|in a home (?:match|game|leg|tie))(?=[\s,.;]|$)/i)) venue = 'home';
  else if (sentence.take(/\s(?:on neutral ground|at a neutral venue)(?=[\s,.;]|$)/i)) venue = 'neutral';

  if (sentence.take(/\s(?:in|during)\s+(?:a\s+single|one|a)\s+(?:match|game)(?=[\s,.;]|$)/i)) per = 'match';
  if (sentence.take(/\s(?:in|at|during)\s+(?:a\s+single|one)\s+(?:tournament|edition|season)(?=[\s,.;]|$)/i)) per = 'edition';

  const scope: ClaimScope = {
    ...(competition ? { competition } : {}),
    ...(edition ? { edition } : {}),
    ...(venue ? { venue } : {}),
    ...(stages ? { stages } : {}),
    ...(per ? { per } : {}),
  };
  return { scope, time, competitionReferred, conflicts };
}
