import type { GitHubClient } from './client.js'

/** The author GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]'

/**
 * Who the token writes as, so that only our own comments are edited or
 * deleted (someone may quote a comment, hidden marker and all). A personal
 * token is a user; GITHUB_TOKEN is an installation, which GET /user refuses
 * with 403, and writes as github-actions[bot].
 */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || status === 404) return ACTIONS_BOT
    throw error
  }
}
