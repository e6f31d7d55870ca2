import type { IssueCode, RuleId } from '../../core/codes.js';
import { createIssue, type Issue, type IssueParams, type Severity } from '../../core/issue.js';
import type { Certificate } from '../certificate/parse.js';

/** The issues `assembleChain` collects, in the order its steps find them. */
export interface ChainReport {
  readonly issues: Issue[];
  add<C extends IssueCode>(
    code: C,
    rule: RuleId | null,
    severity: Severity,
    params: IssueParams[C],
    subject?: string,
  ): void;
  /** An issue about one input certificate (CHAIN-01), named by its subject and shown by its common name. */
  about(code: CertificateIssueCode, severity: Severity, certificate: Certificate): void;
}

/** The codes `about` reports: one input certificate, named by its subject. */
type CertificateIssueCode = 'x509.chain.duplicate' | 'x509.chain.unused';

export function createChainReport(): ChainReport {
  const issues: Issue[] = [];
  const add: ChainReport['add'] = (code, rule, severity, params, subject) => {
    issues.push(createIssue(code, rule, params, { severity, subject }));
  };
  return {
    issues,
    add,
    about: (code, severity, certificate) =>
      add(
        code,
        'CHAIN-01',
        severity,
        { certificate: certificate.info.subjectText },
        certificate.info.commonName ?? undefined,
      ),
  };
}
