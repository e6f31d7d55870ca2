import { describe, expect, it } from 'vitest';
import { definePolicy, presets } from '../../src/policy/index.js';
import { type DcvMethod, dcvMethodNames, dcvMethods as dcvMethodsOf } from '../../src/validation/index.js';
import { thrown } from '../thrown.js';
import { expectWellFormed } from '../well-formed.js';

/** Every method's issues are checked for their rule, subject and message (test/well-formed.ts). */
const dcvMethods: typeof dcvMethodsOf = (...args) => {
  const answers = dcvMethodsOf(...args);
  for (const option of answers.flatMap((answer) => answer.methods)) expectWellFormed(option.issues);
  return answers;
};

const EXACT_FROM = '2021-12-01T00:00:00Z';
const JUST_BEFORE = '2021-11-30T23:59:59.999Z';

/**
 * DCV-01/02 as the guide states them, written out independently of the code: what each method
 * needs, and which issues (in order) a method that is not open carries.
 */
function expected(method: DcvMethod, wildcard: boolean, cloud: boolean, hosted: boolean, exactOnly: boolean) {
  if (method === 'DNS' || method === 'DNS_PROXY') return [];
  if (method === 'DNS_AUTO') return hosted ? [] : ['dcv.dns-auto.not-hosted'];
  const errors = [...(wildcard ? ['dcv.file.wildcard'] : []), ...(cloud ? [] : ['dcv.file.no-cloud-resources'])];
  return errors.length === 0 && exactOnly ? ['dcv.file.exact-name'] : errors;
}

const cells = dcvMethodNames.flatMap((method) =>
  [false, true].flatMap((wildcard) =>
    [false, true].flatMap((cloud) =>
      [false, true].flatMap((hosted) =>
        [undefined, JUST_BEFORE, EXACT_FROM].map((now) => ({ method, wildcard, cloud, hosted, now })),
      ),
    ),
  ),
);

describe('dcvMethods — every cell of DCV-01/02', () => {
  it.each(cells)('$method wildcard=$wildcard cloud=$cloud hosted=$hosted now=$now', (cell) => {
    const domain = cell.wildcard ? '*.Example.COM' : 'WWW.Example.COM';
    const context = { hasCloudResources: cell.cloud, dnsHostedWithVendor: cell.hosted, now: cell.now };
    const [answer] = dcvMethods([domain], context);
    const option = answer?.methods.find((m) => m.method === cell.method);
    const codes = expected(cell.method, cell.wildcard, cell.cloud, cell.hosted, cell.now !== JUST_BEFORE);
    expect(answer?.domain).toBe(cell.wildcard ? '*.example.com' : 'www.example.com');
    expect(answer?.methods.map((m) => m.method)).toEqual([...dcvMethodNames]);
    expect(option?.issues.map((issue) => issue.code)).toEqual(codes);
    expect(option?.allowed).toBe(codes.every((code) => code === 'dcv.file.exact-name'));
    for (const issue of option?.issues ?? []) expect(issue.subject).toBe(answer?.domain);
  });
});

describe('dcvMethods — its inputs', () => {
  it('automatic DNS needs dnsHostedWithVendor to be exactly true', () => {
    const open = (hosted: unknown) =>
      dcvMethods(['www.example.com'], { hasCloudResources: true, dnsHostedWithVendor: hosted as boolean })[0]
        ?.methods[0]?.allowed;
    expect([open(true), open(false), open(undefined), open('true'), open(1)]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('the exact-name date is the policy’s, and its info names it', () => {
    const later = definePolicy({
      ...presets['tencent-2024'],
      dcv: { ...presets['tencent-2024'].dcv, fileValidationExactFrom: '2030-01-01' },
    });
    const file = (now: string) =>
      dcvMethods(['www.example.com'], { hasCloudResources: true, now, policy: later })[0]?.methods[2]?.issues;
    expect(file('2029-12-31T23:59:59Z')).toEqual([]);
    expect(file('2030-01-01T00:00:00Z')).toEqual([
      expect.objectContaining({ code: 'dcv.file.exact-name', severity: 'info', params: { since: '2030-01-01' } }),
    ]);
  });

  it('answers each domain in order; an unreadable one is refused on every method with its reason', () => {
    const answers = dcvMethods(['a.example.com', 42 as never, 'b.example.com'], { hasCloudResources: true });
    expect(answers.map((answer) => answer.domain)).toEqual(['a.example.com', 'number', 'b.example.com']);
    expect(answers[1]?.methods.map((m) => [m.method, m.allowed])).toEqual(dcvMethodNames.map((m) => [m, false]));
    expect(answers[1]?.methods[0]?.issues).toHaveLength(1);
    expect(dcvMethods([], { hasCloudResources: false })).toEqual([]);
  });

  it.each([
    [() => dcvMethodsOf('www.example.com' as never, { hasCloudResources: true }), 'dcv.argument.invalid', 'domains'],
    [() => dcvMethodsOf([], null as never), 'dcv.argument.invalid', 'context.hasCloudResources'],
    [
      () => dcvMethodsOf([], { hasCloudResources: 'yes' } as never),
      'dcv.argument.invalid',
      'context.hasCloudResources',
    ],
    [() => dcvMethodsOf([], { hasCloudResources: true, now: 'soon' }), 'time.invalid', 'now'],
  ])('refuses bad arguments (%#): %s naming %s', (call, code, field) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(Object.values(error.issues[0]?.params ?? {})).toContain(field);
  });
});
