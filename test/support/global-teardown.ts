/** Stops the local Neo4j that global-setup started (if it started one) and removes its data. */
import fs from 'node:fs';
import { LOCAL_FLAG, takeRunningLocal } from './local-state';

export default async function globalTeardown(): Promise<void> {
  const running = takeRunningLocal();
  if (!running) return;
  await running.local.stop();
  fs.rmSync(running.dataDir, { recursive: true, force: true });
  delete process.env.NEO4J_URI;
  delete process.env[LOCAL_FLAG];
}
