// Pathological Markdown: documents built to make a CommonMark parser do
// super-linear work. Used by the benchmark's `adversarial` section
// (bench/run.mjs), the fuzzer (fuzz/run.mjs) and the tests
// (__tests__/complexity.test.ts), so all three judge the same inputs.
//
// Each generator returns a document of about `bytes` bytes (UTF-8): a short
// PR/FAQ-like head (title and a paragraph), then the pathological part, which
// starts on line PATHOLOGY_LINE, so that a refusal can be checked to point at
// the right line.

const HEAD = '# Launch PR/FAQ\n\n## Press Release\n\nA short introduction before the unusual part.\n\n'
/** The line where every generator's pathological part starts (after HEAD's six lines). */
export const PATHOLOGY_LINE = 7

/** `unit` repeated to fill `bytes` (at least once), after the common head. */
function run(unit, bytes, { before = '', after = '\n' } = {}) {
  const room = Math.max(unit.length, bytes - HEAD.length - before.length - after.length)
  return `${HEAD}${before}${unit.repeat(Math.max(1, Math.floor(room / unit.length)))}${after}`
}

/** Lines produced by `line(i)` until `bytes` is reached. */
function lines(bytes, line, { before = '' } = {}) {
  const parts = [HEAD, before]
  let size = HEAD.length + before.length
  for (let i = 0; size < bytes; i++) {
    const text = `${line(i)}\n`
    parts.push(text)
    size += text.length
  }
  return parts.join('')
}

/** Backtick runs of length 1, 2, 3, …: each opening looks for a closing run of its own length. */
function growingBackticks(bytes) {
  const parts = []
  let size = HEAD.length
  for (let length = 1; size < bytes; length++) {
    parts.push('`'.repeat(length), 'a')
    size += length + 1
  }
  return `${HEAD}${parts.join('')}\n`
}

function table(columns, rowCount, cell) {
  // One-space cells: "| a |" is 4 bytes a column, the delimiter " --- |" 6.
  const row = (r) => `|${Array.from({ length: columns }, (_, c) => ` ${cell(r, c)} `).join('|')}|`
  const out = [row(-1), `|${' --- |'.repeat(columns)}`]
  for (let r = 0; r < rowCount; r++) out.push(row(r))
  return out.join('\n')
}

/** Header, delimiter and one body row: 4 + 6 + 4 bytes per column. */
function wideTable(bytes) {
  const columns = Math.max(2, Math.floor((bytes - HEAD.length) / 14))
  return `${HEAD}${table(columns, 1, () => 'a')}\n`
}

function longTable(bytes) {
  return lines(bytes, (r) => `| row ${r} | **b** | *c* |`, { before: '| a | b | c |\n| --- | --- | --- |\n' })
}

/** One paragraph of nested openers and closers: `*a **b ***c …`. */
function nestedEmphasis(bytes) {
  return run('*a **b ***c ', bytes)
}

/**
 * name → { description, generate(bytes) → string }. The names are used in the
 * benchmark table, the fuzzer's seeds and the tests.
 *
 * @type {Record<string, { description: string, generate: (bytes: number) => string }>}
 */
