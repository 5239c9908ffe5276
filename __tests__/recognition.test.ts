import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../src/config/defaults.js'
import { lintDocuments } from '../src/engine/lint.js'
import { findFigures } from '../src/model/recognise/figures.js'
import { isQuestion, questionForm } from '../src/model/recognise/questions.js'
import type { PrFaqModel, Question } from '../src/model/types.js'
import { groupDocuments } from '../src/sources/documents.js'
import { compileVocabulary } from '../src/vocabulary/match.js'
import { lint } from './helpers/engine.js'
import { runCli, tempTree } from './helpers/process.js'

/**
 * How the recognisers read real PR/FAQs, each cause of a misjudgement with a
 * hand-written fixture: topics decided by evidence from the question and its
 * answer, problems stated without a label, labels and questions read as a
 * careful reader reads them, and PR/FAQs split over several files.
 */

const vocabulary = compileVocabulary(defaultSettings().vocabulary)

function model(markdown: string): PrFaqModel {
  const result = lint(markdown)
  if (!result.model) throw new Error(`no model: ${JSON.stringify(result.findings)}`)
  return result.model
}

/** One FAQ question, answered, in a small document. */
function asked(question: string, answer: string, group = 'Internal FAQ'): Question {
  const m = model(`# Launch\n\n## FAQ\n\n### ${group}\n\n**${question}**\n\n${answer}\n`)
  return m.faq!.questions[0]!
}

const ruleIds = (markdown: string) => lint(markdown).findings.map((finding) => `${finding.ruleId}:${finding.severity}`)

describe('a topic is decided by evidence from the question and its answer', () => {
  it('a word that can only mean money decides: pricing, the business model, the margin', () => {
    expect(asked('What is the pricing model?', 'Per seat, billed yearly.').topics).toContain('finance')
    expect(asked('How do we make money?', 'Through enterprise licences.').topics).toContain('finance')
  })

  it('an answer without figures still answers a finance question, and the model says it has none', () => {
    const question = asked('How do we make money?', 'Through enterprise licences sold by the partner channel.')
    expect(question.topics).toContain('finance')
    expect(question.answer.figures).toBeUndefined()
    expect(asked('What is the pricing model?', '$12 per seat per month; 70% gross margin.').answer.figures).toEqual({ money: ['$12'], percent: ['70%'], scale: [] })
  })

  it('"cost" asked and answered in effort is not a finance answer', () => {
    const question = asked('What are the ongoing maintenance costs?', 'About two hours a week of one maintainer, plus on-call rotations.', 'External FAQ')
    expect(question.topics).not.toContain('finance')
    expect(question.rejected).toEqual([{ topic: 'finance', reason: 'its answer is given in effort (people and time), not money', code: 'effort' }])
  })

  it('"does it cost anything? No, it is free" is the customer’s price, not a finance answer', () => {
    const question = asked('Kostet das etwas?', 'Nein, die Nutzung ist kostenlos.', 'Allgemein')
    expect(question.topics).not.toContain('finance')
    expect(question.rejected[0]!.reason).toMatch(/customer’s price/u)
  })

  it('a money question without a money word counts when the answer shows money', () => {
    expect(asked('Are there academic discounts?', 'Yes: students and teachers pay $9/month instead of $20.', 'External FAQ').topics).toContain('finance')
    expect(asked('なぜ無料なのですか？', '運営費はスポンサーと広告収入で賄います。', '社内FAQ').topics).toContain('finance')
    expect(asked('What budget do we need?', '€40,000 for the six-month pilot.').topics).toContain('finance')
  })

  it('"investment advice" is not money; "investment" needs the answer to show money', () => {
    const question = asked('Is this investment advice?', 'No. It reports what the markets expect and never recommends a position.', 'External FAQ')
    expect(question.topics).toEqual([])
    expect(question.rejected.map((rejection) => rejection.topic)).toEqual(['finance'])
  })

  it('a definition is not a technical hurdle, whatever it names', () => {
    const question = asked('What is MCP (Model Context Protocol)?', 'An open standard for connecting assistants to tools and data sources.', 'External FAQ')
    expect(question.form).toBe('definition')
    expect(question.topics).not.toContain('technical')
    expect(question.rejected).toEqual([{ topic: 'technical', reason: 'it is a definition, not a technical hurdle', code: 'definition' }])
  })

  it('a customer’s how-to is not a technical hurdle', () => {
    const question = asked('Can I call this API from my app?', 'Yes. Any HTTP client works; the docs have examples in four languages.', 'External FAQ')
    expect(question.form).toBe('usage')
    expect(question.topics).not.toContain('technical')
  })

  it('an ambiguous technical word counts when the answer names a hurdle in technical terms', () => {
    const question = asked(
      'Is my data encrypted?',
      'In transit, yes. End-to-end encryption is a non-goal for v1: it would break the email digests, because the server must read each post to send it.',
      'External FAQ'
    )
    expect(question.topics).toContain('technical')
    expect(new Set(question.evidence.filter((item) => item.topic === 'technical').map((item) => item.source))).toEqual(new Set(['question', 'answer']))
  })

  it('"why not just use X?" is technical when the answer weighs the technical trade-off', () => {
    const question = asked(
      'Why not just use a workflow library?',
      'Its graphs are plain code: no schema for tool contracts, so type errors surface at runtime. That trade-off suits prototypes, not audited pipelines.'
    )
    expect(question.topics).toContain('technical')
  })

  it('the finding names the question that was considered and why it did not count', () => {
    const document = `# Launch\n\n## Press Release\n\n### The Problem\n\nTeams lose a day a week to manual reconciliation.\n\n## FAQ\n\n### Internal FAQ\n\n**What does it cost to keep running?**\n\nTwo engineers for a day each month.\n\n**What is the hardest technical problem?**\n\nMatching bank lines without references.\n`
    const finance = lint(document).findings.find((finding) => finding.ruleId === 'faq-finance')!
    expect(finance.message).toBe(
      'The FAQ has no answer about money (cost, pricing, revenue, margins or the business model): “What does it cost to keep running?” was considered, but its answer is given in effort (people and time), not money.'
    )
    expect(finance.line).toBe(13)
  })
})

