// The web pages as a reader sees them, in headless Chromium against the real `matchfacts serve`
// over the shared data: the 2022 World Cup final, the 2020-21 Champions League bracket, Just
// Fontaine's record, a tie, a player, the claim box, and a result posted with a token arriving live.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, CHROMIUM, databaseFromSharedData, launchChromium, matchfacts, SCREENSHOTS, serve, type RunningServer } from './served-app.js';

if (chromiumMissing) {
  console.warn(`web page tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

const JS_BUDGET_GZIP = 200 * 1024;

describe.skipIf(chromiumMissing)('web pages in Chromium', () => {
  let db: string;
  let server: RunningServer;
  let browser: Browser;
  const dialogs: string[] = [];

  beforeAll(async () => {
    db = await databaseFromSharedData();
    server = await serve(db);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (db) rmSync(dirname(db), { recursive: true, force: true });
  });

  /** Opens a path in a new tab; any alert() raised by the data is recorded and fails the last test. */
  async function open(path: string): Promise<{ page: Page }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${path}`);
    return { page };
  }

  /** All JavaScript the page loaded (entry and lazy chunks), gzipped, as a reader's browser would fetch it. */
  async function jsGzip(page: Page): Promise<number> {
    const urls = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js')),
    );
    let total = 0;
    for (const url of urls) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      total += gzipSync(body).length;
    }
    return total;
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  it('shows the 2022 World Cup final: score line, goal timeline, facts with proof, story', async () => {
    const found = (await (await fetch(`${server.url}/api/matches?date=2022-12-18&team=France`)).json()) as unknown;
    const list = (Array.isArray(found) ? found : ((found as { matches?: unknown[] }).matches ?? [])) as { id: number }[];
    const final = list[0];
    expect(final, 'the API finds the 2022 final by date and team').toBeDefined();

    const { page } = await open(`/match/${final!.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Argentina\s*3–3\s*France/);
    expect(await page.getByTestId('score-line').textContent()).toContain('3-3 a.e.t., 4-2 pen.');
    expect(await page.locator('.badges').textContent()).toContain('decided on penalties');
    expect(await page.title()).toBe('Argentina v France, 2022-12-18 — matchfacts');

    // The goal timeline: six goals drawn, and the same goals as a list for screen readers.
    const chart = page.locator('figure.chart').first();
    await chart.locator('svg').waitFor();
    expect(await chart.locator('svg circle').count()).toBe(6);
    expect(await chart.locator('svg').textContent()).toContain('Kylian Mbappé 118');
    expect(await page.locator('.goal-list li').allTextContents()).toHaveLength(6);

    // Facts, and the proof on demand: Geoff Hurst's hat-trick of 1966 is the entry before.
    const hatTrick = page.locator('li.fact', { hasText: 'Kylian Mbappé is only the second player to score a hat-trick in a FIFA World Cup final.' });
    await hatTrick.waitFor();
    const proof = hatTrick.locator('details');
    expect(await proof.getAttribute('open')).toBeNull();
    await proof.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => proof.getAttribute('open')).not.toBeNull();
    expect(await proof.locator('table').first().textContent()).toContain('Geoff Hurst');

    // The story, drawn from its sentences.
    await page.locator('.story h3').waitFor();
    expect(await page.locator('.story h3').textContent()).toContain('Argentina');
    const story = await page.locator('.story').textContent();
    expect(story).toContain('a hat-trick from Kylian Mbappé');
    expect(story).toContain('Gonzalo Montiel scored the decisive kick');

    // Page weight: all JavaScript loaded for this page, gzipped.
    const bytes = await jsGzip(page);
    console.log(`match page JavaScript: ${(bytes / 1024).toFixed(1)} kB gzipped`);
    expect(bytes).toBeLessThan(JS_BUDGET_GZIP);
    await shoot(page, 'match-2022-world-cup-final');
    await page.close();
  });

  it('shows the 2020-21 Champions League bracket, Porto through on away goals in extra time, Chelsea champions', async () => {
    const { page } = await open('/competitions');
    const link = page.getByRole('link', { name: /Champions League.*2020.?21/ }).first();
    await link.click();
    const bracket = page.locator('.bracket');
    await bracket.waitFor();
    const rounds = await bracket.locator('h3').allTextContents();
    expect(rounds.slice(0, 4)).toEqual(['Round of 16', 'Quarterfinals', 'Semifinals', 'Final']);
    expect(await bracket.locator('.bracket-round').first().locator('.bracket-tie').count()).toBe(8);
    const porto = bracket.locator('.bracket-tie', { hasText: 'Juventus' });
    expect(await porto.locator('li.winner .team').textContent()).toBe('FC Porto');
    expect(await porto.textContent()).toContain('FC Porto through on away goals scored in extra time, 4-4 on aggregate');
    expect(await bracket.locator('.champion').textContent()).toContain('Chelsea FC');
    expect(await porto.getByRole('link', { name: 'Juventus 3-2 a.e.t. FC Porto' }).getAttribute('href')).toMatch(/^\/match\/\d+$/);
    const bytes = await jsGzip(page);
    console.log(`competition page JavaScript: ${(bytes / 1024).toFixed(1)} kB gzipped`);
    expect(bytes).toBeLessThan(JS_BUDGET_GZIP);
    await shoot(page, 'bracket-champions-league-2020-21');
    await page.close();
  });

  it('shows the 2024-25 Champions League league phase: 36 teams, the band each place leads to, and why each is above the next', async () => {
    const { page } = await open('/competitions');
    await page.getByRole('link', { name: /Champions League.*2024.?25/ }).first().click();
    const league = page.locator('section.standings').first();
    await league.locator('tbody tr').first().waitFor();
    const rows = league.locator('tbody tr');
    expect(await rows.count()).toBe(36);
    const place = async (n: number) => (await rows.nth(n - 1).locator('th, td').allTextContents()).map((cell) => cell.trim());
    expect(await place(1)).toEqual(expect.arrayContaining(['1', 'Liverpool FC', '21', 'round of 16', 'ahead of FC Barcelona on points, 21 to 19']));
    expect(await place(8)).toEqual(expect.arrayContaining(['Aston Villa FC', 'round of 16', 'ahead of Atalanta BC on points, 16 to 15']));
    expect(await place(24)).toEqual(expect.arrayContaining(['Club Brugge KV', 'knockout phase play-offs']));
    expect(await place(25)).toEqual(expect.arrayContaining(['GNK Dinamo Zagreb', 'eliminated']));
    const bytes = await jsGzip(page);
    expect(bytes).toBeLessThan(JS_BUDGET_GZIP);
    await shoot(page, 'league-phase-champions-league-2024-25');
    await page.close();
  });

  it("draws the history of the most goals at one World Cup, ending with Just Fontaine's 13 in 1958", async () => {
    const { page } = await open('/records/wc-men-most-goals-edition');
    await page.getByTestId('record-holder').waitFor();
    expect(await page.locator('h1').textContent()).toBe("Most goals in one men's World Cup");
    expect(await page.getByTestId('record-holder').textContent()).toMatch(/Held by Just Fontaine \(13, France, 28 June 1958\)/);
    const top = await page.locator('ol.places li').allTextContents();
    expect(top).toHaveLength(10);
    expect(top[1]).toContain('Sándor Kocsis — 11');

    const chart = page.locator('figure.chart');
    await chart.locator('svg').waitFor();
    const labels = await chart.locator('svg text').allTextContents();
    expect(labels).toContain('Just Fontaine');
    expect(labels).toContain('Sándor Kocsis');
    const steps = await chart.locator('table tbody tr').allTextContents();
    expect(steps.at(-1)).toMatch(/28 June 1958.*Just Fontaine.*13/);
    expect(steps[0]).toMatch(/13 July 1930/);
    const bytes = await jsGzip(page);
    console.log(`record page JavaScript: ${(bytes / 1024).toFixed(1)} kB gzipped`);
    expect(bytes).toBeLessThan(JS_BUDGET_GZIP);
    await shoot(page, 'record-just-fontaine');
    await page.close();
  });

  it('shows how the tie of Porto and Juventus was decided: away goals in extra time, 4-4 on aggregate', async () => {
    const { page } = await open('/tie?date=2021-03-09&team=FC%20Porto');
    await page.getByTestId('tie-outcome').waitFor();
    expect(await page.locator('h1').textContent()).toBe('FC Porto v Juventus');
    expect(await page.getByTestId('tie-outcome').textContent()).toBe('FC Porto through on away goals scored in extra time, 4-4 on aggregate');
    expect(await page.locator('dl').textContent()).toContain('away goals in extra time');
    const legs = await page.locator('table tbody tr').allTextContents();
    expect(legs).toEqual([expect.stringMatching(/17 February 2021.*FC Porto.*2-1.*Juventus/), expect.stringMatching(/9 March 2021.*Juventus.*3-2 a\.e\.t\..*FC Porto/)]);
    expect(await page.locator('main').textContent()).toContain('Next: FC Porto play Chelsea FC in the Quarterfinals');
    // Each leg links to its match page.
    await page.getByRole('link', { name: '3-2 a.e.t.' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Juventus.*3–2.*FC Porto/);
    expect(page.url()).toMatch(/\/match\/\d+$/);
    await page.goBack();
    await page.getByTestId('tie-outcome').waitFor();
    await shoot(page, 'tie-porto-juventus');
    await page.close();
  });

  it("gives Pelé's age on the day of his first World Cup goal, and his goals by edition", async () => {
    const found = (await (await fetch(`${server.url}/api/players?q=${encodeURIComponent('Pelé')}`)).json()) as { players: { id: number; birthDate: string | null }[] };
    const pele = found.players.find((player) => player.birthDate === '1940-10-23');
    expect(pele, 'the API finds Pelé, born 23 October 1940').toBeDefined();
    const { page } = await open(`/player/${pele!.id}`);
    await page.getByLabel('Age on', { exact: true }).fill('1958-06-19');
    await expect.poll(() => page.getByTestId('age-answer').textContent()).toBe('Pelé was 17 years 239 days old on 19 June 1958.');
    const chart = page.locator('figure.chart');
    await chart.locator('svg').waitFor();
    expect(await chart.locator('svg').textContent()).toContain('FIFA World Cup 1958');
    expect(await chart.locator('table').textContent()).toMatch(/FIFA World Cup\s*1958\s*6/);
    // Every goal links to its match: the first, against Wales on 19 June 1958.
    await page.getByText(/^Every goal/).click();
    await page.getByRole('link', { name: 'Brazil v Wales' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/Brazil.*1–0.*Wales/);
    await page.goBack();
    await page.getByTestId('age-answer').waitFor();
    await shoot(page, 'player-pele');
    await page.close();
  });

  it('reaches the About page by keyboard from any page, with the data sources and the attribution the Fjelstul licence requires', async () => {
    const { page } = await open('/records');
    // The first Tab of a reader who has just opened the page: once the page has drawn its links.
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await page.locator('footer').textContent()).toContain('World Cup data © 2023 Joshua C. Fjelstul, Ph.D.');
    await page.locator('footer').getByRole('link', { name: 'data sources' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('About matchfacts');
    expect(new URL(page.url()).pathname).toBe('/about');
    expect(await page.locator('.attribution').textContent()).toMatch(
      /© 2023 Joshua C\. Fjelstul, Ph\.D\. — https:\/\/github\.com\/jfjelstul\/worldcup — licensed under\s+CC-BY-SA 4\.0, https:\/\/creativecommons\.org\/licenses\/by-sa\/4\.0\/legalcode/,
    );
    expect(await page.locator('h3').allTextContents()).toEqual(['The Fjelstul World Cup Database', 'International football results from 1872', 'openfootball Football.TXT']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shoot(page, 'about');
    await page.close();
  });

  it('checks a claim typed into the claim box, by keyboard', async () => {
    const { page } = await open('/check');
    await page.getByLabel('Claim').fill('Just Fontaine scored 13 goals at the 1958 World Cup');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByTestId('verdict').textContent()).toBe('True');
    expect(await page.getByTestId('verdict-statement').textContent()).toBe('Just Fontaine scored 13 goals at the 1958 FIFA World Cup.');

    await page.getByLabel('Claim').fill('Miroslav Klose is the oldest player to score at a World Cup');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => page.getByTestId('verdict').textContent()).toBe('False');
    expect(await page.locator('.verdict').textContent()).toContain('Roger Milla');
    await shoot(page, 'claim-box');
    await page.close();
  });

  it('shows a result posted with a token on the live feed and its facts on the match page, names as text', async () => {
    const token = JSON.parse(await matchfacts(['token', 'create', '--name', 'web-test', '--json', '--db', db])) as { token: string };
    const { page: front } = await open('/');
    await front.getByText('Connected: facts appear here as results arrive.').waitFor();

    const posted = await fetch(`${server.url}/api/matches`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(newWorldCupMatch()),
    });
    expect(posted.status).toBe(201);
    const answer = (await posted.json()) as { matches?: { id: number }[] };

    const feed = front.getByTestId('live-feed');
    const firstTime = feed.locator('li', { hasText: '<script>alert(1)</script> played FIFA World Cup football for the first time.' });
    await firstTime.waitFor();
    expect(await feed.textContent()).toContain('France set a new record for the biggest win at a men');
    await shoot(front, 'live-feed');

    await firstTime.getByRole('link').click();
    await front.locator('h1').waitFor();
    await expect.poll(() => front.locator('h1').textContent()).toMatch(/France\s*11–0\s*<script>alert\(1\)<\/script>/);
    expect(front.url()).toMatch(/\/match\/\d+$/);
    const matchId = Number(front.url().split('/').pop());
    expect(matchId).toBe(answer.matches?.[0]?.id);
    expect(await front.locator('.badges').textContent()).toContain('behind closed doors');
    await front.locator('li.fact').first().waitFor();
    expect(await front.locator('ol.facts').textContent()).toContain('France set a new record for the biggest win at a men');
    expect(await front.locator('script', { hasText: 'alert(1)' }).count()).toBe(0);
    expect(dialogs).toEqual([]);
    await shoot(front, 'posted-match');
    await front.close();
  });
});

/** A World Cup match after everything in the data: France beat a team whose name is markup, 11-0, behind closed doors. */
function newWorldCupMatch() {
  const minutes = [3, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85];
  return {
    kind: 'match',
    competition: 'FIFA World Cup',
    season: '2030',
    stage: 'Group stage',
    group: 'Group A',
    date: '2030-06-14',
    home: 'France',
    away: '<script>alert(1)</script>',
    score: { halfTime: [5, 0], fullTime: [11, 0] },
    behindClosedDoors: true,
    goals: minutes.map((minute) => ({ team: 'home', scorer: 'Kylian Mbappé', minute })),
  };
}
