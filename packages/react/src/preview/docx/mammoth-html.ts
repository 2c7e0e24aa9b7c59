/** Raster and SVG images a browser shows; anything else (EMF and WMF previews of embedded objects, TIFF) is left out. */
const shownImageTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/svg+xml']);
/** Marks an image that was not read: the sanitizer turns it into a placeholder. */
export const notReadImageSource = 'about:blank#not-shown';

/**
 * mammoth's HTML for a .docx (its browser build, loaded on first use; rejects when the file is not a readable
 * .docx). That build cannot open linked files, and every image is read from inside the document as a data: URI or
 * marked as not read.
 */
export async function mammothHtml(data: ArrayBuffer): Promise<string> {
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  const result = await mammoth.convertToHtml(
    { arrayBuffer: data },
    {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        if (!shownImageTypes.has(image.contentType)) return { src: notReadImageSource };
        try {
          return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
        } catch {
          // A linked image: the browser build refuses to open it, and so would we.
          return { src: notReadImageSource };
        }
      }),
    },
  );
  return result.value;
}
