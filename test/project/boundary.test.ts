import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import * as core from '../../src/core/index.js';
import * as domain from '../../src/domain/index.js';
import * as everything from '../../src/index.js';
import * as lifecycle from '../../src/lifecycle/index.js';
import * as messagesEn from '../../src/messages/en.js';
import * as messages from '../../src/messages/index.js';
import * as messagesZh from '../../src/messages/zh-CN.js';
import * as policy from '../../src/policy/index.js';
import * as quota from '../../src/quota/index.js';
import * as screen from '../../src/screen/index.js';
import * as suffixes from '../../src/suffixes/index.js';
import * as validation from '../../src/validation/index.js';
import * as x509 from '../../src/x509/index.js';
import * as sm2 from '../../src/x509/sm2/index.js';
import csrPem from '../fixtures/csr/pyca/rsa_sha256.pem?raw';
import ca1 from '../fixtures/pki/ca1.pem?raw';
import leafKey from '../fixtures/pki/leaf.key?raw';
import leaf from '../fixtures/pki/leaf.pem?raw';
import root from '../fixtures/pki/root.pem?raw';
import sm2Key from '../fixtures/sm2/sm2.key?raw';
import sm2Cert from '../fixtures/sm2/sm2.pem?raw';
import { type Call, calls, type Material } from './boundary-calls.js';

/**
 * The boundary rule, tested against every export of every entry (issue 15): each function is
 * called with a valid call from the table, then with every argument — and every field of every
 * object argument — replaced by a hostile value. Each call must return or throw a `CertkitError`
 * (an error the caller's own code throws, from a getter or a Proxy trap, may pass through as the
 * same object); a promise must settle (a hang is reported after HANG_MS, a bound for "never
 * hangs", not a speed target); deep-frozen arguments must not be written (strict-mode code
 * throws a TypeError on a frozen object, and bytes are compared); `Object.prototype` must stay
 * as it was.
 */

const entries: Readonly<Record<string, object>> = {
  '.': everything,
  './core': core,
  './domain': domain,
  './policy': policy,
  './messages': messages,
  './messages/en': messagesEn,
  './x509/sm2': sm2,
  './messages/zh-CN': messagesZh,
  './screen': screen,
  './quota': quota,
  './validation': validation,
  './lifecycle': lifecycle,
  './x509': x509,
  './suffixes': suffixes,
};

/** Any callable export or method (called through Reflect, whatever its signature). */
type AnyFunction = (...args: never[]) => unknown;

const HANG_MS = 20_000;

/** What the caller's own code throws: it may come back unchanged, never as something else. */
const CALLER_ERROR = new Error('thrown by the caller');

/** Proxies cannot be frozen (their traps would run); the freezer skips them. */
const proxies = new WeakSet<object>();

const throwingProxy = () => {
  const trap = () => {
    throw CALLER_ERROR;
  };
  const proxy = new Proxy(
    {},
    {
      get: trap,
      has: trap,
      ownKeys: trap,
      getOwnPropertyDescriptor: trap,
      getPrototypeOf: trap,
      set: trap,
      defineProperty: trap,
      deleteProperty: trap,
      isExtensible: trap,
      preventExtensions: trap,
    },
  );
  proxies.add(proxy);
  return proxy;
};

const nested = (depth: number, make: (inner: unknown) => unknown) => {
  let value: unknown = {};
  for (let level = 0; level < depth; level += 1) value = make(value);
  return value;
};

/** The hostile values every argument is tried with; `fields` is the shorter list for fields. */
const hostile: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['0', () => 0],
  ['-1', () => -1],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Number.POSITIVE_INFINITY],
  ['1e21', () => 1e21],
  ['true', () => true],
  ['bigint', () => 10n],
  ['symbol', () => Symbol('hostile')],
  ['function', () => () => 1],
  ["''", () => ''],
  ['2M characters', () => 'a.'.repeat(1_000_000)],
  ['lone surrogate and NUL', () => '\uD800\u0000*.\u202E'],
  ["'__proto__'", () => '__proto__'],
  ["'constructor'", () => 'constructor'],
  ["'toString'", () => 'toString'],
  ['{}', () => ({})],
  ['[]', () => []],
  ['array of junk', () => [null, 1, {}, [], 'x', Number.NaN, undefined]],
  [
    '__proto__ and constructor keys',
    () => JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
  ],
  ['Proxy whose traps throw', throwingProxy],
  ['10,000-deep object', () => nested(10_000, (inner) => ({ a: inner, domains: inner, now: inner }))],
  ['10,000-deep array', () => nested(10_000, (inner) => [inner])],
  ['invalid Date', () => new Date(Number.NaN)],
  ['bytes of junk', () => Uint8Array.of(0x30, 0x84, 0xff, 0xff, 0xff, 0xff)],
];
const fields: readonly (readonly [string, () => unknown])[] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['NaN', () => Number.NaN],
  ['-1', () => -1],
  ["''", () => ''],
  ["'constructor'", () => 'constructor'],
  ['{}', () => ({})],
  ['[]', () => []],
  ['array of junk', () => [null, 1, {}]],
  ['Proxy whose traps throw', throwingProxy],
  ['10,000-deep object', () => nested(10_000, (inner) => ({ a: inner }))],
];