describe('figures in running text', () => {
  it('money, shares and scale, in several notations', () => {
    expect(findFigures('$9/month, €1,2 Mio., 3 000 €, USD 40k, 5 million dollars, 月額980円').money).toEqual(['$9', '€1,2 Mio.', '3 000 €', 'USD 40k', '5 million dollars'])
    expect(findFigures('85% gross margin and 12 percent churn').percent).toEqual(['85%', '12 percent'])
    expect(findFigures('p99 under 200 ms at 5,000 requests per second').scale).toEqual(['200 ms', '5,000 requests per second', 'p99'])
  })

  it('no figures where there are none', () => {
    expect(findFigures('We charge per seat, billed yearly, from the second quarter on.')).toEqual({ money: [], percent: [], scale: [] })
  })
})

describe('a problem stated without a label', () => {
  const pressRelease = (...paragraphs: string[]) => `# Ledgerline\n\n## Press Release\n\n${paragraphs.join('\n\n')}\n\n## FAQ\n\n**Q: Who is it for?**\n\nControllers.\n`

  it('in the second paragraph of the press release: a notice that quotes the sentence stating it', () => {
    const m = model(
      pressRelease(
        'SEATTLE — Ledgerline today announced automatic reconciliation for mid-sized companies.',
        'Month-end is a grind. Today controllers have to match every bank line by hand, and there is no way to see which invoices are still open until the books close.',
        'Ledgerline matches each transaction to its source document as it happens.'
      )
    )
    expect(m.hints.problem).toMatchObject({
      source: 'press-release',
      text: 'Today controllers have to match every bank line by hand, and there is no way to see which invoices are still open until the books close.'
    })
    expect(m.hints.problem!.position.start.line).toBe(7)
    const unlabelled = pressRelease(
      'Ledgerline announced reconciliation for mid-sized companies.',
      'Today controllers have to match every bank line by hand, and there is no way to see which invoices are still open.'
    )
    expect(ruleIds(unlabelled).filter((id) => id.startsWith('problem-section'))).toEqual(['problem-section:notice'])
  })

  it.each([
    ['German', 'Heute müssen Buchhalter jede Zeile manuell abgleichen, und es fehlt jeder Überblick über offene Rechnungen.'],
    ['Japanese', '経理担当者は毎月の照合を手作業で行っており、未処理の請求書を把握できない。月末には膨大な時間がかかり、大きな負担になっている。'],
    ['Chinese', '财务人员目前只能手动核对每一笔银行流水，无法及时看到哪些发票尚未结清，每个月都要耗费大量时间。'],
    ['Korean', '회계 담당자는 현재 모든 은행 거래를 수동으로 대조해야 하고, 미결 송장을 한눈에 볼 수 없어 매달 큰 부담이 됩니다.'],
    ['Russian', 'Сейчас бухгалтерам приходится вручную сверять каждую строку выписки, и нет способа увидеть, какие счета ещё не оплачены.'],
    ['Spanish', 'Hoy en día los contables tienen que conciliar cada movimiento a mano, y no hay forma de ver qué facturas siguen pendientes.'],
    ['French', 'Les comptables doivent rapprocher chaque ligne manuellement, et ne peuvent pas voir quelles factures restent impayées : un travail difficile.'],
    ['Portuguese', 'Hoje em dia os contadores precisam conciliar cada lançamento à mão, e não há como ver quais faturas continuam em aberto.']
  ])('%s', (_language, statement) => {
    expect(model(pressRelease('Ledgerline launches automatic reconciliation for mid-sized companies across the region.', statement)).hints.problem).toBeDefined()
  })

  it('three distinct cues of one kind state a problem too; two do not', () => {
    const launch = 'Ledgerline launches automatic reconciliation for mid-sized companies across the region.'
    const three = model(pressRelease(launch, 'Reconciling accounts is tedious, slow and error-prone for every controller we interviewed last spring.'))
    expect(three.hints.problem).toMatchObject({ source: 'press-release', cues: ['pain: tedious'] })
    const two = model(pressRelease(launch, 'Reconciling accounts is tedious and slow for every controller we interviewed last spring in Ohio.'))
    expect(two.hints.problem).toBeUndefined()
  })

  it('under a Background heading, and in the answer to "What problem does this solve?"', () => {
    const background = model('# Faster deploys\n\n## Background\n\nEvery deploy waits for a full rebuild, which is slow: twenty minutes on a large app.\n\n## Proposal\n\nReuse the last build.\n')
    expect(background.hints.problem).toMatchObject({ source: 'background' })
    const faq = model(
      '# Launch\n\n## Press Release\n\nToday we launch Shelfwatch.\n\n## FAQ\n\n**Q: What problem does this solve?**\n\nStore managers walk the aisles twice a day to find empty shelves, and still miss most gaps before the evening rush.\n'
    )
    expect(faq.hints.problem).toMatchObject({ source: 'faq-answer' })
  })

  it('a launch with no problem anywhere fails, and a problem stated only in a quote is not stated', () => {
    const none = pressRelease(
      'Ledgerline today announced automatic reconciliation for mid-sized companies.',
      '"Reconciliation has been a manual grind for too long, and teams cannot see open invoices," said Ana Ruiz, CEO.',
      'Ledgerline is available today at $400 a month.'
    )
    expect(model(none).hints.problem).toBeUndefined()
    expect(ruleIds(none)).toContain('problem-section:error')
    expect(lint(none).findings.find((finding) => finding.ruleId === 'problem-section')!.message).toMatch(/^Missing a problem statement/u)
  })

  it('a contrast with competitors is not a problem statement', () => {
    const m = model(
      pressRelease(
        'Today we launch Quantdesk, a self-hosted platform for strategy research.',
        'Unlike disconnected notebooks or black-box bots, Quantdesk shows every step: code, parameters, logs and results.'
      )
    )
    expect(m.hints.problem).toBeUndefined()
  })
})

