import { describe, expect, it } from 'vitest'
import { fingerprint } from '../src/findings/finding.js'
import { de, deRules } from '../src/messages/de.js'
import { detectLanguage } from '../src/messages/detect.js'
import { en } from '../src/messages/en.js'
import { ja, jaRules } from '../src/messages/ja.js'
import { languageOfFile, languageOfRun, placeholdersOf, render, t } from '../src/messages/text.js'
import { RULES } from '../src/rules/index.js'
import { PASSING } from './fixtures/documents.js'
import { lint, lintFixture } from './helpers/engine.js'

const TRANSLATIONS = { ja: { messages: ja, rules: jaRules }, de: { messages: de, rules: deRules } }

describe.each(Object.entries(TRANSLATIONS))('the %s catalog', (_language, { messages, rules }) => {
  it('has every key of the English one, and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort())
  })

  it.each(Object.keys(en))('%s shows every value the English shows, and names no other', (key) => {
    const english = placeholdersOf(en[key as keyof typeof en])
    const translated = placeholdersOf(messages[key as keyof typeof en])
    expect(translated.values).toEqual(english.values)
    // A plural choice may be left out (Japanese has none), never invented.
    for (const name of translated.counts) expect([...english.values, ...english.counts]).toContain(name)
  })

  it.each(Object.keys(en))('%s renders completely, with one and with several', (key) => {
    const names = placeholdersOf(en[key as keyof typeof en])
    for (const count of [1, 2]) {
      const params = Object.fromEntries([...names.values, ...names.counts].map((name) => [name, count]))
      const shown = render(t(key as keyof typeof en, params), _language as 'ja' | 'de')
      // No placeholder left over, nothing missing: a catalog's text has no braces of its own.
      expect(shown).not.toMatch(/[{}]|undefined|NaN/u)
    }
  })

  it('has the help and the rationale of every built-in rule', () => {
    for (const rule of RULES) {
      expect(rules[rule.id]?.help, rule.id).toBeTruthy()
      expect(rules[rule.id]?.rationale, rule.id).toBeTruthy()
    }
    expect(Object.keys(rules).sort()).toEqual(RULES.map((rule) => rule.id).sort())
  })
})

describe('rendering', () => {
  it('fills parameters, nested messages and plurals by the language’s rules', () => {
    const why = t('why.too-short', { noun: t('noun.answer'), words: 1, minimum: 20 })
    expect(render(why, 'en')).toBe('the answer has 1 word; at least 20 are needed')
    expect(render(t('why.too-short', { noun: t('noun.answer'), words: 5, minimum: 20 }), 'en')).toBe('the answer has 5 words; at least 20 are needed')
    expect(render(why, 'de')).toBe('die Antwort hat 1 Wort; mindestens 20 sind nötig')
    expect(render(why, 'ja')).toBe('回答は1語しかありません（20語以上が必要です）')
  })

  it('a plural form may show its number', () => {
    expect(render(t('finance-figures.found-others', { question: 'Q?', others: 1 }), 'de')).toContain('(ebenso wenig die andere Finanzantwort)')
    expect(render(t('finance-figures.found-others', { question: 'Q?', others: 2 }), 'de')).toContain('(ebenso wenig die 2 anderen Finanzantworten)')
    expect(placeholdersOf('{n|one|the {n} others}')).toEqual({ values: ['n'], counts: ['n'] })
  })

  it('shows text from the document as it is, braces included', () => {
    expect(render(t('customer-quote.leader-only', { speaker: 'said {name}, CEO' }), 'en')).toContain('(“said {name}, CEO”)')
  })
})

