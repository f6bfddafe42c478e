# Plenary's user interface in Chinese (simplified). Source: ../en/plenary.ftl, which has the
# translator notes; every message there has the same id here, with the same variables.
#
# Terms: safety = 安全, security = 安保 (as in the sample glossary); Chatham House Rule =
# 查塔姆宫规则; statement = 声明; priority = 优先事项; amendment = 修正案; comment = 意见;
# position = 立场; draft = 草稿; stakeholder group = 利益攸关方群体; glossary = 术语表;
# review = 审校; approve = 批准. The reader is 您. Full-width punctuation; no spaces between
# Chinese and Latin letters or digits, as in UN Chinese documents. Counts have one form.

## The application

app-name = Plenary
skip-to-content = 跳至正文
loading = 正在加载……

language-autonym = 中文
language-select-label = 语言

## The header: the forum's title and where it stands.

forum-status-label = 论坛状态
forum-phase = { $phase ->
    [drafting] 起草阶段
    [commenting] 征求意见阶段
    [consolidating] 汇总阶段
    [closed] 已结束
   *[other] { $phase }
}
forum-attribution = { $attribution ->
    [chatham_house] 查塔姆宫规则
   *[attributed] 署名发言
}

## The forums on this device, in the header

forum-switcher = 论坛
forum-list-label = 本设备上的论坛
forum-origin = { $origin ->
    [sample] 示例论坛，仅在本设备上
    [file] 从文件导入，仅在本设备上
   *[other] 仅在本设备上
}
forum-current = 当前显示
forum-joining = 正在加入……（{ $server }）
forum-joining-hint = 首次同步完成后即可打开。
forum-opened = 现在显示“{ $title }”。

## The statement

statement-heading = 优先事项声明
statement-empty = 本声明尚无优先事项。
window-title-statement = { $forum } – Plenary

## A priority's own page

breadcrumb-label = 导航路径
back-to-statement = 优先事项声明
go-to-statement = 前往优先事项声明
section-label = 第{ $number }节
priority-revision = { $count ->
    [1] 初版，{ $date }
   *[other] 第{ $count }次修订，{ $date }
}
priority-revision-note = 本次修订的理由：
priority-pager-label = 上一项和下一项优先事项
priority-previous = 上一项优先事项
priority-next = 下一项优先事项
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

reading-language-label = 阅读语言
reading-language-original = { $language }（原文）
reading-language-changed = 现在以{ $language }阅读。
translation-state = { $state ->
    [untranslated] 未翻译
    [machine_draft] 机器翻译草稿
    [needs_review] 待审校
    [translated] 已翻译
    [approved] 已批准
   *[other] { $state }
}
reading-untranslated = 尚未翻译——显示原文
translation-outdated = 已过时：原文已更改
show-original = 显示原文
original-heading = 原文
original-comment-hint = 意见均锚定在原文上。如需就某段文字发表意见，请显示原文。

## Translating the statement: the parts and their state

translate-heading = 翻译
translate-intro = 将声明逐部分翻译成论坛使用的各种语言。打开某一部分，即可在原文旁边进行翻译，并随时查阅术语表。
translate-no-languages = 本论坛只使用一种语言，因此没有需要翻译的内容。
translate-language-label = 译入语言
translate-from = 原文语言：{ $language }
translate-progress-heading = 进度
translate-progress = 共{ $total }个部分，已翻译或已批准{ $done }个
translate-count-outdated = 已过时
translate-count-drafts = 本机上的草稿
translate-parts-heading = 声明的各个部分
translate-only-needing-work = 仅显示需要处理的部分
translate-nothing-needs-work = 所有部分均已批准且为最新。
translate-keys-hint = 使用上下方向键在各部分之间移动，按Enter键打开。
translate-subject-kind = { $kind ->
    [title] 标题
    [preamble] 序言
    [section] 节
    [priority] 优先事项
    [about] 结语
   *[other] 部分
}
translate-has-draft = 已保存草稿
translation-flag-forbidden-prefer = “{ $concept }”使用了禁用术语“{ $term }”，宜用“{ $preferred }”
translation-flag-forbidden = “{ $concept }”使用了禁用术语“{ $term }”
translation-flag-missing = “{ $concept }”缺少首选术语“{ $term }”

