// Fetches JSON from the matchfacts API for a page, with loading and error states a page can show.
import { useEffect, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; status?: number }
  | { state: 'ok'; data: T };

/** Reads the API's own error message when there is one, else says what failed. */
export async function readError(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const record = body as Record<string, unknown>;
      // The service answers {error: code, reason: sentence}; other shapes name it message or text.
      const message = record.reason ?? record.message ?? record.text ?? record.error;
      if (typeof message === 'string') return message;
    }
  } catch {
    // not JSON: fall through to the status line
  }
  return `The server answered ${response.status} ${response.statusText}.`;
}

export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, ...init });
  if (!response.ok) throw new ApiError(await readError(response), response.status);
  return (await response.json()) as T;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Loads `url` (null: nothing to load yet) and reloads when it changes. */
export function useJson<T>(url: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (url === null) return;
    let current = true;
    setLoaded({ state: 'loading' });
    getJson<T>(url).then(
      (data) => current && setLoaded({ state: 'ok', data }),
      (error: unknown) =>
        current &&
        setLoaded({
          state: 'error',
          message: error instanceof Error ? error.message : String(error),
          status: error instanceof ApiError ? error.status : undefined,
        }),
    );
    return () => {
      current = false;
    };
  }, [url]);
  return loaded;
}
