// Deterministic benchmark corpus: PR/FAQ Markdown documents generated from a
// seeded PRNG, so every run (and every machine) gets the same bytes.
//
//   bench/.corpus/docs/<team>/prfaq-NNNN-<slug>.md   1,000 documents, 2–20 KB each
//   bench/.corpus/large/prfaq-large-{256k,1m,5m}.md  one document each, same kind of content
//   bench/.corpus/stress/prfaq-nested-stress.md      lists / block quotes nested hundreds of levels (< 1 MB)
//   bench/.corpus/stress/prfaq-nested-near-limit-stress.md   nesting just under the engine's limit
//   bench/.corpus/manifest.json                      sizes and SHA-256 of every file
//
// The manifest's configHash covers this file's source and the parameters, so
// editing the generator (or BENCH_SEED) regenerates the corpus; otherwise an
// existing corpus whose files still match the manifest is reused.
//
// Run on its own with `node bench/corpus.mjs [--force]`.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HERE = dirname(fileURLToPath(import.meta.url))
export const CORPUS_DIR = join(HERE, '.corpus')
const MANIFEST = join(CORPUS_DIR, 'manifest.json')
/** Bump when the layout of the corpus changes in a way the source hash would not show. */
const FORMAT = 1

export const DEFAULT_PARAMS = Object.freeze({
  seed: 'prfaq-gate-bench-v1',
  documents: 1000,
  minBytes: 2 * 1024,
  maxBytes: 20 * 1024,
  teams: 10,
  large: [
    { name: 'prfaq-large-256k.md', bytes: 256 * 1024 },
    { name: 'prfaq-large-1m.md', bytes: 1024 * 1024 },
    { name: 'prfaq-large-5m.md', bytes: 5 * 1024 * 1024 }
  ],
  stressDepth: 400,
  nearLimitDepth: 60
})

// ---------------------------------------------------------------------------
// PRNG

/** FNV-1a: a string → 32-bit seed. */
function hashSeed(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** mulberry32 with helpers; every document gets its own stream (seed + label). */
class Rng {
  constructor(seed, label) {
    this.state = hashSeed(`${seed}\u0000${label}`)
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  chance(p) {
    return this.next() < p
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)]
  }
  shuffle(list) {
    const copy = [...list]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy
  }
}

// ---------------------------------------------------------------------------
// Vocabulary of the generated prose

const NAME_HEADS = [
  'Ledger',
  'Flow',
  'Beacon',
  'Quill',
  'Harbor',
  'Atlas',
  'Pulse',
  'Relay',
  'Cinder',
  'Summit',
  'Lumen',
  'Vector',
  'Tally',
  'Nimbus',
  'Orbit',
  'Kestrel',
  'Juniper',
  'Anchor',
  'Prism',
  'Meridian',
  'Sparrow',
  'Copper',
  'Tandem',
  'Harvest'
]
const NAME_TAILS = ['line', 'desk', 'kit', 'hub', 'works', 'path', 'sync', 'board', 'cast', 'loop', 'ly', 'base', 'gate', 'note', 'mark']
const CUSTOMERS = [
  'finance teams',
  'store managers',
  'nurses on night shifts',
  'independent bookshops',
  'field technicians',
  'small landlords',
  'data engineers',
  'school administrators',
  'freight dispatchers',
  'support agents',
  'restaurant owners',
  'clinical researchers',
  'event planners',
  'municipal clerks',
  'open-source maintainers',
  'warehouse leads',
  'insurance adjusters',
  'recruiters',
  'dental practices',
  'podcast producers'
]
const TASKS = [
  'reconcile bank feeds by hand',
  'chase approvals over email',
  'copy numbers between spreadsheets',
  'wait days for a quote',
  'rebuild the weekly report from scratch',
  'track shipments across five portals',
  'schedule shifts on paper',
  'answer the same question twenty times a day',
  'merge customer records that disagree',
  'export data to fix it in Excel',
  'file the same form twice',
  'search old tickets for an answer',
  'rekey invoices into the ledger',
  'guess which version of the contract is current'
]
const OUTCOMES = [
  'close the month in one day',
  'see every order in one place',
  'answer customers in minutes',
  'stop losing invoices',
  'plan a week of shifts in ten minutes',
  'ship without a spreadsheet',
  'find the right document the first time',
  'get paid a week sooner',
  'cut rework in half',
  'know what changed and why'
]
const FEATURES = [
  'automatic matching',
  'a shared inbox',
  'one-click export',
  'audit trails',
  'role-based access',
  'offline mode',
  'a mobile app',
  'bulk editing',
  'smart reminders',
  'an open API',
  'webhooks',
  'single sign-on',
  'scheduled reports',
  'a plain-language search'
]
const TOOLS = ['QuickBooks', 'Salesforce', 'Slack', 'Google Sheets', 'SAP', 'Shopify', 'Zendesk', 'Jira', 'Excel', 'Microsoft Teams', 'NetSuite', 'Xero']
const ADJECTIVES = ['simple', 'reliable', 'fast', 'predictable', 'quiet', 'careful', 'practical', 'honest', 'boring', 'robust', 'small', 'clear']
const NOUNS = ['workflow', 'report', 'ledger', 'queue', 'schedule', 'record', 'dashboard', 'invoice', 'pipeline', 'template', 'backlog', 'roster', 'catalogue', 'checklist']
const VERBS = ['reviews', 'tracks', 'matches', 'flags', 'routes', 'summarises', 'checks', 'syncs', 'groups', 'explains']
const PEOPLE = [
  'Maya Okafor',
  'Jonas Lindqvist',
  'Priya Raman',
  'Tomás Herrera',
  'Aiko Tanaka',
  'Grace Mbeki',
  'Lukas Brandt',
  'Chloé Martin',
  'Sam Whitfield',
  'Ines Duarte',
  'Wei Zhang',
  'Olu Adeyemi'
]
const ROLES = ['VP of Product', 'General Manager', 'CEO', 'Head of Operations', 'Director of Engineering', 'Chief Customer Officer']
const CUSTOMER_ROLES = ['controller at a retail chain', 'charge nurse', 'owner of a bakery', 'operations lead', 'dispatcher', 'practice manager', 'IT administrator']
const CITIES = ['SEATTLE', 'BERLIN', 'LONDON', 'TORONTO', 'SYDNEY', 'AUSTIN', 'DUBLIN', 'SINGAPORE', 'LISBON', 'NAIROBI']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4']
const LANGS = ['json', 'yaml', 'ts', 'sql', 'bash', 'python', '']
const FILLER = ['In practice', 'Today', 'In our interviews', 'During the beta', 'For most teams', 'At month end', 'On a typical day', 'By comparison', 'Over the last year', 'In the pilot']

