/**
 * Fonts and sizes of an official Chinese table (党政机关公文格式, GB/T 9704), and the font table
 * that tells Word which installed font to use when the official one is missing.
 */

/** Sizes in half-points, as Word stores them: 二号 22pt, 三号 16pt, 小四 12pt. */
export const SIZE = { title: 44, subtitle: 32, heading: 32, body: 24, footer: 28 } as const;

/** Each official face and the common font a machine without it should substitute. */
export const FONT = {
  body: { name: '仿宋_GB2312', fallback: 'FangSong' },
  header: { name: '黑体', fallback: 'SimHei' },
  title: { name: '方正小标宋简体', fallback: '宋体' },
  latin: { name: 'Times New Roman', fallback: 'Times New Roman' },
} as const;

type Face = (typeof FONT)[keyof typeof FONT];

/** Run font: the official face for Chinese, Times New Roman for digits and Latin letters. */
export function runFont(face: Face) {
  return {
    eastAsia: face.name,
    ascii: FONT.latin.name,
    hAnsi: FONT.latin.name,
    hint: 'eastAsia' as const,
  };
}

/**
 * `docx` writes an empty font table (it lists fonts only to embed them), so Word would fall back
 * to an arbitrary face on machines lacking 仿宋_GB2312 (most Windows 10+ machines): w:altName names
 * the substitute, w:charset 86 marks GB2312.
 */
export const FONT_TABLE_XML = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  ...[FONT.body, FONT.header, FONT.title].map(
    (face) =>
      `<w:font w:name="${face.name}"><w:altName w:val="${face.fallback}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`,
  ),
  `<w:font w:name="${FONT.latin.name}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
  '</w:fonts>',
].join('');
