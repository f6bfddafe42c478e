# Plenary界面（简体中文）：民间社会意见、标准化人工智能事件报告、团体账户以及组织者收到的提交列表。
# 来源：../en/reports.ftl（其中有给译者的说明）；此处每条消息的标识符和变量与之相同。
#
# Terms: incident report = 事件报告; input (civil society's, on the statement) = 意见书;
# organizers = 组织者; endorse = 支持; triage = 分拣; submit = 提交; withdraw = 撤回;
# group account = 团体账户; device key = 设备密钥. TLP (Traffic Light Protocol): the level
# names CLEAR, GREEN, AMBER, AMBER+STRICT and RED stay in English, as the protocol asks.
# Sectors: ISIC Rev. 4 (《所有经济活动的国际标准行业分类》). Full-width punctuation.

## 页眉导航

nav-reports = 报告
nav-submissions = 收到的提交

## 表单通用

form-required = （必填）
form-choose = 请选择…
form-untitled = 无标题
form-group-none = 仅本人（不代表团体）
form-group-hint = 以团体名义提交时，在署名方式允许之处显示团体名称；之后团体任何成员均可更新。
form-group-hint-none = 您不是任何团体的成员。
form-problems-heading = 提交前需修正{ $count }个问题
form-problem-file = 文件

## 多选（国家、部门）

picker-placeholder = 输入以搜索，按↓查看全部
picker-none = 没有匹配项。请换一种写法。
picker-chosen = { $field }：已选
picker-remove = 移除
picker-remove-item = 移除{ $name }
picker-added = 已添加{ $name }
picker-removed = 已移除{ $name }

## 报告和意见书：列表页

reports-heading = 报告和意见书
reports-intro = 民间社会团体在此向论坛组织者提交结构化意见书和标准化的人工智能事件报告。表单会在输入时保存在本机上，您可以稍后再完成；提交的内容会在Plenary下次连接论坛时发送。
reports-new-report = 新建事件报告
reports-new-input = 新建关于声明的意见书
reports-import = 导入报告（JSON）
reports-import-hint = 采用Plenary已发布的事件报告格式的文件。导入后将作为表单打开，供您检查并提交。
reports-import-refused = 无法导入此文件，因此未作任何更改。文件存在以下问题：
reports-all-submissions = 全部提交（筛选和分拣）
reports-forms-heading = 尚未提交
reports-forms-empty = 没有未完成的表单。
reports-forms-unknown = 无法列出保存在本机上的表单。
reports-mine-heading = 您提交的
reports-mine-empty = 您尚未提交任何内容。
reports-others-heading = 其他参与者提交的
reports-others-explain = 标记为TLP:CLEAR或TLP:GREEN的报告，以及意见书。团体成员可以代表本团体表示支持。
reports-others-explain-organizer = 作为组织者，您可以看到所有报告，无论其标记如何。
reports-others-empty = 暂无其他参与者提交的内容。

report-submitted = 您的报告已提交，等待发送：Plenary将在下次连接论坛时发送。
input-submitted = 您的意见书已提交，等待发送：Plenary将在下次连接论坛时发送。
report-imported = 报告已导入新表单。请检查后提交。

## 列表中的报告或意见书

submission-kind = { $kind ->
    [report] 事件报告
   *[input] 意见书
}
input-status = { $status ->
    [withdrawn] 已撤回
   *[submitted] 已提交
}
input-concerns = 涉及优先事项{ $priorities }
submitted-for-group = 代表{ $group }
endorsement-count = { $count ->
    [0] 暂无支持
   *[other] { $count }项支持
}
attachment-count = { $count }个文件
endorse-as = 代表“{ $group }”表示支持
endorsed = 已代表“{ $group }”表示支持。
report-occurred-on = 发生于{ $date }

## 事件报告表单

