import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'file-not-text',
  description: 'The file is UTF-8 text, not binary data or another encoding.',
  help: 'Save the file as UTF-8 (most editors: “Save with encoding → UTF-8”), or, if it is not a PR/FAQ, narrow the paths prfaq-gate checks.',
  rationale: 'A file that is not UTF-8 text cannot be read as a PR/FAQ; passing it unchecked would let it through the gate.',
  defaultSeverity: 'error'
})
