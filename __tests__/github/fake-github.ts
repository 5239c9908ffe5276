/**
 * A fake GitHub REST API for end-to-end tests of the Action.
 *
 * It listens on 127.0.0.1, answers the handful of endpoints prfaq-gate uses with
 * JSON shaped like api.github.com, and enforces the rules GitHub enforces: routes
 * and request bodies must match GitHub's OpenAPI description, review comments
 * must sit inside the diff, bodies have length limits, read-only (fork) tokens
 * cannot write, and so on. Every breach is answered with the status GitHub would
 * give AND recorded in `violations`, so a test can assert `violations` is empty.
 *
 * References in comments point at /work/shared/reference/github-platform.md
 * ("platform §N") and at OpenAPI operation ids ("OAPI pulls/create-review").
 *
 * Violation strings start with a stable kind tag so tests can filter them:
 *   [route] [auth] [read-only-token] [rate-limit] [repo] [json] [schema]
 *   [unknown-key] [query] [commit] [diff] [path] [limit] [policy] [check-run]
 *   [not-implemented]
 */
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'

// ───────────────────────────── public types ─────────────────────────────

export interface FakeFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  /** Unified-diff hunks as GitHub returns them; absent for binary or very large diffs (platform §5). */
  patch?: string
  previous_filename?: string
}

export interface FakePullRequest {
  number: number
  headSha: string
  baseSha: string
  headRef?: string
  baseRef?: string
  files: FakeFile[]
  /** file contents at head SHA */
  contents: Record<string, string | Buffer>
}

export interface Fault {
  /** HTTP method to match (any when omitted). */
  method?: string
  /** Tested against the request path without the query string. */
  path: RegExp
  status: number
  /** How many matching requests fail; default Infinity. */
  times?: number
  headers?: Record<string, string>
  /** Response body; a GitHub-like `{message}` chosen from status and headers when omitted. */
  body?: unknown
  /**
   * Apply the request first, then answer with the fault: GitHub sometimes
   * applies a write and still answers 5xx (the comment exists, the client
   * sees 502).
   */
  afterApplying?: boolean
  /** Never answer (until the fake stops): a hung connection. `status` is ignored. */
  hang?: boolean
}

/** Holds matching requests until `count` of them have arrived, then answers them all: two runs racing. */
export interface Barrier {
  method?: string
  path: RegExp
  count: number
  /** Release anyway after this long (ms), so a test cannot hang on a barrier; default 10 s. */
  timeoutMs?: number
  /** Count requests for distinct paths only (a retry of the same request does not fill the barrier). */
  distinctPaths?: boolean
}

/** What became of a barrier: released because `count` requests met there, or because it timed out. */
export interface BarrierState {
  releasedBy?: 'count' | 'timeout'
}

export interface FakeGitHubOptions {
  owner: string
  repo: string
  pulls?: FakePullRequest[]
  /** contents by ref (sha) for compare/merge_group and push modes */
  refs?: Record<string, Record<string, string | Buffer>>
  compare?: Record<string /* `${base}...${head}` */, FakeFile[]>
  /** Author of everything the Action writes; default 'github-actions[bot]'. */
  botLogin?: string
  /** Tokens that may only read, like GITHUB_TOKEN on fork PRs (platform §4). */
  readOnlyTokens?: string[]
  /** Ref used by the contents API when the request has no `ref`; default 'main'. */
  defaultBranch?: string
  /** Primary rate limit per hour; default 1000, the GITHUB_TOKEN limit (platform §6). */
  rateLimit?: number
}

export interface RecordedRequest {
  method: string
  /** Path without query string (and without a GHES `/api/v3` prefix). */
  path: string
  query: Record<string, string>
  /** Parsed JSON body, or undefined when there was none (or it was not JSON). */
  body: unknown
  /** Status the fake answered with. */
  status: number
  /** OpenAPI path template the request matched, when it matched one. */
  route?: string
  /** Request headers, lower-cased names. */
  headers: Record<string, string>
  /** True when an `addFault` rule produced the answer. */
  faulted?: boolean
}

export interface FakeReview {
  id: number
  pull: number
  /** COMMENT | REQUEST_CHANGES | APPROVE | PENDING (no event given). */
  event: string
  body: string
  commit_id: string
  user: { login: string }
  submitted_at?: string
  /** True for the review GitHub creates implicitly around a single review comment. */
  implicit?: boolean
}

export interface FakeReviewComment {
  id: number
  pull: number
  path: string
  line?: number
  side?: string
  start_line?: number
  start_side?: string
  subject_type?: 'line' | 'file'
  body: string
  commit_id: string
  in_reply_to_id?: number
  user: { login: string }
  pull_request_review_id?: number
  /** Deprecated diff position (computed from the patch when absent). */
  position?: number
  diff_hunk?: string
  created_at?: string
  updated_at?: string
}

export interface FakeIssueComment {
  id: number
  issue: number
  body: string
  user: { login: string }
  created_at?: string
  updated_at?: string
}

export interface FakeCheckRun {
  id: number
  name: string
  head_sha: string
  annotations: unknown[]
  output?: unknown
  conclusion?: string
  status?: string
  external_id?: string
  details_url?: string
  started_at?: string
  completed_at?: string
}

// ───────────────────────────── GitHub constants ─────────────────────────────

/** Review and comment bodies: "Body is too long (maximum is 65536 characters)" (platform §1, §2). */
const MAX_BODY_CHARS = 65_536
/** `GET /pulls/{n}/files` lists at most 3000 files (platform §5, OAPI pulls/list-files). */
const MAX_PR_FILES = 3000
/** The compare API lists at most 300 files (platform §5). */
const MAX_COMPARE_FILES = 300
/** Contents API: full JSON support up to 1 MB, raw up to 100 MB (platform §5). */
const MAX_JSON_CONTENT_BYTES = 1024 * 1024
const MAX_RAW_CONTENT_BYTES = 100 * 1024 * 1024
/** Check runs: 50 annotations per request (platform §3). */
const MAX_ANNOTATIONS_PER_REQUEST = 50
const GITHUB_ACTIONS_BOT_ID = 41898282
const DOCS = 'https://docs.github.com/rest'
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
/** Known mistakes, explained in the violation. */
const UNKNOWN_KEY_HINTS: Record<string, string> = {
  // The review's comments[] schema has no subject_type (platform §1).
  'pulls/create-review comments[].subject_type': 'review comments[] have no subject_type; post file-level comments with POST /pulls/{n}/comments and subject_type "file"'
}

// ───────────────────────────── OpenAPI description ─────────────────────────────

/** A JSON Schema / OpenAPI object; the description is untyped JSON. */
type Schema = Record<string, any>

interface Operation {
  operationId: string
  parameters?: Schema[]
  requestBody?: Schema
  responses?: Record<string, Schema>
}

interface SpecRoute {
  template: string
  regex: RegExp
  paramNames: string[]
  rank: number[]
  operations: Record<string, Operation>
}

interface OpenApi {
  document: Schema
  routes: SpecRoute[]
  ajv: Ajv
  validators: Map<string, ValidateFunction>
}

/** $id under which the components are registered with ajv. */
const SPEC_ID = 'https://api.github.com/openapi.json'
let openApiCache: OpenApi | undefined

/**
 * Loads api.github.com.json (13 MB, ~200 ms) once per test process. Only this
 * file of @octokit/openapi is read; the package is 385 MB in total.
 */
function openApi(): OpenApi {
  if (openApiCache) return openApiCache
  const require = createRequire(import.meta.url)
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
  const document = JSON.parse(readFileSync(file, 'utf8')) as Schema
  for (const schema of Object.values(document.components.schemas as Schema)) normalizeSchema(schema, false)
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateSchema: false,
    formats: {
      'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/i,
      uri: (value: string) => URL.canParse(value),
      'repo.nwo': true,
      int64: true,
      binary: true
    }
  })
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: document.components.schemas } })
  openApiCache = { document, routes: buildRoutes(document), ajv, validators: new Map() }
  return openApiCache
}

/**
 * Makes an OpenAPI 3.0 schema digestible for ajv (draft-07), in place:
 * `nullable` without `type` becomes `anyOf [schema, null]` (ajv refuses it),
 * a nullable `enum` gains `null`, and with `rewriteRefs` local `#/components`
 * references point at the registered document.
 */
function normalizeSchema(node: unknown, rewriteRefs: boolean): void {
  if (Array.isArray(node)) {
    for (const item of node) normalizeSchema(item, rewriteRefs)
    return
  }
  if (!isObject(node)) return
  if (rewriteRefs && typeof node.$ref === 'string' && node.$ref.startsWith('#/')) node.$ref = SPEC_ID + node.$ref
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'default' || key === 'enum') continue
    if (key === 'properties' && isObject(value)) {
      for (const property of Object.values(value)) normalizeSchema(property, rewriteRefs)
    } else {
      normalizeSchema(value, rewriteRefs)
    }
  }
  if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null]
  if (node.nullable === true && node.type === undefined) {
    const inner = { ...node }
    delete inner.nullable
    for (const key of Object.keys(node)) delete node[key]
    node.anyOf = [inner, { type: 'null' }]
  }
}

