import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../src/rules/index.js'
import { actualMarkers, expectedMarkers, lint, lintFixture } from './helpers/engine.js'

const FIXTURES = join(import.meta.dirname, 'fixtures', 'rules')
const DOCS = join(import.meta.dirname, '..', 'docs', 'rules')
const contentRules = RULES.filter((rule) => rule.kind === 'schema' || rule.kind === 'model')

/**
 * Every fixture is a whole PR/FAQ. An `ok-*.md` file must produce no finding
 * at all; a `not-ok-*.md` file must produce exactly the findings its
 * `<!-- expect: … -->` markers name, on the marked lines.
 */
describe.each(readdirSync(FIXTURES))('rule fixtures: %s', (ruleId) => {
  const files = readdirSync(join(FIXTURES, ruleId)).filter((file) => file.endsWith('.md'))
  it.each(files)('%s', (file) => {
    const path = join(FIXTURES, ruleId, file)
    const expected = expectedMarkers(readFileSync(path, 'utf8'))
    if (file.startsWith('not-ok')) expect(expected.some((marker) => marker.includes(` ${ruleId} `))).toBe(true)
    else expect(expected).toEqual([])
    expect(actualMarkers(lintFixture(path))).toEqual(expected)
  })
})

describe('every rule is documented and tested', () => {
  it.each(RULES.map((rule) => rule.id))('%s has a docs page', (ruleId) => {
    const page = join(DOCS, `${ruleId}.md`)
    expect(existsSync(page), `missing docs/rules/${ruleId}.md`).toBe(true)
    expect(readFileSync(page, 'utf8')).toContain(`# ${ruleId}`)
  })

  it.each(contentRules.map((rule) => rule.id))('%s has ok and not-ok fixtures', (ruleId) => {
    const files = existsSync(join(FIXTURES, ruleId)) ? readdirSync(join(FIXTURES, ruleId)) : []
    expect(files.some((file) => file.startsWith('ok-'))).toBe(true)
    expect(files.some((file) => file.startsWith('not-ok-'))).toBe(true)
  })

  it('rule ids are unique and kebab-case', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/u)
  })
})

/**
 * A docs page's failing example is what a reader copies to see the rule work:
 * the finding lines the page quotes must be what the rule reports on that
 * example, word for word.
 */
describe('every docs page’s failing example gives the findings it quotes', () => {
  const pages = RULES.map((rule) => rule.id).filter((id) => existsSync(join(DOCS, `${id}.md`)))
  const examples = pages.flatMap((ruleId) => {
    const page = readFileSync(join(DOCS, `${ruleId}.md`), 'utf8')
    const section = page.split(/^## Example that fails\n/mu)[1]?.split(/^## /mu)[0]
    const document = section?.match(/```markdown\n([\s\S]*?)```/u)?.[1]
    if (!document) return []
    const quoted = [...section!.matchAll(/^(?:error|warning|notice)\[([a-z-]+)\]: (.*)$/gmu)].filter((match) => match[1] === ruleId).map((match) => match[2]!)
    return [{ ruleId, document, quoted }]
  })

  it.each(examples)('$ruleId', ({ ruleId, document, quoted }) => {
    expect(quoted.length).toBeGreaterThan(0)
    const messages = lint(document)
      .findings.filter((f) => f.ruleId === ruleId)
      .map((f) => f.message)
    for (const line of quoted) expect(messages).toContain(line)
  })
})
