export { createProxyApp, type ProxyHealth } from './app.js';
export { startProxy, type RunningProxy } from './server.js';
export { azureBaseURL, selectUpstream, type Upstream, type UpstreamKind } from './upstream.js';