## The translation editor: one part of the statement, original and translation side by side

translation-editor-kicker = { $kind } · 译成{ $language } · 第{ $position }部分，共{ $total }部分
translation-source-heading = 原文 · { $language }
translation-target-heading = 译文 · { $language }
translation-source-formatted = 显示带格式的原文
translation-aids-label = 术语表和原文格式
translation-term-hint = 术语表术语。按Enter键打开其词条。
translation-keys-hint = 术语表中的术语带有下划线。用Tab键移到术语上，用方向键在术语之间移动，按Enter键打开术语的词条。在编辑器中任何位置按Alt+G可打开下一个术语的词条；按Esc键返回。
translation-title-label = 标题
translation-body-label = 正文
translation-state-label = 本译文的状态
translation-submit = 保存版本
translation-submit-hint = 您的草稿会在输入时保存在本机上。“保存版本”（或Ctrl+Enter）将其签署为译文的新版本；Plenary下次连接论坛时将发送该版本。
translation-discard = 放弃草稿
translation-no-draft = 没有改动：这是当前版本。
translation-discard-question = 要放弃此草稿吗？编辑器将恢复为当前版本。
translation-submitted = 版本已保存，可以发送。
translation-cannot-translate = 您在本论坛中的角色不允许保存译文。您仍可在此起草；译员或组织者可以保存。
translation-flags-heading = { $count ->
    [0] 术语表检查：没有需要注意的问题
   *[other] 术语表检查：{ $count }处需要注意
}
invalid-translation-empty = 请先写好译文，再保存版本。
invalid-translation-title = 请同时翻译标题。
invalid-translation-state = 请选择本译文的完成程度。
translation-current-heading = 当前版本
translation-current-none = 尚无版本：这一部分还没有译成该语言。
translation-current-by = 译者：
translation-current-date = 日期：{ $date }
translation-review-note = 审校意见：
translation-outdated-heading = 本译文完成后原文已更改
translation-outdated-explain = 原文的改动显示如下：新增的词语加下划线，删除的词语加删除线。编辑器中是当前译文：请加以更新，然后保存新版本。
translation-changes-title = 标题中
translation-changes-body = 正文中
translation-review-heading = 审校
translation-review-explain = 审校针对上面显示的当前版本，而不是草稿。
translation-approve = 批准此版本
translation-send-back-open = 退回审校……
translation-send-back = 退回审校
translation-send-back-note = 给译者的说明（可选）
translation-reviewed = { $decision ->
    [approved] 版本已批准。
   *[needs_review] 版本已退回审校。
}
translation-pager-label = 上一部分和下一部分
translation-previous = 上一部分（Alt+Page Up）
translation-next = 下一部分（Alt+Page Down）
glossary-panel-heading = 本部分中的术语表术语
glossary-panel-empty = 本部分没有术语表术语。
glossary-panel-back = 返回正文（Esc）
glossary-panel-open = 在术语表中打开
term-status = { $status ->
    [preferred] 首选
    [admitted] 许用
    [forbidden] 禁用
   *[other] { $status }
}
glossary-definition = 定义：
glossary-usage-note = 用法：
glossary-no-entry = 该语言尚无词条。
window-title-translate = 译成{ $language } – Plenary
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = 术语表
glossary-intro = 在不同语言和文化中含义不同的术语，例如安全（safety）与安保（security）。每个概念列出：论坛各语言中应使用的术语（首选、许用或禁用）、其含义及用法。
glossary-filter-label = 查找术语
glossary-filter-placeholder = 术语、定义或说明
glossary-languages-label = 显示的语言
glossary-languages-all = 所有语言
glossary-languages-with = 原文和{ $language }
glossary-count = 显示{ $count }个概念，共{ $total }个
glossary-empty = 术语表中还没有概念。
glossary-none-found = 没有匹配的概念。请尝试其他写法，或减少字数。
glossary-unnamed = 新概念
glossary-add = 添加概念
glossary-add-note = 该概念涉及什么内容，为何存在争议（可选）
glossary-add-submit = 添加
glossary-added = 概念已添加。请为其填写原文语言的术语。
glossary-edit = 编辑{ $language }词条
glossary-add-entry = 添加{ $language }词条
glossary-editor-heading = { $language }词条
glossary-terms-legend = 术语
glossary-term-label = 术语
glossary-term-status-label = 状态
glossary-term-add = 添加术语
glossary-term-remove = 删除
glossary-term-remove-label = 删除“{ $term }”
glossary-definition-label = 定义
glossary-usage-label = 用法说明
glossary-save = 保存词条
glossary-cancel = 取消
glossary-editor-hint = 空白术语将被忽略。“保存”（或Ctrl+Enter）将签署该词条；Plenary下次连接论坛时将发送该词条。
glossary-saved = 词条已保存。
invalid-glossary-too-many = 一个词条最多包含50个术语。请删除部分术语后再保存。

