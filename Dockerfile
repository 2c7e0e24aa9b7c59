# The proxy and the built demo in one image, for Azure (Container Apps, App Service, AKS). The emulator is not in
# it: set AZURE_OPENAI_ENDPOINT (and a key, or nothing to sign in with the managed identity).
# apps/proxy/src/container-image.test.ts starts the proxy with this file's ENV and CMD and runs its HEALTHCHECK.

FROM node:20-bookworm-slim AS build
ENV COREPACK_INTEGRITY_KEYS=0 COREPACK_ENABLE_DOWNLOAD_PROMPT=0 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
RUN corepack enable pnpm
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm exec tsc -b \
 && pnpm --filter @execards/demo exec vite build --logLevel warn \
 && pnpm --filter @execards/proxy deploy --prod --legacy /out \
 && cp -r apps/demo/dist /out/public

FROM node:20-bookworm-slim
WORKDIR /app
COPY --from=build --chown=node:node /out ./
USER node
ENV NODE_ENV=production PROXY_HOST=0.0.0.0 PROXY_PORT=8080 PROXY_STATIC_DIR=/app/public
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s CMD node -e "fetch('http://127.0.0.1:' + process.env.PROXY_PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/main.js"]
