import type { Severity } from '../findings/finding.js'
import type { Language } from '../messages/text.js'
import { DEFAULT_SUBSTANCE, type SubstanceOptions } from '../model/substance.js'
import { RULES } from '../rules/index.js'
import type { RuleOptions } from '../rules/rule.js'
import { DEFAULT_VOCABULARY, type Vocabulary } from '../vocabulary/default.js'

export type RuleSetting = Severity | 'off'

/** A team's own requirement: a JSON Schema over the document model, and the words for its findings. */
export interface TeamSchema {
  id: string
  message: string
  help: string
  severity: RuleSetting
  url?: string
  description?: string
  schema: Record<string, unknown>
  template?: string
}

/** Everything the engine needs to check one file, after presets, the config file and overrides. Plain data: it crosses to worker threads. */
export interface EngineSettings {
  /** Severity per rule id; rules not listed use their default. */
  rules: Record<string, RuleSetting>
  /** Options per rule id (press-release-length's maxWords). */
  ruleOptions: Record<string, RuleOptions>
  vocabulary: Vocabulary
  substance: SubstanceOptions
  /** Files larger than this are reported (file-too-large), not parsed. */
  maxFileBytes: number
  /** Lists and block quotes nested deeper than this are reported (document-too-complex), not parsed. */
  maxNesting: number
  /** The strict preset: warnings count as errors, and an unlabelled problem paragraph is not enough. */
  strict: boolean
  /** Front matter status values that lower errors to warnings. */
  status: { field: string; draft: string[] }
  schemas: TeamSchema[]
  /** The language of messages: one of the catalogs', or `auto` for each document's own (English when it is none of them). */
  language: Language | 'auto'
}

/** Files larger than this are reported (file-too-large), not read: the `maxFileBytes` setting's default. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024
export const DEFAULT_MAX_NESTING = 64

export function defaultSettings(): EngineSettings {
  return {
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])),
    ruleOptions: {},
    vocabulary: DEFAULT_VOCABULARY,
    substance: DEFAULT_SUBSTANCE,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    maxNesting: DEFAULT_MAX_NESTING,
    strict: false,
    status: { field: 'status', draft: ['draft'] },
    schemas: [],
    language: 'auto'
  }
}
