import { attention } from 'micromark-core-commonmark'
import { push, splice } from 'micromark-util-chunked'
import { resolveAll } from 'micromark-util-resolve-all'
import type { Construct, Event, Point, Token, TokenizeContext } from 'micromark-util-types'
import { refuse, spend, UNIT_COSTS } from './work.js'

/**
 * micromark's attention (emphasis and strong) construct with a work counter.
 *
 * The resolver is micromark-core-commonmark 2.0's resolveAllAttention
 * (MIT, © Titus Wormer), unchanged except for the counting: it is where a
 * closing `*` or `_` walks back over every event of the paragraph to find an
 * opener, the super-linear work a run of `*_` makes (5 KB: 0.7 s, 40 KB: 47 s).
 * Counting inside the walk is exact and cannot be fooled by how the text
 * looks. The tokenizer is micromark's own.
 */
export const countedAttention: Construct = {
  name: 'countedAttention',
  tokenize: attention.tokenize,
  resolveAll: resolveAllCountedAttention
}

/** A walk longer than this is a marker that pairs with nothing near: where a reported run starts. */
const LONG_WALK = 32

function resolveAllCountedAttention(events: Event[], context: TokenizeContext): Event[] {
  let index = -1
  let nextEvents: Event[]
  let runStart: number | undefined
  const markers = () => events.filter(([kind, token]) => kind === 'enter' && token.type === 'attentionSequence').length

  while (++index < events.length) {
    if (events[index]![0] === 'enter' && events[index]![1].type === 'attentionSequence' && events[index]![1]._close) {
      let open = index
      while (open--) {
        if (
          events[open]![0] === 'exit' &&
          events[open]![1].type === 'attentionSequence' &&
          events[open]![1]._open &&
          context.sliceSerialize(events[open]![1]).charCodeAt(0) === context.sliceSerialize(events[index]![1]).charCodeAt(0)
        ) {
          if (
            (events[open]![1]._close || events[index]![1]._open) &&
            (events[index]![1].end.offset - events[index]![1].start.offset) % 3 &&
            !((events[open]![1].end.offset - events[open]![1].start.offset + events[index]![1].end.offset - events[index]![1].start.offset) % 3)
          ) {
            continue
          }
          spendWalk(index - open, index)
          const use = events[open]![1].end.offset - events[open]![1].start.offset > 1 && events[index]![1].end.offset - events[index]![1].start.offset > 1 ? 2 : 1
          const start = { ...events[open]![1].end }
          const end = { ...events[index]![1].start }
          movePoint(start, -use)
          movePoint(end, use)
          const openingSequence: Token = { type: use > 1 ? 'strongSequence' : 'emphasisSequence', start, end: { ...events[open]![1].end } }
          const closingSequence: Token = { type: use > 1 ? 'strongSequence' : 'emphasisSequence', start: { ...events[index]![1].start }, end }
          const text: Token = { type: use > 1 ? 'strongText' : 'emphasisText', start: { ...events[open]![1].end }, end: { ...events[index]![1].start } }
          const group: Token = { type: use > 1 ? 'strong' : 'emphasis', start: { ...openingSequence.start }, end: { ...closingSequence.end } }
          events[open]![1].end = { ...openingSequence.start }
          events[index]![1].start = { ...closingSequence.end }
          nextEvents = []
          if (events[open]![1].end.offset - events[open]![1].start.offset) {
            nextEvents = push(nextEvents, [
              ['enter', events[open]![1], context],
              ['exit', events[open]![1], context]
            ])
          }
          nextEvents = push(nextEvents, [
            ['enter', group, context],
            ['enter', openingSequence, context],
            ['exit', openingSequence, context],
            ['enter', text, context]
          ])
          // The slice between is copied and resolved again, and the rest of the events shift.
          spendMoves((index - open) * UNIT_COSTS.reresolvedEvent + (events.length - index) * UNIT_COSTS.shiftedEvent)
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null!, events.slice(open + 1, index), context))
          nextEvents = push(nextEvents, [
            ['exit', text, context],
            ['enter', closingSequence, context],
            ['exit', closingSequence, context],
            ['exit', group, context]
          ])
          let offset = 0
          if (events[index]![1].end.offset - events[index]![1].start.offset) {
            offset = 2
            nextEvents = push(nextEvents, [
              ['enter', events[index]![1], context],
              ['exit', events[index]![1], context]
            ])
          }
          splice(events, open - 1, index - open + 3, nextEvents)
          index = open + nextEvents.length - offset - 2
          break
        }
      }
      // No opener: the walk went back to the first event.
      if (open === -1) spendWalk(index, index)
    }
  }

  index = -1
  while (++index < events.length) {
    if (events[index]![1].type === 'attentionSequence') events[index]![1].type = 'data'
  }
  return events

  function spendWalk(steps: number, at: number): void {
    if (steps > LONG_WALK && runStart === undefined) runStart = events[at]![1].start.offset
    if (spend(steps * UNIT_COSTS.walkStep, 'emphasis')) refuse('emphasis', markers(), runStart ?? events[at]![1].start.offset)
  }

  function spendMoves(units: number): void {
    if (spend(units, 'emphasis')) refuse('emphasis', markers(), runStart ?? events[0]![1].start.offset)
  }
}

function movePoint(point: Point, offset: number): void {
  point.column += offset
  point.offset += offset
  point._bufferIndex += offset
}
