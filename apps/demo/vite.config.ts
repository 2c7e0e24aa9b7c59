import { resolvePorts } from '@execards/ports';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { clientOnlyBundle } from '../../tooling/client-directives.js';
import { chunkSizeBudget } from './src/chunk-size-budget.js';

const { demoPort, proxyUrl } = resolvePorts();

export default defineConfig({
  plugins: [react(), clientOnlyBundle(), chunkSizeBudget()],
  // Workspace packages are consumed from source, so edits show up without a rebuild.
  resolve: { conditions: ['@execards/source', ...defaultClientConditions] },
  build: {
    rolldownOptions: {
      output: {
        // Large libraries every page needs get chunks of their own: cached across releases of the app, and no
        // chunk is over 500 kB. Lazily loaded views (table, HTML) keep their own chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
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
