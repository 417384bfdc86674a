// Match reports on the real shared data: the two stories of the issue, a story for every match in
// the data with every number and name traced to its sources, and the same story every time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importPath } from '../../src/ingest/import-path.js';
import { loadBuiltInCatalogue } from '../../src/records/definitions/load-definitions.js';
import { rebuildRecordBook } from '../../src/records/book/record-book-store.js';
import { openStore, type Store } from '../../src/store/open-store.js';
import { readMatches } from '../../src/store/queries/read-matches.js';
import { loadEditionStoryInputs, loadStoryInput } from '../../src/story/load-story-input.js';
import { loadPreviewInput } from '../../src/story/load-preview-input.js';
import { writePreview } from '../../src/story/preview.js';
import { renderStory } from '../../src/story/render.js';
import { renderText } from '../../src/story/render-text.js';
import { storySentences, type Story } from '../../src/story/story.js';
import { writeStory } from '../../src/story/write-story.js';
import { SHARED_DATA, tempDir } from '../support/shared-data.js';
import { sentenceProblems, storyProblems } from './source-check.js';

let store: Store;
let dir: string;
const definitions = loadBuiltInCatalogue().map((l) => l.definition);

beforeAll(async () => {
  dir = tempDir('matchfacts-story-');
  store = await openStore(join(dir, 'story.db'));
  await importPath(store, [SHARED_DATA]);
  rebuildRecordBook(store, definitions);
}, 900_000);

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storyOf(date: string, team: string): Promise<Story> {
  const [match] = await readMatches(store.db, { date, team });
  if (!match) throw new Error(`no match on ${date} for ${team}`);
  return writeStory(await loadStoryInput(store, match.id));
}

function fullText(story: Story): string {
  return renderText(story);
}

describe('2014-07-08 Brazil 1-7 Germany', () => {
  it('is reported as a World Cup semi-final won 7-1, through to the final against Argentina', async () => {
    const story = await storyOf('2014-07-08', 'Germany');
    const text = fullText(story);
    expect(text.split('\n')[0]).toBe(story.headline.text);
    expect(text).toContain('8 July 2014');
    expect(text).toContain('2014 World Cup semi-final');
    expect(text).toMatch(/Germany [^.]*Brazil[^.]*7-1/);
    expect(text).toMatch(/final/);
    expect(text).toContain('Argentina');
    expect(text).toContain('13 July 2014');
  });

  it("tells Klose's record 16th goal, with Ronaldo as the previous holder and how long his record stood", async () => {
    const story = await storyOf('2014-07-08', 'Germany');
    const klose = story.facts.find((f) => f.definitionId === 'wc-men-most-goals-career');
    expect(klose?.subject.name).toBe('Miroslav Klose');
    expect(klose?.amount).toBe(16);
    expect(klose?.proof.before.length).toBeGreaterThan(0);
    const record = storySentences(story).filter((s) => s.sources.facts.includes(klose!.id));
    const said = record.map((s) => s.text).join(' ');
    expect(said).toContain('Miroslav Klose');
    expect(said).toContain('16th');
    expect(said).toContain('Ronaldo');
    expect(said).toMatch(/2006|eight years/);
    // The record makes the headline.
    expect(story.headline.text).toContain('Miroslav Klose');
    const json = renderStory(story, 'json').toLowerCase();
    for (const word of ['klose', 'ronaldo', '16']) expect(json).toContain(word);
  });

  it('lists the goals in the order they were scored, with minutes', async () => {
    const story = await storyOf('2014-07-08', 'Germany');
    const goals = storySentences(story).filter((s) => s.sources.match.some((id) => id.startsWith('goal:')));
    const text = goals.map((s) => s.text).join(' ');
    // Klose is named in full in the standfirst, so the goals give his surname.
    const order = ['Thomas Müller', 'Klose', 'Toni Kroos', 'Sami Khedira', 'André Schürrle', 'Oscar'].map((name) => text.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const minute of ["11'", "23'", "24'", "26'", "29'", "69'", "79'", "90'"]) expect(text).toContain(minute);
    const goalIds = new Set(goals.flatMap((s) => s.sources.match.filter((id) => id.startsWith('goal:'))));
    expect(goalIds.size).toBe(8);
  });
});

