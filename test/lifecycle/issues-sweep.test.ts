import { describe, expect, it } from 'vitest';
import { issueCodes } from '../../src/core/index.js';
import { type LifecycleAction, transition, transitionTable } from '../../src/lifecycle/index.js';
import { formatIssue } from '../../src/messages/index.js';
import { presets } from '../../src/policy/index.js';
import { issuedCert, product } from './helpers.js';

/**
 * Every issue any transition gives — over every catalog product, every action from each status it
 * starts from, and the certificate variations the guards look at — names the rule the registry
 * gives its code and fills every placeholder of its message in both languages. A guard that cited
 * the wrong rule or forgot a param would fail here (the mutation run's survivors, issue 19).
 */
const policy = presets['tencent-2024'];
const products = Object.entries(policy.catalog).flatMap(([brand, types]) =>
  Object.entries(types).map(([type, spec]) => ({ brand, type, spec })),
);
const variations = [
  {},
  { boundResources: 1, toBeRenewed: true, reissueOf: 'cert-0', autoRenew: true },
  { source: 'upload', termYears: 3, issuedAt: '2019-01-01T00:00:00Z', expiresAt: '2024-06-20T00:00:00Z' },
  { reissueCount: 5, companyPhone: 'nope', notificationsIgnored: true, letterUploadedAt: '2024-05-31T00:00:00Z' },
] as const;
const argsList = [
  {},
  { reason: '', leadDays: -1, csrChanged: true, organizationChanged: true },
  { reason: 'r', leadDays: 400 },
];
const placeholders = /\{\w+\}/;

describe('every lifecycle issue names its rule and fills its message', () => {
  it.each(products.map((p) => [`${p.brand} ${p.type}`, p] as const))('%s', (_name, { brand, type, spec }) => {
    let seen = 0;
    for (const [action, rule] of Object.entries(transitionTable) as [LifecycleAction, { from: readonly string[] }][])
      for (const status of rule.from)
        for (const variation of variations)
          for (const args of argsList) {
            const cert = issuedCert({
              status: status as never,
              free: spec.free,
              product: product(type, brand, spec.domainTypes[0]),
              validation: spec.validation,
              ...variation,
            } as never);
            const result = transition(cert, action, {
              now: '2024-06-01T00:00:00Z',
              policy,
              args,
              context: { automaticValidation: true },
            });
            for (const issue of result.issues) {
              seen += 1;
              expect(issue.rule, `${action} ${issue.code}`).toBe(issueCodes[issue.code as keyof typeof issueCodes]);
              for (const locale of ['en', 'zh-CN'] as const)
                expect(formatIssue(issue, locale), `${action} ${issue.code}`).not.toMatch(placeholders);
            }
          }
    expect(seen).toBeGreaterThan(100);
  });
});
