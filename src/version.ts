import packageJson from '../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version
export const TOOL_NAME = 'prfaq-gate'
export const HOMEPAGE = 'https://github.com/prfaq-gate/prfaq-gate'
