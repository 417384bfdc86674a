// Sets the browser tab's title for a page.
import { useEffect } from 'react';

export function useTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — matchfacts` : 'matchfacts';
  }, [title]);
}
