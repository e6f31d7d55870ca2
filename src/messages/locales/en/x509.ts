import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/x509`: keys, CSRs, certificates and chains. */
export const enX509: AreaCatalog<'x509'> = /* @__PURE__ */ Object.freeze({
  'x509.crypto.unavailable': 'WebCrypto is not available; pass a crypto implementation.',
  'x509.pem.missing': 'No PEM block of the expected kind was found ({labels}).',
  'x509.pem.multiple': 'The input holds {count} blocks where one was expected.',
  'x509.ari.no-key-id':
    'The certificate has no Authority Key Identifier, so it has no ACME Renewal Information CertID.',
  'x509.pem.base64': 'The {label} block is not valid base64.',
  'x509.pem.too-large': 'The input is {length} characters long; at most {limit} are read.',
  'x509.key.sm2':
    'This is a Chinese SM2 key, which WebCrypto cannot hold: import it with importSm2PrivateKey (certkit/x509/sm2); an SM2 upload is checked with checkSm2Upload (signing certificate and key, encryption certificate and key).',
  'x509.key.unsupported': 'This key type is not supported ({key}); use RSA 2048/3072/4096 or ECDSA P-256/P-384.',
  'x509.key.not-extractable': 'The private key cannot be exported (it is not extractable).',
  'x509.key.cloud-password': 'Keys for cloud load balancers and CDNs must not be password-protected.',
  'x509.key.password': 'The private key password is {reason}.',
  'x509.pkcs12.password':
    'The PKCS#12 file cannot be opened with this password ({reason}): the password is wrong, or the file was changed after it was made.',
  'x509.pkcs12.malformed': 'The PKCS#12 file is malformed ({part}).',
  'x509.jks.password':
    'The Java keystore password does not fit ({reason}: the store password is wrong, a key has another password, or the password is under 6 characters).',
  'x509.jks.malformed': 'The Java keystore is malformed ({part}).',
  'x509.jks.unsupported': 'The Java keystore holds {format}, which certkit does not read.',
  'x509.pkcs12.unsupported': 'The PKCS#12 file uses {algorithm}, which certkit does not read.',
  'x509.key.malformed': 'The private key is not a valid {format} key.',
  'x509.key.encryption-unsupported':
    'The private key is encrypted with an unsupported scheme ({scheme}); convert it with: openssl pkcs8 -topk8 -v2 aes256.',
  'x509.certificate.malformed': 'The certificate is not a valid X.509 certificate ({part}).',
  'x509.crl.malformed': 'The CRL is not a valid X.509 CRL ({part}).',
  'x509.crl.too-many': '{count} CRLs were given; at most {limit} are read.',
  'x509.certificate.too-many': 'The input holds {count} certificates; at most {limit} are read.',
  'x509.limit.exceeded': 'The input asks for {value} ({limit}); the policy allows at most {max}, so it was not read.',
  'x509.chain.duplicate': 'The certificate {certificate} appears more than once; the copy is ignored.',
  'x509.chain.key-mismatch': 'The private key does not belong to the certificate {certificate}.',
  'x509.sm2.not-sm2': 'The certificate {certificate} is not an SM2 certificate.',
  'x509.sm2.signing-key-mismatch': 'The signing private key does not belong to the signing certificate {certificate}.',
  'x509.sm2.encryption-key-mismatch':
    'The encryption private key does not belong to the encryption certificate {certificate} (when one key serves both certificates, both carry the same public key; otherwise upload the encryption certificate’s own key).',
  'x509.sm2.usage':
    'The key usage of the certificate {certificate} ({keyUsage}) does not fit the role it was uploaded for; check which file is which.',
  'x509.sm2.swapped':
    'The signing and encryption certificates are swapped: the one given as signing certificate is the encryption certificate, and the other way round.',
  'x509.sm2.names-differ':
    'The signing and encryption certificates are for different names ({signing} against {encryption}); they must come from the same order.',
  'x509.chain.search-limit': 'The certificates allow too many paths; the search stopped at its limit.',
  'x509.chain.multiple-paths':
    '{count} complete chains are possible (cross-signed CAs); the one that validates, then the shortest, was chosen.',
  'x509.chain.self-signed-leaf': 'The server certificate is self-signed; browsers will not trust it.',
  'x509.chain.missing-intermediate':
    'An intermediate certificate is missing: the certificate of "{issuer}". Download it from {urls} and add it, or some Android browsers will fail.',
  'x509.chain.issuer-unknown':
    'Neither the bundle nor the trusted roots hold the certificate of "{issuer}": if it is an intermediate, add it (from {urls}); if it is a root, it is not one of the roots trusted here.',
  'x509.chain.untrusted': 'The chain does not lead to a trusted root (it ends at "{issuer}").',
  'x509.chain.cross-certificate':
    'The cross-certificate {certificate} (issued by "{issuer}") is appended at the end of the chain for older clients.',
  'x509.chain.intermediate-expires-first':
    'The intermediate certificate {certificate} expires on {notAfter}, before the server certificate.',
  'x509.chain.root-included':
    'The root certificate {certificate} was included; servers should not send it (Nginx sends every certificate in the file).',
  'x509.chain.order':
    'The certificates were not in chain order; they have been reordered: server certificate, then intermediates.',
  'x509.chain.unused': 'The certificate {certificate} is not part of the chain.',
  'x509.chain.not-yet-valid': 'The certificate {certificate} is not valid before {notBefore}.',
  'x509.chain.expired': 'The certificate {certificate} expired on {notAfter}.',
  'x509.chain.profile': 'The certificate {certificate} breaks the {profile} profile ({problem}).',
  'x509.chain.weak-key': 'The certificate {certificate} has a key browsers refuse ({key}).',
  'x509.chain.weak-signature': 'The certificate {certificate} is signed with {algorithm}, which browsers refuse.',
  'x509.chain.critical-extension':
    'The certificate {certificate} has a critical extension that cannot be processed ({oid}).',
  'x509.chain.key-usage': 'The certificate {certificate} has the wrong key usage ({usage}).',
  'x509.chain.extended-key-usage':
    'The certificate {certificate} may not be used for {purpose} ({problem}; extended key usage: {usages}).',
  'x509.chain.not-ca': 'The certificate {certificate} signs another certificate but is not a CA.',
  'x509.chain.path-length':
    'The CA {certificate} allows {pathLength} intermediates below it; the chain has {intermediates}.',
  'x509.chain.name-constraints':
    'The name {name} of {subject} breaks the name constraints of {certificate} ({problem}: {constraint}).',
  'x509.standards.eku':
    'A {role} certificate issued from {since} on must have serverAuth as its only extended key usage (extended key usage: {extendedKeyUsage}).',
  'x509.standards.sha1': 'Certificates issued from {since} on may not be signed with SHA-1 ({algorithm}).',
  'x509.ct.not-compliant':
    'The certificate has {valid} valid SCTs from {operators} log operators; Chrome requires {required} from at least 2 operators.',
  'x509.chain.revoked': 'The certificate {certificate} (serial {serial}) was revoked on {revokedAt} ({reason}).',
  'x509.chain.revocation-unknown':
    'The revocation status of {certificate} is unknown ({problem}); its CRLs are at {urls}.',
  'x509.chain.policy': 'No certificate policy holds along the chain at {certificate} ({problem}).',
  'x509.chain.too-long': 'The chain has {intermediates} intermediate certificates; at most {limit} are allowed.',
  'x509.chain.hostname': 'The certificate does not cover {hostname} (it covers {names}).',
  'x509.bundle.server': 'Unknown server type {server}; use one of {servers}.',
  'x509.bundle.chain': 'A server bundle needs a certificate chain with the server certificate first.',
  'x509.csr.malformed': 'The CSR is not a valid certificate request ({part}).',
  'x509.csr.version': 'The CSR has version {version}; only version 1 (0) exists.',
  'x509.csr.attribute': 'The CSR attribute {attribute} is malformed ({problem}).',
  'x509.csr.extension-duplicate': 'The CSR requests the extension {oid} twice.',
  'x509.csr.country.invalid': 'The country "{country}" is not an ISO 3166 two-letter code such as CN.',
  'x509.csr.domains.invalid': 'A CSR needs between 1 and {limit} domains; {count} were given.',
  'x509.csr.cn.not-in-domains': 'The common name "{cn}" must be one of the domains.',
  'x509.csr.cn.missing': 'The CSR has no common name (CN).',
  'x509.csr.cn.not-in-order': 'The CSR common name "{cn}" is not a domain of the order.',
  'x509.csr.san.not-in-order': 'The CSR requests "{name}", which is not a domain of the order.',
  'x509.csr.key.not-allowed': 'The CSR key is {key}; this product accepts {allowed}.',
  'x509.csr.signature.weak': 'The CSR is signed with {algorithm}; use SHA-256 (openssl req -sha256).',
  'x509.csr.signature.invalid': 'The CSR signature does not verify; the file was changed or the wrong key signed it.',
  'x509.csr.signature.unverifiable': 'The CSR signature ({algorithm}) could not be checked here.',
  'x509.csr.key.reused': 'This key was already used for an earlier order; each certificate needs its own key pair.',
  'x509.csr.key.compromised': 'This key is on the list of compromised keys; generate a new key pair.',
  'x509.csr.key.weak': 'This RSA key can be broken ({problem}); generate a new key pair with a sound generator.',
});
