import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_STATE_CHARS, readState, stateLine } from '../src/action/github/summary-state.js'
import type { FileReport, Finding } from '../src/findings/finding.js'
import { advance, checkedState, findingEntry, progressSince, type SummaryState } from '../src/findings/progress.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)

const finding = (ruleId: string, message = `${ruleId} message`, file = 'docs/a-prfaq.md'): Finding => ({
  ruleId,
  severity: 'error',
  message,
  help: '',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  url: ''
})
const report = (findings: Finding[], file = 'docs/a-prfaq.md', suppressed: Finding[] = []): FileReport => ({ file, findings, suppressed: suppressed.map((f) => ({ finding: f, reason: 'why' })) })

describe('progress between two checks', () => {
  it('counts fixed, new and still open per document, by fingerprint (a moved finding is still open)', () => {
    const before = checkedState(A, [report([finding('faq-finance'), finding('problem-section'), finding('bezos-plan-to-succeed')])])
    const moved = { ...finding('bezos-plan-to-succeed'), line: 40, endLine: 40 }
    const progress = progressSince(before, [report([moved, finding('bezos-big-idea')])])
    expect(progress).toMatchObject({ since: A, fixed: 2, added: 1, open: 1, suppressed: 0 })
    expect(progress.documents).toEqual([{ file: 'docs/a-prfaq.md', fixed: ['faq-finance', 'problem-section'], added: ['bezos-big-idea'], suppressed: [], open: 1, firstChecked: false }])
  })

  it('a finding switched off in the document is suppressed, not fixed', () => {
    const before = checkedState(A, [report([finding('faq-finance')])])
    expect(progressSince(before, [report([], 'docs/a-prfaq.md', [finding('faq-finance')])])).toMatchObject({ fixed: 0, suppressed: 1, documents: [{ suppressed: ['faq-finance'] }] })
  })

  it('a document not checked then has only new findings; one no longer checked is left out (it was not fixed)', () => {
    const before = checkedState(A, [report([finding('faq-finance')], 'docs/old-prfaq.md')])
    const progress = progressSince(before, [report([finding('faq-finance', 'm', 'docs/new-prfaq.md')], 'docs/new-prfaq.md')])
    expect(progress).toMatchObject({ fixed: 0, added: 1, open: 0, documents: [{ file: 'docs/new-prfaq.md', firstChecked: true }] })
  })

  it('a file named like an Object property is a file like any other', () => {
    const before = checkedState(A, [report([finding('faq-finance', 'm', 'constructor')], 'constructor')])
    expect(progressSince(before, [report([], '__proto__'), report([], 'constructor')]).documents.map((document) => [document.file, document.firstChecked, document.fixed])).toEqual([
      ['__proto__', true, []],
      ['constructor', false, ['faq-finance']]
    ])
  })

  it('measures from the last check of an earlier commit: a re-run keeps its baseline, a new commit moves it', () => {
    const first = checkedState(A, [report([finding('faq-finance')])])
    const { state: afterFirst, baseline: none } = advance(undefined, first)
    expect(none).toBeUndefined()
    const second = checkedState(B, [report([])])
    const { state: afterSecond, baseline } = advance(afterFirst, second)
    expect(baseline).toEqual(first)
    // A re-run of B, with the same or another result, still measures from A.
    expect(advance(afterSecond, checkedState(B, [report([finding('bezos-big-idea')])])).baseline).toEqual(first)
    expect(advance(afterSecond, second).state).toEqual(afterSecond)
    expect(advance(afterSecond, checkedState(C, [report([])])).baseline).toEqual(second)
  })
})

describe('the summary comment’s hidden data', () => {
  const state: SummaryState = { ...checkedState(B, [report([finding('faq-finance')]), report([], 'docs/b-prfaq.md')]), previous: checkedState(A, [report([finding('problem-section')])]) }
  const body = (line: string) => `<!-- prfaq-gate:summary key="k" -->\n${line}\n## prfaq-gate: …`

  it('round-trips, byte for byte the same for the same state (so a re-run writes nothing)', () => {
    const line = stateLine(state)!
    expect(line).toMatch(/^<!-- prfaq-gate:state v1 [A-Za-z0-9+/]+={0,2} -->$/u)
    expect(readState(body(line))).toEqual(state)
    expect(stateLine(readState(body(line))!)).toBe(line)
  })

  it('cannot be ended or escaped by a file name: base64 has no "-" or ">"', () => {
    const hostile = checkedState(A, [report([finding('faq-finance', 'm', 'x --> <img src=x onerror=alert(1)>.md')], 'x --> <img src=x onerror=alert(1)>.md')])
    const line = stateLine(hostile)!
    expect(line.indexOf('-->')).toBe(line.length - 3)
    expect(line).not.toContain('<img')
    expect(readState(body(line))).toEqual(hostile)
  })

  it('is bounded: past the limit the earlier check is dropped, then the whole state', () => {
    const many = (commit: string, count: number) => checkedState(commit, [report(Array.from({ length: count }, (_, i) => finding('faq-finance', `finding ${i}`)))])
    const big = { ...many(B, 200), previous: many(A, 200) }
    expect(stateLine(big)!.length).toBeLessThanOrEqual(MAX_STATE_CHARS + 40)
    expect(readState(body(stateLine(big)!))).toEqual(many(B, 200))
    expect(stateLine(many(B, 1000))).toBeUndefined()
  })

  it('only on the line after the marker: a quoted state elsewhere in the body is not read', () => {
    expect(readState(`<!-- prfaq-gate:summary key="k" -->\n## prfaq-gate\n${stateLine(state)}`)).toBeUndefined()
    expect(readState(undefined)).toBeUndefined()
  })

  it('anything else on that line is absent, never an error', () => {
    const encoded = (value: unknown) => `<!-- prfaq-gate:state v1 ${Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64')} -->`
    for (const value of [
      'not json',
      '[]',
      { v: 1, c: A },
      { v: 1, c: A, f: { x: ['faq-finance:zz'] } },
      { v: 1, c: A, f: { x: ['FAQ:0123456789abcdef'] } },
      { v: 1, c: A, f: {}, p: { c: 'main', f: {} } },
      { v: 1, c: A, f: { ['x'.repeat(1001)]: [] } }
    ]) {
      expect(readState(body(encoded(value))), JSON.stringify(value)).toBeUndefined()
    }
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (line) => readState(body(line)) === undefined || line.startsWith('<!-- prfaq-gate:state v1 ')))
    fc.assert(
      fc.property(fc.base64String({ maxLength: 400 }), (data) => {
        readState(body(`<!-- prfaq-gate:state v1 ${data} -->`))
        return true
      })
    )
  })

  it('entries are what findings/progress.ts writes', () => {
    expect(findingEntry(finding('faq-finance'))).toMatch(/^faq-finance:[0-9a-f]{16}$/u)
  })
})
