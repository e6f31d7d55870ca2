import { invalidArgument } from '../../core/argument.js';
import { SM2_MAX_ID_BYTES } from './verify.js';

/** The default SM2 distinguishing identifier (GM/T 0009, GB/T 35276, RFC 8998), what `generateSm2Csr` signs with unless told otherwise. */
export const SM2_DEFAULT_DISTINGUISHING_ID = '1234567812345678';

/** `invalidArgument` for an SM2 distinguishing ID that is not text of at most 8191 bytes. */
export function sm2Id(id: string | undefined, path: string): Uint8Array | undefined {
  if (id === undefined) return undefined;
  const bytes = typeof id === 'string' ? new TextEncoder().encode(id) : undefined;
  if (bytes === undefined || bytes.length > SM2_MAX_ID_BYTES)
    throw invalidArgument(path, 'text of at most 8191 bytes', id);
  return bytes;
}
