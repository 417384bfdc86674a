// What each route answers, as zod schemas: they become the OpenAPI document's responses and check
// every JSON answer on its way out. Objects are loose (fields a newer engine adds pass through), so
// a schema documents what a reader can rely on without dropping what it does not name.
import { z } from 'zod';
import { COMPETITION_STATUSES, MATCH_STATUSES } from '../domain/vocabulary.js';

const nullableString = z.string().nullable();
const pair = z.tuple([z.number().int(), z.number().int()]);

export const errorResponse = z
  .looseObject({
    error: z.string().describe('a short code: bad_request, invalid_input, not_found, unauthorized, unprocessable, internal…'),
    field: z.string().optional().describe('where the problem is: query.date, params.id, body.score.fullTime, authorization'),
    reason: z.string().describe('what is wrong and what to do instead'),
    line: z.number().int().optional().describe('for a request body: 1-based line of the problem'),
    column: z.number().int().optional().describe('for a request body: 1-based column of the problem'),
  })
  .meta({ id: 'Error', description: 'A refusal: which field, and why. Nothing was written.' });

const scoreSchema = z
  .looseObject({
    halfTime: pair.optional(),
    fullTime: pair.optional(),
    extraTime: pair.optional(),
    penalties: pair.optional(),
    resultOnly: z.boolean().optional(),
    shootoutWinner: z.enum(['home', 'away']).optional(),
    shootoutFirstKicker: z.enum(['home', 'away']).optional(),
  })
  .meta({ id: 'Score', description: 'Goals [home, away] at half time, full time, after extra time, and the shoot-out.' });

const goalSchema = z.looseObject({
  team: z.string(),
  side: z.enum(['home', 'away']),
  scorer: nullableString,
  playerId: z.number().int().nullable(),
  minute: z.number().nullable(),
  stoppage: z.number().nullable(),
  period: z.string().nullable().optional(),
  penalty: z.boolean(),
  ownGoal: z.boolean(),
  text: z.string().describe("Lionel Messi 23' (pen)"),
});

export const matchSchema = z
  .looseObject({
    id: z.number().int(),
    text: z.string().describe('the match in one line, scorers in order'),
    competition: z.string(),
    season: z.string(),
    stage: nullableString,
    stageKind: nullableString,
    group: nullableString,
    date: z.string(),
    time: nullableString,
    utcOffset: nullableString,
    home: z.looseObject({ id: z.number().int(), name: z.string() }),
    away: z.looseObject({ id: z.number().int(), name: z.string() }),
    scoreLine: z.string().describe('3-3 a.e.t., 4-2 pen.'),
    score: scoreSchema,
    status: z.enum(MATCH_STATUSES),
    statusNote: nullableString,
    behindClosedDoors: z.boolean().nullable(),
    attendance: z.number().int().nullable(),
    venue: nullableString,
    city: nullableString,
    country: nullableString,
    neutral: z.boolean().nullable(),
    goals: z.array(goalSchema),
    goalsKnown: z.boolean().describe('false when no source loaded lists the scorers'),
    sources: z.array(z.looseObject({ format: z.string(), file: z.string(), line: z.number().int().nullable(), key: z.string() })),
  })
  .meta({ id: 'Match', description: 'A match: score line, scorers in order, venue, status and the sources that describe it.' });

const recordEntrySchema = z
  .looseObject({
    subject: z.looseObject({ kind: z.string(), key: z.string(), id: z.number(), name: z.string() }),
    amount: z.number().describe('sortable value'),
    value: z.string().describe('as a desk writes it: "17 years 239 days", "13"'),
    matchId: z.number().int().describe('the match the entry was made in'),
    date: z.string(),
    team: z.string().optional(),
    opponent: z.string().optional(),
    edition: z.string().optional(),
    goalIds: z.array(z.number().int()).optional(),
  })
  .meta({ id: 'RecordEntry', description: 'One entry of a record: who, what value, in which match.' });

