import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { defaultPolicy, definePolicy, type Policy, parsePolicy, presets } from '../../src/policy/index.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CertkitError) return error.code;
    throw error;
  }
  return undefined;
}

describe('presets', () => {
  it('ship tencent-2023, tencent-2024 (the default), standards and letsencrypt, each valid', () => {
    expect(Object.keys(presets).sort()).toEqual(['letsencrypt', 'standards', 'tencent-2023', 'tencent-2024']);
    expect(defaultPolicy).toBe(presets['tencent-2024']);
    for (const preset of Object.values(presets)) expect(parsePolicy(preset)).toEqual(preset);
  });

  it('DOM-04: the .ru refusal exists from the 2024 edition only', () => {
    expect(presets['tencent-2023'].domain.refusedTlds).toEqual([]);
    expect(presets['tencent-2024'].domain.refusedTlds).toEqual(['ru']);
  });

  it('DOM-02/03/05: vendor presets carry 64 characters, 100 levels and the .pw DV refusal', () => {
    for (const id of ['tencent-2023', 'tencent-2024'] as const) {
      expect(presets[id].domain).toMatchObject({ maxLength: 64, maxLevels: 100, dvRefusedTlds: ['pw'] });
    }
    expect(presets.standards.domain).toMatchObject({ maxLength: 253, refusedTlds: [], dvRefusedTlds: [] });
  });

  it('are frozen so no caller can change them for another', () => {
    expect(Object.isFrozen(presets['tencent-2024'])).toBe(true);
    expect(Object.isFrozen(presets['tencent-2024'].domain.refusedTlds)).toBe(true);
    expect(() => (presets['tencent-2024'].domain.refusedTlds as string[]).push('cn')).toThrow(TypeError);
  });

  it('round-trip through JSON', () => {
    for (const preset of Object.values(presets)) {
      expect(parsePolicy(JSON.parse(JSON.stringify(preset)))).toEqual(preset);
    }
  });
});

describe('definePolicy', () => {
  it('merges objects key by key and replaces arrays, from tencent-2024 by default', () => {
    const policy = definePolicy({ id: 'custom', domain: { refusedTlds: ['ru', 'su'] } });
    expect(policy.id).toBe('custom');
    expect(policy.domain.refusedTlds).toEqual(['ru', 'su']);
    expect(policy.domain.maxLength).toBe(64);
    expect(policy.edition).toBe(presets['tencent-2024'].edition);
  });

  it('derives from a named preset or a policy object', () => {
    expect(definePolicy({}, 'standards').domain.maxLength).toBe(253);
    const base = definePolicy({ domain: { maxLength: 100 } }, 'tencent-2023');
    expect(definePolicy({ id: 'x' }, base).domain).toEqual({ ...presets['tencent-2023'].domain, maxLength: 100 });
  });

  it('never changes its inputs and returns a frozen policy', () => {
    const overrides = { domain: { refusedTlds: ['su'] } };
    const snapshot = JSON.stringify(overrides);
    const policy = definePolicy(overrides);
    expect(JSON.stringify(overrides)).toBe(snapshot);
    expect(Object.isFrozen(overrides.domain.refusedTlds)).toBe(false);
    expect(Object.isFrozen(policy.domain)).toBe(true);
    expect(presets['tencent-2024'].domain.refusedTlds).toEqual(['ru']);
  });

  it('rejects unknown keys with policy.invalid naming the path and keys', () => {
    try {
      definePolicy({ domain: { maxLenght: 80 } } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CertkitError);
      const issue = (error as CertkitError).issues[0];
      expect(issue?.code).toBe('policy.invalid');
      expect(issue?.params).toMatchObject({ path: 'domain', problem: 'unrecognized_keys', keys: ['maxLenght'] });
    }
  });

  it('rejects wrong types and out-of-range values, one issue each', () => {
    try {
      definePolicy({ domain: { maxLength: -1, refusedTlds: ['RU'] } } as never);
      expect.unreachable();
    } catch (error) {
      const paths = (error as CertkitError).issues.map((issue) => issue.params.path);
      expect(paths).toEqual(['domain.maxLength', 'domain.refusedTlds.0']);
    }
  });

  it.each([
    ['__proto__ from JSON', () => JSON.parse('{"__proto__": {"polluted": true}}')],
    ['nested __proto__', () => JSON.parse('{"domain": {"__proto__": {"maxLength": 1}}}')],
    ['constructor', () => ({ constructor: { prototype: {} } })],
    ['prototype', () => ({ domain: { prototype: 1 } })],
  ])('rejects %s with policy.forbidden-key and pollutes nothing', (_name, make) => {
    expect(codeOf(() => definePolicy(make()))).toBe('policy.forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects non-plain objects, cycles and unknown presets', () => {
    expect(codeOf(() => definePolicy({ domain: new Date() } as never))).toBe('policy.invalid');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(codeOf(() => definePolicy(cyclic as never))).toBe('policy.invalid');
    expect(codeOf(() => definePolicy({}, 'tencent-2099' as never))).toBe('policy.unknown-preset');
    expect(codeOf(() => definePolicy({}, 'toString' as never))).toBe('policy.unknown-preset');
  });

  it('validates a whole policy read back from JSON, refusing partial ones', () => {
    const json = JSON.stringify(definePolicy({ id: 'mine', domain: { maxLevels: 10 } }));
    const policy: Policy = parsePolicy(JSON.parse(json));
    expect(policy.domain.maxLevels).toBe(10);
    expect(codeOf(() => parsePolicy({ id: 'x' }))).toBe('policy.invalid');
    expect(codeOf(() => parsePolicy('tencent-2024'))).toBe('policy.invalid');
    expect(codeOf(() => parsePolicy(null))).toBe('policy.invalid');
  });

  it('reads a policy file that extends a preset: the preset with the overrides merged in', () => {
    const file = { extends: 'tencent-2023', id: 'acme', domain: { refusedTlds: ['ru'] } };
    const policy = parsePolicy(JSON.parse(JSON.stringify(file)));
    expect(policy).toEqual(definePolicy({ id: 'acme', domain: { refusedTlds: ['ru'] } }, 'tencent-2023'));
    expect(policy.quota).toEqual(presets['tencent-2023'].quota); // untouched sections come from the preset
    expect(Object.isFrozen(policy.domain)).toBe(true);
    expect(file).toEqual({ extends: 'tencent-2023', id: 'acme', domain: { refusedTlds: ['ru'] } });
  });

  it('refuses a policy file whose extends is not a preset, or whose overrides are not policy keys', () => {
    expect(codeOf(() => parsePolicy({ extends: 'tencent-2025' }))).toBe('policy.unknown-preset');
    expect(() => parsePolicy({ extends: 7 })).toThrow(
      expect.objectContaining({ code: 'policy.invalid', params: expect.objectContaining({ path: 'policy.extends' }) }),
    );
    expect(codeOf(() => parsePolicy({ extends: 'tencent-2024', domian: {} }))).toBe('policy.invalid');
    expect(codeOf(() => parsePolicy({ extends: 'tencent-2024', ['__proto__']: {} }))).toBe('policy.forbidden-key');
  });
});
