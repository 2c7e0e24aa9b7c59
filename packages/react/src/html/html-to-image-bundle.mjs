// How html-to-image's published UMD bundle becomes the script injected into the preview frame. One rule, shared by
// generate-html-to-image-source.mjs (which writes html-to-image-source.ts) and html-to-image-source.test.ts (which
// checks that file against the installed package).

/**
 * The bundle without its trailing source map comment: devtools would fetch a map the frame cannot reach.
 * @param {string} bundle
 */
export function frameScriptOf(bundle) {
  return bundle.replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
}
