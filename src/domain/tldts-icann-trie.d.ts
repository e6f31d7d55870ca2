// tldts-icann's suffix lookup, imported by file (the package has no `exports` map) and inlined
// into certkit's build like punycode: see docs/dependencies.md. Types from its
// dist/types/src/suffix-trie.d.ts, written out so the path resolves.
declare module 'tldts-icann/dist/es6/src/suffix-trie.js' {
  /** Writes the longest ICANN public suffix of `hostname` (the last label when no rule matches) into `out`. */
  export default function suffixLookup(
    hostname: string,
    options: { readonly allowIcannDomains: boolean; readonly allowPrivateDomains: boolean },
    out: { publicSuffix: string | null; isIcann: boolean | null; isPrivate: boolean | null },
  ): void;
}