describe('2021-03-09 Juventus 3-2 FC Porto a.e.t.', () => {
  it('says Porto went through on away goals after extra time, 4-4 on aggregate', async () => {
    const story = await storyOf('2021-03-09', 'Porto');
    const text = fullText(story);
    expect(text).toContain('Juventus beat FC Porto 3-2 after extra time');
    const tie = storySentences(story).find((s) => s.sources.match.some((id) => id.startsWith('tie:')) && s.text.includes('4-4 on aggregate'));
    expect(tie?.text).toMatch(/FC Porto went through on away goals/);
    expect(tie?.text).toMatch(/extra time/);
    expect(text).toContain('Chelsea FC');
    const json = renderStory(story, 'json').toLowerCase();
    for (const phrase of ['away goals', 'extra time', 'porto', '4-4 on aggregate']) expect(json).toContain(phrase);
    const source = story.evidence[tie!.sources.match.find((id) => id.startsWith('tie:'))!] as { aggregate: number[]; decidedBy: string; winner: string };
    expect(source).toMatchObject({ aggregate: [4, 4], decidedBy: 'away_goals_in_extra_time', winner: 'FC Porto' });
  });
});

describe('every match in the shared data', () => {
  it('has a story, and every number and name of it is in its sources', async () => {
    const editions = store.sqlite.prepare('SELECT id FROM edition ORDER BY id').all() as { id: number }[];
    const problems: string[] = [];
    let stories = 0;
    for (const { id } of editions) {
      for (const input of await loadEditionStoryInputs(store, id)) {
        const story = writeStory(input);
        stories += 1;
        problems.push(...storyProblems(story));
        if (story.headline.text.length === 0 || story.standfirst.text.length === 0) problems.push(`match ${story.matchId}: empty headline or standfirst`);
      }
    }
    const total = (store.sqlite.prepare('SELECT count(*) AS n FROM match').get() as { n: number }).n;
    expect(stories).toBe(total);
    expect(stories).toBeGreaterThan(50_000);
    expect(problems.slice(0, 20)).toEqual([]);
    // Every match of the data, on a machine others share: how long it takes is bench/story's business.
  }, 1_800_000);

  it('the check catches a number or a name the sources do not hold', async () => {
    const story = await storyOf('2014-07-08', 'Germany');
    const first = story.paragraphs[0]![0]!;
    expect(sentenceProblems(story, first)).toEqual([]);
    expect(sentenceProblems(story, { ...first, text: `${first.text} Germany won 4321-1.` }).join()).toContain('number 4321');
    expect(sentenceProblems(story, { ...first, text: `${first.text} Pelé watched.` }).join()).toContain('Pelé');
    expect(sentenceProblems(story, { ...first, text: `${first.text} Nine goals.` }).join()).toContain('(9)');
    expect(sentenceProblems(story, { ...first, sources: { facts: [], match: [] } })).toEqual([`no source: ${first.text}`]);
  });
});

