/**
 * What the engine and the reporters say, as data: a key into the message
 * catalogs (en.ts, ja.ts, de.ts) and its parameters, rendered in a language
 * only when a finding or a summary is written. Rules stay free of language:
 * they say `t('press-release-length.too-long', { words, maxWords })`, and the
 * same finding reads in English, Japanese or German — with the same
 * fingerprint, which is taken from its English rendering.
 */
import type { Catalog, Language, RuleTexts } from './catalog.js'
import { de, deRules } from './de.js'
import { en, type MessageKey } from './en.js'
import { ja, jaRules } from './ja.js'

export type { Language } from './catalog.js'
export { LANGUAGES } from './catalog.js'

/** A parameter: text taken from the document (shown as it is), a number, another message, or a list of them (joined by the language's `list.separator`; its length is its count). */
export type Param = string | number | Text | Param[]

export interface Text {
  key: MessageKey
  params?: Record<string, Param>
}

const CATALOGS: Record<Language, Catalog> = { en, ja, de }

export function t(key: MessageKey, params?: Record<string, Param>): Text {
  return params ? { key, params } : { key }
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as Text).key === 'string'
}

/**
 * Fills a template: `{name}` is a parameter; `{n|one|other}` picks the word
 * for the number `n` by the language's plural rules (`{n} {n|word|words}`),
 * and a form may show parameters itself (`{n|the other one|the {n} others}`).
 */
export function render(message: Text | string, language: Language): string {
  if (typeof message === 'string') return message
  return fill(CATALOGS[language][message.key] ?? en[message.key], message, language)
}

function fill(template: string, message: Text, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string, forms: string | undefined) => {
    const value = message.params?.[name]
    if (value === undefined) return whole
    if (forms !== undefined) return fill(pluralForm(language, countOf(value), forms.split('|')), message, language)
    return shown(value, language)
  })
}

function shown(value: Param, language: Language): string {
  if (Array.isArray(value)) return value.map((item) => shown(item, language)).join(CATALOGS[language]['list.separator'])
  return isText(value) ? render(value, language) : String(value)
}

function countOf(value: Param): number {
  return Array.isArray(value) ? value.length : isText(value) ? 0 : Number(value)
}

/** Words from the document, between the language's quotation marks. */
export function quote(text: string): Text {
  return t('quote', { text })
}

/** `{name}`, or `{name|form|form}` whose forms may hold `{name}`s. */
const PLACEHOLDER = /\{([a-zA-Z]+)((?:\|(?:[^|{}]|\{[a-zA-Z]+\})*)+)?\}/gu
const SIMPLE = /\{([a-zA-Z]+)\}/gu

function pluralForm(language: Language, count: number, forms: string[]): string {
  // Forms come after a leading "|": ["", one, other].
  const [, one = '', other = one] = forms
  return new Intl.PluralRules(language).select(count) === 'one' ? one : other
}

/**
 * The names a template uses, for the test that keeps the catalogs in step:
 * `values` are shown (`{name}`), `counts` only choose a word (`{n|one|other}`)
 * — a language without plurals may leave those out.
 */
export function placeholdersOf(template: string): { values: string[]; counts: string[] } {
  const matches = [...template.matchAll(PLACEHOLDER)]
  const names = (plural: boolean) => [...new Set(matches.filter((match) => (match[2] !== undefined) === plural).map((match) => match[1]!))].sort()
  // A name a plural form shows is shown, like any `{name}`.
  const shownInForms = matches.flatMap((match) => [...(match[2] ?? '').matchAll(SIMPLE)].map((inner) => inner[1]!))
  return { values: [...new Set([...names(false), ...shownInForms])].sort(), counts: names(true) }
}

export function catalogFor(language: Language): Catalog {
  return CATALOGS[language]
}

/** "a, b and c" in the language. */
export function joinList(items: string[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items)
}

const RULE_TEXTS: Record<Exclude<Language, 'en'>, RuleTexts> = { ja: jaRules, de: deRules }

/** A built-in rule's help or rationale in `language`; undefined for English, which is the rule's own text. */
export function ruleText(language: Language, ruleId: string, field: 'help' | 'rationale'): string | undefined {
  return language === 'en' ? undefined : RULE_TEXTS[language][ruleId]?.[field]
}

export function ruleTextsFor(language: Exclude<Language, 'en'>): RuleTexts {
  return RULE_TEXTS[language]
}

/**
 * The language of what speaks for a whole run (the summary comment, the
 * CLI's last line): the configured one, else the documents' own when they
 * agree, else English.
 */
export function languageOfRun(reports: Array<{ language?: Language }>, configured: Language | 'auto'): Language {
  if (configured !== 'auto') return configured
  const languages = new Set(reports.map((report) => report.language ?? 'en'))
  return languages.size === 1 ? [...languages][0]! : 'en'
}

/**
 * The language of what speaks for one file (a review comment's own words):
 * that file's, so a Japanese PR/FAQ's comment is Japanese throughout even
 * when the PR also changes an English one; the run's for a file it has no
 * report of.
 */
export function languageOfFile(reports: Array<{ file: string; language?: Language }>, run: Language): (file: string) => Language {
  const languages = new Map(reports.map((report) => [report.file, report.language ?? run]))
  return (file) => languages.get(file) ?? run
}
