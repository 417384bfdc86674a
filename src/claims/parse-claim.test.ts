// The parser on the sentences of issue 5 and the forms journalists use: what it reads, and what it
// reports as not understood.
import { describe, expect, it } from 'vitest';
import { parseClaim } from './parse-claim.js';

function parsed(text: string) {
  const result = parseClaim(text);
  expect(result.notUnderstood, text).toEqual([]);
  expect(result.claim, text).toBeDefined();
  return result.claim!;
}

describe('the issue\'s claims', () => {
  it('Fontaine: a count in one edition, and a record for a single tournament', () => {
    const claim = parsed('Just Fontaine scored 13 goals at the 1958 World Cup, a record for a single tournament');
    expect(claim.subject.name).toBe('Just Fontaine');
    expect(claim.relation).toMatchObject({ kind: 'count', n: 13, record: 'edition' });
    expect(claim.scope.edition?.year).toBe(1958);
    expect(claim.scope.competition).toMatchObject({ family: 'fifa-world-cup', sex: 'men' });
  });

  it('Klose: the oldest player to score at a World Cup, now', () => {
    const claim = parsed('Miroslav Klose is the oldest player to score at a World Cup');
    expect(claim.relation).toMatchObject({ kind: 'superlative', direction: 'oldest', place: 1, ever: false, action: { unit: 'goal' } });
    expect(claim.time).toEqual({ kind: 'now' });
  });

  it('Ronaldo: "World Cup goals" is a career count', () => {
    const claim = parsed('Ronaldo scored 16 World Cup goals');
    expect(claim.relation).toMatchObject({ kind: 'count', n: 16 });
    expect(claim.scope.edition).toBeUndefined();
  });

  it('Iličić: a hat-trick away from home in the Champions League', () => {
    const claim = parsed('Josip Iličić is the oldest player to score a hat-trick away from home in the Champions League');
    expect(claim.relation).toMatchObject({ kind: 'superlative', action: { unit: 'player-match', predicate: { field: 'goals', op: '>=', value: 3 } } });
    expect(claim.scope).toMatchObject({ venue: 'away', competition: { name: 'UEFA Champions League' } });
  });

  it('"just the fourth player to score four or more in a knockout tie"', () => {
    const claim = parsed('Josip Iličić is just the fourth player to score four or more in a knockout tie of the Champions League');
    expect(claim.relation).toMatchObject({ kind: 'ordinal', n: 4, who: 'player', action: { predicate: { value: 4 } } });
    expect(claim.scope.stages).toEqual(['knockout']);
  });
});

describe('journalists\' forms', () => {
  it('"became the first … since NAME in YEAR" is a first-since, not an edition', () => {
    const claim = parsed('Kylian Mbappé became the first player to score a hat-trick in a World Cup final since Geoff Hurst in 1966');
    expect(claim.relation).toMatchObject({ kind: 'first-since', since: 1966, sinceName: 'Geoff Hurst', own: false });
    expect(claim.scope.stages).toEqual(['final']);
    expect(claim.scope.edition).toBeUndefined();
  });

  it('a team\'s own first win since a year, and a competition named twice', () => {
    expect(parsed("Morocco's first World Cup win since 1998").relation).toMatchObject({ kind: 'first-since', own: true, since: 1998 });
    const claim = parsed('Morocco won their first World Cup match since 1998 at the 2022 World Cup');
    expect(claim.scope.edition?.year).toBe(2022);
  });

  it('"won A-B on aggregate" and "beat Y A-B on aggregate"', () => {
    expect(parsed('Qarabağ won 8-4 on aggregate').relation).toEqual({ kind: 'aggregate', winner: true, goals: [8, 4] });
    expect(parsed('Liverpool beat Roma 7-6 on aggregate').relation).toMatchObject({ opponent: 'Roma' });
    expect(parsed('Valencia lost 8-4 on aggregate to Atalanta').relation).toMatchObject({ winner: false, opponent: 'Atalanta' });
  });

  it('"…, the club\'s first appearance in the competition" joins a result', () => {
    const claim = parsed("Brest beat Sturm Graz 2-1 in the Champions League, the club's first appearance in the competition");
    expect(claim.relation).toMatchObject({ kind: 'result', outcome: 'win', goals: [2, 1], opponent: 'Sturm Graz' });
    expect(claim.also).toEqual([{ kind: 'first-appearance' }]);
  });

  it('ages stated before or after: "At 42 years 39 days, …", "… at 17 years 239 days"', () => {
    expect(parsed('At 42 years 39 days, Roger Milla is the oldest scorer in World Cup history').relation).toMatchObject({ value: { years: 42, days: 39 } });
    expect(parsed('Pelé became the youngest scorer in FIFA World Cup history at 17 years 239 days').relation).toMatchObject({ ever: true, value: { years: 17, days: 239 } });
  });

  it('women\'s World Cup, a point in time, a single-match count', () => {
    expect(parsed("Marta scored 17 goals at the Women's World Cup").scope.competition).toMatchObject({ sex: 'women', sexSaid: true });
    expect(parsed('Ronaldo scored 15 World Cup goals as of 2010').time).toEqual({ kind: 'before', date: '2011-01-01', said: 'as of 2010' });
    expect(parsed('Geoff Hurst scored three goals in the 1966 World Cup final').scope).toMatchObject({ stages: ['final'], edition: { year: 1966 } });
  });
});

describe('what it does not understand is said, never skipped', () => {
  it('gibberish', () => {
    const result = parseClaim('The moon is made of cheese');
    expect(result.claim).toBeUndefined();
    expect(result.notUnderstood).toEqual(['The moon is made of cheese']);
  });

  it('an unknown action names itself', () => {
    const result = parseClaim('Pelé is the youngest player to captain a side at a World Cup');
    expect(result.claim).toBeUndefined();
    expect(result.notUnderstood.join(' ')).toContain('captain a side');
  });

  it('extra words after a known shape', () => {
    const result = parseClaim('Pelé is the youngest player to score at a World Cup on a Thursday');
    expect(result.notUnderstood.join(' ')).toContain('Thursday');
  });

  it('negations and hedges are not checked', () => {
    expect(parseClaim('Klose is not the oldest player to score at a World Cup').notUnderstood[0]).toContain('not');
    expect(parseClaim('Klose is one of the oldest players to score at a World Cup').notUnderstood[0]).toContain('one of the');
  });
});
