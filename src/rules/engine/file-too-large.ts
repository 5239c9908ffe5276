import { defineRule } from '../rule.js'

/** Reported by the engine while reading the file (src/sources/read.ts, src/engine/lint.ts). */
export default defineRule({
  kind: 'engine',
  id: 'file-too-large',
  description: 'The file is small enough to review (1 MB by default).',
  help: 'A PR/FAQ is a six-page document; this file is far larger. Split it (press release, FAQ, appendix) or raise `maxFileBytes` in the config if it really is one document.',
  rationale: 'A gate that silently skipped a file it could not read would pass a document nobody checked; a PR/FAQ this large is also far past the six pages reviewers read.',
  defaultSeverity: 'error'
})
