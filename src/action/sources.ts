import * as core from '@actions/core'
import { posix } from 'node:path'
import { ConfigError, DEFAULT_CONFIG_FILES, defaultConfig, loadConfig, parseConfig, type LoadedConfig } from '../config/load.js'
import { lintBytes, lintDecoded, type LintResult } from '../engine/lint.js'
import { lintFiles } from '../cli/pool.js'
import { tooLarge } from '../sources/decode.js'
import { createDetector, type Detector } from '../sources/detect.js'
import { discoverFiles } from '../sources/discover.js'
import type { RunContext } from './event.js'
import type { GitHubClient } from './github/client.js'
import { fetchContent, isPresent, listComparedFiles, listPullFiles, MAX_COMPARE_FILES, MAX_PULL_FILES, type ChangedFile } from './github/files.js'

export interface CheckedSources {
  results: LintResult[]
  /** The changed files of the pull request or merge group (with patches), for inline comments. */
  changedFiles: ChangedFile[]
  /** Things the summary should say ("the config changed in this PR…"). */
  notes: string[]
}

async function checkWorkspace(workspace: string, options: { paths?: string[]; config?: string }, notes: string[]): Promise<CheckedSources> {
  const config = await loadConfig(options.config, workspace)
  const detector = createDetector(options.paths ?? config.resolved.paths)
  const discovery = await discoverFiles(['.'], workspace, detector)
  const results = await lintFiles(discovery.files, config.resolved, { cwd: workspace })
  return { results, changedFiles: [], notes }
}

/** Most Markdown files whose front matter is fetched to see whether they declare `type: prfaq`. */
const MAX_FRONT_MATTER_PROBES = 50

/**
 * Finds and checks the PR/FAQs this run is about:
 * - pull request: the changed files (not removed), read at the head SHA through the API;
 * - merge group: the files changed between the group's base and head;
 * - anything else (push, workflow_dispatch): every PR/FAQ in the workspace.
 * Nothing from a pull request is executed; its files are only read as data.
 */
export async function checkSources(context: RunContext, client: GitHubClient, options: { paths?: string[]; config?: string }): Promise<CheckedSources> {
  const { plan } = context
  if (plan.kind === 'workspace' || plan.kind === 'workflow-run') return checkWorkspace(context.workspace, options, [])

  const changedFiles =
    plan.kind === 'pull-request'
      ? await listPullFiles(client, context.owner, context.repo, plan.number)
      : await listComparedFiles(client, context.owner, context.repo, plan.baseSha, plan.headSha)
  if (plan.kind === 'pull-request' && changedFiles.length >= MAX_PULL_FILES) {
    // GitHub lists no more than 3,000 files: a PR/FAQ beyond them would go unchecked, so refuse.
    throw new Error(`This pull request changes ${MAX_PULL_FILES} or more files, and GitHub lists only the first ${MAX_PULL_FILES}; prfaq-gate cannot see them all. Split the pull request, or check the PR/FAQs on push.`)
  }
  if (plan.kind === 'merge-group' && changedFiles.length >= MAX_COMPARE_FILES) {
    // The compare API lists at most 300 files; the checked-out merge group head has them all.
    const note = `The merge group changes ${MAX_COMPARE_FILES} or more files (more than GitHub's compare API lists), so every PR/FAQ in the checked-out workspace was checked.`
    core.notice(note)
    return checkWorkspace(context.workspace, options, [note])
  }

  // The config comes from the base branch, so a pull request cannot switch off its own gate.
  const config = await loadBaseConfig(client, context, plan.baseSha, options.config, new Set(changedFiles.map((file) => file.path)))
  const notes = configChangeNotes(config, changedFiles, options.config)
  const detector = createDetector(options.paths ?? config.resolved.paths)
  const candidates = changedFiles.filter(isPresent)
  const maxBytes = (path: string) => config.resolved.settingsFor(path).maxFileBytes
  const selected = await selectPrFaqs(candidates, detector, (path) =>
    fetchContent(client, context.owner, context.repo, path, plan.headSha, maxBytes(path))
  )
  const results: LintResult[] = []
  for (const { file, content } of selected) {
    const settings = config.resolved.settingsFor(file.path)
    const fetched = content ?? (await fetchContent(client, context.owner, context.repo, file.path, plan.headSha, settings.maxFileBytes))
    if (fetched.kind === 'missing') throw new Error(`${file.path} is listed as changed but cannot be read at ${plan.headSha.slice(0, 7)}.`)
    results.push(
      fetched.kind === 'too-large' ? lintDecoded(tooLarge(fetched.size, settings.maxFileBytes), file.path, settings) : lintBytes(fetched.bytes, file.path, settings)
    )
  }
  return { results, changedFiles, notes }
}

type Fetched = Awaited<ReturnType<typeof fetchContent>>

/**
 * Changed files that are PR/FAQs: by name or folder, and — with the default
 * detection — Markdown files whose front matter says `type: prfaq` (their
 * content is fetched once and reused).
 */
async function selectPrFaqs(
  candidates: ChangedFile[],
  detector: Detector,
  fetch: (path: string) => Promise<Fetched>
): Promise<Array<{ file: ChangedFile; content?: Fetched }>> {
  const selected: Array<{ file: ChangedFile; content?: Fetched }> = []
  let probeFrontMatter = detector.probesFrontMatter
  let probes = 0
  for (const file of candidates) {
    if (detector.matchesName(file.path)) {
      selected.push({ file })
      continue
    }
    if (!probeFrontMatter || !detector.isMarkdown(file.path)) continue
    if (probes++ >= MAX_FRONT_MATTER_PROBES) {
      core.notice(`More than ${MAX_FRONT_MATTER_PROBES} changed Markdown files: the rest are checked only if their names or folders mark them as PR/FAQs (set the paths input to be explicit).`)
      probeFrontMatter = false
      continue
    }
    const content = await fetch(file.path)
    if (content.kind === 'bytes' && detector.declaresPrFaq(new TextDecoder().decode(content.bytes.subarray(0, 4096)))) selected.push({ file, content })
  }
  return selected
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
    const content = await fetchContent(client, context.owner, context.repo, path, baseSha, 1024 * 1024)
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

