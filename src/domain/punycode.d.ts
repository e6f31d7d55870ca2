// The npm `punycode` package, imported by file so Node's deprecated built-in module of the same
// name is never picked up instead.
declare module 'punycode/punycode.es6.js' {
  export function decode(input: string): string;
  export function encode(input: string): string;
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
