import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Diagnostics } from 'recheck'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDetector } from '../src/sources/detect.js'
import { DEFAULT_VOCABULARY } from '../src/vocabulary/default.js'
import { keywordPattern } from '../src/vocabulary/keyword-trie.js'
import { hasCjk } from '../src/vocabulary/normalize.js'
import { ROOT, runCli, tempTree } from './helpers/process.js'

/**
 * Every regular expression in src/ is run through recheck, a ReDoS analyser
 * (automata theory plus fuzzing). The gate is a required status check: one
 * pattern that backtracks exponentially or polynomially on a crafted line
 * would let a pull request hang it.
 *
 * The patterns are found by parsing the sources with the TypeScript compiler
 * (a regex over source text would miss or invent patterns), and `new
 * RegExp(…)` patterns built from constants are folded to their text through
 * the type checker, across imports.
 */

interface RegexpSite {
  /** file:line */
  where: string
  source: string
  flags: string
}

/** `new RegExp(…)` sites whose pattern is built at run time; each is checked another way, said here. */
const DYNAMIC_SITES: Record<string, string> = {
  'src/vocabulary/keyword-trie.ts': 'keywordPattern(), the reference KeywordTrie is tested against (the search itself is a trie, no regular expression): checked below on the default vocabulary'
}

const SRC = join(ROOT, 'src')

function sourceFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .map((path) => join(SRC, path))
}

function findRegexps(): { sites: RegexpSite[]; dynamic: string[] } {
  const program = ts.createProgram(sourceFiles(), { target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.NodeNext, allowJs: false, noEmit: true })
  const checker = program.getTypeChecker()
  const sites: RegexpSite[] = []
  const dynamic: string[] = []
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(SRC) || file.isDeclarationFile) continue
    const where = (node: ts.Node) => `${relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) sites.push({ where: where(node), ...literalParts(node) })
      else if (isRegExpConstruction(node)) {
        const source = patternOf(node, checker)
        if (source === undefined) dynamic.push(where(node))
        else sites.push({ where: where(node), source, flags: (node.arguments?.[1] && constantString(node.arguments[1], checker)) ?? '' })
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return { sites, dynamic }
}

function literalParts(node: ts.RegularExpressionLiteral): { source: string; flags: string } {
  const end = node.text.lastIndexOf('/')
  return { source: node.text.slice(1, end), flags: node.text.slice(end + 1) }
}

function isRegExpConstruction(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp'
}

/** The pattern text of a regex literal or of `new RegExp(constant)`, else undefined. */
function patternOf(node: ts.Expression, checker: ts.TypeChecker): string | undefined {
  node = unwrap(node)
  if (ts.isRegularExpressionLiteral(node)) return literalParts(node).source
  if (isRegExpConstruction(node)) {
    const [pattern] = node.arguments ?? []
    if (!pattern) return ''
    return constantString(pattern, checker) ?? patternOf(pattern, checker)
  }
  const declaration = constantInitializer(node, checker)
  return declaration ? patternOf(declaration, checker) : undefined
}

/** Folds string literals, templates, `+`, const identifiers (across imports) and `regexp.source` to a string. */
function constantString(node: ts.Expression, checker: ts.TypeChecker): string | undefined {
  node = unwrap(node)
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text
    for (const span of node.templateSpans) {
      const value = constantString(span.expression, checker)
      if (value === undefined) return undefined
      text += value + span.literal.text
    }
    return text
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [constantString(node.left, checker), constantString(node.right, checker)]
    return left === undefined || right === undefined ? undefined : left + right
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source') return patternOf(node.expression, checker)
  const initializer = constantInitializer(node, checker)
  return initializer ? constantString(initializer, checker) : undefined
}

/** The initializer of the `const` an identifier refers to, following imports. */
function constantInitializer(node: ts.Expression, checker: ts.TypeChecker): ts.Expression | undefined {
  if (!ts.isIdentifier(node)) return undefined
  let symbol = checker.getSymbolAtLocation(node)
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol)
  const declaration = symbol?.valueDeclaration
  if (!declaration || !ts.isVariableDeclaration(declaration) || !declaration.initializer) return undefined
  const isConst = (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0
  return isConst ? declaration.initializer : undefined
}

function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) node = node.expression
  return node
}

/** JSON Schema `pattern`s become regular expressions in the generated validators. */
function schemaPatterns(): RegexpSite[] {
  const sites: RegexpSite[] = []
  for (const name of readdirSync(join(ROOT, 'schema'))) {
    const lines = readFileSync(join(ROOT, 'schema', name), 'utf8').split('\n')
    lines.forEach((line, index) => {
      for (const match of line.matchAll(/"pattern": ("(?:[^"\\]|\\.)*")/gu)) sites.push({ where: `schema/${name}:${index + 1}`, source: JSON.parse(match[1]!), flags: 'u' })
    })
  }
  return sites
}

// recheck's pure-JavaScript backend: no Java, no native binary to spawn. No time limits either,
// only its step limits, so the verdict is the same on a fast and a slow machine.
process.env.RECHECK_BACKEND = 'pure'
const PARAMETERS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: -1, randomSeed: 0 }

async function problemsOf(sites: RegexpSite[]): Promise<string[]> {
  const { check } = await import('recheck')
  const problems: string[] = []
  for (const site of sites) {
    const result: Diagnostics = await check(site.source, site.flags, PARAMETERS)
    if (result.status === 'vulnerable') {
      problems.push(`${site.where} /${site.source}/${site.flags} is ${result.complexity.summary}; attack: ${result.attack.pattern}`)
    } else if (result.status === 'unknown') {
      problems.push(`${site.where} /${site.source}/${site.flags} could not be analysed (${result.error.kind}${'message' in result.error ? `: ${result.error.message}` : ''})`)
    }
  }
  return problems
}

describe('no regular expression in src/ can be made to backtrack (recheck)', () => {
  let found: ReturnType<typeof findRegexps>

  beforeAll(() => {
    found = findRegexps()
  })

  it('finds the patterns, literals and folded `new RegExp` constants alike', () => {
    expect(found.sites.length).toBeGreaterThan(80)
    const sources = found.sites.map((site) => site.source)
    // A literal, and a template folded across an import (ANSWER_WORDS lives in substance.ts).
    expect(sources).toContain(String.raw`^type:[ \t]*["']?pr[-_ /]?faq\b`)
    expect(sources.some((source) => source.startsWith('^(?:a|r|о|answer|antwort'))).toBe(true)
  })

  it('every pattern built at run time is listed, with how it is checked', () => {
    expect([...new Set(found.dynamic.map((where) => where.split(':')[0]))]).toEqual(Object.keys(DYNAMIC_SITES))
  })

  it('no pattern is vulnerable', async () => {
    expect(await problemsOf([...found.sites, ...schemaPatterns()])).toEqual([])
  }, 300_000)

  it('the keyword patterns of the default vocabulary are not vulnerable', async () => {
    // A keyword pattern is a top-level alternation (no repeat around it), so its cost at a position
    // is the sum of its keywords' costs: checking one keyword of each shape covers them all.
    const { topics, ambiguousTopics, answerTopics, effort, problemCues, problemQuestions, riskQuestions } = DEFAULT_VOCABULARY
    const keywords = [topics, ambiguousTopics, answerTopics, problemCues].flatMap((lists) => Object.values(lists).flat()).concat(effort, problemQuestions, riskQuestions)
    const shapes = new Map(keywords.map((keyword) => [keywordShape(keyword), keyword]))
    expect(shapes.size).toBeGreaterThan(5)
    const sites = [...shapes.values()].map((keyword) => {
      const pattern = keywordPattern([keyword])
      return { where: `keywordPattern(["${keyword}"])`, source: pattern.source, flags: pattern.flags }
    })
    expect(await problemsOf(sites)).toEqual([])
  }, 300_000)
})