report-form-heading-new = 新建事件报告
report-form-heading-update = 更新您的报告
report-form-intro = 请尽可能准确地描述发生的情况。表单会在输入时保存在本机上：您可以离开，稍后再完成。标有“必填”的字段须在提交前填写。
report-form-update-note = 此报告提交时的状态为“{ $status }”。再次提交将发送新版本，对所有能看到它的人替换原报告。
report-part-what = 发生了什么
report-part-harm = 严重程度
report-part-who = 人工智能系统及相关方
report-part-where = 发生地点
report-part-sources = 来源和文件
report-part-security = 安保情况及所采取的措施
report-part-sharing = 谁可以接收
report-title-hint = 简短标题，6至500个字符。
report-harm-types-hint = 勾选已经发生或可能发生的每一类损害。
report-countries-hint = 事件发生或产生影响的国家。
report-sectors-hint = 涉及的活动领域（国际标准行业分类的门类）。
report-sources-hint = 至少一个来源：文章、报告、亲历者陈述、数据等。请说明每个来源谁可以查看。
report-security-hint = 这是否是针对人工智能系统或借助人工智能系统实施的攻击？
report-procedure-hint = MITRE ATLAS技术编号，例如AML.T0051，按攻击使用的顺序排列。
report-tlp-hint = 交通灯协议（TLP）。TLP:RED和TLP:AMBER报告只发送给论坛组织者，绝不会到达其他参与者的设备。
report-entity-id-hint = 小写拉丁字母、数字和连字符，例如acme-labs。根据名称自动生成；名称中没有拉丁字母时请自行输入。
report-material-url-hint = 如果来源不在网上，请留空。
report-material-date-hint = YYYY、YYYY-MM或YYYY-MM-DD
report-material-remove = 移除此来源
report-discard-question = 要放弃这份报告吗？其中输入的全部内容都将丢失。
report-submit = 提交报告
report-submit-update = 提交新版本
report-submit-hint = 输入时保存在本机上。“提交”（或Ctrl+Enter）将签署报告；Plenary下次连接论坛时将其发送。
report-kept = 此报告还带有来自所导入文件的{ $classifications }项分类和{ $translations }项翻译，将原样保留。

report-field = { $field ->
    [title] 标题
    [description] 发生了什么
    [record_kind] 事件类型
    [ai_relation] 人工智能系统与事件的关系
    [date_occurred] 发生时间
    [severity] 严重程度
    [harm_types] 损害类型
    [supporting_materials] 来源
    [status] 报告状态
    [tlp] 谁可以接收（TLP）
    [attribution] 作者的署名方式
    [lang] 报告语言
    [countries] 国家
    [ai_system] 人工智能系统
    [developers] 开发方
    [deployers] 部署方
    [harmed_parties] 受害方
    [sectors] 部门
    [is_security_incident] 安保事件
    [procedure] 攻击技术
    [actions_taken] 所采取的措施
    [classifications] 分类
    [translations] 翻译
    [group] 代表
    [attachments] 文件
   *[other] { $field }
}
report-subfield = { $field ->
    [title] 标题
    [url] 网址（URL）
    [type] 类型
    [date] 发布日期
    [language] 语言
    [access] 谁可以查看
    [name] 名称
    [id] 简短标识
    [version] 版本
    [precision] 精确度
    [namespace] 分类体系
    [attributes] 属性
    [value_json] 值
   *[other] { $field }
}
report-field-row = { $field ->
    [supporting_materials] 来源{ $row }
    [developers] 开发方{ $row }
    [deployers] 部署方{ $row }
    [harmed_parties] 受害方{ $row }
    [procedure] 技术{ $row }
    [countries] 国家{ $row }
    [sectors] 部门{ $row }
    [harm_types] 损害类型{ $row }
    [classifications] 分类{ $row }
    [attributes] 属性{ $row }
    [translations] 翻译{ $row }
   *[other] { $field }{ $row }
}
report-row-add = { $field ->
    [developers] 添加开发方
    [deployers] 添加部署方
    [harmed_parties] 添加受害方
    [supporting_materials] 添加来源
   *[procedure] 添加技术
}
report-row-remove = { $field ->
    [developers] 移除开发方{ $row }
    [deployers] 移除部署方{ $row }
    [harmed_parties] 移除受害方{ $row }
    [supporting_materials] 移除来源{ $row }
   *[procedure] 移除技术{ $row }
}
report-entities-hint = { $list ->
    [developers] 谁开发了该人工智能系统（如已知）。
    [deployers] 谁将其投入使用。
   *[harmed_parties] 谁受到或可能受到损害：个人、群体或组织。
}

