import type { Issue } from '../../core/issue.js';
import type { CandidatePath } from './build.js';

/**
 * The path to report: with anchors, a valid anchored path first; then any anchored path; then
 * one ending at a root; then the longest open one. Ties: shortest, then latest earliest-expiry.
 */
export function choosePath(
  paths: readonly CandidatePath[],
  validate: (path: CandidatePath) => Issue[],
): { path: CandidatePath; problems: Issue[]; complete: number } {
  const rank = (path: CandidatePath, problems: Issue[]) =>
    path.end === 'anchor' ? (problems.length === 0 ? 0 : 1) : path.end === 'self-signed' ? 2 : 3;
  const expiry = (path: CandidatePath) =>
    Math.min(...path.certificates.map((certificate) => certificate.decoded.notAfter));
  const scored = paths.map((path) => ({ path, problems: validate(path) }));
  scored.sort(
    (a, b) =>
      rank(a.path, a.problems) - rank(b.path, b.problems) ||
      (a.path.end === 'open'
        ? b.path.certificates.length - a.path.certificates.length
        : a.path.certificates.length - b.path.certificates.length) ||
      expiry(b.path) - expiry(a.path),
  );
  const complete = paths.filter((path) => path.end !== 'open').length;
  const best = scored[0] as { path: CandidatePath; problems: Issue[] };
  return { ...best, complete };
}
