// Varied but repeatable wording: each kind of sentence has several templates, and the one used is
// chosen from a hash of the match id and the sentence kind, so the same input gives the same story.

/**
 * Values for a template's `{slot}`s. An undefined or empty slot rules out the templates that use
 * it, except slots named with a leading underscore (`{_where}`), which may be empty.
 */
export type Slots = Readonly<Record<string, string | undefined>>;

/** 32-bit FNV-1a: small, fast and stable across runs and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const SLOT = /\{(\w+)\}/g;

/** The slot names a template uses. */
export function slotsOf(template: string): string[] {
  return [...template.matchAll(SLOT)].map((m) => m[1] ?? '');
}

/** True when every slot the template uses has a non-empty value. */
export function fits(template: string, slots: Slots): boolean {
  return slotsOf(template).every((name) => {
    if (name.startsWith('_')) return true;
    const value = slots[name];
    return value !== undefined && value !== '';
  });
}

export function fill(template: string, slots: Slots): string {
  return template.replace(SLOT, (whole, name: string) => slots[name] ?? (name.startsWith('_') ? '' : whole));
}

/** Upper-cases the first letter: a sentence may open with a slot written in lower case. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : (text[0]?.toUpperCase() ?? '') + text.slice(1);
}

/**
 * The text of one sentence: among the templates whose slots are all filled, the one the seed
 * picks. Undefined when no template fits.
 *
 * @example choose(1013, 'win', ['{winner} beat {loser} {score}', '{winner} saw off {loser} {score}'], { winner: 'Germany', loser: 'Brazil', score: '7-1' })
 */
export function choose(seed: number, kind: string, templates: readonly string[], slots: Slots): string | undefined {
  const usable = templates.filter((t) => fits(t, slots));
  if (usable.length === 0) return undefined;
  const template = usable[fnv1a(`${seed}|${kind}`) % usable.length] ?? usable[0] ?? '';
  return fill(template, slots);
}