// ---------------------------------------------------------------------------
// Building blocks

function formatNumber(n) {
  // Locale-independent thousands separators (determinism across machines).
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',')
}

/** Per-document facts, so the prose of one document hangs together. */
function makeFacts(rng) {
  const name = rng.pick(NAME_HEADS) + rng.pick(NAME_TAILS)
  return {
    name,
    customer: rng.pick(CUSTOMERS),
    task: rng.pick(TASKS),
    outcome: rng.pick(OUTCOMES),
    tool: rng.pick(TOOLS),
    city: rng.pick(CITIES),
    leader: rng.pick(PEOPLE),
    leaderRole: rng.pick(ROLES),
    fan: rng.pick(PEOPLE),
    fanRole: rng.pick(CUSTOMER_ROLES),
    price: rng.pick([9, 19, 29, 49, 99, 149, 400, 1200]),
    year: rng.int(2019, 2027),
    slug: name.toLowerCase()
  }
}

function inline(rng, f) {
  switch (rng.int(0, 13)) {
    case 0:
      return `**${rng.pick(FEATURES)}**`
    case 1:
      return `*${rng.pick(ADJECTIVES)}*`
    case 2:
      return `\`${rng.pick(['--dry-run', 'sync_interval', 'POST /v1/matches', 'status=open', 'export.csv', 'retry_after', `${f.slug}.yml`])}\``
    case 3:
      return `[${rng.pick(['the design doc', 'our research notes', 'the pricing sheet', 'the pilot results', 'this dashboard'])}](https://wiki.example.com/${f.slug}/${rng.pick(NOUNS)}-${rng.int(1, 999)})`
    case 4:
      return `https://${f.slug}.example.com/${rng.pick(['docs', 'status', 'pricing', 'beta'])}`
    case 5:
      return `~~${rng.pick(['weekly', 'manual', 'legacy'])}~~ ${rng.pick(['daily', 'automatic', 'new'])}`
    case 6:
      return `${rng.pick(['€', '$', '£'])}${formatNumber(rng.int(2, 900) * 100)}`
    case 7:
      return `${rng.int(2, 98)}%`
    default:
      return rng.pick(NOUNS)
  }
}

