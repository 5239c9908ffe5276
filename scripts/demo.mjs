// `npm start`: runs the bundled CLI on the example PR/FAQs, as a new user would.
// The examples include documents that fail each rule on purpose, so the CLI's
// exit code 1 is the expected outcome here; anything else is a real failure.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { status } = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', 'examples/'], { cwd: root, stdio: 'inherit' })
if (status === 1) {
  console.log('\nThe failing examples failed, as they should: examples/passing-prfaq.md is the one that passes.')
  console.log('Check your own draft with: npx prfaq-gate check path/to/your-prfaq.md')
  process.exit(0)
}
process.exit(status ?? 2)
