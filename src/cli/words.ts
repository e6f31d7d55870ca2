import type { Locale } from '../messages/index.js';

/**
 * The CLI's own words in the reader's language: `say(locale)(english, chinese)`. Each report
 * keeps its pairs beside the line that prints them, so no line is left in one language.
 *
 * @example
 * say('zh-CN')('refused', '不通过') // => '不通过'
 */
export function say(locale: Locale): (english: string, chinese: string) => string {
  return locale === 'zh-CN' ? (_english, chinese) => chinese : (english) => english;
}

/** The language of a run: `--lang`, else `LC_ALL` / `LC_MESSAGES` / `LANG` (`zh_CN.UTF-8` → zh-CN), else English. */
export function localeFrom(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Locale | undefined {
  if (flag !== undefined) return flag === 'en' || flag === 'zh-CN' ? flag : undefined;
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh(_|-|$)/i.test(setting) ? 'zh-CN' : 'en';
}
