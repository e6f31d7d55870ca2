import { invalidArgument } from '../../core/argument.js';
import { SM2_MAX_ID_BYTES } from './verify.js';

/** `invalidArgument` for an SM2 distinguishing ID that is not text of at most 8191 bytes. */
export function sm2Id(id: string | undefined, path: string): Uint8Array | undefined {
  if (id === undefined) return undefined;
  const bytes = typeof id === 'string' ? new TextEncoder().encode(id) : undefined;
  if (bytes === undefined || bytes.length > SM2_MAX_ID_BYTES)
    throw invalidArgument(path, 'text of at most 8191 bytes', id);
  return bytes;
}
