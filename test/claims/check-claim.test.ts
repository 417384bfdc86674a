// `matchfacts check` on the real World Cup and Champions League data: the claims of issue 5, the
// forms journalists write, the data that cannot decide, and the engine's own sentences read back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkClaim, type CheckResult } from '../../src/claims/check-claim.js';
import { checkLines } from '../../src/cli/commands/check.js';
import { importPath } from '../../src/ingest/import-path.js';
import { ensureRecordBook } from '../../src/records/book/record-book-store.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import type { Fact } from '../../src/records/engine/fact.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { sharedPath, tempDir } from '../support/shared-data.js';

const definitions = loadBuiltInCatalogue().map((l) => l.definition);
let store: Store;

beforeAll(async () => {
  store = await openStore(join(tempDir(), 'claims.db'));
  await importPath(store, [sharedPath('worldcup-db'), sharedPath('football-txt')]);
  ensureRecordBook(store, definitions);
}, 180_000);

afterAll(async () => {
  await store.close();
});

const check = (claim: string): Promise<CheckResult> => checkClaim(store, claim, { definitions });

describe('the Done-when claims of issue 5', () => {
  it('"Just Fontaine scored 13 goals at the 1958 World Cup, a record for a single tournament" is true, with his goals as proof', async () => {
    const result = await check('Just Fontaine scored 13 goals at the 1958 World Cup, a record for a single tournament');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('13 goals');
    expect(result.parsed.record?.definitionId).toBe('wc-men-most-goals-edition');
    expect(result.proof.find((p) => p.role === 'goals')?.matchIds).toHaveLength(13);
    expect(JSON.stringify(result)).not.toMatch(/false/i);
  });

  it('"Miroslav Klose is the oldest player to score at a World Cup" is false: Roger Milla, 42 years 39 days, 1994', async () => {
    const result = await check('Miroslav Klose is the oldest player to score at a World Cup');
    expect(result.verdict).toBe('false');
    expect(result.statement).toContain('Roger Milla');
    expect(result.statement).toContain('42 years 39 days');
    expect(result.statement).toContain('1994');
    const holder = result.proof.find((p) => p.role === 'holder');
    expect([holder?.entry?.subject.name, holder?.date]).toEqual(['Roger Milla', '1994-06-28']);
  });

  it('"Ronaldo scored 16 World Cup goals" is false: 15 — the Brazilian, not Cristiano Ronaldo who is also called so', async () => {
    const result = await check('Ronaldo scored 16 World Cup goals');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('Ronaldo scored 15 goals at the FIFA World Cup, not 16.');
    expect(result.proof.find((p) => p.role === 'goals')?.matchIds).toHaveLength(15);
  });
});

