// The main clause of a claim once scope and time phrases are out: who, and what is said of them —
// "X is the oldest player to …", "X is just the fourth player to …", "X became the first … since
// 1966", "X's first appearance", "X won 8-4 on aggregate", "X scored 13 goals".
import type { ClaimAction, Relation, TeamResultField, TeamTallyField } from './claim.js';
import { actionOfNoun, readAction } from './action-phrases.js';
import { EVERYONE_ELSE, NUMBER, ORDINAL, parseNumber, parseOrdinal } from './words.js';

export interface RelationReading {
  readonly subject: string;
  readonly relation: Relation;
  /** Clauses said with it: "…, the club's first appearance in the competition". */
  readonly also?: readonly Relation[];
  /** Words of the clause it did not account for. */
  readonly rest: string;
}

const SUBJECT = '(?<subject>[^,]+?)';
const COPULA = '(?<cop>is|was|are|were|became|become|becomes|has become|have become|had become|remains|remained|is now|are now|stands as|will become)';
const PLAYER_NOUNS = 'player|man|woman|footballer|(?:goal[- ]?)?scorer|hat-?\\s?trick scorer|goalscorer';
const TEAM_NOUNS = 'team|club|side|nation|country';
const WON = 'won|beat|defeated|overcame|knocked out|eliminated|saw off|edged|edged past|got past|went through against|progressed past';
const LOST = 'lost|went out|were knocked out|were eliminated|was knocked out|was eliminated|crashed out';

type Reader = (text: string) => RelationReading | { readonly subject: string; readonly failed: string } | undefined;

function everOf(cop: string | undefined): boolean {
  return cop !== undefined && /^(was|were|became|become|becomes|has become|have become|had become|remained|will become)$/i.test(cop);
}

function actionOrFail(text: string | undefined, who: 'player' | 'team', noun: string | undefined): { action: ClaimAction; rest: string } | { failed: string } {
  if (text) {
    const read = readAction(text, who);
    return read ?? { failed: `to ${text}` };
  }
  const implied = noun ? actionOfNoun(noun) : undefined;
  if (implied) return { action: implied, rest: '' };
  if (who === 'player' && noun) return { action: { unit: 'player-match', requires: ['lineups'], said: 'play' }, rest: '' };
  return { failed: noun ?? 'what the record is of' };
}

const readSuperlative: Reader = (text) => {
  const m = new RegExp(
    `^${SUBJECT}\\s+${COPULA}\\s+(?:now\\s+)?(?:(?:just|only)\\s+)?(?:the\\s+)?(?:(?<place>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ]?)?` +
      `(?<dir>oldest|youngest)\\s+(?:ever\\s+)?(?<noun>${PLAYER_NOUNS})?(?:\\s+ever)?(?:\\s+to\\s+(?<action>.+)|\\s+(?<rest>.+))?$`,
    'i',
  ).exec(text);
  const g = m?.groups;
  if (!g?.subject || !g.dir) return undefined;
  const read = actionOrFail(g.action, 'player', g.noun);
  if ('failed' in read) return { subject: g.subject, failed: read.failed };
  const place = g.place ? (parseOrdinal(g.place) ?? 1) : 1;
  const relation: Relation = { kind: 'superlative', direction: g.dir.toLowerCase() === 'oldest' ? 'oldest' : 'youngest', place, ever: everOf(g.cop), action: read.action };
  return { subject: g.subject, relation, rest: [read.rest, g.rest ?? ''].join(' ').trim() };
};

