# The web app and the server's JavaScript are built with the dev dependencies (Vite, tsc) in a stage
# of their own; only web/dist and dist/ are kept.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npm run build:web
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY graphs ./graphs
COPY agents ./agents
COPY tools ./tools
RUN npm run build

# One image for every process; the compose file picks the entry point.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY graphs ./graphs
COPY agents ./agents
COPY tools ./tools
COPY --from=web /app/web/dist ./web/dist
# Compiled entry points (node dist/src/main-*.js, the CLI as node dist/cli.mjs): no run-time
# transpiling at start-up. The sources stay for `node --import tsx` one-offs, scripts/ for `npm run`.
COPY scripts ./scripts
COPY --from=web /app/dist ./dist
USER node
# Run node directly (not through npm) so SIGTERM reaches it and in-flight work drains.
CMD ["node", "dist/src/main-api.js"]
