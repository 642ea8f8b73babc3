// Import-graph rules (dependency-cruiser): layers point one way, folders never import each other in a circle,
// the core stays pure, entrypoints only start what src/extension defines. Enforced by tests/architecture/import-graph.test.ts;
// `npx depcruise src entrypoints` prints the same verdicts.

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
export const forbidden = [
  {
    name: 'no-folder-cycles',
    comment: 'Two folders that import each other are one module in disguise: move the shared part down.',
    severity: 'error',
    scope: 'folder',
    from: { path: '^(src|entrypoints)/' },
    to: { circular: true },
  },
  {
    name: 'no-module-cycles',
    comment: 'Files that import each other load in an order that depends on who imports first.',
    severity: 'error',
    from: { path: '^(src|entrypoints)/' },
    to: { circular: true },
  },
  {
    name: 'core-imports-only-core',
    comment: 'src/core is the one pure judge both front ends share: it knows nothing of them.',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { path: '^(src/(cli|extension|documents)|entrypoints|scripts|bin|tests)/' },
  },
  {
    name: 'core-no-node-builtins',
    comment: 'src/core runs in the browser too.',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { dependencyTypes: ['core'] },
  },
  {
    name: 'core-no-platform-packages',
    comment: 'No browser, extension, UI or browser-automation framework in src/core.',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { path: '(^|/)node_modules/(wxt|@wxt-dev|preact|webextension-polyfill|playwright|playwright-core|@playwright)/' },
  },
  {
    name: 'core-resolvable',
    comment: 'An import the cruiser cannot resolve would hide a forbidden one.',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { couldNotResolve: true },
  },
  {
    name: 'thin-entrypoints',
    comment: 'Entrypoints only start what src/extension defines.',
    severity: 'error',
    from: { path: '^entrypoints/' },
    to: { path: '^(src/(?!extension/)|scripts/|bin/|tests/)' },
  },
  {
    name: 'front-ends-apart',
    comment: 'The CLI and the extension share code only through src/core and src/documents.',
    severity: 'error',
    from: { path: '^src/(cli|extension)/' },
    to: { path: '^src/(cli|extension)/', pathNot: '^src/$1/' },
  },
];

/** @type {import('dependency-cruiser').ICruiseOptions} */
export const options = {
  doNotFollow: { path: 'node_modules' },
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
  enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
};

export default { forbidden, options };
