/**
 * The order service end to end, over HTTP, against a real database: PGlite always, and the
 * PostgreSQL server at DATABASE_URL when one is set (.ci/run starts one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicy } from 'certkit/policy';
import { generateCsr } from 'certkit/x509';
import { afterAll, describe, expect, it } from 'vitest';
import type { Order, OrderAnswer } from './orders.js';
import { createOrderServer } from './server.js';
import { type LedgerStore, openStore, type StoreOptions } from './store.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const policy = defaultPolicy;

interface Running {
  readonly store: LedgerStore;
  readonly server: Server;
  readonly url: string;
}

async function start(options: StoreOptions): Promise<Running> {
  const store = await openStore(options);
  const server = createOrderServer({ store, policy, now: () => NOW });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { store, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stop(running: Running): Promise<void> {
  await new Promise((resolve) => running.server.close(resolve));
  await running.store.close();
}

async function post(url: string, body: unknown): Promise<{ status: number; answer: OrderAnswer }> {
  const response = await fetch(`${url}/orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, answer: (await response.json()) as OrderAnswer };
}

const freeOrder = (i: number, run: string): Order => ({
  orderId: `${run}-order-${i}`,
  accountId: `${run}-acct`,
  applicant: { kind: 'individual' },
  product: { brand: 'TrustAsia', type: 'Free DV', domainType: 'single' },
  domains: [`www.n${i}x${run}.cn`], // a primary domain each: only the account's 20 slots bite
});

/** A paid OV order for www.orderdesk.com with a CSR (RSA 2048, as uploads need) for `csrDomain`. */
async function paidOrder(id: string, csrDomain: string): Promise<Order> {
  const { csrPem } = await generateCsr({ domains: [csrDomain], key: { type: 'RSA', size: 2048 } });
  return {
    orderId: id,
    accountId: `${id}-acct`,
    applicant: { kind: 'enterprise' },
    product: { brand: 'TrustAsia', type: 'OV', domainType: 'single' },
    domains: ['www.orderdesk.com'],
    csr: csrPem,
  };
}

const backends: [string, (dataDir: string) => StoreOptions][] = [['PGlite', (dataDir) => ({ policy, dataDir })]];
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) backends.push(['PostgreSQL', () => ({ policy, databaseUrl })]);

describe.each(backends)('the order service on %s', (_name, optionsFor) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certkit-orders-'));
  const run = `${process.pid}${Date.now()}`; // digits only (no accidental sensitive word), fresh on a shared server
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('QUOTA-01: 200 concurrent orders for 20 free slots grant exactly 20, and a restart loses none', async () => {
    const first = await start(optionsFor(dataDir));
    const before = await first.store.count();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(first.url, freeOrder(i, run))));
    const granted = results.filter((result) => result.status === 201);
    const refused = results.filter((result) => result.status === 422);
    expect(granted).toHaveLength(20);
    expect(refused).toHaveLength(180);
    expect(new Set(granted.map((result) => result.answer.quota?.pool))).toEqual(new Set(['free']));
    for (const { answer } of refused) {
      expect(answer.status).toBe('refused');
      expect(answer.issues.map((issue) => issue.rule)).toContain('QUOTA-01');
      expect(answer.quota?.nextReleaseAt).toBe('2027-12-01T00:00:00.000Z'); // a year after the first grant
    }
    expect((await first.store.count()) - before).toBe(20);
    await stop(first);

    const second = await start(optionsFor(dataDir));
    expect((await second.store.count()) - before).toBe(20);
    const again = await post(second.url, freeOrder(999, run));
    expect(again.status).toBe(422);
    expect(again.answer.issues.find((issue) => issue.rule === 'QUOTA-01')?.message['zh-CN']).toMatch(/额度|免费/);
    await stop(second);
  });

  it('refuses names and CSRs with the rule that refused them, in both languages, and takes no slot', async () => {
    const running = await start(optionsFor(dataDir));
    const before = await running.store.count();
    const ru = await post(running.url, { ...freeOrder(1, `${run}-x`), domains: ['shop.example.ru'] });
    expect(ru.status).toBe(422);
    expect(ru.answer.issues.map((issue) => issue.rule)).toEqual(['DOM-04']);
    expect(ru.answer.issues[0]?.message.en).toContain('.ru');

    const screened = await post(running.url, { ...freeOrder(2, `${run}-x`), domains: ['secure-paypal.com'] });
    expect(screened.status).toBe(422);
    expect(screened.answer.issues.some((issue) => issue.rule?.startsWith('SCREEN-'))).toBe(true);

    const mismatch = await post(running.url, await paidOrder(`${run}-paid`, 'other.orderdesk.com'));
    expect(mismatch.status).toBe(422);
    expect(mismatch.answer.issues.map((issue) => issue.rule)).toContain('CSR-03');
    expect((await running.store.count()) - before).toBe(0);
    await stop(running);
  });

  it('accepts a paid order with a matching CSR without touching the quota, and answers 400 to a non-order', async () => {
    const running = await start(optionsFor(dataDir));
    const before = await running.store.count();
    const accepted = await post(running.url, await paidOrder(`${run}-ok`, 'www.orderdesk.com'));
    expect(accepted.status).toBe(201);
    expect(accepted.answer.quota).toBeUndefined();
    expect((await running.store.count()) - before).toBe(0);

    const bad = await post(running.url, { orderId: 7 });
    expect(bad.status).toBe(400);
    expect(String((bad.answer as unknown as { error: string }).error)).toContain('orderId');
    await stop(running);
  });
});
