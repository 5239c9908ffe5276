import type { GitHubClient } from './client.js'

export interface ChangedFile {
  path: string
  status: string
  /** Absent for binary files and very large diffs: then no line can take an inline comment. */
  patch?: string
}

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_PULL_FILES = 3000
/** The compare API lists at most 300 files. */
export const MAX_COMPARE_FILES = 300

/** Every changed file of a pull request, 100 per page. */
export async function listPullFiles(client: GitHubClient, owner: string, repo: string, number: number): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })
  return files.map(toChangedFile)
}

/**
 * The files changed between two commits (a merge group's base and head).
 * GitHub's compare API lists at most 300 files; a merge group is normally
 * one pull request's changes.
 */
export async function listComparedFiles(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<ChangedFile[]> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` })
  return (data.files ?? []).map(toChangedFile)
}

function toChangedFile(file: { filename: string; status: string; patch?: string | undefined }): ChangedFile {
  const changed: ChangedFile = { path: file.filename, status: file.status }
  if (file.patch !== undefined) changed.patch = file.patch
  return changed
}

/** Files whose new version exists: added, modified, renamed, copied or changed (not removed). */
export function isPresent(file: ChangedFile): boolean {
  return file.status !== 'removed' && file.status !== 'unchanged'
}

export type FetchedContent = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'too-large'; size: number } | { kind: 'missing' }

/**
 * A file's bytes at a commit, read through the API (nothing from the pull
 * request is checked out or run). Files over `maxBytes` are reported from
 * their size alone, without downloading them.
 */
export async function fetchContent(
  client: GitHubClient,
  owner: string,
  repo: string,
  path: string,
  ref: string,
  maxBytes: number
): Promise<FetchedContent> {
  let data: unknown
  try {
    ;({ data } = await client.rest.repos.getContent({ owner, repo, path, ref }))
  } catch (error) {
    if ((error as { status?: number }).status === 404) return { kind: 'missing' }
    throw error
  }
  const file = data as { type?: string; size?: number; content?: string; encoding?: string }
  if (Array.isArray(data) || file.type !== 'file') return { kind: 'missing' }
  const size = file.size ?? 0
  if (size > maxBytes) return { kind: 'too-large', size }
  if (file.encoding === 'base64' && typeof file.content === 'string') {
    return { kind: 'bytes', bytes: new Uint8Array(Buffer.from(file.content, 'base64')) }
  }
  // Between 1 MB and the cap GitHub sends no inline content: ask for the raw bytes.
  const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
    owner,
    repo,
    path,
    ref,
    mediaType: { format: 'raw' },
    request: { parseSuccessResponseBody: false }
  })
  return { kind: 'bytes', bytes: await toBytes(raw.data) }
}

async function toBytes(data: unknown): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  if (data && typeof (data as ReadableStream).getReader === 'function') {
    return new Uint8Array(await new Response(data as ReadableStream).arrayBuffer())
  }
  throw new Error('Unexpected content response from GitHub')
}
