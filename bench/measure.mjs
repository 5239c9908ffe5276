// Measurement helpers for bench/run.mjs: statistics, in-process timing, and
// running a command as a process with its wall time, CPU time and peak memory.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export function median(values) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), samples: values }
}

/** `gc()` without starting node with --expose-gc, so passes start from a clean heap. */
export const collectGarbage = (() => {
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc')
    return typeof gc === 'function' ? () => gc() : () => {}
  } catch {
    return () => {}
  }
})()

/** Runs fn once after a full GC; returns milliseconds and what fn returned. */
export function timed(fn) {
  collectGarbage()
  const start = performance.now()
  const value = fn()
  return { ms: performance.now() - start, value }
}

// ---------------------------------------------------------------------------
// Processes

const GNU_TIME = '/usr/bin/time'

/**
 * How the peak RSS of a child process is measured:
 * - "time": GNU time (`/usr/bin/time -f %M`), i.e. the child's ru_maxrss from
 *   wait4() — exact, and it covers worker threads (they live in the process).
 * - "proc": poll /proc/<pid>/status VmHWM (the kernel's own RSS high-water
 *   mark) every few milliseconds; the last value read before the process
 *   exits. Misses only growth in the final polling interval.
 * - "none": not measured (no GNU time and no /proc).
 */
export function memoryMethod(requested = process.env.BENCH_MEMORY) {
  if (requested === 'time' || requested === 'proc' || requested === 'none') return requested
  if (existsSync(GNU_TIME) && gnuTimeWorks()) return 'time'
  if (existsSync('/proc/self/status')) return 'proc'
  return 'none'
}

let gnuTimeChecked
function gnuTimeWorks() {
  if (gnuTimeChecked !== undefined) return gnuTimeChecked
  // BusyBox and BSD time do not take -f/-o; only trust GNU time.
  try {
    const dir = mkdtempSync(join(tmpdir(), 'prfaq-bench-'))
    const out = join(dir, 'rss')
    const { status } = spawnSync(GNU_TIME, ['-o', out, '-f', '%M', 'true'], { stdio: 'ignore' })
    gnuTimeChecked = status === 0 && /^\d+\s*$/u.test(readFileSync(out, 'utf8').trim().split('\n').pop())
    rmSync(dir, { recursive: true, force: true })
  } catch {
    gnuTimeChecked = false
  }
  return gnuTimeChecked
}

/**
 * How the CPU time (user + system) of a child process is measured:
 * - "time": GNU time's %U and %S, when it measures the memory too;
 * - "proc": the growth of this process's cutime and cstime
 *   (/proc/self/stat) across the run: the kernel adds a child's user and
 *   system time, its threads' and its own children's included, when it is
 *   reaped. runProcess runs one child at a time, so the growth is that child's;
 * - "none": not measured.
 * Both are the kernel's accounting, in clock ticks (10 ms on Linux).
 */
export function cpuMethod(memory = memoryMethod()) {
  if (memory === 'time') return 'time'
  return childrenCpu() === undefined ? 'none' : 'proc'
}

let ticksPerSecond
/** User and system seconds of this process's reaped children so far, or undefined off Linux. */
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // After "pid (comm) ": state is field 3, cutime field 16, cstime field 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100
    const user = Number(fields[13]) / ticksPerSecond
    const sys = Number(fields[14]) / ticksPerSecond
    return Number.isFinite(user) && Number.isFinite(sys) ? { user, sys } : undefined
  } catch {
    return undefined
  }
}

/**
 * Runs `command args` to completion, capturing stdout and stderr.
 * Returns { code, signal, wallMs, stdout, stderr, maxRssKb, userS, sysS, timedOut }:
 * userS and sysS are the child's CPU seconds (see cpuMethod), null when not measured.
 */
export function runProcess(command, args, { cwd, env = process.env, memory = memoryMethod(), timeoutMs = 600_000 } = {}) {
  let dir
  let spawnCommand = command
  let spawnArgs = args
  if (memory === 'time') {
    dir = mkdtempSync(join(tmpdir(), 'prfaq-bench-'))
    spawnCommand = GNU_TIME
    spawnArgs = ['-o', join(dir, 'usage'), '-f', '%M %U %S', command, ...args]
  }
  const cpuBefore = memory === 'time' ? undefined : childrenCpu()
  return new Promise((resolve, reject) => {
    const stdout = []
    const stderr = []
    const start = performance.now()
    const child = spawn(spawnCommand, spawnArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    let hwmKb
    let poller
    if (memory === 'proc') {
      const poll = () => {
        try {
          const match = /^VmHWM:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
          if (match) hwmKb = Number(match[1])
        } catch {
          // The process has exited between polls.
        }
      }
      poll()
      poller = setInterval(poll, 5)
    }
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      clearInterval(poller)
      reject(error)
    })
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start
      clearTimeout(timer)
      clearInterval(poller)
      const result = {
        code,
        signal,
        wallMs,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        maxRssKb: hwmKb ?? null,
        userS: null,
        sysS: null,
        timedOut
      }
      const cpuAfter = cpuBefore && childrenCpu()
      if (cpuAfter) Object.assign(result, { userS: +(cpuAfter.user - cpuBefore.user).toFixed(2), sysS: +(cpuAfter.sys - cpuBefore.sys).toFixed(2) })
      if (dir) {
        try {
          const lines = readFileSync(join(dir, 'usage'), 'utf8').trim().split('\n')
          const terminated = lines.find((line) => /terminated by signal (\d+)/u.test(line))
          if (terminated) result.signal = `signal ${/signal (\d+)/u.exec(terminated)[1]}`
          const [rss, user, sys] = lines.at(-1).split(' ').map(Number)
          Object.assign(result, { maxRssKb: rss, userS: user, sysS: sys })
        } catch {
          // No usage file: GNU time itself failed; the exit code says so.
        }
        rmSync(dir, { recursive: true, force: true })
      }
      resolve(result)
    })
  })
}

/** Stack-trace frames or Node's fatal-error banners in a process's stderr. */
export function crashSigns(stderr) {
  const signs = []
  if (/^\s+at .+(?::\d+:\d+\)?|\(native\)|\(<anonymous>\))$/mu.test(stderr)) signs.push('stack trace on stderr')
  if (/FATAL ERROR|JavaScript heap out of memory|Maximum call stack size exceeded|Segmentation fault/u.test(stderr)) signs.push('fatal error on stderr')
  if (/internal error/u.test(stderr)) signs.push('"internal error" on stderr')
  return signs
}
