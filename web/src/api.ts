// Where each page reads its data: the matchfacts HTTP API (src/server), one function per resource.

const q = (params: Record<string, string | number | null | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
};
const seg = (value: string | number) => encodeURIComponent(String(value));

export const api = {
  matches: (params: { date?: string; team?: string; competition?: string; limit?: number }) => `/api/matches${q(params)}`,
  match: (id: number | string) => `/api/matches/${seg(id)}`,
  matchFacts: (id: number | string) => `/api/matches/${seg(id)}/facts`,
  matchStory: (id: number | string) => `/api/matches/${seg(id)}/story`,
  tie: (params: { date: string; team: string; competition?: string }) => `/api/ties${q(params)}`,
  competitions: (name?: string) => `/api/competitions${q({ q: name })}`,
  tables: (competition: string) => `/api/competitions/${seg(competition)}/table`,
  bracket: (competition: string) => `/api/competitions/${seg(competition)}/bracket`,
  player: (id: number | string) => `/api/players/${seg(id)}`,
  players: (name: string) => `/api/players${q({ q: name })}`,
  records: (competition?: string) => `/api/records${q({ competition })}`,
  record: (definition: string) => `/api/records/${seg(definition)}${q({ history: 'true' })}`,
  check: () => `/api/check`,
  /** From the first event the service logged, so the feed opens with what was written before the page. */
  events: () => `/events?lastEventId=0`,
};
