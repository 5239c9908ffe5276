import type { CompiledVocabulary } from '../../vocabulary/match.js'
import type { Quote } from '../types.js'
import type { Chunk } from './leads.js'

/**
 * Quotes in a press release, and who gave them. A press release quotes a
 * leader of the company announcing and, as important, a customer: someone
 * outside the company whose words show the problem is real. A quote is
 * someone's words in quotation marks with an attribution — a verb of saying
 * ("said Ana Ruiz, a nurse at St. Mary's") or a dash line ("— Ana Ruiz") —
 * or a block quote signed with a dash. The speaker is a leader when the
 * attribution gives a leader's title (CEO, VP, head of…) or names the
 * announcing company; anyone else quoted is outside it. The attribution is
 * read with the leader's title and its complement removed, so that "Head of
 * Customer Success" is a leader, not a customer.
 */

// Each scan stops at the next quotation mark: linear over any run of them.
const QUOTED = /["“„«「『]([^"“”„«»「」『』\n]{12,})["”“»」』]/gu
const SPEECH =
  /\b(?:said|says|say|explains|explained|adds|added|notes|noted|shares|shared|according to|sagt|sagte|erklärt|erklärte|ergänzt|betont|dit|déclare|explique|dijo|afirma|explica|disse|diz|сказал|сказала|говорит|отмечает)\b|と語|と述べ|と話|と説明|说道|表示|指出|말했다|밝혔다/iu
const DASH_ATTRIBUTION = /^[ \t]*[—–―-]{1,2}[ \t]*([^\s][^\n]{1,150})$/mu
const MIN_WORDS_QUOTED = 4
// "Acme today announced", "— Acme Corp. launched": the company making the announcement.
const ANNOUNCER =
  /(?:^|[—–]\s*)([\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})\s+(?:today\s+|now\s+)?(?:announced|announces|launched|launches|introduced|introduces|unveiled|unveils|released|releases)\b/u

/**
 * The quotes among the press release's text, and those of its labelled
 * quote sections. Inside a labelled section each attributed quote is judged
 * by its own attribution (a "Quotes" section often holds the leader's and a
 * customer's), and the label decides only a quote whose attribution does
 * not; a labelled section with no attributed quote in it is one quote.
 */
export function findQuotes(chunks: Chunk[], labelled: Quote[], vocabulary: CompiledVocabulary): Quote[] {
  const company = announcer(chunks)
  const quotes: Quote[] = []
  const attributed = new Set<Quote>()
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!
    const found = quoteIn(chunk, chunks[index + 1])
    if (!found) continue
    const section = labelled.find((quote) => contains(quote, chunk))
    const judged = speakerKind(found.speaker, found.text, company, vocabulary)
    if (section) attributed.add(section)
    quotes.push({ ...found, ...(section && judged.cue === NO_TITLE ? { kind: section.kind, cue: section.cue } : judged) })
  }
  quotes.push(...labelled.filter((quote) => !attributed.has(quote)))
  return quotes.sort((a, b) => a.position.start.offset - b.position.start.offset)
}

/** The kind a labelled section gives its quote ("Customer quote"). */
export function labelledQuote(text: string, position: Quote['position'], role: 'leaderQuote' | 'customerQuote', label: string): Quote {
  return { text: cut(text), position, kind: role === 'leaderQuote' ? 'leader' : 'customer', cue: label }
}

function quoteIn(chunk: Chunk, next: Chunk | undefined): { text: string; speaker: string; position: Quote['position'] } | undefined {
  const quoted = [...chunk.text.matchAll(QUOTED)].filter((match) => match[1]!.trim().split(/\s+/u).length >= MIN_WORDS_QUOTED || /[\u3040-\u30ff\u4e00-\u9fff]{8,}/u.test(match[1]!))
  const outside = quoted.reduce((rest, match) => rest.replace(match[0], ' '), chunk.text)
  const signedBelow = next && DASH_ATTRIBUTION.exec(next.text)?.[1]
  const signed = DASH_ATTRIBUTION.exec(outside)?.[1]
  if (quoted.length > 0) {
    const speaker = attributionAround(outside) ?? signed ?? (next && isOnlyAttribution(next.text) ? signedBelow : undefined)
    if (speaker === undefined) return undefined
    return { text: cut(quoted.map((match) => match[1]!).join(' … ')), speaker: cut(speaker.replace(/\s+/gu, ' ').trim()), position: chunk.position }
  }
  // A block quote signed with a dash: "> We used to… \n> — Ana Ruiz, nurse".
  if (chunk.quote && signed) return { text: cut(chunk.text.replace(DASH_ATTRIBUTION, '').trim()), speaker: cut(signed.trim()), position: chunk.position }
  return undefined
}