const readMostGoals: Reader = (text) => {
  const forms: readonly [RegExp, boolean | 'cop'][] = [
    [new RegExp(`^${SUBJECT}\\s+${COPULA}\\s+(?:now\\s+)?(?:the\\s+)?(?:all-time\\s+)?(?:leading|top|record|highest|most prolific|best|all-time)\\s+(?:goal[- ]?)?scorer(?:\\s+ever)?(?<rest>.*)$`, 'i'), 'cop'],
    [new RegExp(`^${SUBJECT}\\s+(?:has\\s+|have\\s+)?(?:scored|netted)\\s+the\\s+most\\s+goals(?:\\s+ever)?(?<rest>.*)$`, 'i'), false],
    [new RegExp(`^${SUBJECT}\\s+(?:holds|hold|owns)\\s+the\\s+record\\s+for\\s+(?:the\\s+)?most\\s+goals(?:\\s+scored)?(?<rest>.*)$`, 'i'), false],
    [new RegExp(`^${SUBJECT}\\s+(?:set|broke|held|took)\\s+the\\s+record\\s+for\\s+(?:the\\s+)?most\\s+goals(?:\\s+scored)?(?<rest>.*)$`, 'i'), true],
  ];
  for (const [pattern, ever] of forms) {
    const g = pattern.exec(text)?.groups;
    if (!g?.subject) continue;
    const relation: Relation = {
      kind: 'superlative',
      direction: 'most',
      place: 1,
      ever: ever === 'cop' ? everOf(g.cop) : ever,
      measure: 'goals',
      action: { unit: 'player-match', said: 'goals' },
    };
    return { subject: g.subject, relation, rest: (g.rest ?? '').trim() };
  }
  return undefined;
};

const readFastest: Reader = (text) => {
  const g = new RegExp(`^${SUBJECT}\\s+(?:scored|netted|holds the record for)\\s+the\\s+(?:fastest|quickest|earliest)\\s+goal(?:\\s+ever)?(?<rest>.*)$`, 'i').exec(text)?.groups;
  if (!g?.subject) return undefined;
  return { subject: g.subject, relation: { kind: 'superlative', direction: 'fastest', place: 1, ever: false, action: { unit: 'goal', said: 'goal' } }, rest: (g.rest ?? '').trim() };
};

const readOrdinal: Reader = (text) => {
  const g = new RegExp(
    `^${SUBJECT}\\s+${COPULA}\\s+(?:(?:just|only)\\s+)?the\\s+(?<nth>${ORDINAL})\\s+(?:(?<pnoun>${PLAYER_NOUNS})|(?<tnoun>${TEAM_NOUNS}))\\s+(?:ever\\s+)?to\\s+(?<action>.+?)` +
      `(?:\\s+since\\s+(?:(?<sinceName>[^\\d]+?)\\s+(?:in|at the)\\s+)?(?<since>\\d{4})(?:\\s+World Cup)?)?$`,
    'i',
  ).exec(text)?.groups;
  if (!g?.subject || !g.nth || !g.action) return undefined;
  const n = parseOrdinal(g.nth);
  if (n === undefined) return { subject: g.subject, failed: g.nth };
  const who = g.tnoun ? 'team' : 'player';
  const read = readAction(g.action, who);
  if (!read) return { subject: g.subject, failed: `to ${g.action}` };
  if (g.since) {
    if (n !== 1) return { subject: g.subject, failed: `the ${g.nth} … since ${g.since}` };
    const relation: Relation = { kind: 'first-since', since: Number(g.since), ...(g.sinceName ? { sinceName: g.sinceName } : {}), own: false, who, action: read.action };
    return { subject: g.subject, relation, rest: read.rest };
  }
  return { subject: g.subject, relation: { kind: 'ordinal', n, who, action: read.action }, rest: read.rest };
};

const readOwnFirstSince: Reader = (text) => {
  const forms = [
    new RegExp(`^${SUBJECT}(?:'s|')\\s+first\\s+(?:ever\\s+)?(?<what>win|victory)\\s+since\\s+(?<since>\\d{4})(?<rest>.*)$`, 'i'),
    new RegExp(`^${SUBJECT}\\s+(?:won|claimed|recorded|earned|secured|celebrated)\\s+(?:their|its|his|her)\\s+first\\s+(?:(?:match|game|win|victory)\\s+)?(?:win\\s+)?since\\s+(?<since>\\d{4})(?<rest>.*)$`, 'i'),
    new RegExp(`^${SUBJECT}\\s+won\\s+(?:a\\s+)?(?:(?:match|game)\\s+)?for\\s+the\\s+first\\s+time\\s+since\\s+(?<since>\\d{4})(?<rest>.*)$`, 'i'),
  ];
  for (const pattern of forms) {
    const g = pattern.exec(text)?.groups;
    if (!g?.subject || !g.since) continue;
    const relation: Relation = { kind: 'first-since', since: Number(g.since), own: true, who: 'team', action: { unit: 'team-match', predicate: { field: 'result', op: '=', value: 'win' }, said: 'win' } };
    return { subject: g.subject, relation, rest: (g.rest ?? '').trim() };
  }
  return undefined;
};

