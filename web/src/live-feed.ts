// Reads the server's event stream (/events) into feed items: facts as they are found, and new matches.
import { useEffect, useState } from 'react';
import type { Fact } from './types.js';

export interface FeedItem {
  key: string;
  text: string;
  matchId: number | null;
  /** The match it belongs to, as the event names it ("Valencia 3-4 Atalanta"). */
  match: string | null;
  kind: string;
  score: number | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function factItem(fact: Partial<Fact> & Record<string, unknown>, match: string | null): FeedItem | null {
  if (typeof fact.text !== 'string') return null;
  return {
    key: typeof fact.id === 'string' ? fact.id : `${fact.matchId ?? ''}:${fact.text}`,
    text: fact.text,
    matchId: typeof fact.matchId === 'number' ? fact.matchId : null,
    match,
    kind: typeof fact.kind === 'string' ? fact.kind : 'fact',
    score: typeof fact.score === 'number' ? fact.score : null,
  };
}

const nameOf = (team: unknown): string | null => (typeof team === 'string' ? team : isObject(team) && typeof team.name === 'string' ? team.name : null);

/** "France 11-0 Brazil" from a match as the API writes it, else its text. */
function matchLabel(match: Record<string, unknown>): string | null {
  const home = nameOf(match.home);
  const away = nameOf(match.away);
  if (home && away) return `${home} ${typeof match.scoreLine === 'string' ? match.scoreLine : 'v'} ${away}`;
  return typeof match.text === 'string' ? match.text : null;
}

/** Turns one event's JSON into feed items; unknown shapes give none rather than an error. */
export function feedItems(eventName: string, payload: unknown): FeedItem[] {
  if (Array.isArray(payload)) return payload.flatMap((item) => feedItems(eventName, item));
  if (!isObject(payload)) return [];
  const inner = isObject(payload.data) ? payload.data : payload;
  const matchObject = isObject(inner.match) ? inner.match : null;
  const matchText = matchObject ? matchLabel(matchObject) : null;
  const matchId =
    matchObject && typeof matchObject.id === 'number'
      ? matchObject.id
      : typeof inner.id === 'number'
        ? inner.id
        : typeof inner.matchId === 'number'
          ? inner.matchId
          : null;
  const items: FeedItem[] = [];
  if (Array.isArray(inner.facts)) {
    for (const fact of inner.facts) if (isObject(fact)) {
      const item = factItem({ matchId: matchId ?? undefined, ...fact }, matchText);
      if (item) items.push(item);
    }
    if (items.length === 0 && matchText) items.push({ key: `match:${matchId}:${eventName}`, text: `New result: ${matchText}. No record facts.`, matchId, match: matchText, kind: 'match', score: null });
    return items;
  }
  if (isObject(inner.fact)) {
    const item = factItem(inner.fact, matchText);
    return item ? [item] : [];
  }
  if (typeof inner.definitionId === 'string') {
    const item = factItem(inner, matchText);
    return item ? [item] : [];
  }
  if (matchText) return [{ key: `match:${matchId}:${eventName}:${matchText}`, text: `New result: ${matchText}`, matchId, match: matchText, kind: 'match', score: null }];
  return [];
}

const eventNames = ['fact', 'facts', 'match', 'matches', 'status', 'competition-status'];

/** The feed since the page opened, newest first, and whether the stream is connected. */
export function useLiveFeed(url: string): { items: FeedItem[]; connected: boolean } {
  const [items, setItems] = useState<FeedItem[]>([]);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(url);
    const receive = (event: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(event.data);
      } catch {
        return;
      }
      const fresh = feedItems(event.type, payload);
      if (fresh.length === 0) return;
      setItems((old) => {
        const seen = new Set(old.map((item) => item.key));
        return [...fresh.filter((item) => !seen.has(item.key)), ...old].slice(0, 200);
      });
    };
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(source.readyState === EventSource.OPEN);
    source.onmessage = receive;
    for (const name of eventNames) source.addEventListener(name, receive);
    return () => source.close();
  }, [url]);
  return { items, connected };
}