describe('labels and questions read as a careful reader reads them', () => {
  it('a word deep in a headline names no section', () => {
    const m = model('# Stayguard\n\n## Press Release\n\n### Stayguard Tells Hosts About Problems Before Their Guests Arrive\n\nHosts get an alert.\n')
    expect(m.parts.problem).toBeUndefined()
  })

  it('a bold name that starts a sentence is not a label', () => {
    expect(model('# T\n\n## Press Release\n\n**Solaris** replaces the storage layer with a peer-to-peer log.\n').parts.solution).toBeUndefined()
  })

  it('bold labels in list items with a dash or a full-width colon', () => {
    expect(model('# T\n\n## Press Release\n\n- **Problem** — shop owners count stock by hand every night.\n').parts.problem?.content.text).toBe('shop owners count stock by hand every night.')
    expect(model('# T\n\n## プレスリリース\n\n- **課題**：在庫を毎晩手作業で数えている。\n').parts.problem?.content.text).toBe('在庫を毎晩手作業で数えている。')
  })

  it('"Q:" questions with no FAQ heading make an FAQ', () => {
    const m = model(
      '## PRFAQ\n\nNow teams can ship models faster.\n\n**Q: What is the motivation?**\n\nShipping a model takes months of glue work.\n\n**Q: What does it cost?**\n\n$200 a month per team.\n'
    )
    expect(m.faq?.questions.map((question) => question.text)).toEqual(['What is the motivation?', 'What does it cost?'])
  })

  it('a page title "# FAQ" over a whole PR/FAQ does not swallow the press release', () => {
    const m = model('# FAQ\n\n## PR FAQ\n\n### Problem Paragraph\n\nTeams wait a week for reports.\n\n### External FAQs\n\n**Q: What does it cost?**\n\n$5 a month.\n')
    expect(m.parts.problem?.content.text).toBe('Teams wait a week for reports.')
    expect(m.faq?.questions.map((question) => question.text)).toEqual(['What does it cost?'])
  })

  it('sub-headings inside an answer are part of the answer, not FAQ groups', () => {
    const m = model('# T\n\n## Public FAQ\n\n### What are we launching today?\n\n#### Background\n\nDeploys take twenty minutes.\n\n#### What changes\n\nThey take two.\n')
    expect(m.faq!.groups.map((group) => group.kind)).toEqual(['external'])
    expect(m.faq!.questions[0]!.answer).toMatchObject({ substantive: true })
    expect(m.faq!.questions[0]!.answer.text).toContain('They take two.')
  })

  it('"How to use" and "What\'s new" are headings, not questions, and do not take the questions after them', () => {
    expect(isQuestion('How to Use', true, vocabulary)).toBe(false)
    expect(isQuestion("What's new", true, vocabulary)).toBe(false)
    expect(isQuestion('How does it scale', true, vocabulary)).toBe(true)
    const m = model('# T\n\n## FAQ\n\n### How to Use\n\n#### What does it cost?\n\n$5 a month.\n')
    expect(m.faq!.questions.map((question) => [question.text, question.answer.text])).toEqual([['What does it cost?', '$5 a month.']])
  })

  it('questions without "?" in Russian, Korean, Japanese and Chinese headings', () => {
    const m = model(
      '# T\n\n## FAQ\n\n#### Какие потребуются затраты для реализации\n\nОколо 2 млн рублей.\n\n#### 가격은 얼마인가요\n\n월 9,900원입니다.\n\n#### なぜ今やるのか\n\n市場が変わった。\n\n#### 为什么现在做\n\n时机成熟。\n'
    )
    expect(m.faq!.questions.map((question) => question.topics)).toEqual([['finance'], ['finance'], ['should-do'], ['should-do']])
  })

  it('question forms: yes/no, definition, usage, open', () => {
    expect(questionForm('Does it work offline?', vocabulary)).toBe('yes-no')
    expect(questionForm('Ist es DSGVO-konform?', vocabulary)).toBe('yes-no')
    expect(questionForm('オフラインで使えますか？', vocabulary)).toBe('yes-no')
    expect(questionForm('What is an agent?', vocabulary)).toBe('definition')
    expect(questionForm('MCPとは？', vocabulary)).toBe('definition')
    expect(questionForm('Can I export my data?', vocabulary)).toBe('usage')
    expect(questionForm('Why now?', vocabulary)).toBe('open')
  })
})

