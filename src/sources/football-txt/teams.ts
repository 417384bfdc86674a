// Team names as Football.TXT writes them: `Real Madrid (ESP)` carries a country code.
import type { TeamRef } from '../../domain/match-data.js';

const WITH_CODE = /^(.*\S)\s*\(([A-Z]{3})\)$/u;

/**
 * The team a name stands for, or a reason it is not a team name.
 *
 * @example teamOf('Real Madrid (ESP)') // { name: 'Real Madrid', code: 'ESP' }
 */
export function teamOf(written: string): TeamRef | { problem: string } {
  const text = written.trim().replace(/\s+/g, ' ');
  const coded = text.endsWith(')') ? WITH_CODE.exec(text) : null;
  const name = coded ? coded[1]! : text;
  if (name === '') return { problem: 'expected a team name' };
  // `Accrington FC (1878-1896)`: the years tell two clubs of one name apart and stay in the name.
  const bare = name.endsWith(')') ? name.replace(/\s*\(\d{4}(?:\s*-\s*\d{4})?\)$/, '') : name;
  if (/[()[\]@;]/.test(bare)) return { problem: `expected a team name, not ${name}` };
  if (!/\p{L}/u.test(name)) return { problem: 'expected a score like 2-1 or a team name' };
  return coded ? { name, code: coded[2]! } : { name };
}

/** `Real Madrid (ESP)` */
export function formatTeam(team: TeamRef): string {
  return team.code === undefined ? team.name : `${team.name} (${team.code})`;
}
