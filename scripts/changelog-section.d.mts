/** The CHANGELOG.md section of one version, without its heading and link definitions; undefined when there is none. */
export function changelogSection(changelog: string, version: string): string | undefined
