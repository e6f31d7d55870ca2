/**
 * `certkit/lifecycle`: certificate statuses (LIFE-01), the actions allowed in each and why
 * (LIFE-02…12), transitions with their effects, schedules, review estimates and validity limits
 * (LIFE-13, LIFE-14) — all from one transition table.
 *
 * @module certkit/lifecycle
 */
export {
  type ActionAvailability,
  availableActions,
  type LifecycleOptions,
  type TransitionResult,
  transition,
} from './actions.js';
export {
  type AcmeRenewalRequest,
  type AcmeRenewalTime,
  acmeRenewalTime,
  type RenewalInfo,
} from './ari.js';
export { lifecycleDiagram } from './diagram.js';
export { expiryReminderRecipients, type ReminderSetup } from './notifications.js';
export { checkOrganizationProfile } from './organization.js';
export { readState } from './read-state.js';
export { checkRevocationFile, type RevocationFile, type RevocationNeeds, revocationNeeds } from './revocation.js';
export { type RenewalSchedule, type RenewalScheduleOptions, renewalSchedule, reviewEstimate } from './schedule.js';
export type {
  ActionArguments,
  CertificateInput,
  CertificateState,
  LegacyCertificateState,
  LifecycleContext,
  Moment,
} from './state.js';
export { ISSUED_STATUSES, type StatusName, statusByCode, statuses } from './statuses.js';
export { type Effect, type Guard, type LifecycleAction, type Rule, transitionTable, userActions } from './table.js';
export { checkValidity, maxValidityDays, type ValidityCheck, type ValidityDays } from './validity.js';
