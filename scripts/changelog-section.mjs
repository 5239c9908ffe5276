#!/usr/bin/env node
// Prints the CHANGELOG.md section of one version (Keep a Changelog format), for
// the release notes: `node scripts/changelog-section.mjs 1.2.0`. Exits 1 with a
// message when the version has no section, so that a release cannot go out
// without its notes.
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function changelogSection(changelog, version) {
  const lines = changelog.split('\n')
  const heading = new RegExp(`^## \\[${version.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\](?:\\s|$)`, 'u')
  const start = lines.findIndex((line) => heading.test(line))
  if (start === -1) return undefined
  const end = lines.findIndex((line, index) => index > start && /^## \[/u.test(line))
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .filter((line) => !/^\[[^\]]+\]: /u.test(line))
    .join('\n')
    .trim()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2]?.replace(/^v/u, '')
  if (!version) {
    console.error('usage: node scripts/changelog-section.mjs VERSION')
    process.exit(2)
  }
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md')
  const section = changelogSection(readFileSync(file, 'utf8'), version)
  if (!section) {
    console.error(`CHANGELOG.md has no "## [${version}]" section: add the release's entries before tagging it.`)
    process.exit(1)
  }
  console.log(section)
}
