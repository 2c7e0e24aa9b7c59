import { resolvePorts } from '@execards/ports';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const { demoPort, proxyUrl } = resolvePorts();

export default defineConfig({
  plugins: [react()],
  // Workspace packages are consumed from source, so edits show up without a rebuild.
  resolve: { conditions: ['@execards/source', ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    port: demoPort,
    strictPort: true,
    proxy: { '/api': { target: proxyUrl, changeOrigin: false } },
  },
  preview: {
    host: '127.0.0.1',
    port: demoPort,
    strictPort: true,
    proxy: { '/api': { target: proxyUrl, changeOrigin: false } },
  },
});