describe('the story of one match', () => {
  it("reads the scorers, cards and sources of that match alone, and is the story its whole edition's read gives", async () => {
    // Each edition's first, middle and last match, and its last six knockout matches where it has
    // any: tables, two-legged ties, replays and finals among them.
    const rows = store.sqlite
      .prepare(
        `SELECT m.id, m.edition_id AS editionId, s.kind AS stageKind FROM match m LEFT JOIN stage s ON s.id = m.stage_id
         ORDER BY m.edition_id, m.date, m.id`,
      )
      .all() as { id: number; editionId: number; stageKind: string | null }[];
    const byEdition = new Map<number, typeof rows>();
    for (const row of rows) byEdition.set(row.editionId, [...(byEdition.get(row.editionId) ?? []), row]);
    const differences: string[] = [];
    let compared = 0;
    for (const [editionId, matches] of byEdition) {
      const sampled = new Set([0, Math.floor(matches.length / 2), matches.length - 1].map((i) => matches[i]!.id));
      const knockout = matches.filter((m) => m.stageKind !== null && !['league', 'league_phase', 'group'].includes(m.stageKind));
      for (const m of knockout.slice(-6)) sampled.add(m.id);
      // Compared with the inputs of a whole edition read in full (every match with all its details).
      const whole = new Map((await loadEditionStoryInputs(store, editionId)).filter((input) => sampled.has(input.match.id)).map((input) => [input.match.id, writeStory(input)]));
      for (const id of sampled) {
        const input = await loadStoryInput(store, id);
        compared += 1;
        expect(input.match.goals).toEqual((await readMatches(store.db, { ids: [id] }))[0]!.goals);
        if (JSON.stringify(writeStory(input)) !== JSON.stringify(whole.get(id))) differences.push(`match ${id} (edition ${editionId})`);
      }
    }
    expect(compared).toBeGreaterThan(1_000);
    expect(differences.slice(0, 10)).toEqual([]);
  }, 900_000);

  it('reads the other matches of its edition without their goals or sources', async () => {
    const [final] = await readMatches(store.db, { date: '2014-07-13', team: 'Germany' });
    const edition = await readMatches(store.db, { editionId: final!.editionId, detailed: [final!.id] });
    const full = await readMatches(store.db, { editionId: final!.editionId });
    expect(edition.map((m) => m.id)).toEqual(full.map((m) => m.id));
    expect(edition.find((m) => m.id === final!.id)).toEqual(full.find((m) => m.id === final!.id));
    const semi = edition.find((m) => m.data.date === '2014-07-08')!;
    expect(semi.data.score.fullTime).toEqual([1, 7]);
    expect(semi.data.goals).toBeUndefined();
    expect(semi.sources).toEqual([]);
    expect(full.find((m) => m.id === semi.id)!.data.goals).toHaveLength(8);
  });
});

describe('the same input gives the same story', () => {
  it('writes identical stories from identical inputs, and from a fresh load', async () => {
    const [match] = await readMatches(store.db, { date: '2022-12-18', team: 'France' });
    const input = await loadStoryInput(store, match!.id);
    const once = writeStory(input);
    expect(writeStory(input)).toEqual(once);
    expect(writeStory(await loadStoryInput(store, match!.id))).toEqual(once);
    for (const format of ['text', 'markdown', 'html', 'json'] as const) expect(renderStory(writeStory(input), format)).toBe(renderStory(once, format));
  });

  it('varies the wording from match to match', async () => {
    const [edition] = await readMatches(store.db, { competition: 'Champions League 2022/23', limit: 1 });
    const inputs = await loadEditionStoryInputs(store, edition!.editionId);
    // The lead (the standfirst) is where a reader meets the wording first.
    const openings = new Set(inputs.map((input) => writeStory(input).standfirst.text.replace(/[^a-z ]/g, '').split(' ').slice(0, 4).join(' ')));
    expect(openings.size).toBeGreaterThan(20);
  });
});

