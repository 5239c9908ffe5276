import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintDocuments } from '../src/engine/lint.js'
import type { Finding, Fix } from '../src/findings/finding.js'
import { MISSING_FINANCE } from './fixtures/documents.js'
import { lint } from './helpers/engine.js'

/**
 * The fixes rules offer as suggestions, applied as GitHub applies them
 * (whole lines replaced) and checked again: a label makes the problem
 * section pass; a skeleton question never makes its rule pass by itself
 * (its answer is only a prompt), it moves the finding to the question the
 * author has to answer. No fix deletes the author's words or disturbs
 * another rule.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules')

function apply(text: string, fix: Fix): string {
  const lines = text.split('\n')
  lines.splice(fix.line - 1, fix.endLine - fix.line + 1, ...fix.replacement.split('\n'))
  return lines.join('\n')
}

const others = (findings: Finding[], ruleId: string) => findings.filter((finding) => finding.ruleId !== ruleId).map((finding) => `${finding.ruleId}: ${finding.message}`)

/** Lints, applies the rule's fix, lints again. */
function fixAndRelint(text: string, ruleId: string) {
  const before = lint(text).findings
  const finding = before.find((candidate) => candidate.ruleId === ruleId)
  const fix = finding?.fix
  if (!fix) return { before, finding, fix }
  const fixed = apply(text, fix)
  return { before, finding, fix, fixed, after: lint(fixed).findings }
}

describe('every fix offered on the rule fixtures', () => {
  const files = readdirSync(FIXTURES).flatMap((ruleId) => readdirSync(join(FIXTURES, ruleId)).map((file) => join(FIXTURES, ruleId, file)))
  const withFixes = files.flatMap((path) =>
    lint(readFileSync(path, 'utf8'))
      .findings.filter((finding) => finding.fix)
      .map((finding) => ({ path, finding }))
  )

  it('there are fixes to check (a label and both skeleton questions)', () => {
    expect(new Set(withFixes.map(({ finding }) => finding.ruleId))).toEqual(new Set(['problem-section', 'faq-finance', 'faq-technical-hurdles']))
  })

  it.each(withFixes.map(({ path, finding }) => [path.slice(FIXTURES.length + 1), finding] as const))('%s: keeps the author’s line, and does what it says', (_, finding) => {
    const text = readFileSync(join(FIXTURES, _), 'utf8')
    const fix = finding.fix!
    expect(fix.replacement).toContain(text.split('\n')[fix.line - 1]!.replace(/\r$/u, ''))
    const after = lint(apply(text, fix)).findings
    expect(others(after, finding.ruleId)).toEqual(others(lint(text).findings, finding.ruleId))
    const still = after.filter((candidate) => candidate.ruleId === finding.ruleId)
    if (finding.ruleId === 'problem-section') expect(still).toEqual([])
    else expect(still.map((candidate) => candidate.message)).toEqual([expect.stringMatching(/^The (finance|technical) question “.*” has no real answer: the answer is empty\.$/u)])
  })
})

