import { describe, expect, it } from 'vitest'
import type { PrFaqModel } from '../src/model/types.js'
import { normalizeLabel } from '../src/vocabulary/normalize.js'
import { lint } from './helpers/engine.js'

/** The document model of a snippet. */
function model(markdown: string): PrFaqModel {
  const result = lint(markdown)
  if (!result.model) throw new Error(`no model: ${JSON.stringify(result.findings)}`)
  return result.model
}

const questions = (m: PrFaqModel) => m.faq?.questions.map((q) => [q.style, q.text, q.topics.join(','), q.answer.substantive]) ?? []
const roles = (m: PrFaqModel) => m.sections.filter((s) => s.role).map((s) => [s.role, s.label.style, s.label.position.start.line])

describe('sections', () => {
  it('ATX headings at any level', () => {
    expect(roles(model('# T\n\n## Press Release\n\n#### The Problem\n\nTeams wait.\n\n##### FAQ\n'))).toEqual([
      ['pressRelease', 'heading', 3],
      ['problem', 'heading', 5],
      ['faq', 'heading', 9]
    ])
  })

  it('setext headings', () => {
    expect(roles(model('Press Release\n=============\n\nThe Problem\n-----------\n\nTeams wait.\n'))).toEqual([
      ['pressRelease', 'heading', 1],
      ['problem', 'heading', 4]
    ])
  })

  it('bold labels: run-in with a full stop or colon, alone on a line, with a tagline', () => {
    const m = model(
      '# T\n\n## Press Release\n\n**The problem.** Teams wait.\n\n**Solution:** It is fast.\n\n**Customer Quote**\n\n“Great,” said Ana.\n\n**The Problem: Every Second Counts**\n\nA later one.\n'
    )
    expect(roles(m)).toEqual([
      ['pressRelease', 'heading', 3],
      ['problem', 'bold', 5],
      ['solution', 'bold', 7],
      ['customerQuote', 'bold', 9],
      ['problem', 'bold', 13]
    ])
    expect(m.parts.problem!.content.text).toBe('Teams wait.')
  })

  it('a bold phrase that starts a sentence is not a label', () => {
    expect(roles(model('# T\n\n## Press Release\n\n**Problem solvers** love it.\n'))).toEqual([['pressRelease', 'heading', 3]])
  })

  it('plain lines in a document without headings (pasted from a wiki)', () => {
    const m = model('Launch plan\n\nPress Release\n\nToday we launch.\n\nFAQ\n\n- Q: What does it cost?\n  - A: $5 a month.\n')
    expect(roles(m)).toEqual([
      ['pressRelease', 'line', 3],
      ['faq', 'line', 7]
    ])
    expect(questions(m)).toEqual([['list', 'What does it cost?', 'finance', true]])
  })

  it('list labels ("- [ ] Problem : …")', () => {
    const m = model('# T\n\n## Press Release\n\n- [ ] Summary: A tool.\n- [ ] Problem : Teams wait for reports.\n')
    expect(m.parts.problem?.content.text).toBe('Teams wait for reports.')
    expect(m.parts.problem?.label.style).toBe('list')
  })

  it('nothing in code fences, HTML comments or front matter is structure', () => {
    const m = model('---\ntitle: FAQ\n---\n\n# T\n\n<!--\n## The Problem\n-->\n\n```md\n## FAQ\n**Q: What does it cost?**\n```\n')
    expect(roles(m)).toEqual([])
    expect(m.faq).toBeUndefined()
    expect(m.frontMatter?.data).toEqual({ title: 'FAQ' })
  })

  it('non-English aliases', () => {
    expect(roles(model('# T\n\n## Pressemitteilung\n\n### Das Problem\n\nEs dauert.\n\n## FAQ\n'))).toEqual([
      ['pressRelease', 'heading', 3],
      ['problem', 'heading', 5],
      ['faq', 'heading', 9]
    ])
    expect(roles(model('# T\n\n## プレスリリース\n\n### 課題\n\n時間がかかる。\n\n### 解決策\n\n速い。\n'))).toEqual([
      ['pressRelease', 'heading', 3],
      ['problem', 'heading', 5],
      ['solution', 'heading', 9]
    ])
  })
})

