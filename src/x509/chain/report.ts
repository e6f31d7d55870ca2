import type { IssueCode, RuleId } from '../../core/codes.js';
import { createIssue, type Issue, type IssueParam, type Severity } from '../../core/issue.js';
import type { Certificate } from '../certificate/parse.js';

/** The issues `assembleChain` collects, in the order its steps find them. */
export interface ChainReport {
  readonly issues: Issue[];
  add(
    code: IssueCode,
    rule: RuleId | null,
    severity: Severity,
    params: Record<string, IssueParam>,
    subject?: string,
  ): void;
  /** An issue about one input certificate (CHAIN-01), named by its subject and shown by its common name. */
  about(code: IssueCode, severity: Severity, certificate: Certificate): void;
}

export function createChainReport(): ChainReport {
  const issues: Issue[] = [];
  const add: ChainReport['add'] = (code, rule, severity, params, subject) =>
    issues.push(createIssue(code, rule, params, { severity, subject }));
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