function sentence(rng, f) {
  const t = rng.int(0, 15)
  const s = (() => {
    switch (t) {
      case 0:
        return `${cap(f.customer)} ${rng.pick(['still', 'often', 'usually', 'routinely'])} ${f.task}, which takes ${rng.int(2, 40)} hours a month`
      case 1:
        return `${f.name} ${rng.pick(VERBS)} every ${rng.pick(NOUNS)} as it arrives, so nobody has to ${f.task}`
      case 2:
        return `${rng.pick(FILLER)}, ${rng.int(3, 40)} of ${rng.int(41, 60)} ${f.customer} told us they ${rng.pick(['dread', 'put off', 'outsource', 'double-check'])} the ${rng.pick(NOUNS)}`
      case 3:
        return `With ${rng.pick(FEATURES)} and ${rng.pick(FEATURES)}, ${f.customer} can ${f.outcome}`
      case 4:
        return `The ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(VERBS)} ${inline(rng, f)} and ${rng.pick(VERBS)} the rest`
      case 5:
        return `It works with ${f.tool} and ${rng.pick(TOOLS)} out of the box — no migration, no new ${rng.pick(NOUNS)}`
      case 6:
        return `Errors are expensive: a missed ${rng.pick(NOUNS)} costs about ${inline(rng, f)} and a frustrating afternoon`
      case 7:
        return `We measured a ${rng.int(12, 85)}% drop in ${rng.pick(['rework', 'late payments', 'escalations', 'manual steps', 'time to answer'])} during the ${rng.pick(['pilot', 'beta', 'trial'])}`
      case 8:
        return `Setup takes ${rng.int(3, 30)} minutes: connect ${f.tool}, pick a ${rng.pick(NOUNS)}, and invite the team`
      case 9:
        return `See ${inline(rng, f)} for the details, including the ${rng.pick(['numbers', 'caveats', 'open questions', 'raw data'])}`
      case 10:
        return `Because the ${rng.pick(NOUNS)} is ${rng.pick(ADJECTIVES)}, ${f.customer} no longer have to ${f.task}`
      case 11:
        return `${cap(rng.pick(ADJECTIVES))} defaults matter more than options; the first version has ${rng.int(2, 9)} settings, not ${rng.int(20, 90)}`
      case 12:
        return `The current tools are ${rng.pick(['tedious', 'error-prone', 'slow', 'expensive'])}, and teams lose ${rng.int(2, 15)} hours a week to them`
      case 13:
        return `Customers pay ${inline(rng, f)} per ${rng.pick(['seat', 'site', 'month', 'location'])}, and the ${rng.pick(NOUNS)} is free`
      case 14:
        return `${cap(rng.pick(NOUNS))}s are kept for ${rng.int(1, 7)} years and can be exported at any time as \`${rng.pick(['CSV', 'JSON', 'PDF'])}\``
      default:
        return `${cap(f.name)} is ${rng.pick(ADJECTIVES)} by design: it ${rng.pick(VERBS)} the ${rng.pick(NOUNS)} and gets out of the way`
    }
  })()
  return `${s}${rng.chance(0.08) ? ` (“${rng.pick(['finally', 'at last', 'about time'])}”)` : ''}.`
}