report-record-kind = { $kind ->
    [incident] 事件
    [hazard] 隐患
    [issue] 问题
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] 已造成损害。
    [hazard] 有合理可能造成损害。
   *[issue] 值得关注，但尚未构成隐患。
}
report-ai-relation = { $relation ->
    [direct] 直接造成
    [contributing] 原因之一
    [involved] 有所涉及，但不是原因
    [alleged] 据称有关
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] 人工智能系统的行为造成了该事件。
    [contributing] 人工智能系统与其他原因共同促成了该事件。
    [involved] 人工智能系统是事件的一部分，但并未造成该事件。
   *[alleged] 有人称人工智能系统起了作用，但尚未证实。
}
report-date-precision-legend = 日期的精确程度？
report-date-precision = { $precision ->
    [year] 年份
    [month] 月份
   *[day] 具体日期
}
report-date-year = 年
report-date-month = 月
report-date-day = 日
report-date-choose-month = 月份…
report-severity = { $severity ->
    [hazard] 隐患
    [serious_hazard] 严重隐患
    [incident] 事件
    [serious_incident] 严重事件
    [disaster] 灾难
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] 有合理可能导致损害。
    [serious_hazard] 有合理可能导致严重损害：死亡或重伤、关键基础设施中断、严重侵犯权利，或对财产或环境造成严重损害。
    [incident] 已导致损害。
    [serious_incident] 已导致上述严重损害。
   *[disaster] 扰乱整个社区或社会的严重事件。
}
report-harm-type = { $harm ->
    [physical] 身体伤害
    [psychological] 心理损害
    [reputational] 名誉损害
    [economic_property] 经济或财产损害
    [environmental] 环境损害
    [public_interest] 对公共利益的损害（民主、关键基础设施、社会凝聚力）
    [human_rights] 侵犯人权或基本自由
   *[other] 其他类型的损害
}
report-material-kind = { $kind ->
    [news] 新闻报道
    [report] 组织发布的报告
    [paper] 研究论文
    [social_media] 社交媒体帖子
    [testimony] 亲历者陈述
    [dataset] 数据或日志
   *[other] 其他
}
report-access = { $access ->
    [public] 所有人
    [confidential] 仅组织者
   *[other] { $access }
}
report-access-help = { $access ->
    [public] 已公开，或可以公开。
   *[confidential] 只有论坛组织者可以查看，绝不会出现在任何导出文件中。
}
report-status = { $status ->
    [draft] 草稿
    [interim] 临时
    [final] 最终
    [withdrawn] 已撤回
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] 仍在收集事实。
    [interim] 部分已核实，后续将有补充。
   *[final] 内容完整。
}
report-tlp = { $level ->
    [clear] TLP:CLEAR — 所有人
    [green] TLP:GREEN — 本论坛参与者
    [amber] TLP:AMBER — 组织者及其需要告知的人
    [amber_strict] TLP:AMBER+STRICT — 仅组织者
    [red] TLP:RED — 仅组织者本人
   *[other] { $level }
}
report-tlp-help = { $level ->
    [clear] 所有人都可以查看，也可以公开发布，例如发布到AI Incident Database。
    [green] 本论坛的所有参与者都可以查看，但不得公开发布。
    [amber] 只有论坛组织者会收到。他们可以在本组织内与需要知情的人分享。
    [amber_strict] 只有论坛组织者会收到，且只能在其本组织内分享。
   *[red] 只有论坛组织者本人会收到，不再向任何人分享。
}
report-tlp-short = { $level ->
    [clear] TLP:CLEAR
    [green] TLP:GREEN
    [amber] TLP:AMBER
    [amber_strict] TLP:AMBER+STRICT
    [red] TLP:RED
   *[other] { $level }
}
report-attribution = { $attribution ->
    [chatham_house] 查塔姆宫规则
    [consented] 按每位作者的同意
    [public] 公开署名
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] 不显示提交者的姓名及其所属组织。
    [consented] 只按每位作者同意的方式显示其姓名。
   *[public] 可以连同作者姓名一起展示。
}
report-security-answer = { $answer ->
    [yes] 是
    [no] 否
   *[unknown] 不清楚
}
report-sector = { $section ->
    [A] 农业、林业和渔业
    [B] 采矿和采石
    [C] 制造业
    [D] 电、煤气、蒸汽和空调供应
    [E] 供水、污水处理和废物管理
    [F] 建筑业
    [G] 批发和零售业
    [H] 运输和储存
    [I] 食宿服务
    [J] 信息和通信
    [K] 金融和保险活动
    [L] 房地产活动
    [M] 专业、科学和技术活动
    [N] 行政和辅助服务
    [O] 公共管理和国防
    [P] 教育
    [Q] 人体健康和社会工作
    [R] 艺术、娱乐和文娱活动
    [S] 其他服务活动
    [T] 家庭作为雇主的活动
    [U] 域外组织和机构
   *[other] 门类{ $section }
}
report-sector-division = 国际标准行业分类第{ $division }大类

