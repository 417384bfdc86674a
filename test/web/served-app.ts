// For the browser tests: a database built from the shared data, the real `matchfacts serve` on a
// free loopback port over it, and Debian's Chromium (headless) driven by playwright-core.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { SHARED_DATA, tempDir } from '../support/shared-data.js';

const run = promisify(execFile);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLI = resolve('dist/cli/main.js');

export const chromiumMissing = !existsSync(CHROMIUM);

export async function matchfacts(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Imports the shared data into a new database file, builds its record book, and returns its path. */
export async function databaseFromSharedData(): Promise<string> {
  const db = join(tempDir('matchfacts-web-'), 'web.db');
  await matchfacts(['import', SHARED_DATA, '--db', db]);
  // Any command that reads the book builds it; done here so the server starts with it ready.
  await matchfacts(['records', '--definition', 'wc-men-most-goals-edition', '--json', '--db', db]);
  return db;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** Starts `matchfacts serve` and waits until /health answers (or the process exits, which fails with its output). */
export async function serve(db: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`matchfacts serve exited (${code}):\n${output}`))));
  const ready = (async () => {
    for (;;) {
      try {
        const response = await fetch(`${url}/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((wait) => setTimeout(wait, 200));
    }
  })();
  await Promise.race([ready, exited]);
  return {
    url,
    log: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((done) => child.once('exit', () => done()));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export const SCREENSHOTS = resolve('test-results', 'web');
