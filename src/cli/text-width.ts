/**
 * Text as terminals lay it out: East Asian wide and fullwidth characters take two columns,
 * combining marks and zero-width characters none (UAX #11, as `wcwidth` counts). Used to align
 * CLI columns when a name is `食狮.公司.cn` or `ＥＸＡＭＰＬＥ．ｃｏｍ`.
 */

/** Code point ranges that take two columns: CJK, Hangul, kana, fullwidth forms, wide emoji. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Combining marks and zero-width characters: no column of their own. */
const ZERO_WIDTH: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2064],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

const within = (ranges: readonly (readonly [number, number])[], code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to);

/** Columns one character takes. */
function charWidth(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0) || within(ZERO_WIDTH, code)) return 0;
  return within(WIDE, code) ? 2 : 1;
}

/**
 * Columns `text` takes in a terminal.
 *
 * @example
 * displayWidth('example.com')   // => 11
 * displayWidth('食狮.公司.cn')  // => 12
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += charWidth(character);
  return width;
}

/**
 * `text` padded with spaces to `width` columns; longer text is cut to fit, ending in `…`.
 *
 * @example
 * fitTo('食狮.公司.cn', 14)      // => '食狮.公司.cn  '
 * fitTo('a-very-long-name.com', 10) // => 'a-very-lo…'
 */
export function fitTo(text: string, width: number): string {
  const columns = displayWidth(text);
  if (columns <= width) return text + ' '.repeat(width - columns);
  let cut = '';
  let used = 0;
  for (const character of text) {
    const next = charWidth(character);
    if (used + next > width - 1) break;
    cut += character;
    used += next;
  }
  return `${cut}…${' '.repeat(width - 1 - used)}`;
}

/** `text` padded with spaces to at least `width` columns; longer text is left whole. */
export function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
