/**
 * Characters a reader cannot see but that change what they read: control,
 * format and separator characters — bidirectional overrides and isolates (the
 * "Trojan Source" reordering of what a reviewer reads), zero-width spaces and
 * joiners, soft hyphens, tag characters, C0/C1 controls (in a terminal, ESC
 * starts an escape sequence). Tabs and line breaks are layout, not hidden.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu
const EMOJI_BEFORE = /\p{Extended_Pictographic}[\u{1F3FB}-\u{1F3FF}\uFE0F]?$/u
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u

/** Shows invisible characters as `<U+202E>`, so that a reviewer sees them instead of being misled by them. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (char, offset: number) => (isEmojiJoiner(text, char, offset) ? char : `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`))
}

/** A zero-width joiner inside an emoji sequence (👩‍💻) is how the emoji is written, not a hidden character. */
function isEmojiJoiner(text: string, char: string, offset: number): boolean {
  return char === '\u200d' && EMOJI_BEFORE.test(text.slice(Math.max(0, offset - 4), offset)) && EMOJI_AFTER.test(text.slice(offset + 1, offset + 3))
}