function cap(text) {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function paragraph(rng, f, min = 2, max = 5) {
  const count = rng.int(min, max)
  const parts = []
  for (let i = 0; i < count; i++) parts.push(sentence(rng, f))
  // Hard-wrapped prose in some documents, one line per paragraph in others.
  return f.wrap ? wrap(parts.join(' '), 100) : parts.join(' ')
}

function wrap(text, width) {
  const words = text.split(' ')
  const lines = []
  let line = ''
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

function shortItem(rng, f) {
  const s = sentence(rng, f)
  return rng.chance(0.5) ? s : s.split(/[,:;—]/u)[0].replace(/\.$/u, '')
}

/** A bullet or ordered list, sometimes nested, sometimes a task list. */
function list(rng, f, { items = rng.int(3, 7), depth = rng.pick([1, 1, 2, 2, 3]), ordered = rng.chance(0.25), task = rng.chance(0.08), indent = '' } = {}) {
  const lines = []
  const marker = ordered ? null : rng.pick(['-', '-', '-', '*', '+'])
  for (let i = 0; i < items; i++) {
    const bullet = ordered ? `${i + 1}.` : marker
    const check = task ? (rng.chance(0.5) ? '[x] ' : '[ ] ') : ''
    lines.push(`${indent}${bullet} ${check}${shortItem(rng, f)}`)
    if (depth > 1 && rng.chance(0.35)) {
      const width = bullet.length + 1
      lines.push(list(rng, f, { items: rng.int(2, 4), depth: depth - 1, ordered: rng.chance(0.2), task: false, indent: indent + ' '.repeat(width) }))
    }
  }
  return lines.join('\n')
}

function table(rng, f, rows = rng.int(3, 7)) {
  const kind = rng.int(0, 2)
  if (kind === 0) {
    const out = ['| Milestone | Date | Owner | Exit criterion |', '| --- | --- | --- | --- |']
    for (let i = 0; i < rows; i++)
      out.push(
        `| ${rng.pick(['Private beta', 'Public beta', 'GA', 'EU launch', 'Mobile app', 'API v2', 'Pricing test'])} | ${rng.pick(QUARTERS)} ${f.year + rng.int(0, 2)} | ${rng.pick(PEOPLE)} | ${shortItem(rng, f)} |`
      )
    return out.join('\n')
  }
  if (kind === 1) {
    const out = ['| Year | Customers | Revenue | Cost | Margin |', '| ---: | ---: | ---: | ---: | ---: |']
    for (let i = 0; i < rows; i++) {
      const customers = rng.int(1, 90) * 100 * (i + 1)
      out.push(
        `| ${f.year + i} | ${formatNumber(customers)} | $${formatNumber(customers * f.price * 12)} | $${formatNumber(Math.round((customers * f.price * 12 * rng.int(20, 90)) / 100))} | ${rng.int(5, 80)}% |`
      )
    }
    return out.join('\n')
  }
  const out = ['| Option | Pros | Cons |', '| :-- | :-- | :-- |']
  for (let i = 0; i < rows; i++) out.push(`| ${rng.pick(['Build', 'Buy', 'Partner', 'Do nothing', `Extend ${f.tool}`])} | ${shortItem(rng, f)} | ${shortItem(rng, f)} |`)
  return out.join('\n')
}

function codeFence(rng, f) {
  const lang = rng.pick(LANGS)
  const fence = rng.chance(0.85) ? '```' : '~~~'
  const body = []
  const lines = rng.int(3, 12)
  for (let i = 0; i < lines; i++) {
    switch (lang) {
      case 'json':
        body.push(`${i === 0 ? '{' : ' '} "${rng.pick(NOUNS)}_${i}": ${rng.chance(0.5) ? rng.int(0, 9999) : `"${rng.pick(ADJECTIVES)}"`}${i === lines - 1 ? ' }' : ','}`)
        break
      case 'yaml':
        body.push(`${rng.pick(NOUNS)}_${i}: ${rng.pick(ADJECTIVES)}`)
        break
      case 'bash':
        body.push(`${f.slug} ${rng.pick(['sync', 'export', 'check', 'import'])} --${rng.pick(NOUNS)} ${rng.int(1, 99)}`)
        break
      case 'sql':
        body.push(`SELECT ${rng.pick(NOUNS)}_id, count(*) FROM ${rng.pick(NOUNS)}s WHERE status = '${rng.pick(['open', 'late'])}' GROUP BY 1;`)
        break
      default:
        body.push(`${rng.chance(0.3) ? '  ' : ''}const ${rng.pick(NOUNS)}${i} = await ${f.slug}.${rng.pick(['match', 'route', 'sync', 'flag'])}(${rng.int(0, 99)}) // # not a heading`)
    }
  }
  return `${fence}${lang}\n${body.join('\n')}\n${fence}`
}

function blockquote(rng, f, { nested = rng.chance(0.15), withList = rng.chance(0.2) } = {}) {
  const lines = paragraph(rng, f, 1, 3)
    .split('\n')
    .map((line) => `> ${line}`)
  if (withList)
    lines.push(
      '>',
      ...list(rng, f, { items: rng.int(2, 4), depth: 2 })
        .split('\n')
        .map((line) => `> ${line}`)
    )
  if (nested)
    lines.push(
      '>',
      ...blockquote(rng, f, { nested: false, withList: false })
        .split('\n')
        .map((line) => `> ${line}`)
    )
  return lines.join('\n')
}

function quote(rng, f, who, role) {
  const first = sentence(rng, f).replace(/\.$/u, '')
  const second = sentence(rng, f).replace(/\.$/u, '')
  const text = `“${first}, and ${second.charAt(0).toLowerCase()}${second.slice(1)},” said ${who}, ${role}.`
  return rng.chance(0.6) ? `> ${text}` : text
}

/** An answer: one to a few blocks. `heavy` favours lists and block quotes (the large documents). */
function answer(rng, f, { heavy = false, topic } = {}) {
  if (rng.chance(0.03)) return rng.pick(['TBD.', 'TODO: fill in', 'N/A', '_To be decided with finance._'])
  const blocks = [paragraph(rng, f, topic ? 2 : 1, f.compact ? 2 : 4)]
  if (topic === 'finance' && rng.chance(0.5)) blocks.push(table(rng, { ...f }, rng.int(3, 5)))
  const extra = heavy ? rng.int(1, 4) : rng.int(0, f.compact ? 1 : 2)
  for (let i = 0; i < extra; i++) {
    const roll = rng.next()
    if (roll < (heavy ? 0.35 : 0.3)) blocks.push(list(rng, f))
    else if (roll < (heavy ? 0.6 : 0.4)) blocks.push(blockquote(rng, f))
    else if (roll < 0.5) blocks.push(table(rng, f))
    else if (roll < 0.6) blocks.push(codeFence(rng, f))
    else blocks.push(paragraph(rng, f))
  }
  return blocks.join('\n\n')
}

const QUESTIONS = {
  finance: [
    'What does it cost, and how do we make money?',
    'How much will customers pay for {name}?',
    'What is the business model?',
    'What are the unit economics?',
    'What revenue do we expect in the first year?',
    'What budget do we need, and when do we break even?',
    'How is {name} priced compared with {tool}?'
  ],
  technical: [
    'What is the hardest technical problem?',
    'What are the key dependencies?',
    'How will it scale to {n} customers?',
    'What does the architecture look like?',
    'What are the biggest technical risks?',
    'How does the integration with {tool} work under the hood?'
  ],
  'big-idea': ['How big is the opportunity?', 'What is the addressable market?', 'How many customers have this problem?', 'Why is this big enough to matter?'],
  'should-do': ['Why should we be the ones to build this?', 'Why now?', 'Why build rather than buy or partner?', 'Is this the right strategic fit for us?'],
  plan: ['What is our plan to succeed?', 'What is the launch timeline?', 'What resources do we need?', 'How will we measure success?', 'What are the milestones for the first year?'],
  customer: [
    'Who is {name} for?',
    'How do I get started?',
    'Does it work with {tool}?',
    'Can I export my data?',
    'What happens to my existing {noun}s?',
    'Is there a free trial?',
    'Which browsers and devices are supported?',
    'Can I invite my accountant?',
    'What if I make a mistake?',
    'How do I get help?'
  ],
  other: [
    'What did we learn from the beta?',
    'Which teams are affected?',
    'What are we explicitly not doing?',
    'How does this interact with {feature}?',
    'What do we tell existing customers?',
    'Who approved the scope?',
    'What happens if {tool} changes its terms?',
    'How will support handle the launch?'
  ]
}

function question(rng, f, topic) {
  return rng
    .pick(QUESTIONS[topic])
    .replace('{name}', f.name)
    .replace('{tool}', f.tool)
    .replace('{n}', formatNumber(rng.int(1, 500) * 1000))
    .replace('{noun}', rng.pick(NOUNS))
    .replace('{feature}', rng.pick(FEATURES))
}

/** A question in the document's style (sometimes another one, as real documents mix them). */
function faqEntry(rng, f, topic, { heavy = false, level = 3 } = {}) {
  const text = question(rng, f, topic)
  const style = rng.chance(0.85) ? f.qStyle : rng.pick(['heading', 'boldQ', 'bold'])
  const body = answer(rng, f, { heavy, topic: ['customer', 'other'].includes(topic) ? undefined : topic })
  if (style === 'heading') return `${'#'.repeat(level)} ${text}\n\n${body}`
  if (style === 'boldQ') return `**Q: ${text}**\n\n${rng.chance(0.5) ? 'A: ' : ''}${body}`
  return `**${text}**\n\n${body}`
}

const LABELS = {
  en: {
    pr: ['Press Release', 'Press release', 'Working Backwards Press Release', 'The Press Release', 'Future press release'],
    problem: ['The Problem', 'Problem', 'Customer problem', 'The challenge', 'Pain points'],
    solution: ['The Solution', 'Solution', 'How it works', 'The solution'],
    leader: ['Leader quote', 'Quote from company leader', 'Executive quote'],
    customer: ['Customer quote', 'What customers are saying', 'Customer testimonial'],
    start: ['Getting started', 'How to get started', 'Availability', 'Pricing and availability', 'Call to action'],
    faq: ['FAQ', 'FAQs', 'Frequently Asked Questions', 'Questions and Answers'],
    external: ['External FAQ', 'Customer FAQ', 'Customer questions'],
    internal: ['Internal FAQ', 'Stakeholder FAQ', 'Internal questions'],
    criteria: ['Bezos criteria', 'The three questions', 'Decision criteria'],
    appendix: ['Appendix', 'Appendices', 'References']
  },
  de: {
    pr: ['Pressemitteilung'],
    problem: ['Das Problem', 'Problemstellung'],
    solution: ['Die Lösung'],
    leader: ['Zitat der Geschäftsführung'],
    customer: ['Kundenzitat'],
    start: ['Erste Schritte', 'Verfügbarkeit'],
    faq: ['Häufige Fragen', 'Fragen und Antworten'],
    external: ['Kunden FAQ'],
    internal: ['Interne FAQ'],
    criteria: ['Drei Fragen'],
    appendix: ['Anhang']
  },
  ja: {
    pr: ['プレスリリース'],
    problem: ['課題'],
    solution: ['解決策'],
    leader: ['リーダーの引用'],
    customer: ['お客様の声'],
    start: ['始め方'],
    faq: ['よくある質問'],
    external: ['外部FAQ'],
    internal: ['社内FAQ'],
    criteria: ['三つの問い'],
    appendix: ['付録']
  }
}

function frontMatter(rng, f) {
  const lines = ['---', `title: "${f.name}: ${f.outcome}"`]
  if (rng.chance(0.6)) lines.push('type: prfaq')
  lines.push(`status: ${rng.pick(['draft', 'in review', 'approved', 'archived'])}`)
  lines.push('owners:', `  - ${rng.pick(PEOPLE)}`, `  - ${rng.pick(PEOPLE)}`)
  lines.push(`date: ${f.year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`)
  lines.push(`tags: [${rng.shuffle(NOUNS).slice(0, rng.int(1, 4)).join(', ')}]`)
  // About one front matter block in fifty is broken YAML, as in real repositories.
  if (rng.chance(0.02)) lines.push(rng.pick(['reviewers: [unclosed, list', 'summary: "unterminated', 'bad: : value']))
  lines.push('---')
  return lines.join('\n')
}

/**
 * The press release: headline, summary, problem, solution, quotes, getting
 * started. Labelled with headings, bold labels or not at all.
 */
function pressRelease(rng, f, L, { compact }) {
  const out = []
  const sentences = compact ? [1, 2] : [2, 5]
  const para = () => paragraph(rng, f, sentences[0], sentences[1])
  out.push(`## ${rng.pick(L.pr)}`)
  const headline = `${f.name} lets ${f.customer} ${f.outcome}`
  out.push(rng.chance(0.7) ? `### ${headline}` : `**${headline}**`)
  if (rng.chance(0.6)) out.push(`*${cap(rng.pick(ADJECTIVES))} ${rng.pick(NOUNS)}s for ${f.customer}, available ${rng.pick(['today', 'this spring', `in ${rng.pick(MONTHS)}`])}*`)
  out.push(`**${f.city}, ${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${f.year}** — ${para()}`)
  const problemText = () => `${cap(f.customer)} have to ${f.task}. ${compact ? '' : `${para()} `}It is tedious, error-prone and they lose hours every week.`
  const parts = [
    ['problem', problemText, rng.chance(0.92)],
    ['solution', para, rng.chance(0.95)],
    ['leader', () => quote(rng, f, f.leader, `${f.leaderRole} at ${f.name}`), !compact || rng.chance(0.5)],
    ['customer', () => quote(rng, f, f.fan, `${f.fanRole}`), !compact || rng.chance(0.5)],
    ['start', () => `${para()} Visit https://${f.slug}.example.com/start to try it.`, rng.chance(0.8)]
  ]
  for (const [part, text, present] of parts) {
    if (!present) continue
    const label = rng.pick(L[part])
    if (f.prStyle === 'heading') out.push(`### ${label}`, text())
    else if (f.prStyle === 'bold') out.push(`**${label}.** ${text()}`)
    else out.push(text())
    if (!compact && rng.chance(0.2)) out.push(rng.chance(0.5) ? list(rng, f) : blockquote(rng, f))
  }
  return out
}

function criteriaSection(rng, f, L) {
  const out = [`## ${rng.pick(L.criteria)}`]
  const entries = [
    ['Big idea', 'big-idea'],
    ['Should we do it', 'should-do'],
    ['Plan to succeed', 'plan']
  ]
  for (const [label] of entries) {
    if (rng.chance(0.15)) continue
    out.push(`**${label}:** ${paragraph(rng, f, 1, 3)}`)
  }
  return out
}

function appendix(rng, f, L) {
  const out = [`## ${rng.pick(L.appendix)}`]
  if (rng.chance(0.5)) out.push('### Glossary', `| Term | Meaning |\n| --- | --- |\n${Array.from({ length: rng.int(2, 5) }, () => `| ${cap(rng.pick(NOUNS))} | ${shortItem(rng, f)} |`).join('\n')}`)
  out.push('### Links', Array.from({ length: rng.int(2, 5) }, (_, i) => `- [${cap(rng.pick(NOUNS))} notes ${i + 1}](https://wiki.example.com/${f.slug}/${i + 1}) — ${shortItem(rng, f)}`).join('\n'))
  if (rng.chance(0.3)) out.push(`![Architecture diagram](./img/${f.slug}-architecture.png "${f.name} architecture")`)
  if (rng.chance(0.3)) out.push(`[^1]: ${sentence(rng, f)}`)
  if (rng.chance(0.3))
    out.push('### Revision history', `| Version | Date | Change |\n| --- | --- | --- |\n| 0.${rng.int(1, 9)} | ${f.year}-0${rng.int(1, 9)}-1${rng.int(0, 9)} | ${shortItem(rng, f)} |`)
  return out
}

function docFacts(rng) {
  const f = makeFacts(rng)
  f.wrap = rng.chance(0.4)
  f.qStyle = rng.pick(['heading', 'heading', 'boldQ', 'bold'])
  f.prStyle = rng.pick(['heading', 'heading', 'bold', 'plain'])
  const lang = rng.next()
  f.lang = lang < 0.03 ? 'de' : lang < 0.05 ? 'ja' : 'en'
  return f
}

/** One typical PR/FAQ of about `target` bytes, within [min, max]. */
function typicalDocument(seed, index, target, min, max) {
  const rng = new Rng(seed, `doc:${index}`)
  const f = docFacts(rng)
  const L = LABELS[f.lang]
  const compact = target < 5000
  f.compact = compact
  const head = []
  if (rng.chance(0.2)) head.push(frontMatter(rng, f))
  head.push(`# ${f.name}: ${cap(f.outcome)}`)
  if (rng.chance(0.3)) head.push(`*Draft ${rng.int(1, 7)} — owner: ${rng.pick(PEOPLE)} — last updated ${rng.pick(MONTHS)} ${f.year}*`)
  if (rng.chance(0.1)) head.push(`<!-- reviewers: ${rng.pick(PEOPLE)}, ${rng.pick(PEOPLE)} -->`)
  head.push(...pressRelease(rng, f, L, { compact }))

  // Questions: the topics the rules look for are mixed into customer and other
  // questions; short documents run out of room before some of them (as real drafts do).
  const topics = rng.shuffle(['finance', 'technical', 'big-idea', 'should-do', 'plan'].filter(() => rng.chance(0.9)))
  const split = rng.chance(0.7) // external / internal groups, or one flat FAQ
  const level = split ? 4 : 3
  const external = Array.from({ length: 3 }, () => 'customer')
  // Topics come early, with an occasional other question between them; the
  // rest are filler questions for as long as the target size allows.
  const internal = topics.flatMap((topic) => (rng.chance(0.3) ? [rng.chance(0.5) ? 'other' : 'customer', topic] : [topic]))
  for (let i = 0; i < 40; i++) internal.push(rng.chance(0.5) ? 'other' : 'customer')

  const tail = []
  if (rng.chance(0.25)) tail.push(...criteriaSection(rng, f, L))
  if (rng.chance(0.4)) tail.push(...appendix(rng, f, L))

  const blocks = [...head, `## ${rng.pick(L.faq)}`]
  let size = byteLength(blocks) + byteLength(tail)
  const add = (block) => {
    blocks.push(block)
    size += Buffer.byteLength(block) + 2
  }
  const queue = split
    ? [`### ${rng.pick(L.external)}`, ...external.slice(0, compact ? 1 : 3).map((t) => ['q', t]), `### ${rng.pick(L.internal)}`, ...internal.map((t) => ['q', t])]
    : [...external.slice(0, rng.int(0, 2)), ...internal].map((t) => ['q', t])
  for (const item of queue) {
    if (typeof item === 'string') {
      add(item)
      continue
    }
    const entry = faqEntry(rng, f, item[1], { level })
    const entrySize = Buffer.byteLength(entry) + 2
    if (size + entrySize > max) continue
    if (size >= target && size >= min) break
    add(entry)
  }
  let text = `${[...blocks, ...tail].join('\n\n')}\n`
  // Pad a too-short document with prose; trim a too-long one at a paragraph.
  while (Buffer.byteLength(text) < min) text += `\n${paragraph(rng, f)}\n`
  if (Buffer.byteLength(text) > max) {
    const cut = text.lastIndexOf('\n\n', max - 4)
    text = `${text.slice(0, cut)}\n`
  }
  return { text, facts: f }
}

function byteLength(blocks) {
  return blocks.reduce((sum, block) => sum + Buffer.byteLength(block) + 2, 0)
}

/**
 * A document of `bytes` bytes (at least, overshooting by under a section):
 * one PR/FAQ with a press release and a very long FAQ — many groups of
 * questions whose answers are heavy on lists (long and nested), block quotes
 * (some containing lists and block quotes) and tables.
 */
function largeDocument(seed, name, bytes) {
  const rng = new Rng(seed, `large:${name}`)
  const f = docFacts(rng)
  f.lang = 'en'
  const L = LABELS.en
  const parts = [frontMatter(rng, f), `# ${f.name}: ${cap(f.outcome)}`, ...pressRelease(rng, f, L, { compact: false }), `## ${rng.pick(L.faq)}`]
  let size = byteLength(parts)
  const push = (block) => {
    parts.push(block)
    size += Buffer.byteLength(block) + 2
  }
  const topics = ['finance', 'technical', 'big-idea', 'should-do', 'plan', 'customer', 'other']
  let group = 0
  while (size < bytes) {
    group++
    push(`### ${rng.pick([...L.external, ...L.internal, 'Billing questions', 'Technical questions', 'Rollout questions', 'Support questions'])} ${group}`)
    const questions = rng.int(5, 15)
    for (let i = 0; i < questions && size < bytes; i++) push(faqEntry(rng, f, rng.pick(topics), { heavy: true, level: 4 }))
    const roll = size < bytes ? rng.next() : 1
    if (roll < 0.3) push(list(rng, f, { items: rng.int(50, 300), depth: 3 }))
    else if (roll < 0.55) push(Array.from({ length: rng.int(3, 8) }, () => blockquote(rng, f, { nested: rng.chance(0.5), withList: rng.chance(0.5) })).join('\n>\n'))
    else if (roll < 0.7) push(table(rng, f, rng.int(20, 60)))
  }
  parts.push(...criteriaSection(rng, f, L))
  return `${parts.join('\n\n')}\n`
}

/**
 * Lists and block quotes nested `depth` levels: the shapes that make a
 * recursive parser blow its stack or go quadratic.
 */
function nestedDocument(seed, depth, label) {
  const rng = new Rng(seed, `stress:${label}`)
  const f = docFacts(rng)
  const out = [
    `# ${f.name}: nesting stress test (${depth} levels)`,
    '## Press Release',
    '### The Problem',
    paragraph(rng, f),
    '### The Solution',
    paragraph(rng, f),
    '## FAQ',
    faqEntry(rng, f, 'finance'),
    faqEntry(rng, f, 'technical')
  ]
  const word = (i) => `level ${i} ${rng.pick(NOUNS)}`
  // Block quotes: "> > > … text", one more level per line.
  out.push('## Block quotes', Array.from({ length: depth }, (_, i) => `${'> '.repeat(i + 1)}${word(i + 1)}`).join('\n'))
  // Bullet list: two more spaces of indentation per level.
  out.push('## Bullet list', Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${word(i + 1)}`).join('\n'))
  // Ordered list: "1. " is three columns wide.
  const ordered = Math.round(depth * 0.6)
  out.push('## Ordered list', Array.from({ length: ordered }, (_, i) => `${'   '.repeat(i)}1. ${word(i + 1)}`).join('\n'))
  // Alternating list item and block quote on one line: "- > - > …".
  out.push('## Lists in block quotes', Array.from({ length: depth }, (_, i) => `${Array.from({ length: i + 1 }, (_, k) => (k % 2 ? '- ' : '> ')).join('')}${word(i + 1)}`).join('\n'))
  // One line that opens every level at once, then lazy continuation lines.
  out.push('## One deep line', `${'> - '.repeat(Math.floor(depth / 2))}${word(depth)}\n${'lazy continuation line\n'.repeat(20)}`)
  return `${out.join('\n\n')}\n`
}

// ---------------------------------------------------------------------------
// Corpus on disk

function sha256(data) {
  return createHash('sha256').update(data).digest('hex')
}

function configHash(params) {
  const source = readFileSync(fileURLToPath(import.meta.url))
  return sha256(JSON.stringify({ FORMAT, params, source: sha256(source) }))
}

/** Generates every file in memory: [{ path (relative to the corpus dir), text }]. */
export function generateCorpus(params = DEFAULT_PARAMS) {
  const files = []
  const sizeRng = new Rng(params.seed, 'sizes')
  const width = String(params.documents).length
  for (let i = 0; i < params.documents; i++) {
    // Log-uniform sizes: many short documents, a long tail of 20 KB ones.
    const target = Math.round(params.minBytes * (params.maxBytes / params.minBytes) ** sizeRng.next())
    const { text, facts } = typicalDocument(params.seed, i, target, params.minBytes, params.maxBytes)
    const team = `team-${String((i % params.teams) + 1).padStart(2, '0')}`
    files.push({ path: `docs/${team}/prfaq-${String(i + 1).padStart(width, '0')}-${facts.slug}.md`, text })
  }
  for (const { name, bytes } of params.large) files.push({ path: `large/${name}`, text: largeDocument(params.seed, name, bytes) })
  files.push({ path: 'stress/prfaq-nested-stress.md', text: nestedDocument(params.seed, params.stressDepth, 'deep') })
  files.push({ path: 'stress/prfaq-nested-near-limit-stress.md', text: nestedDocument(params.seed, params.nearLimitDepth, 'near-limit') })
  return files
}

function readManifest(path = MANIFEST) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

/** True when every file of the manifest is on disk with its recorded size and hash. */
function corpusMatches(manifest, dir) {
  for (const file of manifest.files) {
    const path = join(dir, file.path)
    if (!existsSync(path)) return false
    const data = readFileSync(path)
    if (data.length !== file.bytes || sha256(data) !== file.sha256) return false
  }
  return true
}

/**
 * Makes sure the corpus exists and matches the generator; returns the manifest
 * and whether it was (re)generated.
 */
export function ensureCorpus({ params = DEFAULT_PARAMS, force = false, dir = CORPUS_DIR } = {}) {
  const hash = configHash(params)
  const manifestPath = join(dir, 'manifest.json')
  const existing = readManifest(manifestPath)
  if (!force && existing?.configHash === hash && corpusMatches(existing, dir)) return { manifest: existing, generated: false }

  const started = performance.now()
  for (const sub of ['docs', 'large', 'stress']) rmSync(join(dir, sub), { recursive: true, force: true })
  rmSync(manifestPath, { force: true })
  const files = generateCorpus(params).map(({ path, text }) => {
    const data = Buffer.from(text, 'utf8')
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), data)
    return { path, bytes: data.length, sha256: sha256(data) }
  })
  const manifest = {
    format: FORMAT,
    configHash: hash,
    contentHash: sha256(files.map((file) => `${file.path}\t${file.sha256}`).join('\n')),
    params,
    files
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`)
  return { manifest, generated: true, seconds: (performance.now() - started) / 1000 }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes('--force')
  const dirArg = process.argv.find((arg) => arg.startsWith('--dir='))
  const params = process.env.BENCH_SEED ? { ...DEFAULT_PARAMS, seed: process.env.BENCH_SEED } : DEFAULT_PARAMS
  const { manifest, generated, seconds } = ensureCorpus({ params, force, dir: dirArg ? dirArg.slice(6) : CORPUS_DIR })
  const docs = manifest.files.filter((file) => file.path.startsWith('docs/'))
  const total = docs.reduce((sum, file) => sum + file.bytes, 0)
  console.log(`${generated ? `generated in ${seconds.toFixed(1)} s` : 'up to date'}: ${docs.length} documents (${(total / 1e6).toFixed(2)} MB), contentHash ${manifest.contentHash.slice(0, 16)}`)
  for (const file of manifest.files.filter((file) => !file.path.startsWith('docs/'))) console.log(`  ${file.path}  ${file.bytes} bytes`)
}
