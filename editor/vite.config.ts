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
    // Monaco is one lazy chunk of about 4 MB, loaded with the first editor that needs it;
    // naming it keeps that visible in the build output (grouping it with codeSplitting
    // would pull shared helpers into it and make the main chunk import it).
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /[\\/]monaco-editor[\\/]/.test(id)) ? 'assets/monaco-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    proxy: {
      '/trpc': runtime,
      '/api': { target: runtime, ws: true },
    },
  },
});
