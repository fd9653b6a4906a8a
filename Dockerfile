# The web app is built with the dev dependencies (Vite) in a stage of its own; only web/dist is kept.
FROM node:20-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web ./web
RUN npm run build:web

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
USER node
# Run node directly (not through npm) so SIGTERM reaches it and in-flight work drains.
CMD ["node", "--import", "tsx", "src/main-api.ts"]