/** Deep-freezes plain objects and arrays (a frozen input cannot be written); returns the bytes to compare. */
function freezeAll(value: unknown, bytes: [Uint8Array, Uint8Array][], seen = new Set<unknown>()): void {
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item) || isProxy(item)) continue;
    seen.add(item);
    if (ArrayBuffer.isView(item)) {
      const view = new Uint8Array(item.buffer, item.byteOffset, item.byteLength);
      bytes.push([view, view.slice()]);
      continue;
    }
    if (typeof CryptoKey !== 'undefined' && item instanceof CryptoKey) continue;
    for (const key of Reflect.ownKeys(item)) {
      const descriptor = Object.getOwnPropertyDescriptor(item, key);
      if (descriptor !== undefined && 'value' in descriptor) stack.push(descriptor.value);
    }
    Object.freeze(item);
  }
}

const isProxy = (value: object) => proxies.has(value);

/** Every case of one function: the valid call, each position replaced, each field replaced. */
function* cases(valid: readonly unknown[]): Generator<readonly [string, unknown[]]> {
  yield ['valid call', [...valid]];
  const positions = Math.max(valid.length, 1);
  for (let index = 0; index < positions; index += 1)
    for (const [label, make] of hostile) {
      const args = [...valid];
      args[index] = make();
      yield [`argument ${index} = ${label}`, args];
    }
  for (let index = 0; index < valid.length; index += 1)
    for (const [path, replace] of fieldPaths(valid[index], `argument ${index}`))
      for (const [label, make] of fields) {
        const args = [...valid];
        args[index] = replace(make());
        yield [`${path} = ${label}`, args];
      }
}

