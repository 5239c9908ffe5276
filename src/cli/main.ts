import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, type LoadedConfig, loadConfig, withLanguage } from '../config/load.js'
import { lintText } from '../engine/lint.js'
import { countBySeverity, type FileReport } from '../findings/finding.js'
import { skeleton } from '../init/skeleton.js'
import { LANGUAGES, type Language, languageOfRun } from '../messages/text.js'
import { formatWorkflowCommands } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { formatSarif } from '../reporters/sarif.js'
import { formatText } from '../reporters/text.js'
import { lintFiles } from '../run/pool.js'
import { createDetector } from '../sources/detect.js'
import { discoverFiles } from '../sources/discover.js'
import { VERSION } from '../version.js'

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

export interface CliIo {
  cwd: string
  stdout(text: string): void
  stderr(text: string): void
  /** Colour the text output by default (a terminal, NO_COLOR and FORCE_COLOR decide; --color/--no-color override). */
  color: boolean
  /** The CLI bundle, for worker threads; absent when running from source. */
  workerScript?: URL | undefined
}

const FORMATS = ['text', 'json', 'sarif', 'github'] as const
type Format = (typeof FORMATS)[number]

const USAGE = `Usage: prfaq-gate <command> [options]

Commands:
  check [PATH|DIR|GLOB ...]   Check PR/FAQ Markdown files (default: the current directory).
                              Files named explicitly are always checked; directories and globs
                              contribute files named *prfaq*, *pr-faq*, *pr_faq*, files under
                              prfaq/ or prfaqs/, and Markdown whose front matter says type: prfaq.
  model FILE                  Print the document model of a PR/FAQ as JSON (for writing team schemas).
  init [FILE]                 Write a new PR/FAQ skeleton that follows the active config
                              (default: prfaq.md; --force overwrites).

Options:
  -f, --format FORMAT         text (default), json, sarif or github (workflow-command annotations)
  -c, --config FILE           Config file (default: .github/prfaq-gate.yml if present)
  -j, --jobs N                Threads to check files on (default: one per CPU core)
      --lang LANG             Language of the messages: en, ja, de, or auto (default: the config's
                              language:, else each document's own language)
      --color, --no-color     Colour the text output, or not (default: when the output is a
                              terminal; NO_COLOR and FORCE_COLOR are honoured)
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no errors, 1 at least one error-severity finding, 2 usage error,
unreadable input or bad config.`

/** The command line, as node:util's parser reads it. */
function parseCommandLine(argv: string[], color: boolean) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    // --no-color negates --color.
    allowNegative: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      config: { type: 'string', short: 'c' },
      color: { type: 'boolean', default: color },
      force: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' }
    }
  })
}

