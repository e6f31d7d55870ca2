// A consumer of every entry, compiled by scripts/check-consumers.mjs under each TypeScript setup
// users have, as ESM and as CommonJS (copied to consumer.cts); no error, no skipLibCheck.
import * as all from 'certkit';
import type * as core from 'certkit/core';
import * as domain from 'certkit/domain';
import * as lifecycle from 'certkit/lifecycle';
import * as messages from 'certkit/messages';
import * as en from 'certkit/messages/en';
import * as zhCN from 'certkit/messages/zh-CN';
import * as policy from 'certkit/policy';
import * as quota from 'certkit/quota';
import * as screen from 'certkit/screen';
import * as validation from 'certkit/validation';
import * as x509 from 'certkit/x509';

/** `true` only when `T` is `any`: the WebCrypto types must never silently become `any`. */
type IsAny<T> = 0 extends 1 & T ? true : false;
const keyIsNotAny: IsAny<x509.WebCryptoKey> = false;
const cryptoIsNotAny: IsAny<x509.WebCrypto> = false;

export async function use(): Promise<string> {
  const checked = domain.checkDomains({
    domains: ['*.example.com'],
    product: { brand: 'TrustAsia', type: 'DV', domainType: 'wildcard' },
  });
  const pair: x509.WebCryptoKeyPair = await x509.generateKeyPair({ type: 'EC', curve: 'P-256' });
  const csr = await x509.generateCsr({ domains: ['www.example.com'], key: pair });
  const described: x509.KeyDescription = x509.describeKey(pair.privateKey);
  const issue: core.Issue | undefined = checked.issues[0];
  return [
    csr.csrPem,
    described.type,
    issue === undefined ? '' : messages.formatIssue(issue, 'en'),
    String(keyIsNotAny && cryptoIsNotAny),
    typeof all.checkDomains,
    typeof lifecycle.availableActions,
    typeof en,
    typeof zhCN,
    policy.defaultPolicy.id,
    typeof quota.evaluateQuota,
    typeof screen.createScreen,
    typeof validation.evaluateCaa,
  ].join('\n');
}
