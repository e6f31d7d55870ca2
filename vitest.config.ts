import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * Two projects run the same test files: Node, and a real headless Chromium (Debian's
 * `/usr/bin/chromium`, driven by Playwright). Tests that need Node — OpenSSL cross-checks, the
 * CLI, the file system — are named `*.node.test.ts` and run in Node only.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Sized for the 2-core machine with both projects running at once: the slowest property test
 * (normalizeDomain, 2,000 inputs) takes about 1 s warm and took 8.5 s once cold; every test
 * without its own bound gets 15 s, still a bound on a hang rather than a speed target.
 */
const TEST_TIMEOUT_MS = 15_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: TEST_TIMEOUT_MS,
          include: ['test/**/*.test.ts'],
          exclude: ['test/docs/**'], // run after the build by vitest.examples.config.ts
        },
      },
      {
        test: {
          name: 'browser',
          testTimeout: TEST_TIMEOUT_MS,
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.node.test.ts', 'test/docs/**'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-quic',
                  '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
