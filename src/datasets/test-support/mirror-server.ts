// Test support: a stand-in for raw.githubusercontent.com and GitHub's commits API on 127.0.0.1
// (a random port), serving bytes it is given, with switches for the ways real servers misbehave.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { commitBaseUrl } from '../dataset-urls.js';
import type { DatasetEntry } from '../manifest.js';

export interface Misbehaviour {
  /** Answer every request with the whole file (200), as if Range were unknown. */
  ignoreRange?: boolean;
  /** Cut the connection after `after` body bytes, for the next `times` requests of a URL path. */
  drop?: Map<string, { after: number; times: number }>;
  /** Serve these URL paths with one byte changed. */
  corrupt?: Set<string>;
  /** Answer a URL path with this status (a 503, say) for the next `times` requests. */
  fail?: Map<string, { status: number; times: number }>;
}

export interface RequestSeen {
  readonly path: string;
  readonly range?: string;
  readonly status: number;
}

export interface MirrorServer {
  /** `http://127.0.0.1:PORT`, to pass as `mirror` and `apiUrl`. */
  readonly url: string;
  /** URL path → bytes: `/openfootball/worldcup/COMMIT/1930--uruguay/cup.txt`. */
  readonly files: Map<string, Buffer>;
  /** `OWNER/REPO` → the commit `/repos/OWNER/REPO/commits/HEAD` answers. */
  readonly heads: Map<string, { sha: string; date: string }>;
  readonly requests: RequestSeen[];
  misbehaviour: Misbehaviour;
  close(): Promise<void>;
}

/** The URL path a data set's file has on the mirror (and on raw.githubusercontent.com). */
export function mirrorPath(dataset: DatasetEntry, upstream: string, commit = dataset.commit): string {
  return `${new URL(commitBaseUrl(dataset, commit)).pathname}${upstream}`;
}

/** Serves every file of a data set from a data folder (shared/data layout) at its commit. */
export async function serveDataset(mirror: MirrorServer, dataset: DatasetEntry, dataRoot: string): Promise<void> {
  for (const file of dataset.files) mirror.files.set(mirrorPath(dataset, file.upstream), await readFile(join(dataRoot, file.path)));
}

export async function startMirror(): Promise<MirrorServer> {
  const files = new Map<string, Buffer>();
  const heads = new Map<string, { sha: string; date: string }>();
  const requests: RequestSeen[] = [];
  const state = { misbehaviour: {} as Misbehaviour };

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://mirror').pathname);
    const range = req.headers.range;
    const send = (status: number, headers: Record<string, string | number> = {}, body?: Buffer): void => {
      requests.push({ path, ...(range ? { range } : {}), status });
      res.writeHead(status, headers);
      res.end(body);
    };

    const api = /^\/repos\/([^/]+\/[^/]+)\/commits\/HEAD$/.exec(path);
    if (api) {
      const head = heads.get(api[1]!);
      if (!head) return send(404, { 'content-type': 'application/json' }, Buffer.from('{"message":"Not Found"}'));
      return send(200, { 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ sha: head.sha, commit: { committer: { date: `${head.date}T12:00:00Z` } } })));
    }

    const { misbehaviour } = state;
    const failure = misbehaviour.fail?.get(path);
    if (failure && failure.times > 0) {
      failure.times--;
      return send(failure.status, { 'content-type': 'text/plain' }, Buffer.from('try again later'));
    }
    let bytes = files.get(path);
    if (!bytes) return send(404, { 'content-type': 'text/plain' }, Buffer.from('404: Not Found'));
    if (misbehaviour.corrupt?.has(path)) {
      bytes = Buffer.from(bytes);
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle]! ^ 0xff;
    }
    let status = 200;
    let start = 0;
    const headers: Record<string, string | number> = { 'content-type': 'text/plain; charset=utf-8', 'accept-ranges': 'bytes' };
    const asked = range && !misbehaviour.ignoreRange ? /^bytes=(\d+)-$/.exec(range) : null;
    if (asked) {
      start = Number(asked[1]);
      if (start >= bytes.length) return send(416, { 'content-range': `bytes */${bytes.length}` });
      status = 206;
      headers['content-range'] = `bytes ${start}-${bytes.length - 1}/${bytes.length}`;
    }
    const body = bytes.subarray(start);
    headers['content-length'] = body.length;
    const drop = misbehaviour.drop?.get(path);
    if (drop && drop.times > 0) {
      drop.times--;
      requests.push({ path, ...(range ? { range } : {}), status });
      res.writeHead(status, headers);
      // Some bytes, then (once the client has had time to read them) the connection goes: the
      // client sees fewer bytes than announced. Without the pause, fetch may drop the queued bytes.
      res.write(body.subarray(0, drop.after), () => setTimeout(() => res.destroy(), 50));
      return;
    }
    send(status, headers, body);
  };

  const server = createServer(answer);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    files,
    heads,
    requests,
    get misbehaviour() {
      return state.misbehaviour;
    },
    set misbehaviour(value: Misbehaviour) {
      state.misbehaviour = value;
    },
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
