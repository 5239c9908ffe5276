// Fuzz inputs for fuzz/run.mjs: PR/FAQ-like documents from a small grammar,
// then character and byte mutations. Case i is a pure function of (seed, i),
// so any case can be regenerated from its number alone.
import { GENERATORS } from '../bench/adversarial.mjs'

/** FNV-1a over a string: the per-case seed. */
function hash(text) {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/** mulberry32 with helpers. */
export class Rng {
  constructor(seed) {
    this.state = seed >>> 0
  }
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n) {
    return Math.floor(this.next() * n)
  }
  pick(list) {
    return list[this.int(list.length)]
  }
  chance(p) {
    return this.next() < p
  }
}

const WORDS = [
  'customer',
  'teams',
  'cost',
  'price',
  'margin',
  'risk',
  'latency',
  'launch',
  'plan',
  'problem',
  'beta',
  'scale',
  'the',
  'a',
  'we',
  'month',
  'revenue',
  'hardest',
  'data',
  'users',
  'Kosten',
  '課題',
  'é',
  '😀',
  'TBD',
  'N/A'
]
const INLINE = [
  (r) => `**${words(r, 1 + r.int(3))}**`,
  (r) => `*${words(r, 1 + r.int(3))}*`,
  (r) => `_${words(r, 1)}_`,
  (r) => `~~${words(r, 1)}~~`,
  (r) => `\`${words(r, 1)}\``,
  (r) => `[${words(r, 2)}](https://example.com/${r.int(100)})`,
  (r) => `![${words(r, 1)}](img.png "t")`,
  (r) => `[${words(r, 1)}][ref${r.int(5)}]`,
  (_r) => `<br>`,
  (r) => `<!-- ${words(r, 2)} -->`,
  (_r) => `&amp;`,
  (r) => `[^n${r.int(5)}]`,
  (r) => `https://example.com/${r.int(9)}`,
  (_r) => '\\*'
]

function words(r, n) {
  return Array.from({ length: n }, () => r.pick(WORDS)).join(' ')
}

function sentence(r) {
  const parts = []
  for (let i = 0, n = 3 + r.int(10); i < n; i++) parts.push(r.chance(0.2) ? r.pick(INLINE)(r) : r.pick(WORDS))
  return `${parts.join(' ')}${r.pick(['.', '?', '!', ':', ''])}`
}

function paragraph(r) {
  return Array.from({ length: 1 + r.int(4) }, () => sentence(r)).join(r.chance(0.3) ? '\n' : ' ')
}

const QUESTIONS = [
  'What does it cost?',
  'What is the hardest technical problem?',
  'How big is the opportunity?',
  'Why should we build this?',
  'What is our plan to succeed?',
  'What are the risks?',
  'Wie hoch sind die Kosten?'
]

const BLOCKS = [
  (r) => paragraph(r),
  (r) => `${'#'.repeat(1 + r.int(4))} ${r.pick(['The Problem', 'FAQ', 'Internal FAQ', 'Press Release', 'Bezos criteria', words(r, 2)])}`,
  (r) => `**Q: ${r.pick(QUESTIONS)}**\n\n${r.chance(0.5) ? 'A: ' : ''}${paragraph(r)}`,
  (r) => `### ${r.pick(QUESTIONS)}\n\n${paragraph(r)}`,
  (r) => Array.from({ length: 1 + r.int(6) }, (_, i) => `${'  '.repeat(r.int(3))}${r.pick(['-', '*', '+', `${i + 1}.`])} ${r.chance(0.2) ? '[ ] ' : ''}${sentence(r)}`).join('\n'),
  (r) => `| Question | Answer |\n|---|---|\n${Array.from({ length: 1 + r.int(5) }, () => `| ${r.pick(QUESTIONS)} | ${sentence(r)} |`).join('\n')}`,
  (r) => `\`\`\`${r.pick(['', 'js', 'md'])}\n${paragraph(r)}\n\`\`\``,
  (r) => `> ${paragraph(r)}`,
  (r) => `Title ${r.int(9)}\n${r.pick(['===', '---'])}`,
  (r) => `[ref${r.int(5)}]: https://example.com/${r.int(9)} "T"`,
  (r) => `[^n${r.int(5)}]: ${sentence(r)}`,
  (r) => `<div>\n${sentence(r)}\n</div>`,
  (r) => `<!-- prfaq-gate-disable${r.chance(0.5) ? '-next-line' : ''} ${r.pick(['faq-finance', 'problem-section', 'nope'])}${r.chance(0.5) ? ' -- reason' : ''} -->`,
  () => '---'
]

/** A PR/FAQ-like document of about `target` characters. */
export function grammarDocument(r, target) {
  const parts = []
  if (r.chance(0.3)) parts.push(`---\ntitle: ${words(r, 2)}\n${r.chance(0.5) ? 'type: prfaq\n' : ''}${r.chance(0.2) ? 'status: draft\n' : ''}${r.chance(0.05) ? 'bad: [yaml\n' : ''}---`)
  parts.push(`# ${words(r, 2)} PR/FAQ`)
  let size = 0
  while (size < target) {
    const block = r.pick(BLOCKS)(r)
    parts.push(block)
    size += block.length + 2
  }
  return `${parts.join('\n\n')}\n`
}

