import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { buildModel } from '../src/model/build.js'
import { LineIndex } from '../src/model/text.js'
import { readFrontMatter } from '../src/parse/front-matter.js'
import { parseMarkdown } from '../src/parse/markdown.js'
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
  ...readdirSync(join(ROOT, 'examples')).filter((file) => file.endsWith('.md')).map((file) => join(ROOT, 'examples', file))
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

describe('the parser', () => {
  it('reads tables, task lists, strikethrough, footnotes and front matter', () => {
    const tree = parseMarkdown('---\ntitle: x\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n~~gone~~[^1]\n\n[^1]: note\n')
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'table', 'list', 'paragraph', 'footnoteDefinition'])
  })
})
