// Splits a Football.TXT document into numbered lines with their trailing comments set apart.

export interface SourceLine {
  /** 1-based line number. */
  readonly number: number;
  /** The line without its trailing comment and trailing spaces; columns match the original line. */
  readonly content: string;
  /** Text after `#` (or `##`), trimmed; undefined when the line has no comment. */
  readonly comment?: string;
}

/** Lines of a document: BOM dropped, CRLF and LF both accepted. */
export function splitLines(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let inBlock = false;
  return body.split(/\r?\n|\r/).map((raw, index) => {
    // `<!-- … -->` blocks (final tables, notes) may span many lines; they are comments.
    if (inBlock || raw.trimStart().startsWith('<!--')) {
      inBlock = !raw.includes('-->');
      return { number: index + 1, content: '', comment: raw.trim() };
    }
    return splitComment(raw, index + 1);
  });
}

function splitComment(raw: string, number: number): SourceLine {
  // A `#` starts a comment only at the line start or after a space, so names like `No#1` survive.
  const match = raw.includes('#') ? /(^|\s)#/.exec(raw) : null;
  if (match === null) return { number, content: raw.trimEnd() };
  const hash = match.index + match[1]!.length;
  const comment = raw.slice(hash).replace(/^#+/, '').trim();
  return { number, content: raw.slice(0, hash).trimEnd(), comment };
}
