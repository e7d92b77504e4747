// Builds the extension and the public core with esbuild.
//   node esbuild.js               development build (sourcemaps)
//   node esbuild.js --production  minified, no sourcemaps (what `npm run package` ships)
//   node esbuild.js --watch       rebuild on change; errors in the problem-matcher format
//   node esbuild.js --tests       also bundle the test suites into out/test
const esbuild = require('esbuild');
const path = require('path');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

// @huggingface/tasks has no side-effect-free entry: importing its index pulls ~230 KB of
// snippets. We only want its GGUF module (the Hub's quant type list) and its hardware list, so
// resolve those files directly.
const hfTasksModules = {
  name: 'hf-tasks-modules',
  setup(build) {
    build.onResolve({ filter: /^@huggingface\/tasks\/(gguf|hardware)$/ }, args => ({
      path: path.join(__dirname, `node_modules/@huggingface/tasks/dist/esm/${args.path.split('/').pop()}.js`),
    }));
    // The extension reads GGUF headers through its own fetch (src/sources/readGgufHeader.ts), never
    // with the package's Node file reader: its browser build, the same parser without fs, serves
    // both the Node and the web extension. Tests keep the Node build (they read local files).
    build.onResolve({ filter: /^@huggingface\/gguf$/ }, args =>
      args.importer.startsWith(path.join(__dirname, 'src') + path.sep)
        ? { path: path.join(__dirname, 'node_modules/@huggingface/gguf/dist/browser/index.mjs') }
        : undefined,
    );
    // The Hub look-up (src/sources/hub/) uses only @huggingface/hub's fetch-based calls (model info,
    // tree listing) with the host's fetch: its browser build serves the Node and the web extension.
    build.onResolve({ filter: /^@huggingface\/hub$/ }, args =>
      args.importer.startsWith(path.join(__dirname, 'src') + path.sep)
        ? { path: path.join(__dirname, 'node_modules/@huggingface/hub/dist/browser/index.mjs') }
        : undefined,
    );
    // @huggingface/gguf imports only the GGUF quant names from the package's index.
    build.onResolve({ filter: /^@huggingface\/tasks$/ }, args =>
      /[\\/]@huggingface[\\/]gguf[\\/]/.test(args.importer)
        ? { path: path.join(__dirname, 'node_modules/@huggingface/tasks/dist/esm/gguf.js') }
        : undefined,
    );
  },
};

// The glossary, one Markdown file per entry: `import files from 'virtual:glossary-files'` gives
// [{ name, text }] for every .md file in the folder, sorted by name (the number in front orders the
// display), each text read by the '.md' text loader. Adding an entry is adding a file; --watch
// rebuilds when one is added. Exported so a test can run it on a copy of the folder.
function glossaryFiles(dir = path.join(__dirname, 'src/core/data/glossary')) {
  return {
    name: 'glossary-files',
    setup(build) {
      build.onResolve({ filter: /^virtual:glossary-files$/ }, () => ({ path: dir, namespace: 'glossary-files' }));
      build.onLoad({ filter: /.*/, namespace: 'glossary-files' }, () => {
        const names = fs
          .readdirSync(dir)
          .filter(f => f.endsWith('.md'))
          .sort();
        const imports = names.map((name, i) => `import text${i} from ${JSON.stringify(`./${name}`)};`);
        const list = names.map((name, i) => `  { name: ${JSON.stringify(name)}, text: text${i} },`);
        const contents = [...imports, 'export default [', ...list, '];'].join('\n');
        return { contents, loader: 'js', resolveDir: dir, watchDirs: [dir] };
      });
    },
  };
}

