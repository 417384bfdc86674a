// The vendor codes of martj42/international_results and the files it is read from.

export const FORMAT = 'international-results';

/** Written for an unknown scorer, minute or score. */
export const NA: ReadonlySet<string> = new Set(['NA']);

/** `neutral`, `own_goal` and `penalty` columns. */
export const BOOLEAN: Readonly<Record<string, boolean>> = { TRUE: true, FALSE: false };

export const FILES = ['results.csv', 'goalscorers.csv', 'shootouts.csv', 'former_names.csv'] as const;

/** Files a folder may lack: without them there are no shoot-out winners, no former names. */
export const OPTIONAL_FILES: ReadonlySet<string> = new Set(['shootouts.csv', 'former_names.csv']);