describe('superlatives, counts, ordinals and firsts', () => {
  it('Pelé is the youngest player to score at a World Cup: 17 years 239 days against Wales', async () => {
    const result = await check('Pelé is the youngest player to score at a World Cup');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('17 years 239 days (Brazil v Wales, 1958-06-19)');
  });

  it('Marta scored 17 goals at the Women\'s World Cup; "17 World Cup goals" finds the women\'s book from the player', async () => {
    const women = await check("Marta scored 17 goals at the Women's World Cup");
    expect(women.verdict).toBe('true');
    expect(women.parsed.record?.definitionId).toBe('wc-women-most-goals-career');
    const inferred = await check('Marta scored 17 World Cup goals');
    expect(inferred.verdict).toBe('true');
    expect((await check("Marta scored 18 goals at the Women's World Cup")).statement).toContain('17');
  });

  it('an age stated with the claim is checked too', async () => {
    expect((await check('At 42 years 39 days, Roger Milla is the oldest scorer in World Cup history')).verdict).toBe('true');
    const wrong = await check('At 42 years 40 days, Roger Milla is the oldest scorer in World Cup history');
    expect(wrong.verdict).toBe('false');
    expect(wrong.statement).toContain('42 years 39 days');
  });

  it('"became" asks whether the subject ever held the record', async () => {
    const klose = await check('Miroslav Klose became the World Cup\'s all-time top scorer');
    expect(klose.verdict).toBe('true');
    expect(klose.statement).toContain('2014-07-08');
    expect((await check('Gerd Müller became the oldest player to score at a World Cup')).verdict).toBe('false');
  });

  it('a count as of a point in time replays the book: Ronaldo had 15 by 2010, Klose 10 before 2010', async () => {
    expect((await check('Ronaldo scored 15 World Cup goals as of 2010')).verdict).toBe('true');
    const klose = await check('Miroslav Klose scored 14 World Cup goals before 2010');
    expect(klose.verdict).toBe('false');
    expect(klose.statement).toContain('10 goals');
  });

  it('Kocsis\'s 11 in 1954 was a record for a single tournament until Fontaine\'s 13', async () => {
    const result = await check('Sándor Kocsis scored 11 goals at the 1954 World Cup, a record for a single tournament');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('Just Fontaine');
  });

  it('Geoff Hurst scored three goals in the 1966 World Cup final (a definition built from the claim)', async () => {
    const result = await check('Geoff Hurst scored three goals in the 1966 World Cup final');
    expect(result.verdict).toBe('true');
    expect(result.parsed.record?.definedBy).toBe('claim');
  });

  it('single matches and hat-tricks: Salenko\'s five, Mbappé\'s hat-trick in the 2022 final, none for Klose in 2014', async () => {
    expect((await check('Oleg Salenko scored five goals in a single World Cup match')).verdict).toBe('true');
    expect((await check('Oleg Salenko scored six goals in a single World Cup match')).statement).toContain('the most was 5');
    expect((await check('Kylian Mbappé scored a hat-trick in the 2022 World Cup final')).verdict).toBe('true');
    expect((await check('Miroslav Klose scored a hat-trick at the 2014 World Cup')).verdict).toBe('false');
  });

  it('a team by its name, not a player with that word in his: Brazil scored 22 goals at the 1950 World Cup', async () => {
    const result = await check('Brazil scored 22 goals at the 1950 World Cup');
    expect(result.verdict).toBe('true');
    expect(result.parsed.record?.definitionId).toBe('wc-men-most-goals-team-edition');
  });

  it('Mbappé is only the second player to score a hat-trick in a World Cup final; not the third', async () => {
    expect((await check('Kylian Mbappé is only the second player to score a hat-trick in a World Cup final')).verdict).toBe('true');
    const third = await check('Kylian Mbappé is the third player to score a hat-trick in a World Cup final');
    expect(third.verdict).toBe('false');
    expect(third.statement).toContain('second');
  });

  it('"the first … since Geoff Hurst in 1966"', async () => {
    const result = await check('Kylian Mbappé became the first player to score a hat-trick in a World Cup final since Geoff Hurst in 1966');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('1966-07-30');
    expect((await check('Kylian Mbappé became the first player to score a hat-trick in a World Cup final since 1970')).verdict).toBe('false');
  });

  it('a team\'s first win since a year, at a named World Cup', async () => {
    const result = await check('Morocco won their first World Cup match since 1998 at the 2022 World Cup');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('1998');
  });

  it('first appearances: true where the data reaches back, unverifiable where it does not', async () => {
    expect((await check("Iceland's 2018 World Cup campaign was the country's first appearance at the tournament")).verdict).toBe('true');
    expect((await check('Brazil made their World Cup debut in 2002')).verdict).toBe('false');
    const brest = await check("Brest beat Sturm Graz 2-1 in the Champions League, the club's first appearance in the competition");
    expect(brest.verdict).toBe('unverifiable');
    expect(brest.reason).toContain('begins with 2011/12');
    expect(brest.proof.some((p) => p.role === 'match' && p.text.includes('Sturm Graz'))).toBe(true);
  });
});

describe('two-legged ties on aggregate, from the Champions League fixtures', () => {
  it('Qarabağ won 8-4 on aggregate (2024/25 third qualifying round, after extra time, against Ludogorets)', async () => {
    const result = await check('Qarabağ won 8-4 on aggregate');
    expect(result.verdict).toBe('true');
    expect(result.statement).toContain('Ludogorets');
    expect(result.proof[0]?.matchIds).toHaveLength(2);
  });

  it('Porto through on away goals at 4-4 against Juventus; Bayern beat Arsenal 10-2, not 10-1', async () => {
    expect((await check('Porto won 4-4 on aggregate against Juventus')).statement).toContain('away goals');
    const bayern = await check('Bayern beat Arsenal 10-1 on aggregate in the 2016-17 Champions League');
    expect(bayern.verdict).toBe('false');
    expect(bayern.statement).toContain('10-2');
  });

  it('a tie the data cannot hold is unverifiable, naming what the data holds: Atalanta v Valencia was 2019/20', async () => {
    const result = await check('Atalanta beat Valencia 8-4 on aggregate');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toContain('without 2019/20');
  });
});

