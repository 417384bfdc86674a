// Shows a page's data once loaded, a status line while loading and the API's message on failure.
import type { ReactNode } from 'react';
import type { Loaded } from '../use-json.js';

export function LoadedView<T>({ loaded, what, children }: { loaded: Loaded<T>; what: string; children: (data: T) => ReactNode }) {
  if (loaded.state === 'loading') return <p role="status">Loading {what}…</p>;
  if (loaded.state === 'error')
    return (
      <div role="alert" className="error">
        <p>
          Could not load {what}: {loaded.message}
        </p>
      </div>
    );
  return <>{children(loaded.data)}</>;
}