## Files for translation and terminology tools

exchange-heading = 交换文件
exchange-translations-explain = 在翻译工具中处理译成{ $language }的译文：导出为XLIFF 2.0或PO格式，然后导入已翻译的文件。所有不同之处都会保存为新版本；文件只要有任何问题，就不会作任何更改。
exchange-glossary-explain = 在术语工具中使用术语表：导出为TBX格式，或导入TBX文件。文件只要有任何问题，就不会作任何更改。
exchange-export-xliff = 导出XLIFF
exchange-export-po = 导出PO
exchange-export-tbx = 导出TBX
exchange-import-translations = 导入XLIFF或PO文件
exchange-import-glossary = 导入TBX文件
exchange-saved = 已保存到{ $path }
exchange-imported = 已导入：{ $written }个新版本，{ $unchanged }个未更改，{ $skipped }个未翻译。
exchange-imported-glossary = 已导入：写入{ $written }个词条，{ $unchanged }个未更改。

## Pages that do not exist

not-found-heading = 找不到页面
not-found-body = Plenary中此地址没有任何内容。

## Errors

error-heading = 无法显示此页面
error-generic = Plenary无法加载此页面。请重试；如果仍然失败，请重新启动Plenary。
error-details = 技术详情
error-retry = 重试
error-bad-request = Plenary无法识别此地址。如果您是通过链接来到这里的，请返回声明后重试。
error-internal = 之前的一项操作中途失败。请重新启动Plenary，然后重试。
error-ipc = 此窗口无法与Plenary的其他部分通信。请重新启动Plenary；如果问题再次出现，请报告下面的技术详情。
error-not-found = 您的论坛副本中没有此内容。它可能已被删除，或尚未同步到本设备。
error-store = 无法读取本设备上的论坛数据。请关闭正在运行的其他Plenary副本，然后重试。
error-io = 无法读取或写入文件。请检查磁盘是否有可用空间，然后重试。
error-key-file = 无法使用本设备的密钥。请确认只有您的用户账户可以读取Plenary的数据文件夹。
error-statement = 声明格式有误，无法读取。请向组织者索取更正后的副本。
error-record = Plenary拒绝了它自己作出的一项更改。这是程序错误：请报告下面的技术详情。
error-random = 您的系统无法提供Plenary保护数据所需的随机数。请重新启动计算机，然后重试。
error-network = Plenary无法连接论坛服务器。请检查网络连接；Plenary会继续尝试。
error-server = 论坛服务器拒绝了该请求。
error-protocol = 无法理解论坛服务器的响应。服务器可能运行着另一版本的Plenary；请告知组织者。
error-import = 无法导入此文件，因此未作任何更改。文件存在以下问题：

## The header's navigation and search

