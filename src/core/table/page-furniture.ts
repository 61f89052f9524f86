/**
 * What a web page puts around a report when its text is copied out of a browser: breadcrumbs,
 * the publishing block (发布时间, 来源, 字号 大 中 小, 打印, 关闭, 分享到, 索引号 …), image file
 * names, "扫一扫" and the footer (主办单位, 备案号, 版权所有, 联系电话, 上一篇 …). None of it is the
 * report; its dates and phone numbers must never be read as figures. Each rule names the kind of
 * line it exists for.
 */

/** "首页 >> 政务公开 >> 重点工作 >> 正文", "您当前所在位置：首页 > 信息公开", "当前位置：首页 » 新闻". */
const BREADCRUMB =
  /^(?:您?当前(?:所在)?位置|您的位置|所在位置)\s*[:：]|(?:首页|主页|网站首页)\s*(?:>>|>|»|›|＞|→|\/)/;

/**
 * Labels of the publishing block, at the start of a line or of a pipe row:
 * "发布时间：2023-07-12 09:30　来源：县政府督查室", "索引号 | 11450000/2022-00871 | 公开方式 | 主动公开 |",
 * "作者：　来源：市民政局　发表时间：…", "（责任编辑：李某某）", "浏览量:", "分享到:".
 */
const META_LABEL =
  /^[（(【[]?\s*(?:发布时间|发布日期|发表时间|发文日期|生成日期|成文日期|更新时间|时间|日期|来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|审核|校对|浏览次数|浏览量|访问量|访问次数|阅读次数|点击数|点击量|阅读|字号|字体|索引号|主题分类|发布机构|发布单位|公开方式|公开范围|公开时限|公开形式|文号|发文字号|有效性|分享到)\s*[:：|｜【[]/;

/** A line made only of page controls: "【打印本页】【关闭窗口】", "字号：[大 中 小]", "打印 收藏". */
const CONTROLS =
  /^(?:[\s【】[\]（）()|｜:：·]*(?:打印本页|打印|关闭窗口|关闭|收藏本站|收藏|设为首页|分享到|分享|返回顶部|返回|字号|字体|大|中|小|默认|关怀版|无障碍|长者模式|繁体|简体|English))+[\s【】[\]（）()|｜:：·]*$/;

/** "扫一扫在手机打开当前页", "上一篇：…", "相关阅读", "点击下载：….xlsx". */
const PAGE_LINKS =
  /^(?:扫一扫|用手机扫|手机扫码|上一篇|下一篇|相关阅读|相关链接|相关文章|相关新闻|点击下载|附件下载|推荐阅读)|在手机(?:上)?(?:打开|查看|浏览)当前页/;

/** Image file names left by a copied page: "图片1.png", "图2.jpg", "![](/Files/…/2015.jpg)". */
const IMAGE = /^(?:\S{0,60}\.(?:png|jpe?g|gif|bmp|webp|svg)|!\[[^\]]*\]\([^)]*\))$/i;

/**
 * The footer: once it starts, nothing after it is the report.
 * "主办单位：云溪县人民政府办公室", "桂ICP备12345678号-1", "公网安备…号", "版权所有：…", "网站标识码".
 */
const FOOTER =
  /^(?:主办单位|承办单位|协办单位|技术支持|版权所有|网站标识码|联系我们|网站地图)\s*[:：]|ICP备|公网安备|备案号\s*[:：]|Copyright|©/i;

/** A contact line: "联系人：王某某　联系电话：0759-2221234". A phone number is never a figure. */
const CONTACT =
  /(?:联系电话|电话|联系方式|传真|手机)\s*[:：]?\s*(?:\d{3,4}[-—－]?)?\d{7,8}|1[3-9]\d{9}/;

export type FurnitureKind = 'breadcrumb' | 'meta' | 'controls' | 'links' | 'image' | 'contact';

/** What kind of page furniture a line is, or null when it may be the report's own. */
export function furnitureKind(line: string): FurnitureKind | null {
  const t = line.trim();
  if (t === '') return null;
  if (BREADCRUMB.test(t)) return 'breadcrumb';
  if (META_LABEL.test(t)) return 'meta';
  if (CONTROLS.test(t)) return 'controls';
  if (PAGE_LINKS.test(t)) return 'links';
  if (IMAGE.test(t)) return 'image';
  // Contact lines are short; a report's paragraph that mentions a hotline is kept.
  if (CONTACT.test(t) && t.length <= 60 && /联系|电话|地址|传真/.test(t)) return 'contact';
  return null;
}

export function isFooter(line: string): boolean {
  return FOOTER.test(line.trim());
}

/** The text without its page furniture, and how many lines were dropped. */
export function stripPageFurniture(text: string): { text: string; removed: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const kept: string[] = [];
  let removed = 0;
  let footer = false;
  for (const line of lines) {
    // A TAB-started line is a cell of a flattened Word table, never the page's.
    const cell = /^[ \u3000]*\t/.test(line);
    if (!cell && (footer || isFooter(line))) {
      footer = true;
      if (line.trim()) removed++;
      continue;
    }
    if (!cell && furnitureKind(line) !== null) {
      removed++;
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join('\n'), removed };
}
