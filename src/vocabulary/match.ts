import type { QuestionWords, Vocabulary, WritingWords } from './default.js'
import { type KeywordMatch, KeywordTrie } from './keyword-trie.js'
import { hasCjk, type NormalizedLabel, normalizeLabel, words } from './normalize.js'

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
  /** Every start of an alias's first word: a label word's prefixes are looked up only while they are one. */
  private readonly firstWordStarts = new Set<string>()

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
    for (let length = 1; length <= first.length; length++) this.firstWordStarts.add(first.slice(0, length))
  }

  /** By the label's key, for a match anywhere and for an exact one: two maps rather than a key built for every look-up. */
  private readonly bestCache = new Map<string, string | undefined>()
  private readonly exactCache = new Map<string, string | undefined>()

  /**
   * The best-matching name, or undefined. `exact` requires the whole label to
   * be the alias; otherwise the alias must stand where a section's name
   * stands: in its first words ("The Problem We're Solving", "Customer
   * problem"), or as the end of a short label ("Describe the opportunity or
   * problem"). A word deep inside a headline ("… Tells Hosts About Problems
   * Before Guests Do") names nothing.
   */
  best(label: NormalizedLabel, exact = false): string | undefined {
    const cache = exact ? this.exactCache : this.bestCache
    const cached = cache.get(label.key)
    if (cached !== undefined || cache.has(label.key)) return cached
    const name = this.findBest(label, exact)
    if (cache.size >= 4096) cache.clear()
    cache.set(label.key, name)
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
      // The aliases that start with a prefix of one of the label's words (only its first, for an exact match).
      // Loops, not a generator: this runs for every heading and label of every document.
      const firstWords = exact ? labelWords.slice(0, 1) : labelWords
      const seen = new Set<string>()
      for (const word of firstWords) {
        if (seen.has(word)) continue
        seen.add(word)
        // Prefixes longer than any alias's first word match nothing (and a 100,000-letter word has 100,000 of them).
        const longest = Math.min(word.length, this.longestFirstWord)
        for (let length = 1; length <= longest; length++) {
          const prefix = word.slice(0, length)
          // No alias's first word starts so: none starts with a longer prefix either.
          if (!this.firstWordStarts.has(prefix)) break
          const bucket = this.byFirstWord.get(prefix)
          if (!bucket) continue
          for (const alias of bucket) {
            const span = exact ? (sameWords(alias.words, labelWords) ? { start: 0, end: labelWords.length } : undefined) : subsequenceSpan(alias.words, labelWords, this.wholeWords)
            if (span && (exact || this.wholeWords || prominent(span, labelWords.length))) {
              matches.push({ name: alias.name, score: alias.words.length * 10_000 + offset + span.end })
            }
          }
        }
      }
      // Every CJK alias holds a CJK character: a label without one contains none of them.
      if (this.cjkAliases.length === 0 || !hasCjk(candidate)) continue
      const compact = candidate.replace(/\s+/gu, '')
      for (const alias of this.cjkAliases) {
        const at = exact ? (compact === alias.cjk ? 0 : -1) : compact.indexOf(alias.cjk!)
        if (at >= 0) matches.push({ name: alias.name, score: Math.ceil(alias.cjk!.length / 2) * 10_000 + offset + at })
      }
    }
    return matches
  }
}

function sameWords(aliasWords: string[], labelWords: string[]): boolean {
  return aliasWords.length === labelWords.length && aliasWords.every((word, i) => labelWords[i] === word)
}

/**
 * Alias words appear in order, each as the start of a label word ("faq" ⊂
 * "faqs"). Returns the index of the first matched label word and of the one
 * after the match, or undefined.
 */
function subsequenceSpan(aliasWords: string[], labelWords: string[], wholeWords: boolean): { start: number; end: number } | undefined {
  let next = 0
  let start = -1
  for (let i = 0; i < labelWords.length; i++) {
    if (!wordMatches(aliasWords[next]!, labelWords[i]!, wholeWords)) continue
    if (next === 0) start = i
    if (++next === aliasWords.length) return { start, end: i + 1 }
  }
  return undefined
}

