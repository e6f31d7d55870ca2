import type { Certificate } from '../certificate/parse.js';
import type { PolicyInformation, PolicyMapping } from '../certificate/policy-extensions.js';

/** The anyPolicy OID (RFC 5280 §4.2.1.4). */
export const ANY_POLICY = '2.5.29.32.0';

/** The policy inputs of RFC 5280 §6.1.1 (c), (e), (f), (g). */
export interface PolicyOptions {
  /** user-initial-policy-set: the policies the relying party accepts. Default: anyPolicy (every policy). */
  readonly initial?: readonly string[];
  /** initial-explicit-policy: the path must be valid for at least one policy of `initial`. Default `false`. */
  readonly requireExplicit?: boolean;
  /** initial-policy-mapping-inhibit: policy mappings are not followed. Default `false`. */
  readonly inhibitMapping?: boolean;
  /** initial-any-policy-inhibit: anyPolicy in a certificate counts for nothing. Default `false`. */
  readonly inhibitAnyPolicy?: boolean;
}

/** What RFC 5280 §6.1 policy processing concluded. */
export type PolicyOutcome =
  | {
      readonly ok: true;
      /** user-constrained-policy-set (§6.1.6); `[anyPolicy]` when any policy will do; empty when none was asserted and none is required. */
      readonly policies: readonly string[];
    }
  | {
      readonly ok: false;
      /** `no-valid-policy`: an explicit policy is required and none holds; `mapping-any-policy`: a mapping from or to anyPolicy (§6.1.4 (a)); `too-complex`: over the node budget. */
      readonly problem: 'no-valid-policy' | 'mapping-any-policy' | 'too-complex';
      /** The certificate where processing failed. */
      readonly certificate: Certificate;
    };

/** One policy node of a depth: its expected_policy_set and the policies of its parents (merged per policy, as BoringSSL does). */
interface PolicyNode {
  expected: Set<string>;
  readonly parents: Set<string>;
}

type Level = Map<string, PolicyNode>;

/** Nodes (and parent links) allowed across a path: a hostile chain of mappings cannot blow up memory or time. */
const MAX_POLICY_EDGES = 10_000;

/**
 * RFC 5280 §6.1.2–6.1.5 policy processing over `certificates` (leaf first, the trust anchor
 * excluded unless `withAnchor`: when its constraints bind it is processed like a CA, as Chromium
 * does for TRUSTED_ANCHOR_WITH_CONSTRAINTS, but an anchor without certificatePolicies restricts
 * no policy). The valid_policy_tree is kept as one map of nodes per depth,
 * nodes of one policy merged (the equivalent graph of BoringSSL's rewrite, so work is linear in
 * the nodes and bounded by {@link MAX_POLICY_EDGES}).
 *
 * @example
 * processPolicies(path, { initial: ['2.16.840.1.101.3.2.1.48.1'], requireExplicit: true })
 * // => { ok: true, policies: ['2.16.840.1.101.3.2.1.48.1'] } when every certificate asserts it (or maps to it)
 */
export function processPolicies(
  certificates: readonly Certificate[],
  options: PolicyOptions = {},
  withAnchor = false,
): PolicyOutcome {
  const ordered = [...certificates].reverse(); // the anchor (or its child) first
  const n = ordered.length;
  let explicitPolicy = options.requireExplicit === true ? 0 : n + 1;
  let inhibitAny = options.inhibitAnyPolicy === true ? 0 : n + 1;
  let policyMapping = options.inhibitMapping === true ? 0 : n + 1;
  const levels: Level[] = [new Map([[ANY_POLICY, { expected: new Set([ANY_POLICY]), parents: new Set() }]])];
  let alive = true; // the tree is not NULL
  let edges = 0;
  for (let i = 1; i <= n; i += 1) {
    const certificate = ordered[i - 1] as Certificate;
    const { decoded } = certificate.decoded;
    const selfIssued = certificate.decoded.subject.key === certificate.decoded.issuer.key;
    const policies = decoded.certificatePolicies;
    if (alive && withAnchor && i === 1 && policies === undefined) {
      // an anchor binds by what it asserts: without certificatePolicies it restricts no policy
      levels.push(new Map(levels[0]));
    } else if (alive && policies !== undefined) {
      const level = nextLevel(levels[i - 1] as Level, policies, inhibitAny > 0 || (i < n && selfIssued));
      edges += [...level.values()].reduce((sum, node) => sum + node.parents.size, 0);
      if (edges > MAX_POLICY_EDGES) return { ok: false, problem: 'too-complex', certificate };
      levels.push(level);
      alive = level.size > 0;
    } else alive = false; // (e)
    if (!alive && explicitPolicy === 0) return { ok: false, problem: 'no-valid-policy', certificate }; // (f)
    if (i === n) break;
    // §6.1.4 preparation for the next certificate
    const mappings = decoded.policyMappings ?? [];
    if (
      mappings.some(
        (mapping) => mapping.issuerDomainPolicy === ANY_POLICY || mapping.subjectDomainPolicy === ANY_POLICY,
      )
    )
      return { ok: false, problem: 'mapping-any-policy', certificate };
    if (alive && mappings.length > 0) applyMappings(levels[i] as Level, mappings, policyMapping > 0);
    alive = alive && (levels[i] as Level).size > 0;
    const step = selfIssued ? 0 : 1;
    const constraints = decoded.policyConstraints;
    explicitPolicy = Math.min(Math.max(explicitPolicy - step, 0), constraints?.requireExplicitPolicy ?? Infinity);
    policyMapping = Math.min(Math.max(policyMapping - step, 0), constraints?.inhibitPolicyMapping ?? Infinity);
    inhibitAny = Math.min(Math.max(inhibitAny - step, 0), decoded.inhibitAnyPolicy ?? Infinity);
  }
  // §6.1.5 wrap-up
  const leaf = certificates[0];
  if (explicitPolicy > 0) explicitPolicy -= 1;
  if (leaf?.decoded.decoded.policyConstraints?.requireExplicitPolicy === 0) explicitPolicy = 0;
  const policies = alive ? userConstrained(levels, n, options.initial) : [];
  if (explicitPolicy === 0 && policies.length === 0)
    return { ok: false, problem: 'no-valid-policy', certificate: leaf as Certificate };
  return { ok: true, policies };
}

