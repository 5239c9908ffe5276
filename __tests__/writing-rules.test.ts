import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ResolvedConfig } from '../src/config/resolve.js'
import { RULES } from '../src/rules/index.js'
import { lint } from './helpers/engine.js'

/**
 * The working-backwards writing rules (issue 10) as a team meets them:
 * advice by default, errors under strict, options from the config, silent
 * on a well-written document, and the template-leftovers fix applied as
 * GitHub applies a suggestion.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules')
const WRITING = RULES.filter((rule) => rule.kind === 'model').map((rule) => rule.id)
const fixture = (rule: string, file: string) => readFileSync(join(FIXTURES, rule, file), 'utf8')
const withoutMarkers = (text: string) => text.replace(/ ?<!-- expect:[^>]*-->/gu, '')

describe('the writing rules', () => {
  it('are the seven of issue 10, and all default to warnings', () => {
    expect(WRITING.sort()).toEqual(['answer-first', 'customer-quote', 'finance-figures', 'press-release-length', 'problem-before-solution', 'problem-from-customer', 'template-leftovers'].sort())
    for (const rule of RULES.filter((candidate) => candidate.kind === 'model')) expect(rule.defaultSeverity).toBe('warning')
  })

  it('say nothing about the example of a well-written PR/FAQ', () => {
    const text = readFileSync(join(import.meta.dirname, '..', 'examples', 'passing-prfaq.md'), 'utf8')
    expect(lint(text).findings).toEqual([])
  })

  it('advise without blocking by default, and block under the strict preset', () => {
    const text = withoutMarkers(fixture('customer-quote', 'not-ok-leader-only.md'))
    expect(lint(text).findings.map((finding) => `${finding.ruleId}:${finding.severity}`)).toEqual(['customer-quote:warning'])
    const strict = new ResolvedConfig({ extends: 'strict' }).settingsFor('doc.md')
    expect(lint(text, strict).findings.map((finding) => `${finding.ruleId}:${finding.severity}`)).toContain('customer-quote:error')
  })

  it('press-release-length takes maxWords from the config', () => {
    const text = fixture('press-release-length', 'ok-one-page.md')
    const tight = new ResolvedConfig({ rules: { 'press-release-length': { maxWords: 100 } } }).settingsFor('doc.md')
    const [finding] = lint(text, tight).findings
    expect(finding?.ruleId).toBe('press-release-length')
    expect(finding?.message).toMatch(/^The press release has \d+ words, more than the 100 that fit on about a page\.$/u)
    const loose = new ResolvedConfig({ rules: { 'press-release-length': { maxWords: 5000 } } }).settingsFor('doc.md')
    expect(lint(withoutMarkers(fixture('press-release-length', 'not-ok-several-pages.md')), loose).findings).toEqual([])
  })

  it('can each be turned off', () => {
    const text = withoutMarkers(fixture('template-leftovers', 'not-ok-slots-and-filler.md'))
    const off = new ResolvedConfig({ rules: { 'template-leftovers': 'off' } }).settingsFor('doc.md')
    expect(lint(text).findings.length).toBeGreaterThan(0)
    expect(lint(text, off).findings).toEqual([])
  })
})

describe('template-leftovers', () => {
  const text = withoutMarkers(fixture('template-leftovers', 'not-ok-slots-and-filler.md'))

  it('turns a slot alone on its line into a hidden prompt, and keeps every other line', () => {
    const finding = lint(text).findings.find((candidate) => candidate.message.startsWith('“[Call to action]”'))
    expect(finding?.fix).toMatchObject({ kind: 'replace-placeholder', replacement: '<!-- TODO: write the Call to action -->' })
    const lines = text.split('\n')
    lines.splice(finding!.fix!.line - 1, 1, finding!.fix!.replacement)
    const after = lint(lines.join('\n')).findings.map((candidate) => candidate.message)
    expect(after.some((message) => message.includes('[Call to action]'))).toBe(false)
    expect(after.some((message) => message.includes('[Product name]'))).toBe(true)
  })

  it('offers no fix where the slot shares its line with the author’s words', () => {
    const headline = lint(text).findings.find((candidate) => candidate.message.startsWith('“[Product name]”'))
    expect(headline).toBeDefined()
    expect(headline?.fix).toBeUndefined()
  })

  it('lists 25 and then says how many more there are', () => {
    const many = `${text}\n\n${Array.from({ length: 40 }, (_, index) => `Step ${index + 1}: [Insert step]`).join('\n\n')}\n`
    const findings = lint(many).findings.filter((finding) => finding.ruleId === 'template-leftovers')
    expect(findings).toHaveLength(26)
    expect(findings.at(-1)?.message).toMatch(/^…and \d+ more pieces of template text from here on/u)
  })
})

describe('answer-first', () => {
  const ask = (question: string, answer: string) =>
    lint(
      fixture('answer-first', 'ok-answers-first.md').replace(
        '#### Can I skip a week?\n\nNot yet. Pausing comes in the June update; until then, families can empty the plan.',
        `#### ${question}\n\n${answer}`
      )
    )
      .findings.filter((finding) => finding.ruleId === 'answer-first')
      .map((finding) => finding.message)

  it.each([
    ['Can I skip a week?', 'Yes, from the app’s plan screen.'],
    ['Does it support gift cards?', 'It supports gift cards from all four chains.'],
    ['Has it been audited?', 'As of March 2027, no.'],
    ['Ist das kostenlos?', 'Nein. Der erste Monat ist frei, danach kostet es 6 Euro.'],
    ['Is it A or B?', 'A, for the first year.'],
    ['Should we build it, and why now?', 'The chains opened their stock feeds this year.'],
    ['週をスキップできますか？', 'はい、アプリの計画画面からできます。'],
    ['すべての店舗をカバーしますか？', '小さな店舗はカバーしません。']
  ])('“%s” — “%s” passes', (question, answer) => {
    expect(ask(question, answer)).toEqual([])
  })

  it.each([
    ['Can I skip a week?', 'Families often travel in August, so the plan screen has a pause button.'],
    ['Kann ich eine Woche aussetzen?', 'Viele Familien verreisen im August, deshalb gibt es eine Pause.'],
    ['週をスキップできますか？', '8月は旅行する家族が多いので、計画画面に一時停止ボタンがあります。']
  ])('“%s” — “%s” is flagged, quoting the opening', (question, answer) => {
    const [message] = ask(question, answer)
    expect(message).toContain(`“${question}” asks for a yes or a no`)
    expect(message).toContain(answer.slice(0, 12))
  })
})
