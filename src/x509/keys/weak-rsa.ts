/**
 * STD-12 (BR §6.1.1.3): RSA moduli a CA must refuse although their size is fine — a modulus with
 * the ROCA fingerprint (CVE-2017-15361, Infineon's key generator) and one that Fermat's method
 * factors within 100 rounds (primes too close together, as some broken generators make them).
 */

/** The small primes of the ROCA fingerprint test (Nemec et al., CCS 2017; the authors' detector). */
const ROCA_PRIMES = [
  3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113,
  127, 131, 137, 139, 149, 151, 157, 163, 167,
];
const GENERATOR = 65537;

/** For each prime, the residues 65537 generates modulo it: a ROCA modulus lies in every one. */
const ROCA_SUBGROUPS: readonly (readonly [prime: number, residues: ReadonlySet<number>])[] = ROCA_PRIMES.map(
  (prime) => {
    const residues = new Set<number>();
    let value = 1;
    do {
      residues.add(value);
      value = (value * (GENERATOR % prime)) % prime;
    } while (value !== 1);
    return [prime, residues];
  },
);

/**
 * The ROCA fingerprint: the modulus, modulo each small prime, is a power of 65537. A modulus from
 * a sound generator has it with probability well under 2^-100.
 *
 * @example
 * hasRocaFingerprint(65537n ** 40n) // => true
 * hasRocaFingerprint(modulusOfAnOpenSslKey) // => false
 */
export function hasRocaFingerprint(modulus: bigint): boolean {
  return ROCA_SUBGROUPS.every(([prime, residues]) => residues.has(Number(modulus % BigInt(prime))));
}

/** Rounds of Fermat's method the BRs ask a CA to try. */
export const FERMAT_ROUNDS = 100;

/**
 * Fermat's factorisation for at most {@link FERMAT_ROUNDS} rounds: the factors when the modulus
 * is `a² − b²` with `a` within 100 of its square root (its primes are that close), else `undefined`.
 *
 * @example
 * fermatFactors(1000003n * 1000033n) // => [1000003n, 1000033n]
 */
export function fermatFactors(modulus: bigint): readonly [bigint, bigint] | undefined {
  if (modulus < 9n || modulus % 2n === 0n) return undefined;
  let a = isqrt(modulus);
  if (a * a < modulus) a += 1n;
  for (let round = 0; round < FERMAT_ROUNDS; round += 1, a += 1n) {
    const square = a * a - modulus;
    // only 12 of 64 residues are squares: most rounds end here, without a square root
    if (!SQUARES_MOD_64.has(Number(square & 63n))) continue;
    const b = isqrt(square);
    if (b * b === square) return a - b === 1n ? undefined : [a - b, a + b];
  }
  return undefined;
}

const SQUARES_MOD_64 = new Set(Array.from({ length: 64 }, (_, n) => (n * n) % 64));

/** ⌊√n⌋ for a non-negative BigInt (Newton's method). */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/** Why an RSA modulus is weak (`roca`, `fermat`), or `undefined`. */
export function rsaModulusWeakness(modulus: bigint): 'roca' | 'fermat' | undefined {
  if (hasRocaFingerprint(modulus)) return 'roca';
  return fermatFactors(modulus) === undefined ? undefined : 'fermat';
}
