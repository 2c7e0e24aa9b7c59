import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // assistant-ui's primitives make one large main chunk; the kit's table and HTML views stay lazy chunks.
  build: { chunkSizeWarningLimit: 1500 },
  // Workspace packages are used from source: no package build needed first.
  resolve: { conditions: ['@execards/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', proxy: { '/api': { target: `http://127.0.0.1:${process.env.EXAMPLE_SERVER_PORT ?? '4200'}` } } },
});
