/**
 * Figures in running text: the evidence that an answer talks money, shares or
 * scale, whatever words surround them. "$9/month", "€1,2 Mio.", "3 000 €",
 * "85% gross margin", "月額980円", "p99 under 200 ms", "50,000 lines an hour".
 * Every pattern is linear: no nested or overlapping repetition.
 */
export interface Figures {
  /** Amounts of money: a currency sign or code, or a number with a money word or unit. */
  money: string[]
  /** Percentages. */
  percent: string[]
  /** Quantities with a technical unit: times, sizes, rates, counts of users or requests. */
  scale: string[]
}

const NUMBER = "\\d(?:[\\d,.' \\u00a0\\u202f]{0,12}\\d)?"
// Longer words first: the first alternative that matches wins ("mio." before "m").
// Alternatives that share a start are written once ("mil(?:lionen|…)"): the same matches, in the same order, and V8
// compiles the pattern in a fraction of the time (every process pays that compile on its first document).
const MAGNITUDE = '(?:\\s?(?:mil(?:lionen|liarden|lions|lion)|bil(?:lions|lion)|thousand|tausend|mio\\.?|mrd\\.?|bn|mm|k|m|b|万|億|亿|千|만|억|천|тыс\\.?|мл(?:рд|н)))?'
const CURRENCY_SIGN = '[$€£¥₹₩₽₺₴₦₱₫฿₪]'
const CURRENCY_CODE = '(?:USD|EUR|GBP|JPY|CNY|RMB|INR|KRW|RUB|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|TRY|SGD|HKD)'
const CURRENCY_WORD =
  // A word, not the start of one: "5 wonderful" is no amount of won.
  '(?:dollars?|euros?|pounds?|yen|yuan|won|rupees?|rubles?|roubles?|francs?|euro|dollar|zł|złoty|zlotys?|kr|kronor|kroner|kronen|pesos?|reais|rand|lira|円|元|원|ドル|ユーロ|美元|欧元|달러|유로|руб(?:\\.|лей|ля|ль)?|долл(?:\\.|аров)?|евро)(?![\\p{Script=Latin}\\p{Script=Cyrillic}])'

// Five simple patterns rather than one alternation: each is cheap to scan and to check for backtracking.
const MONEY = [
  new RegExp(`${CURRENCY_SIGN}\\s?${NUMBER}${MAGNITUDE}`, 'giu'),
  new RegExp(`${NUMBER}${MAGNITUDE}\\s?${CURRENCY_SIGN}`, 'giu'),
  new RegExp(`\\b${CURRENCY_CODE}\\s?${NUMBER}${MAGNITUDE}`, 'giu'),
  new RegExp(`${NUMBER}${MAGNITUDE}\\s?${CURRENCY_CODE}\\b`, 'giu'),
  new RegExp(`${NUMBER}${MAGNITUDE}\\s?${CURRENCY_WORD}`, 'giu')
]
const PERCENT = new RegExp(`${NUMBER}\\s?(?:%|％|(?:percent|per cent|prozent|pour cent|por ciento)\\b|процент)`, 'giu')
const SCALE = new RegExp(
  `${NUMBER}${MAGNITUDE}\\s?(?:(?:ms|milliseconds?|µs|seconds?|sec|minutes?|kb|mb|gb|tb|pb|qps|rps|tps|req(?:uests)?\\s?(?:/|per)\\s?s(?:ec(?:ond)?)?|requests|events|users|concurrent|nodes|servers|rows|records|lines|transactions|messages|calls|writes|reads|queries|connections|sessions)\\b|ミリ秒|秒|毫秒|件|명|건)`,
  'giu'
)
/** "p99", "99.9% uptime" and the like mark a performance figure even without a unit. */
const PERCENTILE = /\bp(?:50|90|95|99|999)\b/giu

const MAX_EACH = 5

/** Figures are looked for in the opening of a text, as keywords are (vocabulary/match.ts). */
const SEARCHED_LENGTH = 2000

/**
 * No figure starts more than this many code units before its first digit
 * (a currency code and a space: "USD 40"), nor ends more than this many after
 * its last, lookarounds included (a magnitude, a space and the longest unit:
 * "5 milliarden requests per second" has 33 after its 5).
 */
const BEFORE_DIGIT = 4
const AFTER_DIGIT = 64

export function findFigures(full: string): Figures {
  const searched = full.length > SEARCHED_LENGTH ? full.slice(0, SEARCHED_LENGTH) : full
  // Every figure has an ASCII digit (what \d is in a Unicode pattern): most texts have none to look at twice.
  const first = firstDigit(searched)
  if (first === -1) return { money: [], percent: [], scale: [] }
  // Each pattern reads only from just before the first digit to just after the last: most answers hold one or two figures.
  const end = lastDigit(searched) + AFTER_DIGIT
  const text = end < searched.length ? searched.slice(0, end) : searched
  const from = Math.max(0, first - BEFORE_DIGIT)
  return {
    money: [...new Set(MONEY.flatMap((pattern) => matches(pattern, text, from)))].slice(0, MAX_EACH),
    percent: matches(PERCENT, text, from),
    scale: [...matches(SCALE, text, from), ...matches(PERCENTILE, text, from)].slice(0, MAX_EACH)
  }
}

function firstDigit(text: string): number {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return i
  return -1
}

function lastDigit(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isDigit(text.charCodeAt(i))) return i
  return -1
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export function hasFigures(figures: Figures): boolean {
  return figures.money.length + figures.percent.length + figures.scale.length > 0
}

/** The distinct matches (at most MAX_EACH) that start at `from` or later; look-behinds still see the text before it. */
function matches(pattern: RegExp, text: string, from: number): string[] {
  const found = new Set<string>()
  // exec, not matchAll: matchAll copies the pattern on every call.
  pattern.lastIndex = from
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.add(match[0].trim())
    if (found.size >= MAX_EACH) break
  }
  pattern.lastIndex = 0
  return [...found]
}
