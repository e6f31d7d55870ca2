import { invalidArgument, objectArgument } from '../core/argument.js';
import { clip, createIssue, describeReceived, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';

/** A CAA resource record as DNS returns it (RFC 8659 §4.1). */
export interface CaaRecord {
  /** 0–255; bit 128 is the Issuer Critical flag. */
  readonly flags: number;
  /** `issue`, `issuewild`, `iodef`, or any other property tag. */
  readonly tag: string;
  readonly value: string;
}

/** A parsed CAA record: the wire fields, plus the issuer and parameters of issue/issuewild values. */
export interface ParsedCaaRecord extends CaaRecord {
  /** The owner name, when the text was a zone-file line (`example.com. CAA 0 issue "…"`). */
  readonly name?: string;
  readonly critical: boolean;
  /** For issue/issuewild: the issuer domain, lower-cased; `''` for `;` (no CA may issue). */
  readonly issuerDomain?: string;
  /** For issue/issuewild: `key=value` parameters (RFC 8657 `accounturi`, `validationmethods`, …). */
  readonly parameters?: Readonly<Record<string, string>>;
}

/**
 * A CAA record as Node's `dns.promises.resolveCaa()` returns it: the critical flag and one
 * property named by its tag, `{ critical: 0, issue: 'letsencrypt.org' }`.
 */
export interface NodeCaaRecord {
  readonly critical: number;
  readonly [tag: string]: string | number;
}

/**
 * A CAA record in any shape a caller really has: certkit's {@link CaaRecord}, Node's
 * {@link NodeCaaRecord}, or presentation / zone-file text (`0 issue "letsencrypt.org"`).
 */
export type CaaRecordInput = CaaRecord | NodeCaaRecord | string;

const KNOWN_TAGS = ['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'];

/**
 * Properties this library knows (RFC 8659, RFC 8657, CA/B Forum BR contact tags). Read-only:
 * `add`, `delete` and `clear` throw, and CAA evaluation reads its own copy, so no caller can
 * change which critical tags are understood.
 */
export const KNOWN_CAA_TAGS: ReadonlySet<string> = /* @__PURE__ */ readOnlySet(KNOWN_TAGS);

/** The set CAA evaluation uses: private, out of every caller's reach. */
export const knownCaaTags: ReadonlySet<string> = /* @__PURE__ */ new Set(KNOWN_TAGS);

function readOnlySet(values: readonly string[]): ReadonlySet<string> {
  const set = new Set(values);
  const refuse = () => {
    throw new TypeError('KNOWN_CAA_TAGS is read-only');
  };
  for (const method of ['add', 'delete', 'clear']) Object.defineProperty(set, method, { value: refuse });
  return Object.freeze(set);
}

const MAX_RECORD_TEXT = 4096;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const ISSUER_DOMAIN = new RegExp(`^${LABEL}(?:\\.${LABEL})*$`);
const PARAMETER_TAG = new RegExp(`^${LABEL}$`);
const PARAMETER_VALUE = /^[\u0021-\u003a\u003c-\u007e]*$/;
/** `[name [ttl] [class]] CAA` before the fields of a zone-file line. */
const ZONE_LINE_PREFIX = /^(\S+)\s+(?:\d+\s+)?(?:IN\s+)?CAA\s+/i;
const FIELDS = /^(\d{1,3})\s+([A-Za-z0-9]{1,15})\s+(.*)$/s;
/** RFC 8659 §4.1: a property tag is 1–15 ASCII letters and digits. */
const TAG = /^[A-Za-z0-9]{1,15}$/;

/**
 * Parses a CAA record in presentation form — `0 issue "sectigo.com; accounturi=https://…"` — or a
 * zone-file line with owner name, optional TTL and class. Strict grammar (RFC 8659 §4.1–4.4,
 * RFC 8657): flags 0–255, an alphanumeric tag of at most 15 characters, a quoted (or single-token)
 * value; issue/issuewild values parsed into `issuerDomain` and `parameters`. Problems are issues;
 * a malformed issue value is a warning (the record then authorizes no CA), anything else an error.
 *
 * @example
 * parseCaaRecord('0 issue "sectigo.com; accounturi=https://acme.example/acct/1"').record
 * // => { flags: 0, tag: 'issue', value: 'sectigo.com; accounturi=https://acme.example/acct/1',
 * //      critical: false, issuerDomain: 'sectigo.com', parameters: { accounturi: 'https://acme.example/acct/1' } }
 * parseCaaRecord('example.com. 300 IN CAA 0 issuewild ";"').record?.issuerDomain // => ''
 */
export function parseCaaRecord(text: unknown): Checked<{ record?: ParsedCaaRecord }> {
  if (typeof text !== 'string' || text.length > MAX_RECORD_TEXT) return failed(text, 'text');
  const trimmed = text.trim();
  const prefix = ZONE_LINE_PREFIX.exec(trimmed);
  const fields = FIELDS.exec(prefix === null ? trimmed : trimmed.slice(prefix[0].length));
  if (fields === null) return failed(text, 'fields');
  const flags = Number(fields[1]);
  if (flags > 255) return failed(text, 'flags');
  const value = unquote(fields[3] as string);
  if (value === undefined) return failed(text, 'value');
  const name = prefix === null ? undefined : (prefix[1] as string).toLowerCase().replace(/\.$/, '');
  const record = { flags, tag: fields[2] as string, value };
  const parsed = parseCaaFields(record);
  const withName = name === undefined ? parsed.record : { ...parsed.record, name };
  return checked(parsed.issues, { record: withName });
}

/**
 * Reads a CAA record in any {@link CaaRecordInput} shape. Anything else — an object without a
 * tag, flags outside 0–255, a tag that is not 1–15 letters and digits, a value that is not text, a
 * Node record with no property or several — is `caa.record.malformed` (an error: a record that
 * cannot be read must never turn into permission).
 *
 * @example
 * readCaaRecord({ critical: 0, issue: 'letsencrypt.org' }).record?.issuerDomain // => 'letsencrypt.org'
 * readCaaRecord({ issue: ';' }).issues[0].code                                 // => 'caa.record.malformed'
 */
export function readCaaRecord(input: unknown): { record?: ParsedCaaRecord; issues: readonly Issue[] } {
  if (typeof input === 'string') return parseCaaRecord(input);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return failed(input, 'record');
  const fields = Object.hasOwn(input, 'tag') ? wireFields(input) : nodeFields(input);
  if (typeof fields === 'string') return failed(input, fields);
  return parseCaaFields(fields);
}

/** certkit's `{ flags, tag, value }`, checked field by field; the name of the bad field otherwise. */
function wireFields(input: object): CaaRecord | string {
  const { flags, tag, value } = input as Partial<Record<'flags' | 'tag' | 'value', unknown>>;
  if (!isByte(flags)) return 'flags';
  if (typeof tag !== 'string' || !TAG.test(tag)) return 'tag';
  if (typeof value !== 'string' || value.length > MAX_RECORD_TEXT) return 'value';
  return { flags, tag, value };
}

/** A flags byte: an integer 0–255. */
const isByte = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 255;

/** Node's `{ critical, <tag>: value }`: exactly one property besides `critical`. */
function nodeFields(input: object): CaaRecord | string {
  const { critical, ...properties } = input as Record<string, unknown>;
  const entries = Object.entries(properties);
  if (!isByte(critical)) return 'critical';
  if (entries.length !== 1) return 'tag';
  const [tag, value] = entries[0] as [string, unknown];
  if (!TAG.test(tag)) return 'tag';
  if (typeof value !== 'string' || value.length > MAX_RECORD_TEXT) return 'value';
  return { flags: critical, tag, value };
}

/**
 * Interprets wire fields (what a resolver library returns) like {@link parseCaaRecord}. Fields
 * of the wrong type throw `argument.invalid` (`readCaaRecord` turns them into a refusal instead).
 *
 * @example
 * parseCaaFields({ flags: 128, tag: 'tbs', value: 'x' }).record.critical // => true
 */
export function parseCaaFields(record: CaaRecord): { record: ParsedCaaRecord; issues: Issue[] } {
  const fields = wireFields(objectArgument(record, 'record'));
  if (typeof fields === 'string')
    throw invalidArgument(`record.${fields}`, 'a CAA flags byte, tag and value', record[fields as keyof CaaRecord]);
  const { flags, value } = fields;
  const tag = fields.tag.toLowerCase();
  const base = { flags, tag, value, critical: (flags & 128) !== 0 };
  if (tag !== 'issue' && tag !== 'issuewild') return { record: base, issues: [] };
  const issue = parseIssueValue(base.value);
  if (issue === undefined) {
    const problem = createIssue(
      'caa.value.malformed',
      'CAA-04',
      { tag, value: clip(base.value) },
      { severity: 'warning' },
    );
    return { record: base, issues: [problem] };
  }
  return { record: { ...base, ...issue }, issues: [] };
}

/** RFC 8659 §4.2: `[issuer-domain-name] [";" [parameters]]`, or `undefined` when malformed. */
export function parseIssueValue(
  value: string,
): { issuerDomain: string; parameters: Record<string, string> } | undefined {
  const [domainPart, ...parameterParts] = value.split(';') as [string, ...string[]];
  const issuerDomain = domainPart.trim();
  if (issuerDomain !== '' && !ISSUER_DOMAIN.test(issuerDomain)) return undefined;
  const parameters: Record<string, string> = {};
  const rest = parameterParts.join(';').trim();
  if (rest !== '') {
    for (const part of rest.split(';')) {
      const equals = part.indexOf('=');
      const key = part.slice(0, equals).trim();
      const parameterValue = part.slice(equals + 1).trim();
      if (equals < 0 || !PARAMETER_TAG.test(key) || !PARAMETER_VALUE.test(parameterValue)) return undefined;
      parameters[key.toLowerCase()] = parameterValue;
    }
  }
  return { issuerDomain: issuerDomain.toLowerCase(), parameters };
}

/**
 * `"a \"quoted\" value"` → `a "quoted" value`; an unquoted value is a single token. The text
 * comes trimmed: the record was, and the field pattern's `\s+` takes the spaces before it.
 */
function unquote(trimmed: string): string | undefined {
  if (!trimmed.startsWith('"')) return /^\S*$/.test(trimmed) ? trimmed : undefined;
  if (trimmed.length < 2 || !trimmed.endsWith('"')) return undefined;
  // one pass: `\x` stands for `x`; an unescaped quote inside, or a lone `\` at the end, is malformed
  let value = '';
  for (let i = 1; i < trimmed.length - 1; i += 1) {
    const character = trimmed[i] as string;
    if (character === '"') return undefined;
    if (character === '\\') {
      i += 1;
      if (i === trimmed.length - 1) return undefined;
    }
    value += trimmed[i];
  }
  return value;
}

function failed(text: unknown, part: string): Checked<{ record?: ParsedCaaRecord }> {
  const received = describeReceived(text);
  return checked([createIssue('caa.record.malformed', 'CAA-04', { part, received })], {});
}
