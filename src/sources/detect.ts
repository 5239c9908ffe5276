import picomatch from 'picomatch'

/**
 * Which Markdown files are PR/FAQs when a directory or glob is checked (files
 * named explicitly are always checked). The Action uses the same patterns as
 * its default `paths`.
 */
export const DEFAULT_PRFAQ_PATTERNS = [
  '**/*{prfaq,pr-faq,pr_faq}*.{md,markdown,mdx}',
  '**/{prfaq,prfaqs}/**/*.{md,markdown,mdx}'
]

const MARKDOWN = /\.(?:md|markdown|mdx)$/iu
// `type: prfaq` (or "PRFAQ Section", "pr-faq") in the front matter marks any Markdown file as a PR/FAQ.
const FRONT_MATTER_TYPE = /^---\r?\n(?:[^\n]*\r?\n)*?type:[ \t]*["']?pr[-_ /]?faq\b/imu
const FRONT_MATTER_END = /\r?\n---\r?\n/u

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
    declaresPrFaq: (head) => {
      if (!head.startsWith('---')) return false
      const end = head.slice(3).search(FRONT_MATTER_END)
      const block = end === -1 ? head : head.slice(0, end + 8)
      return FRONT_MATTER_TYPE.test(block)
    }
  }
}
