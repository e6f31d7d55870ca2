/**
 * Colour for the CLI's marks, only where it helps: on a terminal, and never when `NO_COLOR` is
 * set (https://no-color.org). Piped output and `--json` stay plain.
 */
export interface Style {
  readonly ok: (text: string) => string;
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly dim: (text: string) => string;
}

const plain = (text: string) => text;
const ansi = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;

export const PLAIN: Style = { ok: plain, error: plain, warning: plain, dim: plain };
const COLOUR: Style = { ok: ansi(32), error: ansi(31), warning: ansi(33), dim: ansi(2) };

/** The style for a run: colour on a TTY unless `NO_COLOR` (any value) is set. */
export function styleFor(isTty: boolean, env: Readonly<Record<string, string | undefined>>): Style {
  return isTty && env.NO_COLOR === undefined ? COLOUR : PLAIN;
}
