export { createProxyApp, type ProxyHealth, type ProxyOptions } from './app.js';
export { ConfigError, configSchema, envVariableFor, loadConfig, publicConfig, type ProxyConfig, type ProxyConfigInput, type ProxyModel, type PublicConfig } from './config.js';
export { type ConversationState } from './conversation-token.js';
export { type ProxyFileEvent } from './generated-files.js';
export { createLogger, type Logger, type LogLevel } from './logger.js';
export { type ProxyErrorPayload } from './proxy-errors.js';
export { responseRequestSchema, type ResponseRequest } from './responses-route.js';
export { startProxy, type RunningProxy } from './server.js';
export { azureBaseURL, selectUpstream, type Upstream, type UpstreamKind } from './upstream.js';
