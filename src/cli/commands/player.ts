// `matchfacts player NAME`: who a player is, their goals by competition and season, their age on a date.
import type { Command } from 'commander';
import { ageAt, readPlayersNamed } from '../../queries/players.js';
import { openStore, resolveDbPath } from '../../store/open-store.js';
import { printJson, printTable } from '../output.js';
import { isoDate } from '../validate.js';

export function registerPlayer(program: Command): void {
  program
    .command('player')
    .description('a player: identity, birth date, goals by competition and season, age on a date')
    .argument('<name>', 'any spelling the data uses: "Pelé", "Pele", "Kylian Mbappé", "Mbappé"')
    .option('--date <YYYY-MM-DD>', 'also give the age on this date (e.g. a match day)', isoDate)
    .option('--db <file>', 'database file (default: $MATCHFACTS_DB or ./matchfacts.db)')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  matchfacts player "Pelé" --date 1958-06-19    → born 1940-10-23, aged 17 years 239 days')
    .action(async (name: string, flags: { date?: string; db?: string; json?: boolean }) => {
      const store = await openStore(resolveDbPath(flags.db), { mustExist: true });
      try {
        const profiles = await readPlayersNamed(store.db, name);
        if (flags.json) {
          printJson(profiles.map((p) => ({ ...p, ageOnDate: ageAt(p, flags.date) })));
          return;
        }
        profiles.forEach((p, index) => {
          if (index > 0) process.stdout.write('\n');
          const lines = [
            p.name,
            `born       ${p.birthDate ?? 'not known'}`,
            `teams      ${p.teams.join(', ') || 'not known'}`,
            `positions  ${p.positions.join(', ') || 'not known'}`,
            `known as   ${p.knownAs.join(', ')}`,
          ];
          const age = ageAt(p, flags.date);
          if (age) lines.push(`age on ${age.date}: ${age.age}`);
          else if (flags.date) lines.push(`age on ${flags.date}: birth date not known`);
          process.stdout.write(`${lines.join('\n')}\n`);
          if (p.goals.length > 0) {
            process.stdout.write('\n');
            printTable(['competition', 'season', 'goals', 'pens', 'own goals'], p.goals.map((g) => [g.competition, g.season, g.goals, g.penalties, g.ownGoals]));
          }
        });
      } finally {
        await store.close();
      }
    });
}
