/** The assertions a documentation block's `// =>` lines become (see blocks.ts). */
import { expect } from 'vitest';

export function __expect(actual: unknown, expected: unknown): void {
  if (typeof expected === 'object' && expected !== null && !Array.isArray(expected))
    expect(actual).toMatchObject(expected);
  else if (Array.isArray(expected) && expected.some((item) => typeof item === 'object' && item !== null))
    expect(actual).toMatchObject(expected);
  else expect(actual).toEqual(expected);
}

export async function __throws(call: () => Promise<unknown>, code: string): Promise<void> {
  await expect(call()).rejects.toMatchObject({ name: 'CertkitError', code });
}
