import { optionsArgument, stringArgument, stringsArgument } from '../core/argument.js';
import { readState } from './read-state.js';
import type { CertificateInput } from './state.js';

/** Who is set up to hear about a certificate's expiry (LIFE-17). */
export interface ReminderSetup {
  /** The accounts whose message subscription includes SSL certificate notifications. */
  readonly subscribers?: readonly string[];
  /** The sub-account that applied for or uploaded the certificate. */
  readonly owner?: string;
}

/**
 * LIFE-17: who receives a certificate's expiry reminders (at the times `renewalSchedule` gives).
 * The subscribers of SSL notifications, for uploaded third-party certificates too; and the
 * sub-account that applied for or uploaded the certificate always, subscription or not. Nobody
 * once the notifications are ignored (LIFE-12).
 *
 * @example
 * expiryReminderRecipients(cert, { subscribers: ['ops'], owner: 'dev-1' }) // => ['dev-1', 'ops']
 * expiryReminderRecipients(cert, { owner: 'dev-1' })                      // => ['dev-1']
 */
export function expiryReminderRecipients(cert: CertificateInput, setup?: ReminderSetup): string[] {
  const state = readState(cert);
  const { subscribers = [], owner } = optionsArgument<ReminderSetup>(setup, 'setup');
  stringsArgument(subscribers, 'setup.subscribers');
  if (owner !== undefined) stringArgument(owner, 'setup.owner');
  if (state.notificationsIgnored === true) return [];
  return [...new Set([...(owner === undefined ? [] : [owner]), ...subscribers])];
}