describe('the document’s language', () => {
  it('Japanese, German, English; a document of another language is English', () => {
    expect(detectLanguage('# 課題\n\n開発者は新しいマシンを用意するたびに、設定ファイルを手で写すのに半日を使っています。')).toBe('ja')
    expect(
      detectLanguage(
        'Fuhrparks laden ihre Elektroautos nachts alle gleichzeitig und zahlen dafür Spitzenpreise, die sich mit einer Steuerung der Ladeleistung auf die Hälfte senken lassen, wenn die Säulen sich absprechen und die Autos nicht alle auf einmal laden.'
      )
    ).toBe('de')
    expect(detectLanguage(PASSING)).toBe('en')
    expect(detectLanguage('Los equipos de finanzas pasan diez días al mes conciliando extractos a mano.')).toBe('en')
  })

  it('picks the messages of a document checked with language: auto, and an explicit language wins', () => {
    const problemSection = (result: ReturnType<typeof lint>) => result.findings.find((f) => f.ruleId === 'problem-section')?.message
    const withoutProblem = GERMAN.replace(/### Das Problem\n\n.*\n\n/u, '')
    expect(lint(GERMAN).language).toBe('de')
    expect(problemSection(lint(withoutProblem))).toMatch(/^Es fehlt eine Problembeschreibung/u)
    expect(lint(withoutProblem).findings.every((f) => !/[“”]/u.test(f.message) || f.message.includes('„'))).toBe(true)
    expect(problemSection(lint(withoutProblem, { language: 'en' }))).toMatch(/^Missing a problem statement/u)
    expect(problemSection(lint(withoutProblem, { language: 'ja' }))).toMatch(/^課題の記述がありません/u)
  })

  it('quotes the document with the language’s quotation marks, and lists with its separator', () => {
    const rules = '__tests__/fixtures/rules'
    const message = (path: string, ruleId: string, language: 'en' | 'ja' | 'de') => lintFixture(`${rules}/${path}`, { language }).findings.find((f) => f.ruleId === ruleId)!
    const solution = 'problem-before-solution/not-ok-unlabelled-solution-first.md'
    expect(message(solution, 'problem-before-solution', 'en').message).toMatch(/\(“Pantrypal lets [\s\S]*”\) on line/u)
    expect(message(solution, 'problem-before-solution', 'ja').message).toMatch(/（「Pantrypal lets [\s\S]*」）/u)
    expect(message(solution, 'problem-before-solution', 'de').message).toMatch(/\(„Pantrypal lets [\s\S]*“\) in Zeile/u)
    const pantry = 'problem-from-customer/not-ok-pieces-in-the-pantry.md'
    expect(message(pantry, 'problem-from-customer', 'en').message).toMatch(/\(“[^”]+”, “[^”]+”/u)
    expect(message(pantry, 'problem-from-customer', 'ja').message).toMatch(/（「[^」]+」、「[^」]+」/u)
    expect(message(pantry, 'problem-from-customer', 'ja').message).not.toMatch(/[“”]/u)
    expect(message(pantry, 'problem-from-customer', 'de').message).toMatch(/\(„[^“]+“, „[^“]+“/u)
    for (const language of ['ja', 'de'] as const) expect(message(pantry, 'problem-from-customer', language).fingerprint).toBe(fingerprint(message(pantry, 'problem-from-customer', 'en')))
    const unknown = lint('<!-- prfaq-gate-disable faq-money, nope -- why -->\n\n# T\n', { language: 'ja' }).findings.find((f) => f.ruleId === 'suppression-invalid')!
    expect(unknown.message).toContain('「faq-money」、「nope」')
  })

  it('a review comment speaks its document’s language, though the run has none', () => {
    const reports = [
      { file: 'docs/ja-prfaq.md', language: 'ja' as const },
      { file: 'docs/en-prfaq.md', language: 'en' as const }
    ]
    const run = languageOfRun(reports, 'auto')
    expect(run).toBe('en')
    const languageOf = languageOfFile(reports, run)
    expect(languageOf('docs/ja-prfaq.md')).toBe('ja')
    expect(languageOf('docs/en-prfaq.md')).toBe('en')
    expect(languageOf('docs/other.md')).toBe('en')
  })

  it('a finding has the same identity in every language', () => {
    const text = PASSING.replace('“', '').replace(/".*?," said Ana Ruiz, a controller at Finch\./u, '')
    const [english] = lint(text, { language: 'en' }).findings
    const [german] = lint(text, { language: 'de' }).findings
    const [japanese] = lint(text, { language: 'ja' }).findings
    expect(english!.ruleId).toBe('customer-quote')
    expect(german!.message).not.toBe(english!.message)
    expect(german!.fingerprint).toBeDefined()
    expect(german!.fingerprint).toBe(japanese!.fingerprint)
    expect(english!.fingerprint).toBeUndefined()
    expect(fingerprint(german!)).toBe(fingerprint(english!))
  })
})

const GERMAN = `# Ladeplan PR/FAQ

## Pressemitteilung

### Das Problem

Fuhrparks laden ihre Elektroautos nachts alle gleichzeitig und zahlen dafür Spitzenpreise. „Unsere Stromrechnung hat sich halbiert“, sagt Jana Berg, Fuhrparkleiterin bei Köhler Logistik.

## Häufige Fragen

### Interne FAQ

**Was kostet der Betrieb pro Fahrzeug, und wie verdienen wir Geld?**

4 Euro im Monat pro Fahrzeug, bei 70 % Marge; die Kunden zahlen 9 Euro.

**Was ist die größte technische Hürde?**

Die Ladeleistung von 300 Säulen in Echtzeit zu steuern, wenn die Netze der Stadtwerke nicht mitspielen.

**Wie groß ist der Markt?**

40.000 Fuhrparks in Deutschland, davon sind 5 % schon heute mit der Technik ausgestattet.

**Warum sollten wir das bauen?**

Wir betreiben die Säulen schon, und die Kunden fragen uns nach einer Lösung.

**Wie sieht unser Plan zum Erfolg aus?**

Pilot mit drei Kunden im Frühjahr, Marktstart im Herbst, mit sechs Leuten im Team.
`