/** Words a section name may follow ("Quote an Amazon Leader…", "Our customer problem"). */
const MAX_WORDS_BEFORE_NAME = 2
/** A label this short may end with its name ("Describe the opportunity or problem"). */
const MAX_WORDS_ENDING_WITH_NAME = 6

function prominent(span: { start: number; end: number }, labelLength: number): boolean {
  return span.start <= MAX_WORDS_BEFORE_NAME || (span.end === labelLength && labelLength <= MAX_WORDS_ENDING_WITH_NAME)
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
  private readonly names: string[]
  private readonly lists: string[][]
  /** All lists in one trie, for the questions about every list; built when first asked one. */
  private all: KeywordTrie | undefined
  /** One trie per list, for the questions about one list: most texts are asked about one list only. */
  private readonly single: Array<KeywordTrie | undefined>
  private lastText: string | undefined
  private lastFound: Array<readonly KeywordMatch[]> = []
  /** The last text one list was asked about. */
  private lastSingleText: string | undefined

  constructor(lists: Record<string, string[]>) {
    const entries = Object.entries(lists).filter(([, keywords]) => keywords.length > 0)
    this.names = entries.map(([name]) => name)
    this.lists = entries.map(([, keywords]) => keywords)
    this.single = this.lists.map(() => undefined)
  }

  /** Names of every list with a keyword in the text. */
  matches(text: string): string[] {
    const found = this.scan(text)
    return this.names.filter((_, list) => found[list]!.length > 0)
  }

  has(name: string, text: string): boolean {
    return this.find(name, text) !== undefined
  }

  /** The first keyword of list `name` in the text, as it appears there (lower case), or undefined. */
  find(name: string, text: string): string | undefined {
    return this.matchesOf(name, text)[0]?.text
  }

  /** Every distinct keyword of list `name` in the text. */
  findAll(name: string, text: string): string[] {
    return distinct(this.matchesOf(name, text))
  }

  /** What findAll finds for each list, from one scan of all lists: for a recogniser that asks about every list of a text. */
  findAllByList(text: string): Record<string, string[]> {
    const found = this.scan(text)
    return Object.fromEntries(this.names.map((name, list) => [name, distinct(found[list]!)]))
  }

  /** Every list with a keyword in the text, with the keyword found. */
  evidence(text: string): Array<{ name: string; cue: string }> {
    const found = this.scan(text)
    return this.names.flatMap((name, list) => {
      const first = found[list]![0]
      return first ? [{ name, cue: first.text.trim() }] : []
    })
  }

  private matchesOf(name: string, text: string): readonly KeywordMatch[] {
    const list = this.names.indexOf(name)
    if (list < 0) return []
    if (text === this.lastText) return this.lastFound[list]!
    // A second list asked about the same text: the others will likely be asked too, and one scan answers them all.
    if (text === this.lastSingleText) return this.scan(text)[list]!
    this.lastSingleText = text
    this.single[list] ??= new KeywordTrie([this.lists[list]!])
    return this.single[list].scan(lowerText(text))[0]!
  }

  /** Every list's matches, from one scan per text: the recogniser asks about several lists of one text in a row. */
  private scan(text: string): Array<readonly KeywordMatch[]> {
    if (text !== this.lastText) {
      this.all ??= new KeywordTrie(this.lists)
      this.lastText = text
      this.lastFound = this.all.scan(lowerText(text))
    }
    return this.lastFound
  }
}

function distinct(matches: readonly KeywordMatch[]): string[] {
  return [...new Set(matches.map((match) => match.text.trim()))]
}

/**
 * Keywords are searched in the opening of a text: evidence of what an answer
 * is about is in its first paragraphs, and a six-page answer must not cost
 * six pages of searching for every list.
 */
const SEARCHED_LENGTH = 2000
let lastText: string | undefined
let lastLower = ''

/** NFKC, lower case, cut to SEARCHED_LENGTH; the last text is remembered, as matchers search one text in turn. */
function lowerText(text: string): string {
  if (text !== lastText) {
    lastText = text
    const opening = text.length > SEARCHED_LENGTH ? text.slice(0, SEARCHED_LENGTH) : text
    lastLower = (ASCII.test(opening) ? opening : opening.normalize('NFKC')).toLowerCase()
  }
  return lastLower
}

