import { clip, createIssue, describeType, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { dcvArgumentError, type FileValidation } from './dcv-records.js';

/** What the caller saw when fetching one validation URL. */
export interface FileObservation {
  readonly url: string;
  /** The status of the final response. */
  readonly status: number;
  /** Every redirect followed on the way, in order. */
  readonly redirects?: readonly { readonly status: number; readonly location: string }[];
  readonly body: string;
}

/**
 * Judges what the caller fetched from the validation URLs (DCV-02): each must answer 200
 * directly — no 301/302 or any other redirect — with exactly the content (one trailing newline
 * is forgiven), over HTTP and over HTTPS. HTTPS serving something else (a default site, another
 * certificate's vhost) is named on its own. A URL that was not observed is an error: what was
 * not seen proves nothing (fail closed). Throws `CertkitError` `dcv.argument.invalid` when
 * `expected` is not a {@link FileValidation}.
 *
 * @example
 * checkFileValidation([{ url: 'http://…', status: 200, body: 'token\n' }, …], expected) // => { ok: true, issues: [] }
 */
export function checkFileValidation(observations: readonly FileObservation[], expected: FileValidation): Checked {
  if (
    !Array.isArray(expected?.urls) ||
    !expected.urls.every((url) => typeof url === 'string') ||
    typeof expected.content !== 'string'
  ) {
    throw dcvArgumentError('expected', describeType(expected));
  }
  const issues: Issue[] = [];
  const list = fileObservations(observations);
  const [httpUrl] = expected.urls;
  let httpContentOk = false;
  for (const url of expected.urls) {
    const seen = list.find((observation) => observation.url === url);
    if (seen === undefined) {
      issues.push(createIssue('dcv.file.not-checked', 'DCV-02', { url }, { subject: url }));
      continue;
    }
    const redirect = (seen.redirects ?? []).find((hop) => hop.status >= 300 && hop.status < 400);
    if (redirect !== undefined) {
      issues.push(
        createIssue(
          'dcv.file.redirect',
          'DCV-02',
          { url, status: redirect.status, location: redirect.location },
          { subject: url },
        ),
      );
    }
    if (seen.status !== 200) {
      issues.push(createIssue('dcv.file.status', 'DCV-02', { url, status: seen.status }, { subject: url }));
      continue;
    }
    const matches = withoutTrailingNewline(seen.body) === withoutTrailingNewline(expected.content);
    if (url === httpUrl) httpContentOk = matches;
    if (!matches) {
      // the HTTP URL comes first: at the HTTPS URL, httpContentOk says whether HTTP served the content
      const code = httpContentOk ? 'dcv.file.https-differs' : 'dcv.file.content';
      issues.push(createIssue(code, 'DCV-02', { url, received: clip(seen.body) }, { subject: url }));
    }
  }
  return checked(issues, {});
}

function withoutTrailingNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** What each field of a {@link FileObservation} must be. */
const OBSERVATION_FIELDS: Readonly<Record<keyof FileObservation, (value: unknown) => boolean>> = {
  url: (value) => typeof value === 'string',
  status: (value) => typeof value === 'number',
  body: (value) => typeof value === 'string',
  redirects: (value) =>
    value === undefined ||
    (Array.isArray(value) &&
      value.every((hop) => typeof hop?.status === 'number' && typeof hop?.location === 'string')),
};

/** The observations, each read at the door: `dcv.argument.invalid` names the first bad field. */
function fileObservations(observations: unknown): readonly FileObservation[] {
  if (!Array.isArray(observations)) throw dcvArgumentError('observations', observations);
  observations.forEach((seen: unknown, index) => {
    const at = `observations[${index}]`;
    if (typeof seen !== 'object' || seen === null) throw dcvArgumentError(at, seen);
    for (const [field, valid] of Object.entries(OBSERVATION_FIELDS)) {
      const value = (seen as Record<string, unknown>)[field];
      if (!valid(value)) throw dcvArgumentError(`${at}.${field}`, value);
    }
  });
  return observations;
}
