import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { EngineSettings } from '../config/defaults.js'
import { lintBytes, lintDecoded, type LintResult } from '../engine/lint.js'
import { tooLarge } from './decode.js'

/**
 * Reads and checks one file from disk. An oversized file is reported from
 * its size alone, without reading it into memory; a file that cannot be read
 * (permissions, a broken link) is a finding naming it, and the run goes on.
 */
export async function lintFile(path: string, settings: EngineSettings, cwd = process.cwd()): Promise<LintResult> {
  let handle
  try {
    handle = await open(resolve(cwd, path), 'r')
    const { size } = await handle.stat()
    if (size > settings.maxFileBytes) return lintDecoded(tooLarge(size, settings.maxFileBytes), path, settings)
    return lintBytes(await handle.readFile(), path, settings)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    return lintDecoded({ ok: false, ruleId: 'file-not-text', message: `The file cannot be read (${code}: ${(error as Error).message.split(',')[0]}).` }, path, settings)
  } finally {
    await handle?.close()
  }
}
