import { describe, expect, it } from 'vitest';
import { createLru } from '../../src/core/lru.js';
import { readCertificate } from '../../src/x509/certificate/parse.js';
import { createPathSearch } from '../../src/x509/chain/build.js';
import type { Link } from '../../src/x509/chain/links.js';
import { createSignatureVerifier } from '../../src/x509/keys/verifier.js';
import ca1Pem from '../fixtures/pki/ca1.pem?raw';
import leafPem from '../fixtures/pki/leaf.pem?raw';
import rootPem from '../fixtures/pki/root.pem?raw';
import { derOf } from './der-of.js';

/** globalThis.crypto whose signature checks answer a few milliseconds late, as a busy platform's would. */
function slowCrypto(): Crypto {
  const subtle = globalThis.crypto.subtle;
  const slow = new Proxy(subtle, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property !== 'verify') return typeof value === 'function' ? value.bind(target) : value;
      return async (...args: unknown[]) => {
        const answer = await Reflect.apply(value as (...a: unknown[]) => Promise<boolean>, target, args);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return answer;
      };
    },
  });
  return { subtle: slow, getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) } as Crypto;
}

async function setup(caDer: Uint8Array) {
  const verifier = createSignatureVerifier(slowCrypto());
  const [leaf, ca, root] = await Promise.all(
    [derOf(leafPem), caDer, derOf(rootPem)].map((der) => readCertificate(der, verifier)),
  );
  const search = createPathSearch(leaf as NonNullable<typeof leaf>, {
    verifier,
    pool: [ca as NonNullable<typeof ca>],
    anchors: [root as NonNullable<typeof root>],
    links: createLru<number, Link>(16),
  });
  return search;
}

describe('createPathSearch: paths found while their signature checks run (issue 22)', () => {
  it('takes a running check as valid and lists it; once it has answered, a pass finds the same path with nothing pending', async () => {
    const search = await setup(derOf(ca1Pem));
    const first = search();
    expect(first.paths.map((path) => path.end)).toEqual(['anchor']);
    expect(first.pending.length).toBe(2); // leaf ← CA and CA ← root, both still being checked
    expect(await Promise.all(first.pending)).toEqual([true, true]);
    const second = search();
    expect(second.pending).toEqual([]);
    expect(second.paths.map((path) => path.certificates.length)).toEqual([3]);
  });

  it('drops a path whose assumed check fails: the next pass ends at the forged intermediate', async () => {
    const forged = derOf(ca1Pem);
    forged[forged.length - 1] = (forged[forged.length - 1] as number) ^ 0x01; // the CA's signature broken
    const search = await setup(forged);
    const first = search();
    expect(first.paths.map((path) => path.end)).toEqual(['anchor']); // assumed, not yet known
    expect(await Promise.all(first.pending)).toEqual([true, false]);
    const second = search();
    expect(second.pending).toEqual([]);
    expect(second.paths.map((path) => [path.end, path.certificates.length])).toEqual([['open', 2]]);
  });
});
