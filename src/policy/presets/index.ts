import type { Policy } from '../schema.js';
import { letsEncryptPolicy } from './letsencrypt.js';
import { standardsPolicy } from './standards.js';
import { tencent2023Policy } from './tencent-2023.js';
import { tencent2024Policy } from './tencent-2024.js';

/**
 * The dated presets. Where the source editions disagree, each edition is its own preset
 * (docs/rules.md); `tencent-2024` is the default.
 *
 * @example
 * presets['tencent-2023'].domain.refusedTlds // => []
 * presets['tencent-2024'].domain.refusedTlds // => ['ru']
 */
export const presets = /* @__PURE__ */ Object.freeze({
  'tencent-2023': tencent2023Policy,
  'tencent-2024': tencent2024Policy,
  standards: standardsPolicy,
  letsencrypt: letsEncryptPolicy,
} as const satisfies Record<string, Policy>);

/** The name of a shipped preset. */
export type PresetName = keyof typeof presets;

/** The policy used when a function is given none: the latest vendor edition. */
export const defaultPolicy: Policy = tencent2024Policy;

export { letsEncryptPolicy, standardsPolicy, tencent2023Policy, tencent2024Policy };
