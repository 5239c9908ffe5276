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

export function findFigures(full: string): Figures {
  const text = full.length > SEARCHED_LENGTH ? full.slice(0, SEARCHED_LENGTH) : full
  // Every figure has a digit: most texts have none to look at twice.
  if (!/\p{N}/u.test(text)) return { money: [], percent: [], scale: [] }
  return {
    money: [...new Set(MONEY.flatMap((pattern) => matches(pattern, text)))].slice(0, MAX_EACH),
    percent: matches(PERCENT, text),
    scale: [...matches(SCALE, text), ...matches(PERCENTILE, text)].slice(0, MAX_EACH)
  }
}

export function hasFigures(figures: Figures): boolean {
  return figures.money.length + figures.percent.length + figures.scale.length > 0
}

function matches(pattern: RegExp, text: string): string[] {
  const found = new Set<string>()
  // exec, not matchAll: matchAll copies the pattern on every call.
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.add(match[0].trim())
    if (found.size >= MAX_EACH) break
  }
  pattern.lastIndex = 0
  return [...found]
}
