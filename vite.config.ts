/** The office web app (src/web), built into dist/web and served by the API server at /. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which chunks each scene loads, for `npm run bench`.
    manifest: true,
    // antd and echarts are large; scenes are split per route, so no single chunk is loaded for all.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev`: Vite serves the app with hot reload, the API server answers /api and /p.
    proxy: { '/api': 'http://127.0.0.1:3000', '/p': 'http://127.0.0.1:3000' },
  },
});
