import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { posix, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { type ConfigFile, ResolvedConfig } from '../config/resolve.js'
import { type LintResult, lintDocuments } from '../engine/lint.js'
import { groupDocuments } from '../sources/documents.js'
import { readDocument, readHead } from '../sources/read.js'

/** Bytes of documents per message: large enough to amortise messaging, small enough to balance the load at the end. */
const BATCH_BYTES = 64 * 1024
/** Measured on the benchmark corpus: against V8's default (16 MB) this cuts time by a sixth and peak memory too. */
const WORKER_YOUNG_GENERATION_MB = 32
/**
 * A worker costs about as much to start (load the bundle, warm the JIT) as
 * checking this many bytes: fewer bytes than this per worker and the extra
 * worker slows the run down.
 */
const BYTES_PER_WORKER = 512 * 1024

export interface PoolOptions {
  /** The script a worker runs (the CLI bundle itself); without it everything runs on this thread. */
  workerScript?: URL | undefined
  cwd: string
  threads?: number
}

/** A batch is a list of documents; a document is one file, or the files of a PR/FAQ split over several. */
type WorkerRequest = { documents: string[][] } | { done: true }
type WorkerResponse = { results: LintResult[] } | { error: string }

/**
 * Checks files on every core. The work is measured in bytes, not files:
 * there are only as many workers as there is work for (never more than the
 * threads asked for), and they take batches of about BATCH_BYTES from one
 * queue, largest documents first, so that no worker is left with a long
 * document while the others are idle. This thread only hands out batches and
 * collects results (measured: it keeps peak memory lowest at the same speed).
 * With little work, or one core, everything runs here. Results come back in
 * the order the files were given.
 */
export async function lintFiles(files: string[], config: ResolvedConfig, options: PoolOptions): Promise<LintResult[]> {
  const threads = options.threads ?? availableParallelism()
  const sizes = options.workerScript !== undefined && threads > 1 ? fileSizes(files, options.cwd) : undefined
  const workerCount = sizes ? workersFor(files.length, totalOf(sizes), threads) : 0
  const results = new Map<string, LintResult>()
  const collect = (result: LintResult) => results.set(result.file, result)
  if (workerCount === 0) {
    await lintHere(documentsOf(files, options.cwd), config, options.cwd, collect)
  } else {
    // A worker takes about a tenth of a second to start (it loads the bundle): the workers start first, and the
    // files are grouped into documents while they do (the queue's callback runs after this synchronous code).
    const queue = Promise.resolve().then(() => batchesOf(documentsOf(files, options.cwd), sizes!))
    await Promise.all(Array.from({ length: workerCount }, () => runWorker(options.workerScript!, config.file, options.cwd, queue, collect)))
  }
  return files.map((file) => results.get(file)!)
}

/** How long this thread checks without letting timers run: the Action's run deadline (timeout-seconds) must be able to strike. */
const YIELD_EVERY_MS = 50

/** Checks the documents on this thread, letting the event loop turn now and then. */
async function lintHere(documents: string[][], config: ResolvedConfig, cwd: string, collect: (result: LintResult) => void): Promise<void> {
  let since = performance.now()
  for (const document of documents) {
    lintDocument(document, config, cwd).forEach(collect)
    if (performance.now() - since >= YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve))
      since = performance.now()
    }
  }
}

/**
 * Reads and checks the files of one document: one file, or the parts of a
 * PR/FAQ split over several (sources/documents.ts), which the engine judges
 * together.
 */
function lintDocument(paths: string[], config: ResolvedConfig, cwd: string): LintResult[] {
  const settingsFor = (file: string) => config.settingsFor(file)
  return lintDocuments(
    paths.map((path) => readDocument(path, settingsFor(path).maxFileBytes, cwd)),
    settingsFor
  )
}

