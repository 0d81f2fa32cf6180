# The diplograph service; Neo4j runs beside it (docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# tsx runs the TypeScript directly and is a runtime dependency; dev tools are left out.
RUN npm ci --omit=dev && npm cache clean --force
COPY . .
USER node
EXPOSE 4000
# What `npm start` runs, without npm in between: npm does not pass SIGTERM (docker stop) on
# to its child, and the service needs it to close HTTP and the driver cleanly.
CMD ["node", "--import", "tsx", "src/main.ts"]