const DELIMITERS = [
  '*',
  '_',
  '*_',
  '**',
  '__',
  '~',
  '~~',
  '[',
  ']',
  '](',
  '![',
  '<',
  '<!--',
  '-->',
  '<a ',
  '`',
  '``',
  '```',
  '\\',
  '&',
  '&#',
  '|',
  '> ',
  '- ',
  '1. ',
  '#',
  '=',
  '-',
  '[^',
  '"',
  "'",
  '(',
  ')',
  '{#',
  '\t',
  ' ',
  '\n',
  '\r\n',
  '\r'
]

/** One character-level mutation. */
const TEXT_MUTATIONS = [
  (r, text) => {
    const at = r.int(text.length + 1)
    const from = r.int(text.length + 1)
    return text.slice(0, at) + text.slice(from, from + r.int(400)) + text.slice(at)
  },
  (r, text) => {
    const at = r.int(text.length + 1)
    return text.slice(0, at) + text.slice(at + r.int(200))
  },
  (r, text) => {
    const at = r.int(text.length + 1)
    const run = r.pick(DELIMITERS).repeat(1 + r.int(r.chance(0.05) ? 4000 : 60))
    return text.slice(0, at) + run + text.slice(at)
  },
  (r, text) => {
    const ending = r.pick(['\r\n', '\r', '\n\r', '\r\r\n'])
    return r.chance(0.5) ? text.replaceAll('\n', ending) : text.replace(/\n/gu, (nl) => (r.chance(0.3) ? ending : nl))
  },
  (_r, text) => `\uFEFF${text}`,
  (r, text) => {
    const at = r.int(text.length + 1)
    const line = text.slice(at, at + 1 + r.int(80)).replaceAll('\n', ' ')
    return text.slice(0, at) + line.repeat(1 + r.int(r.chance(0.03) ? 3000 : 60)) + text.slice(at)
  },
  (r, text) => {
    const depth = 1 + r.int(r.chance(0.2) ? 300 : 70)
    const prefix = r.pick(['> ', '- ', '  - ', '> - ', '1. ', '    '])
    const at = text.lastIndexOf('\n', r.int(text.length)) + 1
    const lines = Array.from({ length: 1 + r.int(20) }, (_, i) => `${prefix.repeat(r.chance(0.5) ? depth : i % depth)}${sentence(r)}`).join('\n')
    return `${text.slice(0, at)}${lines}\n${text.slice(at)}`
  },
  (r, text) => {
    const at = r.int(text.length + 1)
    return text.slice(0, at) + String.fromCharCode(r.pick([0, 0xfffd, 0xd800, 0x2028, 0x85, 0x0b, 0x0c, 0x200b])) + text.slice(at)
  }
]

/** Byte-level mutations: invalid UTF-8, NUL, truncation inside a character. */
const BYTE_MUTATIONS = [
  (r, bytes) => withByte(bytes, r.int(bytes.length + 1), r.pick([0x80, 0xc0, 0xc3, 0xe2, 0xed, 0xf4, 0xf8, 0xff, 0xfe])),
  (r, bytes) => withByte(bytes, r.int(bytes.length + 1), 0),
  (r, bytes) => bytes.subarray(0, Math.max(0, bytes.length - 1 - r.int(3)))
]

function withByte(bytes, at, byte) {
  const out = new Uint8Array(bytes.length + 1)
  out.set(bytes.subarray(0, at))
  out[at] = byte
  out.set(bytes.subarray(at), at + 1)
  return out
}

const ADVERSARIAL = Object.keys(GENERATORS)
const encoder = new TextEncoder()

/** Case i: { bytes, description, typical } — `typical` marks the unmutated grammar documents (the run's baseline). */
export function fuzzCase(seed, i) {
  const r = new Rng(hash(`${seed}\u0000${i}`))
  const roll = r.next()
  let text
  let description
  let typical = false
  if (roll < 0.08) {
    const name = r.pick(ADVERSARIAL)
    text = GENERATORS[name].generate(512 + r.int(r.chance(0.1) ? 64 * 1024 : 8 * 1024))
    description = `adversarial ${name}`
  } else {
    const target = r.chance(0.02) ? 20_000 + r.int(100_000) : 200 + r.int(5000)
    text = grammarDocument(r, target)
    description = `grammar ${target}`
    typical = roll > 0.85
  }
  const mutations = typical ? 0 : r.int(6)
  for (let m = 0; m < mutations; m++) {
    const k = r.int(TEXT_MUTATIONS.length)
    text = TEXT_MUTATIONS[k](r, text)
    description += ` t${k}`
  }
  let bytes = encoder.encode(text)
  if (!typical && r.chance(0.05)) {
    const k = r.int(BYTE_MUTATIONS.length)
    bytes = BYTE_MUTATIONS[k](r, bytes)
    description += ` b${k}`
  }
  return { bytes, description, typical }
}
