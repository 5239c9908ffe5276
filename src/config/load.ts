import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { ErrorObject } from 'ajv'
import { type Document, isMap, isScalar, LineCounter, type Node, parseDocument } from 'yaml'
import validateConfig from '../generated/config-validator.js'
import type { Language } from '../messages/text.js'
import { teamSchemaProblem } from '../validate/team-schemas.js'
import { builtInRuleIds, type ConfigFile, ResolvedConfig } from './resolve.js'

/** Where a config is looked for when none is given. */
export const DEFAULT_CONFIG_FILES = ['.github/prfaq-gate.yml', '.github/prfaq-gate.yaml', '.github/prfaq-gate.json']

/** A config that cannot be used. The message names the file, line and key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(`${file}${line ? `:${line}:${column ?? 1}` : ''}: ${detail}`)
    this.name = 'ConfigError'
  }
}

export interface LoadedConfig {
  /** The file read, relative to the working directory; undefined when the defaults apply. */
  file?: string
  resolved: ResolvedConfig
}

/** Reads a file named in the config (a team schema), relative to the config's folder; undefined if absent. */
export type ReadRelative = (path: string) => Promise<string | undefined>

/**
 * Loads the config named by `--config` (which must exist), else the first of
 * DEFAULT_CONFIG_FILES that exists, else the defaults.
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig> {
  const candidates = explicit ? [explicit] : DEFAULT_CONFIG_FILES
  for (const file of candidates) {
    let text: string
    try {
      text = await readFile(resolve(cwd, file), 'utf8')
    } catch (error) {
      if (explicit) throw new ConfigError(file, `cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
      continue
    }
    return parseConfig(text, file, async (path) => readFile(resolve(cwd, dirname(file), path), 'utf8').catch(() => undefined))
  }
  return defaultConfig()
}

export function defaultConfig(): LoadedConfig {
  return { resolved: new ResolvedConfig({}) }
}

/** Parses and validates config text (YAML or JSON) and the team schemas it names; throws ConfigError with a position. */
export async function parseConfig(text: string, file: string, readRelative: ReadRelative): Promise<LoadedConfig> {
  const lineCounter = new LineCounter()
  const document = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, uniqueKeys: true, prettyErrors: true })
  const syntaxError = document.errors[0]
  if (syntaxError) {
    const at = syntaxError.linePos?.[0]
    throw new ConfigError(file, `not valid YAML or JSON: ${syntaxError.message.split('\n', 1)[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`, at?.line, at?.col)
  }
  const data: unknown = document.toJS() ?? {}
  if (!validateConfig(data)) throw explainSchemaError(validateConfig.errors ?? [], document, lineCounter, file)
  const config = data as ConfigFile
  checkRuleIds(config, document, lineCounter, file)
  await inlineTeamSchemas(config, document, lineCounter, file, readRelative)
  return { file, resolved: new ResolvedConfig(config) }
}

/** Reads each `schemas[].file` and checks that every team schema compiles, pointing at the entry if not. */
async function inlineTeamSchemas(config: ConfigFile, document: Document, lineCounter: LineCounter, file: string, readRelative: ReadRelative): Promise<void> {
  for (const [index, entry] of (config.schemas ?? []).entries()) {
    const at = valuePosition(document, ['schemas', String(index)], lineCounter)
    if (entry.file) {
      const text = await readRelative(entry.file)
      if (text === undefined) throw new ConfigError(file, `schemas[${index}] ("${entry.id}"): cannot read the schema file "${entry.file}"`, at?.line, at?.col)
      const parsed = parseDocument(text)
      if (parsed.errors.length > 0 || typeof parsed.toJS() !== 'object') {
        throw new ConfigError(file, `schemas[${index}] ("${entry.id}"): "${entry.file}" is not a JSON or YAML object`, at?.line, at?.col)
      }
      entry.schema = parsed.toJS() as Record<string, unknown>
      delete entry.file
    }
    const problem = teamSchemaProblem(entry.schema!)
    if (problem) throw new ConfigError(file, `schemas[${index}] ("${entry.id}") is not a valid JSON Schema: ${problem}`, at?.line, at?.col)
  }
}