/** Runs the CLI; returns the exit code and never throws for bad input. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>
  try {
    parsed = parseCommandLine(argv, io.color)
  } catch (error) {
    return usageError(io, argumentProblem(error))
  }
  const { values, positionals } = parsed
  if (values.version) {
    io.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  const [command, ...inputs] = positionals
  if (values.help || command === 'help') {
    io.stdout(`${USAGE}\n`)
    return EXIT.ok
  }
  if (!command) return usageError(io, 'missing command')
  const format = values.format as Format
  if (!FORMATS.includes(format)) return usageError(io, `unknown --format "${values.format}"; use one of ${FORMATS.join(', ')}`)
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs)
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) return usageError(io, `--jobs must be a whole number from 1 to 256, not "${values.jobs}"`)
  const lang = values.lang as Language | 'auto' | undefined
  if (lang !== undefined && lang !== 'auto' && !LANGUAGES.includes(lang)) return usageError(io, `unknown --lang "${values.lang}"; use one of auto, ${LANGUAGES.join(', ')}`)

  try {
    const config = withLanguage(await loadConfig(values.config, io.cwd), lang)
    if (command === 'check') return await check(inputs, format, config, { ...io, color: values.color === true }, jobs)
    if (command === 'model') return await printModel(inputs, config, io)
    if (command === 'init') return writeSkeleton(inputs, config, io, values.force === true)
    return usageError(io, `unknown command "${command}"`)
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`prfaq-gate: bad config: ${error.message}\n`)
      return EXIT.usage
    }
    throw error
  }
}

async function check(inputs: string[], format: Format, config: LoadedConfig, io: CliIo, jobs: number | undefined): Promise<number> {
  const detector = createDetector(config.resolved.paths)
  const discovery = await discoverFiles(inputs.length > 0 ? inputs : ['.'], io.cwd, detector)
  for (const problem of discovery.problems) io.stderr(`prfaq-gate: ${problem}\n`)
  const results = await lintFiles(discovery.files, config.resolved, { workerScript: io.workerScript, cwd: io.cwd, ...(jobs ? { threads: jobs } : {}) })
  const reports: FileReport[] = results.map(({ file, findings, suppressed, language }) => ({ file, findings, suppressed, language }))
  io.stdout(render(reports, format, io, discovery.problems.length, languageOfRun(reports, config.resolved.file.language ?? 'auto')))
  if (discovery.files.length === 0 && discovery.problems.length === 0) {
    io.stderr(`prfaq-gate: no PR/FAQ files found in ${inputs.length > 0 ? inputs.join(', ') : 'the current directory'}\n`)
  }
  if (discovery.problems.length > 0) return EXIT.usage
  return countBySeverity(reports).error > 0 ? EXIT.findings : EXIT.ok
}

function render(reports: FileReport[], format: Format, io: CliIo, failedInputs: number, language: Language): string {
  switch (format) {
    case 'json':
      return formatJson(reports)
    case 'sarif':
      return formatSarif(reports)
    case 'github':
      return formatWorkflowCommands(reports)
    case 'text':
      return formatText(reports, { readLine: sourceLineReader(io.cwd), color: io.color, failedInputs, language })
  }
}

/** Reads source lines for the text snippets, each file once. */
function sourceLineReader(cwd: string): (file: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>()
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(
          file,
          readFileSync(resolve(cwd, file), 'utf8')
            .replace(/^\uFEFF/u, '')
            .split(/\r?\n/u)
        )
      } catch {
        cache.set(file, undefined)
      }
    }
    return cache.get(file)?.[line - 1]
  }
}

async function printModel(inputs: string[], config: LoadedConfig, io: CliIo): Promise<number> {
  if (inputs.length !== 1) return usageError(io, 'model takes exactly one FILE')
  const file = inputs[0]!
  let text: string
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8')
  } catch (error) {
    io.stderr(`prfaq-gate: ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`)
    return EXIT.usage
  }
  const result = lintText(text.replace(/^\uFEFF/u, ''), file, config.resolved.settingsFor(file))
  io.stdout(`${JSON.stringify(result.model ?? null, null, 2)}\n`)
  return EXIT.ok
}

function writeSkeleton(inputs: string[], config: LoadedConfig, io: CliIo, force: boolean): number {
  if (inputs.length > 1) return usageError(io, 'init takes at most one FILE')
  const file = inputs[0] ?? 'prfaq.md'
  const path = resolve(io.cwd, file)
  if (existsSync(path) && !force) {
    io.stderr(`prfaq-gate: ${file} already exists; use --force to overwrite it\n`)
    return EXIT.usage
  }
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, skeleton(config.resolved.settingsFor(file)))
  io.stdout(`Wrote ${file}. Replace each [placeholder] and TBD; \`prfaq-gate check ${file}\` lists what is left.\n`)
  return EXIT.ok
}

/** Node's parseArgs error in plain words: "unknown option --frmat", not its advice about positionals. */
function argumentProblem(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string }
  const option = /'(?:-\w, )?(--?[^' ]+)/u.exec(message ?? '')?.[1] ?? 'an option'
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /does not take an argument/u.test(message ?? '') ? `option ${option} takes no value` : `option ${option} needs a value`
  return `bad arguments (${String(message ?? error).split('\n', 1)[0]})`
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`prfaq-gate: ${message}\n\n${USAGE}\n`)
  return EXIT.usage
}