export const factSchema = z
  .looseObject({
    id: z.string(),
    kind: z.string().describe('new_record, equals_record, extends_own_record, nth_member, first, first_since, milestone, streak'),
    definitionId: z.string(),
    title: z.string(),
    book: z.string(),
    matchId: z.number().int(),
    date: z.string(),
    subject: z.looseObject({ kind: z.string(), key: z.string(), id: z.number(), name: z.string(), team: z.string().optional() }),
    amount: z.number(),
    value: z.string(),
    n: z.number().int().optional(),
    previous: z.array(recordEntrySchema).describe('the holders before, with value, match and date'),
    text: z.string().describe('the fact in one English sentence'),
    score: z.number().describe('0-100: how much a desk would want it'),
    coverage: z.looseObject({ complete: z.boolean(), notes: z.array(z.string()) }),
    simultaneousWith: z.array(z.number().int()).optional(),
    provisional: z.literal(true).optional().describe('the match is in play: it holds for the score so far'),
    proof: z.looseObject({
      before: z.array(recordEntrySchema),
      after: z.array(recordEntrySchema),
      query: z.looseObject({ definitionId: z.string(), book: z.string(), asOfMatchId: z.number().int(), asOfDate: z.string() }),
    }),
  })
  .meta({ id: 'Fact', description: 'What one match did to one record, with the entries before and after as proof.' });

export const matchListResponse = z.looseObject({
  matches: z.array(matchSchema),
  page: z.number().int(),
  limit: z.number().int(),
  next: nullableString.describe('the URL of the next page, or null on the last'),
});

export const factsResponse = z
  .looseObject({
    match: z.looseObject({ id: z.number().int(), date: z.string(), home: z.string(), away: z.string(), competition: z.string(), edition: z.string(), text: z.string() }),
    facts: z.array(factSchema).describe('most newsworthy first'),
  })
  .meta({ id: 'MatchFacts' });

const sentenceSchema = z.looseObject({
  kind: z.string().describe('result, goals, record, next…: the templates it was written from'),
  text: z.string(),
  sources: z.looseObject({ facts: z.array(z.string()), match: z.array(z.string()) }).describe('the ids of the facts and match data the sentence rests on'),
});

export const storyResponse = z
  .looseObject({
    matchId: z.number().int(),
    date: z.string(),
    kind: z.enum(['report', 'preview']),
    text: z.string().describe('the whole story as plain text'),
    headline: sentenceSchema,
    standfirst: sentenceSchema,
    paragraphs: z.array(z.array(sentenceSchema)),
    sources: z.record(z.string(), z.unknown()).describe('every source id a sentence cites, with the data it stands for'),
    facts: z.array(factSchema),
  })
  .meta({ id: 'Story', description: 'A match report or preview: every sentence with the ids of the facts and match data it rests on.' });

/** The story routes answer JSON, or the story as text, Markdown or HTML (`?format=`). */
export const storyContent = {
  description: 'the story in the format asked for',
  content: {
    'application/json': { schema: storyResponse },
    'text/plain': { schema: z.string() },
    'text/markdown': { schema: z.string() },
    'text/html': { schema: z.string() },
  },
};

const editionSchema = z.looseObject({ id: z.number().int(), competitionId: z.number().int(), competition: z.string(), season: z.string() });

const competitionStatusSchema = z.looseObject({
  status: z.enum(COMPETITION_STATUSES),
  since: z.string().describe('empty when no status was ever recorded'),
  reason: nullableString,
});

export const competitionListResponse = z.looseObject({
  competitions: z.array(editionSchema.extend({ sex: z.string(), kind: z.string(), startYear: z.number().int(), endYear: z.number().int(), matches: z.number().int() })),
});

export const competitionResponse = editionSchema.extend({ status: competitionStatusSchema });

const tableRowSchema = z.looseObject({
  position: z.number().int(),
  team: z.string(),
  played: z.number().int(),
  won: z.number().int(),
  drawn: z.number().int(),
  lost: z.number().int(),
  goalsFor: z.number().int(),
  goalsAgainst: z.number().int(),
  goalDifference: z.number().int(),
  points: z.number().describe('after any deduction'),
  deducted: z.number().optional(),
  pointsPerGame: z.number().optional(),
  goalAverage: z.number().optional(),
  fairPlay: z.number().optional(),
  zone: z.string().optional().describe('the band of places: "round of 16", "knockout play-off"'),
  separatedFrom: z.looseObject({ team: z.string(), criterion: z.string(), decidedBy: z.string(), text: z.string() }).optional(),
  undecided: z.boolean().optional(),
  text: nullableString.describe("why this team is above the next: \"ahead of Senegal on fair-play points, −4 to −6\""),
});

