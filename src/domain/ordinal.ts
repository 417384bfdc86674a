// English ordinal suffixes: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th.

export function ordinalSuffix(n: number): 'st' | 'nd' | 'rd' | 'th' {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  switch (n % 10) {
    case 1:
      return 'st';
    case 2:
      return 'nd';
    case 3:
      return 'rd';
    default:
      return 'th';
  }
}
