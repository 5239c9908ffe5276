import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { describe, expect, it } from 'vitest'
import { GENERATORS, PATHOLOGY_LINE } from '../bench/adversarial.mjs'
import { DEFAULT_PARAMS, generateCorpus } from '../bench/corpus.mjs'
import { fingerprint } from '../src/findings/finding.js'
import { budgetFor, WorkBudget } from '../src/parse/complexity.js'
import { parseMarkdown } from '../src/parse/markdown.js'
import { scanCosts } from '../src/parse/scan-cost.js'
import { lint } from './helpers/engine.js'

const KB = 1024

/** micromark as the project configures it, without the counting constructs: what the guarded parse must equal. */
function parsePlain(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote(), frontmatter(['yaml'])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
}

function refusal(text: string) {
  const { findings, model } = lint(text)
  return { complex: findings.filter((finding) => finding.ruleId === 'document-too-complex'), model }
}

/**
 * Each generator at a size the engine used to take seconds (or minutes) on:
 * the "before" figures of bench/README.md. The refusal must point at the
 * line where the pathological part starts.
 */
const REFUSED: Array<[string, number, RegExp, number?]> = [
  ['star-underscore', 16, /a run of [\d,]+ emphasis markers \(\* or _\) in one paragraph starting here/u],
  ['a-star-b', 64, /emphasis markers/u],
  ['star-close-words', 64, /emphasis markers/u],
  ['emphasis-lines', 32, /emphasis markers/u],
  ['crlf-star-underscore', 32, /emphasis markers/u],
  // The "fence" indented four spaces is indented code; the paragraph of *_ starts on the line after it.
  ['fake-fence', 32, /emphasis markers/u, PATHOLOGY_LINE + 1],
  ['tilde-mixed', 32, /(?:~|emphasis) markers/u],
  ['bracket-paren', 32, /closing brackets|link destinations/u],
  ['open-bracket-close', 64, /closing brackets|link labels/u],
  ['html-comment-open', 32, /unclosed HTML openings/u],
  ['reference-undefined', 64, /punctuation characters/u],
  ['star-link-mix', 32, /emphasis markers|link destinations/u],
  ['backticks-growing', 128, /backtick runs/u],
  ['lazy-lines', 128, /lazy continuation lines/u],
  ['quote-lazy-lines', 64, /lazy continuation lines/u]
]

describe('pathological Markdown is refused at the line where it starts', () => {
  it.each(REFUSED)('%s at %i KB', (name, size, message, line = PATHOLOGY_LINE) => {
    const text = GENERATORS[name]!.generate(size * KB)
    const { complex, model } = refusal(text)
    expect(complex).toHaveLength(1)
    expect(complex[0]).toMatchObject({ line, severity: 'error' })
    expect(complex[0]!.message).toMatch(message)
    expect(complex[0]!.message).toMatch(/the document was not checked\.$/u)
    expect(model).toBeUndefined()
  })

  it('says so in the document’s language', () => {
    const text = GENERATORS['backticks-growing']!.generate(128 * KB)
    const [japanese] = lint(text, { language: 'ja' }).findings.filter((finding) => finding.ruleId === 'document-too-complex')
    const [english] = lint(text, { language: 'en' }).findings.filter((finding) => finding.ruleId === 'document-too-complex')
    expect(japanese!.message).toMatch(/^Markdownの解析にかかる処理が多すぎます：.*バッククォート.*文書はチェックされていません。$/u)
    expect(japanese!.fingerprint).toBe(fingerprint(english!))
  })

  it('setext underlines, counted where each copies the document’s events', () => {
    // "title" / "===" pairs from line 7 on: the first heading is the first costly one.
    const { complex } = refusal(GENERATORS['setext-lines']!.generate(64 * KB))
    expect(complex.map((finding) => finding.line)).toEqual([PATHOLOGY_LINE])
    expect(complex[0]!.message).toMatch(/[\d,]+ setext heading underlines/u)
  })
})

