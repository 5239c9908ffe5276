import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { ResolvedConfig, type ConfigFile } from '../config/resolve.js'
import type { LintResult } from '../engine/lint.js'
import { lintFile } from '../sources/read.js'

/** Files per message: large enough to amortise messaging, small enough to balance the load. */
const BATCH_SIZE = 8
/** Below this many files, starting workers costs more than it saves. */
const PARALLEL_THRESHOLD = 48

export interface PoolOptions {
  /** The script a worker runs (the CLI bundle itself); without it everything runs on this thread. */
  workerScript?: URL | undefined
  cwd: string
  threads?: number
}

type WorkerRequest = { files: string[] } | { done: true }
type WorkerResponse = { results: LintResult[] } | { error: string }

/**
 * Checks files on every core: this thread and one worker per other core take
 * batches from one queue. Results come back in the order the files were given.
 */
export async function lintFiles(files: string[], config: ResolvedConfig, options: PoolOptions): Promise<LintResult[]> {
  const threads = options.threads ?? availableParallelism()
  const workerCount = options.workerScript && files.length >= PARALLEL_THRESHOLD ? Math.min(threads - 1, Math.ceil(files.length / (BATCH_SIZE * 2))) : 0
  const queue = [...files]
  const results = new Map<string, LintResult>()
  const take = (): string[] => queue.splice(0, BATCH_SIZE)

  const workers = Array.from({ length: Math.max(0, workerCount) }, () =>
    runWorker(options.workerScript!, config.file, options.cwd, take, (result) => results.set(result.file, result))
  )
  for (let batch = take(); batch.length > 0; batch = take()) {
    for (const file of batch) results.set(file, await lintFile(file, config.settingsFor(file), options.cwd))
  }
  await Promise.all(workers)
  return files.map((file) => results.get(file)!)
}

function runWorker(
  script: URL,
  config: ConfigFile,
  cwd: string,
  take: () => string[],
  collect: (result: LintResult) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    // The config travels as data; each worker resolves it into the same per-file settings.
    const worker = new Worker(script, { workerData: { prfaqGateWorker: true, config, cwd } })
    const send = (): void => {
      const files = take()
      worker.postMessage((files.length > 0 ? { files } : { done: true }) satisfies WorkerRequest)
    }
    worker.on('message', (message: WorkerResponse) => {
      if ('error' in message) {
        reject(new Error(message.error))
        void worker.terminate()
        return
      }
      message.results.forEach(collect)
      send()
    })
    worker.on('error', reject)
    worker.on('exit', () => resolve())
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
    Promise.all(message.files.map((file) => lintFile(file, config.settingsFor(file), data.cwd)))
      .then((results) => port.postMessage({ results: results.map(({ file, findings, suppressed }) => ({ file, findings, suppressed })) }))
      .catch((error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }))
  })
}
