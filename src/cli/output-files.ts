import type { CliIo } from './context.js';

/**
 * Writes files under `dir`, never replacing one that exists unless `force`: a private key that
 * has an issued certificate cannot be made again. Returns the paths written, or the paths that
 * exist (nothing is written then).
 */
export function writeFiles(
  io: CliIo,
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
  force: boolean,
): { readonly written: readonly string[] } | { readonly existing: readonly string[] } {
  const paths = Object.keys(files).map((name) => `${dir.replace(/\/+$/, '') || '.'}/${name}`);
  const existing = force ? [] : paths.filter((path) => io.exists?.(path) === true);
  if (existing.length > 0) return { existing };
  const entries = Object.values(files);
  paths.forEach((path, index) => {
    io.writeFile?.(path, entries[index] as string | Uint8Array);
  });
  return { written: paths };
}
