// Spellings of national teams that differ between sources, mapped to one name per team.
// FIFA treats West Germany, the Soviet Union, Serbia and Montenegro and Zaire as the teams their
// successors are today; so do the international results' former names. We follow that convention.

/** Alias (as a name key) → the usual name of the team it denotes (its name key identifies the team). */
export const NATIONAL_TEAM_ALIASES: ReadonlyMap<string, string> = new Map([
  ['west germany', 'Germany'],
  ['germany fr', 'Germany'],
  ['fr germany', 'Germany'],
  ['german dr', 'East Germany'],
  ['gdr', 'East Germany'],
  ['soviet union', 'Russia'],
  ['ussr', 'Russia'],
  ['serbia and montenegro', 'Serbia'],
  ['fr yugoslavia', 'Serbia'],
  ['zaire', 'DR Congo'],
  ['congo dr', 'DR Congo'],
  ['dutch east indies', 'Indonesia'],
  ['usa', 'United States'],
  ['united states of america', 'United States'],
  ['korea republic', 'South Korea'],
  ['republic of korea', 'South Korea'],
  ['korea dpr', 'North Korea'],
  ['ir iran', 'Iran'],
  ['china pr', 'China'],
  ['turkiye', 'Turkey'],
  ['czechia', 'Czech Republic'],
  ['bosnia herzegovina', 'Bosnia and Herzegovina'],
  ['cote d ivoire', 'Ivory Coast'],
  ['cabo verde', 'Cape Verde'],
  ['cape verde islands', 'Cape Verde'],
  ['ireland', 'Republic of Ireland'],
  ['eire', 'Republic of Ireland'],
  ['holland', 'Netherlands'],
  ['trinidad tobago', 'Trinidad and Tobago'],
]);

/**
 * Names that denoted another team for a time only. The World Cup database calls the 1998 team of
 * the Federal Republic of Yugoslavia "Yugoslavia"; FIFA and the international results count it as
 * Serbia's. Earlier Yugoslavia (1930–1990) stays its own team.
 */
export const DATED_NATIONAL_ALIASES: readonly { alias: string; team: string; from: string; to: string }[] = [
  { alias: 'yugoslavia', team: 'Serbia', from: '1994-12-23', to: '2003-02-03' },
];

/** Competition name keys that denote the same competition. */
export const COMPETITION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['world cup', 'fifa world cup'],
  ['fifa mens world cup', 'fifa world cup'],
  ['womens world cup', 'fifa womens world cup'],
]);