/** Documents as heavy as real ones get: none may be refused. */
const HEAVY: Record<string, string> = {
  'a 300-item tight list with bold in every item': Array.from({ length: 300 }, (_, i) => `- **Item ${i}:** the *customer* gets \`feature_${i}\` and [docs](https://example.com/${i})`).join('\n'),
  'a long paragraph with many links, bold and strikethrough': Array.from(
    { length: 400 },
    (_, i) => `The **${i}th** point links [the spec](https://example.com/spec#${i}) and *stresses* \`code_${i}\` while ~~old~~ text stays.`
  ).join(' '),
  'a 500-row table with bold, links and <br> in cells': [
    '| Question | Answer | Owner |',
    '| --- | --- | --- |',
    ...Array.from({ length: 500 }, (_, i) => `| **Q${i}:** what does *it* cost? | $${i} per [seat](https://x.example/${i}) <br> see \`plan_${i}\` | @team_${i} |`)
  ].join('\n'),
  'a 400-item list whose items wrap without indent': Array.from(
    { length: 400 },
    (_, i) => `- Item ${i} says what the *customer* gets and wraps\nonto a second line without indent\nand a third, as hand-wrapped Markdown does`
  ).join('\n'),
  'a 300-line quote with its > on the first line only': `> ${Array.from({ length: 300 }, (_, i) => `quoted line ${i} of a long pasted email`).join('\n')}`,
  'code fences full of * and _': Array.from({ length: 200 }, () => `\`\`\`\n${'*_*_ ** __ [[ ]] ](]( <!-- ` `` \n'.repeat(20)}\`\`\``).join('\n\n'),
  'HTML comments, blocks and inline': Array.from({ length: 300 }, (_, i) => `<!-- note ${i}: keep this -->\nText with <!-- inline ${i} --> comment and a <br> tag.\n`).join('\n'),
  '300 footnotes': `${Array.from({ length: 300 }, (_, i) => `Claim ${i}.[^n${i}]`).join(' ')}\n\n${Array.from({ length: 300 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n')}`,
  '500 link references and definitions': `${Array.from({ length: 500 }, (_, i) => `See [ref ${i}][r${i}].`).join(' ')}\n\n${Array.from({ length: 500 }, (_, i) => `[r${i}]: https://example.com/${i}`).join('\n')}`,
  '150 FAQ questions as setext headings': Array.from(
    { length: 150 },
    (_, i) => `What does option ${i} cost?\n---------------------------\n\n${'It costs $5 a month per seat, billed yearly, with volume discounts. '.repeat(5)}\n`
  ).join('\n'),
  'one 1 MB document of ordinary PR/FAQ prose': `# Big\n\n${'Customers lose a day a week to manual reconciliation, and the finance team (who *own* the close) cannot see why; see [the study](https://example.com/study).\n\n'.repeat(6500)}`
}

describe('heavy but real-looking documents are checked', () => {
  it.each(Object.entries(HEAVY))('%s', (_name, text) => {
    expect(refusal(text).complex).toEqual([])
  })

  it('the benchmark corpus generator’s documents, a tenth of the budget at most', () => {
    const params = { ...DEFAULT_PARAMS, documents: 150, large: [], stressDepth: 2, nearLimitDepth: 2 } as unknown as typeof DEFAULT_PARAMS
    const corpus = generateCorpus(params).filter((file) => file.path.startsWith('docs/'))
    for (const { path, text } of corpus) {
      const budget = new WorkBudget(Number.POSITIVE_INFINITY)
      parseMarkdown(text, undefined, budget)
      expect(budget.spent / budgetFor(text.length), path).toBeLessThan(0.1)
    }
  })
})

describe('the counting parser builds the same tree as plain micromark', () => {
  const ROOT = join(import.meta.dirname, '..')
  const fixtures = [
    ...readdirSync(join(ROOT, '__tests__', 'fixtures'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(ROOT, '__tests__', 'fixtures', file)),
    ...readdirSync(join(ROOT, 'examples'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => join(ROOT, 'examples', file))
  ]
  const samples: Record<string, string> = {
    ...Object.fromEntries(fixtures.map((path) => [path.slice(ROOT.length + 1), readFileSync(path, 'utf8')])),
    ...Object.fromEntries(Object.entries(HEAVY).filter(([, text]) => text.length < 100 * KB)),
    ...Object.fromEntries(Object.entries(GENERATORS).map(([name, generator]) => [`generator ${name}`, generator.generate(2 * KB)])),
    'task list in a list item': '- [ ] open\n- [x] done\n  - [ ] nested *em*\n',
    'emphasis across lines, tabs and CRLF': '*a\r\n\tb* **c\r\nd** ~~e\n~f~ _g_\n',
    'links, images and references': '[a](b "t") ![i](j) [r][] [s]\n\n[r]: /r\n[s]: /s\n',
    'code spans and HTML across lines': '`a\nb` <a\nhref="x">y</a> <!-- c\nd -->\n'
  }

  // With a lone "\r" the project renumbers lines as git does (parse/markdown.ts): there, offsets must agree.
  const comparable = (text: string, tree: Root): unknown =>
    /\r(?!\n)/u.test(text) ? JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value))) : tree

  it.each(Object.entries(samples))('%s', (_name, text) => {
    expect(comparable(text, parseMarkdown(text, undefined, new WorkBudget(Number.POSITIVE_INFINITY)))).toEqual(comparable(text, parsePlain(text)))
  })
})

