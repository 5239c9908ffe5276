import type { CheckedState, SummaryState } from '../../findings/progress.js'

/**
 * The summary comment's hidden data: what the last check found, so that the
 * next run can say what changed without any storage of its own. It is one
 * HTML comment on the line after the marker, holding base64 JSON (base64 has
 * no "-" or ">", so no document text or file name can end the comment or
 * inject anything). Reading it trusts nothing: anyone with write access can
 * edit the comment, so a value that is too long, not base64, not JSON or not
 * exactly the expected shape is treated as absent.
 */

const PREFIX = '<!-- prfaq-gate:state v1 '
const SUFFIX = ' -->'
/** Encoded length kept at most: a few hundred findings. Past it the older check is dropped, then the state. */
export const MAX_STATE_CHARS = 16_000
/** PREFIX, up to MAX_STATE_CHARS of base64, SUFFIX: a literal, so that the ReDoS check reads it. */
const STATE_LINE = /^<!-- prfaq-gate:state v1 ([A-Za-z0-9+/]{4,16000}={0,2}) -->$/u
const COMMIT = /^[0-9a-f]{40}$/u
/** `ruleId:fingerprint`, as findings/progress.ts writes it. */
const ENTRY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[0-9a-f]{16}$/u
const MAX_PATH = 1000

/** The line to put after the summary's marker, or undefined when even the current check alone is too large to keep. */
export function stateLine(state: SummaryState): string | undefined {
  for (const candidate of [state, withoutPrevious(state)]) {
    const line = `${PREFIX}${Buffer.from(JSON.stringify(toJson(candidate)), 'utf8').toString('base64')}${SUFFIX}`
    if (line.length <= PREFIX.length + MAX_STATE_CHARS + SUFFIX.length) return line
  }
  return undefined
}

/** The state a summary comment's body holds, or undefined when it holds none that can be trusted. */
export function readState(body: string | undefined): SummaryState | undefined {
  const line = body?.split('\n', 2)[1]
  const match = line === undefined ? null : STATE_LINE.exec(line)
  if (!match) return undefined
  try {
    return fromJson(JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8')))
  } catch {
    return undefined
  }
}

function withoutPrevious({ commit, findings }: SummaryState): SummaryState {
  return { commit, findings }
}

type JsonCheck = { c: string; f: Record<string, string[]> }

function toJson(state: SummaryState): JsonCheck & { v: 1; p?: JsonCheck } {
  return { v: 1, c: state.commit, f: state.findings, ...(state.previous ? { p: { c: state.previous.commit, f: state.previous.findings } } : {}) }
}

function fromJson(value: unknown): SummaryState | undefined {
  if (!isRecord(value) || value.v !== 1) return undefined
  const current = checkOf(value)
  if (!current) return undefined
  if (value.p === undefined) return current
  const previous = checkOf(value.p)
  return previous ? { ...current, previous } : undefined
}

function checkOf(value: unknown): CheckedState | undefined {
  if (!isRecord(value) || typeof value.c !== 'string' || !COMMIT.test(value.c) || !isRecord(value.f)) return undefined
  // No prototype: a path named "__proto__" or "constructor" is a key like any other.
  const findings = Object.create(null) as Record<string, string[]>
  for (const [path, entries] of Object.entries(value.f)) {
    if (path.length > MAX_PATH || !Array.isArray(entries) || !entries.every((entry) => typeof entry === 'string' && ENTRY.test(entry))) return undefined
    findings[path] = entries as string[]
  }
  return { commit: value.c, findings }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
