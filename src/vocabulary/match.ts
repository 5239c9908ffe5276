import type { Vocabulary } from './default.js'
import { escapeRegExp, hasCjk, normalizeLabel, words, type NormalizedLabel } from './normalize.js'

interface Alias {
  name: string
  words: string[]
  /** CJK aliases match as a substring of the label, spaces ignored. */
  cjk?: string
}

const LEADING_ARTICLES = new Set(['the', 'a', 'an', 'our', 'your', 'das', 'die', 'der', 'le', 'la', 'les', 'el', 'los'])

/**
 * Matches labels against named alias lists (`{ problem: ['problem', 'the
 * challenge', …] }`). An alias matches when its words appear in the label in
 * order, each at the start of a label word; the alias with most words wins.
 */
export class AliasMatcher {
  private readonly byFirstWord = new Map<string, Alias[]>()
  private readonly cjkAliases: Alias[] = []
  /** No alias starts with a longer word: label words are looked up by prefixes up to this length only. */
  private longestFirstWord = 0

  /**
   * `wholeWords`: an alias word must be a whole label word (or its plural),
   * not its start, so that "cost" does not match "Costa Rica". Used for FAQ
   * group names, which give a topic to every question under them.
   */
  constructor(
    lists: Record<string, string[]>,
    private readonly wholeWords = false
  ) {
    for (const [name, aliases] of Object.entries(lists)) {
      for (const text of aliases) this.add(name, text)
    }
  }

  private add(name: string, text: string): void {
    const key = normalizeLabel(text).key
    if (hasCjk(key)) {
      this.cjkAliases.push({ name, words: [], cjk: key.replace(/\s+/gu, '') })
      return
    }
    const aliasWords = words(key)
    const first = aliasWords[0]
    if (!first) return
    const bucket = this.byFirstWord.get(first) ?? []
    bucket.push({ name, words: aliasWords })
    this.byFirstWord.set(first, bucket)
    this.longestFirstWord = Math.max(this.longestFirstWord, first.length)
  }

  private readonly bestCache = new Map<string, string | undefined>()

  /** The best-matching name, or undefined. `exact` requires the whole label to be the alias. */
  best(label: NormalizedLabel, exact = false): string | undefined {
    const key = `${exact ? '=' : '~'}${label.key}`
    if (this.bestCache.has(key)) return this.bestCache.get(key)
    const name = this.findBest(label, exact)
    if (this.bestCache.size >= 4096) this.bestCache.clear()
    this.bestCache.set(key, name)
    return name
  }

  private findBest(label: NormalizedLabel, exact: boolean): string | undefined {
    let bestName: string | undefined
    let bestScore = 0
    for (const { name, score } of this.scores(label, exact)) {
      if (score > bestScore) {
        bestScore = score
        bestName = name
      }
    }
    return bestName
  }

  /** Every name with at least one matching alias. */
  all(label: NormalizedLabel): string[] {
    return [...new Set(this.scores(label, false).map((match) => match.name))]
  }

  /**
   * Scores rank by the number of alias words; ties go to the match that ends
   * later in the label, because the last words name the thing ("Appendix: The
   * Problem We're Solving" is about the problem; "Customer quote" is a quote).
   */
  private scores(label: NormalizedLabel, exact: boolean): Array<{ name: string; score: number }> {
    const matches: Array<{ name: string; score: number }> = []
    const [whole = ''] = label.candidates
    for (const candidate of label.candidates) {
      const labelWords = words(candidate)
      if (exact && labelWords.length > 0 && LEADING_ARTICLES.has(labelWords[0]!)) labelWords.shift()
      const offset = Math.max(0, whole.indexOf(candidate))
      for (const alias of this.candidatesFor(labelWords, exact)) {
        const end = exact ? (sameWords(alias.words, labelWords) ? labelWords.length : -1) : subsequenceEnd(alias.words, labelWords, this.wholeWords)
        if (end >= 0) matches.push({ name: alias.name, score: alias.words.length * 10_000 + offset + end })
      }
      const compact = candidate.replace(/\s+/gu, '')
      for (const alias of this.cjkAliases) {
        const at = exact ? (compact === alias.cjk ? 0 : -1) : compact.indexOf(alias.cjk!)
        if (at >= 0) matches.push({ name: alias.name, score: Math.ceil(alias.cjk!.length / 2) * 10_000 + offset + at })
      }
    }
    return matches
  }

