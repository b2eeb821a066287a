/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
    // office-addin-mock pulls ESM-only dependencies (uuid, strip-bom)
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/(uuid|strip-bom)/).*/node_modules/'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/build/'],
  testTimeout: 120000,
};
