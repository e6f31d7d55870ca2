import { createIssue } from '../../src/core/index.js';
import { en } from '../../src/messages/index.js';
import { presets } from '../../src/policy/index.js';
import { createQuotaLedger } from '../../src/quota/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import type { CsrInfo } from '../../src/x509/index.js';
import type { Sm2KeyPair } from '../../src/x509/sm2/index.js';
import { issuedCert } from '../lifecycle/helpers.js';

/**
 * The boundary table (issue 15): one valid call for every function that any entry exports. The
 * boundary test replaces each argument, and each field of each object argument, by hostile
 * values. A new export without a row here fails the test, so the table cannot go stale.
 */

/** Real material the calls need, made once in `beforeAll` (keys cannot be made synchronously). */
export interface Material {
  readonly leafPem: string;
  readonly leafDer: Uint8Array;
  readonly caPem: string;
  readonly rootPem: string;
  readonly leafKeyPem: string;
  readonly leafKeys: CryptoKeyPair;
  readonly ecKeys: CryptoKeyPair;
  readonly pkcs8: Uint8Array;
  readonly spki: Uint8Array;
  readonly csrPem: string;
  readonly csr: CsrInfo;
  /** A legacy PFX of the leaf and its key, password `secret`. */
  readonly pfx: Uint8Array;
  /** A JKS of the leaf and its key, password `changeit`. */
  readonly jks: Uint8Array;
  /** An OpenSSL-made SM2 key, its self-signed certificate, and the key imported. */
  readonly sm2KeyPem: string;
  readonly sm2CertPem: string;
  readonly sm2Keys: Sm2KeyPair;
}

export interface Call {
  /** Valid arguments; every position and every field is then replaced by hostile values. */
  readonly args: (m: Material) => readonly unknown[];
  /** Called with `new`. */
  readonly construct?: boolean;
  /** Methods of the value returned, each with valid arguments, to try the same way. */
  readonly methods?: Readonly<Record<string, (m: Material) => readonly unknown[]>>;
}

const NOW = '2024-06-01T00:00:00Z';
/** NIST PKITS's Trust Anchor Root CRL (public domain): a small real CRL. */
const CRL_PEM = `-----BEGIN X509 CRL-----
MIIB4zCBzAIBATANBgkqhkiG9w0BAQsFADBFMQswCQYDVQQGEwJVUzEfMB0GA1UE
ChMWVGVzdCBDZXJ0aWZpY2F0ZXMgMjAxMTEVMBMGA1UEAxMMVHJ1c3QgQW5jaG9y
Fw0xMDAxMDEwODMwMDBaFw0zMDEyMzEwODMwMDBaMCIwIAIBaBcNMTAwMTAxMDgz
MDAwWjAMMAoGA1UdFQQDCgEBoC8wLTAfBgNVHSMEGDAWgBTkfV/RXJWGCCwFrr51
tmWn2V2oZjAKBgNVHRQEAwIBATANBgkqhkiG9w0BAQsFAAOCAQEAqxkdtbsha7bh
TM3wtzeelTjR1IGQgK4R8Psc2fw2NOydlq8PeSc3qitHV6m4dqHzchQlytYprOK4
dRitEh+RYY4UKUNu+OQQ5VFLSvuC0Wv3xn2w29VqpQtavBFfJ8Lst9520pece6x8
6fB9L6VP4YNGIrLc+7hEjEDALJs+ttPoxNNXGMApQQi5xyZEksXQAo60ZdH/r95l
dVCa7U2OVXO1MCuZlWQRlql0Bi3CzE26cW1jccEdU6yQ0ONKNuROR+6NsXZ2Qm2C
lHEGWFJAZ/CWB7NjQ9maNkoioZb4IB2AKPKBcb0mT3TYspgT8zcZSP5DLC8iVOrc
x2SLSvd35g==
-----END X509 CRL-----
`;
const product = { brand: 'TrustAsia', type: 'OV', domainType: 'single' } as const;
const issue = createIssue('domain.tld.refused', 'DOM-04', { tld: 'ru' });
const state = issuedCert({ product });
const times = { issuedAt: '2024-01-01T00:00:00Z', expiresAt: '2025-01-01T00:00:00Z' };
const record = { id: 'r1', accountId: 'a1', domain: 'www.example.com', free: true, ...times };
const request = { accountId: 'a1', applicant: { kind: 'enterprise' }, domain: 'shop.example.com' };
const dnsRecord = {
  fqdn: '_t1.www.example.com',
  zone: 'example.com',
  relativeName: '_t1.www',
  type: 'TXT',
  value: 'v1',
};
const file = {
  urls: [
    'http://www.example.com/.well-known/pki-validation/a.txt',
    'https://www.example.com/.well-known/pki-validation/a.txt',
  ],
  content: 'token',
};
const zone = (name: string) => (name === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'sectigo.com' }] : []);

