import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { assembleChain } from '../../../src/x509/index.js';

it('p', async () => {
  const l = JSON.parse(readFileSync('test/fixtures/limbo/limbo.json', 'utf8'));
  const t = l.testcases.find((c: { id: string }) => c.id === 'webpki::eku::ee-without-eku');
  const r = await assembleChain([t.peer_certificate, ...t.untrusted_intermediates], {
    trustAnchors: t.trusted_certs,
    now: new Date(t.validation_time ?? Date.now()),
    hostname: t.expected_peer_name?.value,
    profile: 'web-pki',
  });
  console.log(
    r.ok,
    r.trusted,
    r.issues.map((i) => i.code + JSON.stringify(i.params)),
  );
});
