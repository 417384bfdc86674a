// Runs `matchfacts data …` in process, as commander would from the shell, and captures what it prints.
import { Command } from 'commander';
import { vi } from 'vitest';
import { registerData } from '../../cli/commands/data.js';

export async function runDataCommand(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const program = new Command().name('matchfacts').exitOverride();
  registerData(program);
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    await program.parseAsync(['node', 'matchfacts', ...args]);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { stdout, stderr };
}

/** Points `data pull` at a loopback mirror for the tests of one file, and puts the setting back after. */
export function useMirror(url: string): () => void {
  const saved = process.env.MATCHFACTS_DATA_MIRROR;
  process.env.MATCHFACTS_DATA_MIRROR = url;
  return () => {
    if (saved === undefined) delete process.env.MATCHFACTS_DATA_MIRROR;
    else process.env.MATCHFACTS_DATA_MIRROR = saved;
  };
}