/** What decides a keyword pattern's structure: CJK or not, short or not, and the words and separators. */
function keywordShape(keyword: string): string {
  const text = keyword.normalize('NFKC').toLowerCase().trim()
  const short = text.replace(/[^\p{L}\p{N}]/gu, '').length <= 3
  return `${short ? 'short' : 'long'} ${text.replace(/[\p{L}\p{N}]+/gu, (run) => (hasCjk(run) ? '漢' : 'a')).replace(/\s+/gu, ' ')}`
}

describe('front-matter detection', () => {
  const detector = createDetector()

  it('finds `type: prfaq` and its spellings in the front matter, with LF or CRLF', () => {
    for (const type of ['prfaq', 'PRFAQ Section', 'pr-faq', '"pr_faq"', "'PR/FAQ'", 'pr faq']) {
      expect(detector.declaresPrFaq(`---\ntitle: X\ntype: ${type}\n---\n# X\n`), type).toBe(true)
      expect(detector.declaresPrFaq(`---\r\ntitle: X\r\ntype: ${type}\r\n---\r\n# X\r\n`), type).toBe(true)
    }
  })

  it('ignores `type:` outside the front matter, other types and a file without front matter', () => {
    expect(detector.declaresPrFaq('---\ntitle: X\n---\ntype: prfaq\n')).toBe(false)
    expect(detector.declaresPrFaq('---\ntype: prfaqs\n---\n')).toBe(false)
    expect(detector.declaresPrFaq('---\ntype: design\n---\n')).toBe(false)
    expect(detector.declaresPrFaq('# X\ntype: prfaq\n')).toBe(false)
    expect(detector.declaresPrFaq('----\ntype: prfaq\n')).toBe(false)
  })

  it('finds it in a front matter cut off by the 4 KB head', () => {
    expect(detector.declaresPrFaq(`---\n${'key: value\n'.repeat(100)}type: prfaq\nmore: `)).toBe(true)
  })
})

describe('the CLI on input that used to hang front-matter detection', () => {
  // Before the fix each line more doubled the time: 28 lines (90 bytes) took about a second, 40 would take hours.
  const crlfFrontMatter = (lines: number) => `---\r\n${'a\r\n'.repeat(lines)}x`

  it('checks a directory holding 28- and 40-line CRLF front matter without hanging', async () => {
    // Named without "prfaq", so only front-matter detection decides about them.
    const cwd = tempTree({
      'docs/notes-28.md': crlfFrontMatter(28),
      'docs/notes-40.md': crlfFrontMatter(40),
      'docs/typed.md': `---\r\n${'a: b\r\n'.repeat(40)}type: prfaq\r\n---\r\n# Typed\r\n`
    })
    // Generous: the process normally exits in well under a second; only a hang reaches this.
    const run = await runCli(['check', '-f', 'json', 'docs'], cwd, { timeoutMs: 20_000 })
    expect(run.timedOut).toBeUndefined()
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).files.map((file: { path: string }) => file.path)).toEqual(['docs/typed.md'])
  }, 30_000)
})
