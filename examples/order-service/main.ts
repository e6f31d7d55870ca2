/**
 * `npm run example:orders`: the order service on http://localhost:8080 (PORT to change), its
 * ledger in PGlite under examples/order-service/.data/ — or in PostgreSQL when DATABASE_URL is set.
 *
 *   curl -s localhost:8080/orders -H 'content-type: application/json' -d @examples/order-service/sample-order.json
 */
import { fileURLToPath } from 'node:url';
import { defaultPolicy } from 'certkit/policy';
import { createOrderServer } from './server.js';
import { openStore } from './store.js';

const databaseUrl = process.env.DATABASE_URL;
const dataDir = fileURLToPath(new URL('./.data', import.meta.url));
const store = await openStore({ policy: defaultPolicy, ...(databaseUrl ? { databaseUrl } : { dataDir }) });
const port = Number(process.env.PORT ?? 8080);
const server = createOrderServer({ store, policy: defaultPolicy }).listen(port, () => {
  console.log(
    `order service on http://localhost:${port} — ledger in ${databaseUrl ? 'PostgreSQL' : `PGlite at ${dataDir}`}`,
  );
  console.log('POST /orders with an order (sample-order.json); GET /healthz. Ctrl-C stops it.');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => void store.close().then(() => process.exit(0))));
