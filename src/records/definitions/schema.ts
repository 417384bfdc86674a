// The zod schema of a record definition: what an analyst writes in JSON to add a record to the book.
// Shape only; rules across fields (fields per unit, measure per unit…) live in `cross-checks.ts`.
import { z } from 'zod';
import { predicateSchema } from './predicate.js';
import {
  BOOKS,
  COVERAGE,
  DIRECTIONS,
  DISTINCT,
  FAMILIES,
  PER,
  SCOPE_SEXES,
  STAGE_SCOPES,
  STREAK_MEMBERS,
  UNITS,
  VENUES,
} from './vocabulary.js';

const text = z.string().trim().min(1);
const year = z.number().int().min(1850).max(2200);
const positive = z.number().int().min(1);

const scope = z
  .strictObject({
    competition: z
      .union([text, z.array(text).min(1)])
      .describe('One competition by its stored name, e.g. "FIFA World Cup", or a list of names. Give this or `family`.')
      .optional(),
    family: z
      .enum(FAMILIES)
      .describe(
        'A competition family: "fifa-world-cup" (the finals tournaments; sex picks men\'s or women\'s), "uefa-club" ' +
          '(Champions League, Europa League, Conference League) or "international" (every national-team match, friendlies included).',
      )
      .optional(),
    books: z
      .enum(BOOKS)
      .default('per-competition')
      .describe('For a family or a list: keep one record book per competition (default) or a "single" book for all of them.'),
    sex: z
      .enum(SCOPE_SEXES)
      .describe('"men" or "women": their record books are separate. "any" pools both, and must be said explicitly.'),
    editions: z
      .strictObject({
        from: year.describe('First edition counted, by the year it starts: 2011 for 2011/12.').optional(),
        to: year.describe('Last edition counted, by the year it starts.').optional(),
      })
      .describe('Edition range, both ends included. Default: every edition.')
      .optional(),
    stages: z
      .array(z.enum(STAGE_SCOPES))
      .min(1)
      .describe('Stage kinds counted, e.g. ["final"]; "knockout" means every knockout kind. Default: every stage.')
      .optional(),
    venue: z
      .enum(VENUES)
      .describe("Where the subject's team played: home, away, or on neutral ground. Default: anywhere.")
      .optional(),
    team: text.describe('Only this team\'s rows, by name, e.g. "Brazil". Default: every team.').optional(),
  })
  .describe('Which matches the record is kept over. Scope filters matches before any unit is formed.');

const measure = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('count').describe('How many qualifying rows so far (per `produces.per`), or the length of a run.') }),
    z.strictObject({
      kind: z.literal('sum').describe('A numeric field of the unit: its value for one match, its total for an edition or career.'),
      field: z.string().describe('The numeric field, e.g. "goals".'),
    }),
    z.strictObject({ kind: z.literal('age').describe("The player's age on the day, in years and days.") }),
    z.strictObject({
      kind: z.literal('minute').describe('A minute of play, stoppage time breaking ties.'),
      field: z.string().describe('The minute field; default "minute" for a goal.').optional(),
    }),
    z.strictObject({ kind: z.literal('margin').describe('Goal difference: of the team, of the match, or of the tie on aggregate.') }),
    z.strictObject({ kind: z.literal('aggregate').describe("Goals by both sides together: a match's total, a tie's aggregate.") }),
    z.strictObject({ kind: z.literal('gap').describe("Days since the subject's previous qualifying row.") }),
  ])
  .describe('The value each qualifying row is ranked or counted by.');

const per = z.enum(PER).describe('Whose count it is: each player, each team, each pair of teams, or the whole competition.');