/** One level of fields of a plain object (and the first element of an array), each with a replacer. */
function* fieldPaths(value: unknown, path: string): Generator<readonly [string, (field: unknown) => unknown]> {
  if (Array.isArray(value) && value.length > 0) {
    yield [`${path}[0]`, (field) => [field, ...value.slice(1)]];
    for (const [inner, replace] of fieldPaths(value[0], `${path}[0]`))
      yield [inner, (field) => [replace(field), ...value.slice(1)]];
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return;
  for (const key of Object.keys(value as object)) {
    yield [`${path}.${key}`, (field) => ({ ...(value as object), [key]: field })];
    yield [
      `${path}.${key} as a throwing getter`,
      () =>
        Object.defineProperty({ ...(value as object) }, key, {
          enumerable: true,
          get: () => {
            throw CALLER_ERROR;
          },
        }),
    ];
  }
}

const hang = Symbol('hang');

/** What went wrong with one call, or `null` when it kept the boundary rule. */
async function misbehaviour(
  fn: AnyFunction,
  args: unknown[],
  construct: boolean,
  self?: unknown,
): Promise<string | null> {
  const bytes: [Uint8Array, Uint8Array][] = [];
  for (const arg of args) freezeAll(arg, bytes);
  let outcome: unknown;
  try {
    const value: unknown = construct ? Reflect.construct(fn, args) : Reflect.apply(fn, self, args);
    if (value instanceof Promise) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve(hang), HANG_MS);
      });
      outcome = await Promise.race([value, timeout]);
      clearTimeout(timer);
      if (outcome === hang) return `did not settle within ${HANG_MS} ms`;
    }
  } catch (error) {
    if (error !== CALLER_ERROR && !core.isCertkitError(error))
      return `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 300);
  }
  for (const [view, copy] of bytes) if (!view.every((byte, i) => byte === copy[i])) return 'wrote into its input bytes';
  return null;
}

function prototypeState() {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Reflect.ownKeys(proto).map(String).sort().join(','),
  );
}

let material: Material;

beforeAll(async () => {
  const leafKeys = await x509.importPrivateKey(leafKey);
  const ecKeys = (await x509.generateKeyPair({ type: 'EC', curve: 'P-256' })) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', ecKeys.privateKey));
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', ecKeys.publicKey));
  material = {
    leafPem: leaf,
    leafDer: x509.readPem(leaf, ['CERTIFICATE']).der,
    caPem: ca1,
    rootPem: root,
    leafKeyPem: leafKey,
    leafKeys,
    ecKeys,
    pkcs8,
    spki,
    csrPem,
    csr: await x509.parseCsr(csrPem),
    pfx: await x509.createPkcs12({
      certificates: [x509.readPem(leaf, ['CERTIFICATE']).der],
      privateKey: leafKeys.privateKey,
      password: 'secret',
      legacy: true,
    }),
    sm2KeyPem: sm2Key,
    sm2CertPem: sm2Cert,
    sm2Keys: await sm2.importSm2PrivateKey(sm2Key),
    jks: await x509.createJks({
      certificates: [x509.readPem(leaf, ['CERTIFICATE']).der],
      privateKey: leafKeys.privateKey,
      password: 'changeit',
    }),
  };
}, 60_000);

describe('the boundary table covers every export of every entry', () => {
  it('lists every entry package.json exports', () => {
    const subpaths = Object.keys(pkg.exports).filter((subpath) => subpath !== './package.json');
    expect(Object.keys(entries).sort()).toEqual(subpaths.sort());
  });

  it('has a row for every exported function, and no row for a name nothing exports', () => {
    const exported = new Set<string>();
    for (const entry of Object.values(entries))
      for (const [name, value] of Object.entries(entry)) if (typeof value === 'function') exported.add(name);
    expect([...exported].filter((name) => !(name in calls)).sort()).toEqual([]);
    expect(Object.keys(calls).filter((name) => !exported.has(name))).toEqual([]);
  });

  it('exports every constant deep-frozen, so no caller can change them for another', () => {
    const mutable: string[] = [];
    for (const entry of Object.values(entries))
      for (const [name, value] of Object.entries(entry)) {
        // not followed: zod schemas fill their own caches lazily, so freezing one breaks it
        if (typeof value !== 'object' || value === null || '_zod' in value) continue;
        const stack: unknown[] = [value];
        const seen = new Set<unknown>();
        while (stack.length > 0) {
          const item = stack.pop();
          if (typeof item !== 'object' || item === null || seen.has(item)) continue;
          seen.add(item);
          if (!Object.isFrozen(item)) {
            mutable.push(name);
            break;
          }
          stack.push(...Object.values(item));
        }
      }
    expect([...new Set(mutable)].sort().join(' ')).toBe('');
  });
});

describe('the known CAA tags cannot be changed by a caller', () => {
  it('refuses add, delete and clear, and CAA evaluation keeps its own copy', () => {
    const tags = validation.KNOWN_CAA_TAGS as Set<string>;
    expect(() => tags.add('tbs')).toThrow(TypeError);
    expect(() => tags.delete('issue')).toThrow(TypeError);
    expect(() => tags.clear()).toThrow(TypeError);
    Set.prototype.add.call(tags, 'tbs'); // around the guard: the set exported is not the one used
    const zone = () => [{ flags: 128, tag: 'tbs', value: 'x' }];
    expect(validation.evaluateCaa('example.com', zone, ['sectigo.com']).allowed).toBe(false);
    Set.prototype.delete.call(tags, 'tbs');
  });
});

describe('every exported function keeps the boundary rule (only CertkitError, no hang, inputs untouched)', () => {
  const exported = new Map<string, AnyFunction>();
  for (const entry of Object.values(entries))
    for (const [name, value] of Object.entries(entry)) if (typeof value === 'function') exported.set(name, value);

  it.each(Object.entries(calls))(
    '%s',
    async (name, call: Call) => {
      const fn = exported.get(name);
      expect(fn, `${name} is exported`).toBeTypeOf('function');
      if (fn === undefined) return;
      const before = prototypeState();
      const problems: string[] = [];
      const valid = call.args(material);
      for (const [label, args] of cases(valid)) {
        const problem = await misbehaviour(fn, args, call.construct === true);
        if (problem !== null) problems.push(`${label}: ${problem}`);
      }
      const made = await (call.construct === true ? Reflect.construct(fn, valid) : Reflect.apply(fn, undefined, valid));
      for (const [method, methodArgs] of Object.entries(call.methods ?? {})) {
        const target = method === 'call' ? made : (made as Record<string, AnyFunction>)[method];
        expect(target, `${name}().${method}`).toBeTypeOf('function');
        for (const [label, args] of cases(methodArgs(material))) {
          const problem = await misbehaviour(target as AnyFunction, args, false, made);
          if (problem !== null) problems.push(`${name}().${method} ${label}: ${problem}`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
      expect(prototypeState()).toEqual(before);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    },
    120_000,
  );
});