/** Files grouped into documents (sources/documents.ts); only files that share a folder are read for it. */
function documentsOf(files: string[], cwd: string): string[][] {
  const perFolder = new Map<string, number>()
  for (const file of files) perFolder.set(posix.dirname(file), (perFolder.get(posix.dirname(file)) ?? 0) + 1)
  return groupDocuments(files.map((file) => ({ file, head: perFolder.get(posix.dirname(file))! > 1 ? headOf(resolve(cwd, file)) : '' })))
}

/** A file's opening; an unreadable file is no part of anything (checking it says why). */
function headOf(path: string): string {
  try {
    return readHead(path)
  } catch {
    return ''
  }
}

/** Each file's size; an unreadable file counts as empty (checking it reports why). */
function fileSizes(files: string[], cwd: string): Map<string, number> {
  return new Map(files.map((file) => [file, sizeOf(resolve(cwd, file))]))
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/**
 * Workers worth starting for `units` documents (or files) of `totalBytes` in
 * all: one per BYTES_PER_WORKER, up to `threads`; 0 when fewer than two are
 * worth it, and this thread does it all.
 */
export function workersFor(units: number, totalBytes: number, threads: number): number {
  const workers = Math.min(threads, units, Math.floor(totalBytes / BYTES_PER_WORKER))
  return workers < 2 ? 0 : workers
}

function totalOf(sizes: Map<string, number>): number {
  let total = 0
  for (const size of sizes.values()) total += size
  return total
}

/** Batches of about BATCH_BYTES, largest documents first (a long document started last would finish alone). */
export function batchesOf(documents: string[][], sizes: Map<string, number>): string[][][] {
  const bytesOf = (document: string[]) => document.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
  const bySize = [...documents].sort((a, b) => bytesOf(b) - bytesOf(a))
  const result: string[][][] = []
  let current: string[][] = []
  let bytes = 0
  for (const document of bySize) {
    current.push(document)
    bytes += bytesOf(document)
    if (bytes >= BATCH_BYTES) {
      result.push(current)
      current = []
      bytes = 0
    }
  }
  if (current.length > 0) result.push(current)
  return result
}

/** One worker: it starts at once, and is sent batches (two in flight) once the queue is known. */
function runWorker(script: URL, config: ConfigFile, cwd: string, queue: Promise<string[][][]>, collect: (result: LintResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // The config travels as data; each worker resolves it into the same per-file settings.
    // A larger young generation: parse trees die young, and fewer of them get promoted (less time, less memory).
    const worker = new Worker(script, { workerData: { prfaqGateWorker: true, config, cwd }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } })
    const fail = (error: unknown): void => {
      reject(error)
      void worker.terminate()
    }
    let inFlight = 0
    const send = (batches: string[][][]): void => {
      const documents = batches.shift()
      if (documents) {
        inFlight++
        worker.postMessage({ documents } satisfies WorkerRequest)
      } else if (inFlight === 0) {
        worker.postMessage({ done: true } satisfies WorkerRequest)
      }
    }
    worker.on('error', reject)
    worker.on('exit', () => resolve())
    queue.then((batches) => {
      worker.on('message', (message: WorkerResponse) => {
        if ('error' in message) return fail(new Error(message.error))
        inFlight--
        message.results.forEach(collect)
        send(batches)
      })
      // Two batches in flight: the worker starts the next while this thread answers.
      send(batches)
      send(batches)
    }, fail)
  })
}

/** The worker side: check each batch it is sent, strip the models (only findings travel back). */
export function serveWorker(
  port: { on(event: 'message', listener: (message: WorkerRequest) => void): void; postMessage(message: WorkerResponse): void; close(): void },
  data: { config: ConfigFile; cwd: string }
): void {
  const config = new ResolvedConfig(data.config)
  port.on('message', (message) => {
    if ('done' in message) {
      port.close()
      return
    }
    try {
      const results = message.documents.flatMap((document) => lintDocument(document, config, data.cwd))
      port.postMessage({ results: results.map(({ file, findings, suppressed, language }) => ({ file, findings, suppressed, language })) })
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) })
    }
  })
}