describe('a skeleton question, written as the FAQ writes its questions', () => {
  const QUESTIONS: Array<[string, string]> = [
    ['What is the hardest technical problem?', 'Licence terms differ per title; we must refuse a transfer the licence does not allow, across four lending platforms.'],
    ['How big is the opportunity?', '330 public library services; the first consortium lends 1.2 million e-books a year.'],
    ['Why should we be the ones to build this?', 'We already run the shared catalogue for 26 county libraries.'],
    ['What is our plan to succeed?', 'Six counties from January, all 26 by September, two engineers.']
  ]
  const PRESS = '# Shelfshare\n\n## Press Release\n\n### The Problem\n\nReaders wait nine weeks for a popular e-book because each library buys its own licences.\n\n'
  const styles: Record<string, { faq: string; added: string }> = {
    'headings (depth copied)': {
      faq: `## FAQ\n\n### Internal FAQ\n\n${QUESTIONS.map(([q, a]) => `#### ${q}\n\n${a}\n\n`).join('')}## Appendix\n\nNothing here.\n`,
      added: '\n\n#### What is the price, what does it cost us, and what margin do we make?\n\n<!-- Answer with numbers:'
    },
    'bold with Q: and A:': {
      faq: `## FAQ\n\n${QUESTIONS.map(([q, a]) => `**Q: ${q}**\n\nA: ${a}\n\n`).join('')}`,
      added: '\n\n**Q: What is the price, what does it cost us, and what margin do we make?**\n\nA: <!-- Answer with numbers:'
    },
    'bold run-in': {
      faq: `## FAQ\n\n${QUESTIONS.map(([q, a]) => `**${q}** ${a}\n\n`).join('')}`,
      added: '\n\n**What is the price, what does it cost us, and what margin do we make?** <!-- Answer with numbers:'
    },
    'Q: and A: lines': {
      faq: `## FAQ\n\n${QUESTIONS.map(([q, a]) => `Q: ${q}\nA: ${a}\n\n`).join('')}`,
      added: '\n\nQ: What is the price, what does it cost us, and what margin do we make?\nA: <!-- Answer with numbers:'
    },
    'bullets with nested answers': {
      faq: `## Questions and answers\n\n${QUESTIONS.map(([q, a]) => `- Q: ${q}\n  - A: ${a}\n`).join('')}`,
      added: '\n- Q: What is the price, what does it cost us, and what margin do we make?\n  - A: <!-- Answer with numbers:'
    },
    'numbered bold questions': {
      faq: `## FAQ\n\n${QUESTIONS.map(([q, a], i) => `${i + 1}. **${q}**\n\n   ${a}\n\n`).join('')}`,
      added: '\n5. **What is the price, what does it cost us, and what margin do we make?**\n\n   <!-- Answer with numbers:'
    },
    'a question and answer table': {
      faq: `## FAQ\n\n| Question | Answer |\n| --- | --- |\n${QUESTIONS.map(([q, a]) => `| ${q} | ${a} |\n`).join('')}`,
      added: '\n| What is the price, what does it cost us, and what margin do we make? | <!-- Answer with numbers:'
    }
  }

  it.each(Object.entries(styles))('%s', (_, { faq, added }) => {
    const text = PRESS + faq
    const { fix, after, fixed } = fixAndRelint(text, 'faq-finance')
    expect(fix).toMatchObject({ kind: 'insert', description: expect.stringContaining('finance question') })
    // After the last answer, in the FAQ's style, with the prompt where the answer goes.
    const lastAnswer = QUESTIONS.at(-1)![1]
    expect(fix!.replacement.startsWith(text.split('\n')[fix!.line - 1]!)).toBe(true)
    expect(text.split('\n')[fix!.line - 1]).toContain(lastAnswer.slice(-20))
    expect(fix!.replacement.slice(text.split('\n')[fix!.line - 1]!.length)).toContain(added)
    // Still failing, now at the question the author has to answer.
    const finance = after!.filter((finding) => finding.ruleId === 'faq-finance')
    expect(finance).toHaveLength(1)
    expect(finance[0]!.message).toBe('The finance question “What is the price, what does it cost us, and what margin do we make?” has no real answer: the answer is empty.')
    expect(fixed!.split('\n')[finance[0]!.line - 1]).toContain('What is the price')
  })

  it('goes into the internal FAQ, after its last question, even when the customer FAQ follows it', () => {
    const text = `${PRESS}## FAQ\n\n### Internal FAQ\n\n${QUESTIONS.map(([q, a]) => `#### ${q}\n\n${a}\n\n`).join('')}### Customer FAQ\n\n#### Do readers need a new app?\n\nNo. It works inside the library's app.\n`
    const { fix, fixed, after } = fixAndRelint(text, 'faq-finance')
    const lines = fixed!.split('\n')
    expect(lines.findIndex((line) => line.includes('What is the price'))).toBeLessThan(lines.indexOf('### Customer FAQ'))
    expect(fix!.line).toBe(text.split('\n').findIndex((line) => line.startsWith('Six counties')) + 1)
    expect(after!.find((finding) => finding.ruleId === 'faq-finance')!.message).toContain('has no real answer')
  })

  it('the technical-hurdles question too', () => {
    const text = MISSING_FINANCE.replace('**Q: What is the hardest technical problem?**\n\nMatching bank lines without references, at 50,000 lines an hour at month end.\n\n', '')
    const { fix, after } = fixAndRelint(text, 'faq-technical-hurdles')
    expect(fix!.replacement).toContain('\n\n**Q: What is the hardest technical problem, and how will we solve it?**\n\n<!-- Answer: what is new or risky')
    expect(after!.find((finding) => finding.ruleId === 'faq-technical-hurdles')!.message).toBe(
      'The technical question “What is the hardest technical problem, and how will we solve it?” has no real answer: the answer is empty.'
    )
  })

  it('no fix after a bare group heading: the template lines under it would become the answer and pass the check', () => {
    const template = `${PRESS}## FAQ\n\n### Customer FAQ\n\n1) Q: Do readers need a new app?\n   - A: No, it works inside the library's app.\n\n### Internal FAQ\n\n1) Q (cost/operations/risk):\n   - A:\n2) Q (data/metrics/success):\n   - A:\n`
    const { finding } = fixAndRelint(template, 'faq-finance')
    expect(finding!.message).toContain('The FAQ has no question about money')
    expect(finding!.fix).toBeUndefined()
  })

  it('no fix where there is nothing to copy the style from or nowhere to put it', () => {
    expect(fixAndRelint(`${PRESS}## Notes\n\nNone.\n`, 'faq-finance').finding!.fix).toBeUndefined()
    // Asked but unanswered: the answer is the author's to write, not a question to add.
    expect(fixAndRelint(`${PRESS}## FAQ\n\n**Q: What is the price?**\n\nTBD\n`, 'faq-finance').finding!.fix).toBeUndefined()
  })

  it('in a PR/FAQ split over files, the fix goes with the finding into the FAQ’s file', () => {
    const bytes = (text: string) => new TextEncoder().encode(text)
    const press = `---\ntype: PRFAQ Section\n---\n\n${PRESS}`
    const faq = `---\ntype: PRFAQ Section\n---\n\n# Internal FAQ\n\n${QUESTIONS.map(([q, a]) => `## ${q}\n\n${a}\n\n`).join('')}`
    const [, faqResult] = lintDocuments(
      [
        { file: 'plan/press-release.md', bytes: bytes(press) },
        { file: 'plan/internal-faq.md', bytes: bytes(faq) }
      ],
      defaultSettings()
    )
    const finance = faqResult!.findings.find((finding) => finding.ruleId === 'faq-finance')!
    expect(finance.fix!.replacement).toContain('\n\n## What is the price, what does it cost us, and what margin do we make?\n\n<!--')
    expect(faq.split('\n')[finance.fix!.line - 1]).toBe(QUESTIONS.at(-1)![1])
  })
})

