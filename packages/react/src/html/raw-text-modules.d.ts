// Vite's `?raw` suffix imports a file's text; used by the test that checks the generated bundle.
declare module '*?raw' {
  const text: string;
  export default text;
}
