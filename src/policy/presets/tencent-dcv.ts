import type { Policy } from '../schema.js';

/**
 * DCV and CAA data of the vendor FAQs (FAQ-2023, FAQ-2024):
 * - DCV-03: DNS records in place within 3 calendar days; 7 for auto-renewal (LIFE-06, Renewal-2024);
 * - DCV-02: file validation covers only the exact name since 2021-12-01;
 * - DCV-05: the CA's validation source addresses;
 * - CAA-03: issuer domains per brand. The free certificates' CA is `sectigo.com` (the FAQ's
 *   `0 issue "sectigo.com"`); the GitHub Pages advice names `trust-provider.com`, `globalsign.com`
 *   and `sectigo.com`; SecureSite and GeoTrust are DigiCert brands (FAQ-2023: "SecureSite
 *   (DigiCert)"). WoTrus and DNSPod are left out: the sources name no identifier for them.
 */
export const tencentDcv: Policy['dcv'] = {
  dnsDeadlineDays: 3,
  autoRenewDnsDeadlineDays: 7,
  fileValidationExactFrom: '2021-12-01',
  caSourceAddresses: [
    '91.199.212.132',
    '91.199.212.133',
    '91.199.212.148',
    '91.199.212.151',
    '91.199.212.176',
    '54.189.196.217',
    '64.78.193.238',
    '216.168.247.9',
  ],
  caaIdentifiers: {
    TrustAsia: ['sectigo.com', 'trust-provider.com'],
    GlobalSign: ['globalsign.com'],
    SecureSite: ['digicert.com'],
    GeoTrust: ['digicert.com'],
  },
};
