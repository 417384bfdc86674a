// Domestic league records from the catalogue's templates: one book per league, kept as soon as a
// competition of kind 'league' arrives. The Premier League's 9-0 wins are the record shared by
// several clubs — each new one equals it, whoever holds it already (the class of issue 12's
// silent equal).
import { describe, expect, it } from 'vitest';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { RecordBook } from '../../src/records/engine/record-book.js';
import { MemoryState } from '../../src/records/engine/state.js';
import type { RecordMatch, RecordTeam } from '../../src/records/engine/record-match.js';
import type { Fact } from '../../src/records/engine/fact.js';

const premierLeague = { id: 900, name: 'English Premier League', sex: 'men' as const, kind: 'league' };
const teams: Record<string, RecordTeam> = {};
const team = (name: string): RecordTeam => (teams[name] ??= { id: 1000 + Object.keys(teams).length, name });

let nextId = 5000;
/** A Premier League result as published: date, season's first year, home, score, away. */
function result(date: string, season: number, home: string, homeGoals: number, awayGoals: number, away: string): RecordMatch {
  return {
    id: nextId++,
    date,
    time: null,
    utcOffset: null,
    city: null,
    competition: premierLeague,
    editionId: 900 + season,
    editionName: `${season}/${String((season + 1) % 100).padStart(2, '0')}`,
    editionStartYear: season,
    stageKind: 'league',
    stageName: 'Premier League',
    group: null,
    home: team(home),
    away: team(away),
    neutral: false,
    homeGoals,
    awayGoals,
    fullTime: [homeGoals, awayGoals],
    extraTime: false,
    penalties: null,
    shootout: false,
    shootoutWinner: null,
    scorersKnown: false,
    goals: [],
    bookings: [],
    championSide: null,
  };
}

const definitions = loadBuiltInCatalogue().map((l) => l.definition);

function play(matches: readonly RecordMatch[]): Map<number, Fact[]> {
  const book = new RecordBook(definitions, new MemoryState());
  const facts = new Map<number, Fact[]>();
  for (const match of matches) facts.set(match.id, book.addDay([match]));
  return facts;
}

describe('Premier League records (templates for family domestic-league)', () => {
  const matches = [
    result('1995-03-04', 1994, 'Manchester United', 9, 0, 'Ipswich Town'),
    result('2019-10-25', 2019, 'Southampton', 0, 9, 'Leicester City'),
    result('2021-02-02', 2020, 'Manchester United', 9, 0, 'Southampton'),
    result('2022-08-27', 2022, 'Liverpool', 9, 0, 'Bournemouth'),
  ];
  const facts = play(matches);
  const biggestWin = (i: number) => facts.get(matches[i]!.id)?.find((f) => f.definitionId === 'league-men-biggest-win');

  it('2019-10-25 Southampton 0-9 Leicester City equals the nine-goal margin of Manchester United 9-0 Ipswich Town (1995)', () => {
    expect(biggestWin(1)?.kind).toBe('equals_record');
    expect(biggestWin(1)?.subject.name).toBe('Leicester City');
    expect(biggestWin(1)?.previous.map((p) => [p.subject.name, p.date])).toEqual([['Manchester United', '1995-03-04']]);
    expect(biggestWin(1)?.book).toBe('English Premier League');
  });

  it('2021-02-02 Manchester United 9-0 Southampton equals it again, though Manchester United already share it', () => {
    expect(biggestWin(2)?.kind).toBe('equals_record');
    expect(biggestWin(2)?.previous.map((p) => p.subject.name)).toEqual(['Manchester United', 'Leicester City']);
  });

  it('2022-08-27 Liverpool 9-0 Bournemouth equals a record held three times', () => {
    expect(biggestWin(3)?.kind).toBe('equals_record');
    expect(biggestWin(3)?.previous).toHaveLength(3);
    expect(biggestWin(3)?.text).toContain('Liverpool');
  });

  it('a league book is per competition: no World Cup or UEFA definition takes a league match', () => {
    const ids = new Set([...facts.values()].flat().map((f) => f.definitionId));
    expect([...ids].every((id) => id.startsWith('league-men-'))).toBe(true);
  });
});

describe('a season of points, three for a win', () => {
  it('2004-05: Chelsea reach 9 points in three wins, a club record of the season so far, in one book per league', () => {
    const matches = [
      result('2004-08-15', 2004, 'Chelsea', 1, 0, 'Manchester United'),
      result('2004-08-21', 2004, 'Birmingham City', 0, 1, 'Chelsea'),
      result('2004-08-24', 2004, 'Crystal Palace', 0, 2, 'Chelsea'),
    ];
    const facts = play(matches);
    const points = [...facts.values()].flat().filter((f) => f.definitionId === 'league-men-most-points-season');
    expect(points.at(-1)?.subject.name).toBe('Chelsea');
    expect(points.at(-1)?.amount).toBe(9);
  });
});

describe('which definitions judge a competition, kept between books', () => {
  it('a competition recorded again as a cup (same id) is judged as a cup: the league books made for it before do not take its matches', () => {
    const asLeague = result('1995-03-04', 1994, 'Manchester United', 9, 0, 'Ipswich Town');
    const asCup: RecordMatch = { ...result('1995-03-05', 1994, 'Manchester United', 9, 0, 'Ipswich Town'), competition: { ...premierLeague, kind: 'cup' } };
    // Two books from the same definitions, as two updates of a store make them.
    const leagueFacts = new RecordBook(definitions, new MemoryState()).addDay([asLeague]);
    const cupFacts = new RecordBook(definitions, new MemoryState()).addDay([asCup]);
    expect(leagueFacts.some((f) => f.definitionId.startsWith('league-men-'))).toBe(true);
    expect(cupFacts.some((f) => f.definitionId.startsWith('league-men-'))).toBe(false);
  });
});
