/**
 * Scale figures (issue 22), run by `npm run bench` in a process of their own (`--expose-gc`, a
 * large heap) so that ten million names weigh on nothing else: the coverage index at 1M and 10M
 * names against a plain `Map` of the same names (build time, heap, lookups), and `evaluateQuota`
 * over a 10M-record ledger against a 10k one. Prints one JSON array of
 * `{ id, value, unit, baseline, baselineValue, ratio, target, better }` on stdout.
 */
import { createCoverageIndex } from '../src/domain/index.js';
import { presets } from '../src/policy/index.js';
import { createQuotaLedger, evaluateQuota, type QuotaLedger } from '../src/quota/index.js';
import { ledgerRecords, quotaRequests } from './quota.bench.js';
import type { ScaleFigure } from './types.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc (npm run bench does)');

/** Heap in use after two full collections. */
function heap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

/** What `make` allocates and keeps (the result is held until measured), and how long it takes. */
function measure<T>(make: () => T): { ms: number; bytes: number; value: T } {
  const before = heap();
  const started = performance.now();
  const value = make();
  const ms = performance.now() - started;
  return { ms, bytes: heap() - before, value };
}

/** `names` names over names/2 certificates, as in the coverage benchmark: an exact name and a wildcard or www. */
function inventory(names: number) {
  return Array.from({ length: names / 2 }, (_, i) => ({
    id: i,
    names: [`site${i}.example.com`, i % 2 === 0 ? `*.site${i}.example.com` : `www.site${i}.example.com`],
  }));
}

function coverageFigures(names: number): ScaleFigure[] {
  const label = `${names / 1_000_000}M names`;
  const entries = inventory(names);
  const map = measure(() => {
    const plain = new Map<string, number>();
    for (const entry of entries) for (const name of entry.names) plain.set(name, entry.id);
    return plain;
  });
  const mapBytes = map.bytes;
  const mapMs = map.ms;
  const index = measure(() => createCoverageIndex(entries));
  // exact names of the inventory: the index finds each (and looks for a wildcard above it), the Map too
  const hosts = Array.from({ length: 100_000 }, (_, i) => `site${(i * 7919) % (names / 2)}.example.com`);
  const lookupsPerSecond = (lookup: (host: string) => number) => {
    const started = performance.now();
    let found = 0;
    for (const host of hosts) found += lookup(host);
    if (found < hosts.length) throw new Error('a lookup missed names it holds');
    return hosts.length / ((performance.now() - started) / 1000);
  };
  const indexLookups = lookupsPerSecond((host) => index.value.lookup(host).length);
  const mapLookups = lookupsPerSecond((host) => (map.value.get(host) === undefined ? 0 : 1));
  return [
    {
      id: `coverage index build, ${label}`,
      value: index.ms,
      unit: 'ms',
      baseline: `Map of the same names, ${label}`,
      baselineValue: mapMs,
      ratio: index.ms / mapMs,
      better: 'lower',
    },
    {
      id: `coverage index heap, ${label}`,
      value: index.bytes / 2 ** 20,
      unit: 'MB',
      baseline: `Map of the same names, ${label}`,
      baselineValue: mapBytes / 2 ** 20,
      ratio: index.bytes / mapBytes,
      better: 'lower',
      target: 1.5,
    },
    {
      // a lookup is the exact name, the wildcard one level up and the merge: about three Map.get
      id: `coverage index lookups, ${label}`,
      value: indexLookups,
      unit: 'lookups/s',
      baseline: `Map.get, ${label}`,
      baselineValue: mapLookups,
      ratio: indexLookups / mapLookups,
      better: 'higher',
    },
  ];
}

/** Decisions per second over `ledger`, 100 requests a round, for about a second. */
function decisionsPerSecond(ledger: QuotaLedger): number {
  const requests = quotaRequests();
  let decisions = 0;
  const started = performance.now();
  while (performance.now() - started < 1000)
    for (const request of requests) {
      evaluateQuota(request, ledger, { now: '2024-09-01T00:00:00Z' });
      decisions += 1;
    }
  return decisions / ((performance.now() - started) / 1000);
}

function quotaFigures(): ScaleFigure[] {
  const policy = { policy: presets['tencent-2024'] };
  const small = decisionsPerSecond(createQuotaLedger(ledgerRecords(10_000), policy));
  const built = measure(() => createQuotaLedger(ledgerRecords(10_000_000), policy));
  const large = decisionsPerSecond(built.value);
  return [
    {
      id: 'evaluateQuota, 10,000,000 records',
      value: large,
      unit: 'decisions/s',
      baseline: 'evaluateQuota, 10,000 records',
      baselineValue: small,
      ratio: large / small,
      better: 'higher',
    },
    {
      id: 'createQuotaLedger, 10,000,000 records',
      value: built.ms,
      unit: 'ms',
      baseline: '',
      baselineValue: 0,
      ratio: 0,
      better: 'lower',
    },
  ];
}

const figures = [...coverageFigures(1_000_000), ...coverageFigures(10_000_000), ...quotaFigures()];
process.stdout.write(`${JSON.stringify(figures)}\n`);
