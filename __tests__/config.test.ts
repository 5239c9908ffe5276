import { readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from '../src/config/load.js'
import { lintText } from '../src/engine/lint.js'
import { skeleton } from '../src/init/skeleton.js'
import { MISSING_FINANCE, PASSING } from './fixtures/documents.js'

const noFiles = async () => undefined

async function configFrom(yaml: string, files: Record<string, string> = {}) {
  return (await parseConfig(yaml, '.github/prfaq-gate.yml', async (path) => files[path])).resolved
}

async function configError(yaml: string): Promise<ConfigError> {
  try {
    await parseConfig(yaml, '.github/prfaq-gate.yml', noFiles)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

async function check(text: string, yaml: string, file = 'docs/launch-prfaq.md', files: Record<string, string> = {}) {
  const config = await configFrom(yaml, files)
  return lintText(text, file, config.settingsFor(file))
}

const brief = (result: Awaited<ReturnType<typeof check>>) => result.findings.map((f) => `${f.line} ${f.ruleId} ${f.severity}`)

describe('a bad config is an error naming the file, the line and the key', () => {
  it.each([
    ['an unknown top-level key', 'rules: {}\nrulez:\n  faq-finance: off\n', ':2:1: unknown key "rulez" in the config; expected one of: $schema, extends, rules'],
    ['a bad severity', 'rules:\n  faq-finance: warn\n', ':2:16: "rules.faq-finance" must be one of "off", "notice", "warning", "error"; found "warn"'],
    ['an unknown rule, with a suggestion', 'rules:\n  faq-finanse: warning\n', ':2:3: unknown rule "faq-finanse" under "rules" (did you mean "faq-finance"?)'],
    [
      'an unknown rule in an override',
      'overrides:\n  - files: ["legacy/**"]\n    rules:\n      bezos-big-ide: off\n',
      ':4:7: unknown rule "bezos-big-ide" under "overrides.0.rules" (did you mean "bezos-big-idea"?)'
    ],
    ['a wrong type', 'maxFileBytes: lots\n', ':1:15: "maxFileBytes" must be an integer; found "lots"'],
    ['a blank keyword', 'vocabulary:\n  topics:\n    pricing: [price, " "]\n', ':3:22: "vocabulary.topics.pricing.1" is blank: a word needs a character other than white space'],
    ['a keyword too long to be one', `rules:\n  faq-finance:\n    keywords: [${'x'.repeat(201)}]\n`, ':3:16: "rules.faq-finance.keywords.0" must NOT have more than 200 characters'],
    ['an unknown preset', 'extends: lenient\n', ':1:10: "extends" must be one of "recommended", "strict"; found "lenient"'],
    ['a schema with neither schema nor file', 'schemas:\n  - id: tenets\n    message: Missing tenets\n', ':2:5: "schemas.0" needs exactly one of "schema" (inline) or "file" (a path)'],
    ['a team schema that takes a built-in id', 'schemas:\n  - id: faq-finance\n    message: x\n    schema: {}\n', ':2:9: schemas[0]: the id "faq-finance" is already a built-in rule'],
    ['a team schema that is not a JSON Schema', 'schemas:\n  - id: tenets\n    message: x\n    schema: { type: objekt }\n', ':2:5: schemas[0] ("tenets") is not a valid JSON Schema'],
    ['YAML that does not parse', 'rules:\n  faq-finance: [warning\n', ':3:1: not valid YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ]']
  ])('%s', async (_name, yaml, expected) => {
    const error = await configError(yaml)
    expect(error.message.startsWith('.github/prfaq-gate.yml')).toBe(true)
    expect(error.message).toContain(expected)
  })

  it('a schema file that cannot be read', async () => {
    await expect(parseConfig('schemas:\n  - id: tenets\n    message: x\n    file: schemas/tenets.json\n', 'cfg.yml', noFiles)).rejects.toThrow(
      'cfg.yml:2:5: schemas[0] ("tenets"): cannot read the schema file "schemas/tenets.json"'
    )
  })
})

describe('severities, presets and overrides', () => {
  it('per-rule severity: off, notice, warning, error', async () => {
    expect(brief(await check(MISSING_FINANCE, 'rules:\n  faq-finance: off\n'))).toEqual([])
    expect(brief(await check(MISSING_FINANCE, 'rules:\n  faq-finance: notice\n'))).toEqual(['15 faq-finance notice'])
    expect(brief(await check(MISSING_FINANCE, 'rules:\n  faq-finance: { severity: warning }\n'))).toEqual(['15 faq-finance warning'])
    expect(brief(await check(MISSING_FINANCE, '{}'))).toEqual(['15 faq-finance error'])
  })

  it('strict: warnings become errors, and an unlabelled problem paragraph (a notice otherwise) is not enough', async () => {
    const unlabelled = PASSING.replace(
      '### The Problem\n\nFinance teams spend ten working days every month reconciling statements by hand.',
      'Finance teams lose ten working days every month to manual reconciliation, and errors are hard to find.'
    )
    expect(brief(await check(unlabelled, 'extends: recommended\n'))).toEqual(['5 problem-section notice'])
    expect(brief(await check(unlabelled, 'extends: strict\n'))).toEqual(['5 problem-section error'])
    expect(brief(await check(MISSING_FINANCE, 'extends: strict\nrules:\n  faq-finance: warning\n'))).toEqual(['15 faq-finance error'])
  })

  it('strict: answers need at least three words', async () => {
    const terse = PASSING.replace('$400 per month per company, at an 85% gross margin; we break even at 900 customers.', '$400.')
    expect(brief(await check(terse, '{}'))).toEqual([])
    const result = await check(terse, 'extends: strict\n')
    expect(result.findings.map((f) => f.message)).toEqual(['The finance question “What does it cost, and how do we make money?” has no real answer: the answer has 1 word; at least 3 are needed.'])
  })

  it('overrides by glob, later entries winning', async () => {
    const yaml = [
      'rules:',
      '  faq-finance: error',
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { faq-finance: off }',
      '  - files: ["legacy/keep/**"]',
      '    rules: { faq-finance: warning }'
    ].join('\n')
    expect(brief(await check(MISSING_FINANCE, yaml, 'docs/new-prfaq.md'))).toEqual(['15 faq-finance error'])
    expect(brief(await check(MISSING_FINANCE, yaml, 'legacy/old-prfaq.md'))).toEqual([])
    expect(brief(await check(MISSING_FINANCE, yaml, 'legacy/keep/old-prfaq.md'))).toEqual(['15 faq-finance warning'])
  })
})

describe('rule options and vocabulary', () => {
  const sync = MISSING_FINANCE.replace('**Q: What is the hardest technical problem?**', '**Q: What keeps the sync engine honest?**')

  it('extra keywords for a rule’s topic', async () => {
    expect(brief(await check(sync, 'rules:\n  faq-finance: off\n'))).toEqual(['15 faq-technical-hurdles error'])
    expect(brief(await check(sync, 'rules:\n  faq-finance: off\n  faq-technical-hurdles: { severity: error, keywords: [sync engine, SLA] }\n'))).toEqual([])
  })

  it('a minimum answer length per rule', async () => {
    const result = await check(PASSING, 'rules:\n  faq-technical-hurdles: { minWords: 20 }\n')
    expect(result.findings.map((f) => f.message)).toEqual(['The technical question “What is the hardest technical problem?” has no real answer: the answer has 14 words; at least 20 are needed.'])
  })

  it('a German team extends the vocabulary', async () => {
    const german = `# Ladeplan PR/FAQ

## Pressemitteilung

### Das Problem

Fuhrparks laden ihre Elektroautos nachts alle gleichzeitig und zahlen dafür Spitzenpreise. „Unsere Stromrechnung hat sich halbiert“, sagt Jana Berg, Fuhrparkleiterin bei Köhler Logistik.

## Häufige Fragen

### Interne FAQ

**Was kostet der Betrieb pro Fahrzeug?**

4 Euro im Monat pro Fahrzeug, bei 70 % Marge.

**Was ist die größte technische Hürde?**

Die Ladeleistung von 300 Säulen in Echtzeit zu steuern.

**Wie groß ist der Markt?**

40.000 Fuhrparks in Deutschland.

**Warum sollten wir das bauen?**

Wir betreiben die Säulen schon.

**Wie sieht unser Plan aus?**

Pilot mit drei Kunden im Frühjahr, Marktstart im Herbst.
`
    const yaml = ['vocabulary:', '  topics:', '    finance: [Kosten, kostet]', '    technical: [Hürde]', '    big-idea: [wie groß]', '    should-do: [warum sollten wir]', '    plan: [Plan]'].join(
      '\n'
    )
    expect(brief(await check(german, '{}')).length).toBeGreaterThan(0)
    expect(brief(await check(german, yaml))).toEqual([])
  })

  it('replace mode drops the built-in words', async () => {
    const result = await check(PASSING, 'vocabulary:\n  mode: replace\n  topics:\n    finance: [Kosten]\n')
    expect(result.findings.map((f) => f.ruleId)).toContain('faq-finance')
  })

  it('replace mode drops the built-in risk questions with the topic words', async () => {
    const risky = PASSING.replace(
      '**Q: What is the hardest technical problem?**\n\nMatching bank lines without references, at 50,000 lines an hour at month end.',
      '**Q: What could break at 10x load?**\n\nThe single database writer saturates at about 4,000 writes per second; we will shard the ledger by company before launch.'
    )
    expect(risky).not.toBe(PASSING)
    expect((await check(risky, '{}')).findings.map((f) => f.ruleId)).not.toContain('faq-technical-hurdles')
    const result = await check(risky, 'vocabulary:\n  mode: replace\n  topics:\n    technical: [Hürde]\n')
    expect(result.findings.map((f) => f.ruleId)).toContain('faq-technical-hurdles')
  })
})

describe('team schemas: own requirements as findings of the same quality', () => {
  const tenets = [
    'vocabulary:',
    '  sections:',
    '    tenets: [Tenets, Leitsätze]',
    'schemas:',
    '  - id: tenets-section',
    '    message: The PR/FAQ has no Tenets section.',
    '    help: Add a "## Tenets" section listing the principles that decide trade-offs.',
    '    schema:',
    '      properties:',
    '        sections:',
    '          contains: { properties: { role: { const: tenets } }, required: [role] }'
  ].join('\n')

  it('a missing Tenets section is a finding at the title, with the team’s words', async () => {
    const result = await check(PASSING, tenets)
    expect(result.findings).toMatchObject([
      {
        ruleId: 'tenets-section',
        severity: 'error',
        message: 'The PR/FAQ has no Tenets section.',
        help: 'Add a "## Tenets" section listing the principles that decide trade-offs.',
        line: 1,
        url: expect.stringContaining('docs/rules/team-schemas.md')
      }
    ])
    expect(brief(await check(`${PASSING}\n## Tenets\n\n1. Customers first.\n`, tenets))).toEqual([])
  })

  it('an FAQ question tagged pricing, from a schema file, placed at the FAQ, worded by x-message', async () => {
    const yaml = 'vocabulary:\n  topics:\n    pricing: [price, pricing]\nschemas:\n  - id: pricing-question\n    message: unused\n    file: schemas/pricing.json\n'
    const schema = JSON.stringify({
      required: ['faq'],
      properties: {
        faq: { properties: { questions: { contains: { properties: { topics: { contains: { const: 'pricing' } } } }, 'x-message': 'The FAQ never says what the product costs customers.' } } }
      }
    })
    const result = await check(PASSING, yaml, 'docs/launch-prfaq.md', { 'schemas/pricing.json': schema })
    expect(result.findings.map((f) => [f.ruleId, f.line, f.message])).toEqual([['pricing-question', 13, 'The FAQ never says what the product costs customers.']])
  })

  it('a team schema at warning, and switched off in an override', async () => {
    const yaml = `${tenets}\n    severity: warning\noverrides:\n  - files: ["legacy/**"]\n    rules: { tenets-section: off }\n`
    expect(brief(await check(PASSING, yaml))).toEqual(['1 tenets-section warning'])
    expect(brief(await check(PASSING, yaml, 'legacy/a-prfaq.md'))).toEqual([])
  })
})

describe('inline suppressions need a reason', () => {
  it('a suppression with a reason: no finding, listed with its reason', async () => {
    const text = `<!-- prfaq-gate-disable faq-finance -- pricing is decided in the finance review -->\n${MISSING_FINANCE}`
    const result = await check(text, '{}')
    expect(result.findings).toEqual([])
    expect(result.suppressed.map(({ finding, reason }) => [finding.ruleId, reason])).toEqual([['faq-finance', 'pricing is decided in the finance review']])
  })

  it('a suppression without a reason is itself a finding, and suppresses nothing', async () => {
    const result = await check(`<!-- prfaq-gate-disable faq-finance -->\n${MISSING_FINANCE}`, '{}')
    expect(result.findings.map((f) => [f.line, f.ruleId, f.message])).toEqual([
      [1, 'suppression-invalid', 'Suppressing faq-finance needs a reason after “--”; the suppression was ignored.'],
      [16, 'faq-finance', 'The FAQ has no question about money (cost, pricing, revenue, margins or the business model).']
    ])
  })

  it('an unknown rule id is a finding', async () => {
    const result = await check(`<!-- prfaq-gate-disable faq-money -- because -->\n${PASSING}`, '{}')
    expect(result.findings.map((f) => f.message)).toEqual(['This prfaq-gate-disable comment names unknown rule “faq-money”; it was ignored.'])
  })

  it('disable-next-line covers only the next line', async () => {
    const text = MISSING_FINANCE.replace('### Internal FAQ', '<!-- prfaq-gate-disable-next-line faq-finance -- decided in the finance review -->\n### Internal FAQ')
    const result = await check(text, '{}')
    expect(result.findings).toEqual([])
    expect(result.suppressed).toHaveLength(1)
  })

  it('disable-next-line covers the next line as the writer sees it, after any line ending', async () => {
    for (const ending of ['\r\n', '\r']) {
      const text = MISSING_FINANCE.replace('### Internal FAQ', `<!-- prfaq-gate-disable-next-line faq-finance -- decided in the finance review -->${ending}### Internal FAQ`)
      const result = await check(text, '{}')
      expect(result.findings).toEqual([])
      // After a lone "\r" the heading is, to git, on the comment's own line (15).
      expect(result.suppressed.map(({ finding }) => [finding.ruleId, finding.line])).toEqual([['faq-finance', ending === '\r' ? 15 : 16]])
    }
  })

  it('a directive inside a code fence is code, not a suppression', async () => {
    const result = await check(`${MISSING_FINANCE}\n\`\`\`md\n<!-- prfaq-gate-disable faq-finance -- nope -->\n\`\`\`\n`, '{}')
    expect(result.findings.map((f) => f.ruleId)).toEqual(['faq-finance'])
  })
})

describe('document status', () => {
  it('status: draft lowers errors to warnings and says why', async () => {
    const result = await check(`---\nstatus: draft\n---\n\n${MISSING_FINANCE}`, '{}')
    expect(brief(result)).toEqual(['19 faq-finance warning'])
    expect(result.findings[0]!.message).toContain('the document’s status is “draft”')
  })

  it('review, approved or no status gate fully', async () => {
    for (const status of ['review', 'approved']) expect(brief(await check(`---\nstatus: ${status}\n---\n\n${MISSING_FINANCE}`, '{}'))).toEqual(['19 faq-finance error'])
  })

  it('the field and the draft values are configurable', async () => {
    const yaml = 'status:\n  field: stage\n  draft: [wip, exploring]\n'
    expect(brief(await check(`---\nstage: WIP\n---\n\n${MISSING_FINANCE}`, yaml))).toEqual(['19 faq-finance warning'])
    expect(brief(await check(`---\nstatus: draft\n---\n\n${MISSING_FINANCE}`, yaml))).toEqual(['19 faq-finance error'])
  })
})

describe('prfaq-gate init follows the active config', () => {
  it('every enabled rule’s part is there, with a placeholder the checks flag', async () => {
    const config = await configFrom('{}')
    const text = skeleton(config.settingsFor('prfaq.md'))
    const result = lintText(text, 'prfaq.md', config.settingsFor('prfaq.md'))
    const errors = result.findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.ruleId).sort()).toEqual(['bezos-big-idea', 'bezos-plan-to-succeed', 'bezos-should-do', 'faq-finance', 'faq-technical-hurdles', 'problem-section'])
    for (const finding of errors) expect(finding.message).toMatch(/has no real (answer|content)/u)
    // The skeleton's slots are template text until the author writes over them: advice, not a block.
    const leftovers = result.findings.filter((f) => f.ruleId === 'template-leftovers')
    expect(leftovers.length).toBeGreaterThan(0)
    expect(leftovers.every((f) => f.severity === 'warning')).toBe(true)
  })

  it('uses the team’s words and templates, and leaves out rules that are off', async () => {
    const yaml = [
      'rules:',
      '  bezos-plan-to-succeed: off',
      'vocabulary:',
      '  sections:',
      '    problem: [Das Problem]',
      '    faqInternal: [Interne Fragen]',
      '    tenets: [Leitsätze]',
      '  topics:',
      '    finance: [Kosten]',
      'schemas:',
      '  - id: tenets-section',
      '    message: Keine Leitsätze.',
      '    template: "## Leitsätze\\n\\n[Die Grundsätze, nach denen wir entscheiden.]"',
      '    schema:',
      '      properties:',
      '        sections: { contains: { properties: { role: { const: tenets } }, required: [role] } }'
    ].join('\n')
    const config = await configFrom(yaml)
    const text = skeleton(config.settingsFor('prfaq.md'))
    expect(text).toContain('### Das Problem')
    expect(text).toContain('### Interne Fragen')
    expect(text).toContain('**Q: Kosten?**')
    expect(text).toContain('## Leitsätze')
    expect(text).not.toContain('plan to succeed')
    const result = lintText(text, 'prfaq.md', config.settingsFor('prfaq.md'))
    const errors = result.findings.filter((f) => f.severity === 'error')
    expect(errors.map((f) => f.ruleId).sort()).toEqual(['bezos-big-idea', 'bezos-should-do', 'faq-finance', 'faq-technical-hurdles', 'problem-section'])
  })
})

describe('the README’s config example works when copied as it is', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
  const example = [...readme.matchAll(/```yaml\n([\s\S]*?)```/gu)].map((match) => match[1]!).find((block) => block.includes('extends: recommended'))!

  it('parses and validates, and names no file the reader does not have', async () => {
    expect(example).toBeDefined()
    const config = await configFrom(example)
    expect(config.settingsFor('docs/prfaq/launch.md').rules['faq-finance']).toBe('warning')
    expect(example).not.toMatch(/^\s*file:/mu)
  })

  it('its $schema path resolves from the config file to the installed package’s schema', () => {
    const schema = /^\$schema: (\S+)/mu.exec(example)![1]!
    expect(posix.join('.github', schema)).toBe('node_modules/prfaq-gate/schema/config.schema.json')
  })
})
