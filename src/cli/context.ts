import type { Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import type { Style } from './style.js';

/** What the CLI needs from the outside world; `main.ts` gives the real one, tests a fake. */
export interface CliIo {
  readonly readTextFile: (path: string) => string;
  /** A file's bytes (DER input); without it, `readTextFile`'s text is used. */
  readonly readBytes?: (path: string) => Uint8Array;
  /** Standard input, for the file name `-`. */
  readonly readStdin?: () => Uint8Array;
  /** The clock, for commands given no `--now`. */
  readonly now: () => Date;
  /** Writes a file (creating its directory); key and keystore files with mode 0600. */
  readonly writeFile?: (path: string, data: string | Uint8Array) => void;
  /** Whether a path exists, so `--out` never replaces a file without `--force`. */
  readonly exists?: (path: string) => boolean;
  /** The environment: `LANG`/`LC_ALL` for the language, `NO_COLOR`, password variables. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal (colour only then). */
  readonly isTty?: boolean;
}

/**
 * A finished CLI run: what to print and the exit code — 0 ok, 1 a rule refused or a problem was
 * found, 2 usage or input that cannot be read.
 */
export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

/** What a command's handler gets. */
export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly policy: Policy;
  readonly locale: Locale;
  readonly style: Style;
  readonly io: CliIo;
  readonly json: boolean;
}

/** Output for a finished command: exit 0 when `ok`, else 1. */
export function done(ok: boolean, text: string): CliOutcome {
  return { exitCode: ok ? 0 : 1, stdout: `${text}\n`, stderr: '' };
}

/** Input that cannot be read (exit 2), without the usage text: the sentence says what is wrong. */
export function inputError(message: string): CliOutcome {
  return { exitCode: 2, stdout: '', stderr: `certkit: ${message}\n` };
}

/** A problem found that is not a rule's verdict (exit 1), e.g. files that would be overwritten. */
export function problem(message: string): CliOutcome {
  return { exitCode: 1, stdout: '', stderr: `certkit: ${message}\n` };
}

/** A string flag's value, or `undefined`. */
export function stringFlag(context: CommandContext, name: string): string | undefined {
  const value = context.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable flag's values (empty when not given). */
export function listFlag(context: CommandContext, name: string): readonly string[] {
  const value = context.values[name];
  return Array.isArray(value) ? value : [];
}
