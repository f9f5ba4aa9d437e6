import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The runtime serves editor/dist at `/`; in development Vite serves the console and
// forwards the APIs to a runtime started with `kefu serve` on port 3000.
const runtime = process.env.KEFU_DEV_RUNTIME ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/trpc': runtime,
      '/api': { target: runtime, ws: true },
    },
  },
});
