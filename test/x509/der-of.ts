/** The DER bytes of the one PEM block in `pem` (test fixtures: no validation beyond `atob`'s). */
export function derOf(pem: string): Uint8Array {
  const base64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
}
