# “设置”中的备份。来源：../en/backup.ftl，其中有给译者的说明。

## Backups in Settings

backup-heading = 备份
backup-explain = 备份是一个文件，包含Plenary在本机上保存的全部内容：您的身份、每个论坛、您的草稿和设置，并由密码短语加密保护。任何人同时拿到该文件和密码短语，就能以您的身份行事：请将二者分开保存。
backup-make-heading = 制作备份
backup-passphrase = 密码短语
backup-passphrase-hint = 至少{ $count }个字符。没有它就无法打开备份，任何人都无法替您找回。
backup-repeat = 再次输入密码短语
backup-passphrase-missing = 请为备份输入密码短语。
backup-passphrase-short = 此密码短语太短：请至少使用{ $count }个字符。
backup-passphrases-differ = 两次输入的密码短语不一致。请输入两次相同的密码短语。
backup-make = 制作备份
backup-making = 正在制作备份…
backup-made = 备份已保存：
backup-keep-apart = 请将此文件复制到U盘或另一台计算机，并将密码短语保存在其他地方。
backup-failed = 无法制作备份。技术细节：
restore-heading = 恢复备份
restore-explain = 在新计算机上，请先恢复您的备份，再在那里使用Plenary。恢复绝不会混合两个身份：要么恢复备份中的身份及其全部内容，要么不做任何更改。
restore-file = 备份文件
restore-file-missing = 请选择要恢复的备份文件。
restore-passphrase = 备份的密码短语
restore-passphrase-missing = 请输入制作该备份时使用的密码短语。
restore-submit = 恢复
restore-working = 正在检查并恢复备份…
restore-wrong-passphrase = 此密码短语无法打开这个备份。请检查后重试。
restore-damaged = 此文件不是Plenary备份，或已损坏、不完整。
restore-too-new = 此备份由较新版本的Plenary制作。请先在本机上更新Plenary，再恢复它。
restore-other-identity = 本机上已有另一个已被使用过的身份（已加入论坛或拥有自己的论坛），而恢复绝不会混合两个身份。请在尚未使用过Plenary的计算机上恢复此备份，或先将本机的数据文件夹移走。
restore-failed = 无法恢复备份。
restore-nothing-changed = 本机上的任何内容均未更改。
restore-confirm-same = 本机上已有此身份。恢复会用备份替换本机上的内容，备份制作之后的更改将会丢失。替换前会先保存一份当前内容的副本，列在下方的自动备份中。
restore-confirm-unused = 此备份中的身份与Plenary首次启动时在本机上创建的身份不同，而后者尚未被使用。恢复会用备份中的身份及其全部内容替换它和示例论坛。
restore-replace = 用备份替换
restore-cancel = 取消
restore-done = 已恢复{ $date }制作的备份，其中有{ $count }个论坛。
restore-undo-kept = 之前的内容已保存在自动备份中，可以随时回退。
restore-reopen = 打开恢复的论坛
automatic-heading = 自动备份
automatic-explain = Plenary每天保存一份全部内容的副本，保留最近七天，以便在出错后回退。这些副本保存在本机的Plenary文件夹中，没有密码短语保护：如需迁移到另一台计算机，请在上方制作备份。
automatic-none = 还没有自动备份：Plenary启动一分钟后会制作第一份。
automatic-unreadable = 无法列出自动备份。技术细节：
automatic-kind = { $kind ->
    [before-restore] 恢复前
   *[daily] 每日
}
automatic-go-back = 回退到此副本
automatic-confirm = 用{ $time }的副本替换本机上的全部内容吗？当前内容会先另存为一份副本。
