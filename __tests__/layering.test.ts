import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/process.js'

/**
 * Data flows one way through src/: files are read and parsed, a document
 * model is built, the rules and schemas judge it, the engine turns that into
 * findings, reporters and the gate present them, and the two front ends
 * drive it all. So a module may import its own part and the parts of lower
 * layers, never a higher layer, and parts that share a layer know nothing of
 * each other. CONTRIBUTING.md ("Layout") explains each layer.
 *
 * A part is a folder of src/ or a file at its top. Lowest layer first.
 */
const LAYERS: Array<{ layer: string; parts: string[] }> = [
  // What a reader is told, as data: one catalog per language, and how a message is rendered.
  { layer: 'messages', parts: ['messages'] },
  // Positions in text, the recognised words (as data), the finding type, the version; generated validators and declarations.
  { layer: 'foundations', parts: ['text', 'vocabulary', 'findings', 'version.ts', 'types', 'generated'] },
  // Bytes → text (and reading files); text → mdast, within a work budget.
  { layer: 'input', parts: ['sources', 'parse'] },
  { layer: 'model', parts: ['model'] },
  // The model's JSON Schema and team schemas; one file per rule.
  { layer: 'checks', parts: ['validate', 'rules'] },
  // The config file → the settings of each file.
  { layer: 'settings', parts: ['config'] },
  // Settings + documents → findings.
  { layer: 'engine', parts: ['engine'] },
  { layer: 'output', parts: ['reporters', 'init'] },
  { layer: 'gate', parts: ['gate.ts'] },
  // Checking many files: documents shared out to worker threads.
  { layer: 'run', parts: ['run'] },
  { layer: 'front ends', parts: ['cli', 'action'] },
  { layer: 'entry points', parts: ['cli.ts', 'index.ts'] }
]

const SRC = join(ROOT, 'src')
const layerOf = new Map(LAYERS.flatMap(({ parts }, index) => parts.map((part) => [part, index] as const)))

/** Every hand-written source file of src/, as a path from the project root ("src/engine/lint.ts"). */
function sourceFiles(dir = SRC, relative = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${relative}/${entry.name}`
    if (entry.isDirectory()) return path === 'src/generated' ? [] : sourceFiles(join(dir, entry.name), path)
    return /\.(?:ts|js|mjs)$/u.test(entry.name) ? [path] : []
  })
}

/** The part of src/ a path is in: its first folder, or the file itself (as .ts) at the top; undefined outside src/. */
function partOf(path: string): string | undefined {
  const [top, first, ...rest] = path.split('/')
  if (top !== 'src' || first === undefined) return undefined
  return rest.length > 0 ? first : first.replace(/\.js$/u, '.ts')
}

/** Every import, export … from, and import() with a literal path in a file, resolved when it is relative. */
function importsOf(file: string): Array<{ specifier: string; target: string | undefined }> {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true)
  return importedFiles.map(({ fileName: specifier }) => ({
    specifier,
    target: specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : undefined
  }))
}

/** Imports that run back up the pipeline: to a higher layer, or to another part of the same layer. */
function offendingImports(): string[] {
  const offences: string[] = []
  for (const file of sourceFiles()) {
    const from = partOf(file)!
    for (const { target } of importsOf(file)) {
      const to = target && partOf(target)
      if (to === undefined || to === from) continue
      const [fromLayer, toLayer] = [layerOf.get(from), layerOf.get(to)]
      if (fromLayer === undefined || toLayer === undefined || toLayer < fromLayer) continue
      const why = toLayer > fromLayer ? `${LAYERS[fromLayer]!.layer} imports ${LAYERS[toLayer]!.layer}, a higher layer` : `${from} and ${to} share the layer ${LAYERS[toLayer]!.layer}`
      offences.push(`${file} → ${target} (${why})`)
    }
  }
  return offences
}

describe('layering of src/', () => {
  it('places every file of src/ on a layer', () => {
    const unplaced = sourceFiles().filter((file) => !layerOf.has(partOf(file)!))
    expect(unplaced, 'add the new part to LAYERS in __tests__/layering.test.ts and to CONTRIBUTING.md').toEqual([])
  })

  it('reads the imports it judges', () => {
    // Guards the scanner itself: a test that saw no imports would pass on anything.
    expect(importsOf('src/engine/lint.ts').map(({ target }) => target)).toEqual(expect.arrayContaining(['src/parse/markdown.js', 'src/model/build.js', 'src/text/positions.js']))
    expect(importsOf('src/cli.ts').map(({ target }) => target)).toContain('src/run/pool.js')
  })

  it('has no import that runs back up the pipeline', () => {
    expect(offendingImports()).toEqual([])
  })
})
