// The Fjelstul World Cup database's vendor codes and their meaning in the domain vocabulary.
import type { CompetitionRef } from '../../domain/match-data.js';
import type { Card, Period, Position } from '../../domain/vocabulary.js';

export const FORMAT = 'worldcup-db';

/** Values the database writes where a field does not apply or is unknown. */
export const ABSENT: ReadonlySet<string> = new Set(['not applicable', 'not available']);

export const BINARY: Readonly<Record<string, boolean>> = { '0': false, '1': true };

/** `tournament_name` is `1930 FIFA Men's World Cup`; the part after the year names the competition. */
export const COMPETITIONS: Readonly<Record<string, CompetitionRef>> = {
  "FIFA Men's World Cup": { name: 'FIFA World Cup', sex: 'men', kind: 'international_tournament' },
  "FIFA Women's World Cup": { name: "FIFA Women's World Cup", sex: 'women', kind: 'international_tournament' },
};

/**
 * `match_period` of goals, bookings and substitutions. Stoppage time belongs to the half it extends.
 * `after extra time` (in the codebook, not in the data) is an event after the 120 minutes, during
 * the shoot-out.
 */
export const PERIODS: Readonly<Record<string, Period>> = {
  'first half': 'first_half',
  'first half, stoppage time': 'first_half',
  'second half': 'second_half',
  'second half, stoppage time': 'second_half',
  'extra time, first half': 'extra_time_first',
  'extra time, first half, stoppage time': 'extra_time_first',
  'extra time, second half': 'extra_time_second',
  'extra time, second half, stoppage time': 'extra_time_second',
  'after extra time': 'shootout',
};

/** `position_code` in squads.csv. */
export const POSITION_CODES: Readonly<Record<string, Position>> = {
  GK: 'goalkeeper',
  DF: 'defender',
  MF: 'midfielder',
  FW: 'forward',
};

/** The four position flags of players.csv. */
export const POSITION_FLAGS: readonly (readonly [field: string, position: Position])[] = [
  ['goal_keeper', 'goalkeeper'],
  ['defender', 'defender'],
  ['midfielder', 'midfielder'],
  ['forward', 'forward'],
];

/**
 * bookings.csv flags `yellow_card,red_card,second_yellow_card`. The 1974–1986 rows that flag both
 * a yellow and a red (without second yellow) are sendings-off, so they count as red cards.
 */
export const CARDS: Readonly<Record<string, Card>> = {
  '1,0,0': 'yellow',
  '0,1,0': 'red',
  '1,1,0': 'red',
  '1,0,1': 'second_yellow',
  '0,0,1': 'second_yellow',
};

/** substitutions.csv flags `going_off,coming_on`. */
export const DIRECTIONS: Readonly<Record<string, 'off' | 'on'>> = { '1,0': 'off', '0,1': 'on' };

/** The 20 data files of the database; every one is read and hashed. */
export const FILES = [
  'award_winners.csv',
  'awards.csv',
  'bookings.csv',
  'confederations.csv',
  'goals.csv',
  'group_standings.csv',
  'groups.csv',
  'host_countries.csv',
  'matches.csv',
  'penalty_kicks.csv',
  'players.csv',
  'qualified_teams.csv',
  'squads.csv',
  'stadiums.csv',
  'substitutions.csv',
  'team_appearances.csv',
  'teams.csv',
  'tournament_stages.csv',
  'tournament_standings.csv',
  'tournaments.csv',
] as const;
export type WorldcupFile = (typeof FILES)[number];