nav-label = 主导航
nav-statement = 声明
nav-mine = 我的发言
nav-settings = 设置
nav-join = 加入论坛
nav-translate = 翻译
nav-glossary = 术语表
search-label = 搜索声明、意见和修正案
search-placeholder = 搜索（按/键）
search-submit = 搜索
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = 您
author-pseudonym = 参与者{ $code }
stakeholder-group = { $group ->
    [government] 政府
    [academia] 学术界
    [industry] 产业界
    [civil_society] 民间社会
    [international_organization] 国际组织
   *[other] 其他利益攸关方
}
region = { $region ->
    [m002] 非洲
    [m019] 美洲
    [m142] 亚洲
    [m150] 欧洲
    [m009] 大洋洲
   *[other] 区域{ $code }
}
language-name = { $code ->
    [ar] 阿拉伯语（العربية）
    [zh] 中文
    [en] 英语（English）
    [fr] 法语（Français）
    [ru] 俄语（Русский）
    [es] 西班牙语（Español）
   *[other] { $code }
}
language-name-with-autonym = { $name }（{ $autonym }）
language-group-forum = 本论坛使用的语言
language-group-other = 其他语言

## A priority's page: its text, and what participants contribute to it

on-this-page-label = 本页内容
comment-selection-hint = 选中正文中的一段文字，即可对其发表意见。
comment-on-selection = 就这段文字发表意见
comment-on-selection-shortcut = 或按Ctrl+Alt+M
passage-hint = 有意见的段落。按Enter键查看意见。
comments-heading = 意见
comments-empty = 尚无意见。请选中一段文字，或就整个优先事项发表意见。
comment-add = 发表意见
amendments-heading = 修正案
amendments-empty = 尚未提出修正案。
amendment-add = 提出修正案
positions-heading = 立场
positions-explain = 支持、中立或反对这一优先事项的参与者人数。只显示人数，绝不显示是谁。
positions-counts-label = 共有{ $total }人表明立场

comment-kind = { $kind ->
    [support] 支持
    [concern] 关切
    [question] 疑问
   *[suggestion] 建议
}
comment-edited = 已编辑
comment-earlier-revision = 针对较早的修订版
anchor-fuzzy = 这段文字已有改动。
anchor-orphaned = 这段文字已不在正文中。
anchor-show-in-text = 在正文中显示
comment-retract-question = 要撤销此意见吗？其他人将无法再看到它。

amendment-state = { $state ->
    [withdrawn] 已撤回
   *[proposed] 已提出
}
amendment-changes = 对正文的修改
amendment-changes-from-current = 与当前正文相比的修改（此修正案针对较早的修订版撰写）
amendment-changes-from-base = 与撰写时所依据正文相比的修改
amendment-proposed-text = 提议的正文
amendment-rationale = 理由
amendment-withdraw-question = 要撤回此修正案吗？它仍会显示，并标为已撤回。
diff-added-start = （新增：
diff-added-end = ）
diff-removed-start = （删除：
diff-removed-end = ）

stance = { $stance ->
    [support] 支持
    [oppose] 反对
   *[neutral] 中立
}
position-yours = 您的立场：
position-change = 更改
position-clear = 清除我的立场
position-clear-question = 要清除您的立场吗？它将不再被计入。
position-clear-confirm = 清除
position-heading-new = 您的立场
position-heading-change = 更改您的立场
position-stance-legend = 您对这一优先事项的立场
position-reason-label = 您的理由（可选）
position-submit = 表明我的立场

## Actions on a contribution

action-edit = 编辑
action-retract = 撤销
action-retract-confirm = 撤销
action-withdraw = 撤回
action-withdraw-confirm = 撤回
action-cancel = 取消
contribution-kind = { $kind ->
    [comment] 意见
    [amendment] 修正案
   *[position] 立场
}
contribution-status = { $status ->
    [ready] 待发送
    [sent] 已发送
    [rejected] 被服务器拒绝
   *[other] { $status }
}
contribution-state = { $state ->
    [withdrawn] 已撤回
    [retracted] 已撤销
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] 撤销
    [amendment] 撤回
   *[position] 清除
}
contribution-retract-question = { $kind ->
    [comment] 要撤销此意见吗？其他人将无法再看到它。
    [amendment] 要撤回此修正案吗？
   *[position] 要清除此立场吗？它将不再被计入。
}
contribution-submitted = { $kind ->
    [comment] 您的意见已可发送。
    [amendment] 您的修正案已可发送。
   *[position] 您的立场已可发送。
}
contribution-retracted = { $kind ->
    [comment] 您的意见已撤销。
    [amendment] 您的修正案已撤回。
   *[position] 您的立场已清除。
}

