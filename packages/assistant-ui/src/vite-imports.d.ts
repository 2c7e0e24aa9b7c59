// Stylesheets are imported for their side effect (bundlers load them); they export nothing.
declare module '*.css';
// Vite's `?raw` suffix imports a file's text (the README test compares the example with the README).
declare module '*?raw' {
  const text: string;
  export default text;
}