/** Route table: path templates as regexes, most literal first so `/pulls/comments` beats `/pulls/{n}`. */
function buildRoutes(document: Schema): SpecRoute[] {
  const routes: SpecRoute[] = []
  for (const [template, item] of Object.entries(document.paths as Record<string, Schema>)) {
    const operations: Record<string, Operation> = {}
    for (const [method, operation] of Object.entries(item)) {
      if (isObject(operation) && typeof operation.operationId === 'string') operations[method.toUpperCase()] = operation as Operation
    }
    const multiSegment = new Set<string>()
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) if (parameter['x-multi-segment']) multiSegment.add(parameter.name)
    }
    const paramNames: string[] = []
    const rank: number[] = []
    const pattern = template
      .split('/')
      .map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment)
        if (!param) {
          rank.push(0)
          return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        }
        paramNames.push(param[1]!)
        const multi = multiSegment.has(param[1]!)
        rank.push(multi ? 2 : 1)
        return multi ? '(.+)' : '([^/]+)'
      })
      .join('/')
    routes.push({ template, regex: new RegExp(`^${pattern}/?$`), paramNames, rank, operations })
  }
  return routes.sort((a, b) => compareRanks(a.rank, b.rank))
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return b.length - a.length
}

function matchRoute(path: string): { route: SpecRoute; params: Record<string, string> } | undefined {
  for (const route of openApi().routes) {
    const match = route.regex.exec(path)
    if (!match) continue
    const params: Record<string, string> = {}
    route.paramNames.forEach((name, i) => {
      params[name] = safeDecode(match[i + 1] ?? '')
    })
    return { route, params }
  }
  return undefined
}

function resolveParameter(parameter: Schema): Schema {
  if (typeof parameter.$ref !== 'string') return parameter
  const name = parameter.$ref.split('/').pop()!
  return openApi().document.components.parameters[name] as Schema
}

/** Follows a `$ref` into components.schemas (normalized in place at load). */
function resolveSchema(schema: Schema | undefined): Schema | undefined {
  let current = schema
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
    const name = current.$ref.split('/').pop()!
    current = openApi().document.components.schemas[name] as Schema | undefined
  }
  return current
}

/** Compiles (once) a validator for an inline schema of the description. */
function validatorFor(key: string, schema: Schema): ValidateFunction {
  const api = openApi()
  let validate = api.validators.get(key)
  if (!validate) {
    const copy = structuredClone(schema)
    normalizeSchema(copy, true)
    validate = api.ajv.compile(copy)
    api.validators.set(key, validate)
  }
  return validate
}

/**
 * Checks a response body against the description's response schema for the
 * operation (used by this module's own tests to keep the fake's JSON honest).
 * Returns human-readable errors; empty when valid or when no schema exists.
 */
export function openApiResponseErrors(method: string, template: string, status: number, body: unknown): string[] {
  const operation = openApi().routes.find((r) => r.template === template)?.operations[method.toUpperCase()]
  let response = operation?.responses?.[String(status)]
  if (response && typeof response.$ref === 'string') {
    response = openApi().document.components.responses[response.$ref.split('/').pop()!] as Schema
  }
  const schema = response?.content?.['application/json']?.schema as Schema | undefined
  if (!schema) return []
  const validate = validatorFor(`response ${method} ${template} ${status}`, schema)
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}

/** GitHub-style wording of JSON-schema errors: `"body" wasn't supplied.` */
function describeSchemaError(error: ErrorObject): string {
  if (error.keyword === 'required') return `"${String(error.params.missingProperty)}" wasn't supplied.`
  const where = error.instancePath.slice(1).replaceAll('/', '.') || 'body'
  return `For '${where}', ${error.message ?? 'is invalid'}.`
}

/** Keys the schema does not declare (GitHub ignores most of them, but they are usually typos). */
function unknownKeys(schema: Schema | undefined, data: unknown, at: string, out: string[], depth = 0): void {
  const resolved = resolveSchema(schema)
  if (!resolved || depth > 8) return
  if (Array.isArray(data) && resolved.items) {
    data.forEach((item, i) => {
      unknownKeys(resolved.items as Schema, item, `${at}[${i}]`, out, depth + 1)
    })
    return
  }
  if (!isObject(data) || !isObject(resolved.properties)) return
  for (const [key, value] of Object.entries(data)) {
    const property = resolved.properties[key] as Schema | undefined
    if (property) unknownKeys(property, value, at ? `${at}.${key}` : key, out, depth + 1)
    else if (resolved.additionalProperties === undefined) out.push(at ? `${at}.${key}` : key)
  }
}

/**
 * Fills the required properties a response schema demands but the fake did
 * not set, with type-appropriate placeholders, so responses validate against
 * the description while the fake only spells out the fields clients read.
 */
function conform(schemaOrName: Schema | string, value: unknown, depth = 0): unknown {
  const schema = resolveSchema(typeof schemaOrName === 'string' ? { $ref: `#/components/schemas/${schemaOrName}` } : schemaOrName)
  if (!schema || depth > 16) return value
  let result = value === undefined ? placeholder(schema) : value
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) result = conform(part, result, depth + 1)
  if (Array.isArray(result) && schema.items) return result.map((item) => conform(schema.items as Schema, item, depth + 1))
  if (!isObject(result) || !isObject(schema.properties)) return result
  for (const key of (schema.required as string[] | undefined) ?? []) {
    if (!(key in result)) result[key] = conform(schema.properties[key] as Schema, undefined, depth + 1)
  }
  for (const [key, child] of Object.entries(result)) {
    const property = schema.properties[key] as Schema | undefined
    if (property && child !== null && typeof child === 'object') result[key] = conform(property, child, depth + 1)
  }
  return result
}

function placeholder(schema: Schema): unknown {
  const alternatives = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined
  if (schema.nullable === true || alternatives?.some((a) => a.type === 'null')) return null
  if (schema.default !== undefined) return structuredClone(schema.default)
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (alternatives?.[0]) return placeholder(resolveSchema(alternatives[0]) ?? {})
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return '2026-01-01T00:00:00Z'
      if (schema.format === 'uri') return 'https://github.com/'
      return ''
    case 'integer':
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'array':
      return []
    case 'object':
      return {}
    default:
      return schema.properties ? {} : null
  }
}

// ───────────────────────────── diff hunks ─────────────────────────────

export interface DiffLine {
  kind: ' ' | '+' | '-'
  oldLine?: number
  newLine?: number
  /** Deprecated `position`: lines below the file's first `@@` header (platform §1). */
  position: number
  /** Index of this line in the hunk's `text`. */
  index: number
}

export interface Hunk {
  text: string[]
  lines: DiffLine[]
}

/**
 * Parses `@@ -a,b +c,d @@` hunks (platform §5): context and `+` lines are the
 * RIGHT side counted from c, context and `-` lines the LEFT side counted from a;
 * `\ No newline at end of file` is not a line. Later `@@` headers count as positions.
 */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = []
  const rows = patch.split('\n')
  if (rows.at(-1) === '') rows.pop()
  let position = 0
  let oldLine = 0
  let newLine = 0
  for (const row of rows) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row)
    if (header) {
      if (hunks.length > 0) position++
      oldLine = Number(header[1])
      newLine = Number(header[2])
      hunks.push({ text: [row], lines: [] })
      continue
    }
    const hunk = hunks.at(-1)
    if (!hunk) continue
    position++
    hunk.text.push(row)
    if (row.startsWith('\\')) continue
    const kind = row[0] === '+' || row[0] === '-' ? row[0] : ' '
    const line: DiffLine = { kind, position, index: hunk.text.length - 1 }
    if (kind !== '+') line.oldLine = oldLine++
    if (kind !== '-') line.newLine = newLine++
    hunk.lines.push(line)
  }
  return hunks
}

function locate(hunks: Hunk[], side: string, line: number): { hunk: number; entry: DiffLine } | undefined {
  for (const [index, hunk] of hunks.entries()) {
    const entry = hunk.lines.find((l) => (side === 'LEFT' ? l.kind !== '+' && l.oldLine === line : l.kind !== '-' && l.newLine === line))
    if (entry) return { hunk: index, entry }
  }
  return undefined
}

interface AnchorRequest {
  line?: number
  side?: string
  start_line?: number
  start_side?: string
  position?: number
}

type Anchor = { ok: true; position: number; diffHunk: string; side: string; startSide?: string } | { ok: false; error: string }

const LINE_NOT_IN_DIFF = 'Pull request review thread line must be part of the diff'

/** Where GitHub can anchor a line comment; the error texts are GitHub's (platform §1). */
function anchorComment(file: FakeFile | undefined, request: AnchorRequest): Anchor {
  if (!file) return { ok: false, error: 'Path could not be resolved' }
  if (file.patch === undefined) return { ok: false, error: "Pull request review thread diff hunk can't be blank" }
  const hunks = parsePatch(file.patch)
  const side = request.side ?? 'RIGHT'
  if (side !== 'RIGHT' && side !== 'LEFT') return { ok: false, error: LINE_NOT_IN_DIFF }
  const end = request.line !== undefined ? locate(hunks, side, request.line) : locatePosition(hunks, request.position)
  if (!end) return { ok: false, error: LINE_NOT_IN_DIFF }
  const diffHunk = hunks[end.hunk]!.text.slice(0, end.entry.index + 1).join('\n')
  if (request.start_line === undefined) return { ok: true, position: end.entry.position, diffHunk, side }
  const startSide = request.start_side ?? side
  const start = locate(hunks, startSide, request.start_line)
  if (!start) return { ok: false, error: 'Pull request review thread start line must be part of the diff' }
  if (start.hunk !== end.hunk) return { ok: false, error: 'Pull request review thread start line must be part of the same hunk as the line.' }
  if (start.entry.position >= end.entry.position) return { ok: false, error: 'Pull request review thread start line must precede the end line' }
  return { ok: true, position: end.entry.position, diffHunk, side, startSide }
}

