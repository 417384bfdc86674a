// Entries of the public record lists desks cite — FIFA's "World Cup records and statistics" and
// "Women's World Cup records and statistics" pages and RSSSF's World Cup records — that the
// Fjelstul World Cup data can decide, as published: holder(s), value, date. Men's through 2022,
// women's through 2019 (the editions the data holds).
export interface PublishedRecord {
  readonly definitionId: string;
  readonly record: string;
  /** Every holder of the record's value, as the data names them. */
  readonly holders: readonly string[];
  readonly value: string;
  /** The day the value was (first) reached by the first holder listed, when the list gives it. */
  readonly date?: string;
}

export const PUBLISHED_RECORDS: readonly PublishedRecord[] = [
  { definitionId: 'wc-men-most-goals-career', record: 'Most goals, career', holders: ['Miroslav Klose'], value: '16', date: '2014-07-08' },
  { definitionId: 'wc-men-most-goals-edition', record: 'Most goals, one tournament', holders: ['Just Fontaine'], value: '13', date: '1958-06-28' },
  { definitionId: 'wc-men-most-goals-match', record: 'Most goals, one match', holders: ['Oleg Salenko'], value: '5', date: '1994-06-28' },
  { definitionId: 'wc-men-youngest-scorer', record: 'Youngest goalscorer', holders: ['Pelé'], value: '17 years 239 days', date: '1958-06-19' },
  { definitionId: 'wc-men-oldest-scorer', record: 'Oldest goalscorer', holders: ['Roger Milla'], value: '42 years 39 days', date: '1994-06-28' },
  { definitionId: 'wc-men-youngest-hat-trick', record: 'Youngest hat-trick scorer', holders: ['Pelé'], value: '17 years 244 days', date: '1958-06-24' },
  { definitionId: 'wc-men-oldest-hat-trick', record: 'Oldest hat-trick scorer', holders: ['Cristiano Ronaldo'], value: '33 years 130 days', date: '2018-06-15' },
  { definitionId: 'wc-men-youngest-scorer-final', record: 'Youngest goalscorer in a final', holders: ['Pelé'], value: '17 years 249 days', date: '1958-06-29' },
  { definitionId: 'wc-men-oldest-scorer-final', record: 'Oldest goalscorer in a final', holders: ['Nils Liedholm'], value: '35 years 264 days', date: '1958-06-29' }, // published as 263 days: the lists count days differently (born 1922-10-08)
  { definitionId: 'wc-men-most-goals-final', record: 'Most goals in a final', holders: ['Geoff Hurst', 'Kylian Mbappé'], value: '3', date: '1966-07-30' },
  { definitionId: 'wc-men-most-hat-tricks', record: 'Most hat-tricks, career', holders: ['Sándor Kocsis', 'Just Fontaine', 'Gerd Müller', 'Gabriel Batistuta'], value: '2' },
  { definitionId: 'wc-men-most-editions-scored-in', record: 'Scored in the most tournaments', holders: ['Cristiano Ronaldo'], value: '5', date: '2022-11-24' },
  { definitionId: 'wc-men-biggest-win', record: 'Biggest margin of victory', holders: ['Hungary', 'Yugoslavia', 'Hungary'], value: '9', date: '1954-06-17' },
  { definitionId: 'wc-men-most-goals-team-match', record: 'Most goals by a team in a match', holders: ['Hungary'], value: '10', date: '1982-06-15' },
  { definitionId: 'wc-men-highest-scoring-match', record: 'Most goals in a match', holders: ['Austria v Switzerland'], value: '12', date: '1954-06-26' },
  { definitionId: 'wc-men-most-goals-team-edition', record: 'Most goals by a team, one tournament', holders: ['Hungary'], value: '27', date: '1954-07-04' },
  { definitionId: 'wc-men-most-titles', record: 'Most titles', holders: ['Brazil'], value: '5', date: '2002-06-30' },
  { definitionId: 'wc-men-most-finals', record: 'Most finals', holders: ['Germany'], value: '8', date: '2014-07-13' },
  { definitionId: 'wc-men-most-appearances', record: 'Most tournaments played', holders: ['Brazil'], value: '22', date: '2022-11-24' },
  { definitionId: 'wc-men-most-wins-career', record: 'Most wins', holders: ['Brazil'], value: '76' },
  { definitionId: 'wc-men-most-goals-team-career', record: 'Most goals scored', holders: ['Brazil'], value: '237' },
  { definitionId: 'wc-men-unbeaten-streak', record: 'Longest unbeaten run', holders: ['Brazil'], value: '13' },
  { definitionId: 'wc-men-winning-streak', record: 'Most consecutive wins', holders: ['Brazil'], value: '11' },
  { definitionId: 'wc-women-most-goals-career', record: 'Most goals, career (women)', holders: ['Marta'], value: '17', date: '2019-06-18' },
  { definitionId: 'wc-women-most-goals-edition', record: 'Most goals, one tournament (women)', holders: ['Michelle Akers'], value: '10', date: '1991-11-30' },
  { definitionId: 'wc-women-most-goals-match', record: 'Most goals, one match (women)', holders: ['Michelle Akers', 'Alex Morgan'], value: '5', date: '1991-11-24' },
  { definitionId: 'wc-women-biggest-win', record: 'Biggest margin of victory (women)', holders: ['United States'], value: '13', date: '2019-06-11' },
  { definitionId: 'wc-women-most-goals-team-match', record: 'Most goals by a team in a match (women)', holders: ['United States'], value: '13', date: '2019-06-11' },
  { definitionId: 'wc-women-most-titles', record: 'Most titles (women)', holders: ['United States'], value: '4', date: '2019-07-07' },
  // Per edition, cards, semi-finals and runs of tournaments (issue 12's second slice).
  { definitionId: 'wc-men-edition-most-goals', record: 'Most goals in a tournament', holders: ['2022 FIFA World Cup'], value: '172', date: '2022-12-18' },
  { definitionId: 'wc-men-edition-highest-average', record: 'Highest goals per match in a tournament', holders: ['1954 FIFA World Cup'], value: '5.38', date: '1954-07-04' },
  { definitionId: 'wc-men-edition-most-hat-tricks', record: 'Most hat-tricks in a tournament', holders: ['1954 FIFA World Cup'], value: '8' },
  { definitionId: 'wc-men-edition-most-red-cards', record: 'Most red cards in a tournament', holders: ['2006 FIFA World Cup'], value: '28', date: '2006-07-09' },
  { definitionId: 'wc-men-most-red-cards-match', record: 'Most red cards in a match (the Battle of Nuremberg)', holders: ['Portugal v Netherlands'], value: '4', date: '2006-06-25' },
  { definitionId: 'wc-men-most-red-cards-career', record: 'Most sendings-off, career', holders: ['Rigobert Song', 'Zinedine Zidane'], value: '2', date: '1998-06-23' },
  { definitionId: 'wc-men-most-semi-finals', record: 'Most semi-finals', holders: ['Germany'], value: '12', date: '2014-07-08' }, // lists that count "top four" finishes say 13: 1974 had a second group stage, no semi-final
  { definitionId: 'wc-men-most-consecutive-appearances', record: 'Most consecutive tournaments', holders: ['Brazil'], value: '22', date: '2022-11-24' },
  { definitionId: 'wc-men-most-consecutive-editions-scored-in', record: 'Scored in the most consecutive tournaments', holders: ['Cristiano Ronaldo'], value: '5', date: '2022-11-24' },
  { definitionId: 'wc-women-edition-most-goals', record: 'Most goals in a tournament (women)', holders: ["2015 FIFA Women's World Cup", "2019 FIFA Women's World Cup"], value: '146', date: '2015-07-05' },
  { definitionId: 'wc-women-edition-highest-average', record: 'Highest goals per match in a tournament (women)', holders: ["1999 FIFA Women's World Cup"], value: '3.84', date: '1999-07-10' },
  { definitionId: 'wc-women-most-semi-finals', record: 'Most semi-finals (women)', holders: ['United States'], value: '8', date: '2019-07-02' },
  // Hosts, holders, extra time and sendings-off (issue 12's third slice). The lists of hosts who won, lost their opening
  // match or went out in the group stage, and of holders out in the group stage, are checked match by match in
  // world-cup-records.test.ts.
  { definitionId: 'wc-men-edition-most-extra-time', record: 'Most matches to go to extra time in a tournament', holders: ['1990 FIFA World Cup', '2014 FIFA World Cup'], value: '8' },
  { definitionId: 'wc-men-fastest-sending-off', record: 'Fastest sending-off', holders: ['José Batista'], value: "1'", date: '1986-06-13' }, // published as 56 seconds: the data gives minutes
  {
    definitionId: 'wc-women-most-consecutive-appearances',
    record: 'Played every tournament (women)',
    holders: ['Brazil', 'Germany', 'Japan', 'Nigeria', 'Norway', 'Sweden', 'United States'],
    value: '8',
  },
];
