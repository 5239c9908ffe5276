import * as core from '@actions/core'

/** The Action's entry: never throws; a failure becomes a failed step with a clear message. */
export async function run(): Promise<void> {
  try {
    core.info('prfaq-gate: pull-request support lands with the Action issue; use the CLI meanwhile.')
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