describe('a label for an unlabelled problem paragraph, in the style of the other parts', () => {
  const PROBLEM =
    'Nurses who need a day off today have to find a colleague by group text, then wait for a charge nurse to check overtime rules by hand. Trades get lost and nurses spend hours each month chasing approvals.'
  const FAQ = `## FAQ

### Internal FAQ

**What is the pricing model?** $4 per nurse per month; our cost to serve is $0.60, so the margin is 85%.

**What is the hardest technical problem?** Writing trades back into five scheduling systems; two have no write API, so we depend on their file imports.

**How big is the opportunity?** 3.3 million registered nurses in the US; 5% of them is $8M a year.

**Why should we build this now?** Nurse turnover is at a record high; our integrations are already in 140 hospitals.

**What is our plan to succeed?** Pilot in six hospitals in Q1, launch in Q3 with a team of seven.
`
  const doc = (pressRelease: string) => `# Shiftswap\n\n${pressRelease}\n\n${FAQ}`
  const ANNOUNCE = 'BOSTON — Clearcare today announced Shiftswap, a shift-trading app.'

  it.each([
    ['a heading as deep as the other part headings', `## Press Release\n\n${ANNOUNCE}\n\n${PROBLEM}\n\n### The Solution\n\nA nurse posts a shift; the app checks the rules.`, '### The Problem\n\n'],
    ['a bold label, with the colon of the other bold labels', `## Press Release\n\n${ANNOUNCE}\n\n${PROBLEM}\n\n**Solution:** A nurse posts a shift; the app checks the rules.`, '**The problem:** '],
    ['a bold label, with a full stop otherwise', `## Press Release\n\n${ANNOUNCE}\n\n${PROBLEM}\n\n**How it works.** A nurse posts a shift.`, '**The problem.** '],
    ['in a Background section', `## Background\n\n${PROBLEM}\n\n## Press Release\n\n${ANNOUNCE} A nurse posts a shift; the app checks the rules.`, '**The problem.** ']
  ])('%s', (_, pressRelease, label) => {
    const { finding, fix, after } = fixAndRelint(doc(pressRelease), 'problem-section')
    expect(finding!.severity).toBe('notice')
    expect(fix).toMatchObject({ kind: 'insert', line: finding!.line, endLine: finding!.line, replacement: `${label}${PROBLEM}` })
    expect(after!.filter((candidate) => candidate.ruleId === 'problem-section')).toEqual([])
    expect(others(after!, 'problem-section')).toEqual(others(lint(doc(pressRelease)).findings, 'problem-section'))
  })

  it.each([
    [
      'an FAQ answer (the label belongs in the press release; moving text is the author’s call)',
      `## Press Release\n\n${ANNOUNCE} A nurse posts a shift.`,
      `\n\n**What problem does this solve?** ${PROBLEM}`
    ],
    ['a list item, whose marker a run-in label would break', `## Press Release\n\n${ANNOUNCE}\n\n- ${PROBLEM}\n\n**How it works.** A nurse posts a shift.`, '']
  ])('no fix for a problem stated in %s', (_, pressRelease, extra) => {
    const { finding } = fixAndRelint(doc(pressRelease) + extra, 'problem-section')
    expect(finding!.severity).toBe('notice')
    expect(finding!.fix).toBeUndefined()
  })

  it('no fix when there is no problem statement at all: the author has to write it', () => {
    const { finding } = fixAndRelint(doc(`## Press Release\n\n${ANNOUNCE}`), 'problem-section')
    expect(finding!.severity).toBe('error')
    expect(finding!.fix).toBeUndefined()
  })
})
