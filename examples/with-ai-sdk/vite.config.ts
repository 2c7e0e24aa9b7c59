import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Workspace packages are consumed from source, so the example needs no package build first.
  resolve: { conditions: ['@execards/source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', proxy: { '/api': { target: `http://127.0.0.1:${process.env.EXAMPLE_SERVER_PORT ?? '4100'}` } } },
});
