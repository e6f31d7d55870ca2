import {
  children,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  fields,
  optionalFields,
  readOid,
  readSmallInteger,
  TAG,
} from '../der/reader.js';

/** One PolicyInformation (RFC 5280 §4.2.1.4): the policy OID and the OIDs of its qualifiers. */
export interface PolicyInformation {
  readonly policy: string;
  readonly qualifiers: readonly string[];
}

/** One policy mapping (RFC 5280 §4.2.1.5): the issuer's policy and the subject's equivalent. */
export interface PolicyMapping {
  readonly issuerDomainPolicy: string;
  readonly subjectDomainPolicy: string;
}

/** policyConstraints (RFC 5280 §4.2.1.11): skip counts, each absent when not set. */
export interface PolicyConstraints {
  readonly requireExplicitPolicy?: number;
  readonly inhibitPolicyMapping?: number;
}

/** The policy extensions as `DecodedExtensions` holds them. */
export interface DecodedPolicies {
  certificatePolicies?: readonly PolicyInformation[];
  policyMappings?: readonly PolicyMapping[];
  policyConstraints?: PolicyConstraints;
  /** inhibitAnyPolicy's SkipCerts. */
  inhibitAnyPolicy?: number;
}

/** A SEQUENCE SIZE (1..MAX) OF: its children, at least one. */
function nonEmptySequence(value: DerNode, part: string): DerNode[] {
  const list = children(expectTag(value, TAG.sequence, part), part);
  if (list.length === 0) throw new DerError(part);
  return list;
}

/** An IMPLICIT [n] INTEGER as a small non-negative number. */
const implicitInteger = (node: DerNode, part: string) => readSmallInteger({ ...node, tag: TAG.integer }, part);

type PolicyDecoder = (value: DerNode, into: DecodedPolicies) => void;

/**
 * The decoders of the four policy extensions, read whole: a policy OID twice in
 * certificatePolicies (RFC 5280 §4.2.1.4), an empty qualifier list, an empty policyConstraints
 * (§4.2.1.11 "MUST NOT issue … where policyConstraints is an empty sequence") and fields out of
 * order are malformed.
 */
export const POLICY_DECODERS: Readonly<
  Record<string, { readonly name: keyof DecodedPolicies; readonly decode: PolicyDecoder }>
> = {
  '2.5.29.32': {
    name: 'certificatePolicies',
    decode(value, into) {
      const policies = nonEmptySequence(value, 'certificatePolicies').map((information): PolicyInformation => {
        const [oid, qualifiers] = fields(
          expectTag(information, TAG.sequence, 'certificatePolicies'),
          1,
          2,
          'certificatePolicies',
        );
        return {
          policy: readOid(oid as DerNode, 'certificatePolicies'),
          qualifiers:
            qualifiers === undefined
              ? []
              : nonEmptySequence(qualifiers, 'certificatePolicies').map((qualifier) => {
                  const [id] = fields(
                    expectTag(qualifier, TAG.sequence, 'certificatePolicies'),
                    2,
                    2,
                    'certificatePolicies',
                  );
                  return readOid(id as DerNode, 'certificatePolicies');
                }),
        };
      });
      if (new Set(policies.map((information) => information.policy)).size !== policies.length)
        throw new DerError('certificatePolicies');
      into.certificatePolicies = policies;
    },
  },
  '2.5.29.33': {
    name: 'policyMappings',
    decode(value, into) {
      into.policyMappings = nonEmptySequence(value, 'policyMappings').map((mapping) => {
        const [issuer, subject] = fields(expectTag(mapping, TAG.sequence, 'policyMappings'), 2, 2, 'policyMappings');
        return {
          issuerDomainPolicy: readOid(issuer as DerNode, 'policyMappings'),
          subjectDomainPolicy: readOid(subject as DerNode, 'policyMappings'),
        };
      });
    },
  },
  '2.5.29.36': {
    name: 'policyConstraints',
    decode(value, into) {
      const [require, inhibit] = optionalFields(
        fields(expectTag(value, TAG.sequence, 'policyConstraints'), 1, 2, 'policyConstraints'),
        [contextTag(0, false), contextTag(1, false)],
        'policyConstraints',
      );
      into.policyConstraints = {
        ...(require === undefined ? {} : { requireExplicitPolicy: implicitInteger(require, 'policyConstraints') }),
        ...(inhibit === undefined ? {} : { inhibitPolicyMapping: implicitInteger(inhibit, 'policyConstraints') }),
      };
    },
  },
  '2.5.29.54': {
    name: 'inhibitAnyPolicy',
    decode(value, into) {
      into.inhibitAnyPolicy = readSmallInteger(value, 'inhibitAnyPolicy');
    },
  },
};
