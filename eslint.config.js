// Lint: ESLint's and typescript-eslint's recommended rules, plus the layering rules that
// keep the architecture honest (a pure domain, commands that never import each other).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.ci/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests parse JSON output into `any` on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // bin/ is CommonJS (bin/package.json): the entry loads without Node's ESM loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'child_process', 'http', 'https', 'net'], message: 'src/domain is pure: no I/O.' },
        { group: ['../adapters/*', '../app/*', '../commands/*', '../render/*', '../context.js'], message: 'src/domain imports only src/domain.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/domain is pure: take values as parameters.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'src/domain takes the time as a parameter.' }],
    },
  },
  {
    files: ['src/commands/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^\\.\\./(?!flags\\.js$)[^./][^/]*/', message: 'A command never imports another command: share a use case in src/app.' },
      ] }],
    },
  },
);
