// Card-based criteria: FIFA fair-play points and UEFA disciplinary points, from a match's bookings.
import type { BookingData } from '../../domain/match-data.js';
import type { Side } from '../../domain/vocabulary.js';

/** The cards one player received in one match. */
interface PlayerCards {
  yellow: boolean;
  secondYellow: boolean;
  red: boolean;
}

function cardsByPlayer(bookings: readonly BookingData[], side: Side): PlayerCards[] {
  const players = new Map<string, PlayerCards>();
  for (const booking of bookings) {
    if (booking.side !== side) continue;
    const key = booking.player.sourceId ?? booking.player.name;
    let cards = players.get(key);
    if (cards === undefined) players.set(key, (cards = { yellow: false, secondYellow: false, red: false }));
    if (booking.card === 'yellow') cards.yellow = true;
    else if (booking.card === 'second_yellow') cards.secondYellow = true;
    else cards.red = true;
  }
  return [...players.values()];
}

/**
 * FIFA fair-play points of one side in one match (2018 Regulations art. 32.5): one deduction per
 * player, the heaviest that applies — a player sent off for a second yellow costs −3 in all, not
 * −1 for the first yellow and −3 more.
 *
 * @example fairPlayPoints([{ side: 'home', player: { name: 'A' }, card: 'yellow' }], 'home') // -1
 */
export function fairPlayPoints(bookings: readonly BookingData[], side: Side): number {
  let points = 0;
  for (const cards of cardsByPlayer(bookings, side)) {
    if (cards.red && cards.yellow && !cards.secondYellow) points -= 5;
    else if (cards.red) points -= 4;
    else if (cards.secondYellow) points -= 3;
    else if (cards.yellow) points -= 1;
  }
  return points;
}

/**
 * UEFA disciplinary points of one side in one match (Champions League Regulations art. 17.01):
 * yellow 1, red 3, sent off for two yellows 3 (the two yellows are not added on top).
 */
export function disciplinaryPoints(bookings: readonly BookingData[], side: Side): number {
  let points = 0;
  for (const cards of cardsByPlayer(bookings, side)) {
    if (cards.secondYellow) points += 3;
    else if (cards.red) points += cards.yellow ? 4 : 3;
    else if (cards.yellow) points += 1;
  }
  return points;
}