const FIRST_APPEARANCE = "first\\s+(?:ever\\s+)?(?:appearance|participation)";
const WHOSE = "(?:the\\s+(?:club|team|country|nation|side)'s|their|its|his|her|[^,]+?'s?)";

const readFirstAppearance: Reader = (text) => {
  const forms = [
    new RegExp(`^${SUBJECT}(?:'s|')?(?:\\s+(?:campaign|season|match|game|appearance|participation|debut))?\\s+(?:is|was|marks|marked|will be|represents|represented)\\s+${WHOSE}\\s+${FIRST_APPEARANCE}(?<rest>.*)$`, 'i'),
    new RegExp(`^${SUBJECT}\\s+(?:made|make|makes|are making|is making|were making|was making)\\s+(?:their|its|his|her)\\s+(?:${FIRST_APPEARANCE}|debut)(?<rest>.*)$`, 'i'),
    new RegExp(`^${SUBJECT}(?:'s|')\\s+${FIRST_APPEARANCE}(?<rest>.*)$`, 'i'),
    new RegExp(`^${SUBJECT}\\s+(?:played|appeared)\\s+for\\s+the\\s+first\\s+time(?<rest>.*)$`, 'i'),
  ];
  for (const pattern of forms) {
    const g = pattern.exec(text)?.groups;
    if (g?.subject) return { subject: g.subject, relation: { kind: 'first-appearance' }, rest: (g.rest ?? '').trim() };
  }
  return undefined;
};

function goals(a: string | undefined, b: string | undefined): readonly [number, number] | undefined {
  const x = parseNumber(a ?? '');
  const y = parseNumber(b ?? '');
  return x === undefined || y === undefined ? undefined : [x, y];
}

const readAggregate: Reader = (text) => {
  const won = new RegExp(`^${SUBJECT}\\s+(?:${WON})\\s+(?:(?<opp>.+?)\\s+)?(?<a>\\d+)\\s*-\\s*(?<b>\\d+)\\s+on\\s+aggregate(?:\\s+(?:against|over|versus|v)\\s+(?<opp2>.+?))?(?<rest>\\s+after extra time|\\s+on away goals)?$`, 'i').exec(text)?.groups;
  const lost = won ? undefined : new RegExp(`^${SUBJECT}\\s+(?:${LOST})\\s+(?:(?:to|against|by)\\s+(?<opp>.+?)\\s+)?(?<a>\\d+)\\s*-\\s*(?<b>\\d+)\\s+on\\s+aggregate(?:\\s+(?:to|against|by)\\s+(?<opp2>.+?))?(?<rest>\\s+after extra time|\\s+on away goals)?$`, 'i').exec(text)?.groups;
  const g = won ?? lost;
  const score = goals(g?.a, g?.b);
  if (!g?.subject || !score) return undefined;
  const opponent = g.opp ?? g.opp2;
  const relation: Relation = { kind: 'aggregate', winner: won !== undefined, goals: score, ...(opponent ? { opponent } : {}) };
  return { subject: g.subject, relation, rest: (g.rest ?? '').trim() };
};

const DECIDED = '(?<decided>\\s+after extra[- ]time|\\s+a\\.?e\\.?t\\.?|\\s+(?:on|via)\\s+penalties|\\s+(?:in|on)\\s+a\\s+(?:penalty\\s+)?shoot-?out|\\s+on\\s+penalty\\s+kicks|\\s+in\\s+(?:normal|regular|regulation)\\s+time|\\s+inside\\s+90\\s+minutes)';
const ON_DATE = '(?:\\s+on\\s+(?<date>\\d{4}-\\d{2}-\\d{2}))';
const RESULT_VERB = '(?<verb>beat|defeated|thrashed|edged|edged past|overcame|drew with|drew against|drew|lost to|were beaten by|was beaten by)';

