export { createClient, type Client, type ClientOptions, type Health } from './client.js';
export { ProxyError } from './errors.js';
