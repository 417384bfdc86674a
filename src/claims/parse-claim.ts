// From an English sentence to a Claim: values ("At 42 years 39 days"), record clauses ("a record
// for a single tournament"), scope and time phrases, then the main clause. Whatever no step
// understands is returned in `notUnderstood`, so a claim is never judged on words it skipped.
import type { Claim, ClaimedValue, ParsedClaim, Relation } from './claim.js';
import { readRelation } from './relation-phrases.js';
import { COMPETITION_ALTERNATIVES, competitionOf, readScope } from './scope-phrases.js';
import { Sentence } from './sentence.js';
import { rewriteIdioms } from './idioms.js';
import { normaliseClaimText } from './words.js';

const NEGATION = /\b(not|never|no longer|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|didn't|doesn't|won't|cannot|can't|neither|nor)\b/i;
const HEDGE = /\b(one of the|among the|almost|nearly|reportedly|arguably|probably|possibly|maybe|perhaps|joint|jointly)\b/i;

const AGE = '(?<y>\\d{1,2})(?:\\s+years?(?:\\s*,?\\s*(?:and\\s+)?(?<d>\\d{1,3})\\s+days?)?)?(?:\\s+old)?';

function valueOf(found: RegExpExecArray | undefined): ClaimedValue | undefined {
  const g = found?.groups;
  if (!found || !g?.y) return undefined;
  return { years: Number(g.y), ...(g.d ? { days: Number(g.d) } : {}), said: found[0].trim().replace(/^,\s*/, '').replace(/,$/, '') };
}

function takeValue(sentence: Sentence): ClaimedValue | undefined {
  return (
    valueOf(sentence.take(new RegExp(`^\\s*at\\s+(?:the\\s+age\\s+of\\s+)?${AGE}\\s*,\\s*`, 'i'))) ??
    valueOf(sentence.take(new RegExp(`\\s(?:,\\s*)?(?:aged|at the age of|at)\\s+${AGE}(?=[\\s,.;]|$)`, 'i')))
  );
}

type RecordPer = NonNullable<Extract<Relation, { kind: 'count' }>['record']>;

function perOf(word: string | undefined): RecordPer {
  if (!word) return 'same';
  return /match|game|final/i.test(word) ? 'match' : 'edition';
}

/** "…, a record for a single tournament", "…, a World Cup record", "…, the most in a single World Cup". */
function takeRecord(sentence: Sentence): { per: RecordPer; competition?: string } | undefined {
  const record = sentence.take(
    new RegExp(
      `(?:,\\s*|\\s)(?:(?:which|this|that)\\s+(?:is|was)\\s+|setting\\s+|to\\s+set\\s+|for\\s+)?(?:a|the|a\\s+new|an\\s+all-time)\\s+(?:new\\s+)?(?:(?<comp>${COMPETITION_ALTERNATIVES})\\s+)?record` +
        `(?:\\s+for\\s+(?:a\\s+single|one|a|an)\\s+(?<per>tournament|world cup|edition|season|competition|match|game|final))?(?=[\\s,.;]|$)`,
      'i',
    ),
  );
  if (record) return { per: perOf(record.groups?.per), ...(record.groups?.comp ? { competition: record.groups.comp } : {}) };
  const most = sentence.take(/(?:,\s*|\s)the\s+most\s+(?:ever\s+)?(?:(?:in|at)\s+(?:a\s+single|one)\s+(?<per>tournament|world cup|edition|season|match|game)|in\s+(?:the\s+)?(?:competition'?s\s+)?history|ever)(?=[\s,.;]|$)/i);
  if (most) return { per: perOf(most.groups?.per) };
  return undefined;
}

function clean(text: string): string {
  return text
    .replace(/\s+[,;:]+(?=\s|$)/g, '')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .replace(/\s+/g, ' ');
}

/**
 * Reads a claim. The result holds a `claim` when the sentence has a shape the checker knows, and
 * always lists what it did not understand.
 *
 * @example parseClaim('Miroslav Klose is the oldest player to score at a World Cup').claim?.relation.kind // 'superlative'
 */
export function parseClaim(text: string): ParsedClaim {
  const normal = rewriteIdioms(normaliseClaimText(text));
  if (normal.length === 0) return { text, notUnderstood: ['(an empty claim)'] };
  const negation = NEGATION.exec(normal);
  if (negation) return { text, notUnderstood: [`"${negation[0]}" (negations are not checked)`] };
  const hedge = HEDGE.exec(normal);
  if (hedge) return { text, notUnderstood: [`"${hedge[0]}" (only exact claims are checked)`] };

  const sentence = new Sentence(normal);
  const withinData = sentence.take(/\s*\(since ([^()]+), where this database begins\)/i)?.[1];
  // "since Geoff Hurst in 1966": read before scope phrases take "in 1966" for an edition.
  const since = sentence.take(/\ssince\s+(?:(?<name>[^\d,]+?)\s+(?:in|at the)\s+)?(?<year>\d{4})(?:\s+World Cup)?(?=[\s,.;]|$)/i);
  let value = takeValue(sentence);
  const record = takeRecord(sentence);
  // "against Cameroon": a capitalised name after "against" (results say "beat Cameroon" instead).
  const against = sentence.take(/\s+against\s+((?:the\s+)?\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*)/u)?.[1];
  const reading = readScope(sentence);
  value ??= takeValue(sentence);
  let scope = against ? { ...reading.scope, opponent: against } : reading.scope;
  if (!scope.competition && record?.competition) {
    const competition = competitionOf(record.competition);
    if (competition) scope = { ...scope, competition };
  }

  const main = readRelation(`${clean(sentence.plain)}${since?.groups?.year ? ` since ${since.groups.year}` : ''}`);
  if ('failed' in main) {
    return { text, notUnderstood: [main.failed] };
  }
  sentence.replace(main.rest);
  const notUnderstood = [...sentence.leftovers(), ...reading.conflicts];

  let relation: Relation = main.relation;
  if (since?.groups?.name && relation.kind === 'first-since') relation = { ...relation, sinceName: since.groups.name.trim() };
  if (value) {
    if (relation.kind === 'superlative' && (relation.direction === 'oldest' || relation.direction === 'youngest')) relation = { ...relation, value };
    else notUnderstood.push(value.said);
  }
  if (record) {
    if (relation.kind === 'count') relation = { ...relation, record: record.per };
    else notUnderstood.push('a record');
  }
  const subject = main.subject.replace(/^(?:and|but|so)\s+/i, '').trim();
  const claim: Claim = {
    text,
    subject: { name: subject },
    relation,
    scope,
    time: reading.time,
    ...(withinData ? { withinData } : {}),
    ...(main.also ? { also: main.also } : {}),
  };
  return { text, claim, notUnderstood };
}
