import { describe, expect, it } from 'vitest';
import { availableActions, readState, transition } from '../../src/lifecycle/index.js';
import { thrown } from '../thrown.js';
import { argumentOf, issuedCert } from './helpers.js';

const NOW = '2024-06-01T00:00:00Z';

/**
 * A state field that holds something the rules would misread is refused by name, before any rule
 * compares or counts it (a property test found `boundResources: { toString: 0 }` throwing a
 * TypeError from the LIFE-04 warning).
 */
const unreadable: readonly [field: string, value: unknown, code: string][] = [
  ['boundResources', { toString: 0 }, 'life.argument.invalid'],
  ['boundResources', '2', 'life.argument.invalid'],
  ['boundResources', -1, 'life.argument.invalid'],
  ['reissueCount', 1.5, 'life.argument.invalid'],
  ['reissueCount', Number.NaN, 'life.argument.invalid'],
  ['free', 'no', 'life.argument.invalid'],
  ['autoRenew', 1, 'life.argument.invalid'],
  ['toBeRenewed', 'true', 'life.argument.invalid'],
  ['dnsHostedWithVendor', null, 'life.argument.invalid'],
  ['notificationsIgnored', {}, 'life.argument.invalid'],
  ['source', 'console', 'life.argument.invalid'],
  ['validation', 'dv', 'life.argument.invalid'],
  ['id', 7, 'life.argument.invalid'],
  ['reissueOf', ['c-1'], 'life.argument.invalid'],
  ['companyPhone', 10101234, 'life.argument.invalid'],
  ['validationMethod', true, 'life.argument.invalid'],
  ['termYears', 0, 'life.argument.invalid'],
  ['hosting', { leadDays: '7', domains: [] }, 'life.argument.invalid'],
  ['hosting', { leadDays: 7, domains: [1] }, 'life.argument.invalid'],
  ['hosting', 'yes', 'life.argument.invalid'],
  ['issuedAt', 'yesterday', 'time.invalid'],
  ['expiresAt', '2025-01-01T00:00', 'time.invalid'],
  ['revokedAt', {}, 'time.invalid'],
  ['submittedAt', Number.POSITIVE_INFINITY, 'time.invalid'],
  ['letterUploadedAt', false, 'time.invalid'],
  ['deletedAt', '2023-02-30', 'time.invalid'],
];

describe('a certificate state the rules cannot read', () => {
  it.each(unreadable)('%s: %o is refused as %s, naming the field', (field, value, code) => {
    const cert = { ...issuedCert(), [field]: value } as never;
    for (const call of [() => availableActions(cert, { now: NOW }), () => transition(cert, 'delete', { now: NOW })]) {
      const error = thrown(call);
      expect(error.code).toBe(code);
      expect(Object.values(error.issues[0]?.params ?? {})).toContain(`cert.${field}`);
    }
  });

  it('the well-formed values of the same fields are read', () => {
    const cert = issuedCert({
      boundResources: 0,
      reissueCount: 0,
      autoRenew: false,
      hosting: null,
      termYears: 1,
      issuedAt: new Date('2024-01-01T00:00:00Z'),
      expiresAt: Date.parse('2025-01-01T00:00:00Z'),
    });
    expect(transition(cert, 'delete', { now: NOW }).ok).toBe(false);
    expect(availableActions(cert, { now: NOW }).length).toBeGreaterThan(0);
  });
});

describe('readState — the required fields, by name', () => {
  it.each([
    [null, 'cert'],
    [5, 'cert'],
    [{ ...issuedCert(), status: 'gone' }, 'cert.status'],
    [{ ...issuedCert(), status: 1 }, 'cert.status'],
    [{ ...issuedCert(), status: 'toString' }, 'cert.status'],
    [{ ...issuedCert(), status: { toString: () => 'issued' } }, 'cert.status'],
    [{ ...issuedCert(), product: 5 }, 'cert.product'],
    [{ ...issuedCert(), domains: 'www.example.com' }, 'cert.domains'],
    [{ ...issuedCert(), domains: ['www.example.com', 5] }, 'cert.domains'],
    [{ ...issuedCert(), domains: [5, 'www.example.com'] }, 'cert.domains'],
    [{ ...issuedCert(), product: null }, 'cert.product'],
    [{ ...issuedCert(), product: { brand: 5, type: 'OV' } }, 'cert.product.brand'],
    [{ ...issuedCert(), product: { brand: 'TrustAsia', type: 5 } }, 'cert.product.type'],
    [{ ...issuedCert(), product: 'OV', brand: 5 }, 'cert.brand'],
    [{ ...issuedCert(), product: 'OV', brand: 'TrustAsia', domainType: 7 }, undefined],
  ])('%o → %s', (cert, argument) => {
    if (argument === undefined) expect(() => readState(cert as never)).not.toThrow();
    else expect(argumentOf(() => availableActions(cert as never, { now: NOW }))).toBe(argument);
  });

  it('the 0.1 shape is read into the current one, with the domain type only when it had one', () => {
    const { product: _, ...rest } = issuedCert();
    const legacy = { ...rest, brand: 'TrustAsia', product: 'OV' };
    expect(readState(legacy as never).product).toStrictEqual({ brand: 'TrustAsia', type: 'OV' });
    expect(readState({ ...legacy, domainType: 'multi' } as never).product).toEqual({
      brand: 'TrustAsia',
      type: 'OV',
      domainType: 'multi',
    });
    expect(readState(legacy as never)).not.toHaveProperty('brand');
    expect(argumentOf(() => readState({ ...legacy, product: 'OV', brand: undefined } as never))).toBe('cert.brand');
  });

  it('hosting is null or { leadDays, domains } with every domain text', () => {
    const hosting = { leadDays: 7, domains: ['www.example.com'] };
    expect(readState(issuedCert({ hosting })).hosting).toEqual(hosting);
    for (const bad of [[], { leadDays: 7, domains: ['www.example.com', 5] }, { leadDays: 7 }])
      expect(argumentOf(() => readState(issuedCert({ hosting: bad as never })))).toBe('cert.hosting');
  });
});
