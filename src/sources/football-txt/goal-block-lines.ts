// Collects a goal block that may run over several lines, until its parentheses balance.
import { ParseError } from '../../domain/errors.js';
import type { BlockPiece, GoalBlock } from './goals.js';
import type { SourceLine } from './lines.js';

/** The block starting at `lines[index]` (at `column`, else its first character), and the index of its last line. */
export function collectGoalBlock(lines: readonly SourceLine[], index: number, file: string, column?: number): { block: GoalBlock; last: number } {
  const first = lines[index]!;
  let text = '';
  const pieces: BlockPiece[] = [];
  let depth = 0;
  for (let i = index; i < lines.length; i += 1) {
    const line = lines[i]!;
    const start = i === index && column !== undefined ? column : line.content.search(/\S/);
    if (start === -1) continue;
    if (text !== '') text += ' ';
    const offset = text.length;
    pieces.push({ line: line.number, offset, start });
    for (let k = start; k < line.content.length; k += 1) {
      const ch = line.content[k]!;
      text += ch;
      if (ch === '(') depth += 1;
      else if (ch === ')') depth -= 1;
      if (depth === 0) {
        const rest = line.content.slice(k + 1);
        if (rest.trim() !== '') {
          const column = k + 1 + rest.search(/\S/) + 1;
          throw new ParseError({ file, line: line.number, column }, 'expected the end of the line after the goal block');
        }
        return { block: { text, pieces }, last: i };
      }
    }
  }
  const at = (column ?? first.content.search(/\S/)) + 1;
  throw new ParseError({ file, line: first.number, column: at }, 'expected ) to close the goal block');
}
