/** Strings of the Word document preview (flat keys of `Labels`, prefixed `docx`). */
export interface DocxPreviewLabels {
  /** Accessible name of the frame showing a Word document, e.g. "Preview of report.docx". */
  docxFrameTitle(fileName: string): string;
  docxConverting: string;
  /** The file is not a readable .docx (damaged or another format). */
  docxUnreadable: string;
  /** The .docx says it unpacks to more than the preview reads. */
  docxTooLarge: string;
  /** The conversion ran past its time limit and was stopped. */
  docxTooSlow: string;
  /** The document's converted HTML was cut to the preview's size bound. */
  docxShortened: string;
  /** Images left out: linked from outside the document (never fetched) or in a format browsers do not show. */
  docxImagesNotShown(count: number): string;
  /** Stands in the document where such an image was; `alt` is the image's description in the document, if any. */
  docxImageNotShown(alt: string | null): string;
}

export const docxPreviewLabels: DocxPreviewLabels = {
  docxFrameTitle: (fileName) => `Preview of ${fileName}`,
  docxConverting: 'Opening the document…',
  docxUnreadable: 'This file could not be read as a Word document (.docx): it may be damaged or in another format. Download it to open it elsewhere.',
  docxTooLarge: 'This document is too large to preview once unpacked. Download it to open it in Word.',
  docxTooSlow: 'This document takes too long to convert for a preview. Download it to open it in Word.',
  docxShortened: 'The preview shows the beginning of this document — download to see all.',
  docxImagesNotShown: (count) =>
    `${count === 1 ? '1 image is' : `${count} images are`} not shown: linked from outside the document (never loaded) or in a format the browser cannot display.`,
  docxImageNotShown: (alt) => (alt ? `Image not shown: ${alt}` : 'Image not shown'),
};
