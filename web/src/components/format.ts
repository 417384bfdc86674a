// Dates and small words as the pages print them.
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2022-12-18` → `18 December 2022`; anything else is returned as it is. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${months[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** `away_goals_in_extra_time` → `away goals in extra time`. */
export function words(code: string | null | undefined): string {
  return (code ?? '').replace(/_/g, ' ');
}
