// Lint for the whole repository. Besides the usual checks, no-restricted-imports holds the architecture:
// the renderer knows no Node, no Electron and no main-process code (only types from the shared contract),
// the domain and the contract know no Node or Electron, and only the Electron-facing files may import electron.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

const noElectron = {
  paths: [{ name: 'electron', message: 'Only transports/, index.ts, preload.ts, host/electron-*.ts and security/ may use Electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only the Electron-facing files may use Electron.' }],
};

const noNode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'This code must run without Node (renderer, domain, contract).' })),
  patterns: [{ group: ['node:*'], message: 'This code must run without Node (renderer, domain, contract).' }],
};

// The renderer may see the shared contract only as types; the domain (pure rules, no Node by its own rule below)
// it may import outright, so a rule such as agenda timing runs the same on both sides.
const TYPE_ONLY_FOR_RENDERER = '(api/(contract|envelope|bridge|operations/.+?))(\\.ts|\\.js)?$';
const rendererMainImportsExcept = (allowed) => [
  {
    regex: `(^|/)src-main/(?!domain/)${allowed ? `(?!${allowed})` : ''}(?!${TYPE_ONLY_FOR_RENDERER})`,
    message: 'The renderer may not import main-process code; talk to it through the API client.',
  },
  {
    regex: `(^|/)src-main/${TYPE_ONLY_FOR_RENDERER}`,
    allowTypeImports: true,
    message: 'Use `import type` for the shared contract, envelope and bridge.',
  },
];
const rendererMainImports = rendererMainImportsExcept(null);
// A renderer test may build a fake reply with the main process's own pure CSV reader, so the fake cannot drift from
// what members.previewImport really returns.
const rendererTestMainImports = rendererMainImportsExcept('export/member-csv/');

// Handlers validate, ask the domain and call the store. They share only their context and file delivery, never
// another handler (a rule two handlers need belongs in domain/), and take from the exporters only what builds or reads
// a file, not data shaping.
// A handler module is a file in api/handlers/ that builds handlers (`export function …Handlers(`); helpers beside them
// (context, delivery, a feature's view builders) may be imported.
const HANDLERS_FOLDER = new URL('./src-main/api/handlers/', import.meta.url);
const handlerModules = readdirSync(HANDLERS_FOLDER)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .filter((file) => /export function \w+Handlers\(/.test(readFileSync(new URL(file, HANDLERS_FOLDER), 'utf8')))
  .map((file) => file.slice(0, -'.ts'.length));
const handlerImports = {
  paths: [
    {
      name: '../handlers-type',
      importNames: ['Handlers'],
      message: 'Type a handler module from its own table, HandlersFor<typeof xOperations>, so no operation is named twice.',
    },
  ],
  patterns: [
    {
      regex: `^\\./(${handlerModules.join('|')})(\\.ts|\\.js)?$`,
      message: 'A handler may not import another handler; move the shared rule to domain/.',
    },
    {
      regex: '(^|/)export/',
      allowTypeImports: true,
      allowImportNamePattern: '(Docx|Bytes|Csv|Import|_LABELS)$',
      message: 'Handlers take only file builders (…Docx, …Bytes, …Csv, …Import) and labels from export/; shape data in domain/.',
    },
  ],
};

// Features talk to the client, never to each other; what two features share lives in ui/ (or shared/). Features are
// flat folders, so from a feature's file `../name` is always another feature. The app shell (layout/, app.tsx) and the
// catalogue registry (i18n/) are the ones that may import features.
const noOtherFeature = {
  patterns: [
    { regex: '^\\.\\./(?!\\.)', message: 'A feature may not import another feature; move the shared piece to ui/ or shared/.' },
    { regex: '(^|/)features/', message: 'A feature may not import another feature; move the shared piece to ui/ or shared/.' },
  ],
};
const noFeature = {
  patterns: [{ regex: '(^|/)features/', message: 'Shared pieces may not depend on a feature; features depend on them.' }],
};

const restrict = (...groups) => [
  'error',
  {
    paths: groups.flatMap((group) => group.paths ?? []),
    patterns: groups.flatMap((group) => group.patterns ?? []),
  },
];

const ELECTRON_FACING = [
  'src-main/transports/**',
  'src-main/index.ts',
  'src-main/preload.ts',
  'src-main/host/electron-host.ts',
  'src-main/host/electron-file-dialogs.ts',
  'src-main/security/**',
];

export default defineConfig(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'dist/**', 'e2e/screenshots/**', 'bench/results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Everything may not import electron unless listed below.
  { files: ['**/*.{ts,tsx,js,mjs}'], rules: { 'no-restricted-imports': restrict(noElectron) } },
  {
    files: ELECTRON_FACING,
    // The web host server runs under plain Node, so it stays Electron-free although it lives in transports/.
    ignores: ['src-main/transports/web-host-server.ts', 'src-main/transports/web-host-server.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The web host runs under plain Node: it must not pull in a module that imports electron.
    files: ['src-main/web-host.ts'],
    rules: {
      'no-restricted-imports': restrict(noElectron, {
        patterns: [
          {
            regex: '^\\./(index|preload|host/electron-host|transports/electron-ipc|security/(app-protocol|window-guards))(\\.ts|\\.js)?$',
            message: 'The web host runs without Electron; this module needs it.',
          },
        ],
      }),
    },
  },
  {
    files: ['src-main/domain/**', 'src-main/api/contract.ts', 'src-main/api/operations/**', 'src-main/api/bridge.ts', 'src-main/api/envelope.ts'],
    ignores: ['src-main/domain/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, noNode) },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': restrict(noElectron, noNode, { patterns: rendererMainImports }),
    },
  },
  {
    files: ['src-renderer/src/features/**'],
    rules: { 'no-restricted-imports': restrict(noElectron, noNode, { patterns: rendererMainImports }, noOtherFeature) },
  },
  {
    files: ['src-renderer/src/features/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(noElectron, noNode, { patterns: rendererTestMainImports }, noOtherFeature) },
  },
  {
    files: ['src-main/api/handlers/*.ts'],
    ignores: ['src-main/api/handlers/*.test.ts'],
    rules: { 'no-restricted-imports': restrict(noElectron, handlerImports) },
  },
  {
    files: ['src-renderer/src/ui/**', 'src-renderer/src/shared/**'],
    rules: { 'no-restricted-imports': restrict(noElectron, noNode, { patterns: rendererMainImports }, noFeature) },
  },
  {
    // A search hit shows room-only entries (marked); no document may be built from hits, so exporters cannot reach them.
    files: ['src-main/export/**'],
    ignores: ['src-main/export/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(noElectron, {
        patterns: [{ regex: '(^|/)(search/|domain/search-|api/operations/search)', message: 'Exports are built from the workspace, never from search hits.' }],
      }),
    },
  },
);
