import { describe, expect, it } from 'vitest';
import { checkDomains, createCoverageIndex, type DomainRequest } from '../../src/domain/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import { thrown } from '../thrown.js';

describe('createCoverageIndex — at its edges', () => {
  it('indexes single-label names, IPs and names as certificates carry them; ignores the rest with their entry', () => {
    const index = createCoverageIndex([
      { id: 'a', names: ['localhost', '10.0.0.1', 5 as never, 'a_b.example.com'] },
      { id: 'b', names: ['*.com', '*.example.com'] },
    ]);
    expect(index.size).toBe(3);
    expect(index.ignored).toEqual([
      { id: 'a', name: 'number' },
      { id: 'a', name: 'a_b.example.com' },
      { id: 'b', name: '*.com' },
    ]);
    expect(index.lookup('LOCALHOST')).toEqual(['a']);
    expect(index.lookup('10.0.0.1')).toEqual(['a']);
    expect(index.lookup('www.example.com')).toEqual(['b']);
  });

  it('a wildcard over a private suffix is ignored only when private suffixes count', () => {
    const entries = [{ id: 'pages', names: ['*.github.io'] }];
    expect(createCoverageIndex(entries).lookup('me.github.io')).toEqual(['pages']);
    const strict = createCoverageIndex(entries, { privateSuffixes: privateSuffixList });
    expect(strict.lookup('me.github.io')).toEqual([]);
    expect(strict.ignored).toEqual([{ id: 'pages', name: '*.github.io' }]);
  });

  it('answers in entry order, each entry once, whether it covers by name, by wildcard or both', () => {
    const index = createCoverageIndex([
      { id: 0, names: ['*.example.com'] },
      { id: 1, names: ['www.example.com'] },
      { id: 2, names: ['*.example.com', 'www.example.com'] },
      { id: 3, names: ['www.example.com'] },
      { id: 4, names: ['*.example.com'] },
    ]);
    expect(index.lookup('www.example.com')).toEqual([0, 1, 2, 3, 4]);
    expect(index.lookup('api.example.com')).toEqual([0, 2, 4]);
  });

  it('refuses entries it cannot read, naming the entry', () => {
    const notList = thrown(() => createCoverageIndex('x' as never));
    expect(notList.code).toBe('coverage.entries.invalid');
    expect(notList.issues[0]?.params).toEqual({ received: 'string' });
    expect(thrown(() => createCoverageIndex([5 as never])).issues[0]?.params).toMatchObject({ path: 'entries[0]' });
    expect(thrown(() => createCoverageIndex([null as never])).issues[0]?.params).toMatchObject({
      path: 'entries[0]',
      expected: 'object',
    });
    expect(thrown(() => createCoverageIndex([{ id: 1, names: 'a.com' as never }])).issues[0]?.params).toMatchObject({
      path: 'entries[0].names',
      expected: 'array',
    });
  });
});

const order = (product: Partial<DomainRequest['product']>, domains: unknown, extra: Partial<DomainRequest> = {}) =>
  checkDomains({
    domains: domains as string[],
    product: { brand: 'TrustAsia', type: 'DV', domainType: 'single', ...product } as DomainRequest['product'],
    ...extra,
  });
const summary = (check: ReturnType<typeof checkDomains>) =>
  check.issues.map((issue) => [issue.code, issue.rule, issue.subject, issue.params]);

