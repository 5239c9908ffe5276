import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'document-too-complex',
  description: 'The document’s nesting and markup are ones a Markdown parser can read in reasonable time.',
  help: 'Flatten the nesting, or remove the long run of unpaired markup the message names (put literal markup in a code block): no PR/FAQ needs them. prfaq-gate stops reading such a document rather than hold up the check for minutes.',
  rationale:
    'Nesting this deep, or thousands of unpaired markers in one paragraph, cannot be a real PR/FAQ and would exhaust the parser or keep it busy for minutes; the gate reports it instead of hanging, crashing or passing it.',
  defaultSeverity: 'error'
})
