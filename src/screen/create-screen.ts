import { decode } from 'punycode/punycode.es6.js';
import { stringArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue, describeReceived } from '../core/issue.js';
import { parseIp } from '../domain/ip.js';
import { inspectDomain } from '../domain/normalize.js';
import { dvRefusedTldIssue, isDvRefusedTld } from '../domain/tld-rules.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { type ValidationLevel, validationLevels } from '../policy/vocabulary.js';
import { leetFold, skeleton } from './skeleton.js';
import type { Hit, Screen, ScreenForm, ScreenOptions, ScreenResult } from './types.js';
import { compileWordList, type WordList } from './word-list.js';

export type { Hit, HitKind, Screen, ScreenForm, ScreenOptions, ScreenResult } from './types.js';

/** SCREEN-05: what the sources advise when a name fails the review. */
const REMEDIES = ['change-host-name', 'choose-ov-ev', 'other-primary-domain'] as const;

/** Issue code and rule per screening hit kind; a `tld` hit is DOM-05's own issue. */
const HIT_ISSUES = {
  word: { code: 'screen.word', rule: 'SCREEN-01' },
  ip: { code: 'screen.ip', rule: 'SCREEN-03' },
  hostname: { code: 'screen.hostname', rule: 'SCREEN-03' },
} as const;

/**
 * Compiles the policy's word lists (per brand where the policy gives brand-specific lists, on
 * first use) and returns the screen: the CA security review of a domain (SCREEN-01…05).
 *
 * - Words match as substrings of labels by default (`pal` hits `paypal.com`); the policy may
 *   make a word match whole labels or tokens (split on `-` and digits) instead.
 * - Each label is read in several forms, so IDN tricks do not hide a word: the ASCII label;
 *   for `xn--` labels the Unicode form instead (the punycode tail is an encoding, not text);
 *   a confusable skeleton (Cyrillic `gооgle` → `google`); and for DV a "leet" fold
 *   (`g00gle`, `4pple`). A word is reported once per label, in the first form that shows it.
 * - SCREEN-02: `live` and `pw` are not word hits when they are only the TLD; `.pw` still fails
 *   DV as a refused TLD (DOM-05, kind `tld`).
 * - SCREEN-03: IP addresses and single-label host names are hits.
 * - SCREEN-04: DV → `reject` on any hit; OV/EV → `manual-review`; no hit → `pass`.
 * - SCREEN-05: each issue says which word matched where, with the remedies.
 *
 * Names that are not valid domain names are rejected with the normalisation issue.
 *
 * @example
 * const screen = createScreen();
 * screen('secure-paypal.com', { validation: 'DV' }).verdict // => 'reject' ('pal', 'pay')
 * screen('gооgle.com', { validation: 'DV' }).hits[0].form   // => 'skeleton'
 * screen('shop.live', { validation: 'DV' }).verdict         // => 'pass'
 * screen('bank.example.cn', { validation: 'OV' }).verdict   // => 'manual-review'
 */
export function createScreen(options?: PolicyOption): Screen;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function createScreen(policy: Policy): Screen;
export function createScreen(options?: PolicyOption | Policy): Screen {
  const policy = policyOf(options);
  const listFor = wordListsOf(policy);
  const tldExceptions = new Set(policy.screen.tldExceptions);

  return (domain: unknown, options: ScreenOptions): ScreenResult => {
    const validation = validationLevels.find((level) => level === options?.validation);
    if (validation === undefined) {
      const params = { validation: describeReceived(options?.validation), known: [...validationLevels] };
      throw new CertkitError(createIssue('screen.validation', 'SCREEN-04', params));
    }
    if (options.brand !== undefined) stringArgument(options.brand, 'options.brand');
    const ip = parseIp(domain);
    if (ip !== null) {
      const hit: Hit = {
        kind: 'ip',
        label: ip.address,
        labelIndex: 0,
        start: 0,
        end: ip.address.length,
        form: 'ascii',
      };
      return verdictFor([hit], validation, ip.address, [ip.address]);
    }
    const inspection = inspectDomain(domain, { allowSingleLabel: true });
    if (!inspection.ok) return { verdict: 'reject', hits: [], issues: [inspection.issue] };
    // issues are about the name as the caller wrote it (a name that reads is text)
    const subject = domain as string;
    const name = inspection.wildcard ? inspection.name.slice(2) : inspection.name;
    const labels = name.split('.');
    const hits: Hit[] = [];
    if (labels.length === 1)
      hits.push({ kind: 'hostname', label: name, labelIndex: 0, start: 0, end: name.length, form: 'ascii' });
    const tld = labels[labels.length - 1] as string;
    if (validation === 'DV' && isDvRefusedTld(tld, policy)) {
      hits.push({
        kind: 'tld',
        word: tld,
        label: tld,
        labelIndex: labels.length - 1,
        start: 0,
        end: tld.length,
        form: 'ascii',
      });
    }
    const list = listFor(options.brand);
    const fold = policy.screen.leetFold[validation];
    labels.forEach((label, labelIndex) => {
      const isTld = labelIndex === labels.length - 1;
      hits.push(...wordHits(label, labelIndex, fold, list, isTld ? tldExceptions : undefined));
    });
    return verdictFor(hits, validation, subject, labels.map(displayLabel));
  };
}

