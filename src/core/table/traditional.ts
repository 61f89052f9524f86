/**
 * Text served by mirror sites in traditional characters ("民生實事", "1.2萬人", "完成率") reads as
 * the simplified text does. The map holds characters that occur only in traditional writing, so
 * converting simplified text changes nothing; characters that are also simplified words of
 * their own (乾, 著, 隻, 於 in names) are left out. Some mirrors gloss characters with their
 * pinyin ("個(gè)"): the glosses are dropped.
 */

/** Pairs: traditional, then simplified. Grouped by the words of progress reports they serve. */
const PAIRS = [
  // 民生實事, 項目, 進展情況, 完成率, 責任單位, 牽頭, 負責人, 領導, 計劃, 總數
  '實实項项進进展展況况務务責责單单貫贯牽牵頭头負负領领導导計计劃划總总數数類类屬属標标準准',
  '達达時时為为與与並并於于這这們们來来個个過过還还後后當当將将應应對对從从開开關关發发現现',
  '點点稱称辦办員员規规際际處处據据說说請请讓让產产業业經经濟济環环境境設设備备鄉乡鎮镇區区縣县',
  '級级範范圍围齊齐體体戶户樓楼門门間间場场廣广傳传網网絡络電电話话報报紙纸書书圖图館馆衛卫醫医',
  '療疗藥药養养護护幫帮貧贫殘残婦妇兒儿幼幼學学園园師师訓训練练義义務务職职補补貼贴險险優优質质',
  '價价費费資资額额萬万億亿歲岁齡龄億亿點点線线橋桥車车輛辆運运鐵铁軌轨豐丰農农廁厕衆众眾众倉仓',
  '儲储氣气熱热燈灯燒烧煙烟壓压顯显歷历曆历歸归彙汇匯汇動动勞劳務务協协調调評评議议認认證证試试',
  '驗验獎奖勵励懲惩紀纪錄录檢检測测監监視视聽听覽览觀观親亲鄰邻邊边遠远鐘钟錢钱銀银鋪铺鏈链',
  '層层屆届幾几張张彈弹態态戰战擴扩損损搶抢擔担撥拨據据擬拟務务歡欢歲岁殼壳溝沟減减漲涨滿满灣湾',
  '濱滨災灾營营爭争狀状獨独獲获現现瑤瑶環环產产畢毕畫画異异療疗盡尽監监盤盘確确禮礼禍祸稅税穩稳',
  '窮穷竊窃築筑簽签節节範范糧粮糾纠紅红約约級级紛纷納纳純纯組组細细終终結结給给統统絲丝綜综綠绿',
  '維维網网緊紧線线編编緩缓練练縮缩績绩繳缴續续罰罚職职聯联聲声腦脑興兴舊旧莊庄華华葉叶藝艺佈布篩筛兩两種种裡里麼么',
  '蘇苏號号衝冲裝装複复製制覆覆規规親亲觸触訂订訊讯託托記记設设許许訴诉診诊詞词詢询該该詳详語语',
  '誤误說说課课調调談谈論论諮咨謀谋講讲謝谢證证識识譯译讀读變变貨货販贩貴贵貸贷賀贺賓宾賞赏賣卖',
  '質质購购賽赛贊赞趕赶趨趋跡迹軟软較较載载輔辅輕轻輸输轉转辦办農农迴回週周運运遊游遞递適适遷迁',
  '選选遺遗鄉乡醫医釋释鈔钞針针銷销鋼钢錄录鍋锅鍵键鎮镇長长門门閉闭開开閒闲閱阅闆板闊阔隊队陽阳',
  '陰阴陳陈陸陆隨随險险雖虽雙双雜杂雞鸡離离難难雲云電电靜静韓韩頁页項项順顺預预領领頻频題题額额',
  '顏颜願愿類类風风飛飞飯饭飲饮館馆馬马駐驻騎骑驗验體体髮发鬆松魚鱼鳥鸟鳴鸣麥麦齊齐齒齿龍龙龜龟',
  '會会貿贸東东廠厂幣币勢势階阶黨党黃黄劉刘趙赵孫孙鄭郑馮冯蔣蒋楊杨鄧邓蕭萧蘭兰許许呂吕盧卢鄒邹龔龚嚴严羅罗顧顾闕阙',
  '噸吨畝亩棟栋條条臺台劑剂億亿萬万戶户間间張张輛辆層层處处項项個个場场車车',
  '專专亂乱亞亚來来係系倫伦偉伟側侧債债傷伤僅仅價价儀仪兒儿內内兩两冊册凈净凍冻則则剛刚創创劇剧勁劲勝胜勞劳',
  '卻却參参叢丛吳吴員员問问啟启單单嗎吗嘗尝團团園园圍围國国圓圆執执堅坚塊块壞坏壩坝壯壮夠够夢梦奪夺奮奋',
  '寧宁寫写寬宽審审寶宝尋寻島岛峽峡嶺岭廈厦廚厨廢废廳厅強强彎弯徑径復复徵征徹彻惡恶愛爱慘惨慣惯慮虑慶庆',
  '憂忧憶忆懷怀懸悬戲戏掃扫掛挂採采揚扬換换揮挥搖摇撫抚擁拥擇择擊击擠挤擺摆擾扰攜携攝摄敗败敘叙敵敌斷断',
  '晉晋暢畅曉晓曬晒書书極极構构槍枪樂乐機机橫横檔档櫃柜毀毁淚泪淨净淺浅湧涌滯滞漁渔潛潜澤泽濃浓濤涛',
  '灑洒灘滩烏乌無无煉炼煩烦爐炉牆墙犧牺狹狭獸兽獻献畝亩疊叠盜盗睜睁矯矫碼码磚砖礎础礙碍積积窩窝竄窜競竞',
  '筆笔簡简籃篮籌筹籠笼紋纹紐纽紗纱紡纺紳绅絆绊絕绝綁绑綱纲緒绪締缔緯纬縫缝織织繞绕繩绳繪绘繼继纏缠罷罢',
  '習习聞闻聰聪肅肃脅胁脈脉脫脱腫肿膚肤膠胶臉脸臟脏臨临舉举艙舱艦舰艱艰蟲虫見见覺觉討讨訪访詐诈詩诗誇夸',
  '誠诚誰谁諒谅諸诸謂谓譜谱讓让讚赞豈岂豬猪貝贝財财貢贡貞贞貯贮賈贾賠赔賢贤賦赋賴赖贈赠贏赢躍跃軍军軒轩',
  '軸轴輝辉輩辈輪轮輯辑轟轰辭辞連连違违遙遥遲迟遼辽醜丑釀酿裏里裡里鈍钝鈣钙錯错錶表鍛锻鎖锁鏡镜鐵铁鑑鉴',
  '閃闪閑闲閘闸閣阁閥阀闆板闖闯關关闡阐陣阵陝陕隱隐隸隶霧雾靈灵韋韦頂顶須须頑顽頓顿頒颁頗颇頭头顆颗飾饰',
  '飼饲飽饱餅饼餘余駛驶騰腾驅驱驚惊骯肮鬥斗鬧闹鮮鲜鵬鹏鹽盐麗丽龍龙噴喷嘔呕鄂鄂撤撤邁迈繫系懲惩糧粮',
  '劃划資资療疗醫医險险衛卫補补貼贴殘残養养護护農农廁厕運运鐵铁橋桥線线網网電电話话',
  '聖圣臺台檯台颱台樞枢樣样樹树橋桥檢检權权歐欧殺杀氣气決决沒没潔洁滅灭滬沪漢汉濕湿瀋沈燙烫',
];

const MAP = new Map<string, string>();
for (const group of PAIRS) {
  const chars = [...group];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i] as string;
    const to = chars[i + 1] as string;
    if (from !== to) MAP.set(from, to);
  }
}

const TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');
/** "(gè)", "(xiàng)": a lower-case Latin syllable with a tone mark, in brackets. */
const PINYIN_GLOSS = /[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]/g;

/** The text in simplified characters, and how many characters were changed or dropped. */
export function toSimplified(text: string): { text: string; changed: number } {
  let changed = 0;
  const out = text
    .replace(PINYIN_GLOSS, () => {
      changed++;
      return '';
    })
    .replace(TRADITIONAL, (ch) => {
      changed++;
      return MAP.get(ch) ?? ch;
    });
  return { text: out, changed };
}
