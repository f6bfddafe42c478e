# Plenary 的界面（简体中文）：组织者对声明的汇总（待决修正案队列、合并、审核、论坛阶段、
# 总览、导出汇总后的声明）以及公开的决定记录。来源：../en/consolidation.ftl。
# 术语同 plenary.ftl：修正案、意见、立场、修订（优先事项文本的一个版本）、组织者；
# 全角标点；中文与拉丁字母或数字之间不加空格。

## 页眉导航

nav-overview = 总览
nav-decisions = 决定记录

## 通用

quoted-title = “{ $title }”
action-refused = 操作被拒绝。
action-failed = 操作未成功。

## 优先事项页面上的修正案

amendment-decision = { $state ->
    [accepted] 已采纳
    [merged] 已合并入文本
   *[rejected] 已否决
}
amendment-decision-reason = 组织者否决的理由：
amendment-conflict-intro = 与以下修正案修改同一段落：
revision-provenance = { $decision ->
    [merged] 由组织者{ $organizer }根据修正案{ $amendments }合并而成。
   *[accepted] 由组织者{ $organizer }采纳修正案{ $amendments }而成。
}
revision-provenance-full = { $decision ->
    [merged] 第{ $count }次修订：由组织者{ $organizer }根据修正案{ $amendments }合并而成。
   *[accepted] 第{ $count }次修订：由组织者{ $organizer }采纳修正案{ $amendments }而成。
}
phase-blocked = { $phase ->
    [drafting] 论坛仍处于起草阶段：组织者开启征求意见阶段后，才能提交意见、修正案和立场。
    [consolidating] 组织者正在汇总声明：不再接受新的修正案。
    [closed] 论坛已结束：不能再提交任何内容。
   *[other] 论坛当前阶段不允许此操作。
}
queue-open = { $count ->
    [0] 修正案队列（没有待决的）
   *[other] 修正案队列（{ $count }项待决）
}

## 审核

hide-action = 隐藏…
hide-reason-label = { $kind ->
    [comment] 为什么隐藏这条意见？
    [amendment] 为什么隐藏这项修正案？
   *[input] 为什么隐藏这份意见材料？
}
hide-reason-hint = 只有作者本人仍能看到它，并会看到您的理由。公开的决定记录只说明有内容被隐藏及其理由，绝不显示内容本身或作者。
hide-reason-missing = 请说明隐藏的理由。
hide-confirm = { $kind ->
    [comment] 隐藏意见
    [amendment] 隐藏修正案
   *[input] 隐藏意见材料
}
hide-done = { $kind ->
    [comment] 意见已隐藏。
    [amendment] 修正案已隐藏。
   *[input] 意见材料已隐藏。
}
hidden-own = 组织者已将此内容对除您以外的所有人隐藏。
hidden-reason = 他们的理由：

## 优先事项的待决修正案队列

queue-heading = 修正案队列
window-title-queue = 队列：{ $number } { $title } – Plenary
queue-to-priority = 返回优先事项{ $number }
queue-organizers-only = 只有论坛组织者才能就修正案作出决定。任何人都可以在决定记录中查看他们的决定。
queue-intro = 请对每项待决修正案作出决定：采纳、说明理由后否决，或选择几项合并为新的文本。每项决定都经过签名，并列入公开的决定记录。
queue-current-heading = 当前文本
queue-open-heading = 待决修正案
queue-to-log = 决定记录
queue-empty = 没有等待决定的修正案。
queue-select = 纳入合并
queue-changes = 对当前文本的修改
queue-changes-moved = 对当前文本的修改（该修正案基于较早的修订版本撰写）
queue-accept = 采纳…
queue-reject = 否决…
queue-accept-question = 采纳这项修正案？其文本将成为该优先事项的第{ $count }次修订。
queue-accept-note-label = 决定记录中的说明（可选）
queue-note-hint = 论坛所有成员都可以在决定记录中看到。
queue-accept-confirm = 采纳
queue-reject-reason-label = 为什么否决？
queue-reject-reason-hint = 理由是公开的：作者和论坛所有成员都会在决定记录中看到。
queue-reject-reason-missing = 请说明否决的理由。
queue-reject-confirm = 否决
queue-accepted = 已采纳。第{ $count }次修订现为当前文本。
queue-merged = 已合并。第{ $count }次修订现为当前文本。
queue-rejected = 已否决。理由已列入决定记录。
queue-merge-hint = { $count ->
    [0] 选择两项或以上修正案，将其合并为一个文本。
    [1] 已选择一项修正案：至少再选择一项才能合并。
   *[other] 已选择{ $count }项修正案。
}
queue-merge = 合并所选修正案…
queue-positions-hint = 立场针对的是整个优先事项。总览按利益攸关方群体和区域列出立场。
queue-comments-empty = 此优先事项尚无意见。

## 合并修正案

merge-heading = 合并{ $count }项修正案
merge-intro = 根据所选修正案撰写该优先事项的新文本。初始内容为当前文本。
merge-sources = 所选修正案的修改
merge-title-label = 标题
merge-title-missing = 请为优先事项填写标题。
merge-body-label = 文本
merge-body-missing = 请撰写优先事项的文本。
merge-changes = 合并后的文本对当前文本的修改
merge-unchanged = 尚无修改。
merge-note-label = 决定记录中的说明（可选）
merge-submit = 合并…
merge-question = 将此文本作为第{ $count }次修订？所选修正案将标记为已合并。
merge-confirm = 合并
merge-back = 返回文本

## 公开的决定记录

