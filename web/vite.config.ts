// Builds the web pages into web/dist (`vite build web`), which `matchfacts serve` serves at /.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npx vite web` during development, next to `matchfacts serve --port 3000`.
    proxy: { '/api': 'http://127.0.0.1:3000', '/events': 'http://127.0.0.1:3000' },
  },
});
