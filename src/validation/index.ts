/**
 * `certkit/validation`: domain control validation (DCV-01…05), CAA (RFC 8659, CAA-01…04) and the
 * dated public rules in force at an instant (STD-01, STD-02, STD-04; `standardsAt`).
 * No I/O: it says which records to create and judges the DNS and HTTP observations you made.
 *
 * @module certkit/validation
 */

export {
  type AcmeAccountKey,
  type AcmeChallengeOptions,
  type AcmeChallengeValues,
  type AcmeCrypto,
  type AcmeOptions,
  acmeChallengeValues,
  jwkThumbprint,
} from './acme.js';
export { isCaValidationSource } from './ca-sources.js';
export {
  type CaaAnswer,
  type CaaEvaluation,
  type CaaGrant,
  type CaaLookup,
  type CaaOptions,
  type CaaRecordSet,
  type CaaRefusal,
  caaIdentifiers,
  evaluateCaa,
} from './caa.js';
export {
  type CaaRecord,
  type CaaRecordInput,
  KNOWN_CAA_TAGS,
  type NodeCaaRecord,
  type ParsedCaaRecord,
  parseCaaFields,
  parseCaaRecord,
  readCaaRecord,
} from './caa-record.js';
export { checkDnsValidation, type DnsObservation } from './check-dns.js';
export { checkFileValidation, type FileObservation } from './check-file.js';
export {
  type Corroboration,
  DISTINCT_PERSPECTIVE_KM,
  judgeCorroboration,
  type PerspectiveResult,
} from './corroboration.js';
export { type DcvDeadlineOptions, dcvDeadline } from './dcv-deadline.js';
export { type DcvContext, type DcvMethod, type DcvMethodOption, dcvMethodNames, dcvMethods } from './dcv-methods.js';
export { type DnsValidationRecord, dnsValidationRecord, type FileValidation, fileValidation } from './dcv-records.js';
export type { DnsAnswerStatus, DnssecStatus } from './dnssec.js';
export {
  checkPersistentDcv,
  PERSISTENT_DCV_REUSE_DAYS,
  type PersistentDcvExpectation,
  type PersistentDcvInput,
  persistentDcvRecord,
} from './persistent-dcv.js';
export {
  checkDcvMethod,
  checkReverseZoneName,
  checkValidationReuse,
  type DcvMethodEntry,
  type StandardsAt,
  standardsAt,
  type ValidationReuse,
  type ValidationReuseRequest,
} from './standards.js';
