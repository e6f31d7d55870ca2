/**
 * `npm run bench`: every benchmark runs next to the baseline it is compared with, in the same
 * process and the same run, so the ratios hold on noisy machines where absolute numbers do not.
 * Prints each suite as it starts and ends, then a table, then the scale figures (bench/scale.ts,
 * a process of its own), and writes `{ cases: { id, hz, baseline, ratio }[], scale }` to
 * reports/bench/results.json, which git ignores; `--save` writes the tracked bench/results.json
 * instead, for a figure the docs should quote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { domainBenchmarks } from './domain.bench.js';
import { coverageBenchmarks, matchBenchmarks } from './match.bench.js';
import { pkcs12Benchmarks } from './pkcs12.bench.js';
import { quotaBenchmarks } from './quota.bench.js';
import { screenBenchmarks } from './screen.bench.js';
import { sm2Benchmarks } from './sm2.bench.js';
import type { BenchCase, ScaleFigure } from './types.js';
import { x509Benchmarks } from './x509.bench.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 400);
/** tinybench's default minimum of 64 iterations would make the slow linear scans take minutes. */
const MIN_ITERATIONS = 8;

/**
 * Suites run one after the other, each building its own fixtures, so one suite's data (100,000
 * certificates) does not weigh on another's garbage collector.
 */
const allSuites: readonly [string, () => BenchCase[] | Promise<BenchCase[]>][] = [
  ['domain', domainBenchmarks],
  ['match', matchBenchmarks],
  ['coverage index', coverageBenchmarks],
  ['screen', screenBenchmarks],
  ['quota', quotaBenchmarks],
  ['x509', x509Benchmarks],
  ['pkcs12', pkcs12Benchmarks],
  ['sm2', sm2Benchmarks],
];
/** `BENCH_ONLY=x509,quota` runs those suites alone (a partial run is never `--save`d). */
const only = process.env.BENCH_ONLY?.split(',');
const suites = allSuites.filter(([name]) => only === undefined || only.includes(name));
if (only !== undefined && process.argv.includes('--save')) throw new Error('BENCH_ONLY runs are not saved');

/** Median over rounds of each case's median throughput, with the order rotated every round. */
async function measure(cases: readonly BenchCase[]): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>(cases.map((c) => [c.id, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ time: TIME_MS, warmupTime: 100, iterations: MIN_ITERATIONS, warmupIterations: 2 });
    const rotated = [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)];
    for (const c of rotated) bench.add(c.id, c.run);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`benchmark ${task.name} did not complete: ${result.state}`);
      samples.get(task.name)?.push(result.throughput.p50);
    }
  }
  return new Map([...samples].map(([id, values]) => [id, median(values)]));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** What the table needs of each case: its `run`, and the fixtures it holds, are let go with its suite. */
const cases: Omit<BenchCase, 'run'>[] = [];
const hz = new Map<string, number>();
const started = performance.now();
for (const [position, [name, suite]] of suites.entries()) {
  const label = `[${position + 1}/${suites.length}] ${name}`;
  process.stdout.write(`${label}: building fixtures…\n`);
  const suiteCases = await suite();
  process.stdout.write(`${label}: ${suiteCases.length} cases × ${ROUNDS} rounds…\n`);
  for (const [id, value] of await measure(suiteCases)) hz.set(id, value);
  cases.push(...suiteCases.map(({ id, baseline, target }) => ({ id, baseline, target })));
  process.stdout.write(`${label}: done (${((performance.now() - started) / 1000).toFixed(0)} s so far)\n`);
}
const results = cases.map((c) => {
  const own = hz.get(c.id) ?? 0;
  const base = c.baseline === undefined ? undefined : hz.get(c.baseline);
  return {
    id: c.id,
    hz: Math.round(own),
    baseline: c.baseline ?? null,
    ratio: base ? Number((own / base).toFixed(3)) : null,
  };
});
console.table(
  results.map((r) => {
    const target = cases.find((c) => c.id === r.id)?.target;
    const verdict =
      target === undefined || r.ratio === null ? '' : r.ratio >= target ? `≥ ${target} ✓` : `< ${target} ✗`;
    return { benchmark: r.id, 'ops/s': r.hz, baseline: r.baseline ?? '', ratio: r.ratio ?? '', target: verdict };
  }),
);
// the scale figures, in a process of their own (bench/scale.ts); BENCH_SCALE=0 skips them
const scale =
  process.env.BENCH_SCALE === '0'
    ? []
    : (JSON.parse(
        execFileSync(
          process.execPath,
          ['--expose-gc', '--max-old-space-size=16384', new URL('./scale.bundle.mjs', import.meta.url).pathname],
          { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
        ),
      ) as ScaleFigure[]);
if (scale.length > 0)
  console.table(
    scale.map((figure) => ({
      figure: figure.id,
      value: `${figure.value.toFixed(figure.unit === 'MB' || figure.unit === 'ms' ? 1 : 0)} ${figure.unit}`,
      baseline: figure.baseline === '' ? '' : `${figure.baseline}: ${figure.baselineValue.toFixed(1)}`,
      ratio: figure.baseline === '' ? '' : Number(figure.ratio.toFixed(3)),
      target:
        figure.target === undefined
          ? ''
          : (figure.better === 'lower' ? figure.ratio <= figure.target : figure.ratio >= figure.target)
            ? `${figure.better === 'lower' ? '≤' : '≥'} ${figure.target} ✓`
            : `${figure.better === 'lower' ? '>' : '<'} ${figure.target} ✗`,
    })),
  );
const target = process.argv.includes('--save')
  ? new URL('./results.json', import.meta.url)
  : new URL('../reports/bench/results.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify({ cases: results, scale }, null, 2)}\n`);
console.log(`results written to ${target.pathname}`);
