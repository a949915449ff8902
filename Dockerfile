# The production image: the Fastify server (server/main.ts, `npm start`) serving the build on 8080.
#   docker build -t mixpeek-dashboard . && docker run -p 8080:8080 mixpeek-dashboard
# Build-time settings (VITE_MIXPEEK_API_URL, VITE_CSP_CONNECT_SRC) go in .env.production;
# run-time ones (MIXPEEK_PROXY_TARGET, TRUST_PROXY, HSTS, LOG_FORMAT) with `docker run -e`.
#
# CI runs these same commands: .ci/run runs the build stage's `npm ci` line, and
# server/container.test.ts runs `npm run build` on a copy of the build context and then replays
# the runtime stage instruction by instruction in a temporary folder, up to a passing HEALTHCHECK.
# Keep every RUN a plain shell command and every COPY a local path, so that replay stays exact.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/dist-server ./dist-server
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 CMD ["node", "dist-server/server/healthcheck.js"]
CMD ["npm", "start"]