function decidedOf(said: string | undefined): Extract<Relation, { kind: 'result' }>['decided'] {
  if (!said) return undefined;
  if (/extra|a\.?e\.?t/i.test(said)) return 'extra-time';
  if (/penalt|shoot/i.test(said)) return 'penalties';
  return 'normal-time';
}

function outcomeOf(verb: string): 'win' | 'draw' | 'loss' {
  const v = verb.toLowerCase();
  return v.startsWith('drew') ? 'draw' : v.startsWith('lost') || v.includes('beaten') ? 'loss' : 'win';
}

const readResult: Reader = (text) => {
  const g = new RegExp(`^${SUBJECT}\\s+${RESULT_VERB}\\s+(?<opp>.+?)\\s+(?<a>\\d+)\\s*-\\s*(?<b>\\d+)${DECIDED}?${ON_DATE}?(?:\\s*,?\\s+(?:in\\s+)?(?:what was\\s+)?(?<first>${WHOSE}\\s+${FIRST_APPEARANCE}))?(?<rest>.*)$`, 'i').exec(text)?.groups;
  const score = goals(g?.a, g?.b);
  if (g?.subject && g.verb && g.opp && score) {
    const decided = decidedOf(g.decided);
    const relation: Relation = { kind: 'result', outcome: outcomeOf(g.verb), goals: score, opponent: g.opp, ...(decided ? { decided } : {}), ...(g.date ? { date: g.date } : {}) };
    return { subject: g.subject, relation, ...(g.first ? { also: [{ kind: 'first-appearance' } as const] } : {}), rest: (g.rest ?? '').trim() };
  }
  // Without a score: "Italy beat France on penalties", "Spain beat the Netherlands", "… on 1974-06-18".
  const bare = new RegExp(`^${SUBJECT}\\s+${RESULT_VERB}\\s+(?<opp>[^\\d,]+?)${DECIDED}?${ON_DATE}?$`, 'i').exec(text)?.groups;
  if (!bare?.subject || !bare.verb || !bare.opp) return undefined;
  const decided = decidedOf(bare.decided);
  const relation: Relation = { kind: 'result', outcome: outcomeOf(bare.verb), opponent: bare.opp, ...(decided ? { decided } : {}), ...(bare.date ? { date: bare.date } : {}) };
  return { subject: bare.subject, relation, rest: '' };
};

const HAVE = '(?:(?:has|have|had)\\s+)?(?:now\\s+)?';

/** "Italy have won the title four times" (the World Cup taken out as scope), "… played in eight finals", "… appeared at 17 tournaments". */
const readTeamTally: Reader = (text) => {
  const forms: readonly [RegExp, TeamTallyField][] = [
    [new RegExp(`^${SUBJECT}\\s+${HAVE}(?:won|claimed|lifted)\\s+the\\s+title\\s+(?<n>${NUMBER})\\s+times?$`, 'i'), 'titles'],
    [new RegExp(`^${SUBJECT}\\s+${HAVE}(?:played in|appeared in|reached|contested|made)\\s+(?<n>${NUMBER})\\s+finals$`, 'i'), 'finals'],
    [new RegExp(`^${SUBJECT}\\s+${HAVE}appeared\\s+(?<n>${NUMBER})\\s+times$`, 'i'), 'editions'],
  ];
  for (const [pattern, field] of forms) {
    const g = pattern.exec(text)?.groups;
    const n = parseNumber(g?.n ?? '');
    if (g?.subject && n !== undefined) return { subject: g.subject, relation: { kind: 'team-tally', field, n }, rest: '' };
  }
  return undefined;
};

const RESULT_NOUNS: Readonly<Record<string, TeamResultField>> = { wins: 'wins', victories: 'wins', draws: 'draws', defeats: 'losses', losses: 'losses', matches: 'matches', games: 'matches' };
const RESULT_VERBS: Readonly<Record<string, TeamResultField>> = { played: 'matches', contested: 'matches', won: 'wins', drawn: 'draws', drew: 'draws', lost: 'losses' };

