/**
 * Label normalisation: how "## 2. The Problem (today): Teams lose a day a week"
 * becomes something the alias lists can be matched against.
 */

/** A normalised label: the key shown in the model and the candidates tried for matching. */
export interface NormalizedLabel {
  /** Lower case, NFKC, no numbering, anchors, parentheticals or trailing punctuation. */
  key: string
  /** The key, and its parts before and after a tagline separator (":" or " — "). */
  candidates: string[]
}

const ANCHOR = /\{#[^}]*\}/g
const PARENTHETICAL = /\([^()]*\)/g
// "2.", "1)", "Part 3 —", "SECTION 2:", "II." — numbering a writer puts before a section name.
const NUMBERING =
  /^(?:(?:part|section|chapter|step|teil|abschnitt|kapitel|partie|parte)\s*)?(?:\d+(?:\.\d+)*\.?|[ivxlc]+[.)])(?=[\s.):\-—–]|$)[\s.):\-—–]*/u
const KEYWORD_NUMBERING = /^(?:part|section|chapter|step|teil|abschnitt|kapitel)\s+(?:\d+|[ivxlc]+)\b[\s.:\-—–]*/u
const TAGLINE_SEPARATOR = /\s*(?::|\s[—–-]\s)\s*/u
const TRAILING_PUNCTUATION = /[\s.:;,!?。、·•*_~-]+$/u
const LEADING_PUNCTUATION = /^[\s.:;,!*_~#>|-]+/u
// "PR/FAQ", "PRFAQ", "PR-FAQ" name the whole document; fold them into one word so
// that the "faq" alias does not make a document title an FAQ section.
const PRFAQ = /\bpr\s*[-/_&]?\s*faqs?\b/gu

export function normalizeLabel(text: string): NormalizedLabel {
  let key = text.normalize('NFKC').toLowerCase()
  key = key.replace(ANCHOR, ' ').replace(PRFAQ, 'prfaq')
  key = removeParentheticals(key)
  key = key.replace(/\s+/gu, ' ').trim()
  key = stripNumbering(key)
  key = key.replace(LEADING_PUNCTUATION, '').replace(TRAILING_PUNCTUATION, '')
  const candidates = [key]
  const parts = key.split(TAGLINE_SEPARATOR).map((part) => part.replace(TRAILING_PUNCTUATION, '').trim())
  if (parts.length > 1) {
    for (const part of parts) if (part && !candidates.includes(part)) candidates.push(stripNumbering(part))
  }
  return { key, candidates }
}

function removeParentheticals(text: string): string {
  let previous: string
  do {
    previous = text
    text = text.replace(PARENTHETICAL, ' ')
  } while (text !== previous)
  return text
}

function stripNumbering(text: string): string {
  return text.replace(KEYWORD_NUMBERING, '').replace(NUMBERING, '').trim()
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Chinese, Japanese and Korean do not separate words with spaces; they are matched as substrings. */
export function hasCjk(text: string): boolean {
  return CJK.test(text)
}

/** Words of a normalised text: letters, digits, "&" and apostrophes. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}&'’]+/u).filter(Boolean)
}

/** A rough word count that treats two CJK characters as one word. */
export function countWords(text: string): number {
  let count = 0
  for (const word of words(text)) {
    const cjk = word.match(new RegExp(CJK.source, 'gu'))?.length ?? 0
    count += cjk > 0 ? Math.max(1, Math.ceil(cjk / 2)) + (word.length - cjk > 0 ? 1 : 0) : 1
  }
  return count
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
