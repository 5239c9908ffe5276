import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { EngineSettings } from '../config/defaults.js'
import { lintBytes, lintDecoded, type LintResult } from '../engine/lint.js'
import { tooLarge } from './decode.js'

/**
 * Reads and checks one file from disk. An oversized file is reported from
 * its size alone, without reading it into memory.
 */
export async function lintFile(path: string, settings: EngineSettings, cwd = process.cwd()): Promise<LintResult> {
  const handle = await open(resolve(cwd, path), 'r')
  try {
    const { size } = await handle.stat()
    if (size > settings.maxFileBytes) return lintDecoded(tooLarge(size, settings.maxFileBytes), path, settings)
    return lintBytes(await handle.readFile(), path, settings)
  } finally {
    await handle.close()
  }
}
