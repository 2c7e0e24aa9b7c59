/** The wire protocol between upstream, proxy and browser: one owner for every event and answer shape. */
export { errorBodySchema, archivedFileSchema, fileStatusAnswerSchema, fileStatusValues, healthSchema, rerunAnswerSchema, upstreamAuthKinds, upstreamKinds, uploadAnswerSchema, uploadedFileSchema } from './http-answers.js';
export type { ErrorBody, FileStatusEntry, FileStatusValue, Health, RerunAnswer, UploadAnswer, UploadedFile } from './http-answers.js';
export { isRecord } from './is-record.js';
export { proxyEventPayloadSchemas, proxyEventSchemas, type ContainerFileEvent, type ProxyEventPayload, type ProxyEventType } from './proxy-events.js';
export { publicConfigSchema, type ModelOption, type PublicConfig } from './public-config.js';
export { responseEcho, type ResponseEcho } from './response-echo.js';