describe('checkDomains — every issue with its rule, subject and params', () => {
  it('TYPE-01…04: the rule of the domain type in each count issue', () => {
    expect(summary(order({}, []))).toEqual([['type.count.none', 'TYPE-01', undefined, { domainType: 'single' }]]);
    expect(summary(order({ domainType: 'multi' }, ['*.example.com']))).toEqual([
      ['type.name.wildcard-not-allowed', 'TYPE-02', '*.example.com', { domainType: 'multi' }],
    ]);
    expect(summary(order({ domainType: 'multi-wildcard' }, ['www.example.com'])).at(0)).toEqual([
      'type.name.wildcard-required',
      'TYPE-04',
      'www.example.com',
      { domainType: 'multi-wildcard' },
    ]);
  });

  it('names that are not names count toward the one a single product takes', () => {
    const check = order({}, ['a_b.example.com', 'www.example.com']);
    expect(check.issues.map((issue) => issue.code)).toEqual(['domain.character.invalid', 'type.count.exactly-one']);
    expect(check.issues[1]?.params).toEqual({ domainType: 'single', count: 2 });
  });

  it('an unknown domain type is offered the types there are; a product without one, its own', () => {
    expect(summary(order({ domainType: 'triple' as never }, ['www.example.com']))).toEqual([
      [
        'product.domain-type',
        null,
        'triple',
        { domainType: 'triple', offered: ['single', 'multi', 'wildcard', 'multi-wildcard'] },
      ],
    ]);
    const unknown = order({ brand: 'Nope', domainType: 'triple' as never }, ['1.2.3.4']);
    expect(unknown.issues.map((issue) => issue.code)).toEqual(['product.unknown-brand', 'product.domain-type']);
    expect(unknown.issues[1]?.params).toMatchObject({ offered: ['single', 'multi', 'wildcard', 'multi-wildcard'] });
    expect(unknown.gifted).toEqual([]);
    expect(summary(order({ type: 'EV', domainType: 'wildcard' }, ['*.example.com'])).at(0)).toEqual([
      'product.domain-type',
      'TYPE-03',
      'wildcard',
      { domainType: 'wildcard', offered: ['single', 'multi'] },
    ]);
  });

  it('TYPE-05/06: IPs on free and on IP-less products, named', () => {
    expect(summary(order({ type: 'Free DV' }, ['1.2.3.4']))).toEqual([
      ['type.free.ip', 'TYPE-05', '1.2.3.4', { ip: '1.2.3.4' }],
    ]);
    expect(summary(order({}, ['1.2.3.4']))).toEqual([['type.ip.unsupported', 'TYPE-06', '1.2.3.4', { ip: '1.2.3.4' }]]);
    expect(summary(order({ type: 'OV' }, ['1.2.3.4']))).toEqual([]);
  });

  it('TYPE-05: a free product takes one ordinary name', () => {
    expect(summary(order({ type: 'Free DV' }, ['a.example.com', 'b.example.com'])).at(0)).toEqual([
      'type.free.count',
      'TYPE-05',
      undefined,
      { count: 2 },
    ]);
    expect(summary(order({ type: 'Free DV' }, ['*.example.com'])).at(-1)).toEqual([
      'type.free.wildcard',
      'TYPE-05',
      '*.example.com',
      {},
    ]);
  });

  it('TYPE-07 names the suffix; DOM-07 duplicates are warnings; DOM-05 follows the product level', () => {
    expect(summary(order({ domainType: 'wildcard' }, ['*.com.cn'])).at(0)).toEqual([
      'type.wildcard.public-suffix',
      'TYPE-07',
      '*.com.cn',
      { suffix: 'com.cn' },
    ]);
    const twice = order({ domainType: 'multi' }, ['www.example.com', 'WWW.example.com']);
    expect(twice.issues).toEqual([
      expect.objectContaining({
        code: 'domain.duplicate',
        rule: 'DOM-07',
        severity: 'warning',
        subject: 'www.example.com',
      }),
    ]);
    expect(order({}, ['shop.pw']).issues.map((issue) => issue.code)).toContain('domain.tld.dv-refused');
    expect(order({ type: 'OV' }, ['shop.pw']).issues).toEqual([]);
  });

  it('TYPE-08: the individual is told which level the product is, about the product', () => {
    expect(summary(order({ type: 'OV' }, ['www.example.com'], { applicant: { kind: 'individual' } }))).toEqual([
      ['type.individual.validation', 'TYPE-08', 'TrustAsia OV', { validation: 'OV' }],
    ]);
  });

  it('up to 1,000 names are read; more are refused before any per-name work', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `n${i}.example.com`);
    const thousand = order({ domainType: 'multi' }, names(1000));
    expect(thousand.issues.map((issue) => issue.code)).toEqual(['type.count.too-many']);
    expect(thousand.issues[0]?.params).toEqual({ domainType: 'multi', count: 1000, limit: 100 });
    const more = order({ domainType: 'multi' }, names(1001));
    expect(more).toEqual({
      ok: false,
      domains: [],
      gifted: [],
      issues: [expect.objectContaining({ code: 'domain.request.invalid', params: { received: 1001, limit: 1000 } })],
    });
  });
});
