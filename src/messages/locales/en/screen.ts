import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/screen`: sensitive-word screening. */
export const enScreen: AreaCatalog<'screen'> = /* @__PURE__ */ Object.freeze({
  'screen.validation': 'The screen needs the validation level DV, OV or EV, not "{validation}".',
  'screen.word':
    '"{subject}" contains the sensitive word "{word}" in "{label}" ({form} form), which fails the CA security review for DV certificates and needs manual review for OV/EV. Change the host-name part, choose an OV or EV certificate, or use another primary domain.',
  'screen.ip':
    '{label} is an IP address; IP addresses fail the CA security review for DV certificates. Bind a domain name, or choose a certificate that supports IP addresses.',
  'screen.hostname':
    '"{label}" is a bare host name; host names without a domain fail the CA security review. Use a fully qualified domain name.',
});
