import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/lifecycle`: statuses, actions and renewal. */
export const enLifecycle: AreaCatalog<'lifecycle'> = /* @__PURE__ */ Object.freeze({
  'life.status': 'This action is not possible while the certificate is "{status}".',
  'life.deleted': 'The certificate was deleted.',
  'life.argument.invalid': 'The action needs a valid {argument}, not {received}.',
  'life.source.upload':
    'Only certificates issued through the vendor can be reissued or revoked; this one was uploaded.',
  'life.reissue.days-left':
    'A certificate can be reissued only with more than {minimum} days left; {daysLeft} days are left.',
  'life.reissue.free-limit': 'A free DV certificate can be reissued {limit} time(s) only; reapply for a new one.',
  'life.reissue.sibling-in-progress':
    'Another name under the same primary domain is being reissued; wait until it is done.',
  'life.revoke.bound': 'The certificate is deployed to {boundResources} cloud resource(s); unbind it before revoking.',
  'life.revoke.to-be-renewed':
    'A certificate to be renewed cannot be revoked within {days} days of expiry ({daysLeft} days left).',
  'life.revoke.too-old': 'Certificates issued before {from} cannot be revoked self-service; contact support.',
  'life.revoke.irreversible':
    'Revocation cannot be undone; once requested, the certificate can no longer be downloaded or deployed.',
  'life.revoke.original': 'This certificate was reissued from {original}; revoking it revokes the original too.',
  'life.delete.revoke-first': 'An unexpired certificate must be revoked before it can be deleted (status "{status}").',
  'life.delete.deployed': 'The certificate is still deployed to {boundResources} cloud resource(s).',
  'life.renew.too-early': 'Renewal opens 30 days before expiry, at {opensAt}.',
  'life.expired.unusable': 'The certificate expired at {expiredAt} and can no longer be used.',
  'life.expire.not-yet': 'The certificate does not expire until {expiresAt}.',
  'life.autorenew.free': 'Auto-renewal is for paid certificates only.',
  'life.submit.phone':
    'An OV/EV order needs the company phone number ({reason}: "{phone}"); correct the order before submitting it, or the review fails.',
  'life.hosting.no-resources': 'The certificate is deployed to no cloud resource, so hosting has nothing to replace.',
  'life.hosting.issue-before':
    'Hosting replaces the certificate at {replaceAt}: the new certificate must be issued by then, or the hosting fails; resources outside the cloud still need a manual install.',
  'life.revoke.reason': 'A revocation of this certificate needs a reason; it is then reviewed manually.',
  'life.revoke.no-file': 'This revocation takes no file (it needs {needs}).',
  'life.revoke.file-type': '"{name}" cannot be uploaded: the file must be {allowed}.',
  'life.revoke.file-size': '"{name}" is {size} bytes; the file may be at most {limit} bytes (1.4 MB).',
  'life.autorenew.term': 'Auto-renewal is available only for 1-year certificates; this order runs {years} years.',
  'life.autorenew.unsupported': 'Auto-renewal is not available for {brand} {product} ({domainType}).',
  'life.autorenew.days-left':
    'Auto-renewal can be switched on only while at least {minimum} days remain; {daysLeft} days are left.',
  'life.autorenew.already': 'Auto-renewal is already on.',
  'life.autorenew.not-enabled': 'Auto-renewal is not on.',
  'life.hosting.lead-time':
    'Replacement {leadDays} days before expiry is not possible with {daysLeft} days left; choose a shorter lead time.',
  'life.hosting.domains-dropped': 'The new certificate does not include {missing}, which the old one covers.',
  'life.remind.unsupported': 'Review reminders are not available for {brand} {product}.',
  'life.remind.too-early': 'A review reminder is available from {availableAt}.',
  'life.resubmit.free':
    'A free certificate whose review failed cannot be resubmitted; reapply (a new free allowance is used).',
  'life.notifications.not-expiring':
    'Notifications can be ignored only within {threshold} days of expiry; {daysLeft} days are left.',
  'life.validity.too-long':
    'A certificate issued at {issuedAt} may be valid for at most {maxDays} days; {days} days were requested.',
  'life.organization.limit': 'At most {limit} organization profiles can be added.',
  'life.organization.immutable': 'Organization profiles cannot be modified or deleted after creation.',
});
