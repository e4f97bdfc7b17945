# compsim in a container, for the shards of a big experiment (README, "Big experiments on many
# machines"): Node 20, as the project is tested on; no browser (the image simulates and writes
# files; the browser is only for the tests). Build and push:
#   docker build -t registry.example/compsim:0.1.0 .
#   docker push registry.example/compsim:0.1.0
FROM node:20-bookworm-slim AS build
WORKDIR /compsim
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are here; the build runs below.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY tools ./tools
COPY src ./src
COPY bin ./bin
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /compsim
ENV NODE_ENV=production
COPY --from=build /compsim/package.json ./
COPY --from=build /compsim/node_modules ./node_modules
COPY --from=build /compsim/dist ./dist
COPY --from=build /compsim/bin ./bin
COPY scenarios ./scenarios
RUN ln -s /compsim/bin/compsim.js /usr/local/bin/compsim
ENTRYPOINT ["compsim"]
CMD ["--help"]
