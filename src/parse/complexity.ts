/**
 * A work budget per document, so that no input up to the size limit can keep
 * the gate busy for minutes.
 *
 * Markdown parsing is linear on real documents, but micromark does
 * super-linear work on some inputs: a closing emphasis marker walks back over
 * every event of its paragraph to find an opener, an unclosed `<!--` or code
 * span scans to the end of the paragraph, every failed `]` walks back for a
 * footnote call, every setext heading re-edits the whole document's events, every lazy
 * line of a list or quote paragraph walks back over the whole paragraph.
 * Ten kilobytes of `*_` took seconds, eighty took minutes.
 *
 * The parser (src/parse/guard.ts) counts that work where it happens — in the
 * resolvers and tokenizers that walk, and from the exact text of each inline
 * content before it is tokenized — and spends it here. Units are calibrated
 * to about a nanosecond each on the benchmark machine (see UNIT_COSTS); no
 * clock is read, so the verdict is the same on a fast and a slow machine.
 * When a document's work would pass its budget, parsing stops with a
 * DocumentTooComplexError naming the cause and where it starts.
 */

import { render, type Text, t } from '../messages/text.js'

/**
 * What one step of each kind of work costs, in units (≈ ns, measured on
 * the costly generators of bench/adversarial.mjs). A walk step is one event
 * looked at by a backwards walk; a shifted event is one array slot moved by
 * the splice (or copied by the slice) of a matched emphasis or
 * strikethrough; a merged event is one moved by the text merger's splices,
 * which measure slower; a scanned character is one character fed through
 * micromark's state machine by an attempt that fails.
 */
export const UNIT_COSTS = {
  walkStep: 15,
  shiftedEvent: 1.5,
  /** An event inside a matched emphasis or strikethrough: copied, then passed over by every resolver again. */
  reresolvedEvent: 40,
  mergedEvent: 4,
  scannedCharacter: 25,
  comparedString: 3,
  /** One character of a link label normalised (case-folded, spaces collapsed) to look it up. */
  normalizedCharacter: 10,
  /** One of the document's flow events copied again by a setext heading. */
  editedFlowEvent: 40
} as const

/** The budget grows with the document: a fixed floor plus so much per byte (units ≈ ns). */
export const BUDGET_FLOOR = 3_000_000
export const BUDGET_PER_BYTE = 3_000

export function budgetFor(textLength: number): number {
  return BUDGET_FLOOR + BUDGET_PER_BYTE * textLength
}

/** What the work was spent on: each cause has a description for the finding (`work.<cause>` in the catalogs). */
export type WorkCause =
  | 'emphasis'
  | 'strikethrough'
  | 'brackets'
  | 'link-labels'
  | 'html'
  | 'code-spans'
  | 'link-destinations'
  | 'stray-punctuation'
  | 'setext-headings'
  | 'lazy-lines'
  | 'footnote-definitions'
  | 'footnote-calls'

/** Thrown from inside the parser when a document would exceed its work budget. */
export class DocumentTooComplexError extends Error {
  constructor(
    readonly workCause: WorkCause,
    readonly count: number,
    /** Offset in the document where the costly run starts. */
    readonly offset: number
  ) {
    super(render(documentTooComplex(workCause, count), 'en'))
    this.name = 'DocumentTooComplexError'
  }

  /** The finding's message, to be rendered in the document's language. */
  get text(): Text {
    return documentTooComplex(this.workCause, this.count)
  }
}

/** The count is written as in English in every language, so that the finding's English fingerprint is the one it always had. */
function documentTooComplex(workCause: WorkCause, count: number): Text {
  return t('engine.too-costly', { what: t(`work.${workCause}`, { n: count.toLocaleString('en-US') }) })
}

/**
 * Work done so far on one document. Each site spends what it is about to do
 * (or has just done: a walk is bounded by the document, so overshooting by
 * one walk is harmless); when the budget is spent it throws, naming the
 * cause and where the run that costs it started.
 */
export class WorkBudget {
  private spentUnits = 0
  /** Units by cause: for the benchmark and the calibration of UNIT_COSTS. */
  readonly spentBy: Partial<Record<WorkCause, number>> = {}

  constructor(readonly limit: number) {}

  get spent(): number {
    return this.spentUnits
  }

  /** Adds the units; true when the budget is spent (the caller then throws, saying what and where). */
  spend(units: number, cause: WorkCause): boolean {
    this.spentUnits += units
    this.spentBy[cause] = (this.spentBy[cause] ?? 0) + units
    return this.spentUnits > this.limit
  }
}
