import type { EngineSettings } from '../config/defaults.js'
import { DEFAULT_VOCABULARY } from '../vocabulary/default.js'
import { compileVocabulary } from '../vocabulary/match.js'

/** The section headings of a new PR/FAQ, in English unless the team's vocabulary names them first. */
const HEADINGS: Record<string, string> = {
  pressRelease: 'Press Release',
  problem: 'The Problem',
  solution: 'The Solution',
  leaderQuote: 'Leader Quote',
  customerQuote: 'Customer Quote',
  gettingStarted: 'Getting Started',
  faq: 'FAQ',
  faqExternal: 'External FAQ',
  faqInternal: 'Internal FAQ'
}

/** The FAQ question that answers each topic rule, and the rule it serves. */
const TOPIC_QUESTIONS: Array<{ ruleId: string; topic: string; question: string }> = [
  { ruleId: 'faq-finance', topic: 'finance', question: 'What does it cost us, and how do we make money?' },
  { ruleId: 'faq-technical-hurdles', topic: 'technical', question: 'What is the hardest technical problem, and how will we solve it?' },
  { ruleId: 'bezos-big-idea', topic: 'big-idea', question: 'How big is the opportunity?' },
  { ruleId: 'bezos-should-do', topic: 'should-do', question: 'Why should we be the ones to build this, and why now?' },
  { ruleId: 'bezos-plan-to-succeed', topic: 'plan', question: 'What is our plan to succeed?' }
]

/**
 * A new PR/FAQ that follows the active config: every part the enabled rules
 * require is present, each with a placeholder ("TBD", "[…]") that the
 * substance checks report until the writer replaces it. A team vocabulary
 * names the headings and questions in the team's words.
 */
export function skeleton(settings: EngineSettings): string {
  const heading = (role: string) => headingFor(settings, role)
  const enabled = (ruleId: string) => (settings.rules[ruleId] ?? 'error') !== 'off'
  const parts: string[] = [
    '---',
    'type: prfaq',
    '---',
    '',
    '# [Product name]: [the customer benefit in one line]',
    '',
    `## ${heading('pressRelease')}`,
    '',
    '### [Headline: who gets what, in words the customer would use]',
    '',
    '[City], [launch date] — [Summary: what launches, for whom, and the one benefit that matters most.]',
    ''
  ]
  if (enabled('problem-section')) parts.push(`### ${heading('problem')}`, '', '[Describe the customer’s problem: who has it, how often, and what it costs them today.]', '')
  parts.push(
    `### ${heading('solution')}`,
    '',
    '[Describe how the product solves the problem, in the customer’s terms.]',
    '',
    `### ${heading('leaderQuote')}`,
    '',
    '[“Why we built this,” said [name, title].]',
    '',
    `### ${heading('customerQuote')}`,
    '',
    '[“What changed for me,” said [customer name, role].]',
    '',
    `### ${heading('gettingStarted')}`,
    '',
    '[How a customer starts today: a link, a command, a price.]',
    '',
    `## ${heading('faq')}`,
    '',
    `### ${heading('faqExternal')}`,
    '',
    '**Q: [A question customers will ask]?**',
    '',
    'TBD',
    '',
    `### ${heading('faqInternal')}`,
    ''
  )
  for (const { ruleId, topic, question } of TOPIC_QUESTIONS) {
    if (enabled(ruleId)) parts.push(`**Q: ${questionFor(settings, topic, question)}**`, '', 'TBD', '')
  }
  for (const team of settings.schemas) {
    if (team.template && enabled(team.id)) parts.push(team.template.trimEnd(), '')
  }
  return `${parts.join('\n').trimEnd()}\n`
}

/** The team's own first alias for a role when it added one; else the English heading. */
function headingFor(settings: EngineSettings, role: string): string {
  const first = settings.vocabulary.sections[role]?.[0]
  if (first && !DEFAULT_VOCABULARY.sections[role]?.includes(first)) return capitalize(first)
  return HEADINGS[role] ?? capitalize(first ?? role)
}

/** The usual question if the active vocabulary recognises its topic in it; else one built from the topic's first keyword. */
function questionFor(settings: EngineSettings, topic: string, question: string): string {
  const vocabulary = compileVocabulary(settings.vocabulary)
  const first = settings.vocabulary.topics[topic]?.[0]
  const teamFirst = first && !DEFAULT_VOCABULARY.topics[topic]?.includes(first)
  if (!teamFirst && vocabulary.topics.has(topic, question)) return question
  return `${capitalize(first ?? topic)}?`
}

function capitalize(text: string): string {
  return text.replace(/(^|\s)(\p{Ll})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`)
}