describe('the cost of forward scans (scan-cost.ts)', () => {
  const characters = (text: string, cause: string) => scanCosts(text).find((cost) => cost.cause === cause)?.characters ?? 0

  it('an unclosed `<!--` reads to the end; a closed one to its `-->`', () => {
    expect(characters('<!-- a -->', 'html')).toBe(10)
    expect(characters(`<!--${'x'.repeat(100)}`, 'html')).toBe(104)
  })

  it('every unclosed opening is charged the rest of the text: quadratic in their number', () => {
    const text = '<!--'.repeat(100)
    // The i-th of 100 openings (at 4i) reads the 400 − 4i characters after it.
    expect(characters(text, 'html')).toBe(Array.from({ length: 100 }, (_, i) => 400 - 4 * i).reduce((sum, n) => sum + n, 0))
  })

  it('a tag reads to its `>`, jumping over quoted values that hold `>`', () => {
    expect(characters('<a href="x>y">', 'html')).toBe(14)
    expect(characters('<a b="never closed and long', 'html')).toBe(27)
  })

  it('a backtick run reads to the next run of its length (both lengths after a backslash)', () => {
    expect(characters('`a` b', 'code-spans')).toBe(3 + 2)
    // `` opens at 0 and closes at 9; the lone ` at 5 and the closing `` (at 9) read to the end.
    expect(characters('`` a ` b ``', 'code-spans')).toBe(9 + (11 - 5) + (11 - 9))
    // After the backslash the run may be `` (reads to the end) or ` (reads to the ` at 6).
    expect(characters('\\`` x `', 'code-spans')).toBe(7 - 1 + (6 - 1) + (7 - 6))
  })

  it('a link destination reads to the next space, a title to its closing quote', () => {
    expect(characters('[a](b) c', 'link-destinations')).toBe(4)
    expect(characters('[a](b "t t") c', 'link-destinations')).toBe(9)
    expect(characters('[a](<b c', 'link-destinations')).toBe(6)
  })

  it('text without `<`, backticks or `](` costs nothing to scan', () => {
    expect(scanCosts('Plain *prose* with [brackets] and (parens).')).toEqual([])
  })
})

describe('the work count is deterministic', () => {
  it('the same document spends the same units every time', () => {
    const text = GENERATORS['star-underscore']!.generate(4 * KB)
    const spent = () => {
      const budget = new WorkBudget(Number.POSITIVE_INFINITY)
      parseMarkdown(text, undefined, budget)
      return budget.spent
    }
    const first = spent()
    expect(first).toBeGreaterThan(0)
    expect(spent()).toBe(first)
  })
})
