import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The runtime serves editor/dist at `/`; in development Vite serves the console and
// forwards the APIs to a runtime started with `kefu serve` on port 3000.
const runtime = process.env.KEFU_DEV_RUNTIME ?? 'http://localhost:3000';

// monaco-editor's exports map appends `.js` to every subpath, so its CSS files are
// reached through this alias (`monaco-editor/esm/…css`). Monaco itself is only imported
// from lazy chunks (src/monaco/load-monaco.ts) and its workers are bundled as files of
// our own: nothing is fetched from a CDN.
const monacoEsm = fileURLToPath(new URL('../node_modules/monaco-editor/esm/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^monaco-editor\/esm\/(.*\.css)$/, replacement: `${monacoEsm}$1` }],
  },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Monaco is one lazy chunk of about 3.5 MB (loaded with the first editor that needs it).
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'monaco', test: /node_modules[\\/]monaco-editor[\\/]/ }] } } },
  },
  server: {
    proxy: {
      '/trpc': runtime,
      '/api': { target: runtime, ws: true },
    },
  },
});