describe('heading text is normalised before matching', () => {
  it.each([
    ['2. FAQ', 'faq'],
    ['Part 3 — FAQ', 'faq'],
    ['SECTION 2: EXTERNAL FAQ', 'external faq'],
    ['Internal FAQ (the hard questions)', 'internal faq'],
    ['FAQ {#faq}', 'faq'],
    ['FAQ（<=5ページ目安）', 'faq'],
    ['The Problem: Agent Code Is a Mess', 'the problem: agent code is a mess'],
    ['PR/FAQ: Work Kit', 'prfaq: work kit']
  ])('%s', (text, key) => {
    expect(normalizeLabel(text).key).toBe(key)
  })

  it('decorated headings reach their roles', () => {
    const m = model('# PR/FAQ: Work Kit\n\n## Part 1 — Press Release\n\n### 2.1 The Problem: a mess\n\nTeams wait.\n\n## SECTION 3: INTERNAL FAQ (team-facing)\n')
    expect(roles(m)).toEqual([
      ['pressRelease', 'heading', 3],
      ['problem', 'heading', 5],
      ['faqInternal', 'heading', 9]
    ])
    expect(m.title?.text).toBe('PR/FAQ: Work Kit')
  })
})

describe('questions', () => {
  const faq = (body: string) => model(`# T\n\n## FAQ\n\n${body}`)

  it('headings: "### Q: …" and "#### What …?"', () => {
    expect(questions(faq('### Q: What does it cost?\n\n$5.\n\n#### What is the hardest technical problem?\n\nScale.\n'))).toEqual([
      ['heading', 'What does it cost?', 'finance', true],
      ['heading', 'What is the hardest technical problem?', 'technical', true]
    ])
  })

  it('bold lines with the answer in the next blocks, optionally starting "A:"', () => {
    expect(questions(faq('**Q: What does it cost?**\n\nA: $5 a month.\n\n**How big is the opportunity?**\n\n200,000 companies.\n\nMore detail.\n'))).toEqual([
      ['bold', 'What does it cost?', 'finance', true],
      ['bold', 'How big is the opportunity?', 'big-idea', true]
    ])
  })

  it('a bold question with the answer on the same line, and one wrapping over two lines', () => {
    const m = faq('**What does it cost?** $0.\n\n**Q: Is this, after all the work we did on it,\nsomething we should be doing?**\n\nYes.\n')
    expect(questions(m)).toEqual([
      ['bold', 'What does it cost?', 'finance', true],
      ['bold', 'Is this, after all the work we did on it, something we should be doing?', 'should-do', true]
    ])
    expect(m.faq!.questions[0]!.answer.text).toBe('$0.')
  })

  it('"Q:" lines without bold', () => {
    expect(questions(faq('Q: What does it cost? A: $5.\n\nQ: What is our plan to succeed?\nBeta in Q1.\n'))).toEqual([
      ['q-prefix', 'What does it cost?', 'finance', true],
      ['q-prefix', 'What is our plan to succeed?', 'plan', true]
    ])
  })

  it('bullets "- Q: …" with nested "- A: …", several answers to one question', () => {
    const m = faq('- Q: What does it cost?\n  - A: $5 a month.\n  - A: Free for students.\n- Q: Is it technically feasible?\n  - A: TBD\n')
    expect(questions(m)).toEqual([
      ['list', 'What does it cost?', 'finance', true],
      ['list', 'Is it technically feasible?', 'technical', false]
    ])
    expect(m.faq!.questions[1]!.answer.placeholder).toBe('TBD')
  })

  it('numbered lists of bold questions', () => {
    expect(questions(faq('1. **What does it cost?**\n   $5 a month.\n2. **Why now?**\n   The API opened last month.\n'))).toEqual([
      ['list', 'What does it cost?', 'finance', true],
      ['list', 'Why now?', 'should-do', true]
    ])
  })

  it('tables with Question | Answer columns', () => {
    const m = faq('| Question | Answer |\n| --- | --- |\n| What does it cost? | $5 a month |\n| How big is the opportunity? | N/A |\n\nAfter the table.\n')
    expect(questions(m)).toEqual([
      ['table', 'What does it cost?', 'finance', true],
      ['table', 'How big is the opportunity?', 'big-idea', false]
    ])
    expect(m.faq!.questions[0]!.position.start.line).toBe(7)
  })

  it('groups: external/internal headings, topic headings and bold group labels pass their topics on', () => {
    const m = model(
      '# T\n\n## FAQ\n\n### External FAQ\n\n**Q: Who is it for?**\n\nTeams.\n\n### Internal FAQ (the hard questions)\n\n**Feasibility & dependencies**\n\n**Q: What does the sync engine need?**\n\nA queue.\n\n### Business FAQs\n\n**Q: Who pays?**\n\nThe team lead.\n'
    )
    expect(m.faq!.groups.map((g) => [g.kind, g.label?.text, g.topics.join(',')])).toEqual([
      ['external', 'External FAQ', ''],
      ['internal', 'Internal FAQ (the hard questions)', ''],
      ['topic', 'Feasibility & dependencies', 'technical'],
      ['topic', 'Business FAQs', 'finance']
    ])
    expect(questions(m).map((q) => q[2])).toEqual(['', 'technical', 'finance'])
  })

  it('a Bezos-criteria section with labelled answers', () => {
    const m = model('# T\n\n## Bezos criteria\n\n**Is it a big idea?** Yes: 200,000 teams.\n\n**Should we do it:** We own the feeds.\n\n- **Plan:** TBD\n')
    expect(m.criteria!.entries.map((e) => [e.text, e.topics.join(','), e.answer.substantive])).toEqual([
      ['Is it a big idea?', 'big-idea', true],
      ['Should we do it:', 'should-do', true],
      ['Plan:', 'plan', false]
    ])
  })
})

