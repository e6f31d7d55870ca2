import { describe, expect, it } from 'vitest';
import { checkDomains, giftedDomains } from '../../src/domain/index.js';
import { availableActions, reviewEstimate, transition } from '../../src/lifecycle/index.js';
import { presets } from '../../src/policy/index.js';
import { issuedCert, product } from '../lifecycle/helpers.js';

/**
 * The documents' tables, cell by cell (issue 19): each test walks the policy data — every brand ×
 * product of the catalog, every row of the lifecycle tables — and checks the behaviour the cell
 * promises, so a cell added to the data cannot go untested. The data itself is compared with the
 * document's table (transcribed here from Guide-2024 / FAQ-2024) where one exists.
 */
const policy = presets['tencent-2024'];
const cells = Object.entries(policy.catalog).flatMap(([brand, products]) =>
  Object.entries(products).map(([type, spec]) => ({ brand, type, spec })),
);

describe('the catalog against its behaviour', () => {
  it.each(cells.map((cell) => [`${cell.brand} ${cell.type}`, cell] as const))(
    '%s: gifts (GIFT-01/02)',
    (_name, { brand, type, spec }) => {
      const domainType = spec.domainTypes.includes('single') ? 'single' : (spec.domainTypes[0] as 'wildcard');
      const name = domainType === 'single' ? 'example.com' : '*.example.com';
      const gifts = giftedDomains([name], { brand, type, domainType }, { policy });
      const expected =
        domainType === 'single'
          ? spec.gifts.includes('www')
            ? ['www.example.com']
            : []
          : spec.gifts.includes('parent')
            ? ['example.com']
            : [];
      expect(gifts).toEqual(expected);
    },
  );

  it.each(cells.map((cell) => [`${cell.brand} ${cell.type}`, cell] as const))(
    '%s: IP binding (TYPE-06)',
    (_name, { brand, type, spec }) => {
      const domainType = spec.domainTypes.includes('single') ? 'single' : 'wildcard';
      const result = checkDomains(
        { domains: ['203.0.113.10'], product: { brand, type, domainType }, applicant: { kind: 'enterprise' } },
        { policy },
      );
      const refusedForIp = result.issues.some((issue) => issue.rule === 'TYPE-05' || issue.rule === 'TYPE-06');
      expect(refusedForIp).toBe(!spec.ipBinding);
    },
  );

  it('IP binding matches the guide’s table: only TrustAsia OV', () => {
    expect(cells.filter((cell) => cell.spec.ipBinding).map((cell) => `${cell.brand} ${cell.type}`)).toEqual([
      'TrustAsia OV',
    ]);
  });
});

describe('the lifecycle tables against their behaviour', () => {
  const autoRenewCells = cells.flatMap(({ brand, type, spec }) =>
    spec.free ? [] : spec.domainTypes.map((domainType) => ({ brand, type, domainType, validation: spec.validation })),
  );
  const listed = (brand: string, type: string, domainType: string) =>
    policy.lifecycle.autoRenewProducts.some(
      (p) => p.brand === brand && p.type === type && (p.domainTypes as readonly string[]).includes(domainType),
    );

  it.each(autoRenewCells.map((cell) => [`${cell.brand} ${cell.type} ${cell.domainType}`, cell] as const))(
    '%s: auto-renewal (LIFE-06)',
    (_name, { brand, type, domainType, validation }) => {
      const cert = issuedCert({ product: product(type, brand, domainType), validation });
      const result = transition(cert, 'enableAutoRenew', { now: '2024-06-01T00:00:00Z', policy });
      expect(result.ok).toBe(listed(brand, type, domainType));
    },
  );

  it('auto-renewal matches the guide’s list', () => {
    expect(
      autoRenewCells
        .filter((c) => listed(c.brand, c.type, c.domainType))
        .map((c) => `${c.brand} ${c.type} ${c.domainType}`)
        .sort(),
    ).toEqual(['DNSPod DV single', 'DNSPod DV wildcard', 'TrustAsia DV wildcard', 'WoTrus DV wildcard']);
  });

  it.each(cells.map((cell) => [`${cell.brand} ${cell.type}`, cell] as const))(
    '%s: reviewer reminders (LIFE-10)',
    (_name, { brand, type, spec }) => {
      const reviewing = issuedCert({
        status: spec.validation === 'DV' ? 'reviewing' : 'pendingConfirmationLetter',
        free: spec.free,
        product: product(type, brand),
        validation: spec.validation,
        submittedAt: '2024-01-01T00:00:00Z',
        letterUploadedAt: '2024-01-01T00:00:00Z',
        issuedAt: undefined,
      });
      const remind = availableActions(reviewing, { now: '2024-02-01T00:00:00Z', policy }).find(
        (a) => a.action === 'remindReviewer',
      );
      const table = policy.lifecycle.reviewReminders[brand] ?? [];
      expect(remind?.allowed).toBe(table.includes(type));
    },
  );

  it.each(['DV', 'OV', 'EV'] as const)('%s: review time (LIFE-09)', (validation) => {
    const estimate = reviewEstimate(
      { validation, submittedAt: '2024-03-01T00:00:00Z', letterUploadedAt: '2024-03-01T00:00:00Z' },
      { policy },
    );
    const expected = {
      DV: ['2024-03-01T00:10:00.000Z', '2024-03-02T00:00:00.000Z'],
      OV: ['2024-03-06T00:00:00.000Z', '2024-03-08T00:00:00.000Z'],
      EV: ['2024-03-08T00:00:00.000Z', '2024-03-12T00:00:00.000Z'],
    }[validation];
    expect([estimate.earliest, estimate.latest]).toEqual(expected);
  });
});
