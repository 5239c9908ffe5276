import { posix } from 'node:path'

/**
 * Which files are parts of one PR/FAQ. Some teams split a PR/FAQ over
 * several files — `press-release.md` and `internal-faq.md` in one folder,
 * each with front matter `type: PRFAQ Section`, often with an `index.md`
 * that links them — and a reader judges the parts together: the finance
 * answer in the FAQ file counts for the whole document. Judged file by file,
 * each part would fail what the other answers.
 *
 * Two signals, both within one folder and both explicit, so that two PR/FAQs
 * that merely link to each other are never merged:
 * - files whose front matter says their type is a PR/FAQ section (or part);
 * - an index file (`index.md`, `README.md`, `_index.md`) that links to other
 *   files being checked in its folder.
 * The decision reads only the start of each file (its front matter and first
 * links), so the CLI and the Action can make it before reading whole files.
 */
export interface DocumentHead {
  file: string
  /** The first few kilobytes of the file. */
  head: string
}

const SECTION_TYPE = /^type:[ \t]*["']?pr[-_ /]?faq[-_ ]+(?:section|part)s?\b/imu
const INDEX_NAMES = new Set(['index.md', 'readme.md', '_index.md', 'index.markdown', 'readme.markdown'])
/** `](press-release.md)`, `](./faq.md#top)`: a relative link to a Markdown file. */
// The target cannot hold brackets: a run of "](x" must not make each opening rescan the rest.
const RELATIVE_LINK = /\]\(\s*(?:\.\/)?([^()[\]\s#?:]+\.(?:md|markdown|mdx))(?:[#?][^()[\]\s]*)?\s*\)/giu

/** Groups of files that form one document, each in reading order (index first); every file is in exactly one group. */
export function groupDocuments(files: DocumentHead[]): string[][] {
  const byFolder = new Map<string, DocumentHead[]>()
  for (const file of files) byFolder.set(posix.dirname(file.file), [...(byFolder.get(posix.dirname(file.file)) ?? []), file])
  const grouped = new Map<string, string[]>()
  for (const [folder, inFolder] of byFolder) {
    const names = new Set(inFolder.map((file) => file.file))
    const parts = new Set(inFolder.filter((file) => declaresSection(file.head)).map((file) => file.file))
    const indexes = inFolder.filter((file) => INDEX_NAMES.has(posix.basename(file.file).toLowerCase()))
    const linked = indexes.flatMap((index) =>
      linksIn(index.head, folder)
        .filter((target) => names.has(target) && target !== index.file)
        .map((target) => ({ index: index.file, target }))
    )
    for (const { target } of linked) parts.add(target)
    const members = [...new Set([...linked.map(({ index }) => index), ...inFolder.map((file) => file.file).filter((file) => parts.has(file))])]
    if (members.length > 1) for (const member of members) grouped.set(member, members)
  }
  const seen = new Set<string>()
  const groups: string[][] = []
  for (const { file } of files) {
    if (seen.has(file)) continue
    const group = grouped.get(file) ?? [file]
    for (const member of group) seen.add(member)
    groups.push(group)
  }
  return groups
}

/** A file that may be part of a split PR/FAQ: its front matter says so, or it is an index that links files of its folder. */
export function mayBePart(file: DocumentHead): boolean {
  return declaresSection(file.head) || (INDEX_NAMES.has(posix.basename(file.file).toLowerCase()) && linksIn(file.head, posix.dirname(file.file)).length > 0)
}

/** The front matter (only) says `type: PRFAQ Section`. */
function declaresSection(head: string): boolean {
  const text = head.replace(/^\uFEFF/u, '')
  if (!text.startsWith('---')) return false
  const end = text.indexOf('\n---', 3)
  return SECTION_TYPE.test(end === -1 ? text : text.slice(0, end))
}

function linksIn(head: string, folder: string): string[] {
  return [...head.matchAll(RELATIVE_LINK)].map((match) => posix.normalize(posix.join(folder, decodeLink(match[1]!))))
}

function decodeLink(target: string): string {
  try {
    return decodeURIComponent(target)
  } catch {
    return target
  }
}
