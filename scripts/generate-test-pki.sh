#!/usr/bin/env bash
# Builds the small test PKI certkit's chain tests use, with OpenSSL only:
#   root ─┬─ ca1 ── leaf (www.example.com, RSA 2048, key in leaf.key)
#         └─ short-ca (30 days) ── short-leaf (365 days: outlives its CA)
#   legacy-root ── cross (root's subject and key: the cross-certificate, CHAIN-03)
#   self-signed leaf, and other.key (a key that belongs to nothing)
# Usage: scripts/generate-test-pki.sh <dir>   (test/fixtures/pki holds one committed run)
set -euo pipefail
out=${1:?usage: generate-test-pki.sh <dir>}
mkdir -p "$out"
cd "$out"
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
cat > ext.cnf <<'CNF'
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ca1]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
authorityInfoAccess = caIssuers;URI:http://ca.certkit.test/root.crt, OCSP;URI:http://ocsp.certkit.test
crlDistributionPoints = URI:http://crl.certkit.test/root.crl
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:www.example.com, DNS:example.com, IP:192.0.2.10
authorityInfoAccess = caIssuers;URI:http://ca.certkit.test/ca1.crt
[short-leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = DNS:short.example.com
[self]
basicConstraints = critical, CA:FALSE
subjectAltName = DNS:self.example.com
CNF
ec root.key; ec legacy-root.key; ec ca1.key; ec short-ca.key; ec short-leaf.key; ec other.key; ec self.key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out leaf.key 2>/dev/null
issue() { # key subject issuer-cert issuer-key section days file
  openssl req -new -key "$1" -subj "$2" -out req.csr
  openssl x509 -req -in req.csr -CA "$3" -CAkey "$4" -CAcreateserial -days "$6" -sha256 \
    -extfile ext.cnf -extensions "$5" -out "$7" 2>/dev/null
}
openssl req -x509 -new -key root.key -subj '/O=certkit/CN=certkit Test Root' -days 36500 -sha256 \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' -out root.pem
openssl req -x509 -new -key legacy-root.key -subj '/O=certkit/CN=certkit Legacy Root' -days 36500 -sha256 \
  -addext 'basicConstraints=critical,CA:TRUE' -addext 'keyUsage=critical,keyCertSign,cRLSign' -out legacy-root.pem
issue root.key '/O=certkit/CN=certkit Test Root' legacy-root.pem legacy-root.key ca 36000 cross.pem
issue ca1.key '/O=certkit/CN=certkit Test CA 1' root.pem root.key ca1 36000 ca1.pem
issue short-ca.key '/O=certkit/CN=certkit Short CA' root.pem root.key ca 30 short-ca.pem
issue leaf.key '/CN=www.example.com' ca1.pem ca1.key leaf 3650 leaf.pem
issue short-leaf.key '/CN=short.example.com' short-ca.pem short-ca.key short-leaf 365 short-leaf.pem
openssl req -x509 -new -key self.key -subj '/CN=self.example.com' -days 3650 -sha256 \
  -addext 'subjectAltName=DNS:self.example.com' -out self-signed.pem
rm -f req.csr ext.cnf ./*.srl root.key legacy-root.key ca1.key short-ca.key short-leaf.key self.key
