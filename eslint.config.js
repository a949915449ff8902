import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import checkFile from 'eslint-plugin-check-file';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e',
      'dist-server',
      'node_modules',
      'bench/node_modules',
      'test-results',
      'playwright-report',
      'coverage',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  // One file-name convention: kebab-case, as the ui primitives and the routes already were.
  {
    files: ['{src,server,scripts,e2e,bench}/**/*.{ts,tsx,js,mjs}'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  // Small enough to read at once: a component in 120 lines, a route file in 150.
  {
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  { files: ['src/app/routes/**/*.{ts,tsx}'], rules: { 'max-lines': ['error', { max: 150 }] } },
  // The app's layers (README, Architecture): app/routes compose the features; features never
  // import each other; components, lib, model, api, config and samples never import a
  // feature or the app; nothing but tests imports the test doubles. Tests may reach across.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })] },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...['account', 'billing', 'compare', 'preferences', 'session', 'share'].map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: compose them in src/app/routes.',
            })),
            {
              target: [
                './src/components',
                './src/lib',
                './src/model',
                './src/api',
                './src/config',
                './src/samples',
                './src/features',
              ],
              from: './src/app',
              message: 'Only the entry imports the app layer.',
            },
            {
              target: ['./src/components', './src/lib', './src/model', './src/api', './src/config', './src/samples'],
              from: './src/features',
              message: 'Shared layers never import a feature.',
            },
            {
              target: ['./src/lib', './src/model', './src/config', './src/samples'],
              from: ['./src/components', './src/api'],
              // The endpoints' routes are plain data, which the proxy's rules and the samples follow.
              except: ['./routes.ts'],
              message: 'Plain modules do not import components or endpoints.',
            },
            {
              target: './src/first-paint',
              from: ['./src/app', './src/features', './src/components', './src/api', './src/samples', './src/model'],
              message: 'The first paint comes before the app: it reads only lib and config.',
            },
            {
              // The build inlines these into the pages (scripts/first-paint-scripts.ts): nothing else may come along.
              target: ['first-paint', 'loader', 'early-presses', 'page-markers'].map(
                (f) => `./src/first-paint/${f}.ts`,
              ),
              from: './src',
              except: ['./first-paint'],
              message: 'The inline scripts are built from src/first-paint alone.',
            },
            { target: './src', from: './src/testing', message: 'Production code never uses the test doubles.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**'],
    // Playwright fixtures call `use`, which is not React's hook.
    rules: { 'no-console': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
