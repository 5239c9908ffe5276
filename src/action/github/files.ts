import type { GitHubClient } from './client.js'
import { statusOf } from './client.js'

export interface ChangedFile {
  path: string
  status: string
  /** Absent for binary files, very large diffs and merge groups: then no line can take an inline comment. */
  patch?: string
}

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_PULL_FILES = 3000
/** The compare API lists at most 300 files. */
export const MAX_COMPARE_FILES = 300
/** The contents API sends a file's content inline (base64) up to 1 MB; beyond that only the raw media type has it. */
const INLINE_CONTENT_LIMIT = 1024 * 1024

/** Every changed file of a pull request, 100 per page. */
export async function listPullFiles(client: GitHubClient, owner: string, repo: string, number: number): Promise<ChangedFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })
  return files.map(toChangedFile)
}

/**
 * The files changed between two commits (a merge group's base and head).
 * The compare API lists at most 300 files; when it is full, the two commits'
 * trees are compared instead (git trees API: every path and blob SHA), so
 * that a large merge group is still judged file by file against its base,
 * through the API, never from a workspace the pull request may have shaped.
 */
export async function listComparedFiles(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<ChangedFile[]> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` })
  const files = (data.files ?? []).map(toChangedFile)
  return files.length < MAX_COMPARE_FILES ? files : listTreeChanges(client, owner, repo, base, head)
}

async function listTreeChanges(client: GitHubClient, owner: string, repo: string, base: string, head: string): Promise<ChangedFile[]> {
  const [before, after] = await Promise.all([blobsAt(client, owner, repo, base), blobsAt(client, owner, repo, head)])
  const changed: ChangedFile[] = []
  for (const [path, sha] of after) {
    const old = before.get(path)
    if (old !== sha) changed.push({ path, status: old === undefined ? 'added' : 'modified' })
  }
  for (const path of before.keys()) if (!after.has(path)) changed.push({ path, status: 'removed' })
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Path → blob SHA of every file at a commit. */
async function blobsAt(client: GitHubClient, owner: string, repo: string, commit: string): Promise<Map<string, string>> {
  const { data } = await client.rest.git.getTree({ owner, repo, tree_sha: commit, recursive: 'true' })
  if (data.truncated) {
    throw new Error(
      `The tree of ${commit.slice(0, 7)} has more files than GitHub's trees API lists, so prfaq-gate cannot see every change of this merge group; the check fails rather than pass unchecked.`
    )
  }
  return new Map(data.tree.filter((entry) => entry.type === 'blob' && entry.path && entry.sha).map((entry) => [entry.path!, entry.sha!]))
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

export type FetchedContent =
  | { kind: 'bytes'; bytes: Uint8Array }
  /** Over the size limit: not downloaded. `head` holds the first bytes when they were asked for. */
  | { kind: 'too-large'; size: number; head?: Uint8Array }
  /** Only the first bytes, as asked for; the file is larger. */
  | { kind: 'partial'; size: number; head: Uint8Array }
  | { kind: 'missing' }

export interface FetchOptions {
  maxBytes: number
  /** Read only this many bytes of a file too large to come inline: enough to see its front matter. */
  headBytes?: number
}

/**
 * A file's bytes at a commit, read through the API (nothing from the pull
 * request is checked out or run). One request with the `object` media type
 * gives the size and, up to 1 MB, the content; the default media type would
 * refuse a larger file outright (403 `too_large`). A file over `maxBytes` is
 * reported from its size alone; one between 1 MB and `maxBytes` is read raw.
 */
export async function fetchContent(client: GitHubClient, owner: string, repo: string, path: string, ref: string, options: FetchOptions): Promise<FetchedContent> {
  let data: unknown
  try {
    ;({ data } = await client.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'object' } }))
  } catch (error) {
    if (statusOf(error) === 404) return { kind: 'missing' }
    throw error
  }
  const file = data as { type?: string; size?: number; content?: string; encoding?: string }
  if (Array.isArray(data) || file.type !== 'file') return { kind: 'missing' }
  const size = file.size ?? 0
  const inline = file.encoding === 'base64' && typeof file.content === 'string' && (file.content.length > 0 || size === 0)
  if (inline) {
    const bytes = new Uint8Array(Buffer.from(file.content!, 'base64'))
    if (size <= options.maxBytes) return { kind: 'bytes', bytes }
    return options.headBytes ? { kind: 'too-large', size, head: bytes.subarray(0, options.headBytes) } : { kind: 'too-large', size }
  }
  const raw = (limit: number) => readRaw(client, { owner, repo, path, ref }, limit)
  if (size > options.maxBytes) return options.headBytes ? { kind: 'too-large', size, head: await raw(options.headBytes) } : { kind: 'too-large', size }
  if (size > INLINE_CONTENT_LIMIT && options.headBytes) return { kind: 'partial', size, head: await raw(options.headBytes) }
  const bytes = await raw(options.maxBytes + 1)
  return bytes.length > options.maxBytes ? { kind: 'too-large', size: bytes.length } : { kind: 'bytes', bytes }
}

/** Up to `limit` bytes of a file, with the raw media type, streamed: the rest is never downloaded. */
async function readRaw(client: GitHubClient, file: { owner: string; repo: string; path: string; ref: string }, limit: number): Promise<Uint8Array> {
  const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...file, mediaType: { format: 'raw' }, request: { parseSuccessResponseBody: false } })
  return readUpTo(response.data as unknown, limit)
}

async function readUpTo(data: unknown, limit: number): Promise<Uint8Array> {
  if (data instanceof Uint8Array) return data.subarray(0, limit)
  if (typeof data === 'string') return new TextEncoder().encode(data).subarray(0, limit)
  if (!data || typeof (data as ReadableStream).getReader !== 'function') throw new Error('GitHub sent an unexpected answer for the raw content of a file')
  const reader = (data as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  try {
    while (length < limit) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      length += value.length
    }
  } finally {
    // Stop the download: the bytes past the limit are not needed.
    await reader.cancel().catch(() => undefined)
  }
  return Buffer.concat(chunks).subarray(0, limit)
}
