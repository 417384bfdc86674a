// Spellings of national teams that differ between sources, mapped to one name per team.
// FIFA treats West Germany, the Soviet Union, Serbia and Montenegro and Zaire as the teams their
// successors are today; so do the international results' former names. We follow that convention.

/** Alias (as a name key) → the name key of the team it denotes. */
export const NATIONAL_TEAM_ALIASES: ReadonlyMap<string, string> = new Map([
  ['west germany', 'germany'],
  ['germany fr', 'germany'],
  ['fr germany', 'germany'],
  ['german dr', 'east germany'],
  ['gdr', 'east germany'],
  ['soviet union', 'russia'],
  ['ussr', 'russia'],
  ['serbia and montenegro', 'serbia'],
  ['fr yugoslavia', 'serbia'],
  ['zaire', 'dr congo'],
  ['congo dr', 'dr congo'],
  ['dutch east indies', 'indonesia'],
  ['usa', 'united states'],
  ['united states of america', 'united states'],
  ['korea republic', 'south korea'],
  ['republic of korea', 'south korea'],
  ['korea dpr', 'north korea'],
  ['ir iran', 'iran'],
  ['china pr', 'china'],
  ['turkiye', 'turkey'],
  ['czechia', 'czech republic'],
  ['bosnia herzegovina', 'bosnia and herzegovina'],
  ['cote d ivoire', 'ivory coast'],
  ['cabo verde', 'cape verde'],
  ['cape verde islands', 'cape verde'],
  ['ireland', 'republic of ireland'],
  ['eire', 'republic of ireland'],
  ['holland', 'netherlands'],
  ['trinidad tobago', 'trinidad and tobago'],
  ['north macedonia', 'north macedonia'],
]);

/**
 * Names that denoted another team for a time only. The World Cup database calls the 1998 team of
 * the Federal Republic of Yugoslavia "Yugoslavia"; FIFA and the international results count it as
 * Serbia's. Earlier Yugoslavia (1930–1990) stays its own team.
 */
export const DATED_NATIONAL_ALIASES: readonly { alias: string; team: string; from: string; to: string }[] = [
  { alias: 'yugoslavia', team: 'serbia', from: '1994-12-23', to: '2003-02-03' },
];

/** Competition name keys that denote the same competition. */
export const COMPETITION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['world cup', 'fifa world cup'],
  ['fifa mens world cup', 'fifa world cup'],
  ['womens world cup', 'fifa womens world cup'],
]);
