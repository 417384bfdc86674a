// The zod schema of the matchfacts JSON input: one match or one status change, typed by hand.
// Shape only; rules across fields live in `cross-checks.ts`, so the schema stays JSON-Schema-clean.
import { z } from 'zod';
import { COMPETITION_KINDS, COMPETITION_STATUSES, MATCH_STATUSES, SEXES } from '../../domain/vocabulary.js';

const text = z.string().trim().min(1);
const isoDate = z.iso.date();
const goalCount = z.number().int().min(0).max(99);
const scorePair = z.tuple([goalCount, goalCount]);

const schemaLink = z
  .string()
  .describe('Path or URL of this JSON Schema, for editors. Ignored on import.')
  .optional();

const competition = z
  .union([
    text.describe('Competition name, e.g. "UEFA Champions League"; sex and kind are then guessed from it.'),
    z.strictObject({
      name: text.describe('Competition name, e.g. "FIFA World Cup".'),
      sex: z.enum(SEXES).describe('Whose competition it is. Default: "women" when the name says so, else "men".').optional(),
      kind: z
        .enum(COMPETITION_KINDS)
        .describe('Default: guessed from the name ("World Cup" → international_tournament, "Serie A" → league, else cup).')
        .optional(),
    }),
  ])
  .describe('The competition, by name or as {name, sex, kind}.');

const team = z
  .union([
    text.describe('Team name as usually written, e.g. "Atalanta".'),
    z.strictObject({
      name: text.describe('Team name as usually written.'),
      code: z.string().regex(/^[A-Z]{3}$/).describe('FIFA / UEFA three-letter code, e.g. "ITA".').optional(),
    }),
  ])
  .describe('A team, by name or as {name, code}.');

const sideOrTeam = text.describe('"home", "away", or the name of the home or away team.');

const goal = z
  .strictObject({
    team: sideOrTeam.describe('Side credited with the goal: "home", "away" or its team name. For an own goal, the side that benefited.'),
    scorer: text.describe('Who scored, e.g. "Josip Iličić". Leave out when unknown.').optional(),
    minute: z.number().int().min(1).max(120).describe('Minute of play, 1-120: 90 for a goal in 90+3\'.'),
    stoppage: z.number().int().min(1).max(30).describe('Stoppage-time minute: 3 for a goal in 90+3\'.').optional(),
    penalty: z.boolean().default(false).describe('Scored from the penalty spot during play (not in a shoot-out).'),
    ownGoal: z.boolean().default(false).describe('An own goal; `team` is then the side that benefited.'),
    period: z
      .enum(['first_half', 'second_half', 'extra_time_first', 'extra_time_second'])
      .describe("Period of play. Default: worked out from the minute (45+2' is first half, 46' second half).")
      .optional(),
  })
  .describe('One goal.');

const kick = z
  .strictObject({
    team: sideOrTeam.describe('Side taking the kick: "home", "away" or its team name.'),
    taker: text.describe('Who took the kick.').optional(),
    converted: z.boolean().describe('True when the kick was scored.'),
  })
  .describe('One penalty kick of a shoot-out, in the order they were taken.');

const score = z
  .strictObject({
    halfTime: scorePair.describe('Score at half-time, [home, away], e.g. [1, 2].').optional(),
    fullTime: scorePair.describe('Score after 90 minutes (never after extra time), [home, away].').optional(),
    extraTime: scorePair.describe('Score after 120 minutes, when extra time was played, [home, away].').optional(),
    penalties: scorePair.describe('Shoot-out score, [home, away], when there was one.').optional(),
  })
  .describe('Scores as [home, away] pairs of goal counts.');

const conditions = {
  status: z
    .enum(MATCH_STATUSES)
    .describe('Match status. Default for a match: "played" when score.fullTime is given, else "scheduled".')
    .optional(),
  statusNote: text.describe('Why the status is what it is, e.g. "COVID-19 outbreak".').optional(),
  behindClosedDoors: z.boolean().describe('True when played without spectators.').optional(),
  attendance: z.number().int().min(0).max(250_000).describe('Spectators present.').optional(),
};

