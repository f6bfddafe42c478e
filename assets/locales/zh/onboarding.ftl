# 首次启动的页面和隐私说明。来源：../en/onboarding.ftl，其中有给译者的说明。

## The first-run screens

first-run-step = 第{ $step }步，共{ $count }步
first-run-welcome = 欢迎使用Plenary
first-run-intro = Plenary用于在国际人工智能安全论坛上起草共同的优先事项声明。没有网络连接时也可以阅读和撰写；您提交的内容会在Plenary下次连接时发送。
first-run-language-legend = 选择界面语言
first-run-language-hint = 您随时可以在窗口顶部的菜单中更改。
first-run-continue = 继续
first-run-back = 返回
start-heading = 您想从哪里开始？
start-explore = 浏览示例论坛
start-explore-hint = 一份真实的优先事项声明，可以试着阅读、发表意见和提出修正案。它只保留在本机上。
start-join = 加入论坛
start-join-hint = 使用组织者给您的服务器地址和邀请码。
start-moving = 从另一台计算机迁移过来？
start-restore = 恢复备份
start-later = 您以后也可以在“设置”中加入论坛，并在那里再次阅读这些说明。

## What stays on this computer and what is shared (first run, and Settings)

privacy-heading = 哪些内容留在本机，哪些内容会共享
privacy-kept-heading = 保留在本机上
privacy-kept-key = 您的身份：用于签署您的发言的私钥。只有在您自己制作的备份中，它才会离开本机，并由您的密码短语加密保护。
privacy-kept-drafts = 您的草稿，直到您提交为止。
privacy-kept-details = 您在“设置”中填写的姓名、所属机构、利益攸关方群体和区域，除非您选择随某项发言显示它们。
privacy-kept-sample = 示例论坛，以及您在其中撰写的一切。
privacy-kept-folder = 以上内容都保存在本机上一个只有您的用户帐户才能读取的文件夹中。
privacy-sent-heading = 加入论坛后，发送到论坛服务器
privacy-sent-join = 加入时：邀请码，以及您告诉组织者的个人信息（姓名、所属机构、联系方式、利益攸关方群体、区域）。只有组织者能看到。
privacy-sent-contributions = 您提交的每项发言（意见、修正案、立场、报告、译文），用您的密钥签名，仅附带您为其选择的署名方式。
privacy-sent-nothing-else = 在您加入论坛之前，不会发送任何内容；Plenary也不会连接任何其他服务器。
privacy-rule-heading = 如何执行查塔姆宫规则
privacy-rule-what = 所说的内容可以使用；未经本人同意，不得透露是谁说的。
privacy-rule-pseudonym = 其他人看到的每位参与者都是化名，例如“参与者K7QM2”，在每个论坛中各不相同。
privacy-rule-choice = 对于每项发言，由您选择其他人能看到什么：仅显示化名，显示您的利益攸关方群体和区域，或显示您的姓名和所属机构。
privacy-rule-organizers = 组织者还能看到您加入时告诉他们的信息，其他任何人都看不到。
privacy-rule-exports = 每个页面和声明的每次导出都只显示每位作者所选择显示的内容。

## Settings

settings-privacy-heading = 隐私
settings-privacy-explain = Plenary在本机上保留什么、向论坛服务器发送什么，以及如何执行查塔姆宫规则。
settings-privacy-link = 关于隐私
settings-welcome-link = 再次显示欢迎页面