const produces = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('extreme').describe('A record value: the oldest, most, fastest… row so far.'),
      direction: z
        .enum(DIRECTIONS)
        .describe('oldest/youngest (age), most/fewest/biggest (sum, aggregate), fastest/latest (minute), biggest (margin), longest (gap).'),
      top: positive.max(100).default(10).describe('How many places the record book lists behind the holder.'),
    }),
    z.strictObject({
      kind: z.literal('ordinal').describe('Membership of a club: "the fourth player to …".'),
      distinct: z.enum(DISTINCT).describe('Count different players, different teams, or every occurrence.'),
      upTo: positive.default(10).describe('Say the ordinal only while the count is at most this.'),
    }),
    z.strictObject({
      kind: z.literal('first').describe('The first qualifying row for the subject: first appearance, first win.'),
      per,
    }),
    z.strictObject({
      kind: z.literal('first_since').describe('The first qualifying row for the subject after a long gap: "first win since 1998".'),
      per,
      minimumYears: positive.describe('Report only when the previous qualifying row is at least this many years back.'),
    }),
    z.strictObject({
      kind: z.literal('milestone').describe('A round number reached: the 100th goal.'),
      per,
      every: positive.describe('Every multiple of this, e.g. 50 for the 50th, 100th, 150th…').optional(),
      at: z.array(positive).min(1).describe('These counts, e.g. [10, 25, 50, 100].').optional(),
    }),
    z.strictObject({
      kind: z.literal('streak').describe('The longest run of consecutive qualifying matches.'),
      minimum: positive.default(3).describe('Report a run once it is at least this long.'),
    }),
  ])
  .describe('What the record produces: which facts a new match can give.');

const factText = (what: string) => text.describe(`Sentence for a ${what} fact.`).optional();

const texts = z
  .strictObject({
    new_record: factText('new_record'),
    equals_record: factText('equals_record'),
    extends_own_record: factText('extends_own_record'),
    nth_member: factText('nth_member'),
    first: factText('first'),
    first_since: factText('first_since'),
    milestone: factText('milestone'),
    streak: factText('streak'),
  })
  .describe('English fact sentences per fact kind, with placeholders like {subject}, {value}, {previous}, {competition}.');

/** One record of the record book, as an analyst writes it. */
export const recordDefinitionSchema = z
  .strictObject({
    $schema: z.string().describe('Path or URL of this JSON Schema, for editors. Ignored on load.').optional(),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(80)
      .describe('Stable kebab-case identifier, unique across every loaded file, e.g. "wc-men-youngest-scorer".'),
    title: text.describe('English title, e.g. "Oldest player to score a hat-trick away from home in the {competition}".'),
    description: text.describe('Longer note for analysts: conventions, sources, caveats.').optional(),
    unit: z.enum(UNITS).describe('What one row of the record is: a goal, a player in a match, a team over an edition, a run of matches…'),
    streak: z
      .strictObject({
        of: z.enum(STREAK_MEMBERS).describe('A run of a team\'s matches ("team-match") or of a player\'s ("player-match").'),
        within: z.enum(['edition', 'all']).default('all').describe('Whether a run ends with its edition ("edition") or carries over ("all").'),
      })
      .describe('For unit "streak" only: what the run is made of; the predicate tests each member.')
      .optional(),
    scope,
    predicate: predicateSchema.describe('Which rows qualify. Default: every row in scope.').optional(),
    measure,
    produces,
    text: texts.optional(),
    newsworthiness: z.number().int().min(0).max(100).default(50).describe('Base weight of its facts, 0-100; the engine adjusts it.'),
    requires: z
      .array(z.enum(COVERAGE))
      .default([])
      .describe('Data the record needs, e.g. ["scorers", "birth_dates"]: an engine refuses it where coverage is incomplete.'),
  })
  .meta({ id: 'recordDefinition', description: 'A record definition: a unit, a scope, a predicate, a measure and what it produces.' });

/** A file: one definition or an array of them. */
export const definitionFileSchema = z.union([recordDefinitionSchema, z.array(recordDefinitionSchema)]).meta({
  title: 'matchfacts record definitions',
  description: 'Record definitions for the matchfacts record book: one object or an array of them.',
});

export type RecordDefinition = z.output<typeof recordDefinitionSchema>;
export type RecordDefinitionInput = z.input<typeof recordDefinitionSchema>;
export type RecordScope = RecordDefinition['scope'];
export type Measure = RecordDefinition['measure'];
export type Produces = RecordDefinition['produces'];
export type FactTexts = NonNullable<RecordDefinition['text']>;
export type StreakSpec = NonNullable<RecordDefinition['streak']>;
export type { Predicate, Comparison } from './predicate.js';