describe('unverifiable: the data does not cover it, or the sentence is not understood', () => {
  it('the oldest away hat-trick in the Champions League: no Champions League scorers are loaded', async () => {
    const result = await check('Josip Iličić is the oldest player to score a hat-trick away from home in the Champions League');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toMatch(/lack their scorers/);
    expect(result.reason).toContain('no UEFA Champions League scorers are loaded');
  });

  it('"just the fourth player to score four or more in a knockout tie of the Champions League": the same', async () => {
    const result = await check('Josip Iličić is just the fourth player to score four or more in a knockout tie of the Champions League');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toContain('scorers');
  });

  it('gibberish names the sentence; an unknown part names the part; neither is ever true', async () => {
    const moon = await check('The moon is made of cheese');
    expect(moon.verdict).toBe('unverifiable');
    expect(moon.reason).toContain('"The moon is made of cheese"');
    const thursday = await check('Pelé is the youngest player to score at a World Cup on a Thursday');
    expect(thursday.verdict).toBe('unverifiable');
    expect(thursday.reason).toContain('"on Thursday"');
    expect(thursday.reason).toContain('the part understood is true');
  });

  it('a record that needs line-ups is refused with the engine\'s reason', async () => {
    const result = await check('Roger Milla is the oldest player to play at a World Cup');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toContain('lineups');
  });

  it('a claim without a competition says so', async () => {
    expect((await check('Pelé is the youngest player to score')).reason).toContain('names no competition');
  });
});

describe('the engine\'s own fact sentences come back true', () => {
  /** Kinds whose sentences the checker reads (the definition's own text); default sentences are matched only verbatim. */
  it('two facts of every definition and kind with a sentence of its own, verbatim and without "FIFA"', async () => {
    const rows = store.sqlite
      .prepare(`SELECT body FROM record_fact WHERE id IN (SELECT min(id) FROM record_fact GROUP BY definition_id, kind UNION SELECT max(id) FROM record_fact GROUP BY definition_id, kind)`)
      .all() as { body: string }[];
    const facts = rows.map((r) => JSON.parse(r.body) as Fact).filter((f) => definitions.find((d) => d.id === f.definitionId)?.text?.[f.kind] !== undefined);
    expect(facts.length).toBeGreaterThan(40);
    const kinds = new Set(facts.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['equals_record', 'extends_own_record', 'first', 'first_since', 'milestone', 'new_record', 'nth_member', 'streak']);
    for (const fact of facts) {
      for (const text of [fact.text, fact.text.replace('FIFA World Cup', 'World Cup')]) {
        const result = await check(text);
        expect(result.verdict, `${fact.id}: ${text} → ${result.statement ?? result.reason ?? ''}`).toBe('true');
      }
    }
  });

  it('a fact sentence with the wrong number is false, and the answer is the real sentence', async () => {
    const result = await check("Miroslav Klose scored his 17th FIFA World Cup goal, breaking Ronaldo's record of 15.");
    expect(result.verdict).toBe('false');
    expect(result.statement).toContain("Miroslav Klose scored his 16th FIFA World Cup goal, breaking Ronaldo's record of 15.");
    expect(result.statement).toContain('ordinal is 16th, not 17th');
  });
});

describe('teams in a fact sentence are teams, not words', () => {
  it('"Brazil and Germany met for the first time at a men\'s World Cup" is the 2002 final, not Brazil v East Germany in 1974 — and either order will do', async () => {
    for (const claim of ["Brazil and Germany met for the first time at a men's World Cup", "Germany and Brazil met for the first time at a men's World Cup"]) {
      const result = await check(claim);
      expect(result.verdict, claim).toBe('true');
      expect(result.proof[0]?.date, claim).toBe('2002-06-30');
    }
    const east = await check("Brazil and East Germany met for the first time at a men's World Cup");
    expect(east.verdict).toBe('true');
    expect(east.proof[0]?.date).toBe('1974-06-26');
  });
});

describe('the command\'s text output', () => {
  it('true / false: … / unverifiable: … as the first line, then the record and proof', async () => {
    expect(checkLines(await check('Pelé is the youngest player to score at a World Cup'))[0]).toBe('true');
    const klose = checkLines(await check('Miroslav Klose is the oldest player to score at a World Cup'));
    expect(klose[0]).toMatch(/^false: The oldest scorer at the FIFA World Cup is Roger Milla/);
    expect(klose).toContain('  record: wc-men-oldest-scorer, book wc-men-oldest-scorer|c1, all the data');
    expect(checkLines(await check('The moon is made of cheese'))[0]).toMatch(/^unverifiable: /);
  });
});

