// Careers: players join young, play 10–18 seasons (keepers a little longer), retire, and are replaced.
import type { Position, Sex } from '../domain/vocabulary.js';
import { dayNumber } from './calendar.js';
import { clamp, type Random } from './random.js';
import type { Player, Team, World } from './world-types.js';

const CLUB_SHAPE: Record<Position, number> = { goalkeeper: 3, defender: 8, midfielder: 8, forward: 6 };
const NATIONAL_SHAPE: Record<Position, number> = { goalkeeper: 3, defender: 8, midfielder: 8, forward: 7 };
const POSITIONS: readonly Position[] = ['goalkeeper', 'defender', 'midfielder', 'forward'];

/**
 * A new player for the season starting in `year`. A debutant is 16–22; a player in a team's
 * first roster is anywhere in a career, so the first seasons already have veterans.
 */
export function newPlayer(rng: Random, world: World, sex: Sex, position: Position, year: number, midCareer: boolean): Player {
  const startAge = clamp(rng.normalish(19, 1), 16, 22);
  const length = rng.int(10, 18) + (position === 'goalkeeper' ? rng.int(0, 3) : 0);
  const age = midCareer ? rng.int(startAge, startAge + length - 1) : startAge;
  // `age` is the age on 1 August of `year`: born in the year up to that day.
  const birthDay = dayNumber(year - age, 8, 1) - 1 - rng.below(365);
  // A few stars per team: they give the hat-tricks and the long scoring records.
  const talent = rng.chance(1, 20) ? rng.int(18, 30) : rng.int(2, 10);
  const id = world.nextPlayerId++;
  return {
    id,
    sourceId: `s${world.seed}-p${id}`,
    sex,
    position,
    birthDay,
    retireYear: year - age + startAge + length,
    talent,
    emitted: false,
  };
}

/** Retires players whose careers are over and fills each position back to the team's shape. */
export function renewRoster(rng: Random, world: World, team: Team, year: number): void {
  const midCareer = team.roster.length === 0;
  team.roster = team.roster.filter((p) => p.retireYear > year);
  const shape = team.national ? NATIONAL_SHAPE : CLUB_SHAPE;
  for (const position of POSITIONS) {
    let have = 0;
    for (const p of team.roster) if (p.position === position) have += 1;
    for (; have < shape[position]; have++) team.roster.push(newPlayer(rng, world, team.sex, position, year, midCareer));
  }
}

/** Between seasons a few club players move to another club of the same league pyramid. */
export function transferPlayers(rng: Random, clubs: readonly Team[]): void {
  if (clubs.length < 2) return;
  for (const club of clubs) {
    const staying: Player[] = [];
    for (const p of club.roster) {
      if (rng.chance(3, 100)) {
        const target = rng.pick(clubs);
        if (target !== club) {
          target.roster.push(p);
          continue;
        }
      }
      staying.push(p);
    }
    club.roster = staying;
  }
}

/** Strength drifts a little each season; 0–100 keeps the goal model in range. */
export function driftRating(rng: Random, team: Team, spread: number): void {
  team.rating = clamp(team.rating + rng.int(-spread, spread), 5, 95);
}
