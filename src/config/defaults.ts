import type { Severity } from '../findings/finding.js'
import { DEFAULT_SUBSTANCE, type SubstanceOptions } from '../model/substance.js'
import { RULES } from '../rules/index.js'
import { DEFAULT_MAX_FILE_BYTES } from '../sources/decode.js'
import { DEFAULT_VOCABULARY, type Vocabulary } from '../vocabulary/default.js'

export type RuleSetting = Severity | 'off'

/** Everything the engine needs to know, after config files, presets and overrides are applied. */
export interface EngineSettings {
  /** Severity per rule id; rules not listed use their default. */
  rules: Record<string, RuleSetting>
  vocabulary: Vocabulary
  substance: SubstanceOptions
  /** Files larger than this are reported (file-too-large), not parsed. */
  maxFileBytes: number
  /** Lists and block quotes nested deeper than this are reported (document-too-complex), not parsed. */
  maxNesting: number
}

export const DEFAULT_MAX_NESTING = 64

export function defaultSettings(): EngineSettings {
  return {
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])),
    vocabulary: DEFAULT_VOCABULARY,
    substance: DEFAULT_SUBSTANCE,
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    maxNesting: DEFAULT_MAX_NESTING
  }
}
