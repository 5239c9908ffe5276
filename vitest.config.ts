import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // End-to-end tests start the bundle as a process; give them time on a slow CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000
  }
})
