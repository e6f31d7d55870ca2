import { objectArgument } from '../core/argument.js';
import { DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { describeReceived } from '../core/issue.js';
import { lifecycleArgumentError } from './read-state.js';

/** A `renewalInfo` response body as the ACME server sent it (RFC 9773 §4.2). */
export interface RenewalInfo {
  readonly suggestedWindow: { readonly start: Instant; readonly end: Instant };
  readonly explanationURL?: string;
}

/** What {@link acmeRenewalTime} is asked. */
export interface AcmeRenewalRequest {
  /** The certificate's validity. */
  readonly notBefore: Instant;
  readonly notAfter: Instant;
  /** The server's answer to the ARI request, when it gave one (fetched by the caller; certkit does no I/O). */
  readonly renewalInfo?: RenewalInfo;
  /** The response's Retry-After, in seconds, when it had one. */
  readonly retryAfterSeconds?: number;
  /** A uniform random number in [0, 1) the caller draws (`Math.random()`), so that this stays pure. */
  readonly random: number;
  readonly now: Instant;
}

/** When to renew, why, and when to ask the ARI endpoint again. */
export interface AcmeRenewalTime {
  /** ISO 8601; `now` when the chosen time has passed. */
  readonly renewAt: string;
  /** `ari`: inside the server's window; `lifetime`: the STD-09 fraction of the lifetime, without ARI. */
  readonly basis: 'ari' | 'lifetime';
  /** When to fetch `renewalInfo` again (RFC 9773 §4.3): Retry-After, kept between a minute and a day; six hours without one. */
  readonly checkAgainAt: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Retry-After bounds and default (RFC 9773 §4.3 leaves them to the client; these are Certbot's and lego's order of magnitude). */
const RETRY = { min: MINUTE_MS, max: DAY_MS, fallback: 6 * HOUR_MS };
/** STD-09 without ARI: renew when this fraction of the lifetime remains — a half below ten days. */
const SHORT_LIFETIME_MS = 10 * DAY_MS;

/**
 * STD-09: when an ACME client should renew. With a `renewalInfo` answer (RFC 9773), a time chosen
 * uniformly inside its suggested window by `random` — a window already past means now; without
 * one, when a third of the lifetime remains (a half for certificates of under ten days, such as
 * 6-day certificates). A malformed window (end before start, unreadable times) throws
 * `life.argument.invalid`, as does a `random` outside [0, 1).
 *
 * @example
 * // a 45-day certificate without ARI: renewed with 15 days left
 * acmeRenewalTime({ notBefore: '2026-12-01T00:00:00Z', notAfter: '2027-01-15T00:00:00Z', random: 0.5, now: '2026-12-03T00:00:00Z' }).renewAt
 * // => '2026-12-31T00:00:00.000Z'
 */
export function acmeRenewalTime(request: AcmeRenewalRequest): AcmeRenewalTime {
  objectArgument(request, 'request');
  const { random } = request;
  if (typeof random !== 'number' || !(random >= 0 && random < 1))
    throw lifecycleArgumentError('random', describeReceived(random));
  const now = toDate(request.now, 'now').getTime();
  const notBefore = toDate(request.notBefore, 'notBefore').getTime();
  const notAfter = toDate(request.notAfter, 'notAfter').getTime();
  if (notAfter <= notBefore) throw lifecycleArgumentError('notAfter', 'not after notBefore');
  const chosen =
    request.renewalInfo === undefined ? lifetimeRenewal(notBefore, notAfter) : windowTime(request.renewalInfo, random);
  return {
    renewAt: new Date(Math.max(chosen, now)).toISOString(),
    basis: request.renewalInfo === undefined ? 'lifetime' : 'ari',
    checkAgainAt: new Date(now + retryDelay(request.retryAfterSeconds)).toISOString(),
  };
}

function windowTime(info: RenewalInfo, random: number): number {
  objectArgument(info, 'renewalInfo');
  objectArgument(info.suggestedWindow, 'renewalInfo.suggestedWindow');
  const start = toDate(info.suggestedWindow.start, 'suggestedWindow.start').getTime();
  const end = toDate(info.suggestedWindow.end, 'suggestedWindow.end').getTime();
  if (end < start) throw lifecycleArgumentError('renewalInfo.suggestedWindow', 'end before start');
  return start + Math.floor(random * (end - start));
}

function lifetimeRenewal(notBefore: number, notAfter: number): number {
  const lifetime = notAfter - notBefore;
  return notAfter - (lifetime < SHORT_LIFETIME_MS ? lifetime / 2 : lifetime / 3);
}

function retryDelay(seconds: number | undefined): number {
  if (seconds === undefined || typeof seconds !== 'number' || !Number.isFinite(seconds)) return RETRY.fallback;
  return Math.min(RETRY.max, Math.max(RETRY.min, seconds * 1000));
}