refused-by-server = 被服务器拒绝：
refused-by-server-no-reason = 被服务器拒绝。
refused-hint = 可编辑后发送新版本，或将其撤销。

## Editors of comments, amendments and positions

composer-heading-new = 新意见
composer-heading-edit = 编辑您的意见
composer-quote-caption = 针对这段文字
composer-remove-quote = 移除这段文字
composer-kind-legend = 这是哪一类意见？
composer-body-label = 您的意见
composer-language = 您所用的语言
composer-submit = 提交
composer-discard = 放弃草稿
composer-discard-edit = 放弃更改
composer-submit-hint = 草稿会在输入时保存在本机上。“提交”（或Ctrl+Enter）将签署您的文字；Plenary下次连接论坛时将其发送。
markdown-hint = 可以使用Markdown：**粗体**、*斜体*、以-开头的列表、链接。
preview-label = 预览
preview-empty = 暂无可预览的内容。
attribution-legend = 向他人显示
attribution-choice = { $choice ->
    [group_and_region] 利益攸关方群体和区域
    [name] 姓名
   *[pseudonym] 仅显示化名
}
attribution-help = { $choice ->
    [group_and_region] 您的利益攸关方群体和区域将与您的化名一起显示，绝不显示您的姓名。
    [name] 将显示您的姓名和所属机构，以及您的利益攸关方群体和区域。
   *[pseudonym] 只显示您在本论坛中的化名，例如“参与者K7QM2”。
}
attribution-missing = { $choice ->
    [name] 您的设置中尚未填写姓名，因此无法显示。
   *[group_and_region] 您的设置中尚未填写利益攸关方群体和区域，因此无法显示。
}
attribution-open-settings = 在“设置”中添加
amendment-heading-new = 新修正案
amendment-heading-edit = 编辑您的修正案
amendment-intro = 按照您的提议改写标题和正文。正文已预先填入当前版本。
amendment-base-moved = 开始撰写此修正案后正文已有改动：预览将其与当前正文进行比较。
amendment-title-label = 提议的标题
amendment-body-label = 提议的正文
amendment-changes-preview = 您的修正案所作的修改
amendment-no-changes = 尚无修改。
amendment-rationale-label = 理由（可选）
amendment-submit = 提交修正案
draft-saved = 已于{ $time }保存
draft-saved-earlier = 草稿已保存在本机上
draft-saving = 正在保存……
draft-not-saved = 尚未保存：还没有输入内容。
draft-save-failed = 无法保存此草稿。您的文字仍在；Plenary会在您输入时重试。
draft-discarded = 草稿已放弃。
draft-discard-question = 要放弃此草稿吗？其中的文字将会丢失。
draft-discard-confirm = 放弃

invalid-body-empty = { $kind ->
    [amendment] 请先写好提议的正文再提交。
   *[comment] 请先写好意见再提交。
}
invalid-title-empty = 请为修正案添加标题。
invalid-stance = 请选择支持、中立或反对。
invalid-anchor = 所选段落已不在正文中。请将其移除，或重新选择段落。
invalid-comment-kind = 请选择意见的类别。
invalid-language = 请选择您所用的语言。

## My contributions

mine-heading = 我的发言
mine-intro = 草稿在您提交之前一直保存在本机上。已提交的发言经过签署，在Plenary能够将其发送到论坛之前会在此等候。
mine-drafts-heading = 草稿
mine-drafts-empty = 没有草稿。您一开始写作，草稿就会出现在这里。
mine-ready-heading = 待发送
mine-ready-empty = 没有等待发送的内容。
mine-sent-heading = 已发送
mine-sent-empty = 尚未发送任何内容。
mine-open-draft = 打开
mine-continue-edit = 继续编辑
mine-draft-edits = 修改已提交的发言
mine-saved-at = 保存于{ $date }
mine-refused-heading = 被服务器拒绝
mine-refused-explain = 论坛服务器没有接受以下发言；每一项都注明了原因。

## The status line: how the forum shown stands with its server

