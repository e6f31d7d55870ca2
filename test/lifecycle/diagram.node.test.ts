import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lifecycleDiagram, statuses, transitionTable } from '../../src/lifecycle/index.js';

describe('the lifecycle diagram', () => {
  it('in docs/lifecycle.md is the one generated from the transition table (npm run generate:diagram)', () => {
    const docs = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    expect(docs).toContain(`\`\`\`mermaid\n${lifecycleDiagram()}\n\`\`\``);
  });

  it('draws every status change of the table and marks every terminal status', () => {
    const diagram = lifecycleDiagram();
    expect(diagram).toContain('issued --> revoking: revoke');
    expect(diagram).toContain('issued --> pendingRevocationLetter: revoke');
    expect(diagram).toContain('revoking --> revoked: _revocationApproved_');
    for (const [name, status] of Object.entries(statuses))
      if (status.terminal) expect(diagram).toContain(`${name} --> [*]`);
    expect(Object.keys(transitionTable).length).toBeGreaterThan(20);
  });
});
