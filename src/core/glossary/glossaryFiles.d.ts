// The glossary's Markdown files, bundled at build time by the `glossaryFiles` plugin of esbuild.js:
// every .md file of src/core/data/glossary/, sorted by name, with its text.
declare module 'virtual:glossary-files' {
  const files: ReadonlyArray<{ name: string; text: string }>;
  export default files;
}
