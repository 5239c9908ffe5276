// Shared by the build-time schema compiler (scripts/compile-schemas.mjs) and
// the run-time compiler for team schemas, so both validate the same way.
// Plain JS because the build script imports it before TypeScript runs.

/** Annotation keywords prfaq-gate reads from schemas to word its findings. */
export const ANNOTATION_KEYWORDS = ['x-rule', 'x-message', 'x-help', 'x-severity']

/** @type {import('ajv').Options} */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // Requirement schemas say "required" without repeating "type": "object"; that is fine.
  strictTypes: false,
  // ...nor repeat a property's definition in each oneOf branch that requires it.
  strictRequired: false,
  allowUnionTypes: true,
  keywords: ANNOTATION_KEYWORDS
}