export const tableResponse = z.looseObject({
  tables: z.array(
    z
      .looseObject({
        competition: z.string(),
        season: z.string(),
        stage: z.string(),
        group: nullableString,
        asOf: nullableString,
        rules: z.looseObject({}).describe('the rule set applied, with the regulation it cites'),
        rows: z.array(tableRowSchema),
        notes: z.array(z.string()),
        excluded: z.array(z.looseObject({})),
      })
      .meta({ id: 'Table' }),
  ),
});

const legSchema = z.looseObject({
  matchId: z.number().int().nullable().describe('the stored match of this leg (GET /api/matches/{id})'),
  date: z.string(),
  home: z.string(),
  away: z.string(),
  scoreLine: z.string(),
});

export const bracketResponse = z.looseObject({
  competition: z.string(),
  season: z.string(),
  champion: nullableString,
  stages: z.array(
    z.looseObject({
      stage: z.string(),
      kind: z.string(),
      ties: z.array(
        z.looseObject({
          teams: z.tuple([z.string(), z.string()]),
          text: z.string(),
          winner: nullableString,
          status: z.string(),
          decidedBy: nullableString,
          aggregate: pair.nullable(),
          legs: z.array(legSchema),
          next: z.unknown().describe('the round the winner goes on to, and whom it meets; null after the final'),
          warnings: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export const scenariosResponse = z.looseObject({
  competition: z.string(),
  season: z.string(),
  status: competitionStatusSchema,
  asOf: nullableString,
  openFixtures: z.array(z.looseObject({ date: z.string(), home: z.string(), away: z.string(), status: z.string(), stage: nullableString, group: nullableString, text: z.string() })),
  openTies: z.array(z.looseObject({ stage: z.string(), teams: z.tuple([z.string(), z.string()]), legs: z.array(z.looseObject({ date: z.string(), home: z.string(), away: z.string(), played: z.boolean(), scoreLine: nullableString })), text: z.string() })),
  nextOpponents: z.array(z.looseObject({ team: z.string(), opponents: z.array(z.string()) })),
  tables: z.array(z.looseObject({ stage: z.string(), group: z.string().optional(), outlook: z.array(z.looseObject({ team: z.string(), position: z.number().int(), points: z.number(), remaining: z.number().int(), maxPoints: z.number(), bestPosition: z.number().int(), worstPosition: z.number().int(), decided: z.boolean() })) })),
});

export const tieResponse = z.looseObject({
  text: z.string().describe('how the tie was decided'),
  stage: z.string(),
  stageKind: z.string(),
  teams: z.tuple([z.string(), z.string()]),
  format: z.string(),
  legs: z.array(legSchema.extend({ score: scoreSchema, status: z.enum(MATCH_STATUSES) })),
  aggregate: pair.nullable(),
  awayGoals: pair.nullable(),
  winner: nullableString,
  loser: nullableString,
  decidedBy: nullableString,
  status: z.string(),
  warnings: z.array(z.string()),
  next: z.looseObject({ winner: z.string(), stage: nullableString, opponent: nullableString, date: nullableString }).nullable(),
});

const bookViewSchema = z
  .looseObject({
    definitionId: z.string(),
    title: z.string(),
    book: z.string(),
    since: nullableString.describe('the first edition the data holds'),
    coverage: z.looseObject({ gaps: z.record(z.string(), z.number()), unmeasured: z.number().int(), examples: z.array(z.string()) }).nullable(),
    holders: z.array(recordEntrySchema),
    places: z.array(recordEntrySchema).describe('the top places, holder first'),
    history: z.array(recordEntrySchema).optional().describe('with ?history=true: who held the record, from when'),
  })
  .meta({ id: 'RecordBookView' });

export const recordsResponse = z.looseObject({
  records: z.array(bookViewSchema),
  notEvaluated: z.array(z.looseObject({ definitionId: z.string(), reason: z.string() })),
});

const playerGoalSchema = z.looseObject({
  matchId: z.number().int().describe('the match the goal was scored in (GET /api/matches/{id})'),
  date: z.string(),
  competition: z.string(),
  season: z.string(),
  match: z.string(),
  minute: z.number().nullable(),
  stoppage: z.number().nullable(),
  penalty: z.boolean(),
  ownGoal: z.boolean(),
});

export const playerSchema = z
  .looseObject({
    id: z.number().int(),
    name: z.string(),
    givenName: nullableString,
    familyName: nullableString,
    birthDate: nullableString,
    sex: nullableString,
    positions: z.array(z.string()),
    teams: z.array(z.string()),
    knownAs: z.array(z.string()),
    goals: z.array(z.looseObject({ competition: z.string(), season: z.string(), goals: z.number().int(), penalties: z.number().int(), ownGoals: z.number().int() })),
    goalList: z.array(playerGoalSchema),
  })
  .meta({ id: 'Player' });

export const playersResponse = z.looseObject({
  players: z.array(playerSchema.extend({ ageOnDate: z.looseObject({ date: z.string(), age: z.string(), years: z.number().int(), days: z.number().int() }).nullable() })),
});

export const checkResponse = z.looseObject({
  text: z.string().describe('the verdict and the statement or reason in one line'),
  claim: z.string(),
  verdict: z.enum(['true', 'false', 'unverifiable']),
  statement: nullableString,
  reason: nullableString,
  parsed: z.looseObject({ claim: z.record(z.string(), z.unknown()).nullable(), notUnderstood: z.array(z.string()), record: z.unknown().describe('the record definition and book the claim was judged by, or null') }),
  proof: z.array(z.looseObject({ role: z.string(), text: z.string(), matchId: z.number().int().optional() })),
  notes: z.array(z.string()),
});

export const conflictsResponse = z.looseObject({
  conflicts: z.array(
    z.union([
      z.looseObject({
        kind: z.literal('disagreement'),
        id: z.number().int(),
        entity: z.string(),
        entityId: z.number().int(),
        subject: z.string(),
        field: z.string(),
        kept: z.looseObject({ value: nullableString, source: nullableString, format: nullableString }),
        other: z.looseObject({ value: nullableString, source: z.string(), format: z.string(), location: nullableString }),
      }),
      z.looseObject({ kind: z.literal('consistency'), subject: z.string(), check: z.enum(['tie', 'goal_count']), text: z.string() }),
    ]),
  ),
});

export const healthResponse = z.looseObject({
  status: z.literal('ok'),
  matches: z.number().int(),
  recordBook: z.looseObject({ state: z.enum(['building', 'ready', 'failed']), done: z.number().int(), total: z.number().int() }),
  pendingWrites: z.number().int(),
  hint: z.string().optional().describe('on an empty database: how to import'),
});

export const writeResponse = z
  .looseObject({
    id: z.number().int().nullable().describe('the id of the (first) match written'),
    changed: z.boolean().describe('false when the document changed nothing'),
    match: matchSchema.nullable(),
    facts: z.array(factSchema),
    matches: z.array(z.looseObject({ id: z.number().int(), match: matchSchema, facts: z.array(factSchema) })),
  })
  .meta({ id: 'WriteOutcome' });

export const competitionStatusResponse = z.looseObject({
  competition: z.string(),
  season: z.string(),
  status: z.enum(COMPETITION_STATUSES),
  since: z.string(),
  reason: nullableString,
  changed: z.boolean(),
});

/** The refusals every route may answer, documented once. */
export const readErrors = { 400: errorResponse, 404: errorResponse, 500: errorResponse } as const;
export const privateReadErrors = { ...readErrors, 401: errorResponse } as const;
export const writeErrors = { 400: errorResponse, 401: errorResponse, 404: errorResponse, 413: errorResponse, 415: errorResponse, 422: errorResponse, 429: errorResponse, 500: errorResponse } as const;
