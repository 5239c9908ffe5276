import type { Language } from './catalog.js'

/**
 * The language a document is written in, as far as prfaq-gate has messages
 * for it: Japanese when kana make up a real share of its letters, German
 * when its common short words outnumber English ones, else English. Only
 * the first 6,000 characters are read (a page or two): the press release
 * decides, and this runs on every document.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 6_000)
  const kana = count(sample, KANA)
  if (kana >= 20 && kana / Math.max(1, sample.length - count(sample, NOT_LETTERS)) >= 0.1) return 'ja'
  let german = 0
  let english = 0
  for (const word of sample.toLowerCase().split(NOT_LETTERS_RUN)) {
    if (GERMAN.has(word)) german++
    else if (ENGLISH.has(word)) english++
  }
  return german >= 10 && german > english ? 'de' : 'en'
}

const KANA = /[\u3040-\u30ff]/gu
const NOT_LETTERS = /\P{L}/gu
const NOT_LETTERS_RUN = /\P{L}+/u

function count(text: string, pattern: RegExp): number {
  let found = 0
  for (const _ of text.matchAll(pattern)) found++
  return found
}

const GERMAN = new Set([
  'und',
  'der',
  'die',
  'das',
  'nicht',
  'ist',
  'mit',
  'für',
  'wir',
  'sie',
  'ein',
  'eine',
  'auf',
  'zu',
  'den',
  'von',
  'es',
  'auch',
  'wie',
  'werden',
  'sich',
  'dem',
  'des',
  'im',
  'sind',
  'oder',
  'bei',
  'nach',
  'kann',
  'wird'
])
const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'of',
  'to',
  'for',
  'with',
  'we',
  'it',
  'not',
  'a',
  'in',
  'that',
  'this',
  'are',
  'on',
  'our',
  'they',
  'be',
  'can',
  'will',
  'how',
  'what',
  'by',
  'from',
  'at',
  'or',
  'an',
  'as',
  'do'
])