log-heading = 决定记录
log-intro = 本论坛组织者的所有决定，按时间由近及远排列：采纳、合并或否决的修正案，被隐藏的内容及理由，以及阶段变更。被隐藏的内容写了什么、由谁所写，一律不予显示。
log-empty = 尚无决定。
log-kind = { $kind ->
    [accepted] 采纳
    [merged] 合并
    [rejected] 否决
    [hidden] 隐藏
    [phase] 阶段
   *[other] { $kind }
}
log-amendments = { $kind ->
    [accepted] 采纳了修正案{ $amendments }。
    [merged] 合并了修正案{ $amendments }。
   *[rejected] 否决了修正案{ $amendments }。
}
log-hidden = { $kind ->
    [comment] 一条意见被隐藏。
    [amendment] 一项修正案被隐藏。
    [input] 一份民间社会意见材料被隐藏。
   *[other] 一项内容被隐藏。
}
log-phase = { $phase ->
    [drafting] 论坛回到起草阶段。
    [commenting] 论坛开始征求意见。
    [consolidating] 组织者开始汇总声明。
    [closed] 论坛已结束。
   *[other] 论坛进入{ $phase }阶段。
}
log-other = 决定：{ $kind }
log-reason = 理由：
log-organizer = 决定者：组织者{ $code }

## 论坛阶段（组织者）

phase-heading = 论坛阶段
phase-now = { $phase ->
    [drafting] 当前：起草阶段。
    [commenting] 当前：征求意见阶段。
    [consolidating] 当前：汇总阶段。
    [closed] 当前：已结束。
   *[other] 当前：{ $phase }。
}
phase-legend = 将论坛转入
phase-explain = { $phase ->
    [drafting] 组织者准备文本。参与者可以阅读，但尚不能提交意见、修正案或表明立场。
    [commenting] 参与者提交意见、修正案并表明立场。
    [consolidating] 组织者就修正案作出决定。参与者仍可提交意见和表明立场，但不能再提交修正案。
    [closed] 声明已定稿。任何人都不能再提交任何内容。
   *[other] { $phase }
}
phase-submit = 更改阶段…
phase-question = { $phase ->
    [drafting] 将论坛退回起草阶段？参与者将不能再提交意见、修正案或表明立场。此变更将列入决定记录。
    [commenting] 开始征求意见？参与者将可以提交意见、修正案并表明立场。此变更将列入决定记录。
    [consolidating] 将论坛转入汇总阶段？参与者将不能再提交修正案。此变更将列入决定记录。
   *[closed] 结束论坛？任何人都将不能再提交任何内容。此变更将列入决定记录。
}
phase-confirm = { $phase ->
    [drafting] 退回起草阶段
    [commenting] 开始征求意见
    [consolidating] 转入汇总阶段
   *[closed] 结束论坛
}
phase-changed = { $phase ->
    [drafting] 论坛已回到起草阶段。
    [commenting] 论坛正在征求意见。
    [consolidating] 论坛已进入汇总阶段。
    [closed] 论坛已结束。
   *[other] 论坛已进入{ $phase }阶段。
}

## 总览（组织者）

overview-heading = 总览
overview-intro = 一览所有优先事项：立场、意见和待决修正案，争议最大的排在最前。打开某一优先事项的队列，即可就其修正案作出决定。
overview-organizers-only = 总览仅供论坛组织者使用。任何人都可以在决定记录中查看他们的决定。
overview-table-heading = 优先事项
overview-sort-hint = 点击列标题按该列排序，再次点击则反向排序。“争议度”主要考虑反对立场和待决修正案。
overview-priority = 优先事项
overview-amendments = 待决修正案
overview-contention = 争议度
overview-column = { $column ->
    [priority] 优先事项：按声明顺序排序
    [support] 支持：按支持立场排序
    [neutral] 中立：按中立立场排序
    [oppose] 反对：按反对立场排序
    [comments-support] 支持：按支持意见排序
    [comments-concern] 关切：按关切意见排序
    [comments-question] 疑问：按疑问排序
    [comments-suggestion] 建议：按建议排序
    [amendments] 待决修正案：按待决修正案排序
   *[contention] 争议度：按争议程度排序
}
overview-breakdown-heading = 按利益攸关方群体和区域分列的立场
overview-breakdown-hint = 只有数字，绝无姓名。作者未公开其群体或区域的立场计为“未公开”。
overview-no-positions = 尚无立场。
overview-by-group = 按利益攸关方群体
overview-by-region = 按区域
overview-undisclosed = 未公开

## 导出汇总后的声明（组织者）

export-heading = 导出汇总后的声明
export-intro = 以论坛的某一种语言保存声明的当前版本，以便发布、分享或打印。
export-open = 导出…
export-dialog-heading = 导出声明
export-language = 语言
export-format = 格式
export-format-name = { $format ->
    [markdown] Markdown
    [html] HTML
    [docx] Word文档（DOCX）
   *[json] JSON
}
export-format-explain = { $format ->
    [markdown] 带标题的纯文本，便于编辑或纳入版本管理。
    [html] 独立网页，可直接打印，已包含字体。
    [docx] 可在Word、LibreOffice等文字处理软件中打开。
   *[json] 供其他工具使用的结构化数据。
}
export-annexes = 附件
export-annex = { $annex ->
    [positions] 按利益攸关方群体和区域分列的立场（数字）
    [decisions] 修正案和决定记录
   *[comments] 按优先事项和类型分列的意见
}
export-redaction = 无论在此如何选择，只有作者同意就该项内容署名时，才会出现其姓名和所属机构。
export-submit = 导出
export-working = 正在导出…
export-close = 关闭
export-saved = 已保存到：