describe('formats', () => {
  it('text is laid out as a wire report (headline, standfirst, paragraphs); markdown and html carry the headline; html escapes', async () => {
    const story = await storyOf('2014-07-08', 'Germany');
    const lines = renderStory(story, 'text').split('\n');
    expect(lines.slice(0, 3)).toEqual([story.headline.text, '', story.standfirst.text]);
    expect(renderStory(story, 'markdown')).toContain(`# ${story.headline.text}`);
    const html = renderStory({ ...story, headline: { ...story.headline, text: '<b>"Klose" & co</b>' } }, 'html');
    expect(html).toContain('&lt;b&gt;&quot;Klose&quot; &amp; co&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    const json = JSON.parse(renderStory(story, 'json')) as { paragraphs: { text: string; sources: { facts: string[]; match: string[] } }[][]; facts: { proof: unknown }[]; sources: Record<string, unknown> };
    expect(json.paragraphs.flat().every((s) => s.sources.facts.length + s.sources.match.length > 0)).toBe(true);
    expect(json.facts.every((f) => f.proof !== undefined)).toBe(true);
    expect(Object.keys(json.sources)).toContain(`match:${story.matchId}`);
  });
});

async function previewOf(date: string, team: string): Promise<Story> {
  const [match] = await readMatches(store.db, { date, team });
  if (!match) throw new Error(`no match on ${date} for ${team}`);
  const preview = writePreview(await loadPreviewInput(store, match.id, definitions));
  expect(storyProblems(preview)).toEqual([]);
  expect(preview.kind).toBe('preview');
  return preview;
}

describe('previews: what is within reach before a match', () => {
  it('2014-07-08: Klose shares the record with Ronaldo on 15 and needs one goal to break it', async () => {
    const preview = await previewOf('2014-07-08', 'Germany');
    const klose = storySentences(preview).find((s) => s.sources.match.some((id) => id.startsWith('reach:wc-men-most-goals-career')));
    expect(klose?.text).toContain('Miroslav Klose');
    expect(klose?.text).toContain('Ronaldo');
    expect(klose?.text).toContain('15');
    expect(klose?.text).toMatch(/one goal/);
    const reach = preview.evidence[klose!.sources.match.find((id) => id.startsWith('reach:'))!] as { kind: string; need: number; current: number; target: number };
    expect(reach).toMatchObject({ kind: 'break', need: 1, current: 15, target: 15 });
    expect(renderText(preview)).not.toMatch(/7-1|\bbeat\b|\brout/);
  });

  it('2022-12-18 Argentina v France: Griezmann, Mbappé and Pogba, each two goals from the finals record, are named in one sentence', async () => {
    const preview = await previewOf('2022-12-18', 'Argentina');
    const finals = storySentences(preview).filter((s) => s.sources.match.some((id) => id.startsWith('reach:wc-men-most-goals-finals-career')));
    expect(finals).toHaveLength(1);
    const [sentence] = finals;
    for (const player of ['Antoine Griezmann', 'Kylian Mbappé', 'Paul Pogba']) expect(sentence?.text).toContain(player);
    expect(sentence?.text).toMatch(/two goals/);
    expect(sentence?.text).toContain('Geoff Hurst');
    // Each player's standing stays citable on its own.
    expect(sentence?.sources.match.filter((id) => id.startsWith('reach:'))).toHaveLength(3);
  });

  it('2021-03-09: FC Porto lead 2-1 from the first leg, and a draw would take them through', async () => {
    const text = renderText(await previewOf('2021-03-09', 'Porto'));
    expect(text).toMatch(/FC Porto[^.]*2-1/);
    expect(text).toMatch(/draw would be enough to take FC Porto through|FC Porto would go through with a draw/);
    expect(text).toMatch(/Juventus (need to overturn|trail) (a )?2-1/);
  });

  it('2018-06-28 Japan v Poland: a win would take Japan through whatever the other result', async () => {
    const text = renderText(await previewOf('2018-06-28', 'Japan'));
    expect(text).toMatch(/A win would take Japan through regardless of the other result|Victory would see Japan through, whatever happens elsewhere/);
  });

  it('2026-05-30, a final still to be played: a preview, and the same one twice', async () => {
    const [match] = await readMatches(store.db, { date: '2026-05-30', team: 'Arsenal' });
    expect(match?.data.status).toBe('scheduled');
    const input = await loadPreviewInput(store, match!.id, definitions);
    const once = writePreview(input);
    expect(writePreview(input)).toEqual(once);
    expect(storyProblems(once)).toEqual([]);
    expect(renderText(once)).toContain('2025/26 Champions League final');
  });
});
