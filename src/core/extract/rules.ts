/**
 * The words extraction reads, in one place. Each rule names the sentence it exists for; the same
 * sentences are its tests (rules.test.ts, extract.test.ts). Sentences marked "seed" come from
 * Jiangmen's 2020 table; the others are written the way other cities write.
 */

/**
 * Words that open a clause without naming the thing counted; stripped from the front of `what`.
 * Seed: "全市完成农村公路建设 150公里" → 农村公路建设; "年内100%实现城市困难职工家庭…";
 * other: "全年计划新建社区食堂30个" → 新建社区食堂.
 */
export const WHAT_LEAD =
  /^(?:[、，,和及与]|并且|而且|以及|同时|并|在|对|为|全市|全区|全县|全省|全镇|我市|本市|年内|年底前|全年|今年|当年|到年底|确保|力争|争取|计划|完成|实现|实施|推动|推进|累计|其中|共|全面|进一步|加快|大力|统一|要|使|让|\d{4}年(?:底前|年底前|底|内|前|度)?)+/;

/**
 * Comparison and level words just before a number; stripped from the end of `what`.
 * Seed: "低保标准不低于900元/人/月", "全年快检不少于35万批次", "补贴提高到175元/人/月".
 */
export const QUALIFIER_TAIL =
  /(?:不少于|不低于|不小于|不超过|不高于|至少|达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增至|上调至|上调到|调整到|调整至|控制在|降至|降低到|降低至|下降到|下降至|低于|高于|超过|为|至|到|约|共|累计|合计|总计|各|全市|全区|全县|我市|本市|每[千万百]?人(?:每[年月天日])?)+$/;

/** Lower-is-better before the number. Other city: "城镇调查失业率控制在5.5%以内". */
export const AT_MOST_BEFORE =
  /(?:控制在|不超过|不高于|(?<!不)低于|降至|降低到|降低至|下降到|下降至|压减到|压减至|缩短到|缩短至|(?<!不)少于)$/;
/** Lower-is-better after the number. Other city: "控制在5.5%以内", "降至3%以下". */
export const AT_MOST_AFTER = /^\s*(?:以内|以下)/;
/** Start of a baseline. Other city: "基础养老金从每人每年1200元提高到1500元". */
export const BASELINE_FROM = /(?:从|由)$/;
/** Between a baseline and its target: "提高到", "降至". */
export const BASELINE_TO =
  /^(?:提高|增加|提升|上调|增长|扩大|降低|下降|减少|压减|缩短)(?:到|至)$|^降至$|^增至$/;
/** Baselines that fall: "平均办理时间由5天压减至2天". */
export const BASELINE_DOWN = /^(?:降低|下降|减少|压减|缩短|降)/;

/** One number for each listed thing. Seed: "完成宫颈癌、乳腺癌筛查各42400例". */
export const EACH = /各$/;
/** Separators of a "各" list. */
export const LIST_SEPARATOR = /[、和及与]/;

/** "四个100%" names a slogan, not a rate to reach. Seed: "就近办’四个100%". */
export const SLOGAN_BEFORE = /[一二两三四五六七八九十]个\s*$/;

/**
 * A percentage or multiple of a reference level: the thing is the ratio.
 * Seed: "城镇不低于当地低保标准的75%", "不低于当地最低生活保障标准的1.6倍".
 */
export const REFERENCE = /^(.+?)(?:不低于|不少于|不高于|不超过|达到|超过|高于|低于|占)(.+?)的$/;

/** Qualifiers said of two parallel halves ("城镇…75%，农村…50%"): the second omits the subject. */
export const PARALLEL_QUALIFIERS = [
  '城镇',
  '农村',
  '城市',
  '乡村',
  '城区',
  '市区',
  '城乡',
  '男性',
  '女性',
];

/**
 * "为1.5万名65岁以上老人提供免费体检": the people served, then the service; the thing counted
 * is the people and the service together ("65岁以上老人免费体检").
 */
