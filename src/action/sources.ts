import { posix } from 'node:path'
import pLimit from 'p-limit'
import { ConfigError, DEFAULT_CONFIG_FILES, defaultConfig, type LoadedConfig, loadConfig, parseConfig, withLanguage } from '../config/load.js'
import { type LintResult, lintDocuments } from '../engine/lint.js'
import type { Language } from '../messages/text.js'
import { lintFiles } from '../run/pool.js'
import { tooLarge } from '../sources/decode.js'
import { createDetector, type Detector } from '../sources/detect.js'
import { discoverFiles } from '../sources/discover.js'
import { groupDocuments, mayBePart } from '../sources/documents.js'
import { type DocumentInput, HEAD_BYTES, headText } from '../sources/read.js'
import { annotations } from './annotations.js'
import type { RunContext } from './event.js'
import { type GitHubClient, statusOf } from './github/client.js'
import { type ChangedFile, fetchContent, isPresent, listComparedFiles, listPullFiles, MAX_PULL_FILES } from './github/files.js'

export interface CheckedSources {
  results: LintResult[]
  /** The changed files of the pull request or merge group (with patches), for inline comments. */
  changedFiles: ChangedFile[]
  /** Things the summary should say ("the config changed in this PR…"). */
  notes: string[]
  /** The language of what speaks for the whole run: the input's, else the config's, else `auto`. */
  language: Language | 'auto'
}

async function checkWorkspace(workspace: string, options: SourceOptions, notes: string[]): Promise<CheckedSources> {
  const config = withLanguage(await loadConfig(options.config, workspace), options.language)
  const detector = createDetector(options.paths ?? config.resolved.paths)
  const discovery = await discoverFiles(['.'], workspace, detector)
  const results = await lintFiles(discovery.files, config.resolved, { cwd: workspace })
  return { results, changedFiles: [], notes, language: config.resolved.file.language ?? 'auto' }
}

/** Most Markdown files whose front matter is fetched to see whether they declare `type: prfaq`. */
const MAX_FRONT_MATTER_PROBES = 50
/** Contents are fetched a few at a time: fast, and far below GitHub's limit of 100 concurrent requests. */
const FETCH_CONCURRENCY = 8

/**
 * Finds and checks the PR/FAQs this run is about:
 * - pull request: the changed files (not removed), read at the head SHA through the API;
 * - merge group: the files changed between the group's base and head, the same way;
 * - anything else (push, workflow_dispatch): every PR/FAQ in the workspace.
 * Nothing from a pull request is executed; its files are only read as data,
 * and the config always comes from the base, so a change cannot judge itself.
 */
export interface SourceOptions {
  paths?: string[]
  config?: string
  /** The `language` input: wins over the config's. */
  language?: Language | 'auto'
}

export async function checkSources(context: RunContext, client: GitHubClient, options: SourceOptions): Promise<CheckedSources> {
  const { plan } = context
  if (plan.kind === 'workspace' || plan.kind === 'workflow-run') return checkWorkspace(context.workspace, options, [])

  const changedFiles =
    plan.kind === 'pull-request' ? await listPullFiles(client, context.owner, context.repo, plan.number) : await listComparedFiles(client, context.owner, context.repo, plan.baseSha, plan.headSha)
  if (plan.kind === 'pull-request' && changedFiles.length >= MAX_PULL_FILES) {
    // GitHub lists no more than 3,000 files: a PR/FAQ beyond them would go unchecked, so refuse.
    throw new Error(
      `This pull request changes ${MAX_PULL_FILES} or more files, and GitHub lists only the first ${MAX_PULL_FILES}; prfaq-gate cannot see them all. Split the pull request, or check the PR/FAQs on push.`
    )
  }

  // The config comes from the base, so a pull request cannot switch off its own gate.
  const config = withLanguage(await loadBaseConfig(client, context, plan.baseSha, options.config, new Set(changedFiles.map((file) => file.path))), options.language)
  const notes = configChangeNotes(config, changedFiles, options.config)
  const detector = createDetector(options.paths ?? config.resolved.paths)
  const limit = pLimit(FETCH_CONCURRENCY)
  const fetch = (path: string, headBytes?: number) =>
    limit(() => fetchContent(client, context.owner, context.repo, path, plan.headSha, { maxBytes: config.resolved.settingsFor(path).maxFileBytes, ...(headBytes ? { headBytes } : {}) }))
  const selected = await selectPrFaqs(changedFiles.filter(isPresent), detector, fetch)
  const inputs = await Promise.all(
    selected.map(async ({ file, content }) =>
      toInput(content && content.kind !== 'partial' ? content : await fetch(file.path), file.path, config.resolved.settingsFor(file.path).maxFileBytes, plan.headSha)
    )
  )
  // The parts of a split PR/FAQ that this change did not touch are read too: the document is judged whole.
  const maxBytes = (path: string) => config.resolved.settingsFor(path).maxFileBytes
  const parts = await unchangedParts(inputs, { client, context, ref: plan.headSha, fetch: (path) => fetch(path, HEAD_BYTES), fetchWhole: (path) => fetch(path), maxBytes })
  const results = lintDocuments([...inputs, ...parts], (file) => config.resolved.settingsFor(file))
  return { results, changedFiles, notes, language: config.resolved.file.language ?? 'auto' }
}

