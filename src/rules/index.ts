import answerFirst from './answer-first.js'
import bezosBigIdea from './bezos-big-idea.js'
import bezosPlanToSucceed from './bezos-plan-to-succeed.js'
import bezosShouldDo from './bezos-should-do.js'
import customerQuote from './customer-quote.js'
import documentTooComplex from './engine/document-too-complex.js'
import fileEmpty from './engine/file-empty.js'
import fileNotText from './engine/file-not-text.js'
import fileTooLarge from './engine/file-too-large.js'
import frontMatterInvalid from './engine/front-matter-invalid.js'
import suppressionInvalid from './engine/suppression-invalid.js'
import faqFinance from './faq-finance.js'
import faqTechnicalHurdles from './faq-technical-hurdles.js'
import financeFigures from './finance-figures.js'
import pressReleaseLength from './press-release-length.js'
import problemBeforeSolution from './problem-before-solution.js'
import problemFromCustomer from './problem-from-customer.js'
import problemSection from './problem-section.js'
import type { Rule } from './rule.js'
import templateLeftovers from './template-leftovers.js'

/**
 * Every rule, in the order findings are explained. Ids are stable: a retired
 * rule stays here as a comment so its id is never reused for something else.
 */
export const RULES: readonly Rule[] = [
  // The document's content (schema/prfaq.schema.json decides, the rule explains).
  problemSection,
  faqFinance,
  faqTechnicalHurdles,
  bezosBigIdea,
  bezosShouldDo,
  bezosPlanToSucceed,
  // How it is written: advice in the working-backwards tradition (warnings; errors under strict).
  problemBeforeSolution,
  problemFromCustomer,
  customerQuote,
  answerFirst,
  financeFigures,
  templateLeftovers,
  pressReleaseLength,
  // The file itself.
  fileTooLarge,
  fileNotText,
  fileEmpty,
  frontMatterInvalid,
  documentTooComplex,
  // The document's own comments.
  suppressionInvalid
]

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]))

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id)
}