/** The policy's word lists, compiled per brand on first use (a brand without its own list uses the common one). */
function wordListsOf(policy: Policy): (brand: string | undefined) => WordList {
  const lists = new Map<string, WordList>();
  return (brand) => {
    const key = brand !== undefined && Object.hasOwn(policy.screen.brandWords, brand) ? brand : '';
    let list = lists.get(key);
    if (list === undefined) {
      const words = key === '' ? policy.screen.words : (policy.screen.brandWords[key] as readonly string[]);
      list = compileWordList(words, policy.screen.matchModes);
      lists.set(key, list);
    }
    return list;
  };
}

/**
 * SCREEN-01/02: the listed words in one label, each once, in the first form that shows it; a
 * TLD that is exactly an excepted word (`live`, `pw`) is not a word hit.
 */
function wordHits(
  label: string,
  labelIndex: number,
  fold: boolean,
  list: WordList,
  tldExceptions: ReadonlySet<string> | undefined,
): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  for (const [form, text] of labelForms(label, fold, list)) {
    for (const { word, start, end } of list.find(text, form)) {
      const listed = list.words[word] as string;
      if (seen.has(word) || (text.length === end - start && tldExceptions?.has(listed) === true)) continue;
      seen.add(word);
      hits.push({ kind: 'word', word: listed, label: text, labelIndex, start, end, form });
    }
  }
  return hits;
}

/**
 * The forms a label is read in, in the order hits are reported. A form is skipped only when
 * neither the text nor the words' spelling differ from the form before it.
 */
function labelForms(label: string, fold: boolean, list: WordList): [ScreenForm, string][] {
  const forms: [ScreenForm, string][] = label.startsWith('xn--')
    ? [['unicode', decode(label.slice(4))]]
    : [['ascii', label]];
  const base = (forms[0] as [ScreenForm, string])[1];
  const skeletal = skeleton(base);
  if (skeletal !== base || list.respelled.skeleton) forms.push(['skeleton', skeletal]);
  if (!fold) return forms;
  const folded = leetFold(skeletal);
  if (folded !== skeletal || list.respelled.folded) forms.push(['folded', folded]);
  return forms;
}

/** A label as the user reads it: the Unicode form of an `xn--` label, else the label. */
function displayLabel(label: string): string {
  return label.startsWith('xn--') ? decode(label.slice(4)) : label;
}

/** The verdict and its issues; a message quotes the user's label, not the form a word was found in. */
function verdictFor(
  hits: readonly Hit[],
  validation: ValidationLevel,
  subject: string,
  labels: readonly string[],
): ScreenResult {
  if (hits.length === 0) return { verdict: 'pass', hits: [], issues: [] };
  const severity = validation === 'DV' ? 'error' : 'warning';
  const issues = hits.map((hit) => {
    if (hit.kind === 'tld') return dvRefusedTldIssue(subject, hit.word, severity);
    const { code, rule } = HIT_ISSUES[hit.kind];
    const label = labels[hit.labelIndex] ?? hit.label;
    const params = { word: hit.word ?? '', label, form: hit.form, validation, remedies: [...REMEDIES] };
    return createIssue(code, rule, params, { subject, severity });
  });
  return { verdict: validation === 'DV' ? 'reject' : 'manual-review', hits, issues };
}
