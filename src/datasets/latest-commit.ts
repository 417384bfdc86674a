// The newest commit of an upstream repository, from GitHub's API (or a stand-in for tests).
import { z } from 'zod';
import { MatchfactsError, NotFoundError } from '../domain/errors.js';
import { USER_AGENT, type FetchLike } from './download-file.js';
import { describeError, messages } from './messages.js';

export const GITHUB_API = 'https://api.github.com';
/** The environment variable naming a stand-in for GitHub's API: `MATCHFACTS_GITHUB_API=http://127.0.0.1:8080`. */
export const API_ENV = 'MATCHFACTS_GITHUB_API';

export interface UpstreamCommit {
  /** 40 hex digits. */
  readonly sha: string;
  /** `YYYY-MM-DD` of the commit, when the API says. */
  readonly date?: string;
}

const commitSchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{40}$/),
  commit: z.object({ committer: z.object({ date: z.string() }).nullish() }).nullish(),
});

/**
 * The commit at the head of the default branch of `OWNER/REPO`.
 *
 * @example const { sha } = await latestCommit('openfootball/worldcup');
 */
export async function latestCommit(
  repo: string,
  options: { apiUrl?: string; env?: NodeJS.ProcessEnv; fetch?: FetchLike } = {},
): Promise<UpstreamCommit> {
  const env = options.env ?? process.env;
  const base = (options.apiUrl || env[API_ENV] || GITHUB_API).replace(/\/+$/, '');
  const url = `${base}/repos/${repo}/commits/HEAD`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/vnd.github+json', 'user-agent': USER_AGENT, 'x-github-api-version': '2022-11-28' },
    });
  } catch (error) {
    throw new MatchfactsError(messages.apiUnreadable(url, describeError(error)), { cause: error });
  }
  if (!response.ok) {
    await response.body?.cancel();
    if (response.status === 404) throw new NotFoundError(messages.apiUnreadable(url, `HTTP 404: no repository ${repo}`));
    if (response.status === 403 || response.status === 429) throw new MatchfactsError(messages.apiRateLimited(url));
    throw new MatchfactsError(messages.apiUnreadable(url, `HTTP ${response.status}`));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new MatchfactsError(messages.apiUnreadable(url, describeError(error)), { cause: error });
  }
  const parsed = commitSchema.safeParse(body);
  if (!parsed.success) throw new MatchfactsError(messages.apiUnreadable(url, 'no commit hash in the answer'));
  const date = parsed.data.commit?.committer?.date?.slice(0, 10);
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { sha: parsed.data.sha, date } : { sha: parsed.data.sha };
}