describe('a PR/FAQ split over several files is judged as one', () => {
  const PRESS =
    '---\ntype: PRFAQ Section\n---\n\n# Conductor\n\n## Press Release\n\n### The Problem\n\nAgent pipelines are glue code nobody can audit.\n\n"Our auditors finally read the pipeline instead of the glue," said Priya Nair, a platform engineer at Finch.\n'
  const FAQ =
    '---\ntype: PRFAQ Section\n---\n\n# Internal FAQ\n\n## What does it cost, and how do we make money?\n\n$49 per seat per month; 80% gross margin.\n\n## What is the hardest technical problem?\n\nA type checker for tool contracts, at 200 ms per file.\n\n## How big is the opportunity?\n\n4 million developers; 1% is $23M a year.\n\n## Why should we build this now?\n\nAgent frameworks just stabilised.\n\n## What is our plan to succeed?\n\nBeta in Q1 with 10 teams, launch in Q3.\n'
  const bytes = (text: string) => new TextEncoder().encode(text)

  it('the parts answer for each other; a finding lands in the file that should change', () => {
    const results = lintDocuments(
      [
        { file: 'plan/press-release.md', bytes: bytes(PRESS) },
        { file: 'plan/internal-faq.md', bytes: bytes(FAQ) }
      ],
      defaultSettings()
    )
    expect(results.map((result) => [result.file, result.findings.map((finding) => finding.ruleId)])).toEqual([
      ['plan/press-release.md', []],
      ['plan/internal-faq.md', []]
    ])
    const unanswered = FAQ.replace('$49 per seat per month; 80% gross margin.', 'TBD')
    const [press, faq] = lintDocuments(
      [
        { file: 'plan/press-release.md', bytes: bytes(PRESS) },
        { file: 'plan/internal-faq.md', bytes: bytes(unanswered) }
      ],
      defaultSettings()
    )
    expect(press!.findings).toEqual([])
    expect(faq!.findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['faq-finance', 7]])
  })

  it('parts are grouped by their front matter or an index that links them, within one folder only', () => {
    expect(
      groupDocuments([
        { file: 'a/x.md', head: PRESS },
        { file: 'a/y.md', head: FAQ },
        { file: 'b/z.md', head: FAQ }
      ])
    ).toEqual([['a/x.md', 'a/y.md'], ['b/z.md']])
    const index = '# Conductor PR/FAQ\n\n- [Press release](./press-release.md)\n- [Internal FAQ](internal-faq.md#top)\n'
    expect(
      groupDocuments([
        { file: 'p/index.md', head: index },
        { file: 'p/press-release.md', head: '# PR' },
        { file: 'p/internal-faq.md', head: '# FAQ' }
      ])
    ).toEqual([['p/index.md', 'p/press-release.md', 'p/internal-faq.md']])
    // Two PR/FAQs that link to each other are two documents.
    expect(
      groupDocuments([
        { file: 'p/a-prfaq.md', head: 'See [b](b-prfaq.md).' },
        { file: 'p/b-prfaq.md', head: 'See [a](a-prfaq.md).' }
      ])
    ).toEqual([['p/a-prfaq.md'], ['p/b-prfaq.md']])
  })

  it('the CLI checks a folder of parts as one document', async () => {
    const cwd = tempTree({ 'prfaq/conductor/press-release.md': PRESS, 'prfaq/conductor/internal-faq.md': FAQ.replace('$49 per seat per month; 80% gross margin.', 'TBD') })
    const report = JSON.parse((await runCli(['check', '-f', 'json', 'prfaq'], cwd)).stdout)
    expect(report.files.map((file: { path: string; findings: Array<{ ruleId: string }> }) => [file.path, file.findings.map((finding) => finding.ruleId)])).toEqual([
      ['prfaq/conductor/internal-faq.md', ['faq-finance']],
      ['prfaq/conductor/press-release.md', []]
    ])
  })
})