## 字段被拒绝的原因（显示在字段旁）

report-problem-required = 此项为必填项。
report-problem-title-length = 标题长度须为6至500个字符。
report-problem-too-long = 内容太长，请缩短。
report-problem-date = 请按所选精确度填写真实日期：年份、年月或完整日期。
report-problem-harm-types = 请至少勾选一类损害。
report-problem-sources = 请至少提供一个来源。
report-problem-url = 网址必须以https://或http://开头。
report-problem-material-date = 请按YYYY、YYYY-MM或YYYY-MM-DD格式填写日期。
report-problem-country = 请从列表中选择国家。
report-problem-ai-system-name = 请填写人工智能系统的名称，或将其版本也留空。
report-problem-slug = 请使用小写拉丁字母、数字和单个连字符，例如acme-labs。
report-problem-sector = 请从列表中选择部门。
report-problem-procedure = 请填写MITRE ATLAS技术编号，例如AML.T0051或AML.T0051.000。
report-problem-procedure-security = 攻击技术仅适用于安保事件。请在上方选择“是”，或将其移除。
report-problem-json = 此处必须是JSON。
input-problem-attribution = 请选择您的显示方式。

## 报告或意见书的附件

attachments-heading = 文件
attachments-label = 添加附件
attachments-hint = PDF、图片（PNG、JPEG、WebP）或文本文件；每个文件不超过{ $max } MB，最多{ $count }个文件。其他人只有在打开时才会下载。
attachments-list-label = 已附加的文件
attachments-too-large = { $name }大小为{ $size } MB，文件不能超过{ $max } MB。请压缩或拆分后重新添加。
attachments-wrong-type = { $name }不是PDF、图片（PNG、JPEG、WebP）或文本文件，无法附加。
attachments-empty = { $name }是空文件。
attachments-too-many = 未附加{ $name }：最多只能附加{ $max }个文件。
attachments-adding = 正在附加{ $count }个文件…
attachments-added = 已附加{ $name }
attachments-removed = 已移除{ $name }
attachment-type = { $type ->
    [pdf] PDF
    [png] PNG图片
    [jpeg] JPEG图片
    [webp] WebP图片
    [text] 文本
   *[other] 文件
}
attachment-here = 已在本机上
attachment-not-here = 尚未下载
attachment-fetch = 下载
attachment-fetch-again = 下载其余部分
attachment-fetching = 正在下载：第{ $done }部分，共{ $total }部分…
attachment-partial = 已部分下载（{ $done }/{ $total }部分）：论坛服务器没有发送其余部分。已收到的部分会保留，请稍后重试。
attachment-progress = 正在下载{ $name }
attachment-save = 保存到“下载”文件夹

## 单份报告

report-filed-by = 提交者
report-withdrawn-note = 已由作者撤回。报告保留在此，标记为已撤回。
report-actions-heading = 您可以执行的操作
report-update = 更新此报告
report-update-hint = 更新会发送新版本（例如从草稿改为临时，或改为最终）。撤回会保留报告，并标记为已撤回。
report-withdraw-question = 要撤回这份报告吗？它仍会显示，并标记为已撤回。
report-withdrawn-done = 报告已撤回。
report-export-json = 保存为JSON
report-export-oecd = 保存经合组织标准对照（JSON）
report-export-aiid = 保存为AI Incident Database提交格式（JSON）
report-aiid-unavailable = { $reason ->
    [tlp] 只有TLP:CLEAR报告才提供导出到AI Incident Database。
    [withdrawn] 已撤回的报告不会发送到AI Incident Database。
   *[source] 导出到AI Incident Database需要一个带网址和发布日期的公开来源。
}
report-export-restricted = 此报告仅供组织者阅读：从中保存的任何文件请勿外传。

