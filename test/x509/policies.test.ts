import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../src/x509/certificate/parse.js';
import { policyFree, processPolicies } from '../../src/x509/chain/policies.js';

const POLICY = '2.16.840.1.101.3.2.1.48.1';
const ANY_POLICY = '2.5.29.32.0';

/** A certificate as policy processing reads it: names (self-issued or not) and its policy extensions. */
const certificate = (issuer: string, subject: string, decoded: object): Certificate =>
  ({ decoded: { subject: { key: subject }, issuer: { key: issuer }, decoded } }) as unknown as Certificate;

const policyFreePath = fc
  .array(fc.record({ selfIssued: fc.boolean(), inhibitAnyPolicy: fc.option(fc.nat(3), { nil: undefined }) }), {
    minLength: 0,
    maxLength: 5,
  })
  .map((certificates) =>
    certificates.map(({ selfIssued, inhibitAnyPolicy }, index) =>
      certificate(
        selfIssued ? `n${index}` : `n${index + 1}`,
        `n${index}`,
        inhibitAnyPolicy === undefined ? {} : { inhibitAnyPolicy },
      ),
    ),
  );
const options = fc.record(
  {
    initial: fc.subarray([POLICY, ANY_POLICY]),
    requireExplicit: fc.boolean(),
    inhibitMapping: fc.boolean(),
    inhibitAnyPolicy: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('RFC 5280 §6.1 policy processing', () => {
  it('answers no policy and no problem wherever policyFree says the tree need not be built', () => {
    fc.assert(
      fc.property(policyFreePath, options, fc.boolean(), (path, chosen, withAnchor) => {
        if (policyFree(path, chosen, withAnchor))
          expect(processPolicies(path, chosen, withAnchor)).toEqual({ ok: true, policies: [] });
      }),
    );
  });

  it('takes the shortcut only for a path below its anchor that asserts nothing, when no policy is required', () => {
    const leaf = certificate('CA', 'leaf', {});
    const ca = certificate('Root', 'CA', {});
    expect(policyFree([leaf, ca], {}, true)).toBe(true);
    expect(policyFree([leaf], {}, false)).toBe(true);
    expect(policyFree([leaf, ca], { requireExplicit: true }, true)).toBe(false);
    expect(policyFree([ca], {}, true)).toBe(false);
    expect(policyFree([], {}, false)).toBe(false);
    for (const extension of ['certificatePolicies', 'policyMappings', 'policyConstraints'])
      expect(policyFree([leaf, certificate('Root', 'CA', { [extension]: [] })], {}, false)).toBe(false);
    expect(processPolicies([leaf, ca], {}, true)).toEqual({ ok: true, policies: [] });
    expect(processPolicies([leaf, ca], { requireExplicit: true }, true)).toMatchObject({
      ok: false,
      problem: 'no-valid-policy',
    });
    // the anchor alone, processed like a CA, restricts nothing
    expect(processPolicies([ca], {}, true)).toEqual({ ok: true, policies: [ANY_POLICY] });
  });

  it('still builds the tree when a certificate asserts a policy', () => {
    const asserts = { certificatePolicies: [{ policy: POLICY, qualifiers: [] }] };
    const path = [certificate('CA', 'leaf', asserts), certificate('Root', 'CA', asserts)];
    expect(processPolicies(path, {}, false)).toEqual({ ok: true, policies: [POLICY] });
    expect(processPolicies(path, { initial: ['1.2.3'] }, false)).toEqual({ ok: true, policies: [] });
    expect(processPolicies(path, { initial: ['1.2.3'], requireExplicit: true }, false)).toMatchObject({ ok: false });
  });
});