// Large data read on first use, not when the bundle loads: `import text from 'json-text:./x.json'`
// gives the file's JSON as a compact string (whitespace removed) for the importer to JSON.parse
// when it first needs it. A string costs the loader almost nothing to parse; a 250 KB object
// literal is compiled in full at require() time.
const jsonText = {
  name: 'json-text',
  setup(build) {
    build.onResolve({ filter: /^json-text:/ }, args => ({
      path: path.resolve(args.resolveDir, args.path.slice('json-text:'.length)),
      namespace: 'json-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'json-text' }, args => ({
      contents: JSON.stringify(JSON.parse(fs.readFileSync(args.path, 'utf8'))),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

// Reports builds in the format of the $esbuild-watch problem matcher.
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [hfTasksModules, glossaryFiles(), jsonText, problemMatcher],
  loader: { '.md': 'text' },
  target: 'es2022',
};

// Codicons for the webviews, shipped inside the package (never loaded from node_modules at run time).
function copyCodicons() {
  const from = path.join(__dirname, 'node_modules/@vscode/codicons/dist');
  const to = path.join(__dirname, 'dist/webview/codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

const targets = [
  // The extension for the Node extension host.
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    format: 'cjs',
    platform: 'node',
    external: ['vscode'],
  },
  // The same extension for the web worker extension host (vscode.dev, github.dev, code-server's
  // web-only mode): no Node APIs anywhere in the hover, glossary or estimate paths.
  // src/sources/fileAccess.ts loads fs/promises only where Node runs it (never in the browser).
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    platform: 'browser',
    external: ['vscode', 'fs/promises'],
  },
  // The glossary panel's front end, loaded by the webview.
  {
    ...common,
    entryPoints: ['src/webview/glossary/main.ts'],
    outfile: 'dist/webview/glossary.js',
    format: 'iife',
    platform: 'browser',
  },
  // The estimate panel's front end.
  {
    ...common,
    entryPoints: ['src/webview/estimate/main.ts'],
    outfile: 'dist/webview/estimate.js',
    format: 'iife',
    platform: 'browser',
  },
  // The public core API (shared DESIGN.md), loadable with require() and free of vscode.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', format: 'cjs', platform: 'node' },
];

if (tests) {
  const list = (dir, suffix) =>
    fs
      .readdirSync(dir)
      .filter(f => f.endsWith(suffix))
      .map(f => `${dir}/${f}`);
  // Unit tests mirror src/ (test/unit/core/settings/… tests src/core/settings/…): read the tree.
  const unit = fs
    .readdirSync('test/unit', { recursive: true })
    .map(String)
    .filter(f => f.endsWith('.test.ts'))
    .map(f => `test/unit/${f}`);
  targets.push({
    ...common,
    minify: false,
    entryPoints: unit,
    outbase: 'test/unit',
    outdir: 'out/test/unit',
    format: 'cjs',
    platform: 'node',
    external: ['mocha', 'fast-check'],
  });
  targets.push({
    ...common,
    minify: false,
    entryPoints: ['test/web/suite/index.ts'],
    outfile: 'out/test/web/suite/index.js',
    format: 'cjs',
    platform: 'browser',
    external: ['vscode'],
  });
  targets.push({
    ...common,
    minify: false,
    entryPoints: list('test/ui', '.ui.ts'),
    outdir: 'out/test/ui',
    format: 'cjs',
    platform: 'node',
    external: ['playwright-core'],
  });
  targets.push({
    ...common,
    minify: false,
    entryPoints: list('test/bench', '.ts'),
    outdir: 'out/test/bench',
    format: 'cjs',
    platform: 'node',
  });
  targets.push({
    ...common,
    minify: false,
    entryPoints: ['test/bench/vscode/index.ts'],
    outdir: 'out/test/bench/vscode',
    format: 'cjs',
    platform: 'node',
    external: ['vscode'],
  });
  targets.push({
    ...common,
    minify: false,
    entryPoints: [
      'test/integration/runTests.ts',
      'test/integration/suite/index.ts',
      ...list('test/integration/suite', '.test.ts'),
    ],
    outbase: 'test/integration',
    outdir: 'out/test/integration',
    format: 'cjs',
    platform: 'node',
    external: ['vscode', 'mocha', '@vscode/test-electron'],
  });
}

async function main() {
  // A release build starts from an empty dist/ so no development source map or stale file ships.
  if (production) fs.rmSync(path.join(__dirname, 'dist'), { recursive: true, force: true });
  copyCodicons();
  const contexts = await Promise.all(targets.map(t => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    return;
  }
  try {
    const results = await Promise.all(contexts.map(c => c.rebuild().catch(e => e)));
    const failed = results.filter(r => r instanceof Error);
    if (failed.length) process.exitCode = 1;
  } finally {
    await Promise.all(contexts.map(c => c.dispose()));
  }
}

module.exports = { glossaryFiles };

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