/** One match, as a user types it. */
export const matchInputSchema = z
  .strictObject({
    $schema: schemaLink,
    kind: z.literal('match').describe('Says this entry is a whole match.'),
    competition,
    season: z
      .string()
      .regex(/^\d{4}(\/\d{2})?$/)
      .describe('Season or edition: "2019/20" for a club season, "2022" for a tournament year.'),
    stage: text.describe('Stage as usually written, e.g. "Round of 16", "Group stage", "Final".').optional(),
    group: text.describe('Group name within the stage, e.g. "A".').optional(),
    date: isoDate.describe('Local date of kick-off, YYYY-MM-DD.'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('Local kick-off time, HH:MM (24-hour).').optional(),
    utcOffset: z.string().regex(/^[+-](0\d|1[0-4]):[0-5]\d$/).describe('UTC offset of the kick-off time, e.g. "+01:00".').optional(),
    venue: text.describe('Stadium, e.g. "Mestalla".').optional(),
    city: text.describe('City of the venue.').optional(),
    country: text.describe('Country of the venue.').optional(),
    home: team.describe('The home team (listed first).'),
    away: team.describe('The away team.'),
    neutral: z.boolean().describe('True when neither side plays at home.').optional(),
    score: score.optional(),
    ...conditions,
    goals: z.array(goal).describe('Every goal, in any order; when given, they must add up to the score.').optional(),
    shootout: z.array(kick).describe('Shoot-out kicks in the order taken; must agree with score.penalties.').optional(),
  })
  .describe('A match: who played whom, when, where, and how it ended.');

/** A change to a match already known, found by its date and either team. */
export const statusInputSchema = z
  .strictObject({
    $schema: schemaLink,
    kind: z.literal('status').describe('Says this entry changes a known match.'),
    date: isoDate.describe('Local date of kick-off of the match to change, YYYY-MM-DD.'),
    team: text.describe('Either team of the match to change, by name.'),
    ...conditions,
  })
  .describe('A status change: postponed, suspended, abandoned, played behind closed doors…');

/** A change to a whole competition edition: suspended (with a date and reason), active again, abandoned. */
export const competitionStatusInputSchema = z
  .strictObject({
    $schema: schemaLink,
    kind: z.literal('competition-status').describe('Says this entry changes the state of a competition edition.'),
    competition: text.describe('Competition name, e.g. "UEFA Champions League".'),
    season: z
      .string()
      .regex(/^\d{4}(\/\d{2})?$/)
      .describe('Season or edition: "2019/20" for a club season, "2022" for a tournament year.'),
    status: z.enum(COMPETITION_STATUSES).describe('The new state: active, suspended, abandoned or completed.'),
    since: isoDate.describe('From when, YYYY-MM-DD.'),
    reason: text.describe('Why, e.g. "COVID-19 pandemic".').optional(),
  })
  .describe('A competition suspended, resumed, abandoned or completed.');

export const entrySchema = z.discriminatedUnion('kind', [matchInputSchema, statusInputSchema, competitionStatusInputSchema]);

/** A whole file: one entry or an array of entries. */
export const documentSchema = z.union([entrySchema, z.array(entrySchema)]).meta({
  title: 'matchfacts input',
  description: 'Matches, match status changes and competition status changes typed by hand for matchfacts: one object or an array of them.',
});

export type MatchInput = z.output<typeof matchInputSchema>;
export type StatusInput = z.output<typeof statusInputSchema>;
export type CompetitionStatusInput = z.output<typeof competitionStatusInputSchema>;
export type GoalInput = z.output<typeof goal>;
export type KickInput = z.output<typeof kick>;
export type TeamInput = MatchInput['home'];
