import { defineRule } from '../rule.js'

/** Reported by the engine when it reads suppression comments (src/engine/suppressions.ts). */
export default defineRule({
  kind: 'engine',
  id: 'suppression-invalid',
  description: 'Every `prfaq-gate-disable` comment names known rules and gives a reason after `--`.',
  help: 'Write the reason after two dashes: `<!-- prfaq-gate-disable faq-finance -- pricing is decided in the finance review -->`.',
  rationale: 'Switching a check off is a decision reviewers should see and question; without a reason it is just a silenced gate. A suppression without a reason is ignored.',
  defaultSeverity: 'error'
})