type Fetched = Awaited<ReturnType<typeof fetchContent>>

function toInput(fetched: Fetched, path: string, maxBytes: number, headSha: string): DocumentInput {
  if (fetched.kind === 'missing') throw new Error(`${path} is listed as changed but cannot be read at ${headSha.slice(0, 7)} (it may be a symbolic link or a submodule).`)
  if (fetched.kind === 'bytes') return { file: path, bytes: fetched.bytes }
  return { file: path, unreadable: tooLarge(fetched.size, maxBytes) }
}

/** Most files of a folder read to find the other parts of a split PR/FAQ. */
const MAX_PART_PROBES = 20

/**
 * The other parts of split PR/FAQs among the changed files (sources/documents.ts):
 * for each folder where a changed file declares itself a PR/FAQ section, or is
 * an index that links its parts, the folder's other Markdown files at the head.
 */
async function unchangedParts(
  inputs: DocumentInput[],
  via: { client: GitHubClient; context: RunContext; ref: string; fetch: (path: string) => Promise<Fetched>; fetchWhole: (path: string) => Promise<Fetched>; maxBytes: (path: string) => number }
): Promise<DocumentInput[]> {
  const changed = new Set(inputs.map((input) => input.file))
  const heads = inputs.map((input) => ({ file: input.file, head: 'bytes' in input ? headText(input.bytes) : '' }))
  const folders = [...new Set(heads.filter((head) => mayBePart(head)).map((head) => posix.dirname(head.file)))]
  const parts: DocumentInput[] = []
  for (const folder of folders) {
    const siblings = (await markdownIn(via.client, via.context, folder, via.ref)).filter((path) => !changed.has(path)).slice(0, MAX_PART_PROBES)
    const fetched = await Promise.all(siblings.map(async (path) => ({ path, content: await via.fetch(path) })))
    const candidates = fetched.flatMap(({ path, content }) => (content.kind === 'bytes' ? [{ file: path, bytes: content.bytes }] : []))
    const grouped = groupDocuments([...heads.filter((head) => posix.dirname(head.file) === folder), ...candidates.map(({ file, bytes }) => ({ file, head: headText(bytes) }))])
    const inDocuments = new Set(grouped.filter((group) => group.length > 1 && group.some((file) => changed.has(file))).flat())
    for (const candidate of candidates) {
      if (!inDocuments.has(candidate.file)) continue
      // A part read only by its head is read whole now.
      const whole = await via.fetchWhole(candidate.file)
      if (whole.kind !== 'missing') parts.push(toInput(whole, candidate.file, via.maxBytes(candidate.file), via.ref))
    }
  }
  return parts
}

async function markdownIn(client: GitHubClient, context: RunContext, folder: string, ref: string): Promise<string[]> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: context.owner, repo: context.repo, path: folder === '.' ? '' : folder, ref })
    return Array.isArray(data) ? data.filter((entry) => entry.type === 'file' && /\.(?:md|markdown|mdx)$/iu.test(entry.name)).map((entry) => entry.path) : []
  } catch (error) {
    if (statusOf(error) === 404) return []
    throw error
  }
}

/**
 * Changed files that are PR/FAQs: by name or folder, and — with the default
 * detection — Markdown files whose front matter says `type: prfaq` (their
 * content, or its first bytes for a large file, is fetched once and reused).
 */
