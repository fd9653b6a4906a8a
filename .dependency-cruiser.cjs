/** Layers point one way: src → graphs → agents → tools (DESIGN.md). */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide layering mistakes.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'tools-are-leaves',
      severity: 'error',
      from: { path: '^tools/' },
      to: { path: '^(agents|graphs|src)/' },
    },
    {
      name: 'agents-below-graphs',
      severity: 'error',
      from: { path: '^agents/' },
      to: { path: '^(graphs|src)/' },
    },
    { name: 'graphs-below-src', severity: 'error', from: { path: '^graphs/' }, to: { path: '^src/' } },
    {
      name: 'no-test-imports',
      severity: 'error',
      from: { path: '^(src|graphs|agents|tools)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