export const calls: Readonly<Record<string, Call>> = {
  // core
  CertkitError: { construct: true, args: () => [issue] },
  addBusinessDays: { args: () => [NOW, 3, { holidays: ['2024-06-03'] }] },
  addDays: { args: () => [NOW, 3] },
  addMonths: { args: () => [NOW, 1] },
  addYears: { args: () => [NOW, 1] },
  arrayArgument: { args: () => [[1], 'list'] },
  bytesArgument: { args: () => [Uint8Array.of(1, 2), 'der'] },
  businessDaysBetween: { args: () => [NOW, '2024-06-10T00:00:00Z', {}] },
  calendarDaysBetween: { args: () => [NOW, '2024-06-10T00:00:00Z'] },
  checked: { args: () => [[issue], { value: 1 }] },
  clip: { args: () => ['text'] },
  createIssue: { args: () => ['domain.tld.refused', 'DOM-04', { tld: 'ru' }, { subject: 'x.ru' }] },
  decided: { args: () => [[], { value: 1 }] },
  describeReceived: { args: () => [{ a: 1 }] },
  describeType: { args: () => [{ a: 1 }] },
  hasErrors: { args: () => [[issue]] },
  invalidArgument: { args: () => ['path', 'string', 1] },
  numberArgument: { args: () => [1, 'count'] },
  isBusinessDay: { args: () => [NOW, {}] },
  isCertkitError: { args: () => [new Error('x'), 'argument.invalid'] },
  objectArgument: { args: () => [{}, 'path'] },
  optionsArgument: { args: () => [{}, 'options'] },
  startOfUtcDay: { args: () => [NOW] },
  stringArgument: { args: () => ['a', 'path'] },
  stringsArgument: { args: () => [['a'], 'path'] },
  toDate: { args: () => [NOW, 'now'] },
  // domain
  checkDomains: {
    args: () => [{ domains: ['www.example.com', 'example.com'], product, applicant: { kind: 'enterprise' } }, {}],
  },
  classifyIp: { args: () => ['192.0.2.1'] },
  coveringNames: { args: () => [['*.example.com', 'example.com'], 'www.example.com', {}] },
  createCoverageIndex: {
    args: () => [[{ id: 'a', names: ['*.example.com'] }], { privateSuffixes: false }],
    methods: { lookup: () => ['www.example.com'] },
  },
  domainLevel: { args: () => ['www.example.com', {}] },
  domainToUnicode: { args: () => ['xn--85x722f.com'] },
  findProduct: { args: () => [product, {}] },
  giftedDomains: { args: () => [['example.com'], { brand: 'TrustAsia', type: 'DV', domainType: 'single' }, {}] },
  inspectDomain: { args: () => ['Www.Example.COM.', {}] },
  ipBytes: { args: () => ['2001:db8::1'] },
  isIp: { args: () => ['192.0.2.1'] },
  isPublicSuffix: { args: () => ['co.uk', {}] },
  isValidALabel: { args: () => ['xn--85x722f'] },
  matchesHostname: { args: () => ['*.example.com', 'www.example.com', {}] },
  normalizeDomain: { args: () => ['食狮.公司.cn', {}] },
  parseIp: { args: () => ['192.0.2.1'] },
  primaryDomain: { args: () => ['www.example.co.uk', {}] },
  recommendCertificateType: {
    args: () => [{ industry: 'general', applicant: { kind: 'individual' }, usage: ['website'] }],
  },
  sameIp: { args: () => ['::1', '0::1'] },
  supportsMiniProgram: { args: () => [product, {}] },
  validateDomain: { args: () => ['www.example.com', {}] },
  // policy
  deepFreeze: { args: () => [{ a: [1] }] },
  definePolicy: { args: () => [{ id: 'mine', domain: { maxLength: 100 } }, 'tencent-2023'] },
  limitsOf: { args: () => [presets['tencent-2024']] },
  parsePolicy: { args: () => [JSON.parse(JSON.stringify(presets['tencent-2024']))] },
  policyOf: { args: () => [{ policy: presets['tencent-2023'] }] },
  // messages
  formatIssue: { args: () => [issue, 'zh-CN'] },
  formatIssueWith: { args: () => [issue, en] },
  formatStatus: { args: () => ['issued', 'en'] },
  // screen
  compileWordList: { args: () => [['paypal'], { paypal: 'substring' }], methods: { find: () => ['paypa1', 'ascii'] } },
  compileWordMatcher: { args: () => [['paypal', 'bank']], methods: { find: () => ['mybank'] } },
  createScreen: { args: () => [{}], methods: { call: () => ['login.paypal.example.com', { validation: 'DV' }] } },
  leetFold: { args: () => ['p4yp4l'] },
  skeleton: { args: () => ['pаypal'] },
  // quota
  accountReleaseAt: { args: () => [times, {}] },
  createQuotaLedger: {
    args: () => [
      [{ ...record, identifiers: ['www.example.com', '192.0.2.1'], ariRenewal: false }],
      {
        policy: presets.letsencrypt,
        suffixList: privateSuffixList,
        attempts: [{ type: 'authorizationFailure', accountId: 'a1', at: NOW, identifiers: ['x.example.com'] }],
      },
    ],
    methods: {
      accountRecords: () => ['a1'],
      primaryDomainRecords: () => ['example.com'],
      record: () => ['r1'],
      bucketSpends: () => ['certificates-per-registered-domain|example.com'],
      firstIssuedAt: () => [['example.com']],
    },
  },
  evaluateQuota: { args: () => [request, createQuotaLedger([record]), { now: NOW }] },
  identifierSet: { args: () => [['www.example.com', '192.0.2.1']] },
  registeredDomain: { args: () => ['www.example.co.uk', privateSuffixList] },
  primaryDomainReleaseAt: { args: () => [times, {}] },
  simulateQuota: {
    args: () => [
      [
        { type: 'apply', at: NOW, id: 'c1', request },
        { type: 'revoke', at: '2024-06-02T00:00:00Z', id: 'c1' },
      ],
      createQuotaLedger([record]),
    ],
  },
  // validation
  caaIdentifiers: { args: () => ['TrustAsia', {}] },
  checkDnsValidation: {
    args: () => [
      [{ name: '_t1.www.example.com', type: 'TXT', values: ['v1'], dnssec: 'secure', rcode: 'NOERROR' }],
      dnsRecord,
    ],
  },
  checkPersistentDcv: {
    args: () => [
      [
        {
          name: '_validation-persist.example.com',
          type: 'TXT',
          values: ['ca.example; accounturi=https://a.example/1'],
        },
      ],
      {
        domain: 'example.com',
        issuerDomains: ['ca.example'],
        accountUri: 'https://a.example/1',
        now: NOW,
        validatedAt: '2024-05-30T00:00:00Z',
      },
    ],
  },
  persistentDcvRecord: {
    args: () => [
      { domain: 'example.com', issuerDomain: 'ca.example', accountUri: 'https://a.example/1', persistUntil: NOW },
    ],
  },
  judgeCorroboration: {
    args: () => [
      [
        { id: 'fra', latitude: 50.1, longitude: 8.7, corroborates: true },
        { id: 'iad', latitude: 39, longitude: -77.5, corroborates: true },
      ],
    ],
  },
  checkFileValidation: { args: () => [file.urls.map((url) => ({ url, status: 200, body: 'token' })), file] },
  dcvDeadline: { args: () => [NOW, { autoRenew: false }] },
  standardsAt: { args: () => [NOW, {}] },
  ariCertId: { args: (m) => [m.leafPem, {}] },
  acmeRenewalTime: {
    args: () => [{ notBefore: '2024-05-01T00:00:00Z', notAfter: '2024-07-30T00:00:00Z', random: 0.5, now: NOW }],
  },
  jwkThumbprint: {
    args: () => [
      {
        kty: 'EC',
        crv: 'P-256',
        x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
        y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
      },
      {},
    ],
  },
  acmeChallengeValues: {
    args: () => [
      'evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA',
      { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' },
      'www.example.org',
      {},
    ],
  },
  checkValidationReuse: { args: () => [{ kind: 'domain', validatedAt: '2024-01-01', issuedAt: NOW }, {}] },
  checkDcvMethod: { args: () => ['3.2.2.4.7', NOW, {}] },
  checkReverseZoneName: { args: () => ['1.in-addr.arpa', NOW, {}] },
  dcvMethods: { args: () => [['www.example.com'], { hasCloudResources: true, now: NOW }] },
  dnsValidationRecord: { args: () => [{ domain: 'www.example.com', token: 't1', value: 'v1', type: 'TXT' }] },
  evaluateCaa: { args: () => ['www.example.com', zone, ['sectigo.com'], { wildcard: false }] },
  fileValidation: { args: () => [{ domain: 'www.example.com', path: 'a.txt', content: 'token' }] },
  isCaValidationSource: { args: () => ['192.0.2.1', {}] },
  parseCaaFields: { args: () => [{ flags: 0, tag: 'issue', value: 'sectigo.com' }] },
  parseCaaRecord: { args: () => ['example.com. 3600 IN CAA 0 issue "sectigo.com"'] },
  readCaaRecord: { args: () => [{ critical: 0, issue: 'sectigo.com' }] },
  // lifecycle
  availableActions: { args: () => [state, { now: NOW }] },
  checkOrganizationProfile: { args: () => ['add', 3, {}] },
  expiryReminderRecipients: { args: () => [state, { subscribers: ['ops'], owner: 'dev-1' }] },
  checkRevocationFile: { args: () => [state, { name: 'letter.pdf', size: 1000 }, {}] },
  revocationNeeds: { args: () => [state, {}] },
  checkValidity: { args: () => ['2024-01-01T00:00:00Z', '2024-07-01T00:00:00Z', {}] },
  lifecycleDiagram: { args: () => [] },
  maxValidityDays: { args: () => [NOW, {}] },
  readState: { args: () => [state] },
  renewalSchedule: {
    args: () => [
      { expiresAt: '2025-01-01T00:00:00Z', issuedAt: '2024-12-26T00:00:00Z' },
      { acme: { random: 0.5, now: '2024-12-27T00:00:00Z', retryAfterSeconds: 3600 } },
    ],
  },
  reviewEstimate: { args: () => [{ validation: 'OV', submittedAt: NOW }, {}] },
  transition: { args: () => [state, 'enableAutoRenew', { now: NOW }] },
  // x509
  assembleChain: {
    args: (m) => [
      [m.leafPem, m.caPem],
      {
        now: '2030-06-01T00:00:00Z',
        trustAnchors: [m.rootPem],
        profile: 'rfc5280',
        purpose: 'serverAuth',
        strictEku: 'leaf',
        anchorConstraints: true,
        anchorValidity: true,
        algorithms: { minRsaBits: 2048, allowSha1: false },
        policies: { initial: ['2.5.29.32.0'], requireExplicit: false, inhibitMapping: false, inhibitAnyPolicy: false },
        crls: [CRL_PEM],
        requireRevocation: false,
      },
    ],
  },
  parseJks: { args: (m) => [m.jks, { password: 'changeit' }] },
  parsePkcs12: { args: (m) => [m.pfx, { password: 'secret' }] },
  checkIssuanceStandards: { args: (m) => [m.leafPem, {}] },
  checkCtPolicy: {
    args: (m) => [
      m.leafPem,
      {
        logList: { operators: [{ name: 'Operator', logs: [{ log_id: 'AAAA', key: 'MAA=', state: { usable: {} } }] }] },
        issuer: m.caPem,
      },
    ],
  },
  checkCsr: { args: (m) => [m.csr, { domains: m.csr.domains }, { usedFingerprints: [], compromisedKeys: ['00'] }] },
  createChainValidator: {
    args: (m) => [{ trustAnchors: [m.rootPem], intermediates: [m.caPem], crls: [CRL_PEM], linkCacheSize: 100 }],
    methods: { assemble: (m) => [[m.leafPem], { now: '2030-06-01T00:00:00Z', hostname: 'www.example.com' }] },
  },
  convert: { args: (m) => [[m.leafPem, m.leafKeyPem], { to: 'pem' }] },
  createJks: { args: (m) => [{ certificates: [m.leafDer], privateKey: m.leafKeys.privateKey, password: 'changeit' }] },
  createPkcs12: {
    args: (m) => [
      { certificates: [m.leafDer], privateKey: m.leafKeys.privateKey, password: 'secret', iterations: 1000 },
    ],
  },
  createServerBundle: { args: (m) => ['nginx', { chain: [m.leafPem, m.caPem], privateKey: m.leafKeyPem }] },
  describeKey: { args: (m) => [m.ecKeys.publicKey] },
  describePublicKey: { args: (m) => [m.spki] },
  exportPrivateKey: { args: (m) => [m.ecKeys.privateKey, {}] },
  generateCsr: { args: (m) => [{ domains: ['www.example.com'], key: m.ecKeys, subject: { O: 'Example' } }] },
  generateKeyPair: { args: () => [{ type: 'EC', curve: 'P-256' }, {}] },
  generatePassword: { args: () => [20, {}] },
  importPrivateKey: { args: (m) => [m.leafKeyPem, {}] },
  isCountryCode: { args: () => ['CN'] },
  keyMatchesCertificate: { args: (m) => [m.leafKeyPem, m.leafPem, {}] },
  keyPairFromPkcs8: { args: (m) => [m.pkcs8, {}] },
  parseCertificate: { args: (m) => [m.leafPem, {}] },
  parseCrl: { args: () => [CRL_PEM, {}] },
  parseCertificates: { args: (m) => [`${m.leafPem}\n${m.caPem}`, {}] },
  parseCsr: { args: (m) => [m.csrPem, { verify: true }] },
  publicKeyFingerprintOf: { args: (m) => [m.leafKeyPem, {}] },
  publicKeyLabel: { args: () => [{ type: 'RSA', size: 2048 }] },
  readPem: { args: (m) => [m.leafPem, ['CERTIFICATE']] },
  writePem: { args: (m) => [m.leafDer, 'CERTIFICATE'] },
  // certkit/x509/sm2
  checkSm2Upload: {
    args: (m) => [
      { signing: { certificate: m.sm2CertPem, privateKey: m.sm2KeyPem }, encryption: { certificate: m.sm2CertPem } },
      {},
    ],
  },
  exportSm2PrivateKey: { args: (m) => [m.sm2Keys, { format: 'traditional' }] },
  generateSm2Csr: {
    args: (m) => [{ domains: ['sm2.example.com'], key: m.sm2Keys, subject: { O: 'Example' }, distinguishingId: 'ID' }],
  },
  generateSm2KeyPair: { args: () => [{}] },
  importSm2PrivateKey: { args: (m) => [m.sm2KeyPem, {}] },
};