/**
 * Most paths: no certificate asserts, maps or constrains a policy and none is required. The
 * valid_policy_tree is then NULL from the first certificate below the anchor on, explicit_policy
 * never reaches 0, and {@link processPolicies} would answer `{ ok: true, policies: [] }`.
 */
export function policyFree(certificates: readonly Certificate[], options: PolicyOptions, withAnchor: boolean): boolean {
  // a path of the anchor alone (or of nothing below it) keeps anyPolicy: the full processing says so
  if (options.requireExplicit === true || certificates.length < (withAnchor ? 2 : 1)) return false;
  return certificates.every(({ decoded: { decoded } }) => {
    const { certificatePolicies, policyMappings, policyConstraints } = decoded;
    return certificatePolicies === undefined && policyMappings === undefined && policyConstraints === undefined;
  });
}

/**
 * §6.1.3 (d): the nodes of the next depth for a certificate's policies — each asserted policy
 * under the nodes that expect it (else under anyPolicy), and, when anyPolicy is asserted and
 * `anyAllowed`, every expected policy not asserted.
 */
function nextLevel(above: Level, policies: readonly PolicyInformation[], anyAllowed: boolean): Level {
  const level: Level = new Map();
  for (const { policy } of policies) {
    if (policy === ANY_POLICY) continue;
    const parents = [...above].filter(([, node]) => node.expected.has(policy)).map(([parent]) => parent);
    if (parents.length === 0 && above.has(ANY_POLICY)) parents.push(ANY_POLICY);
    if (parents.length > 0) level.set(policy, { expected: new Set([policy]), parents: new Set(parents) });
  }
  if (anyAllowed && policies.some((information) => information.policy === ANY_POLICY))
    for (const [parent, node] of above)
      for (const value of node.expected) {
        const child = level.get(value);
        if (child === undefined) level.set(value, { expected: new Set([value]), parents: new Set([parent]) });
        else child.parents.add(parent);
      }
  return level;
}

/** §6.1.4 (b): each issuerDomainPolicy's node expects its subject domain policies instead; with mapping inhibited, it is deleted. */
function applyMappings(level: Level, mappings: readonly PolicyMapping[], follow: boolean): void {
  const mapped = new Map<string, Set<string>>();
  for (const { issuerDomainPolicy, subjectDomainPolicy } of mappings)
    mapped.set(issuerDomainPolicy, (mapped.get(issuerDomainPolicy) ?? new Set()).add(subjectDomainPolicy));
  for (const [issuerPolicy, subjectPolicies] of mapped) {
    const node = level.get(issuerPolicy);
    if (!follow) {
      level.delete(issuerPolicy);
      continue;
    }
    if (node !== undefined) node.expected = subjectPolicies;
    else {
      const any = level.get(ANY_POLICY);
      // (b)(1): a mapped policy anyPolicy stood for, under anyPolicy's own parents
      if (any !== undefined) level.set(issuerPolicy, { expected: subjectPolicies, parents: new Set(any.parents) });
    }
  }
}

/**
 * §6.1.5 (g): the user-constrained-policy-set. A node at depth `n` counts when one of its paths
 * to the root leaves the anyPolicy chain at a policy of `initial` (the valid_policy_node_set
 * filtered by the user's set), or when it is anyPolicy itself (which then stands for `initial`).
 */
function userConstrained(levels: readonly Level[], n: number, initial: readonly string[] | undefined): string[] {
  const last = levels[n] as Level;
  if (initial === undefined || initial.includes(ANY_POLICY)) return [...last.keys()];
  const wanted = new Set(initial);
  // for each node: the policies where its paths leave the anyPolicy chain
  let origins = new Map<string, Set<string>>([[ANY_POLICY, new Set()]]);
  for (let depth = 1; depth <= n; depth += 1) {
    const next = new Map<string, Set<string>>();
    for (const [policy, node] of levels[depth] as Level) {
      const found = new Set<string>();
      for (const parent of node.parents) {
        if (parent === ANY_POLICY && policy !== ANY_POLICY) found.add(policy);
        else for (const origin of origins.get(parent) ?? []) found.add(origin);
      }
      next.set(policy, found);
    }
    origins = next;
  }
  const result = new Set<string>();
  for (const policy of last.keys()) {
    if (policy === ANY_POLICY) for (const value of wanted) result.add(value);
    else if ([...(origins.get(policy) ?? [])].some((origin) => wanted.has(origin))) result.add(policy);
  }
  return [...result];
}
