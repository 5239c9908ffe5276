import { readdir, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { createDetector, type Detector } from './detect.js'
import { readHead } from './read.js'

export interface Discovery {
  /** Files to check, relative to the working directory where possible, "/" separators, sorted, no duplicates. */
  files: string[]
  /** Inputs that name nothing: a missing path, or a glob or directory with no PR/FAQ in it. */
  problems: string[]
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn'])

/**
 * Turns CLI inputs into files. A file named explicitly is always checked; a
 * directory or glob contributes only the Markdown files the detector takes
 * for PR/FAQs (by name, folder or front matter).
 */
export async function discoverFiles(inputs: string[], cwd: string, detector: Detector = createDetector()): Promise<Discovery> {
  const files = new Set<string>()
  const problems: string[] = []
  for (const input of inputs) {
    if (isGlob(input)) {
      const found = await expandGlob(input, cwd, detector)
      if (found.length === 0) problems.push(`${input}: no PR/FAQ files match this pattern`)
      for (const file of found) files.add(file)
      continue
    }
    const kind = await pathKind(resolve(cwd, input))
    if (kind === 'file') files.add(toDisplayPath(input))
    else if (kind === 'directory') {
      const found = await walkDirectory(resolve(cwd, input), cwd, detector, () => true)
      for (const file of found) files.add(file)
    } else if (kind === 'other') problems.push(`${input}: not a regular file (a pipe, socket or device), so there is nothing to check`)
    else problems.push(`${input}: no such file or directory`)
  }
  return { files: [...files].sort(), problems }
}

function isGlob(input: string): boolean {
  return picomatch.scan(input).isGlob
}

async function expandGlob(pattern: string, cwd: string, detector: Detector): Promise<string[]> {
  const { base } = picomatch.scan(pattern)
  const start = resolve(cwd, base || '.')
  if ((await pathKind(start)) !== 'directory') return []
  // Match against the path in the pattern's own form: absolute, "../…" or relative to the working directory.
  const matches = picomatch(toPosix(isAbsolute(pattern) ? pattern : resolve(cwd, pattern)), { dot: true })
  return walkDirectory(start, cwd, detector, (_path, absolute) => matches(toPosix(absolute)))
}

async function walkDirectory(directory: string, cwd: string, detector: Detector, accept: (relativePath: string, absolutePath: string) => boolean): Promise<string[]> {
  const found: string[] = []
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const absolute = join(entry.parentPath, entry.name)
    // Files outside the working directory are shown by absolute path and named from the folder walked.
    const fromCwd = toDisplayPath(relative(cwd, absolute))
    const outside = fromCwd.startsWith('../')
    const path = outside ? toPosix(absolute) : fromCwd
    const named = outside ? toPosix(relative(dirname(directory), absolute)) : fromCwd
    if (named.split('/').some((part) => SKIPPED_DIRECTORIES.has(part))) continue
    if (!detector.isMarkdown(path) || !accept(path, absolute)) continue
    if (detector.matchesName(named) || (detector.probesFrontMatter && detector.declaresPrFaq(readHead(absolute)))) found.push(path)
  }
  return found
}

/** What a path names; `other` is a pipe, socket or device, which is never read (a pipe would wait for a writer forever). */
async function pathKind(path: string): Promise<'file' | 'directory' | 'other' | undefined> {
  try {
    const info = await stat(path)
    return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other'
  } catch {
    return undefined
  }
}

function toDisplayPath(path: string): string {
  return toPosix(path).replace(/^\.\//u, '')
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}
