// The test set of famous matches a sub-editor would judge the story room by: finals, upsets,
// record nights, shoot-outs, a match called off and one awarded. For each: what the lead (headline
// and standfirst) must say, the facts the story must carry, and what it must never say.

export interface FamousMatch {
  /** The match as a desk names it. */
  readonly name: string;
  readonly date: string;
  readonly team: string;
  /** Each must match the headline or the standfirst. */
  readonly lead: readonly RegExp[];
  /** Each must match somewhere in the text. */
  readonly facts: readonly RegExp[];
  /** None may match anywhere in the text. */
  readonly never?: readonly RegExp[];
}

/** A score or a count that a story about a match not played must not carry. */
const ANY_SCORE = /\b\d+-\d+\b/;

export const FAMOUS_MATCHES: readonly FamousMatch[] = [
  { name: '1930 World Cup final, Uruguay 4-2 Argentina', date: '1930-07-30', team: 'Uruguay', lead: [/Uruguay won their first World Cup|Uruguay won the World Cup for the first time/, /Argentina 4-2/, /final/], facts: [/Estadio Centenario/] },
  { name: '1950 decider, Uruguay 2-1 Brazil (the Maracanazo)', date: '1950-07-16', team: 'Uruguay', lead: [/Uruguay won (their second World Cup|the World Cup for the second time)/, /Brazil 2-1/, /Alcides Ghiggia/], facts: [/Schiaffino/] },
  { name: '1954 World Cup final, West Germany 3-2 Hungary', date: '1954-07-04', team: 'Hungary', lead: [/West Germany won (their first World Cup|the World Cup for the first time)/, /Hungary 3-2/, /Helmut Rahn/], facts: [/Ferenc Puskás/] },
  { name: '1958 World Cup final, Brazil 5-2 Sweden', date: '1958-06-29', team: 'Brazil', lead: [/Brazil won (their first World Cup|the World Cup for the first time)/, /Sweden 5-2/], facts: [/Pelé/, /Vavá/] },
  { name: '1966 World Cup final, England 4-2 West Germany a.e.t.', date: '1966-07-30', team: 'England', lead: [/England won (their first World Cup|the World Cup for the first time)/, /after extra time/, /hat-trick/, /Geoff Hurst/], facts: [/first player to score a hat-trick in a (FIFA )?World Cup final/] },
  { name: '1970 World Cup final, Brazil 4-1 Italy', date: '1970-06-21', team: 'Brazil', lead: [/Brazil won (their third World Cup|the World Cup for the third time)/, /Italy 4-1/], facts: [/Pelé/, /Carlos Alberto/] },
  { name: '1974 World Cup final, West Germany 2-1 Netherlands', date: '1974-07-07', team: 'Netherlands', lead: [/West Germany won (their second World Cup|the World Cup for the second time)/, /Gerd Müller/], facts: [/Johan Neeskens/] },
  { name: '1978 World Cup final, Argentina 3-1 Netherlands a.e.t.', date: '1978-06-25', team: 'Argentina', lead: [/Argentina won (their first World Cup|the World Cup for the first time)/, /after extra time/], facts: [/Mario Kempes/] },
  { name: '1986 World Cup final, Argentina 3-2 West Germany', date: '1986-06-29', team: 'Argentina', lead: [/Argentina won (their second World Cup|the World Cup for the second time)/, /Jorge Burruchaga/], facts: [/Estadio Azteca/] },
  { name: '1990 World Cup final, West Germany 1-0 Argentina', date: '1990-07-08', team: 'Argentina', lead: [/West Germany won (their third World Cup|the World Cup for the third time)/, /Andreas Brehme/], facts: [/penalty/] },
  { name: '1994 World Cup final, Brazil beat Italy on penalties', date: '1994-07-17', team: 'Brazil', lead: [/Brazil won (their fourth World Cup|the World Cup for the fourth time)/, /3-2 on penalties/, /0-0/], facts: [/Roberto Baggio/, /decisive kick/, /Franco Baresi/] },
  { name: '1998 World Cup final, France 3-0 Brazil', date: '1998-07-12', team: 'France', lead: [/France won (their first World Cup|the World Cup for the first time)/, /Brazil 3-0/], facts: [/Zinedine Zidane/, /Emmanuel Petit/] },
  { name: '2002 World Cup final, Brazil 2-0 Germany', date: '2002-06-30', team: 'Brazil', lead: [/Brazil won (their fifth World Cup|the World Cup for the fifth time)/, /Germany 2-0/], facts: [/Ronaldo/] },
  { name: '2006 World Cup final, Italy beat France on penalties', date: '2006-07-09', team: 'Italy', lead: [/Italy won (their fourth World Cup|the World Cup for the fourth time)/, /5-3 on penalties/, /1-1/], facts: [/Fabio Grosso/, /decisive kick/, /David Trezeguet missed/, /Zinedine Zidane/] },
  { name: '2010 World Cup final, Spain 1-0 Netherlands a.e.t.', date: '2010-07-11', team: 'Spain', lead: [/Spain won (their first World Cup|the World Cup for the first time)/, /after extra time/, /Andrés Iniesta/], facts: [/116th minute|116'/] },
  { name: '2014 World Cup final, Germany 1-0 Argentina a.e.t.', date: '2014-07-13', team: 'Germany', lead: [/Germany won (their fourth World Cup|the World Cup for the fourth time)/, /Mario Götze/], facts: [/113th minute|113'/], never: [/^Germany now on a run/m] },
  { name: '2018 World Cup final, France 4-2 Croatia', date: '2018-07-15', team: 'France', lead: [/France won (their second World Cup|the World Cup for the second time)/, /Croatia 4-2/], facts: [/Kylian Mbappé/, /own goal/] },
  { name: '2022 World Cup final, Argentina beat France on penalties', date: '2022-12-18', team: 'Argentina', lead: [/Argentina won (their third World Cup|the World Cup for the third time)/, /4-2 on penalties/, /3-3/, /hat-trick from Kylian Mbappé/], facts: [/Gonzalo Montiel scored the decisive kick|decisive kick/, /Montiel/, /Geoff Hurst/, /Kingsley Coman/], never: [/Record equalled —/] },
  { name: '1950 World Cup, United States 1-0 England', date: '1950-06-29', team: 'England', lead: [/United States/, /England 1-0/, /Joe Gaetjens/], facts: [/Belo Horizonte|Estádio Independência/] },
  { name: '1954 World Cup quarter-final, Austria 7-5 Switzerland', date: '1954-06-26', team: 'Austria', lead: [/7-5/, /semi-finals/], facts: [/highest-scoring men's World Cup match/, /12 goals/] },
  { name: '1982 World Cup, Hungary 10-1 El Salvador', date: '1982-06-15', team: 'Hungary', lead: [/10-1/, /László Kiss/], facts: [/Tibor Nyilasi/] },
  { name: '1994 World Cup, Russia 6-1 Cameroon: Salenko five, Milla the oldest scorer', date: '1994-06-28', team: 'Cameroon', lead: [/6-1/, /Oleg Salenko scoring five|five goals from Oleg Salenko/], facts: [/Roger Milla/, /oldest scorer/, /42 years and 39 days|42 years 39 days/] },
  { name: '2002 World Cup opener, Senegal 1-0 France', date: '2002-05-31', team: 'Senegal', lead: [/Senegal/, /France 1-0/, /Papa Bouba Diop/], facts: [/first time/] },
  { name: '2018 World Cup, South Korea 2-0 Germany: the holders out', date: '2018-06-27', team: 'Germany', lead: [/South Korea/, /2-0/, /the holders, Germany/, /out/], facts: [/Group F/] },
  { name: '2022 World Cup, Saudi Arabia 2-1 Argentina', date: '2022-11-22', team: 'Argentina', lead: [/Saudi Arabia/, /Argentina 2-1/, /Salem Al-Dawsari/], facts: [/Lionel Messi/] },
  { name: '1990 World Cup opener, Cameroon 1-0 Argentina', date: '1990-06-08', team: 'Cameroon', lead: [/Cameroon/, /Argentina 1-0/, /François Omam-Biyik/], facts: [/Group B/] },
  { name: '2014 World Cup semi-final, Brazil 1-7 Germany', date: '2014-07-08', team: 'Germany', lead: [/7-1/, /final/, /Miroslav Klose/], facts: [/16th/, /Ronaldo/, /Toni Kroos/, /13 July 2014/] },
  { name: '2022 World Cup quarter-final, Croatia beat Brazil on penalties', date: '2022-12-09', team: 'Croatia', lead: [/Croatia/, /4-2 on penalties/, /semi-finals/], facts: [/Luka Modrić scored/, /Marquinhos missed/, /Neymar/] },
  { name: '1990 World Cup semi-final, West Germany beat England on penalties', date: '1990-07-04', team: 'England', lead: [/West Germany/, /4-3/, /final/], facts: [/Stuart Pearce missed/, /Chris Waddle missed/, /settled it|decisive/] },
  { name: "2015 Women's World Cup final, United States 5-2 Japan", date: '2015-07-05', team: 'Japan', lead: [/United States won (their third Women's World Cup|the Women's World Cup for the third time)/, /Carli Lloyd/, /hat-trick/], facts: [/first player to score a hat-trick in a (FIFA )?Women's World Cup final/] },
  { name: "2019 Women's World Cup final, United States 2-0 Netherlands", date: '2019-07-07', team: 'Netherlands', lead: [/United States won (their fourth Women's World Cup|the Women's World Cup for the fourth time)/, /Netherlands 2-0/], facts: [/Megan Rapinoe/, /Rose Lavelle/] },
  { name: "2011 Women's World Cup final, Japan beat United States on penalties", date: '2011-07-17', team: 'Japan', lead: [/Japan won (their first Women's World Cup|the Women's World Cup for the first time)/, /3-1 on penalties/, /2-2/], facts: [/Saki Kumagai/, /decisive kick/, /Homare Sawa/] },
  {
    name: '2014 Champions League final, Real Madrid 4-1 Atlético a.e.t. (data from 2011/12: no title count)',
    date: '2014-05-24',
    team: 'Atlético',
    lead: [/Real Madrid/, /2013\/14 Champions League/, /after extra time/],
    facts: [/final/],
    never: [/(first|second|third|fourth|fifth|tenth) (Champions League|time)/],
  },
  { name: "2017 Champions League, FC Barcelona 6-1 Paris Saint-Germain: the comeback", date: '2017-03-08', team: 'Barcelona', lead: [/6-1/, /6-5 on aggregate/, /record/, /2011\/12/], facts: [/4-0/, /Juventus/] },
  { name: '2021 Champions League, Juventus 3-2 FC Porto a.e.t.: Porto through on away goals', date: '2021-03-09', team: 'Porto', lead: [/Juventus beat FC Porto 3-2 after extra time/, /FC Porto went through on away goals/, /4-4 on aggregate/], facts: [/Chelsea FC/, /2-1/] },
  { name: '1938 World Cup, Sweden v Austria: called off after the Anschluss', date: '1938-06-05', team: 'Sweden', lead: [/Sweden v Austria/, /called off|cancelled/i], facts: [/Anschluss/], never: [ANY_SCORE] },
  { name: '2022 Europa League, RB Leipzig v Spartak Moskva: cancelled', date: '2022-03-10', team: 'Leipzig', lead: [/RB Leipzig v Spartak Moskva/, /called off|cancelled/i], facts: [/10 March 2022/], never: [ANY_SCORE] },
  { name: '2020 Europa League, Villarreal awarded the match against Qarabağ', date: '2020-12-10', team: 'Villarreal', lead: [/Villarreal CF/, /awarded/], facts: [/Qarabağ FK/] },
];
