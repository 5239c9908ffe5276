import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'file-empty',
  description: 'The file has content.',
  help: 'Write the PR/FAQ, or start from a skeleton: `prfaq-gate init`.',
  rationale: 'An empty PR/FAQ answers none of the questions reviewers ask; it must not pass the gate.',
  defaultSeverity: 'error'
})
