// Vite's `?url` suffix gives a file's served URL; the stories fetch the committed test workbooks with it.
declare module '*.xlsx?url' {
  const url: string;
  export default url;
}