export const BENEFICIARY_BEFORE = /(?:为|向|帮助|帮扶)$/;
export const SERVICE_VERB = /^(.{2,}?)(?:提供|开展|实施|落实|发放)(.{2,})$/;
/** An age group before the people counted is part of the thing: "65岁以上老人", "3-6岁儿童". */
export const AGE_GROUP = /^\d+(?:\s*[-~—–至]\s*\d+)?\s*(?:周岁|岁)/;

/** Beneficiary counts name their project only in the clause before. Seed: "受益人口6.4万人". */
export const BENEFICIARY = /^(?:受益|惠及|覆盖|服务|带动)/;

/** Words that make a clause a milestone. Seed: "居住证业务实现全程网上办理", "生活垃圾分类全覆盖". */
export const MILESTONE =
  /全覆盖|全程网上办理|全程网办|全流程网上办理|全流程网办|全面建成|全部建成|全面完成|全部完成/;
/** An ongoing action is no milestone. Seed: "持续推进全域自然村集中供水全覆盖". */
export const ONGOING_LEAD =
  /^(?:持续|继续|加快|加强|推进|深化|大力|积极|进一步|不断|坚持|逐步|推动)/;

/** Leading words of a `what` that are not the thing: "任务", "工作" after the noun. */
export const WHAT_TAIL = /(?:任务|工作|目标|的)+$/;

/**
 * A plan, not an achievement, before the number (own clause).
 * Seed: "拟于近期公布第二批90项", "年内还将再实现19项（合计31项）"; other: "预计年底可惠及8万人".
 */
export const PLAN_CUE =
  /拟|(?<!按)计划(?!的)|预计|(?<![已即])将(?!近)|力争|争取|预期|可望|目标(?:是|为)/;

/**
 * Work in progress around the number (own clause).
 * Seed: "63间预防接种门诊标准化建设…正按进度推进", "在建10个", "持续推进全市132条…";
 * other: "另有5个正在施工", "剩余17个未完成整治".
 */
export const PROGRESSING_CUE =
  /在建|正在|推进中|进行中|施工中|建设中|按进度推进|未完成|尚未|未开工|剩余|(?<!已)开工|推进(?!完成)|筹建/;

/**
 * Work begun, not done: a figure after 开工/动工 counts projects started, which is the actual
 * only when the target itself counts starts ("新开工棚户区改造3000套").
 * Other: "已开工改造老旧小区30个，其中已完工9个".
 */
export const STARTED_CUE = /开工|动工|开建|启动/;

/**
 * Other: "1-6月，全市新增城镇就业1.75万人" (a period said is a period reported).
 * An achieved count needs a word that says so, somewhere before it in its sentence or right after.
 * Seed: "已完成农村公路建设81.661公里", "截至9月底，全市共抽检食品23142批次", "已覆盖202条";
 * seed counter-example: "建设和改造6家疾控机构冷链系统，其中台山市…" (no such word: not an actual).
 */
export const COMPLETION_CUE =
  /已|完成|累计|共|建成|完工|竣工|截至|截止|目前|现|达|实现|覆盖|增长|新增|新建|上线|开通|惠及|发放|办结|\d{1,2}[-—~至]\d{1,2}月|上半年|前三季度|今年以来|年初以来|(?:全年|今年|年内)(?:共|累计)?(?:培训|改造|开展|办理|服务|筛查|救助|资助|接种|投放|安装|演出|组织|举办)/;

/**
 * A printed completion percentage, read from the words just before it.
 * Seed: "完成全年食品抽检任务84.55%", "完成率达80%", "已完成全年目标任务的114.66%";
 * other: "完成率73.3%", "占全年计划60%", "为计划的85%", "完成65%(受疫情影响进展偏慢)".
 */
export const COMPLETION_PERCENT =
  /(?:完成率|完成(?:了|约)?(?:全年|年度|总|计划|目标)[^，,；;。%]{0,14}?|占(?:全年|年度|总)?(?:目标任务|计划任务|计划|任务|目标)(?:数|量)?(?:的)?|为(?:全年|年度|总)?(?:目标任务|计划任务|计划|任务|目标)(?:数|量)?的|进度|完成(?:了|约)?)\s*(?:达到|达|为|约)?\s*$/;

