// A closed connection must outlive libuv's close of its socket watcher: with the binding's object
// collected first, Node aborted in "uv__finish_close" (a CI run died so). The child process below
// opens and closes connections in bursts and forces a collection before the loop turns — the
// pattern that aborted before the fix, every time, within a few bursts.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { POSTGRES_SERVER } from './databases.js';

const run = promisify(execFile);
const CONNECTION_MODULE = pathToFileURL(resolve('dist/store/postgres/connection.js')).href;

const BURSTS = `
const { PostgresConnection } = await import(${JSON.stringify(CONNECTION_MODULE)});
const url = process.argv[1];
let bursts = 0;
await new Promise((done) => {
  const burst = () => {
    for (let i = 0; i < 20; i++) {
      const connection = new PostgresConnection(url);
      connection.query('SELECT 1 AS one');
      connection.close();
    }
    globalThis.gc();
    if (++bursts < 10) setImmediate(burst); else done();
  };
  burst();
});
console.log('closed ' + bursts * 20 + ' connections');
`;

describe.skipIf(POSTGRES_SERVER === undefined)('closing PostgreSQL connections', () => {
  it('survives 200 connections closed in bursts with a garbage collection before the loop turns', async () => {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--input-type=module', '-e', BURSTS, POSTGRES_SERVER!]);
    expect(stdout.trim()).toBe('closed 200 connections');
  });
});
