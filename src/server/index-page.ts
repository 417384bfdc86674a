// The page at / until the web pages are built (npm run build in web/): what the service is and
// where its API is described.

export function fallbackIndexPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>matchfacts</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<h1>matchfacts</h1>
<p>Football matches, record facts with proof, stories, previews and claim checks.</p>
<ul>
<li><a href="/docs">API documentation</a> (OpenAPI: <a href="/openapi.json">/openapi.json</a>)</li>
<li><a href="/api/matches?date=2022-12-18">Matches of 2022-12-18</a></li>
<li><a href="/api/competitions">Competitions</a></li>
<li><a href="/health">Service health</a></li>
</ul>
<p>The web pages are not built yet: they are served here once <code>web/dist</code> exists.</p>
</body>
</html>
`;
}