describe('an empty part never borrows the text of the next one', () => {
  it('an unanswered bold question followed by a heading', () => {
    const m = model('# T\n\n## FAQ\n\n**Q: What does it cost us?**\n\n### Technical questions\n\n**Q: What is the hardest part?**\n\nScale.\n')
    expect(questions(m)).toEqual([
      ['bold', 'What does it cost us?', 'finance', false],
      ['bold', 'What is the hardest part?', 'technical', true]
    ])
  })

  it('an unanswered question heading followed by a group of questions', () => {
    const m = model('# T\n\n## FAQ\n\n### What does it cost us?\n\n**Technical**\n\n**Q: What is the hardest part?**\n\nScale.\n')
    expect(m.faq!.questions[0]).toMatchObject({ text: 'What does it cost us?', answer: { substantive: false } })
  })

  it('an empty bold problem label followed by a heading', () => {
    const m = model('# T\n\n## Press Release\n\n**The Problem**\n\n### The Solution\n\nIt is fast.\n')
    expect(m.parts.problem!.content.substantive).toBe(false)
    expect(m.parts.solution!.content.text).toBe('It is fast.')
  })
})

describe('placeholders are not answers', () => {
  it.each(['TBD', 'TODO: pricing', 'N/A', '?', '[Describe the pricing]', '<insert price>', '{{price}}', 'Describe the pricing model here.', '', 'Lorem ipsum dolor sit amet.'])('%j', (answer) => {
    const m = model(`# T\n\n## FAQ\n\n**Q: What does it cost?**\n\n${answer}\n`)
    expect(m.faq!.questions[0]!.answer.substantive).toBe(false)
  })

  it.each(['$0.', 'No.', 'We charge [PRICE] per seat, billed yearly.', '$5 a month, decided by finance.', 'Provide the service free for a year, then charge €5 per seat per month.'])(
    '%j is an answer',
    (answer) => {
      const m = model(`# T\n\n## FAQ\n\n**Q: What does it cost?**\n\n${answer}\n`)
      expect(m.faq!.questions[0]!.answer.substantive).toBe(true)
    }
  )
})