/** The sentence of the verb of saying, outside the quotation marks: "said Ana Ruiz, a nurse at St. Mary's". */
function attributionAround(text: string): string | undefined {
  // A paragraph's lines wrap where the editor wrapped them: "said Ana Ruiz,\nCEO of Acme" is one attribution.
  const outside = text.replace(/\s+/gu, ' ')
  const verb = SPEECH.exec(outside)
  if (!verb) return undefined
  const before = outside.slice(0, verb.index)
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1
  const after = outside.slice(verb.index)
  const end = /[.!?。](?:\s|$)|\n/u.exec(after.slice(verb[0].length))
  return outside.slice(start, end ? verb.index + verb[0].length + end.index : outside.length)
}

function isOnlyAttribution(text: string): boolean {
  return DASH_ATTRIBUTION.test(text) && text.trim().split('\n').length === 1
}

/**
 * Leader or customer, by the attribution: a leader's title, or the
 * announcing company's name, makes a leader — unless what remains once the
 * title and its complement are removed names a customer ("CTO of Globex,
 * an early customer"). Words of the quote speaking for the company ("we're
 * excited to", "our customers") decide an attribution with no title.
 */
function speakerKind(speaker: string, text: string, company: string | undefined, vocabulary: CompiledVocabulary): Pick<Quote, 'kind' | 'cue'> {
  const { cues } = vocabulary.writing
  const title = cues.find('leaderTitles', speaker)
  if (title) {
    const rest = withoutTitle(speaker.toLowerCase(), title)
    const customer = cues.find('customerRoles', rest)
    if (customer) return { kind: 'customer', cue: customer.trim() }
    // "co-founder of a design studio", "CTO at a logistics firm": a leader of some other company, which is a customer.
    if (OF_ANOTHER_COMPANY.test(speaker.slice(speaker.toLowerCase().indexOf(title) + title.length))) return { kind: 'customer', cue: `${title.trim()} of another company` }
    return { kind: 'leader', cue: title.trim() }
  }
  if (company && speaker.includes(company)) return { kind: 'leader', cue: company }
  const customer = cues.find('customerRoles', speaker)
  if (customer) return { kind: 'customer', cue: customer.trim() }
  if (SPEAKS_FOR_COMPANY.test(text)) return { kind: 'leader', cue: 'speaks for the company' }
  return { kind: 'customer', cue: NO_TITLE }
}

/** The cue of a speaker judged a customer only because nothing names a leader. */
const NO_TITLE = 'no leader’s title'

const OF_ANOTHER_COMPANY = /^\s+(?:of|at|for)\s+(?:a|an|one)\s/iu
const SPEAKS_FOR_COMPANY = /\b(?:we(?:'re| are) (?:excited|thrilled|proud|delighted|happy)|our customers|our users|we built|we designed)\b/iu

/** The attribution without the title and what it is of ("head of customer success, at acme" → ", at acme"). */
function withoutTitle(speaker: string, title: string): string {
  const start = speaker.indexOf(title)
  if (start === -1) return speaker
  const after = speaker.slice(start + title.length)
  const complement = /^(?:\s+(?:of|for|at|bei|von|für)\s+[^,;]*|[^,;]*)/u.exec(after)?.[0] ?? ''
  return speaker.slice(0, start) + after.slice(complement.length)
}

function announcer(chunks: Chunk[]): string | undefined {
  for (const chunk of chunks.slice(0, 4)) {
    const name = ANNOUNCER.exec(chunk.text.slice(0, 400))?.[1]
    if (name) return name
  }
  return undefined
}

function contains(quote: Quote, chunk: Chunk): boolean {
  return quote.position.start.offset <= chunk.position.start.offset && chunk.position.end.offset <= quote.position.end.offset && quote.position.file === chunk.position.file
}

function cut(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`
}
