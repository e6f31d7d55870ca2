/**
 * The HTTP face of the order desk (node:http, no framework):
 *
 * - `POST /orders` with an {@link Order} as JSON → 201 accepted, 202 manual review, 422 refused,
 *   each with an {@link OrderAnswer}; 400 with `{ error }` for a body that is not an order;
 * - `GET /healthz` → 200 `{ ok: true, records }`.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { isCertkitError } from 'certkit/core';
import type { Policy } from 'certkit/policy';
import { decideOrder, readOrder } from './orders.js';
import type { LedgerStore } from './store.js';

const MAX_BODY_BYTES = 64 * 1024;
const STATUS_CODES = { accepted: 201, 'manual-review': 202, refused: 422 } as const;

export interface OrderServerOptions {
  readonly store: LedgerStore;
  readonly policy: Policy;
  /** The clock; tests fix it. */
  readonly now?: () => Date;
}

export function createOrderServer(options: OrderServerOptions): Server {
  const now = options.now ?? (() => new Date());
  return createServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method === 'GET' && request.url === '/healthz')
        return reply(200, { ok: true, records: await options.store.count() });
      if (request.method !== 'POST' || request.url !== '/orders') return reply(404, { error: 'not found' });
      const order = readOrder(JSON.parse(await readBody(request)));
      const answer = await decideOrder(order, options.store, options.policy, now());
      return reply(STATUS_CODES[answer.status], answer);
    } catch (error) {
      if (error instanceof SyntaxError || isCertkitError(error)) return reply(400, { error: String(error.message) });
      console.error(error);
      return reply(500, { error: 'internal error' });
    }
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new SyntaxError(`body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
