import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { EngineSettings } from '../config/defaults.js'
import { lintDocuments, type DocumentInput, type LintResult } from '../engine/lint.js'
import { tooLarge } from './decode.js'

/**
 * Reads and checks files from disk that may be parts of one PR/FAQ (see
 * sources/documents.ts): the engine judges the parts of a split document
 * together. An oversized file is reported from its size alone, without
 * reading it into memory; a file that cannot be read (permissions, a broken
 * link) is a finding naming it, and the run goes on.
 */
export async function lintFileGroup(paths: string[], settingsFor: (file: string) => EngineSettings, cwd = process.cwd()): Promise<LintResult[]> {
  const inputs = await Promise.all(paths.map((path) => readInput(path, settingsFor(path), cwd)))
  return lintDocuments(inputs, settingsFor)
}

async function readInput(path: string, settings: EngineSettings, cwd: string): Promise<DocumentInput> {
  let handle
  try {
    handle = await open(resolve(cwd, path), 'r')
    const { size } = await handle.stat()
    if (size > settings.maxFileBytes) return { file: path, unreadable: tooLarge(size, settings.maxFileBytes) }
    return { file: path, bytes: await handle.readFile() }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    return { file: path, unreadable: { ok: false, ruleId: 'file-not-text', message: `The file cannot be read (${code}: ${(error as Error).message.split(',')[0]}).` } }
  } finally {
    await handle?.close()
  }
}
