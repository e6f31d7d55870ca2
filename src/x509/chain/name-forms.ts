import { asciiHostname } from '../../domain/hostname.js';
import { nameWithin } from '../names/distinguished-name.js';
import type { GeneralName } from '../names/general-name.js';

/**
 * How one name form is compared with a constraint of the same form (RFC 5280 §4.2.1.10). A
 * constraint or name of the form that cannot be read is never taken as "outside": `constraint`
 * and `name` return `undefined` for it and the check fails closed.
 */
export interface NameForm<C, N> {
  /** The constraint in comparable form, or `undefined` when it is malformed. */
  readonly constraint: (constraint: GeneralName) => C | undefined;
  /** The name in comparable form, or `undefined` when it is malformed. */
  readonly name: (name: GeneralName) => N | undefined;
  /** `true` when `name` is inside `constraint` — for `excluded`, when any name it stands for may be. */
  readonly within: (name: N, constraint: C, mode: 'permitted' | 'excluded', fromSubject: boolean) => boolean;
}

/** A DNS name or constraint without its one trailing dot, lower-cased. */
function dnsText(value: string): string {
  return (value.endsWith('.') ? value.slice(0, -1) : value).toLowerCase();
}

/** `name` is `base` or under it; with `subdomainsOnly` (a leading-dot constraint), strictly under it. */
function underDomain(name: string, base: string, subdomainsOnly: boolean): boolean {
  return base === '' || name.endsWith(`.${base}`) || (!subdomainsOnly && name === base);
}

interface DomainConstraint {
  /** The domain, without a leading dot; `''` covers every name. */
  readonly base: string;
  /**
   * `.` alone: every name below the root, or none (Chromium and OpenSSL read it so). Read the way
   * that refuses: it excludes every name and permits none.
   */
  readonly rootOnly?: boolean;
  /** A leading dot: `.example.com` covers the names under example.com, not example.com itself (Chromium, Go, OpenSSL). */
  readonly subdomainsOnly: boolean;
}

/**
 * A DNS or host constraint: empty (every name), `.` (every name below the root), a host name, or
 * a host name after one leading dot; one trailing dot is ignored. `..com` and the like are malformed.
 */
function domainConstraint(value: string): DomainConstraint | undefined {
  if (value === '') return { base: '', subdomainsOnly: false };
  if (value === '.') return { base: '', subdomainsOnly: true, rootOnly: true };
  const text = dnsText(value);
  const subdomainsOnly = text.startsWith('.');
  const base = subdomainsOnly ? text.slice(1) : text;
  return base !== '' && asciiHostname(base) === base ? { base, subdomainsOnly } : undefined;
}

/** A mailbox host or URI host against a host constraint: that host exactly, or with a leading dot the hosts under it (RFC 5280). */
function hostWithin(host: string, { base, subdomainsOnly }: DomainConstraint): boolean {
  return subdomainsOnly ? base === '' || host.endsWith(`.${base}`) : host === base;
}

/**
 * dNSName: label-wise, case-insensitive, one trailing dot ignored. A wildcard `*.example.com`
 * stands for every `x.example.com` (CVE-2025-61727): it is excluded when any such name is, and
 * permitted only when all are. A `*` anywhere else, or a name that is not a host name, is
 * malformed — some clients read partial wildcards, so no reading of it is safe.
 */
const DNS: NameForm<DomainConstraint, { readonly host: string; readonly wildcard: boolean }> = {
  constraint: (constraint) => domainConstraint(constraint.value),
  name: (name) => {
    const text = dnsText(name.value);
    const wildcard = text.startsWith('*.');
    const host = wildcard ? text.slice(2) : text;
    return asciiHostname(host) === host ? { host, wildcard } : undefined;
  },
  within: ({ host, wildcard }, { base, subdomainsOnly, rootOnly }, mode) => {
    if (rootOnly === true) return mode === 'excluded';
    if (!wildcard) return underDomain(host, base, subdomainsOnly);
    // every x.host is under base when host is base or under it (base itself is not among them)
    if (underDomain(host, base, false)) return true;
    // one of them is base itself: excluded (any), never permitted (all)
    return (
      mode === 'excluded' &&
      !subdomainsOnly &&
      base.endsWith(`.${host}`) &&
      !base.slice(0, -host.length - 1).includes('.')
    );
  },
};

interface Mailbox {
  readonly local: string;
  readonly domain: string;
}