sync-bar-label = 与论坛服务器的连接
sync-local = 仅在本设备上
sync-join = 加入论坛
sync-syncing = 正在同步……
sync-sending = 正在同步：已发送{ $sent }/{ $total }
sync-receiving = 正在同步：正在接收……已收到{ $count }项
sync-up-to-date = 已是最新
sync-up-to-date-at = 已是最新 · 上次同步：{ $time }
sync-offline = 离线
sync-offline-retry = 离线——将于{ $time }重试
sync-error = 无法同步：
sync-announce-error = 无法与论坛服务器同步。
sync-next-try = 将于{ $time }重试
sync-waiting = { $count }项待发送
sync-refused = { $count }项被服务器拒绝
sync-data-used = 本月已用数据：{ $amount }
sync-now = 立即同步
sync-unknown = 无法读取同步状态。

## Search

search-heading = 搜索
search-heading-for = “{ $query }”的搜索结果
search-prompt = 输入词语，搜索声明、意见和修正案。
search-none = 未找到任何内容。请尝试其他词语，或减少词语。
search-count = { $count ->
    [0] 未找到“{ $query }”的结果
   *[other] 找到{ $count }条与“{ $query }”相关的结果
}
search-keys-hint = 使用上下方向键在结果之间移动，按Enter键打开。
search-kind = { $kind ->
    [comment] 意见
    [amendment] 修正案
   *[priority] 优先事项
}

## Settings

settings-heading = 设置
identity-heading = 关于您
identity-explain = 这些信息保存在本机上。只有当您在某项发言的署名设置中选择显示时，它们才会随该发言离开本机：利益攸关方群体和区域，或您的姓名。
identity-explain-attribution = 除非您对某项发言另作选择，否则按照查塔姆宫规则，其他人只能看到您的化名。
identity-name = 姓名
identity-affiliation = 所属机构
identity-group = 利益攸关方群体
identity-region = 区域
identity-not-given = 未填写
identity-save = 保存
settings-forums-heading = 论坛
settings-forums-explain = 要参加在服务器上运行的论坛，请使用组织者提供的地址和邀请码加入。

## Joining a forum on a server

join-heading = 加入论坛
join-intro = 论坛组织者会向您提供服务器地址和邀请码。加入时会将下列信息发送给组织者；首次同步后，论坛的声明就会送达。
join-forum-legend = 论坛
join-server = 服务器地址
join-server-hint = 例如forum.example.org
join-invite = 邀请码
join-invite-hint = 每个邀请码可使用的次数有限。
join-profile-legend = 关于您（仅供组织者查看）
join-affiliation = 所属机构（可选）
join-contact = 组织者如何联系您（可选）
join-contact-hint = 例如电子邮件地址或电话号码。
join-keep = 同时在“设置”中保存我的姓名、所属机构、群体和区域，以便我选择在发言中显示。
join-submit = 加入
join-joining = 正在加入……网络较慢时可能需要一分钟。
join-privacy-heading = 谁能看到什么
join-privacy-sent = 发送到论坛服务器
join-privacy-sent-body = 这些信息（只有组织者能看到）；以及您提交的每项发言，仅附带您为其选择的署名方式。
join-privacy-kept = 保留在本机上
join-privacy-kept-body = 您的草稿和设备密钥。
join-privacy-rule = 查塔姆宫规则
join-privacy-rule-body = 除非您对某项发言另作选择，否则其他人看到的是化名，例如“参与者K7QM2”。
join-missing-server = 请输入服务器地址。
join-missing-invite = 请输入邀请码。
join-missing-name = 请输入您的姓名，供组织者查看。
join-invalid-server = 这不是服务器地址。请按组织者提供的形式输入，例如forum.example.org。
join-invalid-invite = 请输入您收到的邀请码。
join-invalid-group = 请从列表中选择利益攸关方群体。
join-refused = 论坛服务器没有接受此请求。服务器的答复是：
join-unreachable = Plenary无法连接到该服务器。请检查地址和网络连接，然后重试。
join-failed = 加入失败。请重试；如果仍然失败，请将下面的技术详情告知组织者。
join-done = 您已加入{ $server }上的论坛。首次同步完成后，论坛的声明将显示在这里。
join-not-saved = 无法将您的信息保存到“设置”中。
join-arrived = “{ $title }”的声明已送达。
