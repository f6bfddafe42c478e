# 导出的综合声明（Markdown、HTML、DOCX）所用的文字。参见 en.ftl。

exported-on = 综合声明，于 { $date } 从 Plenary 导出。
phase = { $phase ->
    [drafting] 阶段：起草
    [commenting] 阶段：征求意见
    [consolidating] 阶段：汇总
   *[closed] 阶段：已结束
}
rule-chatham-house = 依照查塔姆宫规则：所发表的内容可以使用，但除非贡献者本人就该项贡献选择署名，否则不披露其身份。
rule-attributed = 贡献者按其对每项贡献所作的选择署名。
translation-state = { $state ->
    [machine_draft] 机器翻译，尚未审校
    [needs_review] 译文待审校
    [translated] 已翻译
   *[approved] 已核准的译文
}
translation-outdated = 此译文依据的是原文的较早版本。
untranslated = 尚未翻译；显示原文（{ $language }）。
contents = 目录
revision = 第 { $count } 版
revision-from = 采纳自修正案：{ $titles }
annex-positions = 附件：按利益相关方群体和地区分列的立场
annex-positions-note = 参与者对各优先事项所持立场的数量。未披露所属群体或地区的参与者计为“未披露”；不列出任何人的姓名。
annex-decisions = 附件：修正案与决定
annex-comments = 附件：按优先事项和类型分列的评论
column-priority = 优先事项
column-support = 支持
column-neutral = 中立
column-oppose = 反对
column-total = 全体参与者
column-group = 利益相关方群体
column-region = 地区
group = { $group ->
    [government] 政府
    [academia] 学术界
    [industry] 产业界
    [civil_society] 民间社会
    [international_organization] 国际组织
    [other] 其他
   *[undisclosed] 未披露
}
region = { $region ->
    [africa] 非洲
    [americas] 美洲
    [asia] 亚洲
    [europe] 欧洲
    [oceania] 大洋洲
   *[undisclosed] 未披露
}
comment-kind = { $kind ->
    [support] 支持
    [concern] 关切
    [question] 问题
   *[suggestion] 建议
}
amendment-state = { $state ->
    [proposed] 待决
    [withdrawn] 已由提出者撤回
    [accepted] 已接受
    [merged] 已合并
   *[rejected] 已否决
}
decision-reason = 理由：{ $reason }
amendments = 修正案
decision-log = 决定记录
log-accepted = 已接受：{ $titles }
log-merged = 已合并为新文本：{ $titles }
log-rejected = 已否决：{ $titles }
log-hidden = { $kind ->
    [comment] 一条评论已被隐藏
    [amendment] 一项修正案已被隐藏
   *[input] 一份意见材料已被隐藏
}
log-phase = 论坛进入新阶段（{ $phase ->
    [drafting] 起草
    [commenting] 征求意见
    [consolidating] 汇总
   *[closed] 已结束
}）
log-by = 组织者 { $organizer }
no-decisions = 尚无决定。
no-positions = 尚无立场。
no-comments = 暂无评论。
anonymous = 一位参与者
