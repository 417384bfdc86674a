// Events shared by every instance serving one PostgreSQL database: an instance that stores an
// event sends NOTIFY when it commits; every instance LISTENs on its own connection (node-postgres,
// asynchronous, beside the store's synchronous one) and then reads the stored events after the
// last one it announced. A notification carries no data, so a lost one costs nothing: the next
// one, or the reconnection, catches up.
import pg from 'pg';

export const EVENTS_CHANNEL = 'matchfacts_events';

export interface EventNotifications {
  close(): Promise<void>;
}

const RETRY_MS = 1000;

/**
 * Calls `onNotify` whenever an event was committed to the database at `url` by any instance (and
 * after every reconnection, for what was missed meanwhile). Errors go to `onError`; it reconnects.
 */
export async function listenForEvents(url: string, onNotify: () => void, onError: (error: Error) => void = () => undefined): Promise<EventNotifications> {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) onNotify();
    });
    next.on('error', (error) => {
      onError(error);
      reconnect(next);
    });
    next.on('end', () => reconnect(next));
    await next.connect();
    await next.query(`LISTEN ${EVENTS_CHANNEL}`);
    client = next;
  };

  const reconnect = (lost: pg.Client): void => {
    if (closed || client !== lost) return;
    client = undefined;
    void lost.end().catch(() => undefined);
    retry = setTimeout(() => {
      connect()
        .then(onNotify)
        .catch((error: unknown) => {
          onError(error as Error);
          if (!closed) retry = setTimeout(() => reconnect(lost), RETRY_MS);
        });
    }, RETRY_MS);
    retry.unref();
  };

  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