/**
 * "Brazil won all seven of their matches", "… every match", "Italy drew each of their three games"
 * (the competition taken out as scope): read before a result, whose opponent it would otherwise be.
 */
const readEveryResult: Reader = (text) => {
  const every = new RegExp(
    `^${SUBJECT}\\s+${HAVE}(?<verb>won|drawn|drew|lost)\\s+(?:(?:all|each|every one)(?:\\s+(?<n>${NUMBER}))?(?:\\s+of)?(?:\\s+(?:their|its|his|her|the))?(?:\\s+(?<m>${NUMBER}))?|every)\\s+(?:matches|games|match|game)$`,
    'i',
  ).exec(text)?.groups;
  const field = every?.verb ? RESULT_VERBS[every.verb.toLowerCase()] : undefined;
  if (!every?.subject || !field) return undefined;
  const said = every.n ?? every.m;
  const n = said === undefined ? undefined : parseNumber(said);
  if (said !== undefined && n === undefined) return undefined;
  return { subject: every.subject, relation: { kind: 'team-results', field, n, all: true }, rest: '' };
};

/**
 * "Brazil have played more matches than Germany", "… won more games than any other team", "Brazil
 * have played the most matches" (the competition taken out as scope).
 */
const readTeamResultsRank: Reader = (text) => {
  const than = new RegExp(`^${SUBJECT}\\s+${HAVE}(?<verb>played|contested|won|drawn|drew|lost)\\s+(?<dir>more|fewer)\\s+(?:matches|games)\\s+than\\s+(?<other>.+)$`, 'i').exec(text)?.groups;
  const most = new RegExp(`^${SUBJECT}\\s+${HAVE}(?<verb>played|contested|won|drawn|drew|lost)\\s+(?:the\\s+)?(?<dir>most|fewest)\\s+(?:matches|games)$`, 'i').exec(text)?.groups;
  const found = than ?? most;
  const field = found?.verb ? RESULT_VERBS[found.verb.toLowerCase()] : undefined;
  if (!found?.subject || !field || !found.dir) return undefined;
  const direction = /^(?:more|most)$/i.test(found.dir) ? 'more' : 'fewer';
  if (most) return { subject: found.subject, relation: { kind: 'team-results-rank', field, direction, other: undefined, orLevel: true }, rest: '' };
  const other = (than?.other ?? '').replace(/\s+(?:did|has|have|had)$/i, '').trim();
  return { subject: found.subject, relation: { kind: 'team-results-rank', field, direction, other: EVERYONE_ELSE.test(other) ? undefined : other }, rest: '' };
};

/** "Brazil have played 114 matches", "Germany have lost 22 games", "Brazil have 76 wins" (the competition taken out as scope). */
const readTeamResults: Reader = (text) => {
  const verb = new RegExp(`^${SUBJECT}\\s+${HAVE}(?<verb>played|contested|won|drawn|drew|lost)\\s+(?:a\\s+total\\s+of\\s+|exactly\\s+)?(?<n>${NUMBER})\\s+(?:matches|games)(?:\\s+in\\s+total)?$`, 'i').exec(text)?.groups;
  const noun = new RegExp(`^${SUBJECT}\\s+(?:has|have|had)\\s+(?:now\\s+)?(?:recorded\\s+|registered\\s+|suffered\\s+|a\\s+total\\s+of\\s+)?(?<n>${NUMBER})\\s+(?<noun>wins|victories|draws|defeats|losses|matches|games)(?:\\s+in\\s+total)?$`, 'i').exec(text)?.groups;
  const found = verb ?? noun;
  const field = verb?.verb ? RESULT_VERBS[verb.verb.toLowerCase()] : noun?.noun ? RESULT_NOUNS[noun.noun.toLowerCase()] : undefined;
  const n = parseNumber(found?.n ?? '');
  if (!found?.subject || !field || n === undefined) return undefined;
  return { subject: found.subject, relation: { kind: 'team-results', field, n }, rest: '' };
};