describe("a team's matches, wins, draws and defeats", () => {
  it('"Brazil won all seven of their matches at the 2002 World Cup" is true: seven matches, seven wins', async () => {
    const result = await check('Brazil won all seven of their matches at the 2002 World Cup');
    expect(result.verdict).toBe('true');
    expect(result.statement).toBe('Brazil: 7 wins in 7 matches at the 2002 FIFA World Cup: all of them.');
    expect(result.proof.filter((p) => p.role === 'match')).toHaveLength(7);
  });

  it('"Brazil have played more World Cup matches than any other team" is true: 114 against Germany\'s 112, both teams\' matches in the proof', async () => {
    const result = await check('Brazil have played more World Cup matches than any other team');
    expect(result.verdict).toBe('true');
    expect(result.statement).toBe('Brazil: 114 matches at the FIFA World Cup; the most of any other team: Germany, 112 matches.');
    expect(result.proof.map((p) => [p.role, p.matchIds?.length])).toEqual([['subject', 114], ['compared', 112]]);
  });

  it('"Ronaldo has scored more World Cup goals than anyone else" is false: Miroslav Klose has 16 to his 15, and both are in the proof', async () => {
    const result = await check('Ronaldo has scored more World Cup goals than anyone else');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('Ronaldo: 15 goals; the most of anyone else: Miroslav Klose, 16.');
    expect(result.proof.map((p) => p.role)).toEqual(['subject', 'other']);
  });

  it('"Germany have lost the most World Cup matches" is false: Mexico have lost 28, Germany 23', async () => {
    const result = await check('Germany have lost the most World Cup matches');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('Germany: 23 defeats at the FIFA World Cup; the most of any other team: Mexico, 28 defeats.');
  });

  it('"Germany won all their matches at the 2014 World Cup" is false: the 2-2 with Ghana is named', async () => {
    const result = await check('Germany won all their matches at the 2014 World Cup');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('Germany: 6 wins in 7 matches at the 2014 FIFA World Cup, not all: 2014-06-21 Germany v Ghana 2-2 (draw).');
  });

  it('"Italy drew all three of their matches at the 1982 World Cup" is false: they played seven, and won four', async () => {
    const result = await check('Italy drew all three of their matches at the 1982 World Cup');
    expect(result.verdict).toBe('false');
    expect(result.statement).toMatch(/^Italy: 3 draws in 7 matches at the 1982 FIFA World Cup, not all: /);
  });

  it('"Brazil won seven matches at the 2002 World Cup" is true, each win listed: 2-1 against Turkey first, 2-0 against Germany in the final last', async () => {
    const result = await check('Brazil won seven matches at the 2002 World Cup');
    expect(result.verdict).toBe('true');
    expect(result.statement).toBe('Brazil: 7 wins in 7 matches at the 2002 FIFA World Cup.');
    const wins = result.proof.filter((p) => p.role === 'win');
    expect(wins).toHaveLength(7);
    expect(wins[0]?.text).toBe('2002-06-03: Brazil v Turkey, 2-1 (win)');
    expect(wins[6]?.text).toBe('2002-06-30: Germany v Brazil, 0-2 (win)');
    expect(wins.every((w) => typeof w.matchId === 'number')).toBe(true);
  });

  it('"England have drawn 3 World Cup matches against Sweden" is false: two draws (1-1 in 2002, 2-2 in 2006) in three matches', async () => {
    const result = await check('England have drawn 3 World Cup matches against Sweden');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('England: 2 draws in 3 matches against Sweden at the FIFA World Cup, not 3.');
    expect(result.proof.map((p) => p.text)).toEqual(['2002-06-02: England v Sweden, 1-1 (draw)', '2006-06-20: Sweden v England, 2-2 (draw)']);
    expect(result.notes).toContain('A match decided on penalties counts as a draw.');
  });

  it('"Argentina won five matches at the 2022 World Cup" is false: four, the final and the quarter-final against the Netherlands being draws won on penalties', async () => {
    const result = await check('Argentina won five matches at the 2022 World Cup');
    expect(result.verdict).toBe('false');
    expect(result.statement).toBe('Argentina: 4 wins in 7 matches at the 2022 FIFA World Cup, not 5.');
  });

  it('a count without a competition is not guessed at, and one the data may lack matches of is refuted when too low but never confirmed', async () => {
    expect((await check('Brazil have played 114 matches')).reason).toMatch(/names no competition/);
    // The data's Champions League begins with 2011/12: Real Madrid's wins before it are not loaded.
    const tooMany = await check('Real Madrid have won 200 Champions League matches');
    expect(tooMany.verdict).toBe('unverifiable');
    expect(tooMany.reason).toMatch(/begins with 2011\/12; the competition began in 1955/);
    expect((await check('Real Madrid have won 10 Champions League matches')).verdict).toBe('false');
  });

  it('"Lionel Messi has played 26 World Cup matches" is unverifiable: the data has no line-ups, and a player is not taken for a team', async () => {
    const result = await check('Lionel Messi has played 26 World Cup matches');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toMatch(/no line-ups/);
  });
});
