import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ErrorObject } from 'ajv'
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import validateConfig from '../generated/config-validator.js'
import { RULES } from '../rules/index.js'
import { defaultSettings, type EngineSettings, type RuleSetting } from './defaults.js'

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

/** The config file as written (after validation). */
export interface ConfigFile {
  rules?: Record<string, RuleSetting | { severity?: RuleSetting }>
  paths?: string[]
  maxFileBytes?: number
}

export interface LoadedConfig {
  /** The file read, relative to the working directory; undefined when the defaults apply. */
  file?: string
  config: ConfigFile
  settings: EngineSettings
  /** Detection patterns from the config, when it sets them. */
  paths?: string[]
}

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
    return parseConfig(text, file)
  }
  return { config: {}, settings: defaultSettings() }
}

/** Parses and validates config text (YAML or JSON); throws ConfigError with a position. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lineCounter = new LineCounter()
  const document = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter, uniqueKeys: true, prettyErrors: true })
  const syntaxError = document.errors[0]
  if (syntaxError) {
    const at = syntaxError.linePos?.[0]
    throw new ConfigError(file, `not valid YAML or JSON: ${syntaxError.message.split('\n', 1)[0]}`, at?.line, at?.col)
  }
  const data: unknown = document.toJS() ?? {}
  if (!validateConfig(data)) throw explainSchemaError(validateConfig.errors ?? [], document, lineCounter, file)
  const config = data as ConfigFile
  checkRuleIds(config, document, lineCounter, file)
  const result: LoadedConfig = { file, config, settings: resolveSettings(config) }
  if (config.paths) result.paths = config.paths
  return result
}

function resolveSettings(config: ConfigFile): EngineSettings {
  const settings = defaultSettings()
  for (const [ruleId, setting] of Object.entries(config.rules ?? {})) {
    const severity = typeof setting === 'string' ? setting : setting.severity
    if (severity) settings.rules[ruleId] = severity
  }
  if (config.maxFileBytes) settings.maxFileBytes = config.maxFileBytes
  return settings
}

function checkRuleIds(config: ConfigFile, document: Document, lineCounter: LineCounter, file: string): void {
  const known = new Set(RULES.map((rule) => rule.id))
  for (const ruleId of Object.keys(config.rules ?? {})) {
    if (known.has(ruleId)) continue
    const at = keyPosition(document, ['rules', ruleId], lineCounter)
    const suggestion = closest(ruleId, [...known])
    throw new ConfigError(
      file,
      `unknown rule "${ruleId}" under "rules"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known rules: ${[...known].join(', ')}`,
      at?.line,
      at?.col
    )
  }
}

/** The most helpful of ajv's errors, worded for a person editing the file. */
function explainSchemaError(errors: ErrorObject[], document: Document, lineCounter: LineCounter, file: string): ConfigError {
  const error = pickError(errors)
  const path = error.instancePath.split('/').slice(1).map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
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
    default:
      detail = `${where} ${error.message ?? 'is not valid'}`
  }
  return new ConfigError(file, detail, at?.line, at?.col)
}

/** Prefer errors about a specific value (an unknown key, a bad enum) over the anyOf summary above them. */
function pickError(errors: ErrorObject[]): ErrorObject {
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