export const GENERATORS = {
  'star-underscore': { description: 'a run of `*_`: unmatched emphasis openers of two kinds', generate: (bytes) => run('*_', bytes) },
  'bracket-paren': { description: 'a run of `](`: label ends with no label start', generate: (bytes) => run('](', bytes) },
  'a-star-b': { description: 'a run of `a*b `: intraword emphasis that can open and close', generate: (bytes) => run('a*b ', bytes) },
  'open-bracket': { description: 'a run of `[`: label starts never closed', generate: (bytes) => run('[', bytes) },
  'open-bracket-close': {
    description: '`[` run then `]` run: nested labels',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 2)
      return `${HEAD}${'['.repeat(n)}${']'.repeat(n)}\n`
    }
  },
  'link-unclosed': { description: 'a run of `[a](`: link destinations never closed', generate: (bytes) => run('[a](', bytes) },
  'image-open': { description: 'a run of `![`: image label starts', generate: (bytes) => run('![', bytes) },
  'image-bracket-paren': { description: 'a run of `![](`', generate: (bytes) => run('![](', bytes) },
  'less-than': { description: 'a run of `<`: autolink / HTML openings', generate: (bytes) => run('<', bytes) },
  'less-than-a': { description: 'a run of `<a `: unclosed inline HTML tags', generate: (bytes) => run('<a ', bytes) },
  'autolink-open': { description: 'a run of `<http:`: autolinks never closed', generate: (bytes) => run('<http:', bytes) },
  'html-comment-open': { description: 'a run of `<!--`: comments never closed', generate: (bytes) => run('<!--', bytes, { before: 'x ' }) },
  'html-comment-block': { description: 'a run of `<!--` lines: one HTML block to the end', generate: (bytes) => lines(bytes, () => '<!-- a') },
  'backticks-growing': { description: 'backtick runs of length 1, 2, 3, …', generate: growingBackticks },
  'backticks-same': { description: 'a run of `` `a ``: matched code spans', generate: (bytes) => run('`a', bytes) },
  backslash: { description: 'a run of `\\`', generate: (bytes) => run('\\', bytes) },
  'backslash-star': { description: 'a run of `\\*`: escaped markers', generate: (bytes) => run('\\*', bytes) },
  ampersand: { description: 'a run of `&`', generate: (bytes) => run('&', bytes) },
  'entity-unterminated': { description: 'a run of `&amp`: entities without `;`', generate: (bytes) => run('&amp', bytes) },
  'entity-numeric': { description: 'a run of `&#123`: numeric references without `;`', generate: (bytes) => run('&#123', bytes) },
  'star-run': { description: 'one run of `*`', generate: (bytes) => run('*', bytes, { before: 'a' }) },
  'underscore-run': { description: 'one run of `_`', generate: (bytes) => run('_', bytes, { before: 'a' }) },
  'star-open-words': { description: 'a run of `**a `: strong openers never closed', generate: (bytes) => run('**a ', bytes) },
  'star-close-words': { description: 'a run of `a** `: strong closers with no opener', generate: (bytes) => run('a** ', bytes) },
  'nested-emphasis': { description: '`*a **b ***c` repeated', generate: nestedEmphasis },
  tilde: { description: 'a run of `~~a `: strikethrough openers', generate: (bytes) => run('~~a ', bytes) },
  'tilde-mixed': { description: 'a run of `~*_`: three delimiter kinds', generate: (bytes) => run('~*_', bytes) },
  'emphasis-lines': { description: '`*_` lines in one paragraph (no blank lines)', generate: (bytes) => lines(bytes, () => '*_*_*_*_*_*_*_*_ a') },
  'bold-paragraph': { description: 'one paragraph of `**bold** ` words (matched)', generate: (bytes) => run('**bold** and ', bytes) },
  'links-paragraph': { description: 'one paragraph of `[link](https://example.com) ` (matched)', generate: (bytes) => run('[link](https://example.com/x) and ', bytes) },
  'star-link-mix': { description: '`*[a](` repeated: emphasis and links interleaved', generate: (bytes) => run('*[a](', bytes) },
  'label-emphasis': { description: '`[*a*](b) *` repeated', generate: (bytes) => run('[*a*](b) *', bytes) },
  'table-wide': { description: 'a table with thousands of columns', generate: wideTable },
  'table-long': { description: 'a table with thousands of rows, bold in cells', generate: longTable },
  'table-pipes': {
    description: 'a header line of `|` and a delimiter row',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 4)
      return `${HEAD}${'|'.repeat(n)}\n${'|-'.repeat(n)}\n`
    }
  },
  'pipe-run': { description: 'a paragraph of `a|` (no delimiter row)', generate: (bytes) => run('a|', bytes) },
  'table-star-cells': { description: 'table rows full of `*_` in cells', generate: (bytes) => lines(bytes, () => '| *_*_*_*_ | _*_*_*_* | *_*_*_*_ |', { before: '| a | b | c |\n| - | - | - |\n' }) },
  'nested-lists': { description: 'lists nested 60 levels, repeated', generate: (bytes) => lines(bytes, (i) => `${'  '.repeat(i % 60)}- item ${i}`) },
  'nested-quotes': { description: 'block quotes nested 60 levels, repeated', generate: (bytes) => lines(bytes, (i) => `${'> '.repeat(i % 60)}quote ${i}`) },
  'quote-list-mix': { description: '`> - > - …` 30 pairs, repeated', generate: (bytes) => lines(bytes, () => `${'> - '.repeat(30)}x`) },
  'long-line': { description: 'one line of words', generate: (bytes) => run('word ', bytes) },
  'long-line-no-space': { description: 'one line, no spaces', generate: (bytes) => run('a', bytes) },
  'list-items': { description: 'a flat list of short items', generate: (bytes) => lines(bytes, (i) => `- item **${i}**`) },
  'footnote-definitions': { description: 'many footnote definitions', generate: (bytes) => lines(bytes, (i) => `[^n${i}]: note ${i}`, { before: 'See[^n0].\n\n' }) },
  'footnote-references': {
    description: 'one paragraph of footnote references, defined at the end',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 12)
      return `${HEAD}${Array.from({ length: n }, (_, i) => `a[^n${i % 100}]`).join(' ')}\n\n${Array.from({ length: 100 }, (_, i) => `[^n${i}]: note`).join('\n')}\n`
    }
  },
  'footnote-undefined': { description: 'a paragraph of `[^x]` undefined references', generate: (bytes) => run('[^x] ', bytes) },
  definitions: { description: 'many link reference definitions', generate: (bytes) => lines(bytes, (i) => `[ref${i}]: https://example.com/${i} "Title ${i}"`) },
  references: { description: 'one paragraph of `[a][ref]` references, defined once', generate: (bytes) => run('[a][ref] ', bytes, { after: '\n\n[ref]: https://example.com\n' }) },
  'reference-undefined': { description: 'one paragraph of `[a][b]` undefined references', generate: (bytes) => run('[a][b] ', bytes) },
  'html-blocks-indented': { description: 'indented HTML blocks, one per paragraph', generate: (bytes) => lines(bytes, (i) => (i % 2 ? '' : '  <div>x</div>')) },
  'link-angle-unclosed': { description: 'a run of `[a](<`: enclosed destinations never closed', generate: (bytes) => run('[a](<', bytes) },
  'link-paren-unclosed': { description: 'a run of `[x](a()`: raw destinations that never close', generate: (bytes) => run('[x](a()', bytes) },
  'link-title-unclosed': { description: 'a run of `[a](b (`: titles never closed', generate: (bytes) => run('[a](b (', bytes) },
  'html-declaration-open': { description: 'a run of `<!A`: declarations never closed', generate: (bytes) => run('<!A', bytes) },
  'html-instruction-open': { description: 'a run of `<?`: processing instructions never closed', generate: (bytes) => run('<?', bytes) },
  'html-quote-open': { description: 'a run of `<a b="`: attribute values never closed', generate: (bytes) => run('<a b="', bytes) },
  'nested-emphasis-deep': {
    description: '`*a ` × n then `a* ` × n: emphasis nested n deep',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 6)
      return `${HEAD}${'*a '.repeat(n)}${'a* '.repeat(n)}\n`
    }
  },
  'footnotes-defined-called': {
    description: 'many footnote definitions and as many references',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 24)
      return `${HEAD}${Array.from({ length: n }, (_, i) => `a[^n${i}]`).join(' ')}\n\n${Array.from({ length: n }, (_, i) => `[^n${i}]: x`).join('\n')}\n`
    }
  },
  'definitions-referenced': {
    description: 'many link definitions and a paragraph of undefined shortcut references',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 30)
      return `${HEAD}${'[nope] '.repeat(n)}\n\n${Array.from({ length: n }, (_, i) => `[d${i}]: /u${i}`).join('\n')}\n`
    }
  },
  'lazy-lines': {
    description: 'a list item continued by lines without its indent (lazy lines)',
    generate: (bytes) => lines(bytes, (i) => `lazy continuation ${i}`, { before: '- item\n' })
  },
  'quote-lazy-lines': {
    description: 'a nested quote continued by lines without its `>` markers',
    generate: (bytes) => lines(bytes, (i) => (i % 2 ? '===' : 'title'), { before: '> > > quoted\n' })
  },
  'setext-lines': { description: 'alternating text and `=` lines', generate: (bytes) => lines(bytes, (i) => (i % 2 ? '===' : 'title')) },
  'heading-parentheses': {
    description: 'a heading of nested parentheses',
    generate: (bytes) => {
      const n = Math.floor((bytes - HEAD.length) / 2)
      return `${HEAD}## ${'('.repeat(n)}${')'.repeat(n)}\n`
    }
  },
  'heading-long-word': { description: 'a heading that is one long word', generate: (bytes) => run('a', bytes, { before: '## ' }) },
  'heading-dots': { description: 'a heading ending in a long run of dots', generate: (bytes) => run('.', bytes, { before: '## The Problem', after: 'x\n' }) },
  'bold-label-spaces': { description: 'a bold question with a long run of spaces', generate: (bytes) => run(' ', bytes, { before: '**Q', after: 'x?**\n\nAnswer.\n' }) },
  'crlf-star-underscore': { description: '`*_` lines with CRLF endings', generate: (bytes) => lines(bytes, () => '*_*_*_*_*_*_*_*_ a\r') },
  'cr-only': { description: 'lone-CR lines of `*_`', generate: (bytes) => run('*_*_ a\r', bytes) },
  'code-fence-stars': { description: 'a code fence full of `*` and `_`', generate: (bytes) => lines(bytes, () => '*_*_*_*_ ](](]( [[[[ <<<< ````', { before: '```\n' }) },
  'indented-code-stars': { description: 'indented code full of `*_`', generate: (bytes) => lines(bytes, () => '    *_*_*_*_*_*_*_*_*_*_') },
  'fake-fence': { description: 'a "fence" that is not one (indented 4) around `*_`', generate: (bytes) => lines(bytes, () => '*_*_*_*_*_*_*_*_*_*_', { before: '    ```\n' }) }
}
