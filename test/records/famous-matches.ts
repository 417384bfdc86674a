// Famous World Cup matches and the record angles the desks led with in their match reports
// (BBC, Guardian, Reuters, AP, FIFA.com and the newspapers of the day, as quoted by FIFA's and
// RSSSF's record pages). A lead names the record (catalogue definition) and its holder; the book
// should put it among the first 8 facts of the match.
export interface FamousMatch {
  readonly date: string;
  readonly team: string;
  /** The stored competition, where the team played another match that day. */
  readonly competition?: string;
  readonly match: string;
  readonly leads: readonly { readonly definitionId: string; readonly subject: string; readonly said: string }[];
}

const lead = (definitionId: string, subject: string, said: string) => ({ definitionId, subject, said });

export const FAMOUS_MATCHES: readonly FamousMatch[] = [
  { date: '1930-07-30', team: 'Uruguay', match: 'Uruguay 4-2 Argentina, the first final', leads: [lead('wc-men-first-title', 'Uruguay', 'Uruguay the first world champions')] },
  { date: '1938-06-12', team: 'Sweden', match: 'Sweden 8-0 Cuba', leads: [lead('wc-men-biggest-win', 'Sweden', 'the biggest win in World Cup history')] },
  { date: '1950-07-16', team: 'Uruguay', match: 'Uruguay 2-1 Brazil, the Maracanazo', leads: [lead('wc-men-title-count', 'Uruguay', 'Uruguay champions for the second time')] },
  { date: '1954-06-17', team: 'Hungary', match: 'Hungary 9-0 South Korea', leads: [lead('wc-men-biggest-win', 'Hungary', 'a record 9-0'), lead('wc-men-first-appearance', 'South Korea', "South Korea's World Cup debut")] },
  { date: '1954-06-26', team: 'Austria', match: 'Austria 7-5 Switzerland', leads: [lead('wc-men-highest-scoring-match', 'Austria and Switzerland', 'the highest-scoring match in World Cup history')] },
  { date: '1958-06-19', team: 'Brazil', match: 'Brazil 1-0 Wales', leads: [lead('wc-men-youngest-scorer', 'Pelé', 'Pelé, 17, the youngest World Cup scorer')] },
  { date: '1958-06-28', team: 'France', match: 'France 6-3 West Germany', leads: [lead('wc-men-most-goals-edition', 'Just Fontaine', "Fontaine's 13 goals, a record for one tournament")] },
  { date: '1958-06-29', team: 'Brazil', match: 'Brazil 5-2 Sweden, the final', leads: [lead('wc-men-first-title', 'Brazil', "Brazil's first title"), lead('wc-men-youngest-scorer-final', 'Pelé', 'Pelé the youngest scorer in a final')] },
  { date: '1966-07-23', team: 'Portugal', match: 'Portugal 5-3 North Korea', leads: [lead('wc-men-biggest-comeback', 'Portugal', 'from 3-0 down')] },
  { date: '1966-07-30', team: 'England', match: 'England 4-2 West Germany, the final', leads: [lead('wc-men-first-title', 'England', "England's first title"), lead('wc-men-hat-trick-in-final', 'Geoff Hurst', 'the first hat-trick in a final')] },
  { date: '1970-06-21', team: 'Brazil', match: 'Brazil 4-1 Italy, the final', leads: [lead('wc-men-title-count', 'Brazil', 'Brazil champions for a third time')] },
  { date: '1974-06-18', team: 'Yugoslavia', match: 'Yugoslavia 9-0 Zaire', leads: [lead('wc-men-biggest-win', 'Yugoslavia', "equals Hungary's record win")] },
  { date: '1974-07-07', team: 'West Germany', match: 'West Germany 2-1 Netherlands, the final', leads: [lead('wc-men-most-goals-career', 'Gerd Müller', "Müller's 14th goal, a World Cup record"), lead('wc-men-title-count', 'Germany', 'a second title')] },
  { date: '1982-06-15', team: 'Hungary', match: 'Hungary 10-1 El Salvador', leads: [lead('wc-men-most-goals-team-match', 'Hungary', 'the first team to score ten'), lead('wc-men-biggest-win', 'Hungary', 'equals the record margin')] },
  { date: '1986-06-13', team: 'Uruguay', match: 'Scotland 0-0 Uruguay', leads: [lead('wc-men-fastest-sending-off', 'José Batista', 'Batista sent off inside the first minute, the fastest in World Cup history')] },
  { date: '1990-06-14', team: 'Cameroon', match: 'Cameroon 2-1 Romania', leads: [lead('wc-men-oldest-scorer', 'Roger Milla', 'Milla, 38, the oldest World Cup scorer')] },
  { date: '1994-06-28', team: 'Russia', match: 'Russia 6-1 Cameroon', leads: [lead('wc-men-most-goals-match', 'Oleg Salenko', 'five goals, a World Cup record'), lead('wc-men-oldest-scorer', 'Roger Milla', 'Milla, 42, extends his record')] },
  { date: '1994-07-17', team: 'Brazil', match: 'Brazil 0-0 Italy, 3-2 pen., the final', leads: [lead('wc-men-first-final-shootout', 'Brazil v Italy', 'the first final decided on penalties'), lead('wc-men-title-count', 'Brazil', 'a record fourth title')] },
  { date: '1998-07-12', team: 'France', match: 'France 3-0 Brazil, the final', leads: [lead('wc-men-first-title', 'France', "France's first title")] },
  { date: '2002-06-30', team: 'Brazil', match: 'Germany 0-2 Brazil, the final', leads: [lead('wc-men-title-count', 'Brazil', 'a fifth title')] },
  { date: '2006-06-27', team: 'Brazil', match: 'Brazil 3-0 Ghana', leads: [lead('wc-men-most-goals-career', 'Ronaldo', "Ronaldo's 15th, breaking Müller's record")] },
  { date: '2006-07-09', team: 'Italy', match: 'Italy 1-1 France, 5-3 pen., the final', leads: [lead('wc-men-title-count', 'Italy', 'a fourth title')] },
  { date: '2010-07-11', team: 'Spain', match: 'Netherlands 0-1 Spain a.e.t., the final', leads: [lead('wc-men-first-title', 'Spain', "Spain's first title")] },
  { date: '2010-06-22', team: 'South Africa', match: 'France 1-2 South Africa', leads: [lead('wc-men-hosts-out-in-group-stage', 'South Africa', 'the first hosts knocked out in the group stage')] },
  { date: '2014-06-21', team: 'Germany', match: 'Germany 2-2 Ghana', leads: [lead('wc-men-most-goals-career', 'Miroslav Klose', "Klose equals Ronaldo's 15")] },
  { date: '2014-07-08', team: 'Germany', match: 'Brazil 1-7 Germany', leads: [lead('wc-men-most-goals-career', 'Miroslav Klose', "Klose's 16th, a record")] },
  { date: '2014-07-13', team: 'Germany', match: 'Germany 1-0 Argentina a.e.t., the final', leads: [lead('wc-men-title-count', 'Germany', 'a fourth title')] },
  { date: '2018-07-15', team: 'France', match: 'France 4-2 Croatia, the final', leads: [lead('wc-men-title-count', 'France', 'a second title'), lead('wc-men-first-final', 'Croatia', "Croatia's first final")] },
  { date: '2018-06-27', team: 'Germany', match: 'South Korea 2-0 Germany', leads: [lead('wc-men-holders-out-in-group-stage', 'Germany', 'the holders out in the group stage')] },
  { date: '2022-11-20', team: 'Qatar', match: 'Qatar 0-2 Ecuador, the opening match', leads: [lead('wc-men-hosts-beaten-opening-match', 'Qatar', 'the first hosts to lose the opening match')] },
  { date: '2022-11-24', team: 'Portugal', match: 'Portugal 3-2 Ghana', leads: [lead('wc-men-most-editions-scored-in', 'Cristiano Ronaldo', 'the first man to score at five World Cups')] },
  { date: '2022-12-14', team: 'France', match: 'France 2-0 Morocco', leads: [lead('wc-men-first-semi-final', 'Morocco', 'the first African semi-finalist')] },
  { date: '2022-12-18', team: 'Argentina', match: 'Argentina 3-3 France a.e.t., 4-2 pen., the final', leads: [lead('wc-men-hat-trick-in-final', 'Kylian Mbappé', 'the second hat-trick in a final'), lead('wc-men-title-count', 'Argentina', 'a third title')] },
  { date: '1991-11-30', team: 'United States', match: 'Norway 1-2 United States, the first Women\'s World Cup final', leads: [lead('wc-women-first-title', 'United States', 'the first women\'s world champions')] },
  { date: '1999-07-10', team: 'United States', match: 'United States 0-0 China, 5-4 pen., the final', leads: [lead('wc-women-title-count', 'United States', 'a second title'), lead('wc-women-first-final-shootout', 'United States v China', 'the first women\'s final on penalties')] },
  { date: '2011-07-17', team: 'Japan', match: 'Japan 2-2 United States, 3-1 pen., the final', leads: [lead('wc-women-first-title', 'Japan', "Japan's first title")] },
  { date: '2015-07-05', team: 'United States', match: 'United States 5-2 Japan, the final', leads: [lead('wc-women-hat-trick-in-final', 'Carli Lloyd', 'the first hat-trick in a Women\'s World Cup final'), lead('wc-women-title-count', 'United States', 'a third title')] },
  { date: '2019-06-11', team: 'United States', match: 'United States 13-0 Thailand', leads: [lead('wc-women-biggest-win', 'United States', 'the biggest win in World Cup history'), lead('wc-women-most-goals-match', 'Alex Morgan', "Morgan's five equal Akers' record")] },
  { date: '2019-06-18', team: 'Brazil', competition: "FIFA Women's World Cup", match: 'Italy 0-1 Brazil (women)', leads: [lead('wc-women-most-goals-career', 'Marta', "Marta's 17th, a World Cup record")] },
];