async function selectPrFaqs(candidates: ChangedFile[], detector: Detector, fetch: (path: string, headBytes?: number) => Promise<Fetched>): Promise<Array<{ file: ChangedFile; content?: Fetched }>> {
  const byName = candidates.filter((file) => detector.matchesName(file.path))
  const unnamed = detector.probesFrontMatter ? candidates.filter((file) => !detector.matchesName(file.path) && detector.isMarkdown(file.path)) : []
  if (unnamed.length > MAX_FRONT_MATTER_PROBES) {
    annotations.notice(`More than ${MAX_FRONT_MATTER_PROBES} changed Markdown files: the rest are checked only if their names or folders mark them as PR/FAQs (set the paths input to be explicit).`)
  }
  const probed = await Promise.all(unnamed.slice(0, MAX_FRONT_MATTER_PROBES).map(async (file) => ({ file, content: await fetch(file.path, HEAD_BYTES) })))
  const declared = probed.filter(({ content }) => declaresPrFaq(detector, content))
  const named = await Promise.all(byName.map(async (file) => ({ file, content: await fetch(file.path) })))
  return [...named, ...declared].sort((a, b) => candidates.indexOf(a.file) - candidates.indexOf(b.file))
}

function declaresPrFaq(detector: Detector, content: Fetched): boolean {
  const bytes = content.kind === 'bytes' ? content.bytes : content.kind === 'missing' ? undefined : content.head
  return bytes !== undefined && detector.declaresPrFaq(headText(bytes))
}

/** The config as it is on the base branch (defaults when there is none), team schema files included. */
async function loadBaseConfig(
  client: GitHubClient,
  context: RunContext,
  baseSha: string,
  explicit: string | undefined,
  changedPaths: Set<string>
): Promise<LoadedConfig & { baseError?: ConfigError }> {
  const read = async (path: string): Promise<string | undefined> => {
    const content = await fetchContent(client, context.owner, context.repo, path, baseSha, { maxBytes: 1024 * 1024 })
    if (content.kind === 'too-large') throw new ConfigError(path, 'the file is larger than 1 MB')
    return content.kind === 'bytes' ? new TextDecoder().decode(content.bytes) : undefined
  }
  for (const path of explicit ? [explicit] : await defaultConfigsAt(client, context, baseSha)) {
    const text = await read(path)
    if (text === undefined) continue
    try {
      return await parseConfig(text, path, (relative) => read(posix.join(posix.dirname(path), relative)))
    } catch (error) {
      // The base's config is broken and this pull request changes it: check with the defaults,
      // so the fix can merge, and say so. Any other pull request still fails on the broken config.
      if (!(error instanceof ConfigError) || !changedPaths.has(path)) throw error
      return { ...defaultConfig(), baseError: error }
    }
  }
  // A config named in the workflow must exist, unless this very pull request adds it (it applies after merge).
  if (explicit && !changedPaths.has(explicit)) throw new ConfigError(explicit, `not found on the base branch (${baseSha.slice(0, 7)})`)
  return defaultConfig()
}

/** Which of the default config files exist at a commit: one directory listing instead of a request per name. */
async function defaultConfigsAt(client: GitHubClient, context: RunContext, ref: string): Promise<string[]> {
  let entries: unknown
  try {
    ;({ data: entries } = await client.rest.repos.getContent({ owner: context.owner, repo: context.repo, path: '.github', ref }))
  } catch (error) {
    if ((error as { status?: number }).status === 404) return []
    throw error
  }
  const names = new Set(Array.isArray(entries) ? entries.map((entry: { path?: string }) => entry.path) : [])
  return DEFAULT_CONFIG_FILES.filter((path) => names.has(path))
}

function configChangeNotes(config: LoadedConfig & { baseError?: ConfigError }, changedFiles: ChangedFile[], explicit: string | undefined): string[] {
  const configPaths = new Set(explicit ? [explicit] : DEFAULT_CONFIG_FILES)
  const changed = changedFiles.filter((file) => configPaths.has(file.path))
  return changed.map((file) => {
    if (config.baseError) {
      return `This pull request changes \`${file.path}\`, which is broken on the base branch (${config.baseError.detail}). prfaq-gate checked with the built-in defaults; the new config takes effect after merge.`
    }
    const which = config.file ? 'the configuration on the base branch' : 'the defaults (there is no configuration on the base branch yet)'
    return `This pull request changes \`${file.path}\`. prfaq-gate checked with ${which}; the change takes effect after merge.`
  })
}