function locatePosition(hunks: Hunk[], position: number | undefined): { hunk: number; entry: DiffLine } | undefined {
  if (position === undefined) return undefined
  for (const [index, hunk] of hunks.entries()) {
    const entry = hunk.lines.find((l) => l.position === position)
    if (entry) return { hunk: index, entry }
  }
  return undefined
}

/** `12`, `10-12`, `position 7` or `no line`, plus the side: for violation messages. */
function describeAnchor(c: Record<string, any>): string {
  const end = c.line ?? (c.position !== undefined ? `position ${String(c.position)}` : 'no line')
  return `${c.start_line !== undefined ? `${String(c.start_line)}-` : ''}${String(end)} (${String(c.side ?? 'RIGHT')})`
}

/** A ```suggestion block's opening fence (three or more backticks); GitHub applies what stands between it and a closing fence as long. */
const SUGGESTION_FENCE = /^(`{3,})suggestion[ \t]*$/m

/** The content of the first suggestion block of a comment body, or undefined when it has none. */
export function suggestionOf(body: string): string | undefined {
  const opening = SUGGESTION_FENCE.exec(body)
  if (!opening) return undefined
  const rows = body.slice(opening.index + opening[0].length + 1).split('\n')
  const close = rows.findIndex((row) => new RegExp(`^\`{${opening[1]!.length},}[ \t]*$`).test(row))
  return rows.slice(0, close === -1 ? rows.length : close).join('\n')
}

// ───────────────────────────── plumbing ─────────────────────────────

/** An answer that is not 2xx; `violation` is recorded when the client broke a rule. */
class ApiError extends Error {
  // Plain fields, not parameter properties: the fake also runs under Node's type stripping (bench/action.mjs).
  readonly status: number
  readonly body: unknown
  readonly violation: string | undefined
  readonly headers: Record<string, string>

  constructor(status: number, body: unknown, violation?: string, headers: Record<string, string> = {}) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : `HTTP ${status}`)
    this.status = status
    this.body = body
    this.violation = violation
    this.headers = headers
  }
}

interface Reply {
  status: number
  body?: unknown
  /** Raw bytes instead of JSON (contents API raw media type, diffs). */
  raw?: { data: Buffer; contentType: string }
  headers?: Record<string, string>
}

interface Context {
  method: string
  path: string
  template: string
  params: Record<string, string>
  query: Record<string, string>
  headers: Record<string, string>
  body: unknown
  /** `http://127.0.0.1:PORT` as the client addressed us. */
  baseUrl: string
  operation: Operation
}

type Handler = (ctx: Context) => Reply

function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z')
}

/** Length as GitHub (Ruby) counts it: characters, i.e. code points, not UTF-16 units. */
function charLength(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

function gitBlobSha(data: Buffer): string {
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`fake:${id}`).toString('base64url')}`
}

function requestId(): string {
  const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase()
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`
}

function notFound(violation?: string): ApiError {
  return new ApiError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' }, violation)
}

/** 422 with GitHub's `errors` as plain strings, the form the reviews endpoint uses (platform §1). */
function unprocessable(errors: string[], violation: string): ApiError {
  return new ApiError(422, { message: 'Unprocessable Entity', errors, documentation_url: DOCS, status: '422' }, violation)
}

/** 422 "Validation Failed" with structured errors, the form most other endpoints use. */
function validationFailed(resource: string, field: string, message: string, violation: string): ApiError {
  return new ApiError(422, { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: DOCS, status: '422' }, violation)
}

function bodyTooLong(text: unknown): boolean {
  return typeof text === 'string' && charLength(text) > MAX_BODY_CHARS
}

const BODY_TOO_LONG = `Body is too long (maximum is ${MAX_BODY_CHARS} characters)`

function asBuffer(data: string | Buffer): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : data
}

function countPatch(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0
  let deletions = 0
  for (const hunk of patch ? parsePatch(patch) : []) {
    for (const line of hunk.lines) {
      if (line.kind === '+') additions++
      if (line.kind === '-') deletions++
    }
  }
  return { additions, deletions }
}

