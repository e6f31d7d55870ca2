/** DNS limits that apply to every name, whatever the policy (RFC 1035 §2.3.4, RFC 5890). */

/** A label holds at most 63 octets. */
export const MAX_LABEL_OCTETS = 63;
/** A name holds at most 253 octets in text form (255 on the wire). */
export const MAX_NAME_OCTETS = 253;
/**
 * Inputs longer than this are refused before any other work, so every check runs in time
 * linear in a bounded length. Generous: Unicode input shrinks or grows when mapped to A-labels.
 */
export const MAX_DOMAIN_INPUT_LENGTH = 1024;
