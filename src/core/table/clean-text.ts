/**
 * Repairs of a whole text before its shape is read: traditional characters to simplified, and
 * the page furniture of a copied web page dropped. Each repair is a warning the user sees.
 */
import type { Warning } from '../model.ts';
import { stripPageFurniture } from './page-furniture.ts';
import { toSimplified } from './traditional.ts';

export function cleanText(raw: string): { text: string; repairs: Warning[] } {
  const repairs: Warning[] = [];
  const simplified = toSimplified(raw.replace(/^\uFEFF/, ''));
  if (simplified.changed > 0) {
    repairs.push({
      code: 'traditional_characters',
      item: null,
      message: `文本含繁体字（或拼音注音），已按简体读取（${simplified.changed}处）`,
      messageEn: `The text is in traditional characters (or carries pinyin glosses); read as simplified (${simplified.changed} places)`,
    });
  }
  const page = stripPageFurniture(simplified.text);
  if (page.removed > 0) {
    repairs.push({
      code: 'page_furniture_removed',
      item: null,
      message: `去掉了网页上的${page.removed}行页面元素（导航、发布信息、图片名、页脚等），不作为内容读取`,
      messageEn: `Dropped ${page.removed} lines of web page furniture (navigation, publishing details, image names, footer); not read as content`,
    });
  }
  return { text: page.text, repairs };
}
