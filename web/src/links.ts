// Addresses of pages that are found by what a reader knows rather than by an id.

/** The tie a match belongs to, found by the day and a team of either leg (the API's /api/ties). */
export function tiePath(leg: { date: string; team: string; competition?: string | null }): string {
  const query = new URLSearchParams({ date: leg.date, team: leg.team });
  if (leg.competition) query.set('competition', leg.competition);
  return `/tie?${query.toString()}`;
}
