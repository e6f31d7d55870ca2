/**
 * A fixed, realistic mix of host names for benchmarks: sub-domains of varying depth under common
 * ICANN suffixes, multi-label suffixes, PSL wildcard/exception rules and private suffixes.
 * Deterministic, so runs compare like with like.
 */
const SUFFIXES = [
  'com',
  'net',
  'org',
  'cn',
  'com.cn',
  'co.uk',
  'de',
  'io',
  'github.io',
  'kobe.jp',
  'city.kobe.jp',
  'com.au',
  'ck',
  'blogspot.com',
];
const LABELS = ['www', 'api', 'ssl', 'cdn', 'mail', 'shop', 'static', 'img', 'm', 'dev', 'staging', 'eu-west-1'];
const SITES = ['tencent', 'example', 'acme-corp', 'qcloud', 'mysite', 'bank-of-example', 'foo', 'shop24', 'a1b2c3'];

export function benchHostnames(count = 1000): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i += 1) {
    const depth = i % 4;
    const labels = Array.from({ length: depth }, (_, d) => LABELS[(i * 7 + d * 3) % LABELS.length] as string);
    names.push([...labels, SITES[i % SITES.length], SUFFIXES[(i * 5) % SUFFIXES.length]].join('.'));
  }
  return names;
}

/** The same mix with Unicode names and mixed case, as users type them. */
export function benchUnicodeHostnames(count = 1000): string[] {
  const unicode = ['食狮', 'bücher', 'пример', 'café', '例子'];
  return benchHostnames(count).map((name, i) =>
    i % 3 === 0 ? `${unicode[i % unicode.length]}.${name}` : name.toUpperCase(),
  );
}
