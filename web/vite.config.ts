import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run build:web` → web/dist, served by the API at `/`; `npx vite web` proxies /v1 to a local API. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:3000' } },
});
