import { invalidArgument } from '../core/argument.js';

/** A resolver's DNSSEC verdict on an answer (RFC 4035 §4.3). */
export type DnssecStatus = 'secure' | 'insecure' | 'bogus' | 'indeterminate';

/** What a resolver said besides the records: its DNSSEC verdict and response code. */
export interface DnsAnswerStatus {
  /** Absent when the resolver does not say. */
  readonly dnssec?: DnssecStatus;
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, … as the resolver reports it. */
  readonly rcode?: string;
}

const STATUSES: readonly DnssecStatus[] = ['secure', 'insecure', 'bogus', 'indeterminate'];

/**
 * STD-05 (BR §3.2.2.8, §3.2.2.4, from 2026-03-15): a DNSSEC validation failure — a `bogus`
 * answer or a `SERVFAIL` — is never permission to issue. Returns what failed (`bogus`,
 * `SERVFAIL`), or `undefined`; a `dnssec` or `rcode` that is not one of their words throws
 * `argument.invalid` at `path`.
 *
 * @example
 * dnssecFailure({ dnssec: 'bogus' }, 'observed') // => 'bogus'
 * dnssecFailure({ rcode: 'servfail' }, 'observed') // => 'SERVFAIL'
 * dnssecFailure({ dnssec: 'insecure', rcode: 'NOERROR' }, 'observed') // => undefined
 */
export function dnssecFailure(answer: DnsAnswerStatus, path: string): 'bogus' | 'SERVFAIL' | undefined {
  const { dnssec, rcode } = answer;
  if (dnssec !== undefined && !STATUSES.includes(dnssec))
    throw invalidArgument(`${path}.dnssec`, STATUSES.join(' | '), dnssec);
  if (rcode !== undefined && (typeof rcode !== 'string' || !/^[A-Za-z]+$/.test(rcode)))
    throw invalidArgument(`${path}.rcode`, 'a DNS response code (NOERROR, NXDOMAIN, SERVFAIL, …)', rcode);
  if (dnssec === 'bogus') return 'bogus';
  return rcode?.toUpperCase() === 'SERVFAIL' ? 'SERVFAIL' : undefined;
}
