import type { MessageKey } from './en.js'

export type Language = 'en' | 'ja' | 'de'

export const LANGUAGES: readonly Language[] = ['en', 'ja', 'de']

/** A language's messages: every key of the English catalog. */
export type Catalog = Record<MessageKey, string>

/** A language's help and rationale for each built-in rule (English lives in the rule's own file). */
export type RuleTexts = Record<string, { help: string; rationale: string }>
