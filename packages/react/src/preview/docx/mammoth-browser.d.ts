// mammoth's self-contained browser build (no Node built-ins), typed as the package's main entry.
declare module 'mammoth/mammoth.browser.js' {
  import type mammoth from 'mammoth';
  const browserBuild: typeof mammoth;
  export default browserBuild;
}
