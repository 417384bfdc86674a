// The page frame (skip link, navigation, footer with the data attribution) and the route table.
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { Link, matchPath, useLocation } from './router.js';

type Params = Record<string, string>;
interface Route {
  pattern: string;
  page: ComponentType<{ params: Params; query: URLSearchParams }>;
}

// Each page is its own chunk, so a reader downloads only the page they open.
const routes: Route[] = [
  { pattern: '/', page: lazy(() => import('./pages/home-page.js')) },
  { pattern: '/match/:id', page: lazy(() => import('./pages/match-page.js')) },
  { pattern: '/tie', page: lazy(() => import('./pages/tie-page.js')) },
  { pattern: '/competitions', page: lazy(() => import('./pages/competitions-page.js')) },
  { pattern: '/competition/:id', page: lazy(() => import('./pages/competition-page.js')) },
  { pattern: '/player/:id', page: lazy(() => import('./pages/player-page.js')) },
  { pattern: '/records', page: lazy(() => import('./pages/records-page.js')) },
  { pattern: '/records/:definition', page: lazy(() => import('./pages/record-page.js')) },
  { pattern: '/check', page: lazy(() => import('./pages/check-page.js')) },
  { pattern: '/about', page: lazy(() => import('./pages/about-page.js')) },
];

function NotFound() {
  useEffect(() => {
    document.title = 'Not found — matchfacts';
  }, []);
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Start from the <Link href="/">front page</Link> or the{' '}
        <Link href="/records">record book</Link>.
      </p>
    </>
  );
}

const nav: [string, string][] = [
  ['/', 'Live facts'],
  ['/competitions', 'Competitions'],
  ['/records', 'Record book'],
  ['/check', 'Check a claim'],
  ['/about', 'About'],
];

export function App() {
  const { path, query } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, move focus to the new content so screen readers announce it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);

  let content = <NotFound />;
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) {
      const Page = route.page;
      content = <Page key={path} params={params} query={query} />;
      break;
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          matchfacts
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map(([href, label]) => (
              <li key={href}>
                <Link href={href} aria-current={href === path ? 'page' : undefined}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p role="status">Loading…</p>}>{content}</Suspense>
      </main>
      <footer className="site-footer">
        <p>
          World Cup data © 2023 Joshua C. Fjelstul, Ph.D. (
          <a href="https://github.com/jfjelstul/worldcup">jfjelstul/worldcup</a>), licensed under{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/legalcode">CC-BY-SA 4.0</a>. More on the{' '}
          <Link href="/about">data sources</Link>.
        </p>
      </footer>
    </>
  );
}
