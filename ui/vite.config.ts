// Vite builds the UI into ui/dist, which the desktop package embeds; Vitest runs the UI's
// tests in jsdom with the same plugins, so a test sees the components as the app does.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset URLs: Tauri serves the bundle from its own protocol, not from a web root.
  base: './',
  plugins: [svelte(), svelteTesting()],
  // Keep the Rust build's output visible when Tauri runs `npm run dev` in the same terminal.
  clearScreen: false,
  server: {
    // Tauri's devUrl points here, so the port must not wander.
    port: 5173,
    strictPort: true,
    // The Fluent files and the fonts live outside ui/ (assets/, shared with the Rust side,
    // whose HTML export uses the same fonts). Paths are relative to this directory. Tests
    // also read the incident report's schema and the Rust vocabularies, to compare.
    fs: { allow: ['.', '../assets/locales', '../assets/fonts', '../assets/schemas', '../crates/proto/src'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Never inline assets as data: URIs: the CSP allows images and fonts from 'self' only.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/tests/setup.ts'],
    // Vitest reads CSS as empty unless told otherwise: the tests that check the styles (no
    // physical properties, only bundled fonts, nothing remote) read these as text.
    css: { include: [/\/(app|fonts)\.css(\?|$)/] },
  },
});
