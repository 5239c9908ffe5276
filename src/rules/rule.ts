import type { Severity } from '../findings/finding.js'
import type { Text } from '../messages/text.js'
import type { Position, PrFaqModel } from '../model/types.js'

/** Where rule documentation lives; each rule's page is `<id>.md` here. */
export const DOCS_BASE_URL = 'https://github.com/prfaq-gate/prfaq-gate/blob/main/docs/rules/'

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`
}

/** What a rule says about one problem. The engine adds the rule id, severity, file and docs URL. */
export interface Report {
  /** The node a reviewer should look at; undefined falls back to the title, then the first line. */
  at: Position | undefined
  /** A message of the catalogs (src/messages/), rendered in the document's language; a plain string stays as it is (team schemas). */
  message: Text | string
  /** How to fix it; defaults to the rule's `help`. */
  help?: Text | string
  /**
   * The rule is not sure (for example, an unlabelled paragraph may be the
   * problem statement): the finding is reported one severity lower.
   */
  uncertain?: boolean
  /**
   * The document meets the requirement, but not where reviewers look for it
   * (a problem stated in an unlabelled paragraph): reported as a notice that
   * advises, whatever the rule's severity — except under the strict preset.
   */
  advisory?: boolean
  /** A mechanical fix on one line of the file `at` is in; the engine writes the suggestion (see Fix in findings/finding.ts). */
  fix?: FixSpec
}

/**
 * What a rule asks to change. The engine reads the line, builds the
 * replacement and drops a fix that would delete the author's words.
 */
export type FixSpec =
  /** Adds text before and/or after a line, keeping the line as it is. */
  | { kind: 'insert'; line: number; before?: string; after?: string; description: Text | string }
  /** Replaces a line that holds `placeholder` and nothing else the author wrote. */
  | { kind: 'replace-placeholder'; line: number; placeholder: string; replacement: string; description: Text | string }

export interface RuleContext {
  model: PrFaqModel
  report(report: Report): void
  /**
   * The source text of a line of the file `at` is in (`line` defaults to
   * `at`'s first line), without its line ending. Only for fixes that must
   * write as the document is written (a new question in the FAQ's own
   * Markdown); a rule's verdict comes from the model alone.
   */
  sourceLine(at: Position, line?: number): string | undefined
  /** A message in the document's language, for text a fix writes into the document (a skeleton question). */
  render(message: Text | string): string
}

interface RuleBase {
  /** Stable, kebab-case; never reused for another meaning. */
  id: string
  /** One line: what the rule requires. */
  description: string
  /** The default advice on how to fix a finding. */
  help: string
  /** Why the requirement matters when working backwards: shown in review comments. */
  rationale: string
  defaultSeverity: Severity
  /**
   * What the rule's options apply to: `keywords` extend this topic's keyword
   * list (or this section role's aliases), `minWords` sets how many words its
   * answers need.
   */
  target?: { topic: string } | { role: string }
}

/**
 * A requirement stated in schema/prfaq.schema.json (an `allOf` entry with
 * `"x-rule": "<id>"`). The schema decides pass or fail; when it fails,
 * `explain` finds the place and the words for the writer.
 */
export interface SchemaRule extends RuleBase {
  kind: 'schema'
  explain(context: RuleContext): void
}

/** Options a team can set per rule in its config (`rules: { press-release-length: { maxWords: 600 } }`). */
export interface RuleOptions {
  /** press-release-length: the most words the press release may have. */
  maxWords?: number
}

export interface ModelRuleContext extends RuleContext {
  /** The team's options for this rule; the rule supplies its defaults. */
  options: RuleOptions
}

/**
 * A judgement of how the document is written, read from the model alone
 * (the writing rules: problem before solution, answer first, figures…).
 * These advise: they default to warnings and become errors under strict.
 */
export interface ModelRule extends RuleBase {
  kind: 'model'
  check(context: ModelRuleContext): void
}

/** A finding the engine makes itself: about the file (size, encoding, front matter) or a suppression comment. */
export interface EngineRule extends RuleBase {
  kind: 'engine'
}

export type Rule = SchemaRule | ModelRule | EngineRule

export function defineRule<T extends Rule>(rule: T): T {
  return rule
}