/**
 * Words that say what was done or when, but not to what. A figure whose words are only these
 * (and a list of places) names no thing of its own: it is the actual of the one count indicator
 * of its unit. Other: "累计完成156.3公里，完成率78.2%", "已开工1100户，竣工980户（81.7%）",
 * "已建成2所，另有2所正在施工", "分别在A区、B区、C区完成12、9、15个，共计36个".
 */
export const NAMELESS_WORDS =
  /已经?|累计|基本|顺利|陆续|完成|建成|竣工|完工|开工|动工|交付|投入使用|投用|验收|新建|建设|改造|共计|合计|总计|共|达到|达|实现|计划|目标|任务|分别|全部|另|约|余|超过|以上|左右|现|目前|截至|截止|年内|全年|年度|上半年|下半年|前三季度|[一二三四]季度|本月|当月|今年|本年|月份|预计|月底|年底|月末|年末|底前|实际|完成情况|进展情况|情况|进展|下达|在|于|根据|按照|依据/g;
/**
 * Verbs of the work done name no thing either: "已发放760户", "已筛查2.46万人", "已投放1350辆",
 * "目前已有5个投入运营" (other cities' reports).
 */
export const DOING_WORDS =
  /新增|发放|投放|安装|开通|开展|办理|服务|培训|筛查|救助|资助|慰问|接种|检查|整治|提升|修缮|铺设|演出|解决|扶持|有|投入运营|运营|开放|启用|开园|招生/g;
/** Two or more places in a list: "在A区、B区、C区完成…". 社区、小区 are things, not places. */
export const PLACE_LIST =
  /(?:[A-Za-z\u4e00-\u9fff]{1,3}?(?<![社小园景校片学病营])(?:区|县|市|镇|乡|街道)[、和及与])+[A-Za-z\u4e00-\u9fff]{1,3}?(?<![社小园景校片学病营])(?:区|县|市|镇|乡|街道)/g;
/**
 * A percentage alone at the head of its sentence, then a reason in brackets or nothing: the
 * completion of the item. Other: "65%(受汛期影响进展偏慢)". Not "93.2%的行政村…" (a rate).
 */
