// One file over HTTP(S): into FILE.part, resumed with a Range request when a .part is there,
// checked against its SHA-256, then renamed into place.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { MatchfactsError, NotFoundError } from '../domain/errors.js';
import { digestFile, sizeIfPresent, type FileDigest } from './file-digest.js';
import { describeError, messages } from './messages.js';

export type FetchLike = typeof fetch;

/** How matchfacts names itself to servers (GitHub's API requires a User-Agent). */
export const USER_AGENT = 'matchfacts-data-pull';

export interface DownloadRequest {
  readonly url: string;
  /** The final path; bytes arrive in `${target}.part` until they are complete and checked. */
  readonly target: string;
  /** Names the file in messages: `worldcup-db/matches.csv`. */
  readonly label: string;
  /** What the bytes must be. Without it (an --update) the digest is computed and returned. */
  readonly expected?: FileDigest;
  /** Further attempts after a broken connection or a server error (5xx); default 2. */
  readonly retries?: number;
  /** Wait before the first retry, doubled for each next one; default 500 ms. */
  readonly retryDelayMs?: number;
  readonly fetch?: FetchLike;
  /** A request starts: `from` bytes are already there (a resume), of `size` when known. */
  readonly onStart?: (event: { from: number; size: number | undefined }) => void;
  readonly onProgress?: (received: number, size: number | undefined) => void;
  readonly onRetry?: (event: { attempt: number; retries: number; reason: string }) => void;
}

export interface DownloadOutcome extends FileDigest {
  /** Bytes of an earlier, broken download were kept and completed. */
  readonly resumed: boolean;
  /** HTTP requests made, retries included. */
  readonly requests: number;
}

/** An HTTP status that is neither the file nor "not found". 5xx and 429 are worth a retry. */
class HttpStatusError extends MatchfactsError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
  get transient(): boolean {
    return this.status >= 500 || this.status === 429;
  }
}

/** The body ended before the announced length: the connection was cut. */
class ShortBodyError extends Error {}

const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

function isTransient(error: unknown): boolean {
  if (error instanceof HttpStatusError) return error.transient;
  if (error instanceof MatchfactsError) return false;
  if (error instanceof ShortBodyError || error instanceof TypeError) return true; // fetch reports network failures as TypeError
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR'));
}

function contentRangeStart(header: string | null): number | undefined {
  const match = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(header?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Downloads one file. A `.part` left by a broken download is resumed with `Range: bytes=N-`; a
 * server that ignores the range (200) is read from the start. A broken connection is retried
 * (`retries`), and if it stays broken the `.part` is kept for the next run. With `expected`, a
 * checksum mismatch deletes the download and throws, naming the file and both hashes.
 *
 * @example
 * await downloadFile({ url, target: '/cache/worldcup-db/matches.csv', label: 'worldcup-db/matches.csv',
 *   expected: { size: 456789, sha256: '…' } });
 */
export async function downloadFile(request: DownloadRequest): Promise<DownloadOutcome> {
  const part = `${request.target}.part`;
  const counter = { requests: 0 };
  try {
    await mkdir(dirname(request.target), { recursive: true });
    let { resumed } = await fetchIntoPart(request, part, counter);
    let digest = await digestFile(part);
    const { expected } = request;
    if (expected && digest.sha256 !== expected.sha256 && resumed) {
      // The kept bytes may not belong to this file: try once more from nothing.
      await rm(part, { force: true });
      resumed = (await fetchIntoPart(request, part, counter)).resumed;
      digest = await digestFile(part);
    }
    if (expected && digest.sha256 !== expected.sha256) {
      await rm(part, { force: true });
      throw new MatchfactsError(messages.checksumMismatch(request.label, expected.sha256, digest.sha256, request.url));
    }
    await rename(part, request.target);
    return { ...digest, resumed, requests: counter.requests };
  } catch (error) {
    if (error instanceof MatchfactsError) throw error;
    throw new MatchfactsError(messages.cannotWrite(request.label, describeError(error)), { cause: error });
  }
}

async function fetchIntoPart(request: DownloadRequest, part: string, counter: { requests: number }): Promise<{ resumed: boolean }> {
  const retries = request.retries ?? 2;
  const wait = request.retryDelayMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(request, part, counter);
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= retries) {
        if (error instanceof HttpStatusError) throw error;
        const have = (await sizeIfPresent(part)) ?? 0;
        throw new MatchfactsError(
          messages.connectionLost(request.label, request.url, part, have, request.expected?.size, attempt + 1, describeError(error)),
          { cause: error },
        );
      }
      request.onRetry?.({ attempt: attempt + 1, retries, reason: describeError(error) });
      await delay(wait * 2 ** attempt);
    }
  }
}

async function fetchOnce(request: DownloadRequest, part: string, counter: { requests: number }): Promise<{ resumed: boolean }> {
  const size = request.expected?.size;
  let from = (await sizeIfPresent(part)) ?? 0;
  if (size !== undefined && from > size) {
    await rm(part, { force: true });
    from = 0;
  }
  if (size !== undefined && from === size && from > 0) {
    // Complete already (a run stopped between the last byte and the rename): only the check is left.
    request.onStart?.({ from, size });
    request.onProgress?.(from, size);
    return { resumed: true };
  }

  // identity: a Range counts bytes of the file itself, never of a compressed stream.
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, 'accept-encoding': 'identity' };
  if (from > 0) headers.range = `bytes=${from}-`;
  counter.requests++;
  const response = await (request.fetch ?? fetch)(request.url, { headers, redirect: 'follow' });

  if (from > 0 && (response.status === 416 || (response.status === 206 && contentRangeStart(response.headers.get('content-range')) !== from))) {
    // The server cannot continue where the .part ends: start again from nothing.
    await response.body?.cancel();
    await rm(part, { force: true });
    return fetchOnce(request, part, counter);
  }
  if (response.status === 404) {
    await response.body?.cancel();
    throw new NotFoundError(messages.notFound(request.label, request.url));
  }
  if (response.status !== 200 && response.status !== 206) {
    await response.body?.cancel();
    throw new HttpStatusError(messages.httpStatus(request.label, request.url, response.status, response.statusText), response.status);
  }

  // 206 continues the .part; 200 (also the answer of a server that ignores Range) replaces it.
  const append = response.status === 206 && from > 0;
  let received = append ? from : 0;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const announced = Number.isFinite(length) ? received + length : undefined;
  const total = size ?? announced;
  request.onStart?.({ from: received, size: total });
  const handle = await open(part, append ? 'a' : 'w');
  try {
    if (response.body) {
      for await (const chunk of response.body) {
        await handle.write(chunk);
        received += chunk.length;
        request.onProgress?.(received, total);
      }
    }
  } finally {
    await handle.close();
  }
  if (announced !== undefined && received < announced) {
    throw new ShortBodyError(`the connection closed after ${received.toLocaleString('en-US')} of ${announced.toLocaleString('en-US')} bytes`);
  }
  return { resumed: append };
}