/**
 * An addr-spec certkit can judge: one `@`, a non-empty unquoted local part of printable ASCII,
 * and a host name (no IP literal). Quoted local parts and `[8.8.8.8]` hosts are not compared:
 * two spellings of one address would compare unequal.
 */
function mailbox(value: string): Mailbox | undefined {
  const at = value.indexOf('@');
  if (at <= 0 || at !== value.lastIndexOf('@')) return undefined;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (!/^[\x21\x23-\x3f\x41-\x7e]+$/.test(local) || asciiHostname(domain) !== domain) return undefined;
  return { local, domain };
}

type MailboxConstraint = { readonly mailbox: Mailbox } | DomainConstraint;

/**
 * rfc822Name: a constraint is one mailbox (`foo@example.com`: local part case-sensitive, RFC
 * 5280 §4.2.1.10 and §7.5), a host (`example.com`: its mailboxes) or a domain (`.example.com`:
 * mailboxes on the hosts under it). A constraint in no such form (`@example.com`, empty, quoted,
 * an IP literal) is malformed and fails every address. The subject's `emailAddress` is compared
 * without regard to case for exclusion (Chromium: it is not matched exactly against an excluded
 * mailbox, so it is taken as the conservative match).
 */
const EMAIL: NameForm<MailboxConstraint, Mailbox> = {
  constraint: (constraint) => {
    const { value } = constraint;
    if (value.includes('@')) {
      const box = mailbox(value);
      return box === undefined ? undefined : { mailbox: box };
    }
    return value === '' || value === '.' ? undefined : domainConstraint(value);
  },
  name: (name) => mailbox(name.value),
  within: (box, constraint, mode, fromSubject) => {
    if ('mailbox' in constraint) {
      const foldLocal = fromSubject && mode === 'excluded';
      const local = foldLocal
        ? box.local.toLowerCase() === constraint.mailbox.local.toLowerCase()
        : box.local === constraint.mailbox.local;
      return local && box.domain === constraint.mailbox.domain;
    }
    return hostWithin(box.domain, constraint);
  },
};

/**
 * uniformResourceIdentifier: the constraint is a host (`example.com`) or a domain
 * (`.example.com`), compared with the URI's host; a constraint in URI form
 * (`http://example.com`) is malformed, and a URI without a host name cannot be judged.
 */
const URI: NameForm<DomainConstraint, string> = {
  constraint: (constraint) =>
    constraint.value === '' || constraint.value === '.' ? undefined : domainConstraint(constraint.value),
  name: (name) => {
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^:/?#[\]]+)(?::\d*)?(?:[/?#]|$)/i.exec(name.value)?.[1];
    const text = host === undefined ? undefined : dnsText(host);
    return text !== undefined && asciiHostname(text) === text ? text : undefined;
  },
  within: hostWithin,
};

/** iPAddress: the address within the constraint's network (address and mask); IPv4 and IPv6 never compare. */
const IP: NameForm<Uint8Array, Uint8Array> = {
  constraint: (constraint) => constraint.bytes,
  name: (name) => (name.bytes?.length === 4 || name.bytes?.length === 16 ? name.bytes : undefined),
  within: (address, range) =>
    range.length === address.length * 2 &&
    address.every(
      (byte, index) =>
        (byte & (range[address.length + index] as number)) ===
        ((range[index] as number) & (range[address.length + index] as number)),
    ),
};

/** directoryName: RDN by RDN on the decoded names (RFC 5280 §7.1), never their text; the empty DN covers every name. */
const DIRECTORY: NameForm<GeneralName, GeneralName> = {
  constraint: (constraint) => (constraint.name === undefined ? undefined : constraint),
  name: (name) => (name.name === undefined ? undefined : name),
  within: (name, constraint) =>
    nameWithin(name.name as NonNullable<GeneralName['name']>, constraint.name as NonNullable<GeneralName['name']>),
};

/** The forms certkit compares; others (otherName, x400Address, ediPartyName, registeredID) it cannot. */
export const NAME_FORMS: Readonly<Partial<Record<GeneralName['kind'], NameForm<unknown, unknown>>>> = {
  dns: DNS as NameForm<unknown, unknown>,
  email: EMAIL as NameForm<unknown, unknown>,
  uri: URI as NameForm<unknown, unknown>,
  ip: IP as NameForm<unknown, unknown>,
  directory: DIRECTORY as NameForm<unknown, unknown>,
};
