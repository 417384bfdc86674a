// Double round robin by the circle method: every pair meets twice, home and away, once per round.

/** Rounds of [home, away] index pairs for `n` teams (n even): n−1 rounds, then the same reversed. */
export function doubleRoundRobin(n: number): [number, number][][] {
  const first: [number, number][][] = [];
  const circle = Array.from({ length: n }, (_, i) => i);
  for (let round = 0; round < n - 1; round++) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < n / 2; i++) {
      const a = circle[i] ?? 0;
      const b = circle[n - 1 - i] ?? 0;
      // Alternating who is at home keeps every team's home and away games interleaved.
      pairs.push((round + i) % 2 === 0 ? [a, b] : [b, a]);
    }
    first.push(pairs);
    // Team 0 stays put; the others turn one place.
    const last = circle.pop();
    if (last !== undefined) circle.splice(1, 0, last);
  }
  const second = first.map((pairs) => pairs.map(([h, a]): [number, number] => [a, h]));
  return [...first, ...second];
}

/**
 * The 36-club league phase: eight opponents each, four at home, eight matchdays. Team i meets
 * i±1, i±2, i±3, i±5 around a circle; each offset's cycles have even length, so alternate edges
 * make two matchdays in which every team plays once.
 */
export function leaguePhaseRounds(n: number): [number, number][][] {
  const rounds: [number, number][][] = [];
  for (const offset of [1, 2, 3, 5]) {
    const even: [number, number][] = [];
    const odd: [number, number][] = [];
    const cycles = gcd(offset, n);
    for (let start = 0; start < cycles; start++) {
      const length = n / cycles;
      for (let j = 0; j < length; j++) {
        const from = (start + j * offset) % n;
        const to = (from + offset) % n;
        (j % 2 === 0 ? even : odd).push([from, to]);
      }
    }
    rounds.push(even, odd);
  }
  return rounds;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
