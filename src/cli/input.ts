import type { CliIo } from './context.js';

/** A file the user named, read as they have it: `-` is standard input; a directory is refused with a sentence. */
export type InputResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

/** The bytes of `path` (`-`: standard input). */
export function readInput(path: string, io: CliIo): InputResult {
  try {
    if (path === '-') {
      if (io.readStdin === undefined) return { ok: false, message: 'standard input is not available here' };
      return { ok: true, bytes: io.readStdin() };
    }
    return { ok: true, bytes: io.readBytes?.(path) ?? new TextEncoder().encode(io.readTextFile(path)) };
  } catch (error) {
    return { ok: false, message: readFailure(path, error) };
  }
}

/** The text of `path` (`-`: standard input), UTF-8. */
export function readTextInput(
  path: string,
  io: CliIo,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } {
  const read = readInput(path, io);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

/** PEM text when the bytes are text with a PEM block, else the bytes themselves (DER). */
export function pemOrDer(bytes: Uint8Array): string | Uint8Array {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024));
  return /-----BEGIN [A-Z0-9 ]+-----/.test(head) ? new TextDecoder().decode(bytes) : bytes;
}

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  EISDIR: 'is a directory: give a file (or - for standard input)',
  ENOENT: 'does not exist',
  EACCES: 'cannot be read (permission denied)',
};

function readFailure(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? SYSTEM_ERRORS[code] : undefined;
  if (known !== undefined) return `"${path}" ${known}`;
  const message = error instanceof Error ? error.message : 'unreadable';
  return /ENOENT/.test(message) ? `"${path}" does not exist (${message})` : `cannot read "${path}": ${message}`;
}
