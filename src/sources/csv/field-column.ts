// Where a field starts on its line, for error messages: the file is read again only when an error
// is reported, so reading a good file costs nothing for it.
import { readFileSync } from 'node:fs';

/** The 1-based character column where field `index` starts on line `line`; undefined if unknown. */
export function fieldColumn(file: string, line: number, index: number): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let start = 0;
  for (let n = 1; n < line; n++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  // A byte-order mark is not a character anyone sees in the line.
  if (line === 1 && text.charCodeAt(0) === 0xfeff) start = 1;
  let field = 0;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    if (field === index) return i - start + 1;
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) field += 1;
    else if (c === '\n' && !quoted) return undefined;
  }
  return field === index ? text.length - start + 1 : undefined;
}
