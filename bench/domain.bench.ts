import psl from 'psl';
import { getDomain } from 'tldts';
import { normalizeDomain, primaryDomain } from '../src/domain/index.js';
import { benchHostnames, benchUnicodeHostnames } from './hostnames.js';
import type { BenchCase } from './types.js';

/** Results are summed into this, so no engine can skip the work as unused. */
export let benchSink = 0;

/** Runs `fn` over every name; one benchmark operation handles the whole list. */
function overAll(names: readonly string[], fn: (name: string) => string | null): () => void {
  return () => {
    for (const name of names) benchSink += fn(name)?.length ?? 0;
  };
}

const urlHostname = (name: string) => new URL(`http://${name}/`).hostname;

/**
 * Domain benchmarks over 1000 realistic names (issue 22: primaryDomain ≥ 0.9× raw
 * tldts.getDomain, normalizeDomain on Unicode names ≥ 1× the WHATWG URL parser).
 */
export function domainBenchmarks(): BenchCase[] {
  const ascii = benchHostnames();
  const unicode = benchUnicodeHostnames();
  return [
    { id: 'tldts.getDomain', run: overAll(ascii, (name) => getDomain(name)) },
    {
      id: 'primaryDomain',
      baseline: 'tldts.getDomain',
      target: 0.9,
      run: overAll(ascii, (name) => primaryDomain(name)),
    },
    { id: 'psl.get', baseline: 'tldts.getDomain', run: overAll(ascii, (name) => psl.get(name)) },
    { id: 'URL hostname (ASCII)', run: overAll(ascii, urlHostname) },
    {
      id: 'normalizeDomain (ASCII)',
      baseline: 'URL hostname (ASCII)',
      run: overAll(ascii, (name) => normalizeDomain(name)),
    },
    { id: 'URL hostname (Unicode, mixed case)', run: overAll(unicode, urlHostname) },
    {
      id: 'normalizeDomain (Unicode, mixed case)',
      baseline: 'URL hostname (Unicode, mixed case)',
      target: 1,
      run: overAll(unicode, (name) => normalizeDomain(name)),
    },
  ];
}
