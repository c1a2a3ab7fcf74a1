import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    setupFiles: ['test/unit/setup/fastCheck.ts'],
    // Property tests and the 1 MB document are the slowest; still well under this.
    testTimeout: 20_000,
  },
});
