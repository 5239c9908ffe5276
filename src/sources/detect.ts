import picomatch from 'picomatch'

/**
 * Which Markdown files are PR/FAQs when a directory or glob is checked (files
 * named explicitly are always checked). The Action uses the same patterns as
 * its default `paths`.
 */
export const DEFAULT_PRFAQ_PATTERNS = ['**/*{prfaq,pr-faq,pr_faq}*.{md,markdown,mdx}', '**/{prfaq,prfaqs}/**/*.{md,markdown,mdx}']

const MARKDOWN = /\.(?:md|markdown|mdx)$/iu
// `type: prfaq` (or "PRFAQ Section", "pr-faq") on a line of the front matter marks any Markdown file as a PR/FAQ.
// Matched line by line: one pattern spanning the lines backtracks exponentially on CRLF input.
const TYPE_LINE = /^type:[ \t]*["']?pr[-_ /]?faq\b/iu
const FENCE_LINE = '---'

export interface Detector {
  /** Matches a path (relative, "/" separators) against the name patterns. */
  matchesName(path: string): boolean
  isMarkdown(path: string): boolean
  /** True when the start of a Markdown file declares it a PR/FAQ in its front matter. */
  declaresPrFaq(head: string): boolean
  /** False when the team's own `paths` replace the built-in detection, front matter included. */
  probesFrontMatter: boolean
}

export function createDetector(patterns?: readonly string[]): Detector {
  const matchers = (patterns ?? DEFAULT_PRFAQ_PATTERNS).map((pattern) => picomatch(pattern, { nocase: true, dot: true }))
  return {
    probesFrontMatter: patterns === undefined,
    matchesName: (path) => matchers.some((match) => match(path) || match(`./${path}`)),
    isMarkdown: (path) => MARKDOWN.test(path),
    declaresPrFaq
  }
}

/** True when the front matter (from an opening `---` line to the closing one) has a `type: prfaq` line. */
function declaresPrFaq(head: string): boolean {
  const lines = head.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line))
  if (lines[0] !== FENCE_LINE) return false
  for (const line of lines.slice(1)) {
    if (line === FENCE_LINE) return false
    if (TYPE_LINE.test(line)) return true
  }
  return false
}
