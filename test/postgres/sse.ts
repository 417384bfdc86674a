// A minimal Server-Sent Events client for tests: connects, and hands out events as they arrive.
import { request as httpRequest, type IncomingMessage } from 'node:http';

export interface SseEvent {
  readonly id: string;
  readonly event: string;
  readonly data: string;
}

export interface SseStream {
  next(): Promise<SseEvent>;
  close(): void;
}

export async function openEvents(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, resolve);
    req.on('error', reject);
    req.end();
  });
  response.setEncoding('utf8');
  let buffer = '';
  const events: SseEvent[] = [];
  let waiting: ((event: SseEvent) => void) | undefined;
  response.on('data', (chunk: string) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields: Record<string, string> = {};
      for (const line of block.split('\n')) {
        if (!line || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
      }
      if (fields.data === undefined) continue;
      const event = { id: fields.id ?? '', event: fields.event ?? 'message', data: fields.data };
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve(event);
      } else events.push(event);
    }
  });
  return {
    next: () => {
      const queued = events.shift();
      return queued ? Promise.resolve(queued) : new Promise((resolve) => (waiting = resolve));
    },
    close: () => response.destroy(),
  };
}
