import { type FileHandle, open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { t } from '../messages/text.js'
import { type Decoded, tooLarge } from './decode.js'

/** A file to check: its bytes, or why it could not be read (too large, unreadable). */
export type DocumentInput = { file: string; bytes: Uint8Array } | { file: string; unreadable: Decoded & { ok: false } }

/**
 * Reads a file from disk to be checked. An oversized file is reported from
 * its size alone, without reading it into memory; a file that cannot be read
 * (permissions, a broken link) becomes a finding naming it, and the run goes on.
 */
export async function readDocument(path: string, maxBytes: number, cwd: string): Promise<DocumentInput> {
  let handle: FileHandle | undefined
  try {
    handle = await open(resolve(cwd, path), 'r')
    const { size } = await handle.stat()
    if (size > maxBytes) return { file: path, unreadable: tooLarge(size, maxBytes) }
    return { file: path, bytes: await handle.readFile() }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    return { file: path, unreadable: { ok: false, ruleId: 'file-not-text', message: t('decode.unreadable', { reason: `${code}: ${(error as Error).message.split(',')[0]}` }) } }
  } finally {
    await handle?.close()
  }
}
