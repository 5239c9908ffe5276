import { open, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { posix, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { type ConfigFile, ResolvedConfig } from '../config/resolve.js'
import { type LintResult, lintDocuments } from '../engine/lint.js'
import { groupDocuments } from '../sources/documents.js'
import { readDocument } from '../sources/read.js'

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
  const documents = await documentsOf(files, options.cwd)
  const sizes = options.workerScript !== undefined && threads > 1 ? await fileSizes(files, options.cwd) : undefined
  const { workers: workerCount, batches: queue } = sizes ? planWork(documents, sizes, threads) : { workers: 0, batches: [] }
  const results = new Map<string, LintResult>()
  const collect = (result: LintResult) => results.set(result.file, result)
  if (workerCount < 2) {
    for (const document of documents) (await lintDocument(document, config, options.cwd)).forEach(collect)
  } else {
    const take = (): string[][] => queue.shift() ?? []
    await Promise.all(Array.from({ length: workerCount }, () => runWorker(options.workerScript!, config.file, options.cwd, take, collect)))
  }
  return files.map((file) => results.get(file)!)
}

/**
 * Reads and checks the files of one document: one file, or the parts of a
 * PR/FAQ split over several (sources/documents.ts), which the engine judges
 * together.
 */
async function lintDocument(paths: string[], config: ResolvedConfig, cwd: string): Promise<LintResult[]> {
  const settingsFor = (file: string) => config.settingsFor(file)
  const inputs = await Promise.all(paths.map((path) => readDocument(path, settingsFor(path).maxFileBytes, cwd)))
  return lintDocuments(inputs, settingsFor)
}

/** Files grouped into documents (sources/documents.ts); only files that share a folder are read for it. */
async function documentsOf(files: string[], cwd: string): Promise<string[][]> {
  const perFolder = new Map<string, number>()
  for (const file of files) perFolder.set(posix.dirname(file), (perFolder.get(posix.dirname(file)) ?? 0) + 1)
  const heads = await Promise.all(files.map(async (file) => ({ file, head: perFolder.get(posix.dirname(file))! > 1 ? await readHead(resolve(cwd, file)) : '' })))
  return groupDocuments(heads)
}

/** Enough of a file to see whether it is part of a split PR/FAQ. */
const HEAD_BYTES = 4096

async function readHead(path: string): Promise<string> {
  try {
    const handle = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(HEAD_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
      return buffer.subarray(0, bytesRead).toString('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    // Unreadable: checking it says why; it is no part of anything.
    return ''
  }
}

/** Each file's size; an unreadable file counts as empty (checking it reports why). */
async function fileSizes(files: string[], cwd: string): Promise<Map<string, number>> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(resolve(cwd, file)).then(
        (info) => info.size,
        () => 0
      )
    )
  )
  return new Map(files.map((file, index) => [file, sizes[index]!]))
}

/**
 * How many workers, and which batches: one worker per BYTES_PER_WORKER of
 * documents, up to `threads` (fewer than two means this thread does it all),
 * and batches of about BATCH_BYTES, largest files first.
 */
export function planWork(documents: string[][], sizes: Map<string, number>, threads: number): { workers: number; batches: string[][][] } {
  const bytesOf = (document: string[]) => document.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)
  const totalBytes = documents.reduce((sum, document) => sum + bytesOf(document), 0)
  const workers = Math.min(threads, documents.length, Math.floor(totalBytes / BYTES_PER_WORKER))
  return { workers: workers < 2 ? 0 : workers, batches: workers < 2 ? [] : batches(documents, bytesOf) }
}

/** Batches of about BATCH_BYTES, largest documents first (a long document started last would finish alone). */
function batches(documents: string[][], bytesOf: (document: string[]) => number): string[][][] {
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

function runWorker(script: URL, config: ConfigFile, cwd: string, take: () => string[][], collect: (result: LintResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // The config travels as data; each worker resolves it into the same per-file settings.
    // A larger young generation: parse trees die young, and fewer of them get promoted (less time, less memory).
    const worker = new Worker(script, { workerData: { prfaqGateWorker: true, config, cwd }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } })
    // Two batches in flight: the worker starts the next while this thread answers.
    let inFlight = 0
    const send = (): void => {
      const documents = take()
      if (documents.length > 0) {
        inFlight++
        worker.postMessage({ documents } satisfies WorkerRequest)
      } else if (inFlight === 0) {
        worker.postMessage({ done: true } satisfies WorkerRequest)
      }
    }
    worker.on('message', (message: WorkerResponse) => {
      if ('error' in message) {
        reject(new Error(message.error))
        void worker.terminate()
        return
      }
      inFlight--
      message.results.forEach(collect)
      send()
    })
    worker.on('error', reject)
    worker.on('exit', () => resolve())
    send()
    send()
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
    Promise.all(message.documents.map((document) => lintDocument(document, config, data.cwd)))
      .then((results) => port.postMessage({ results: results.flat().map(({ file, findings, suppressed, language }) => ({ file, findings, suppressed, language })) }))
      .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }))
  })
}