describe('risk and scale questions without the word "technical"', () => {
  const load = 'The ingest queue: the single database writer saturates at about 4,000 writes per second. We will shard by store before launch.'
  const dependency = 'The scanner SDK we depend on drops frames on older phones, so scans fail silently. We fall back to manual entry, and a nightly sync flags the gaps.'
  const upstream = 'Reorders stop: the supplier service is the only source of prices. We queue orders locally, retry with exponential backoff and switch to email after 30 minutes.'

  it.each([
    ['What could break at 10x load?', load],
    ['What breaks first if usage grows tenfold?', load],
    ["What's most likely to go wrong?", dependency],
    ['What happens if the upstream API goes down?', upstream],
    ['What if the payment provider has an outage?', 'Checkout stops. We keep a second provider warm and fail over to it when the health check fails for 60 seconds.'],
    ['What are the biggest risks?', 'The database could hit its write limit during the holiday peak; we will load-test at 5x and add read replicas.']
  ])('“%s” answered about systems, load or dependencies is a technical hurdle', (question, answer) => {
    const decided = asked(question, answer)
    expect(decided.topics).toContain('technical')
    expect(decided.evidence.some((item) => item.topic === 'technical' && item.source === 'question' && item.ambiguous)).toBe(true)
  })

  it.each([
    ['Was könnte bei zehnfacher Last brechen?', 'Die Warteschlange: der Datenbank-Server schafft etwa 4.000 Schreibvorgänge pro Sekunde. Wir verteilen die Last vor dem Start.'],
    [
      'Was passiert, wenn die Schnittstelle des Lieferanten ausfällt?',
      'Wir puffern Bestellungen in einer Warteschlange, wiederholen sie mit Backoff und wechseln nach 30 Minuten auf E-Mail; der Server bleibt erreichbar.'
    ],
    ["Qu'est-ce qui pourrait mal tourner ?", 'Le serveur de base de données pourrait saturer à 4 000 écritures par seconde ; nous ajoutons un cache et une file d’attente.'],
    ['¿Qué podría fallar con 10 veces más carga?', 'La cola de ingesta: el servidor de base de datos se satura a 4.000 escrituras por segundo. Añadiremos caché antes del lanzamiento.'],
    ['O que pode dar errado?', 'O servidor de banco de dados pode saturar com 4.000 escritas por segundo; vamos adicionar cache e uma fila de mensagens.'],
    ['Что может сломаться при десятикратной нагрузке?', 'Очередь приёма: сервер базы данных упирается в 4000 записей в секунду. До запуска добавим шардирование.'],
    ['上流のAPIが落ちたらどうなりますか？', '注文はサーバーのキューに保存され、再試行されます。30分を超えるとメールに切り替えます。遅延は増えません。'],
    ['上游API宕机会怎样？', '订单会保存在服务器的队列中并重试；超过30分钟后改用邮件。延迟不会增加。']
  ])('in other languages: “%s”', (question, answer) => {
    expect(asked(question, answer).topics).toContain('technical')
  })

  it('a risk word decides nothing alone: a launch party, a market or customers can go wrong too', () => {
    expect(asked('What could go wrong?', 'The venue might be too small and the keynote speaker may cancel; we have a backup date.').topics).not.toContain('technical')
    expect(asked('What are the biggest risks?', 'Customers might not switch from spreadsheets, and a competitor could copy the idea within a year.').rejected).toEqual([
      { topic: 'technical', reason: 'its answer names no technical hurdle: no dependency, limit, risk or figure of scale', code: 'no-hurdle' }
    ])
    expect(asked('When do we break even?', 'In the second year, at 400 paying shops.').topics).toEqual(['finance'])
  })

  it('a download is no outage, and breaking down the costs no failure', () => {
    expect(asked('アプリはどこからダウンロードできますか？', 'サーバーのページからSDKをダウンロードしてください。').rejected).toEqual([])
    expect(asked('앱은 어디서 다운로드하나요?', '서버에서 다운로드하세요. 데이터베이스는 필요 없습니다.').rejected).toEqual([])
    expect(asked('Can you break down the costs?', 'Hosting is $400 a month and support is one engineer.').rejected).toEqual([])
    expect(asked('セキュリティの設定はどこからダウンロードできますか？', 'サーバーの管理ページからSDKと設定ファイルをダウンロードしてください。').topics).not.toContain('technical')
    expect(asked('サーバーがダウンしたらどうなりますか？', '注文はサーバーのキューに保存され、再試行されます。30分を超えるとメールに切り替えます。遅延は増えません。').topics).toContain('technical')
    expect(asked('서버가 다운되면 어떻게 되나요?', '주문은 서버의 큐에 저장되고 재시도됩니다. 지연은 늘지 않고 데이터베이스는 복제됩니다.').topics).toContain('technical')
  })

  it('“why do systems fail?” explains the customer’s problem, not a hurdle of ours', () => {
    const question = asked(
      'Why do AI systems fail in production?',
      'Because teams optimise models, while reliability depends on systems: data pipelines, training infrastructure, deployment and monitoring.',
      'External FAQ'
    )
    expect(question.topics).not.toContain('technical')
  })

  it('“What is most likely to go wrong?” and “What are the biggest risks?” ask for more than a definition', () => {
    expect(questionForm('What is most likely to go wrong?', vocabulary)).toBe('open')
    expect(questionForm('What are the biggest risks?', vocabulary)).toBe('open')
    expect(questionForm('What are the key risks?', vocabulary)).toBe('open')
    expect(questionForm('What is our moat?', vocabulary)).toBe('open')
    expect(questionForm('What is a webhook?', vocabulary)).toBe('definition')
  })
})