  private *candidatesFor(labelWords: string[], exact: boolean): Generator<Alias> {
    const firstWords = exact ? labelWords.slice(0, 1) : labelWords
    for (const word of new Set(firstWords)) {
      // Prefixes longer than any alias's first word match nothing (and a 100,000-letter word has 100,000 of them).
      for (let length = 1; length <= Math.min(word.length, this.longestFirstWord); length++) {
        yield* this.byFirstWord.get(word.slice(0, length)) ?? []
      }
    }
  }
}

function sameWords(aliasWords: string[], labelWords: string[]): boolean {
  return aliasWords.length === labelWords.length && aliasWords.every((word, i) => labelWords[i] === word)
}

/**
 * Alias words appear in order, each as the start of a label word ("faq" ⊂
 * "faqs"). Returns the index of the label word after the match, or -1.
 */
function subsequenceEnd(aliasWords: string[], labelWords: string[], wholeWords: boolean): number {
  let next = 0
  for (let i = 0; i < labelWords.length; i++) {
    if (wordMatches(aliasWords[next]!, labelWords[i]!, wholeWords) && ++next === aliasWords.length) return i + 1
  }
  return -1
}

function wordMatches(alias: string, word: string, whole: boolean): boolean {
  if (!whole) return word.startsWith(alias)
  return word === alias || word === `${alias}s` || word === `${alias}es`
}

/**
 * Keyword search in running text (questions, answers): a keyword matches at
 * the start of a word; short keywords (≤ 3 characters: TAM, ROI, P&L) must be
 * whole words; CJK keywords match anywhere.
 */
export class KeywordMatcher {
  private readonly patterns: Array<{ name: string; pattern: RegExp }>

  constructor(lists: Record<string, string[]>) {
    this.patterns = Object.entries(lists)
      .filter(([, keywords]) => keywords.length > 0)
      .map(([name, keywords]) => ({ name, pattern: keywordPattern(keywords) }))
  }

  /** Names of every list with a keyword in the text. */
  matches(text: string): string[] {
    const normalized = text.normalize('NFKC').toLowerCase()
    return this.patterns.filter(({ pattern }) => pattern.test(normalized)).map(({ name }) => name)
  }

  has(name: string, text: string): boolean {
    const normalized = text.normalize('NFKC').toLowerCase()
    return this.patterns.some((entry) => entry.name === name && entry.pattern.test(normalized))
  }
}

/** One pattern for a keyword list (exported for the ReDoS test, which analyses the default vocabulary's). */
export function keywordPattern(keywords: string[]): RegExp {
  const alternatives = keywords.map((keyword) => {
    const text = keyword.normalize('NFKC').toLowerCase().trim()
    const body = escapeRegExp(text).replace(/\s+/gu, '\\s+')
    if (hasCjk(text)) return body
    const short = text.replace(/[^\p{L}\p{N}]/gu, '').length <= 3
    return `(?<![\\p{L}\\p{N}])${body}${short ? '(?![\\p{L}\\p{N}])' : ''}`
  })
  return new RegExp(alternatives.join('|'), 'u')
}

/** Everything the recogniser asks of a vocabulary, compiled once per vocabulary. */
export interface CompiledVocabulary {
  sections: AliasMatcher
  groupTopics: AliasMatcher
  criteriaLabels: AliasMatcher
  topics: KeywordMatcher
  problemHints: KeywordMatcher
  interrogatives: Set<string>
  placeholders: Set<string>
  instructions: Set<string>
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>()

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = compiled.get(vocabulary)
  if (cached) return cached
  const result: CompiledVocabulary = {
    sections: new AliasMatcher(vocabulary.sections),
    groupTopics: new AliasMatcher(vocabulary.groupTopics, true),
    criteriaLabels: new AliasMatcher(vocabulary.criteriaLabels),
    topics: new KeywordMatcher(vocabulary.topics),
    // One list per word, so that matches() counts the distinct problem words in a paragraph.
    problemHints: new KeywordMatcher(Object.fromEntries(vocabulary.problemHints.map((word) => [word, [word]]))),
    interrogatives: new Set(vocabulary.interrogatives.map((word) => word.toLowerCase())),
    placeholders: new Set(vocabulary.placeholders.map((word) => word.toLowerCase())),
    instructions: new Set(vocabulary.instructions.map((word) => word.toLowerCase()))
  }
  compiled.set(vocabulary, result)
  return result
}
