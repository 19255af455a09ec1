/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

// The API (Quarkus) listens on 8080 in development; the browser reaches it through this proxy,
// so it is same-origin (config.json's apiBaseUrl is ""). Override with MAILLON_API_URL.
const apiTarget = process.env.MAILLON_API_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/q': { target: apiTarget, changeOrigin: false },
};

// Content Security Policy of the built app (vite preview here, nginx in the image: keep them the same).
// No inline script; Keycloak (login redirects, token calls) is the only other origin.
const keycloakOrigin = process.env.MAILLON_KEYCLOAK_ORIGIN ?? 'http://localhost:8180';
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  `connect-src 'self' ${keycloakOrigin}`,
  `frame-src ${keycloakOrigin}`,
  "frame-ancestors 'none'",
  "base-uri 'self'",
  `form-action 'self' ${keycloakOrigin}`,
].join('; ');

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy, headers: securityHeaders },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // CI machines are small and busy (2 cores shared with the API build): user-event journeys may take a few seconds.
    testTimeout: 20000,
  },
});
