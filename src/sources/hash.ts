// Content hashes of input files, so an import of identical bytes is recognised as a repeat.
import { createHash } from 'node:crypto';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
