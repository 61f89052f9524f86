import { describe, expect, it } from 'vitest';
import { furnitureKind, isFooter, stripPageFurniture } from './page-furniture.ts';

describe('page furniture', () => {
  it.each([
    ['首页 >> 政务公开 >> 重点工作 >> 正文', 'breadcrumb'],
    ['您当前所在位置：首页 > 信息公开 > 法定主动公开内容', 'breadcrumb'],
    ['当前位置：首页 » 新闻中心 » 部门动态', 'breadcrumb'],
    ['发布时间：2023-07-12 09:30　来源：县政府督查室　浏览次数：1286', 'meta'],
    ['索引号 | 11450000/2022-00871 | 公开方式 | 主动公开 |', 'meta'],
    ['（责任编辑：李某某）', 'meta'],
    ['字号：[大 中 小]　　【打印】　【关闭】', 'meta'],
    ['【打印本页】【关闭窗口】', 'controls'],
    ['分享到：', 'meta'],
    ['打印 收藏', 'controls'],
    ['扫一扫在手机打开当前页', 'links'],
    ['上一篇：市民政局召开年终工作会议', 'links'],
    ['图片1.png', 'image'],
    ['联系人：王某某　联系电话：0759-2221234', 'contact'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });

  it.each([
    ['1. 新建公办幼儿园4所（牵头单位：县教育局）'],
    ['已建成互助养老点12个，完成率60%。'],
    ['来源'],
    ['时间'],
    ['开通服务热线，电话12345全天接听，全年受理诉求3.2万件，办结率98%，群众满意度持续提升。'],
  ])('%s is the report’s own', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });

  it('ends the report at the footer and counts what it drops', () => {
    const page = [
      '首页 >> 政务公开',
      '某县2023年民生实事进展',
      '1. 新建学校3所',
      '已建成2所。',
      '主办单位：某县人民政府办公室',
      '某县大数据中心',
      '桂ICP备12345678号-1',
    ].join('\n');
    expect(stripPageFurniture(page)).toEqual({
      text: '某县2023年民生实事进展\n1. 新建学校3所\n已建成2所。',
      removed: 4,
    });
    expect(isFooter('公网安备45000002000123号')).toBe(true);
  });

  it('never touches the cells of a flattened Word table', () => {
    const flat = '\t来源：市民政局\n\t分享到：';
    expect(stripPageFurniture(flat)).toEqual({ text: flat, removed: 0 });
  });
});
