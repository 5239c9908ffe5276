import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'front-matter-invalid',
  description: 'The YAML front matter between the opening and closing `---` lines is a valid mapping.',
  help: 'Fix the YAML on the line shown (a missing colon, a tab, an unclosed quote), or remove the front matter block.',
  rationale: 'Broken front matter means the document’s metadata (its type and status) cannot be read, and most renderers show the block as an error.',
  defaultSeverity: 'error'
})
