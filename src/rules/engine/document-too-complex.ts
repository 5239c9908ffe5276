import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'document-too-complex',
  description: 'The document’s lists and block quotes are nested no deeper than a reader can follow.',
  help: 'Flatten the nesting: no PR/FAQ needs lists or quotes nested this deep. prfaq-gate stops reading such a document rather than risk a crash.',
  rationale:
    'Nesting this deep cannot be a real PR/FAQ and would exhaust the parser; the gate reports it instead of crashing or passing it.',
  defaultSeverity: 'error'
})