/** Rule ids under `rules` and `overrides` must exist; team schema ids must be new and unique. */
function checkRuleIds(config: ConfigFile, document: Document, lineCounter: LineCounter, file: string): void {
  const builtIn = builtInRuleIds()
  const team = new Set<string>()
  for (const [index, entry] of (config.schemas ?? []).entries()) {
    if (builtIn.has(entry.id) || team.has(entry.id)) {
      const at = valuePosition(document, ['schemas', String(index), 'id'], lineCounter)
      throw new ConfigError(file, `schemas[${index}]: the id "${entry.id}" is already ${builtIn.has(entry.id) ? 'a built-in rule' : 'used by another schema'}`, at?.line, at?.col)
    }
    team.add(entry.id)
  }
  const known = [...builtIn, ...team]
  const ruleSections: Array<[string[], Record<string, unknown> | undefined]> = [
    [['rules'], config.rules],
    ...(config.overrides ?? []).map((override, index): [string[], Record<string, unknown> | undefined] => [['overrides', String(index), 'rules'], override.rules])
  ]
  for (const [path, rules] of ruleSections) {
    for (const ruleId of Object.keys(rules ?? {})) {
      if (known.includes(ruleId)) continue
      const at = keyPosition(document, [...path, ruleId], lineCounter)
      const suggestion = closest(ruleId, known)
      throw new ConfigError(file, `unknown rule "${ruleId}" under "${path.join('.')}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known rules: ${known.join(', ')}`, at?.line, at?.col)
    }
  }
}

/** The pattern schema/config.schema.json puts on words (`$defs.words`): not blank. */
function isBlankWord(error: ErrorObject): boolean {
  return error.keyword === 'pattern' && error.params.pattern === '\\S'
}

/** The most helpful of ajv's errors, worded for a person editing the file. */
function explainSchemaError(errors: ErrorObject[], document: Document, lineCounter: LineCounter, file: string): ConfigError {
  const error = pickError(errors)
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the config'
  let detail: string
  let at = valuePosition(document, path, lineCounter)
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty)
      at = keyPosition(document, [...path, key], lineCounter) ?? at
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {})
      detail = `unknown key "${key}" in ${where}${allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''}`
      break
    }
    case 'enum':
      detail = `${where} must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}; found ${JSON.stringify(document.getIn(path))}`
      break
    case 'type':
      detail = `${where} must be ${article(String(error.params.type))}; found ${JSON.stringify(document.getIn(path))}`
      break
    case 'oneOf':
      detail = `${where} needs exactly one of "schema" (inline) or "file" (a path)`
      break
    case 'required':
      detail = `${where} is missing "${String(error.params.missingProperty)}"`
      break
    default:
      // ajv's 'must match pattern "\S"' means nothing to a writer; other patterns keep ajv's words.
      detail = isBlankWord(error) ? `${where} is blank: a word needs a character other than white space` : `${where} ${error.message ?? 'is not valid'}`
  }
  return new ConfigError(file, detail, at?.line, at?.col)
}

/** Prefer errors about a specific value (an unknown key, a bad enum) over the anyOf summary above them. */
function pickError(errors: ErrorObject[]): ErrorObject {
  // "give schema or file" says more than the two "missing property" errors under it.
  const oneOf = errors.find((error) => error.keyword === 'oneOf')
  if (oneOf) return oneOf
  const specific = errors.filter((error) => error.keyword !== 'anyOf' && error.keyword !== 'if')
  const byDepth = (a: ErrorObject, b: ErrorObject) => b.instancePath.length - a.instancePath.length
  const preferred = specific.filter((error) => error.keyword !== 'type' || !specific.some((other) => other.keyword === 'enum' && other.instancePath === error.instancePath))
  return [...preferred].sort(byDepth)[0] ?? errors[0]!
}

function valuePosition(document: Document, path: string[], lineCounter: LineCounter) {
  const node = document.getIn(path, true) as Node | undefined
  const offset = node?.range?.[0]
  return offset === undefined ? keyPosition(document, path, lineCounter) : lineCounter.linePos(offset)
}

function keyPosition(document: Document, path: string[], lineCounter: LineCounter) {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents
  if (!isMap(parent)) return undefined
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === path[path.length - 1])
  const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined
  return offset === undefined ? undefined : lineCounter.linePos(offset)
}

function article(type: string): string {
  return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`
}

/** The known name nearest to a typo, if it is close enough to be what was meant. */
function closest(name: string, known: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const candidate of known) {
    const distance = editDistance(name, candidate)
    if (distance <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || distance < best.distance)) best = { name: candidate, distance }
  }
  return best?.name
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1))
      previous = current
    }
  }
  return row[b.length]!
}

/** A language given on the command line or as an Action input wins over the config's `language:`; worker threads see it too, as it is in the config. */
export function withLanguage(config: LoadedConfig, language: Language | 'auto' | undefined): LoadedConfig {
  return language === undefined ? config : { ...config, resolved: new ResolvedConfig({ ...config.resolved.file, language }) }
}
