import type { Locale } from '../messages/index.js';
import type { CommandSpec } from './commands.js';
import { FLAGS, type FlagName, type FlagSpec, GLOBAL_FLAGS } from './flags.js';
import { displayWidth, fitTo } from './text-width.js';
import { say } from './words.js';

const flagText = (name: FlagName) => {
  const spec: FlagSpec = FLAGS[name];
  return `${spec.short === undefined ? '' : `-${spec.short}, `}--${name}${spec.value === undefined ? '' : ` ${spec.value}`}`;
};

/** Two columns, the first as wide as its widest entry (CJK counted as terminals count it). */
function columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.min(Math.max(...rows.map(([left]) => displayWidth(left))), 44) + 2;
  return rows.map(([left, right]) =>
    displayWidth(left) > width - 2
      ? `${indent}${left}\n${indent}${' '.repeat(width)}${right}`
      : `${indent}${fitTo(left, width)}${right}`,
  );
}

const describe = (locale: Locale, entry: { en: string; zh: string }) => (locale === 'zh-CN' ? entry.zh : entry.en);

/** `certkit help`: every command, generated from the command table. */
export function globalUsage(commands: readonly CommandSpec[], locale: Locale): string {
  const t = say(locale);
  return [
    t('Usage: certkit <command> [options]', '用法：certkit <命令> [选项]'),
    '',
    t('Commands:', '命令：'),
    ...columns(commands.map((command) => [`${command.name} ${command.args}`.trim(), describe(locale, command)])),
    '',
    t('Options of every command:', '所有命令的选项：'),
    ...columns([...GLOBAL_FLAGS, 'version' as const].map((name) => [flagText(name), describe(locale, FLAGS[name])])),
    '',
    t(
      'certkit help <command> (or <command> --help) lists a command’s options.',
      'certkit help <命令>（或 <命令> --help）列出该命令的选项。',
    ),
    t(
      'Exit codes: 0 ok, 1 a rule refused or a problem was found, 2 usage or input that cannot be read.',
      '退出码：0 成功，1 规则拒绝或发现问题，2 用法错误或输入无法读取。',
    ),
    '',
  ].join('\n');
}

/** `certkit help <command>`: its arguments and every flag that applies to it. */
export function commandUsage(command: CommandSpec, locale: Locale): string {
  const t = say(locale);
  return [
    `${t('Usage', '用法')}: certkit ${command.name}${command.args === '' ? '' : ` ${command.args}`}${command.flags.length > 0 ? t(' [options]', ' [选项]') : ''}`,
    '',
    describe(locale, command),
    '',
    ...(command.flags.length === 0
      ? []
      : [
          t('Options:', '选项：'),
          ...columns(command.flags.map((name) => [flagText(name), describe(locale, FLAGS[name])])),
          '',
        ]),
    t('Options of every command:', '所有命令的选项：'),
    ...columns(GLOBAL_FLAGS.map((name) => [flagText(name), describe(locale, FLAGS[name])])),
    '',
  ].join('\n');
}

/** The short form printed under a usage error. */
export function usageHint(command: CommandSpec | undefined, locale: Locale): string {
  const t = say(locale);
  if (command === undefined) return t('Run "certkit help" for the commands.', '运行 "certkit help" 查看命令。');
  return (
    `${t('Usage', '用法')}: certkit ${command.name} ${command.args}`.trimEnd() +
    `\n${t(`Run "certkit help ${command.name}" for its options.`, `运行 "certkit help ${command.name}" 查看其选项。`)}`
  );
}
