/** Names of distinguished-name attributes, shared by the DER reader and the CSR builder. */

/** Attribute types in the order OpenSSL writes them. */
export const ATTRIBUTES = [
  ['C', '2.5.4.6'],
  ['ST', '2.5.4.8'],
  ['L', '2.5.4.7'],
  ['O', '2.5.4.10'],
  ['OU', '2.5.4.11'],
  ['CN', '2.5.4.3'],
  ['emailAddress', '1.2.840.113549.1.9.1'],
] as const;

/** Short names OpenSSL prints for attribute OIDs. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ATTRIBUTES.map(([name, oid]) => [oid, name])),
  '2.5.4.5': 'serialNumber',
  '2.5.4.9': 'street',
  '2.5.4.17': 'postalCode',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.2': 'unstructuredName',
};