// ───────────────────────────── the fake ─────────────────────────────

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly violations: string[] = []
  reviews: FakeReview[] = []
  reviewComments: FakeReviewComment[] = []
  issueComments: FakeIssueComment[] = []
  checkRuns: FakeCheckRun[] = []
  /** Pull requests by number; tests may change them (e.g. a new head SHA between runs). */
  pulls: FakePullRequest[]

  private readonly owner: string
  private readonly repo: string
  private readonly refs: Record<string, Record<string, string | Buffer>>
  private readonly compare: Record<string, FakeFile[]>
  private readonly botLogin: string
  private readonly readOnlyTokens: Set<string>
  private readonly defaultBranch: string
  private readonly rateLimit: number
  private readonly rateLimitReset = Math.floor(Date.now() / 1000) + 3600
  private rateLimitUsed = 0
  private readonly faults: Array<Fault & { remaining: number }> = []
  private readonly barriers: Array<Barrier & { state: BarrierState; waiting: Array<() => void>; paths: Set<string> }> = []
  private readonly hung = new Set<ServerResponse>()
  private nextId = 1000
  private server: Server | undefined
  private readonly handlers: Record<string, Handler>

  constructor(options: FakeGitHubOptions) {
    this.owner = options.owner
    this.repo = options.repo
    this.pulls = options.pulls ?? []
    this.refs = options.refs ?? {}
    this.compare = options.compare ?? {}
    this.botLogin = options.botLogin ?? 'github-actions[bot]'
    this.readOnlyTokens = new Set(options.readOnlyTokens ?? [])
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.rateLimit = options.rateLimit ?? 1000
    this.handlers = this.routes()
  }

  /** Listens on 127.0.0.1 with a free port; returns the base URL for Octokit's `baseUrl`/GITHUB_API_URL. */
  async start(): Promise<string> {
    openApi()
    // A client that aborts mid-body must not crash the test process.
    const server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()))
    this.server = server
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    for (const res of this.hung) res.destroy()
    this.hung.clear()
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  addFault(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? Infinity })
  }

  addBarrier(barrier: Barrier): BarrierState {
    const state: BarrierState = {}
    this.barriers.push({ ...barrier, state, waiting: [], paths: new Set() })
    return state
  }

  /** Count of requests by `${METHOD} ${routeTemplate}` (raw path for unknown routes). */
  callCounts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const r of this.requests) {
      const key = `${r.method} ${r.route ?? r.path}`
      counts[key] = (counts[key] ?? 0) + 1
    }
    return counts
  }

  /**
   * What "Commit suggestion" does on GitHub: the lines a review comment is on
   * (start_line–line, RIGHT side, at the head commit) replaced by its
   * suggestion block. Returns the file's new content; tests push it as the
   * next head to see what the suggestion changes.
   */
  applySuggestion(commentId: number): string {
    const comment = this.reviewComments.find((c) => c.id === commentId)
    if (!comment || comment.subject_type === 'file' || comment.line === undefined) throw new Error(`review comment ${commentId} is not a line comment`)
    const suggestion = suggestionOf(comment.body)
    if (suggestion === undefined) throw new Error(`review comment ${commentId} has no suggestion block`)
    const pull = this.pulls.find((p) => p.number === comment.pull)!
    const lines = asBuffer(pull.contents[comment.path] ?? '')
      .toString('utf8')
      .split('\n')
    const start = comment.start_line ?? comment.line
    lines.splice(start - 1, comment.line - start + 1, ...suggestion.split('\n'))
    return lines.join('\n')
  }

  // ─────────── request pipeline ───────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    // GHES clients use an /api/v3 prefix (platform §6); accept it so GITHUB_API_URL can be either form.
    const path = url.pathname.replace(/^\/api\/v3(?=\/)/, '')
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '')
    const matched = matchRoute(path)
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      headers,
      ...(matched ? { route: matched.route.template } : {})
    }
    let badJson = false
    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw.toString('utf8'))
      } catch {
        badJson = true
      }
    }
    this.requests.push(record)
    await this.passBarriers(method, path)
    const fault = this.takeFault(method, path)
    if (fault?.hang) {
      record.faulted = true
      // Answer never: the client's timeout must give up. stop() closes the connection.
      this.hung.add(res)
      return
    }
    let reply: Reply
    try {
      reply = this.process(record, badJson, matched, `http://${headers.host ?? '127.0.0.1'}`, fault)
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.violation) this.violations.push(`${error.violation} (${method} ${path} → ${error.status})`)
        reply = { status: error.status, body: error.body, headers: error.headers }
      } else {
        // A bug in the fake itself: answer 500 rather than hang the client.
        this.violations.push(`[fake-bug] ${String((error as Error)?.stack ?? error)} (${method} ${path} → 500)`)
        reply = { status: 500, body: { message: 'Server Error' } }
      }
    }
    record.status = reply.status
    this.send(res, reply)
  }

  private process(record: RecordedRequest, badJson: boolean, matched: ReturnType<typeof matchRoute>, baseUrl: string, fault?: Fault): Reply {
    if (fault && !fault.afterApplying) {
      record.faulted = true
      return this.faultReply(fault)
    }
    const reply = this.apply(record, badJson, matched, baseUrl)
    if (fault) {
      // The write happened; the client is told it failed.
      record.faulted = true
      return this.faultReply(fault)
    }
    return reply
  }

  private apply(record: RecordedRequest, badJson: boolean, matched: ReturnType<typeof matchRoute>, baseUrl: string): Reply {
    const { method, path } = record
    const operation = matched?.route.operations[method]
    // Unknown routes and methods are 404 on GitHub.
    if (!matched || !operation) throw notFound(`[route] ${method} ${path} is not in GitHub's OpenAPI description`)
    this.authorize(method, record.headers, matched.route.template)
    this.countRateLimit(path)
    if (badJson) throw new ApiError(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' }, '[json] request body is not JSON')
    const ctx: Context = {
      method,
      path,
      template: matched.route.template,
      params: matched.params,
      query: record.query,
      headers: record.headers,
      body: record.body,
      baseUrl,
      operation
    }
    this.checkRepository(ctx)
    this.checkQuery(ctx)
    this.checkBody(ctx)
    const handler = this.handlers[`${method} ${ctx.template}`]
    if (!handler) throw notFound(`[not-implemented] ${method} ${ctx.template} (${operation.operationId}) is valid on GitHub but FakeGitHub does not implement it`)
    return handler(ctx)
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(this.rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimit - this.rateLimitUsed)),
      'x-ratelimit-reset': String(this.rateLimitReset),
      'x-ratelimit-used': String(this.rateLimitUsed),
      'x-ratelimit-resource': 'core',
      server: 'github.com'
    }
    let payload: Buffer | undefined
    if (reply.raw) {
      headers['content-type'] = reply.raw.contentType
      payload = reply.raw.data
    } else if (reply.status !== 204 && reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body))
    }
    Object.assign(headers, reply.headers ?? {})
    if (payload) headers['content-length'] = String(payload.length)
    res.writeHead(reply.status, headers)
    res.end(payload)
  }

  // ─────────── faults, auth, rate limit ───────────

  private async passBarriers(method: string, path: string): Promise<void> {
    for (const barrier of this.barriers) {
      barrier.path.lastIndex = 0
      if (barrier.state.releasedBy || (barrier.method && barrier.method.toUpperCase() !== method) || !barrier.path.test(path)) continue
      await new Promise<void>((resolve) => {
        barrier.waiting.push(resolve)
        barrier.paths.add(path)
        const release = (by: 'count' | 'timeout') => {
          barrier.state.releasedBy ??= by
          for (const waiting of barrier.waiting.splice(0)) waiting()
        }
        const arrived = barrier.distinctPaths ? barrier.paths.size : barrier.waiting.length
        if (arrived >= barrier.count) release('count')
        else setTimeout(() => release('timeout'), barrier.timeoutMs ?? 10_000).unref()
      })
    }
  }

  private takeFault(method: string, path: string): (Fault & { remaining: number }) | undefined {
    const fault = this.faults.find((f) => {
      f.path.lastIndex = 0
      return f.remaining > 0 && (!f.method || f.method.toUpperCase() === method) && f.path.test(path)
    })
    if (fault) fault.remaining--
    return fault
  }

  /**
   * The default bodies carry the texts @octokit/plugin-throttling looks for:
   * "secondary rate" in the message, or `x-ratelimit-remaining: 0` (platform §6).
   */
  private faultReply(fault: Fault): Reply {
    const headers = Object.fromEntries(Object.entries(fault.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    let message = STATUS_CODES[fault.status] ?? 'Error'
    if (fault.status === 403 && headers['x-ratelimit-remaining'] === '0') message = 'API rate limit exceeded for installation ID 1.'
    else if ((fault.status === 403 || fault.status === 429) && headers['retry-after'] !== undefined) {
      message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
    }
    const body = fault.body !== undefined ? fault.body : { message, documentation_url: DOCS, status: String(fault.status) }
    return { status: fault.status, body, headers }
  }

  /**
   * `Authorization: token X` or `Bearer X` (what getOctokit sends). Read-only
   * tokens model GITHUB_TOKEN on fork PRs: writes get 403 "Resource not
   * accessible by integration" (platform §4).
   */
  private authorize(method: string, headers: Record<string, string>, template: string): void {
    const header = headers.authorization
    if (!header) throw new ApiError(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' }, '[auth] no Authorization header')
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim())
    if (!match) throw new ApiError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' }, '[auth] Authorization is not "token X" or "Bearer X"')
    if (WRITE_METHODS.has(method) && this.readOnlyTokens.has(match[1]!)) {
      throw new ApiError(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }, `[read-only-token] ${method} ${template} with a read-only token`, {
        'x-accepted-github-permissions': acceptedPermission(template)
      })
    }
  }

  /** Primary rate limit: 1000 requests/hour for GITHUB_TOKEN; /rate_limit itself is free (platform §6). */
  private countRateLimit(path: string): void {
    if (path === '/rate_limit') return
    this.rateLimitUsed++
    if (this.rateLimitUsed > this.rateLimit) {
      this.rateLimitUsed = this.rateLimit
      throw new ApiError(403, { message: 'API rate limit exceeded for installation ID 1.', documentation_url: DOCS, status: '403' }, '[rate-limit] primary rate limit exhausted')
    }
  }

  // ─────────── generic validation ───────────

  private checkRepository(ctx: Context): void {
    const { owner, repo } = ctx.params
    if (owner === undefined || repo === undefined) return
    // Owner and repository names are case-insensitive on GitHub.
    if (owner.toLowerCase() !== this.owner.toLowerCase() || repo.toLowerCase() !== this.repo.toLowerCase()) {
      throw notFound(`[repo] request for ${owner}/${repo}, the fake serves ${this.owner}/${this.repo}`)
    }
  }

  /** Query names must be declared by the operation; `per_page` is capped at 100 (GitHub silently caps it). */
  private checkQuery(ctx: Context): void {
    const declared = new Map<string, Schema>()
    for (const parameter of (ctx.operation.parameters ?? []).map(resolveParameter)) {
      if (parameter.in === 'query') declared.set(parameter.name as string, parameter)
    }
    for (const [name, value] of Object.entries(ctx.query)) {
      const parameter = declared.get(name)
      if (!parameter) {
        this.violations.push(`[query] unknown query parameter "${name}" for ${ctx.operation.operationId} (${ctx.method} ${ctx.path})`)
        continue
      }
      const type = parameter.schema?.type as string | undefined
      if (type === 'integer' && !/^\d+$/.test(value)) {
        this.violations.push(`[query] ${name}=${value} is not an integer (${ctx.method} ${ctx.path})`)
      }
      if (Array.isArray(parameter.schema?.enum) && !parameter.schema.enum.includes(value)) {
        this.violations.push(`[query] ${name}=${value} is not one of ${parameter.schema.enum.join('|')} (${ctx.method} ${ctx.path})`)
      }
    }
    if (Number(ctx.query.per_page) > 100) {
      this.violations.push(`[query] per_page=${ctx.query.per_page} exceeds the maximum of 100; GitHub returns 100 (${ctx.method} ${ctx.path})`)
    }
  }

  /** JSON bodies must satisfy the operation's requestBody schema; GitHub answers 422 "Invalid request". */
  private checkBody(ctx: Context): void {
    const content = ctx.operation.requestBody?.content as Schema | undefined
    const schema = content?.['application/json']?.schema as Schema | undefined
    if (!schema) return
    if (ctx.body === undefined && !ctx.operation.requestBody?.required) return
    const validate = validatorFor(`request ${ctx.operation.operationId}`, schema)
    const body = ctx.body ?? {}
    if (!validate(body)) {
      const messages = (validate.errors ?? []).map(describeSchemaError)
      throw new ApiError(422, { message: `Invalid request.\n\n${messages.join('\n')}`, documentation_url: DOCS, status: '422' }, `[schema] ${ctx.operation.operationId}: ${messages.join(' ')}`)
    }
    const unknown: string[] = []
    unknownKeys(schema, body, '', unknown)
    for (const key of unknown) {
      const hint = UNKNOWN_KEY_HINTS[`${ctx.operation.operationId} ${key.replace(/\[\d+\]/g, '[]')}`]
      this.violations.push(`[unknown-key] ${ctx.operation.operationId} body has "${key}", which the API does not define${hint ? `: ${hint}` : ''} (${ctx.method} ${ctx.path})`)
    }
  }

  // ─────────── state helpers ───────────

  private newId(): number {
    const all = [...this.reviews, ...this.reviewComments, ...this.issueComments, ...this.checkRuns]
    const id = Math.max(this.nextId, ...all.map((x) => x.id + 1))
    this.nextId = id + 1
    return id
  }

  private pull(ctx: Context, param = 'pull_number'): FakePullRequest {
    const number = Number(ctx.params[param])
    const pull = this.pulls.find((p) => p.number === number)
    if (!pull) throw notFound()
    return pull
  }

  private knownShas(): Set<string> {
    const shas = new Set<string>(Object.keys(this.refs))
    for (const p of this.pulls) shas.add(p.headSha).add(p.baseSha)
    for (const key of Object.keys(this.compare)) for (const sha of key.split('...')) shas.add(sha)
    return shas
  }

  private violation(kind: string, ctx: Context, message: string): void {
    this.violations.push(`[${kind}] ${message} (${ctx.method} ${ctx.path})`)
  }

  private paginate<T>(ctx: Context, items: T[]): { page: T[]; headers: Record<string, string> } {
    const requested = Number.parseInt(ctx.query.per_page ?? '', 10)
    const perPage = Number.isFinite(requested) && requested > 0 ? Math.min(requested, 100) : 30
    const page = Math.max(1, Number.parseInt(ctx.query.page ?? '1', 10) || 1)
    const lastPage = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(ctx.query)
      query.set('page', String(n))
      return `<${ctx.baseUrl}${ctx.path}?${query.toString()}>; rel="${rel}"`
    }
    // GitHub's order: prev, next, last, first.
    const links: string[] = []
    if (page > 1) links.push(link(page - 1, 'prev'))
    if (page < lastPage) links.push(link(page + 1, 'next'), link(lastPage, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} }
  }

  private apiRepo(ctx: Context): string {
    return `${ctx.baseUrl}/repos/${this.owner}/${this.repo}`
  }

  private htmlRepo(): string {
    return `https://github.com/${this.owner}/${this.repo}`
  }

  // ─────────── JSON builders (shapes of the real API) ───────────

  private userJson(login: string): Record<string, unknown> {
    const bot = login.endsWith('[bot]')
    const id = login === 'github-actions[bot]' ? GITHUB_ACTIONS_BOT_ID : createHash('sha1').update(login).digest().readUInt32BE(0) % 10_000_000
    const api = `https://api.github.com/users/${encodeURIComponent(login)}`
    return {
      login,
      id,
      node_id: nodeId(bot ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: bot ? `https://github.com/apps/${login.replace('[bot]', '')}` : `https://github.com/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false
    }
  }

  private repoJson(ctx: Context): Record<string, unknown> {
    return {
      id: 1,
      node_id: nodeId('R', 1),
      name: this.repo,
      full_name: `${this.owner}/${this.repo}`,
      owner: this.userJson(this.owner),
      private: false,
      fork: false,
      html_url: this.htmlRepo(),
      url: this.apiRepo(ctx),
      default_branch: this.defaultBranch
    }
  }

  private pullJson(ctx: Context, pull: FakePullRequest): unknown {
    const api = this.apiRepo(ctx)
    const branch = (ref: string | undefined, sha: string) => ({
      label: `${this.owner}:${ref ?? sha}`,
      ref: ref ?? sha,
      sha,
      user: this.userJson(this.owner),
      repo: this.repoJson(ctx)
    })
    const counts = pull.files.map((f) => countPatch(f.patch))
    return conform('pull-request', {
      url: `${api}/pulls/${pull.number}`,
      id: 100_000 + pull.number,
      node_id: nodeId('PR', pull.number),
      html_url: `${this.htmlRepo()}/pull/${pull.number}`,
      diff_url: `${this.htmlRepo()}/pull/${pull.number}.diff`,
      patch_url: `${this.htmlRepo()}/pull/${pull.number}.patch`,
      issue_url: `${api}/issues/${pull.number}`,
      commits_url: `${api}/pulls/${pull.number}/commits`,
      review_comments_url: `${api}/pulls/${pull.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${pull.number}/comments`,
      statuses_url: `${api}/statuses/${pull.headSha}`,
      number: pull.number,
      state: 'open',
      locked: false,
      title: `Pull request #${pull.number}`,
      user: this.userJson('octocat'),
      body: null,
      labels: [],
      milestone: null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: branch(pull.headRef, pull.headSha),
      base: branch(pull.baseRef ?? this.defaultBranch, pull.baseSha),
      _links: {
        self: { href: `${api}/pulls/${pull.number}` },
        html: { href: `${this.htmlRepo()}/pull/${pull.number}` },
        issue: { href: `${api}/issues/${pull.number}` },
        comments: { href: `${api}/issues/${pull.number}/comments` },
        review_comments: { href: `${api}/pulls/${pull.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${pull.number}/commits` },
        statuses: { href: `${api}/statuses/${pull.headSha}` }
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: this.issueComments.filter((c) => c.issue === pull.number).length,
      review_comments: this.reviewComments.filter((c) => c.pull === pull.number).length,
      maintainer_can_modify: false,
      commits: 1,
      additions: counts.reduce((n, c) => n + c.additions, 0),
      deletions: counts.reduce((n, c) => n + c.deletions, 0),
      changed_files: pull.files.length
    })
  }

  private diffEntryJson(ctx: Context, file: FakeFile, contents: Record<string, string | Buffer> | undefined, ref: string): unknown {
    const { additions, deletions } = countPatch(file.patch)
    const data = contents?.[file.filename]
    const path = file.filename.split('/').map(encodeURIComponent).join('/')
    return conform('diff-entry', {
      sha: data !== undefined ? gitBlobSha(asBuffer(data)) : createHash('sha1').update(file.filename).digest('hex'),
      filename: file.filename,
      status: file.status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${this.htmlRepo()}/blob/${ref}/${path}`,
      raw_url: `${this.htmlRepo()}/raw/${ref}/${path}`,
      contents_url: `${this.apiRepo(ctx)}/contents/${path}?ref=${ref}`,
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
      ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {})
    })
  }

  private reviewJson(ctx: Context, review: FakeReview): unknown {
    const states: Record<string, string> = { COMMENT: 'COMMENTED', REQUEST_CHANGES: 'CHANGES_REQUESTED', APPROVE: 'APPROVED', PENDING: 'PENDING' }
    const pullUrl = `${this.apiRepo(ctx)}/pulls/${review.pull}`
    const html = `${this.htmlRepo()}/pull/${review.pull}#pullrequestreview-${review.id}`
    return conform('pull-request-review', {
      id: review.id,
      node_id: nodeId('PRR', review.id),
      user: this.userJson(review.user.login),
      body: review.body,
      state: states[review.event] ?? review.event,
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: { href: html }, pull_request: { href: pullUrl } },
      ...(review.event !== 'PENDING' ? { submitted_at: review.submitted_at ?? isoNow() } : {}),
      commit_id: review.commit_id,
      author_association: 'NONE'
    })
  }

  private reviewCommentJson(ctx: Context, comment: FakeReviewComment): unknown {
    const pull = this.pulls.find((p) => p.number === comment.pull)
    const file = pull?.files.find((f) => f.filename === comment.path)
    const fileLevel = comment.subject_type === 'file'
    let position = comment.position ?? null
    let diffHunk = comment.diff_hunk ?? ''
    if (!fileLevel && (position === null || !diffHunk)) {
      const anchor = anchorComment(file, comment)
      if (anchor.ok) {
        position ??= anchor.position
        diffHunk ||= anchor.diffHunk
      }
    }
    const api = this.apiRepo(ctx)
    const html = `${this.htmlRepo()}/pull/${comment.pull}#discussion_r${comment.id}`
    const created = comment.created_at ?? isoNow()
    return conform('pull-request-review-comment', {
      url: `${api}/pulls/comments/${comment.id}`,
      pull_request_review_id: comment.pull_request_review_id ?? null,
      id: comment.id,
      node_id: nodeId('PRRC', comment.id),
      diff_hunk: diffHunk,
      path: comment.path,
      position: fileLevel ? null : position,
      original_position: fileLevel ? null : position,
      commit_id: comment.commit_id,
      original_commit_id: comment.commit_id,
      ...(comment.in_reply_to_id !== undefined ? { in_reply_to_id: comment.in_reply_to_id } : {}),
      user: this.userJson(comment.user.login),
      body: comment.body,
      created_at: created,
      updated_at: comment.updated_at ?? created,
      html_url: html,
      pull_request_url: `${api}/pulls/${comment.pull}`,
      author_association: 'NONE',
      _links: { self: { href: `${api}/pulls/comments/${comment.id}` }, html: { href: html }, pull_request: { href: `${api}/pulls/${comment.pull}` } },
      start_line: comment.start_line ?? null,
      original_start_line: comment.start_line ?? null,
      start_side: comment.start_line !== undefined ? (comment.start_side ?? comment.side ?? 'RIGHT') : null,
      line: fileLevel ? null : (comment.line ?? null),
      original_line: fileLevel ? null : (comment.line ?? null),
      side: comment.side ?? 'RIGHT',
      subject_type: comment.subject_type ?? 'line'
    })
  }

  private issueCommentJson(ctx: Context, comment: FakeIssueComment): unknown {
    const api = this.apiRepo(ctx)
    const created = comment.created_at ?? isoNow()
    return conform('issue-comment', {
      id: comment.id,
      node_id: nodeId('IC', comment.id),
      url: `${api}/issues/comments/${comment.id}`,
      html_url: `${this.htmlRepo()}/pull/${comment.issue}#issuecomment-${comment.id}`,
      body: comment.body,
      user: this.userJson(comment.user.login),
      created_at: created,
      updated_at: comment.updated_at ?? created,
      issue_url: `${api}/issues/${comment.issue}`,
      author_association: 'NONE',
      performed_via_github_app: null
    })
  }

  private checkRunJson(ctx: Context, run: FakeCheckRun): unknown {
    const output = isObject(run.output) ? run.output : {}
    const api = this.apiRepo(ctx)
    return conform('check-run', {
      id: run.id,
      head_sha: run.head_sha,
      node_id: nodeId('CR', run.id),
      external_id: run.external_id ?? '',
      url: `${api}/check-runs/${run.id}`,
      html_url: `${this.htmlRepo()}/runs/${run.id}`,
      details_url: run.details_url ?? `${this.htmlRepo()}/runs/${run.id}`,
      status: run.status ?? 'queued',
      conclusion: run.conclusion ?? null,
      started_at: run.started_at ?? isoNow(),
      completed_at: run.completed_at ?? null,
      output: {
        title: output.title ?? null,
        summary: output.summary ?? null,
        text: output.text ?? null,
        annotations_count: run.annotations.length,
        annotations_url: `${api}/check-runs/${run.id}/annotations`
      },
      name: run.name,
      check_suite: { id: 1 },
      app: { id: 15368, slug: 'github-actions', node_id: nodeId('A', 15368), name: 'GitHub Actions', owner: this.userJson('github'), permissions: {}, events: [] },
      pull_requests: []
    })
  }

  // ─────────── routes ───────────

  private routes(): Record<string, Handler> {
    const pulls = '/repos/{owner}/{repo}/pulls'
    const issues = '/repos/{owner}/{repo}/issues'
    return {
      'GET /rate_limit': () => this.getRateLimit(),
      // An installation token (GITHUB_TOKEN) is not a user: GitHub answers 403 here.
      'GET /user': () => {
        throw new ApiError(403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' })
      },
      [`GET ${pulls}/{pull_number}`]: (ctx) => this.getPull(ctx),
      [`GET ${pulls}/{pull_number}/files`]: (ctx) => this.listPullFiles(ctx),
      'GET /repos/{owner}/{repo}/contents/{path}': (ctx) => this.getContent(ctx),
      'GET /repos/{owner}/{repo}/compare/{basehead}': (ctx) => this.getCompare(ctx),
      'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': (ctx) => this.getTree(ctx),
      [`GET ${pulls}/{pull_number}/reviews`]: (ctx) => this.listReviews(ctx),
      [`POST ${pulls}/{pull_number}/reviews`]: (ctx) => this.createReview(ctx),
      [`GET ${pulls}/{pull_number}/comments`]: (ctx) => this.listReviewComments(ctx),
      [`POST ${pulls}/{pull_number}/comments`]: (ctx) => this.createReviewComment(ctx),
      [`POST ${pulls}/{pull_number}/comments/{comment_id}/replies`]: (ctx) => this.createReply(ctx),
      [`GET ${pulls}/comments/{comment_id}`]: (ctx) => ({ status: 200, body: this.reviewCommentJson(ctx, this.reviewComment(ctx)) }),
      [`PATCH ${pulls}/comments/{comment_id}`]: (ctx) => this.updateReviewComment(ctx),
      [`DELETE ${pulls}/comments/{comment_id}`]: (ctx) => this.deleteReviewComment(ctx),
      [`GET ${issues}/{issue_number}/comments`]: (ctx) => this.listIssueComments(ctx),
      [`POST ${issues}/{issue_number}/comments`]: (ctx) => this.createIssueComment(ctx),
      [`GET ${issues}/comments/{comment_id}`]: (ctx) => ({ status: 200, body: this.issueCommentJson(ctx, this.issueComment(ctx)) }),
      [`PATCH ${issues}/comments/{comment_id}`]: (ctx) => this.updateIssueComment(ctx),
      [`DELETE ${issues}/comments/{comment_id}`]: (ctx) => this.deleteIssueComment(ctx),
      'POST /repos/{owner}/{repo}/check-runs': (ctx) => this.createCheckRun(ctx),
      'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => ({ status: 200, body: this.checkRunJson(ctx, this.checkRun(ctx)) }),
      'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (ctx) => this.updateCheckRun(ctx)
    }
  }

  private getRateLimit(): Reply {
    const core = { limit: this.rateLimit, remaining: Math.max(0, this.rateLimit - this.rateLimitUsed), reset: this.rateLimitReset, used: this.rateLimitUsed, resource: 'core' }
    return { status: 200, body: conform('rate-limit-overview', { resources: { core }, rate: core }) }
  }

  /** `Accept: application/vnd.github.diff` returns the unified diff (reviewdog's fallback, platform §5). */
  private getPull(ctx: Context): Reply {
    const pull = this.pull(ctx)
    if (/vnd\.github(\.v3)?\.diff/.test(ctx.headers.accept ?? '')) {
      const diff = pull.files
        .map((f) => `diff --git a/${f.previous_filename ?? f.filename} b/${f.filename}\n--- a/${f.previous_filename ?? f.filename}\n+++ b/${f.filename}\n${f.patch ?? ''}\n`)
        .join('')
      return { status: 200, raw: { data: Buffer.from(diff), contentType: 'application/vnd.github.diff; charset=utf-8' } }
    }
    return { status: 200, body: this.pullJson(ctx, pull) }
  }

  /** Paginated, at most 3000 files in total (platform §5). */
  private listPullFiles(ctx: Context): Reply {
    const pull = this.pull(ctx)
    const files = pull.files.slice(0, MAX_PR_FILES)
    const { page, headers } = this.paginate(ctx, files)
    return { status: 200, body: page.map((f) => this.diffEntryJson(ctx, f, pull.contents, pull.headSha)), headers }
  }

  /** Contents by `ref`: the `refs` option first, then a pull request's head SHA or head branch. */
  private tree(ref: string): Record<string, string | Buffer> | undefined {
    if (this.refs[ref]) return this.refs[ref]
    const pull = this.pulls.find((p) => p.headSha === ref || p.headRef === ref)
    return pull?.contents
  }

  /**
   * `GET /contents/{path}` (platform §5, OAPI repos/get-content): raw bytes with
   * `Accept: application/vnd.github.raw` (or `.v3.raw`, `.raw+json`) up to 100 MB;
   * otherwise JSON with base64 content up to 1 MB, and beyond that
   * `content: ""` with `encoding: "none"`. Directories list their entries.
   */
  private getContent(ctx: Context): Reply {
    const ref = ctx.query.ref ?? this.defaultBranch
    const tree = this.tree(ref)
    if (!tree) throw new ApiError(404, { message: `No commit found for the ref ${ref}`, documentation_url: DOCS, status: '404' })
    const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '')
    const data = tree[path]
    if (data === undefined) return this.directoryListing(ctx, tree, path, ref)
    const bytes = asBuffer(data)
    const raw = /application\/vnd\.github(\.v3)?\.raw/.test(ctx.headers.accept ?? '')
    if (bytes.length > MAX_RAW_CONTENT_BYTES) {
      throw new ApiError(403, {
        message: 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        documentation_url: DOCS,
        status: '403'
      })
    }
    if (raw) return { status: 200, raw: { data: bytes, contentType: 'application/vnd.github.raw; charset=utf-8' } }
    const large = bytes.length > MAX_JSON_CONTENT_BYTES
    const object = /application\/vnd\.github(\.v3)?\.object/.test(ctx.headers.accept ?? '')
    if (large && !object) {
      // The default media type refuses files over 1 MB outright; only raw and object serve them (OAPI repos/get-content).
      throw new ApiError(403, {
        message: 'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
        errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        documentation_url: `${DOCS}/repos/contents#get-repository-content`,
        status: '403'
      })
    }
    return {
      status: 200,
      body: conform('content-file', {
        ...this.contentEntry(ctx, path, bytes, ref),
        content: large ? '' : (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length ? '\n' : ''),
        encoding: large ? 'none' : 'base64'
      })
    }
  }

  private contentEntry(ctx: Context, path: string, bytes: Buffer | undefined, ref: string): Record<string, unknown> {
    const sha = bytes ? gitBlobSha(bytes) : createHash('sha1').update(`tree ${path}`).digest('hex')
    const encoded = path.split('/').map(encodeURIComponent).join('/')
    const self = `${this.apiRepo(ctx)}/contents/${encoded}?ref=${ref}`
    const git = `${this.apiRepo(ctx)}/git/${bytes ? 'blobs' : 'trees'}/${sha}`
    const html = `${this.htmlRepo()}/${bytes ? 'blob' : 'tree'}/${ref}/${encoded}`
    return {
      type: bytes ? 'file' : 'dir',
      size: bytes?.length ?? 0,
      name: path.split('/').pop() ?? path,
      path,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: bytes ? `https://raw.githubusercontent.com/${this.owner}/${this.repo}/${ref}/${encoded}` : null,
      _links: { self, git, html }
    }
  }

  private directoryListing(ctx: Context, tree: Record<string, string | Buffer>, path: string, ref: string): Reply {
    const prefix = path ? `${path}/` : ''
    const children = new Map<string, Buffer | undefined>()
    for (const [name, data] of Object.entries(tree)) {
      if (!name.startsWith(prefix)) continue
      const [child, ...rest] = name.slice(prefix.length).split('/')
      children.set(prefix + child, rest.length ? undefined : asBuffer(data))
    }
    if (children.size === 0) throw notFound()
    const entries = [...children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([child, bytes]) => this.contentEntry(ctx, child, bytes, ref))
    // The object media type wraps a directory's entries in an object (OAPI content-tree).
    if (/application\/vnd\.github(\.v3)?\.object/.test(ctx.headers.accept ?? '')) return { status: 200, body: { ...this.contentEntry(ctx, path, undefined, ref), entries } }
    return { status: 200, body: entries }
  }

  /**
   * `GET /compare/{base}...{head}` (used in merge_group mode): files capped at
   * 300, and when paginating they appear only on the first page (OAPI
   * repos/compare-commits-with-basehead). Two-dot notation is accepted too.
   */
  private getCompare(ctx: Context): Reply {
    const basehead = ctx.params.basehead ?? ''
    const [base = '', head = ''] = basehead.includes('...') ? basehead.split('...') : basehead.split('..')
    const files = this.compare[`${base}...${head}`]
    if (!files) throw notFound()
    const paginating = ctx.query.page !== undefined || ctx.query.per_page !== undefined
    const firstPage = Number(ctx.query.page ?? '1') <= 1
    const headCommit = conform('commit', { sha: head, node_id: nodeId('C', 1), url: `${this.apiRepo(ctx)}/commits/${head}`, html_url: `${this.htmlRepo()}/commit/${head}` })
    const baseCommit = conform('commit', { sha: base, node_id: nodeId('C', 0), url: `${this.apiRepo(ctx)}/commits/${base}`, html_url: `${this.htmlRepo()}/commit/${base}` })
    return {
      status: 200,
      body: conform('commit-comparison', {
        url: `${this.apiRepo(ctx)}/compare/${base}...${head}`,
        html_url: `${this.htmlRepo()}/compare/${base}...${head}`,
        permalink_url: `${this.htmlRepo()}/compare/${this.owner}:${base}...${this.owner}:${head}`,
        diff_url: `${this.htmlRepo()}/compare/${base}...${head}.diff`,
        patch_url: `${this.htmlRepo()}/compare/${base}...${head}.patch`,
        base_commit: baseCommit,
        merge_base_commit: baseCommit,
        status: 'ahead',
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [headCommit],
        files: !paginating || firstPage ? files.slice(0, MAX_COMPARE_FILES).map((f) => this.diffEntryJson(ctx, f, this.tree(head), head)) : []
      })
    }
  }

  /**
   * `GET /git/trees/{sha}?recursive=1` (OAPI git/get-tree): every blob with its
   * SHA, as a commit's tree; the fake never truncates (GitHub does beyond
   * 100,000 entries or 7 MB, and says so with `truncated: true`).
   */
  private getTree(ctx: Context): Reply {
    const sha = ctx.params.tree_sha ?? ''
    const tree = this.tree(sha)
    if (!tree) throw notFound()
    const recursive = ctx.query.recursive !== undefined
    const blobs = Object.entries(tree).filter(([path]) => recursive || !path.includes('/'))
    const folders = new Set(
      blobs.flatMap(([path]) =>
        path
          .split('/')
          .slice(0, -1)
          .map((_, i, parts) => parts.slice(0, i + 1).join('/'))
      )
    )
    const entries = [
      ...[...folders].map((path) => ({ path, mode: '040000', type: 'tree', sha: createHash('sha1').update(`tree ${path}`).digest('hex'), url: `${this.apiRepo(ctx)}/git/trees/${path}` })),
      ...blobs.map(([path, data]) => {
        const bytes = asBuffer(data)
        const blob = gitBlobSha(bytes)
        return { path, mode: '100644', type: 'blob', sha: blob, size: bytes.length, url: `${this.apiRepo(ctx)}/git/blobs/${blob}` }
      })
    ].sort((a, b) => (a.path < b.path ? -1 : 1))
    return { status: 200, body: conform('git-tree', { sha, url: `${this.apiRepo(ctx)}/git/trees/${sha}`, truncated: false, tree: entries }) }
  }

  private listReviews(ctx: Context): Reply {
    const pull = this.pull(ctx)
    const { page, headers } = this.paginate(
      ctx,
      this.reviews.filter((r) => r.pull === pull.number)
    )
    return { status: 200, body: page.map((r) => this.reviewJson(ctx, r)), headers }
  }

  /**
   * `POST /pulls/{n}/reviews` (platform §1). Product policy: COMMENT only.
   * GitHub's rules: commit_id must be the head SHA; every comment must anchor
   * inside the diff, and one bad comment rejects the whole review with 422.
   */
  private createReview(ctx: Context): Reply {
    const pull = this.pull(ctx)
    const body = ctx.body as { commit_id?: string; body?: string; event?: string; comments?: Array<Record<string, any>> }
    const commitId = body.commit_id ?? pull.headSha
    if (commitId !== pull.headSha) {
      throw unprocessable(['Commit is not part of the pull request'], `[commit] review commit_id ${commitId} is not the PR head ${pull.headSha} (GITHUB_SHA is the merge commit on pull_request)`)
    }
    const event = body.event ?? 'PENDING'
    this.checkReviewEvent(ctx, event)
    const comments = body.comments ?? []
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body.body && comments.length === 0) {
      throw unprocessable(["Body can't be blank"], `[schema] a ${event} review needs a body (OAPI pulls/create-review)`)
    }
    if (bodyTooLong(body.body)) throw unprocessable([BODY_TOO_LONG], `[limit] review body is longer than ${MAX_BODY_CHARS} characters`)
    const anchors = this.anchorReviewComments(pull, comments)
    if (event === 'PENDING' && this.reviews.some((r) => r.pull === pull.number && r.event === 'PENDING' && r.user.login === this.botLogin)) {
      throw unprocessable(['User can only have one pending review per pull request'], '[policy] second pending review')
    }
    const review: FakeReview = { id: this.newId(), pull: pull.number, event, body: body.body ?? '', commit_id: commitId, user: { login: this.botLogin } }
    if (event !== 'PENDING') review.submitted_at = isoNow()
    this.reviews.push(review)
    comments.forEach((c, i) => {
      const anchor = anchors[i]!
      this.reviewComments.push({
        id: this.newId(),
        pull: pull.number,
        path: c.path as string,
        line: c.line as number | undefined,
        side: anchor.side,
        ...(c.start_line !== undefined ? { start_line: c.start_line as number, start_side: anchor.startSide } : {}),
        subject_type: 'line',
        body: c.body as string,
        commit_id: commitId,
        user: { login: this.botLogin },
        pull_request_review_id: review.id,
        position: anchor.position,
        diff_hunk: anchor.diffHunk,
        created_at: isoNow()
      })
    })
    return { status: 200, body: this.reviewJson(ctx, review) }
  }

  /**
   * APPROVE: GITHUB_TOKEN gets 422 by default (platform §1). REQUEST_CHANGES and
   * PENDING are accepted by GitHub but break our COMMENT-only policy.
   */
  private checkReviewEvent(ctx: Context, event: string): void {
    if (event === 'APPROVE') {
      throw unprocessable(['GitHub Actions is not permitted to approve pull requests.'], '[policy] review event APPROVE: prfaq-gate must only post COMMENT reviews (and GITHUB_TOKEN may not approve)')
    }
    if (event === 'REQUEST_CHANGES')
      this.violation('policy', ctx, 'review event REQUEST_CHANGES: prfaq-gate must only post COMMENT reviews (a bot CHANGES_REQUESTED blocks until dismissed, platform §1)')
    if (event === 'PENDING') this.violation('policy', ctx, 'review without event stays PENDING: prfaq-gate must post COMMENT reviews')
  }

  private anchorReviewComments(pull: FakePullRequest, comments: Array<Record<string, any>>): Array<Anchor & { ok: true }> {
    const errors = new Set<string>()
    const notes: string[] = []
    const anchors = comments.map((c, i) => {
      const where = `comments[${i}] ${String(c.path)}:${describeAnchor(c)}`
      if (bodyTooLong(c.body)) {
        errors.add(BODY_TOO_LONG)
        notes.push(`${where}: ${BODY_TOO_LONG}`)
      }
      const anchor = anchorComment(
        pull.files.find((f) => f.filename === c.path),
        c
      )
      if (!anchor.ok) {
        errors.add(anchor.error)
        notes.push(`${where}: ${anchor.error}`)
      }
      return anchor
    })
    if (errors.size > 0) {
      const kind = [...errors].every((e) => e === BODY_TOO_LONG) ? '[limit]' : '[diff]'
      throw unprocessable([...errors], `${kind} review rejected as a whole: ${notes.join('; ')}`)
    }
    return anchors as Array<Anchor & { ok: true }>
  }

  private listReviewComments(ctx: Context): Reply {
    const pull = this.pull(ctx)
    let comments = this.reviewComments.filter((c) => c.pull === pull.number).sort((a, b) => a.id - b.id)
    if (ctx.query.since) comments = comments.filter((c) => (c.updated_at ?? c.created_at ?? '') >= ctx.query.since!)
    if (ctx.query.direction === 'desc') comments.reverse()
    const { page, headers } = this.paginate(ctx, comments)
    return { status: 200, body: page.map((c) => this.reviewCommentJson(ctx, c)), headers }
  }

  /** Every standalone review comment (and reply) is wrapped in its own COMMENTED review on GitHub. */
  private implicitReview(pull: FakePullRequest, commitId: string): number {
    const id = this.newId()
    this.reviews.push({ id, pull: pull.number, event: 'COMMENT', body: '', commit_id: commitId, user: { login: this.botLogin }, submitted_at: isoNow(), implicit: true })
    return id
  }

  /**
   * `POST /pulls/{n}/comments` (OAPI pulls/create-review-comment): needs the
   * head SHA and a path of the PR; `subject_type: "file"` needs no line,
   * otherwise the same diff rule as reviews; `in_reply_to` makes a reply.
   */
  private createReviewComment(ctx: Context): Reply {
    const pull = this.pull(ctx)
    const body = ctx.body as Record<string, any>
    if (bodyTooLong(body.body)) throw validationFailed('PullRequestReviewComment', 'body', BODY_TOO_LONG, `[limit] review comment body is longer than ${MAX_BODY_CHARS} characters`)
    if (body.in_reply_to !== undefined) return this.reply(ctx, pull, Number(body.in_reply_to), body.body as string)
    if (body.commit_id !== pull.headSha) {
      throw validationFailed(
        'PullRequestReviewComment',
        'commit_id',
        'commit_id is not part of the pull request',
        `[commit] review comment commit_id ${String(body.commit_id)} is not the PR head ${pull.headSha}`
      )
    }
    const file = pull.files.find((f) => f.filename === body.path)
    if (!file) throw validationFailed('PullRequestReviewComment', 'path', 'could not be resolved', `[path] ${String(body.path)} is not a file of PR #${pull.number}`)
    const fileLevel = body.subject_type === 'file'
    if (fileLevel) this.checkNoSuggestion(ctx, body.body, 'a file-level comment')
    let anchor: Anchor | undefined
    if (!fileLevel) {
      anchor = anchorComment(file, body)
      if (!anchor.ok) {
        throw validationFailed('PullRequestReviewComment', 'pull_request_review_thread.line', anchor.error, `[diff] ${String(body.path)}:${describeAnchor(body)}: ${anchor.error}`)
      }
    }
    const comment: FakeReviewComment = {
      id: 0,
      pull: pull.number,
      path: file.filename,
      subject_type: fileLevel ? 'file' : 'line',
      body: body.body as string,
      commit_id: pull.headSha,
      user: { login: this.botLogin },
      created_at: isoNow()
    }
    comment.pull_request_review_id = this.implicitReview(pull, pull.headSha)
    comment.id = this.newId()
    if (anchor?.ok) {
      Object.assign(comment, { line: body.line, side: anchor.side, position: anchor.position, diff_hunk: anchor.diffHunk })
      if (body.start_line !== undefined) Object.assign(comment, { start_line: body.start_line, start_side: anchor.startSide })
    }
    this.reviewComments.push(comment)
    return { status: 201, body: this.reviewCommentJson(ctx, comment) }
  }

  /** `POST /pulls/{n}/comments/{comment_id}/replies`. */
  private createReply(ctx: Context): Reply {
    const pull = this.pull(ctx)
    const body = ctx.body as { body: string }
    if (bodyTooLong(body.body)) throw validationFailed('PullRequestReviewComment', 'body', BODY_TOO_LONG, `[limit] reply body is longer than ${MAX_BODY_CHARS} characters`)
    return this.reply(ctx, pull, Number(ctx.params.comment_id), body.body)
  }

  /** Replies join the thread of the target; GitHub threads are flat, so a reply to a reply joins its root. */
  private reply(ctx: Context, pull: FakePullRequest, targetId: number, text: string): Reply {
    const target = this.reviewComments.find((c) => c.id === targetId && c.pull === pull.number)
    if (!target) throw notFound()
    const root = target.in_reply_to_id !== undefined ? (this.reviewComments.find((c) => c.id === target.in_reply_to_id) ?? target) : target
    const comment: FakeReviewComment = {
      ...root,
      id: 0,
      body: text,
      in_reply_to_id: root.id,
      user: { login: this.botLogin },
      created_at: isoNow(),
      updated_at: undefined
    }
    comment.pull_request_review_id = this.implicitReview(pull, root.commit_id)
    comment.id = this.newId()
    this.reviewComments.push(comment)
    return { status: 201, body: this.reviewCommentJson(ctx, comment) }
  }

  private reviewComment(ctx: Context): FakeReviewComment {
    const comment = this.reviewComments.find((c) => c.id === Number(ctx.params.comment_id))
    if (!comment) throw notFound()
    return comment
  }

  /** Touching other people's comments is allowed with write access, but prfaq-gate must only edit its own. */
  private checkOwnership(ctx: Context, author: string, what: string): void {
    if (author !== this.botLogin) this.violation('policy', ctx, `${what} by ${author} changed, but prfaq-gate must only touch comments of ${this.botLogin}`)
  }

  private updateReviewComment(ctx: Context): Reply {
    const comment = this.reviewComment(ctx)
    const text = (ctx.body as { body: string }).body
    if (bodyTooLong(text)) throw validationFailed('PullRequestReviewComment', 'body', BODY_TOO_LONG, `[limit] review comment body is longer than ${MAX_BODY_CHARS} characters`)
    this.checkOwnership(ctx, comment.user.login, `review comment ${comment.id}`)
    comment.body = text
    comment.updated_at = isoNow()
    return { status: 200, body: this.reviewCommentJson(ctx, comment) }
  }

  private deleteReviewComment(ctx: Context): Reply {
    const comment = this.reviewComment(ctx)
    this.checkOwnership(ctx, comment.user.login, `review comment ${comment.id}`)
    this.reviewComments = this.reviewComments.filter((c) => c !== comment)
    return { status: 204 }
  }

  /** Issue comments on a PR use the PR number as the issue number (platform §2). */
  private issueNumber(ctx: Context): number {
    return this.pull(ctx, 'issue_number').number
  }

  private listIssueComments(ctx: Context): Reply {
    const issue = this.issueNumber(ctx)
    let comments = this.issueComments.filter((c) => c.issue === issue).sort((a, b) => a.id - b.id)
    if (ctx.query.since) comments = comments.filter((c) => (c.updated_at ?? c.created_at ?? '') >= ctx.query.since!)
    const { page, headers } = this.paginate(ctx, comments)
    return { status: 200, body: page.map((c) => this.issueCommentJson(ctx, c)), headers }
  }

  /**
   * A suggestion only means something on lines of the diff: in a file-level
   * or an issue comment GitHub shows a code block nobody can apply, and the
   * author is left to guess which lines it was for.
   */
  private checkNoSuggestion(ctx: Context, text: unknown, where: string): void {
    if (typeof text === 'string' && SUGGESTION_FENCE.test(text)) this.violation('policy', ctx, `a suggestion block in ${where}: GitHub can apply suggestions only from comments on lines of the diff`)
  }

  private createIssueComment(ctx: Context): Reply {
    const issue = this.issueNumber(ctx)
    const text = (ctx.body as { body: string }).body
    this.checkNoSuggestion(ctx, text, 'an issue comment')
    if (bodyTooLong(text)) throw validationFailed('IssueComment', 'body', BODY_TOO_LONG, `[limit] issue comment body is longer than ${MAX_BODY_CHARS} characters`)
    const comment: FakeIssueComment = { id: this.newId(), issue, body: text, user: { login: this.botLogin }, created_at: isoNow() }
    this.issueComments.push(comment)
    return { status: 201, body: this.issueCommentJson(ctx, comment) }
  }

  private issueComment(ctx: Context): FakeIssueComment {
    const comment = this.issueComments.find((c) => c.id === Number(ctx.params.comment_id))
    if (!comment) throw notFound()
    return comment
  }

  private updateIssueComment(ctx: Context): Reply {
    const comment = this.issueComment(ctx)
    const text = (ctx.body as { body: string }).body
    this.checkNoSuggestion(ctx, text, 'an issue comment')
    if (bodyTooLong(text)) throw validationFailed('IssueComment', 'body', BODY_TOO_LONG, `[limit] issue comment body is longer than ${MAX_BODY_CHARS} characters`)
    this.checkOwnership(ctx, comment.user.login, `issue comment ${comment.id}`)
    comment.body = text
    comment.updated_at = isoNow()
    return { status: 200, body: this.issueCommentJson(ctx, comment) }
  }

  private deleteIssueComment(ctx: Context): Reply {
    const comment = this.issueComment(ctx)
    this.checkOwnership(ctx, comment.user.login, `issue comment ${comment.id}`)
    this.issueComments = this.issueComments.filter((c) => c !== comment)
    return { status: 204 }
  }

  private checkRun(ctx: Context): FakeCheckRun {
    const run = this.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id))
    if (!run) throw notFound()
    return run
  }

  /**
   * Check-run rules (platform §3): ≤ 50 annotations per request, summary/text
   * ≤ 65535 characters (both also in the OpenAPI schema, so usually caught
   * there), `conclusion` required once `status` is completed.
   */
  private checkRunRules(body: Record<string, any>): void {
    const annotations = isObject(body.output) && Array.isArray(body.output.annotations) ? body.output.annotations : []
    if (annotations.length > MAX_ANNOTATIONS_PER_REQUEST) {
      throw validationFailed(
        'CheckRun',
        'output.annotations',
        `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request`,
        `[check-run] ${annotations.length} annotations in one request (max ${MAX_ANNOTATIONS_PER_REQUEST})`
      )
    }
    if (body.status === 'completed' && body.conclusion === undefined) {
      throw validationFailed('CheckRun', 'conclusion', 'conclusion is required when status is completed', '[check-run] status completed without conclusion')
    }
  }

  private createCheckRun(ctx: Context): Reply {
    const body = ctx.body as Record<string, any>
    this.checkRunRules(body)
    if (!this.knownShas().has(body.head_sha as string)) {
      throw new ApiError(
        422,
        { message: `No commit found for SHA: ${String(body.head_sha)}`, documentation_url: DOCS, status: '422' },
        `[check-run] head_sha ${String(body.head_sha)} is not a known commit`
      )
    }
    const run: FakeCheckRun = { id: this.newId(), name: body.name as string, head_sha: body.head_sha as string, annotations: [] }
    this.applyCheckRunUpdate(run, body)
    this.checkRuns.push(run)
    return { status: 201, body: this.checkRunJson(ctx, run) }
  }

  /** Annotations are appended on every update, 50 at a time (platform §3). */
  private updateCheckRun(ctx: Context): Reply {
    const run = this.checkRun(ctx)
    const body = ctx.body as Record<string, any>
    this.checkRunRules(body)
    this.applyCheckRunUpdate(run, body)
    return { status: 200, body: this.checkRunJson(ctx, run) }
  }

  private applyCheckRunUpdate(run: FakeCheckRun, body: Record<string, any>): void {
    for (const key of ['name', 'external_id', 'details_url', 'started_at', 'completed_at', 'status'] as const) {
      if (typeof body[key] === 'string') run[key] = body[key] as string
    }
    if (typeof body.conclusion === 'string') {
      // "Providing conclusion will automatically set the status parameter to completed" (OAPI checks/create).
      run.conclusion = body.conclusion
      run.status = 'completed'
      run.completed_at ??= isoNow()
    }
    run.status ??= 'queued'
    if (isObject(body.output)) {
      const { annotations, ...rest } = body.output
      run.output = { ...(isObject(run.output) ? run.output : {}), ...rest }
      if (Array.isArray(annotations)) run.annotations.push(...(annotations as unknown[]))
    }
  }
}

/** The permission GitHub names in `x-accepted-github-permissions` on a 403. */
function acceptedPermission(template: string): string {
  if (template.includes('/check-runs')) return 'checks=write'
  if (template.includes('/issues/')) return 'issues=write; pull_requests=write'
  if (template.includes('/pulls')) return 'pull_requests=write'
  if (template.includes('/contents/')) return 'contents=write'
  return 'metadata=read'
}
