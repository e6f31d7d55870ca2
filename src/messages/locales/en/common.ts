import type { AreaCatalog } from '../../catalog.js';

/** English messages of arguments, time and policy: what every entry can throw. */
export const enCommon: AreaCatalog<'common'> = /* @__PURE__ */ Object.freeze({
  'argument.invalid': 'The argument {path} must be of type {expected}; received {received}.',
  'time.invalid':
    'The {field} "{received}" is not a valid date: use ISO 8601 with an offset (2024-03-01T08:00:00Z) or a calendar date (2024-03-01).',
  'time.range': 'A span of {days} days is out of range (at most {limit} days).',
  'policy.invalid': 'The policy is invalid at "{path}": {problem} {keys}.',
  'policy.forbidden-key': 'The policy key "{key}" at "{path}" is not allowed.',
  'policy.unknown-preset': 'There is no policy preset named "{preset}"; known presets: {known}.',
});