interface Achievement {
  readonly measure: 'goals' | TeamTallyField;
  readonly atLeast: number;
  readonly perMatch?: boolean;
}

/** What "the only player to …" and "no team has …" say was reached: goals, a hat-trick, titles, finals. */
function achievementOf(action: string): Achievement | undefined {
  const a = action.trim();
  const more = /^(?:score|scored|net|netted|have scored|win|won|have won)\s+(?:the\s+title\s+)?more\s+than\s+/i.test(a);
  const goalsN = new RegExp(`^(?:score|scored|net|netted|have scored)\\s+(?:more\\s+than\\s+)?(?<n>${NUMBER})(?:\\s+or\\s+more)?\\s+goals?$`, 'i').exec(a)?.groups;
  if (goalsN?.n !== undefined) {
    const n = parseNumber(goalsN.n);
    return n === undefined ? undefined : { measure: 'goals', atLeast: more ? n + 1 : n };
  }
  if (/^(?:score|scored|net|netted|have scored)\s+(?:a\s+)?(?:hat-?\s?trick|treble)$/i.test(a)) return { measure: 'goals', atLeast: 3, perMatch: true };
  if (/^(?:score|scored|net|netted)\s+(?:twice|a brace)$/i.test(a)) return { measure: 'goals', atLeast: 2, perMatch: true };
  const titles = new RegExp(`^(?:win|won|have won|lift|lifted)\\s+the\\s+title(?:\\s+(?:more\\s+than\\s+)?(?<n>${NUMBER})\\s+times?)?$`, 'i').exec(a)?.groups;
  if (titles) {
    const n = titles.n === undefined ? 1 : parseNumber(titles.n);
    return n === undefined ? undefined : { measure: 'titles', atLeast: more ? n + 1 : n };
  }
  const finals = new RegExp(`^(?:play in|played in|reach|reached)\\s+(?:more\\s+than\\s+)?(?<n>${NUMBER})\\s+finals$`, 'i').exec(a)?.groups;
  if (finals?.n !== undefined) {
    const n = parseNumber(finals.n);
    return n === undefined ? undefined : { measure: 'finals', atLeast: more ? n + 1 : n };
  }
  return undefined;
}

const readOnly: Reader = (text) => {
  const g = new RegExp(`^${SUBJECT}\\s+${COPULA}\\s+(?:the\\s+)?only\\s+(?:(?<pnoun>${PLAYER_NOUNS})|(?<tnoun>${TEAM_NOUNS}))\\s+(?:ever\\s+)?to\\s+(?<action>.+)$`, 'i').exec(text)?.groups;
  if (!g?.subject || !g.action) return undefined;
  const reached = achievementOf(g.action);
  if (!reached) return { subject: g.subject, failed: `the only … to ${g.action}` };
  const who = g.tnoun ? 'team' : 'player';
  return { subject: g.subject, relation: { kind: 'only', who, ...reached }, rest: '' };
};

/** "No player has (ever) scored more than 13 goals", "no team has won the title more than five times". */
const readNobody: Reader = (text) => {
  const g = new RegExp(`^no\\s+(?:other\\s+)?(?:(?<pnoun>${PLAYER_NOUNS}|one)|(?<tnoun>${TEAM_NOUNS}))\\s+(?:has|have|had)?\\s*(?:ever\\s+)?(?<action>.+)$`, 'i').exec(text)?.groups;
  if (!g?.action) return undefined;
  const reached = achievementOf(g.action);
  if (!reached) return { subject: '', failed: `no one … ${g.action}` };
  const who = g.tnoun || reached.measure !== 'goals' ? 'team' : 'player';
  return { subject: '', relation: { kind: 'nobody', who, ...reached }, rest: '' };
};

