import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { splice } from 'micromark-util-chunked'
import { resolveAll } from 'micromark-util-resolve-all'
import type { Construct, Event, Extension, Token, TokenizeContext } from 'micromark-util-types'
import { refuse, spend, UNIT_COSTS } from './work.js'

const LONG_WALK = 32

/**
 * GFM strikethrough with a work counter in its resolver, for the same reason
 * as counted-attention.ts: a closing `~` walks back over the paragraph's
 * events to find an opener. The resolver is micromark-extension-gfm-
 * strikethrough 2.1's resolveAllStrikethrough (MIT, © Titus Wormer) with the
 * counting added; the tokenizer is the extension's own.
 */
export function countedStrikethrough(): Extension {
  const extension = gfmStrikethrough()
  // This instance's construct (shared by `text` and `insideSpan`), not a global one.
  const construct = extension.text![126] as Construct
  construct.resolveAll = resolveAllCountedStrikethrough
  return extension
}

function resolveAllCountedStrikethrough(events: Event[], context: TokenizeContext): Event[] {
  let index = -1
  let runStart: number | undefined
  const markers = () => events.filter(([kind, token]) => kind === 'enter' && token.type === 'strikethroughSequenceTemporary').length
  const spendWork = (units: number, at: number) => {
    if (spend(units, 'strikethrough')) refuse('strikethrough', markers(), runStart ?? events[at]![1].start.offset)
  }

  while (++index < events.length) {
    if (events[index]![0] === 'enter' && events[index]![1].type === 'strikethroughSequenceTemporary' && events[index]![1]._close) {
      let open = index
      while (open--) {
        if (
          events[open]![0] === 'exit' &&
          events[open]![1].type === 'strikethroughSequenceTemporary' &&
          events[open]![1]._open &&
          events[index]![1].end.offset - events[index]![1].start.offset === events[open]![1].end.offset - events[open]![1].start.offset
        ) {
          if (index - open > LONG_WALK && runStart === undefined) runStart = events[index]![1].start.offset
          spendWork((index - open) * (UNIT_COSTS.walkStep + UNIT_COSTS.reresolvedEvent) + (events.length - index) * UNIT_COSTS.shiftedEvent, index)
          events[index]![1].type = 'strikethroughSequence'
          events[open]![1].type = 'strikethroughSequence'
          const strikethrough: Token = { type: 'strikethrough', start: { ...events[open]![1].start }, end: { ...events[index]![1].end } }
          const text: Token = { type: 'strikethroughText', start: { ...events[open]![1].end }, end: { ...events[index]![1].start } }
          const nextEvents: Event[] = [
            ['enter', strikethrough, context],
            ['enter', events[open]![1], context],
            ['exit', events[open]![1], context],
            ['enter', text, context]
          ]
          const insideSpan = context.parser.constructs.insideSpan.null
          if (insideSpan) splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan, events.slice(open + 1, index), context))
          splice(nextEvents, nextEvents.length, 0, [
            ['exit', text, context],
            ['enter', events[index]![1], context],
            ['exit', events[index]![1], context],
            ['exit', strikethrough, context]
          ])
          splice(events, open - 1, index - open + 3, nextEvents)
          index = open + nextEvents.length - 2
          break
        }
      }
      if (open === -1) {
        if (index > LONG_WALK && runStart === undefined) runStart = events[index]![1].start.offset
        spendWork(index * UNIT_COSTS.walkStep, index)
      }
    }
  }
  index = -1
  while (++index < events.length) {
    if (events[index]![1].type === 'strikethroughSequenceTemporary') events[index]![1].type = 'data'
  }
  return events
}
