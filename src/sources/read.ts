import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { resolve } from 'node:path'
import { t } from '../messages/text.js'
import { type Decoded, tooLarge } from './decode.js'

/** A file to check: its bytes, or why it could not be read (too large, unreadable). */
export type DocumentInput = { file: string; bytes: Uint8Array } | { file: string; unreadable: Decoded & { ok: false } }

/**
 * Reads a file from disk to be checked. An oversized file is reported from
 * its size alone, without reading it into memory; a file that cannot be read
 * (permissions, a broken link) becomes a finding naming it, and the run goes on.
 * Synchronous on purpose: each step of an asynchronous read waits for a turn
 * of the event loop, which a thread busy checking the previous file does not
 * give it — measured, a tenth of a single-threaded run was spent idle on them.
 */
export function readDocument(path: string, maxBytes: number, cwd: string): DocumentInput {
  let fd: number | undefined
  try {
    fd = openSync(resolve(cwd, path), 'r')
    const { size } = fstatSync(fd)
    if (size > maxBytes) return { file: path, unreadable: tooLarge(size, maxBytes) }
    return { file: path, bytes: readFileSync(fd) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (!code) throw error
    return { file: path, unreadable: { ok: false, ruleId: 'file-not-text', message: t('decode.unreadable', { reason: `${code}: ${(error as Error).message.split(',')[0]}` }) } }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Enough of a file to see its front matter, and whether it is part of a split PR/FAQ (its first links). */
export const HEAD_BYTES = 4096

/** The opening HEAD_BYTES of a file as text (headText); throws as the file system does. */
export function readHead(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const buffer = new Uint8Array(HEAD_BYTES)
    return headText(buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0)))
  } finally {
    closeSync(fd)
  }
}

/** The opening HEAD_BYTES of a document's bytes as text, without a byte-order mark (TextDecoder drops it). */
export function headText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, HEAD_BYTES))
}
