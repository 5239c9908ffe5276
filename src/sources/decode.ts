import { type Text, t } from '../messages/text.js'
import { LineIndex } from '../text/positions.js'

/**
 * Bytes → text, refusing what is not a UTF-8 text document. Every refusal
 * says what was found and where, so the writer can fix the file.
 */
export type Decoded = { ok: true; text: string } | { ok: false; ruleId: 'file-too-large' | 'file-not-text'; message: Text; line?: number; column?: number }

export function decodeDocument(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return notText(t('decode.utf16-le'))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return notText(t('decode.utf16-be'))
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    const { line, column } = lineAndColumn(bytes, nul)
    return { ...notText(t('decode.binary', { line, column })), line, column }
  }
  const invalid = firstInvalidUtf8(bytes)
  if (invalid !== -1) {
    const { line, column } = lineAndColumn(bytes, invalid)
    const byte = bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')
    return {
      ...notText(t('decode.not-utf8', { byte, line, column })),
      line,
      column
    }
  }
  return { ok: true, text: utf8Text(bytes) }
}

/** The text, without a byte-order mark: it is invisible in editors, and columns are counted without it. */
function utf8Text(bytes: Uint8Array): string {
  // TextDecoder drops a leading mark itself; a doubled one goes too.
  const text = new TextDecoder('utf-8').decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

export function tooLarge(size: number, maxBytes: number): Decoded & { ok: false } {
  // "1.0 MB, over the 1 MB limit" reads as a contradiction: near the limit, count bytes (and under a kilobyte, where "bytes" is a word to translate).
  const message =
    formatBytes(size) === formatBytes(maxBytes) || maxBytes < 1024
      ? t('decode.too-large-bytes', { size, limit: maxBytes })
      : t('decode.too-large', { actual: formatBytes(size), limit: formatBytes(maxBytes) })
  return { ok: false, ruleId: 'file-too-large', message }
}

function notText(message: Text): Decoded & { ok: false } {
  return { ok: false, ruleId: 'file-not-text', message }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1).replace(/\.0$/u, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1).replace(/\.0$/u, '')} KB`
  return `${bytes} bytes`
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const byte = bytes[i]!
    if (byte < 0x80) {
      i++
      continue
    }
    let length: number
    let min: number
    if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800]
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000]
    else return i
    if (i + length > bytes.length) return i
    let codePoint = byte & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!
      if ((next & 0xc0) !== 0x80) return i
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i
    i += length
  }
  return -1
}

/**
 * The line and column of a byte offset, numbered as every other finding is
 * (git's lines, UTF-16 columns, no byte-order mark): the bytes before it
 * decoded as the text would be (a bad sequence before a NUL byte as one
 * replacement character), through the same LineIndex.
 */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = utf8Text(bytes.subarray(0, offset))
  const { line, column } = new LineIndex(before).pointAt(before.length)
  return { line, column }
}
