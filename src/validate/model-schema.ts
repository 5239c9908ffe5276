import type { ErrorObject } from 'ajv'
import * as compiled from '../generated/prfaq-validator.js'
import type { PrFaqModel } from '../model/types.js'

export interface SchemaResult {
  /** Rules (x-rule) whose requirement the model does not meet. */
  failedRules: Set<string>
  /** The model breaks its own contract: a bug in prfaq-gate, never the writer's fault. */
  contractErrors: ErrorObject[]
}

type Validator = typeof compiled.validateContract

const requirements: Array<[string, Validator]> = compiled.ruleIds.map((ruleId, index) => [ruleId, (compiled as unknown as Record<string, Validator>)[`rule${index}`]!])

/** Validates a model against schema/prfaq.schema.json (precompiled at build time). */
export function validateAgainstModelSchema(model: PrFaqModel): SchemaResult {
  const contractErrors = compiled.validateContract(model) ? [] : [...(compiled.validateContract.errors ?? [])]
  const failedRules = new Set(requirements.filter(([, validate]) => !validate(model)).map(([ruleId]) => ruleId))
  return { failedRules, contractErrors }
}
