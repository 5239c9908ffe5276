// Bundles the compiled entry points (build/src/*.js, from `tsc -p tsconfig.build.json`)
// into dist/: index.js (the Action) and cli.js (the CLI, also its own worker).
// GitHub runs dist/index.js as committed, so the output must be deterministic:
// CI rebuilds it and fails on any difference.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const entries = { 'index.js': 'build/src/index.js', 'cli.js': 'build/src/cli.js' }

rmSync(dist, { recursive: true, force: true })
mkdirSync(dist, { recursive: true })
const licenses = new Map()
for (const [output, input] of Object.entries(entries)) {
  const { code, assets } = await ncc(join(root, input), { minify: false, sourceMap: false, license: 'licenses.txt', quiet: true })
  if (code.includes('webpackMissingModule')) throw new Error(`${input}: the bundle references a module ncc could not include`)
  writeFileSync(join(dist, output), output === 'cli.js' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code, { mode: 0o755 })
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'licenses.txt') licenses.set(output, asset.source.toString())
    else if (name !== 'package.json') throw new Error(`${input}: unexpected asset ${name}; add it to scripts/bundle.mjs`)
  }
}
// Node must load dist/*.js as ES modules whatever the consumer's package.json says.
writeFileSync(join(dist, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`)
writeFileSync(join(dist, 'licenses.txt'), [...new Set(licenses.values())].join('\n'))
console.log(`dist/: ${readdirSync(dist).join(', ')}`)
