import { DocumentTooComplexError, UNIT_COSTS, type WorkBudget, type WorkCause } from './complexity.js'

/**
 * The budget of the parse in progress. Parsing is synchronous, so one
 * module-level slot is enough (each worker thread has its own module); the
 * counting constructs of src/parse/guard.ts read it instead of carrying it
 * through micromark, which has no place for it.
 */
let active: WorkBudget | undefined

export function withBudget<T>(budget: WorkBudget | undefined, run: () => T): T {
  const previous = active
  active = budget
  try {
    return run()
  } finally {
    active = previous
  }
}

export function budgetActive(): boolean {
  return active !== undefined
}

/** Spends `units` of the active budget (none: nothing to count); true when it is spent and the site must refuse. */
export function spend(units: number, cause: WorkCause): boolean {
  return active !== undefined && units > 0 && active.spend(units, cause)
}

/** Stops the parse: `count` things of kind `cause`, the costly run starting at `offset`. */
export function refuse(cause: WorkCause, count: number, offset: number): never {
  throw new DocumentTooComplexError(cause, count, offset)
}

export { UNIT_COSTS }
