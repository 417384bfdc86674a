// The words of an answer: a record, a scope and an entry as a desk writes them, and the parsed
// claim as plain readable JSON.
import type { StageScope } from '../records/definitions/vocabulary.js';
import type { RecordEntry } from '../records/engine/fact.js';
import type { Claim, ClaimAction, ClaimScope, Relation } from './claim.js';

const STAGE_WORDS: Partial<Record<StageScope, string>> = {
  final: 'in a final',
  semi_final: 'in a semi-final',
  quarter_final: 'in a quarter-final',
  round_of_16: 'in the round of 16',
  group: 'in the group stage',
  knockout: 'in a knockout match',
};

/** "at the FIFA World Cup", "in the UEFA Champions League", "in men's international football". */
export function competitionPhrase(label: string, edition?: string): string {
  if (/world cup/i.test(label)) return edition ? `at the ${edition} ${label}` : `at the ${label}`;
  if (/international/i.test(label)) return edition ? `in ${edition} in ${label}` : `in ${label}`;
  return edition ? `in the ${edition} ${label}` : `in the ${label}`;
}

/** Where the record is kept, in words: "away from home in the UEFA Champions League". */
export function scopePhrase(scope: ClaimScope, label: string, edition?: string): string {
  const parts: string[] = [];
  if (scope.venue === 'away') parts.push('away from home');
  else if (scope.venue === 'home') parts.push('at home');
  else if (scope.venue === 'neutral') parts.push('on neutral ground');
  for (const stage of scope.stages ?? []) parts.push(STAGE_WORDS[stage] ?? `in the ${stage.replaceAll('_', ' ')}`);
  parts.push(competitionPhrase(label, edition ?? scope.edition?.said));
  return parts.join(' ');
}

/** The action in the infinitive: "score", "score a hat-trick". */
export function actionPhrase(action: ClaimAction): string {
  const said = action.said.toLowerCase();
  if (/hat-?\s?trick/.test(said)) return 'score a hat-trick';
  if (/scorer/.test(said)) return 'score';
  return said.replace(/^scored\b|^scores\b/, 'score').replace(/^netted\b/, 'net').replace(/^played\b/, 'play').replace(/^won\b/, 'win');
}

/** "Roger Milla, 42 years 39 days (Cameroon v Russia, 1994-06-28)". */
export function entryPhrase(entry: RecordEntry): string {
  const match = entry.team && entry.opponent ? `${entry.team} v ${entry.opponent}, ` : '';
  return `${entry.subject.name}, ${entry.value} (${match}${entry.date})`;
}

/** "England v Germany, 1966-07-30". */
export function matchOf(entry: RecordEntry): string {
  return `${entry.team && entry.opponent ? `${entry.team} v ${entry.opponent}, ` : ''}${entry.date}`;
}

/** "Geoff Hurst (England v Germany, 1966-07-30)": an entry whose value is only its place. */
export function memberPhrase(entry: RecordEntry): string {
  const match = entry.team && entry.opponent ? `${entry.team} v ${entry.opponent}, ` : '';
  return `${entry.subject.name} (${match}${entry.date})`;
}

/** "42 years 39 days (Cameroon v Russia, 1994-06-28)". */
export function valuePhrase(entry: RecordEntry): string {
  const match = entry.team && entry.opponent ? `${entry.team} v ${entry.opponent}, ` : '';
  return `${entry.value} (${match}${entry.date})`;
}

/** The first letter in capitals. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** Names joined as a desk writes them: "A, B and C". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function relationView(relation: Relation): Record<string, unknown> {
  switch (relation.kind) {
    case 'superlative':
      return {
        kind: relation.ever ? 'superlative, at any time' : 'superlative',
        direction: relation.direction,
        ...(relation.place > 1 ? { place: relation.place } : {}),
        action: actionPhrase(relation.action),
        ...(relation.value ? { value: relation.value.said } : {}),
      };
    case 'ordinal':
      return { kind: 'ordinal', n: relation.n, who: relation.who, action: actionPhrase(relation.action) };
    case 'first-since':
      return { kind: 'first since', since: relation.since, ...(relation.sinceName ? { previous: relation.sinceName } : {}), who: relation.own ? 'own' : relation.who, action: actionPhrase(relation.action) };
    case 'first-appearance':
      return { kind: 'first appearance' };
    case 'aggregate':
      return { kind: relation.winner ? 'won on aggregate' : 'lost on aggregate', score: relation.goals.join('-'), ...(relation.opponent ? { opponent: relation.opponent } : {}) };
    case 'result':
      return {
        kind: 'match result',
        outcome: relation.outcome,
        ...(relation.goals ? { score: relation.goals.join('-') } : {}),
        opponent: relation.opponent,
        ...(relation.decided ? { decided: relation.decided } : {}),
        ...(relation.date ? { date: relation.date } : {}),
      };
    case 'team-tally':
      return { kind: 'team tally', of: relation.field, n: relation.n };
    case 'team-results':
      return { kind: 'team results', of: relation.field, n: relation.n, ...(relation.all ? { all: true } : {}) };
    case 'team-results-rank':
      return { kind: 'team results ranked', of: relation.field, direction: relation.direction, other: relation.other ?? 'any other team', ...(relation.orLevel ? { orLevel: true } : {}) };
    case 'only':
    case 'nobody':
      return { kind: relation.kind === 'only' ? 'the only one' : 'nobody', who: relation.who, of: relation.measure, atLeast: relation.atLeast };
    case 'compare':
      return { kind: 'comparison', of: relation.measure, direction: relation.direction, other: relation.other };
    case 'top-scorer':
      return { kind: 'top scorer', ...(relation.n !== undefined ? { goals: relation.n } : {}) };
    case 'count':
      return { kind: 'count', n: relation.n, of: relation.what, ...(relation.record ? { record: relation.record === 'same' ? 'a record' : `a record for one ${relation.record}` } : {}) };
    case 'fact':
      return { kind: `fact sentence (${relation.factKind})`, definition: relation.definitionId, slots: relation.slots };
  }
}

/** The parsed claim as plain words and numbers, for `--json` and for people. */
export function claimView(claim: Claim): Record<string, unknown> {
  const scope = claim.scope;
  return {
    subject: claim.subject.name,
    relation: relationView(claim.relation),
    ...(claim.also && claim.also.length > 0 ? { also: claim.also.map(relationView) } : {}),
    scope: {
      ...(scope.competition ? { competition: scope.competition.name ?? scope.competition.said, family: scope.competition.family, sex: scope.competition.sex } : {}),
      ...(scope.edition ? { edition: scope.edition.said } : {}),
      ...(scope.venue ? { venue: scope.venue } : {}),
      ...(scope.stages ? { stages: scope.stages } : {}),
      ...(scope.per ? { per: scope.per } : {}),
    },
    time: claim.time.kind === 'now' ? 'now (all the data)' : `${claim.time.said} (the data before ${claim.time.date})`,
  };
}
