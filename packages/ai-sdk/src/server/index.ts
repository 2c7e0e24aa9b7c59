export { createContainerFileHandler, type ContainerFileHandlerOptions } from './container-file-handler.js';
export { signFileUrl, verifyFileUrl, type FileUrlVerification, type SignFileUrlOptions } from './file-url-signature.js';
export { withSignedFileUrls, type ContainerFileDataChunk, type SignedFileUrlsOptions } from './signed-file-urls-stream.js';
export { attachmentDisposition, downloadContentType } from '@execards/core';