export const BARE_PERCENT_AFTER = /^\s*(?:[(（]|$)/;

/**
 * The target said again, right before its figure: no achievement.
 * Other: "已下达任务200公里，累计完成156.3公里", "年度目标任务30个，已完成18个".
 */
export const TARGET_BEFORE = /(?:任务|目标|下达|计划)(?:数|量)?(?:为|是|共|达)?\s*$/;
/**
 * A target word anywhere before the figure in its clause: with the target's own value it is the
 * target said again. Other: "年度目标新投放2000辆，已投放1350辆".
 */
export const TARGET_WORD = /目标|计划|任务|下达/;
/** …unless a verb says it was done: "已完成培训任务3000人". */
export const DONE_VERB = /完成|建成|实现|完工|竣工/;

/**
 * A running total: of two readings of the same thing, the cumulative one is the actual.
 * Other: "1-6月完成10个，累计完成18个"; "今年新建社区食堂10个，累计建成社区食堂18个".
 */
export const CUMULATIVE = /累计|共计|合计|总计|总共/;

/**
 * The running total after the period's increment: "本月新增停车位620个，达到4380个",
 * "9月新增扶持3120人，累计扶持4.6万人" (other cities' monthly reports).
 */
export const TOTAL_AFTER_INCREMENT =
  /^[，,\s]*(?:累计|总计|共)?(?:达到|达|增至|增加到|总数达到?|总量达到?)\s*$/;

/**
 * A status sentence that says the work is done or on schedule makes the figures of the sentence
 * after it achieved ones. Other: "已完成.接种流感疫苗2.15万剂次.", "按进度完成。新增泊位900个。".
 */
export const DONE_STATUS_BEFORE =
  /(?:^|[。；;.\n])\s*(?:已完成|已全部完成|全面完成|超额完成|提前完成|按进度完成|按序时推进|按序时完成|达到序时进度)\s*[。；;.]\s*$/;

/** Sub-counts of the total before them. Seed: "280447批次，其中快检蔬菜254555批次". */
export const SUBSET = /其中/;
/** "分别为12、9、15个，共计36个": the parts, then the total. */
export const PARTS = /分别/;
export const TOTAL_BEFORE = /(?:共计|合计|总计|总共|共)\s*$/;
/** A per-district figure after the total: "全市已建成45家，蓬江区12家、江海区8家". */
export const DISTRICT_BEFORE = /(?<![全我本])[\u4e00-\u9fff]{1,4}(?:区|县|市|镇|乡|街道)\s*$/;

/** A target that is an increase wants the increase. Seed: "749项…，较去年增长238项". */
export const INCREMENT = /增长|增加|新增|净增/;

/**
 * The target's own figure said done as a whole is achievement in words, not a count:
 * "7家已全部建成并投入运营", "3所幼儿园均已建成并开园招生" (other cities).
 */
export const WHOLE_DONE_AFTER = /^[^，,。；;]{0,8}?(?:已全部|全部|均已|均)/;

/** Words-only completion of a numeric target. Seed: "已全部达到“八有”标准"; other: "已全部通过验收". */
export const FULL_DONE =
  /已全部|均已(?:建成|完成|完工|竣工|投入使用|开园|开通|通过验收)|全部(?:完成|达到|通过|建成|实现)|已?全面完成|已(?:全部)?通过(?:验收|考核)|已完成(?:全年|年度)?(?:目标)?任务|提前完成/;
/**
 * The whole item said done, naming nothing: every indicator without a figure is achieved.
 * Other: "全年任务已完成。", "各项目标任务已全部完成。" (never with a figure: "年度任务已完成80%").
 */
export const ITEM_DONE =
  /^(?:[^0-9０-９%％]*?)(?:全年|年度|各项)(?:目标)?任务(?:均)?已(?:全部)?完成|^已(?:全部)?完成(?:全年|年度)(?:目标)?任务$/;

/** Completion of a milestone. Seed: "已实现…居住证业务全程网上办理", "全市完成…全覆盖的工作目标". */
export const MILESTONE_DONE = /已实现|已完成|完成|实现|已全部|建成/;
/** Hedges that deny completion. Seed: "650多个公共机构初步完成设施布置". */
export const HEDGE = /初步|部分|未|正在|推进中|尚/;

/**
 * Neighbouring nouns that name different things: a count of one is no actual of the other.
 * Seed: target "15个老旧社区改造", progress "老旧小区改造项目…已完工23个" (23 of 15: not the same
 * thing). Only a printed completion rate that agrees with the count ÷ target says the writer used
 * the neighbouring word for the same thing (agreeing-rate.ts): "已完成老旧小区改造9个，完成率60%".
 */
export const CONFUSABLES: [string, string][] = [
  ['社区', '小区'],
  ['行政村', '自然村'],
];

/** The words around a figure name the other noun of a confusable pair than `what` does. */
export function isConfusable(what: string, context: string): boolean {
  for (const [a, b] of CONFUSABLES) {
    if (what.includes(a) && !what.includes(b) && context.includes(b) && !context.includes(a))
      return true;
    if (what.includes(b) && !what.includes(a) && context.includes(a) && !context.includes(b))
      return true;
  }
  return false;
}

/** Words that carry no meaning when comparing a `what` with the words around a figure. */
export const MATCH_STOPWORDS =
  /全市|我市|本市|全区|全县|目前|截至|截止|任务|\d+月底|\d+月|底|累计|已经|已|完成|实现|共计|合计|共|达到|达|年内|全年|今年|其中|较去年|比去年|同比|有|为|了|的|现/g;
