import type { Language } from './catalog.js'

/**
 * The language a document is written in, as far as prfaq-gate has messages
 * for it: Japanese when kana make up a real share of its letters, German
 * when its common short words outnumber English ones, else English. Only
 * the first 20,000 characters are read: the press release decides.
 */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000)
  let kana = 0
  let letters = 0
  for (const char of sample) {
    const code = char.codePointAt(0)!
    if (code >= 0x3040 && code <= 0x30ff) kana++
    if (/\p{L}/u.test(char)) letters++
  }
  if (kana >= 20 && kana / Math.max(1, letters) >= 0.1) return 'ja'
  let german = 0
  let english = 0
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN.has(word)) german++
    else if (ENGLISH.has(word)) english++
  }
  return german >= 10 && german > english ? 'de' : 'en'
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
