/**
 * Hidden markers that tell this job's comments from everyone else's. Every
 * workflow that uses GITHUB_TOKEN writes as github-actions[bot], so the
 * author alone proves nothing: a comment is ours only when its body *starts*
 * with our marker for this job's key. A comment that quotes a marker (a bot
 * echoing a pull request's body, a person quoting the summary) is never
 * touched, and two prfaq-gate jobs in one repository (two doc folders, two
 * configs) keep a comment each.
 */

/** Markers written by prfaq-gate before job keys existed; adopted, so that old comments converge too. */
const LEGACY_SUMMARY = '<!-- prfaq-gate:summary -->\n'
const FINDING_MARKER = /^<!-- prfaq-gate:fp=([0-9a-f]{16})(?: key="([^"\n]*)")?(?: line=([1-9][0-9]{0,8}))? -->/u

/** The longest key kept; GitHub bodies are large, but a marker should stay a line. */
const MAX_KEY = 100

/**
 * A key safe inside an HTML comment and a quoted attribute: letters, digits
 * and a few separators; anything else (`"`, `>`, `!`, newlines) becomes `_`.
 */
export function commentKey(raw: string): string {
  const key = raw
    .replace(/[^\p{L}\p{N} ._/:@()+-]/gu, '_')
    .trim()
    .slice(0, MAX_KEY)
  return key || 'prfaq-gate'
}

/** The default key: the workflow and the job, which tell two prfaq-gate jobs apart. */
export function defaultCommentKey(env: NodeJS.ProcessEnv = process.env): string {
  const parts = [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter((part): part is string => Boolean(part))
  return commentKey(parts.length > 0 ? parts.join('/') : 'prfaq-gate')
}

export function summaryMarker(key: string): string {
  return `<!-- prfaq-gate:summary key="${key}" -->`
}

export function isOwnSummary(body: string | undefined, key: string): boolean {
  if (!body) return false
  return body.startsWith(`${summaryMarker(key)}\n`) || body === summaryMarker(key) || body.startsWith(LEGACY_SUMMARY)
}

/**
 * The marker of a review comment about one finding. A file-level comment
 * also names the line it is about: GitHub lists such comments without a
 * line, and the same finding moved to another line is another comment.
 */
export function findingMarker(fingerprint: string, key: string, line?: number): string {
  return `<!-- prfaq-gate:fp=${fingerprint} key="${key}"${line === undefined ? '' : ` line=${line}`} -->`
}

/** The finding (and, for a file-level comment, the line) one of our review comments is about; undefined when the comment is not this job's. */
export function ownFinding(body: string | undefined, key: string): { fingerprint: string; line?: number } | undefined {
  const match = FINDING_MARKER.exec(body ?? '')
  if (!match) return undefined
  const [, print, markedKey, line] = match
  // Without a key: a comment from before keys existed, adopted by the job that sees it.
  if (markedKey !== undefined && markedKey !== key) return undefined
  return line === undefined ? { fingerprint: print! } : { fingerprint: print!, line: Number(line) }
}
