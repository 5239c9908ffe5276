import type { ErrorObject, ValidateFunction } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { Position, PrFaqModel } from '../model/types.js'
import { AJV_OPTIONS } from './ajv-options.js'

/**
 * Team schemas: a team's own requirements, as JSON Schemas over the document
 * model ("a Tenets section", "an FAQ question tagged pricing"). They are
 * compiled at run time (the built-in schema is precompiled), once per process.
 */
const ajv = new Ajv2020({ ...AJV_OPTIONS, verbose: true })
const compiled = new Map<string, ValidateFunction>()

function compile(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema)
  const cached = compiled.get(key)
  if (cached) return cached
  // Team schemas are anonymous: drop an $id so two schemas with the same one cannot clash.
  const { $id: _ignored, ...anonymous } = schema
  const validate = ajv.compile(anonymous)
  compiled.set(key, validate)
  return validate
}

/** Why a schema cannot be used, or undefined when it compiles. */
export function teamSchemaProblem(schema: Record<string, unknown>): string | undefined {
  try {
    compile(schema)
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}

export interface TeamSchemaFailure {
  /** Where the failing part of the model is in the document; undefined for the document as a whole. */
  at: Position | undefined
  message: string
  help: string
}

/** What checking takes of a team schema (config/defaults.ts's TeamSchema, as configured, has these and more). */
export interface TeamRequirement {
  schema: Record<string, unknown>
  message: string
  help: string
}

/** At most this many findings per team schema and document: more would bury the first. */
const MAX_FAILURES = 5

/**
 * Validates the model against one team schema. Each failure is placed at the
 * model node it concerns (the nearest part of the document with a position)
 * and worded with the schema's `x-message` / `x-help` if the failing part
 * has them, else the config's `message` / `help`.
 */
export function checkTeamSchema(model: PrFaqModel, team: TeamRequirement): TeamSchemaFailure[] {
  const validate = compile(team.schema)
  if (validate(model)) return []
  const failures: TeamSchemaFailure[] = []
  const seen = new Set<string>()
  for (const error of mostSpecific(validate.errors ?? [])) {
    const failure = {
      at: positionAt(model, error.instancePath),
      message: annotation(error, 'x-message') ?? team.message,
      help: annotation(error, 'x-help') ?? team.help
    }
    const key = `${failure.message}@${failure.at?.start.offset ?? -1}`
    if (seen.has(key)) continue
    seen.add(key)
    failures.push(failure)
    if (failures.length >= MAX_FAILURES) break
  }
  return failures
}

/**
 * Errors that explain themselves. A failed `contains` means "no item
 * matches": its per-item errors are noise, so they go; anyOf/oneOf summaries
 * go when the specific errors under them remain.
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject[] {
  const containsPaths = errors.filter((error) => error.keyword === 'contains').map((error) => `${error.schemaPath}/`)
  const relevant = errors.filter((error) => !containsPaths.some((path) => error.schemaPath.startsWith(path)))
  const specific = relevant.filter((error) => !['anyOf', 'oneOf', 'allOf', 'if', 'not'].includes(error.keyword))
  return specific.length > 0 ? specific : relevant
}

function annotation(error: ErrorObject, keyword: 'x-message' | 'x-help'): string | undefined {
  const value = (error.parentSchema as Record<string, unknown> | undefined)?.[keyword]
  return typeof value === 'string' ? value : undefined
}

/** The position of the nearest node on the JSON-pointer path that has one (a section, a question, the FAQ). */
export function positionAt(model: PrFaqModel, pointer: string): Position | undefined {
  let node: unknown = model
  let found: Position | undefined
  for (const segment of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')]
    found = ownPosition(node) ?? found
  }
  return found
}

function ownPosition(node: unknown): Position | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined
  const record = node as { position?: Position; label?: { position?: Position } }
  return record.label?.position ?? record.position
}
