// Real-browser tests (playwright-core + Debian Chromium) against the built dist/: `npm run test:e2e`.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
  maxWorkers: 1,
  testTimeout: 180000,
};
