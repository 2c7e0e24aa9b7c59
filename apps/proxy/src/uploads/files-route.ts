import { openAsBlob } from 'node:fs';
import type { UploadAnswer, UploadedFile } from '@execards/core';
import type { Context } from 'hono';
import { decodeConversationToken, emptyConversation, encodeConversationToken, withUploadedFiles } from '../tokens/conversation-token.js';
import { errorResponse } from '../routes/http-errors.js';
import type { ProxyContext } from '../proxy-context.js';
import { proxyErrorFor } from '../turn/proxy-errors.js';
import { receiveUpload } from './upload-receiver.js';

/**
 * `POST /api/files`: multipart with one `file` part per file and an optional `token` field (the conversation's
 * current token). Answers `{files: [{id, filename, bytes, mimeType}], token}`: the new token binds the ids to the
 * conversation, so `POST /api/responses` accepts only files this conversation uploaded.
 */
export function createUploadHandler(context: ProxyContext) {
  return async (c: Context) => {
    const received = await receiveUpload(c.req.raw, {
      maxFiles: context.config.limits.maxFilesPerMessage,
      maxFileBytes: context.config.limits.maxFileBytes,
      // Multipart headers and the token field add a little to the files themselves.
      maxBodyBytes: context.config.limits.maxFilesPerMessage * context.config.limits.maxFileBytes + 1024 * 1024,
    });
    if (!received.ok) {
      const { status, code, message, filename } = received.rejection;
      context.logger.log('info', 'upload_rejected', { requestId: c.get('requestId') as string, code, filename });
      return errorResponse(c, status, code, message, filename === undefined ? {} : { filename });
    }
    try {
      const token = received.fields['token'];
      const state = token ? decodeConversationToken(context.signer, token) : emptyConversation;
      if (!state) return errorResponse(c, 400, 'invalid_token', 'The conversation token is invalid. Please start a new conversation.');
      const uploaded: UploadedFile[] = [];
      for (const file of received.files) {
        // A file-backed Blob: the SDK streams it from disk instead of reading it into memory.
        const blob = await openAsBlob(file.diskPath, { type: file.type.mimeType });
        const { id } = await context.gateway.uploadFile(new File([blob], file.filename, { type: file.type.mimeType }), c.req.raw.signal);
        uploaded.push({ id, filename: file.filename, bytes: file.bytes, mimeType: file.type.mimeType });
      }
      const next = withUploadedFiles(state, uploaded.map((file) => file.id));
      const answer: UploadAnswer = { files: uploaded, token: encodeConversationToken(context.signer, next) };
      return c.json(answer, 201);
    } catch (error) {
      const requestId = c.get('requestId') as string;
      const payload = proxyErrorFor(error, requestId);
      context.logger.log('error', 'upload_failed', { requestId, error, code: payload.code });
      return errorResponse(c, 502, payload.code, payload.message, { retryable: payload.retryable });
    } finally {
      await received.cleanup();
    }
  };
}
