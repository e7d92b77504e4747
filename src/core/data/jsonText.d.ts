// Data files bundled as their JSON text by the `jsonText` plugin of esbuild.js, parsed on first use.
declare module 'json-text:*' {
  const text: string;
  export default text;
}