/** "X scored more goals than Y" (the competition taken out as scope), "X have won the title more times than Y". */
const readCompare: Reader = (text) => {
  const goalsForm = new RegExp(`^${SUBJECT}\\s+${HAVE}(?:scored|netted)\\s+(?<dir>more|fewer|less)\\s+goals\\s+than\\s+(?<other>.+)$`, 'i').exec(text)?.groups;
  if (goalsForm?.subject && goalsForm.dir && goalsForm.other) {
    return { subject: goalsForm.subject, relation: { kind: 'compare', measure: 'goals', direction: goalsForm.dir.toLowerCase() === 'more' ? 'more' : 'fewer', other: goalsForm.other.replace(/\s+(?:did|has|have|had|managed)$/i, '') }, rest: '' };
  }
  const titleForm = new RegExp(`^${SUBJECT}\\s+${HAVE}(?:won|lifted)\\s+the\\s+title\\s+(?<dir>more|fewer)\\s+times\\s+than\\s+(?<other>.+)$`, 'i').exec(text)?.groups;
  if (titleForm?.subject && titleForm.dir && titleForm.other) {
    return { subject: titleForm.subject, relation: { kind: 'compare', measure: 'titles', direction: titleForm.dir.toLowerCase() === 'more' ? 'more' : 'fewer', other: titleForm.other.replace(/\s+(?:did|has|have|had)$/i, '') }, rest: '' };
  }
  return undefined;
};

/** "X was the top scorer with 13 goals" (the tournament taken out as scope). */
const readTopScorer: Reader = (text) => {
  const g = new RegExp(`^${SUBJECT}\\s+(?:was|were|is|finished as|ended as|became)\\s+(?:the\\s+)?(?:top|leading)\\s+(?:goal[- ]?)?scorer\\s+with\\s+(?<n>${NUMBER})\\s+goals?$`, 'i').exec(text)?.groups;
  const n = parseNumber(g?.n ?? '');
  if (!g?.subject || n === undefined) return undefined;
  return { subject: g.subject, relation: { kind: 'top-scorer', n }, rest: '' };
};

const readCount: Reader = (text) => {
  const g = new RegExp(
    `^${SUBJECT}\\s+(?:has\\s+|had\\s+|have\\s+)?(?:now\\s+)?(?:scored|netted|hit|got|bagged|has|had|have|finished with|ended with)\\s+(?:a\\s+total\\s+of\\s+|a\\s+record\\s+|exactly\\s+)?(?<n>${NUMBER})\\s+goals?(?:\\s+in\\s+total)?(?<rest>.*)$`,
    'i',
  ).exec(text)?.groups;
  const n = parseNumber(g?.n ?? '');
  if (!g?.subject || n === undefined) return undefined;
  return { subject: g.subject, relation: { kind: 'count', n, what: 'goals' }, rest: (g.rest ?? '').trim() };
};

const readHatTrick: Reader = (text) => {
  const g = new RegExp(`^${SUBJECT}\\s+(?:has\\s+|had\\s+)?(?:scored|netted|hit|got|bagged)\\s+(?:a\\s+)?(?:hat-?\\s?trick|treble)(?<rest>.*)$`, 'i').exec(text)?.groups;
  if (!g?.subject) return undefined;
  return { subject: g.subject, relation: { kind: 'count', n: 3, atLeast: true, what: 'goals' }, rest: (g.rest ?? '').trim() };
};

/** Readers in order: the more specific shapes first. */
const READERS: readonly Reader[] = [readNobody, readAggregate, readEveryResult, readTeamResultsRank, readResult, readTeamTally, readTeamResults, readOnly, readCompare, readTopScorer, readFirstAppearance, readOwnFirstSince, readOrdinal, readSuperlative, readMostGoals, readFastest, readHatTrick, readCount];

/**
 * The main clause: the first reader that recognises the sentence's shape. A shape recognised with
 * an unknown part (an action it cannot read) is reported as such.
 *
 * @example readRelation('Pelé is the youngest player to score')?.relation.kind // 'superlative'
 */
export function readRelation(text: string): RelationReading | { readonly subject?: string; readonly failed: string } {
  let failure: { subject: string; failed: string } | undefined;
  for (const read of READERS) {
    const found = read(text);
    if (!found) continue;
    if ('failed' in found) {
      failure ??= found;
      continue;
    }
    return found;
  }
  return failure ?? { failed: text };
}
