// The request shapes of the HTTP API, as zod schemas: they validate requests and become the
// OpenAPI document's parameters and bodies.
import { z } from 'zod';
import { COMPETITION_STATUSES, MATCH_STATUSES } from '../domain/vocabulary.js';
import { STORY_FORMATS } from '../story/render.js';

/** 2022-02-30 is not a day, though Date.parse rolls it over into March. */
function isCalendarDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => isCalendarDate(s), 'expected a real calendar date')
  .describe('YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');
const id = z.coerce.number({ message: 'expected a whole number' }).int('expected a whole number').positive('expected a positive id');

export const idParams = z.object({ id: id.describe('the id from a list') });

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).describe('page number, from 1'),
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('items per page, at most 500'),
};

export const matchListQuery = z.object({
  date: isoDate.optional().describe('matches on this day'),
  team: text.optional().describe('either team, in any spelling the data uses'),
  competition: text.optional().describe('"World Cup", "Champions League", "World Cup 2018"'),
  season: text.optional().describe('edition: 2022, 2019/20'),
  from: isoDate.optional().describe('on or after this day'),
  to: isoDate.optional().describe('on or before this day'),
  ...pageQuery,
});

export const storyQuery = z.object({
  format: z.enum(STORY_FORMATS).default('json').describe('json (every sentence with its sources), text, markdown or html'),
});

export const competitionListQuery = z.object({
  q: text.optional().describe('competition name, e.g. "World Cup"'),
});

export const tableQuery = z.object({
  group: text.optional().describe('one group: H or "Group H"'),
  asOf: isoDate.optional().describe('the table as it stood after the matches of this day'),
});

export const scenariosQuery = z.object({
  asOf: isoDate.optional().describe('as things stood on this day (default: the day before a suspension, else now)'),
});

export const tiesQuery = z.object({
  date: isoDate.describe('the day of either leg'),
  team: text.describe('either team'),
  competition: text.optional().describe('narrow down when a team played twice that day'),
});

export const recordsQuery = z.object({
  competition: text.optional().describe('books whose competition contains this: "World Cup", "Champions League"'),
  top: z.coerce.number().int().min(1).max(100).default(10).describe('places listed per record'),
});

export const recordParams = z.object({ definition: z.string().regex(/^[a-z0-9-]+$/, 'a definition id: lower-case letters, digits and dashes').describe('a record definition id, e.g. wc-men-youngest-scorer') });

export const recordQuery = recordsQuery.extend({
  history: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .describe('also how the record progressed: who held it, from when'),
});

export const playersQuery = z.object({
  q: text.describe('a name in any spelling the data uses: "Pelé", "Mbappé"'),
  date: isoDate.optional().describe('also give the age on this day'),
});

export const checkBody = z.strictObject({
  claim: z.string().trim().min(1, 'must not be empty').max(1000, 'at most 1000 characters').describe('an English claim about records and results'),
});

export const conflictsQuery = z.object({
  field: text.optional().describe('only this field: scorer, minute, score, venue…'),
  checks: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .describe('include the consistency checks (ties and goal counts the data contradicts)'),
  limit: z.coerce.number().int().min(1).max(10_000).optional().describe('at most this many disagreements'),
});

export const matchStatusBody = z
  .strictObject({
    status: z.enum(MATCH_STATUSES).optional().describe('the match status'),
    statusNote: text.optional().describe('why, e.g. "COVID-19 outbreak"'),
    behindClosedDoors: z.boolean().optional().describe('true when played without spectators'),
    attendance: z.number().int().min(0).max(250_000).optional().describe('spectators present'),
  })
  .refine((b) => Object.keys(b).length > 0, 'give at least one of status, statusNote, behindClosedDoors, attendance');

export const competitionStatusBody = z.strictObject({
  status: z.enum(COMPETITION_STATUSES).describe('active, suspended, abandoned or completed'),
  since: isoDate.optional().describe('from when (default today)'),
  reason: text.optional().describe('why, e.g. "COVID-19 pandemic"'),
});
