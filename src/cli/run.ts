import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { type CertkitError, isCertkitError } from '../core/error.js';
import { describeType } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { parsePolicy } from '../policy/define.js';
import { presets } from '../policy/presets/index.js';
import type { Policy } from '../policy/schema.js';
import { COMMANDS, type CommandSpec, isUsage } from './commands.js';
import type { CliIo, CliOutcome } from './context.js';
import { FLAGS, type FlagName, GLOBAL_FLAGS } from './flags.js';
import { commandUsage, globalUsage, usageHint } from './help.js';
import { styleFor } from './style.js';
import { localeFrom, say } from './words.js';

export type { CliIo, CliOutcome } from './context.js';

/** `certkit help` as printed in English (the README quotes it). */
export const USAGE = globalUsage(COMMANDS, 'en');

const BY_NAME: Readonly<Record<string, CommandSpec>> = Object.fromEntries(
  COMMANDS.map((command) => [command.name, command]),
);

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns what to print. All I/O goes
 * through `io`, so every command is testable in-process. Nothing escapes as a stack trace: a
 * failure outside certkit's own checks (a file that cannot be read, a bug) is one line on stderr.
 *
 * @example
 * (await runCli(['domain', 'Example.COM', '--json'], io)).exitCode // => 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return failureOutcome(error, 'en');
  }
}

/** @deprecated the CLI is asynchronous throughout; `runCli` is the same function. */
export const runCliAsync = runCli;

/** One line for a failure no command explained: a system error (`EISDIR`, `EACCES`) as its message, anything else as an internal error. */
export function failureOutcome(error: unknown, locale: Locale): CliOutcome {
  const message = error instanceof Error ? error.message : describeType(error);
  if (isCertkitError(error)) return { exitCode: 2, stdout: '', stderr: `certkit: ${explain(error, locale)}\n` };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return { exitCode: 2, stdout: '', stderr: `certkit: ${message}\n` };
  return { exitCode: 1, stdout: '', stderr: `certkit: internal error (${message}); please report it\n` };
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const env = io.env ?? {};
  let parsed: Parsed;
  try {
    parsed = parseAll(argv);
  } catch (error) {
    const command = ownEntry(BY_NAME, argv[0]);
    return usageError((error as Error).message, command, localeFrom(undefined, env) ?? 'en');
  }
  const { values, positionals } = parsed;
  const locale = localeFrom(values.lang as string | undefined, env);
  if (locale === undefined) return usageError(`unknown --lang "${values.lang}"; use en or zh-CN`, undefined, 'en');
  const [name, ...args] = positionals;
  if (values.version === true) return { exitCode: 0, stdout: `certkit ${packageJson.version}\n`, stderr: '' };
  if (name === undefined) return { exitCode: 0, stdout: globalUsage(COMMANDS, locale), stderr: '' };
  if (name === 'help') return help(args[0], locale);
  const command = ownEntry(BY_NAME, name);
  if (command === undefined)
    return usageError(say(locale)(`unknown command "${name}"`, `未知命令 "${name}"`), undefined, locale);
  if (values.help === true) return { exitCode: 0, stdout: commandUsage(command, locale), stderr: '' };
  const stray = Object.keys(values).find(
    (flag) => !GLOBAL_FLAGS.includes(flag as FlagName) && !command.flags.includes(flag as FlagName),
  );
  if (stray !== undefined)
    return usageError(
      say(locale)(`--${stray} does not apply to "certkit ${name}"`, `--${stray} 不适用于 "certkit ${name}"`),
      command,
      locale,
    );
  const policy = loadPolicy((values.policy as string | undefined) ?? 'tencent-2024', io, locale);
  if (typeof policy === 'string') return usageError(policy, command, locale);
  const context = {
    positionals: args,
    values,
    policy,
    locale,
    style: values.json === true ? styleFor(false, env) : styleFor(io.isTty === true, env),
    io,
    json: values.json === true,
  };
  try {
    const outcome = await command.run(context);
    return isUsage(outcome) ? usageError(outcome.usage, command, locale) : outcome;
  } catch (error) {
    return failureOutcome(error, locale);
  }
}

function help(name: string | undefined, locale: Locale): CliOutcome {
  if (name === undefined) return { exitCode: 0, stdout: globalUsage(COMMANDS, locale), stderr: '' };
  const command = ownEntry(BY_NAME, name);
  if (command === undefined)
    return usageError(say(locale)(`unknown command "${name}"`, `未知命令 "${name}"`), undefined, locale);
  return { exitCode: 0, stdout: commandUsage(command, locale), stderr: '' };
}

/** Parsed arguments: flags by name (only those given), then the command and its arguments. */
interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Every flag of every command, strictly: unknown flags are errors here, inapplicable ones after. No defaults: a flag is in `values` only when given. */
function parseAll(argv: readonly string[]): Parsed {
  const options = Object.fromEntries(
    Object.entries(FLAGS).map(([name, spec]) => {
      const { type, multiple, short } = spec as { type: 'string' | 'boolean'; multiple?: boolean; short?: string };
      return [name, { type, ...(multiple ? { multiple } : {}), ...(short === undefined ? {} : { short }) }];
    }),
  );
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { ...options, version: { type: 'boolean' } },
  });
}

/** A preset name, or a path to a JSON policy file; a string result is the error to print. */
function loadPolicy(nameOrPath: string, io: CliIo, locale: Locale): Policy | string {
  const preset = ownEntry(presets, nameOrPath);
  if (preset !== undefined) return preset;
  if (!nameOrPath.endsWith('.json'))
    return `unknown policy "${nameOrPath}"; use ${Object.keys(presets).join(', ')} or a .json file`;
  try {
    return parsePolicy(JSON.parse(io.readTextFile(nameOrPath)));
  } catch (error) {
    if (isCertkitError(error)) return explain(error, locale);
    return `cannot read policy "${nameOrPath}": ${error instanceof Error ? error.message : describeType(error)}`;
  }
}

/** Every issue of a CertkitError, as messages in the locale, one per line. */
function explain(error: CertkitError, locale: Locale): string {
  return error.issues.map((issue) => formatIssue(issue, locale)).join('\n');
}

function usageError(message: string, command: CommandSpec | undefined, locale: Locale): CliOutcome {
  return { exitCode: 2, stdout: '', stderr: `certkit: ${message}\n${usageHint(command, locale)}\n` };
}