const ASCII = /^\p{ASCII}*$/u

/** Everything the recogniser asks of a vocabulary, compiled once per vocabulary. */
export interface CompiledVocabulary {
  sections: AliasMatcher
  groupTopics: AliasMatcher
  criteriaLabels: AliasMatcher
  /** Question words that decide a topic. */
  topics: KeywordMatcher
  /** Question words that point at a topic; the answer must show it. */
  ambiguousTopics: KeywordMatcher
  /** One list, `technical`: risk, failure and scale in a question, which point at a technical hurdle the answer must show. */
  riskQuestions: KeywordMatcher
  /** Answer words that show a topic. */
  answerTopics: KeywordMatcher
  /** One list, `effort`: an answer in hours and people rather than money. */
  effort: KeywordMatcher
  /** Whole answers that say only no, or free (lower case, no final punctuation). */
  bareAnswers: Set<string>
  questions: QuestionWords
  /** Lists `gap`, `today` and `pain`. */
  problemCues: KeywordMatcher
  /** One list, `problem`: an FAQ question that asks for the problem. */
  problemQuestions: KeywordMatcher
  interrogatives: Set<string>
  placeholders: Set<string>
  instructions: Set<string>
  writing: CompiledWriting
}

/** The writing rules' words (WritingWords), compiled. */
export interface CompiledWriting {
  /** Lists `customers`, `assets`, `solution`, `leaderTitles`, `customerRoles`, `templatePhrases`, `slotWords`. */
  cues: KeywordMatcher
  templateVerbs: string[]
  templateEnds: string[]
  /** Longest first, so that "not yet" wins over "not". */
  directStarts: string[]
  answerSubjects: Set<string>
  answerAuxiliaries: Set<string>
}

function lowerList(list: string[]): string[] {
  return list.map((word) => word.normalize('NFKC').toLowerCase())
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>()

function compileWriting(writing: WritingWords): CompiledWriting {
  const { customers, assets, solution, leaderTitles, customerRoles, templatePhrases, slotWords } = writing
  return {
    cues: new KeywordMatcher({ customers, assets, solution, leaderTitles, customerRoles, templatePhrases, slotWords }),
    templateVerbs: lowerList(writing.templateVerbs),
    templateEnds: lowerList(writing.templateEnds),
    directStarts: lowerList(writing.directStarts).sort((a, b) => b.length - a.length),
    answerSubjects: new Set(lowerList(writing.answerSubjects)),
    answerAuxiliaries: new Set(lowerList(writing.answerAuxiliaries))
  }
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cached = compiled.get(vocabulary)
  if (cached) return cached
  const result: CompiledVocabulary = {
    sections: new AliasMatcher(vocabulary.sections),
    groupTopics: new AliasMatcher(vocabulary.groupTopics, true),
    criteriaLabels: new AliasMatcher(vocabulary.criteriaLabels),
    topics: new KeywordMatcher(vocabulary.topics),
    ambiguousTopics: new KeywordMatcher(vocabulary.ambiguousTopics),
    riskQuestions: new KeywordMatcher({ technical: vocabulary.riskQuestions }),
    answerTopics: new KeywordMatcher(vocabulary.answerTopics),
    effort: new KeywordMatcher({ effort: vocabulary.effort }),
    bareAnswers: new Set(lowerList(vocabulary.bareAnswers)),
    questions: Object.fromEntries(Object.entries(vocabulary.questions).map(([key, list]) => [key, lowerList(list)])) as unknown as QuestionWords,
    problemCues: new KeywordMatcher({ ...vocabulary.problemCues }),
    problemQuestions: new KeywordMatcher({ problem: vocabulary.problemQuestions }),
    interrogatives: new Set(vocabulary.interrogatives.map((word) => word.toLowerCase())),
    placeholders: new Set(vocabulary.placeholders.map((word) => word.toLowerCase())),
    instructions: new Set(vocabulary.instructions.map((word) => word.toLowerCase())),
    writing: compileWriting(vocabulary.writing)
  }
  compiled.set(vocabulary, result)
  return result
}
