import picomatch from 'picomatch'
import type { Language } from '../messages/text.js'
import { RULES, ruleById } from '../rules/index.js'
import type { Vocabulary } from '../vocabulary/default.js'
import { defaultSettings, type EngineSettings, type RuleSetting, type TeamSchema } from './defaults.js'

/** A rule's setting as written: a severity, or a severity with options. */
export type RuleConfig = RuleSetting | { severity?: RuleSetting; keywords?: string[]; minWords?: number; maxWords?: number }

/** The config file as written (after validation), with team schemas inlined from their files. */
export interface ConfigFile {
  extends?: 'recommended' | 'strict'
  language?: Language | 'auto'
  rules?: Record<string, RuleConfig>
  overrides?: Array<{ files: string[]; rules?: Record<string, RuleConfig> }>
  vocabulary?: { mode?: 'extend' | 'replace' } & Partial<Record<'sections' | 'topics' | 'groupTopics' | 'criteriaLabels', Record<string, string[]>>> & {
      placeholders?: string[]
    }
  schemas?: Array<Omit<TeamSchema, 'help' | 'severity' | 'schema'> & { help?: string; severity?: RuleSetting; schema?: Record<string, unknown>; file?: string }>
  status?: { field?: string; draft?: string[] }
  paths?: string[]
  maxFileBytes?: number
}

/** The strict preset: answers need this many words. */
const STRICT_MIN_WORDS = 3

/**
 * Config → the settings for each file. Pure: the same config gives the same
 * settings in the main thread, in worker threads and on the Action's runner.
 */
export class ResolvedConfig {
  private readonly base: EngineSettings
  private readonly overrides: Array<{ matches: (path: string) => boolean; rules: Record<string, RuleConfig> }>
  private readonly cache = new Map<string, EngineSettings>()

  constructor(readonly file: ConfigFile) {
    this.base = applyRules(baseSettings(file), file.rules ?? {})
    this.overrides = (file.overrides ?? []).map((override) => ({
      matches: picomatch(override.files, { dot: true }),
      rules: override.rules ?? {}
    }))
  }

  /** Detection patterns from the config, when it sets them. */
  get paths(): string[] | undefined {
    return this.file.paths
  }

  /** The settings for one file: the base, then every override whose globs match it, in order. */
  settingsFor(path: string): EngineSettings {
    const matching = this.overrides.filter((override) => override.matches(path.replace(/^\.\//u, '')))
    if (matching.length === 0) return this.base
    const key = matching.map((override) => this.overrides.indexOf(override)).join(',')
    let settings = this.cache.get(key)
    if (!settings) {
      settings = matching.reduce((current, override) => applyRules(current, override.rules), this.base)
      this.cache.set(key, settings)
    }
    return settings
  }
}

function baseSettings(file: ConfigFile): EngineSettings {
  const settings = defaultSettings()
  if (file.extends === 'strict') {
    settings.strict = true
    settings.substance = { ...settings.substance, minWords: STRICT_MIN_WORDS }
  }
  settings.vocabulary = mergeVocabulary(settings.vocabulary, file.vocabulary)
  if (file.maxFileBytes) settings.maxFileBytes = file.maxFileBytes
  if (file.language) settings.language = file.language
  if (file.status) settings.status = { field: file.status.field ?? settings.status.field, draft: file.status.draft ?? settings.status.draft }
  settings.schemas = (file.schemas ?? []).map((entry) => ({
    id: entry.id,
    message: entry.message,
    help: entry.help ?? entry.description ?? entry.message,
    severity: entry.severity ?? 'error',
    schema: entry.schema ?? {},
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.description ? { description: entry.description } : {}),
    ...(entry.template ? { template: entry.template } : {})
  }))
  for (const schema of settings.schemas) settings.rules[schema.id] = schema.severity
  return settings
}

/** Applies rule settings (severity, keywords, minWords) on top of existing settings, without changing them. */
function applyRules(settings: EngineSettings, rules: Record<string, RuleConfig>): EngineSettings {
  const next: EngineSettings = {
    ...settings,
    rules: { ...settings.rules },
    ruleOptions: { ...settings.ruleOptions },
    substance: { ...settings.substance, minWordsByTopic: { ...settings.substance.minWordsByTopic }, minWordsByRole: { ...settings.substance.minWordsByRole } },
    vocabulary: settings.vocabulary
  }
  for (const [ruleId, config] of Object.entries(rules)) {
    const severity = typeof config === 'string' ? config : config.severity
    if (severity) next.rules[ruleId] = severity
    if (typeof config === 'string') continue
    if (config.maxWords) next.ruleOptions[ruleId] = { ...next.ruleOptions[ruleId], maxWords: config.maxWords }
    const target = ruleById(ruleId)?.target
    if (!target) continue
    if ('topic' in target) {
      if (config.keywords) next.vocabulary = extendList(next.vocabulary, 'topics', target.topic, config.keywords)
      if (config.minWords) next.substance.minWordsByTopic[target.topic] = config.minWords
    } else {
      if (config.keywords) next.vocabulary = extendList(next.vocabulary, 'sections', target.role, config.keywords)
      if (config.minWords) next.substance.minWordsByRole[target.role] = config.minWords
    }
  }
  return next
}

/** Team words come first, so `prfaq-gate init` writes the team's own headings. */
function mergeVocabulary(base: Vocabulary, team: ConfigFile['vocabulary']): Vocabulary {
  if (!team) return base
  const replace = team.mode === 'replace'
  const merged: Vocabulary = { ...base }
  for (const key of ['sections', 'topics', 'groupTopics', 'criteriaLabels'] as const) {
    const lists = team[key]
    if (!lists) continue
    merged[key] = replace ? { ...lists } : mergeLists(base[key], lists)
  }
  if (team.placeholders) merged.placeholders = replace ? [...team.placeholders] : [...team.placeholders, ...base.placeholders]
  // A team that replaces the topic words means its words alone: the built-in ambiguous ones go too.
  if (replace && team.topics) {
    merged.ambiguousTopics = {}
    merged.riskQuestions = []
  }
  return merged
}

function mergeLists(base: Record<string, string[]>, team: Record<string, string[]>): Record<string, string[]> {
  const merged = { ...base }
  for (const [name, words] of Object.entries(team)) merged[name] = [...words, ...(base[name] ?? [])]
  return merged
}

function extendList(vocabulary: Vocabulary, key: 'topics' | 'sections', name: string, words: string[]): Vocabulary {
  return { ...vocabulary, [key]: { ...vocabulary[key], [name]: [...(vocabulary[key][name] ?? []), ...words] } }
}

/** Ids a team schema may not take. */
export function builtInRuleIds(): Set<string> {
  return new Set(RULES.map((rule) => rule.id))
}