## 关于声明的意见书

input-form-heading = 新建关于声明的意见书
input-form-intro = 提交给组织者的结构化意见：贵组织对声明的要求，以及涉及哪些优先事项。输入时保存在本机上。
input-field = { $field ->
    [title] 标题
    [body] 您的意见
    [priorities] 涉及的优先事项
    [group] 代表
    [language] 文字语言
    [attribution] 您的显示方式
   *[attachments] 文件
}
input-priorities-hint = 勾选您的意见书涉及的每一项优先事项（如针对整份声明，则不必勾选）。
input-submit = 提交意见书
input-submit-hint = 输入时保存在本机上。“提交”（或Ctrl+Enter）将签署您的意见书；Plenary下次连接论坛时将其发送。

## 团体账户

groups-heading = 团体
groups-intro = 团体账户让同一民间社会组织的多名成员以该组织的名义提交和表示支持。只有在提交内容的署名方式允许时，才会显示团体名称。
groups-manage = 团体
groups-key-heading = 本设备的密钥
groups-key-explain = 要加入某个团体，请将此密钥交给该团体的一名成员。它用于识别本设备，并非机密。
groups-key-copy = 复制
groups-key-copied = 已复制。
groups-key-selected = 密钥已选中：按Ctrl+C复制。
groups-mine-heading = 您的团体
groups-none = 您不是任何团体的成员。
groups-members = { $count }台成员设备
groups-add-member = 通过设备密钥添加成员
groups-add-member-hint = 成员可在自己电脑上的此页面找到其设备密钥。
groups-add = 添加
groups-invalid-key = 设备密钥为64个字符，由数字0–9和字母a–f组成。请重新复制。
groups-invalid-name = 请为团体命名。
groups-create-heading = 创建团体
groups-name = 组织名称
groups-create = 创建
groups-not-for-role = 团体账户供民间社会参与者和组织者使用；您在本论坛的角色不能创建团体。现有团体的成员可以添加本设备。
groups-created = 已创建团体“{ $name }”。
groups-member-added = 已将成员添加到“{ $name }”。

## 我的发言

mine-reports-heading = 报告和意见书
mine-reports-empty = 尚无报告或意见书。
mine-reports-open = 前往“报告和意见书”

## 组织者收到的提交列表

submissions-heading = 收到的提交
submissions-intro = 收到的所有报告和意见书，最新的在前。可以筛选、打开报告，并为每一项标记分拣状态。
submissions-organizers-only = 只有论坛组织者能看到收到的提交列表。
submissions-filter-heading = 筛选
submissions-filter = { $filter ->
    [kind] 类型
    [status] 状态
    [severity] 严重程度
    [country] 国家
    [priority] 优先事项（意见书）
   *[triage] 分拣
}
submissions-filter-all = 全部
submissions-filter-apply = 显示
submissions-filter-clear = 清除筛选条件
submissions-filter-hint = 状态、严重程度和国家适用于报告；优先事项适用于意见书。
submissions-count = { $filtered ->
    [yes] { $count ->
        [0] 没有符合筛选条件的提交。
       *[other] 有{ $count }项提交符合筛选条件。
    }
   *[no] { $count ->
        [0] 尚未收到任何提交。
       *[other] 共{ $count }项提交。
    }
}

## 分拣（仅限组织者）

triage-heading = 分拣
triage-label = 分拣
triage-state = { $state ->
    [new] 新收到
    [triaged] 已分拣
    [needs_follow_up] 需要跟进
    [closed] 已结案
   *[other] { $state }
}
triage-note = 给组织者的备注（可选）
triage-note-hint = 只有组织者能看到分拣状态及其备注。
triage-save = 保存
triage-saved = 已标记为：{ $state }。
