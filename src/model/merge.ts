import type { Faq, Position, PrFaqModel } from './types.js'

/**
 * One model for a PR/FAQ split over several files (see sources/documents.ts):
 * the parts in reading order, each position stamped with the file it is in,
 * so that a finding about the whole document lands in the file that should
 * change — a missing finance answer in the FAQ's file, a missing problem in
 * the press release's. The first part's title and front matter stand for the
 * document.
 */
export function mergeModels(parts: Array<{ file: string; model: PrFaqModel }>): PrFaqModel {
  const stamped = parts.map(({ file, model }) => stampFile(model, file))
  const merged: PrFaqModel = { parts: {}, sections: [], hints: {}, placeholders: [] }
  const withTitle = stamped.find((model) => model.title)
  if (withTitle?.title) merged.title = withTitle.title
  const withFrontMatter = stamped.find((model) => model.frontMatter)
  if (withFrontMatter?.frontMatter) merged.frontMatter = withFrontMatter.frontMatter
  for (const model of stamped) {
    merged.pressRelease ??= model.pressRelease
    if (!merged.pressRelease) delete merged.pressRelease
    merged.sections.push(...model.sections)
    for (const [role, section] of Object.entries(model.parts)) {
      const current = merged.parts[role]
      if (section && (!current || (!current.content.substantive && section.content.substantive))) merged.parts[role] = section
    }
    if (model.faq) merged.faq = merged.faq ? appendFaq(merged.faq, model.faq) : model.faq
    if (model.criteria) merged.criteria = merged.criteria ? { ...merged.criteria, entries: [...merged.criteria.entries, ...model.criteria.entries] } : model.criteria
    merged.hints.problem ??= model.hints.problem
    if (!merged.hints.problem) delete merged.hints.problem
    merged.hints.solution ??= model.hints.solution
    if (!merged.hints.solution) delete merged.hints.solution
    // The press release is one part's: the first that has one.
    merged.release ??= model.release
    if (!merged.release) delete merged.release
    merged.placeholders.push(...model.placeholders)
  }
  return merged
}

function appendFaq(first: Faq, next: Faq): Faq {
  const offset = first.groups.length
  return {
    ...first,
    ...(first.label || next.label ? { label: (first.label ?? next.label)! } : {}),
    groups: [...first.groups, ...next.groups],
    questions: [...first.questions, ...next.questions.map((question) => (question.group === undefined ? question : { ...question, group: question.group + offset }))]
  }
}

/** A deep copy of the model in which every position names its file. */
function stampFile(model: PrFaqModel, file: string): PrFaqModel {
  return JSON.parse(JSON.stringify(model), (key, value: unknown) => (key !== 'data' && isPosition(value) ? { ...value, file } : value)) as PrFaqModel
}

function isPosition(value: unknown): value is Position {
  return typeof value === 'object' && value !== null && 'start' in value && 'end' in value && typeof (value as Position).start === 'object'
}
