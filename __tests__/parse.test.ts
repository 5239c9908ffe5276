import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { buildModel } from '../src/model/build.js'
import { readFrontMatter } from '../src/parse/front-matter.js'
import { mayHaveTable, parseMarkdown } from '../src/parse/markdown.js'
import { LineIndex } from '../src/text/positions.js'
import { compileVocabulary } from '../src/vocabulary/match.js'

/** Full GFM, autolink literals included: what the engine's parser leaves out must not matter. */
function parseFullGfm(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] })
}

function modelWith(parse: (text: string) => Root, text: string) {
  const settings = defaultSettings()
  const tree = parse(text)
  return buildModel({ tree, lines: new LineIndex(text), frontMatter: readFrontMatter(tree, text), vocabulary: compileVocabulary(settings.vocabulary), substance: settings.substance })
}

const ROOT = join(import.meta.dirname, '..')
const documents = [
  ...readdirSync(join(ROOT, '__tests__', 'fixtures', 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(ROOT, '__tests__', 'fixtures', 'rules', file)),
  ...readdirSync(join(ROOT, 'examples'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(ROOT, 'examples', file))
]

describe('the parser leaves out GFM autolink literals without changing the model', () => {
  it.each(documents.map((path) => [path.slice(ROOT.length + 1), path]))('%s', (_name, path) => {
    const text = readFileSync(path, 'utf8')
    expect(modelWith(parseMarkdown, text)).toEqual(modelWith(parseFullGfm, text))
  })

  it('URLs, www. links and e-mail addresses in labels, questions and answers', () => {
    const text = `# Launch at https://example.com/launch

## Press Release

**The problem.** Teams e-mail ops@example.com and wait; see www.example.com/status_page_v2 or http://x.io/a_b_c.

## FAQ

**Q: What does https://example.com/pricing cost?**

$5 a month, at www.example.com/pricing?plan=team.
`
    expect(modelWith(parseMarkdown, text)).toEqual(modelWith(parseFullGfm, text))
  })
})

/** Every extension the engine's parser can use, always on: what it leaves out for a document must not change the tree. */
function parseAllExtensions(text: string): Root {
  return fromMarkdown(text, {
    extensions: [gfmTable(), gfmTaskListItem(), gfmStrikethrough(), gfmFootnote(), frontmatter(['yaml'])],
    mdastExtensions: [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmFootnoteFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
}

/** The tree with positions as offsets only: line numbering (git's, for lone CRs) is not what is compared here. */
function offsetsOnly(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'line' || key === 'column' ? undefined : value)))
}

describe('the parser uses each GFM extension only where a document could need it, without changing the tree', () => {
  it.each([
    ['a table', '| a | b |\n|---|:-:|\n| 1 | 2 |\n'],
    ['a one-column table', '| a |\n| - |\n| 1 |\n'],
    ['a table without outer pipes', 'a | b\n--- | ---\n1 | 2\n'],
    ['a table in a block quote', '> | a |\n> |---|\n> | 1 |\n'],
    ['a table in a list item', '- item\n\n  | a |\n  |---|\n'],
    ['CRLF and lone CR line ends', '| a |\r\n|---|\r\n| 1 |\r\r| x |\r|---|\r'],
    ['pipes but no delimiter row', 'a | b | c\n\n`x | y`\n\n- one | two\n---\n'],
    ['dashes and pipes in prose', 'Costs -- about $3 | month.\n\n---\n\n|\n'],
    ['task lists, strikethrough, footnotes', '- [ ] todo\n- [x] done\n\n~~old~~ ~new~[^1]\n\n[^1]: A note.\n']
  ])('%s', (_name, text) => {
    expect(offsetsOnly(parseMarkdown(text))).toEqual(offsetsOnly(parseAllExtensions(text)))
  })

  it('on arbitrary mixes of table-like lines (fast-check)', () => {
    const line = fc.constantFrom(
      '| a | b |',
      '|---|---|',
      ':-:|',
      '> | x |',
      '> |-|',
      '  | y |',
      '  |--|',
      'text',
      '',
      '- item',
      '~~s~~',
      '[^n]',
      '[^n]: note',
      '- [ ] t',
      '\\|---',
      '|',
      '-',
      '```',
      '    |---|'
    )
    const ending = fc.constantFrom('\n', '\r\n', '\r')
    fc.assert(
      fc.property(fc.array(fc.tuple(line, ending), { maxLength: 12 }), (lines) => {
        const text = lines.map(([content, end]) => content + end).join('')
        expect(offsetsOnly(parseMarkdown(text))).toEqual(offsetsOnly(parseAllExtensions(text)))
      }),
      { numRuns: 500 }
    )
  })

  it('knows a delimiter row when it sees one, and only then', () => {
    expect(mayHaveTable('x\n| --- |\n')).toBe(true)
    expect(mayHaveTable('x\n> > :--|--:\n')).toBe(true)
    expect(mayHaveTable('a | b\n---\n')).toBe(false)
    expect(mayHaveTable('a | b\n|x|\n')).toBe(false)
  })
})

describe('the parser', () => {
  it('reads tables, task lists, strikethrough, footnotes and front matter', () => {
    const tree = parseMarkdown('---\ntitle: x\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n~~gone~~[^1]\n\n[^1]: note\n')
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list', 'paragraph', 'footnoteDefinition'])
  })
})
