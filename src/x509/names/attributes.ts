/** Names of distinguished-name attributes, shared by the DER reader and the CSR builder. */

import { NAME_ATTRIBUTES, OTHER_NAME_ATTRIBUTES } from '../der/oids.js';

/** Attribute types in the order OpenSSL writes them. */
export const ATTRIBUTES = NAME_ATTRIBUTES;

/** Short names OpenSSL prints for attribute OIDs. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ATTRIBUTES.map(([name, oid]) => [oid, name])),
  ...OTHER_NAME_ATTRIBUTES,
};
