# كلمات البيان الموحّد عند تصديره (Markdown وHTML وDOCX). انظر en.ftl.

exported-on = بيان موحّد، صُدِّر من Plenary في { $date }.
phase = { $phase ->
    [drafting] المرحلة: الصياغة
    [commenting] المرحلة: مفتوحة للتعليقات
    [consolidating] المرحلة: التوحيد
   *[closed] المرحلة: مغلقة
}
rule-chatham-house = وفقًا لقاعدة تشاتام هاوس: يجوز استخدام ما قيل، ولكن لا يُذكر اسم أي مساهم إلا إذا اختار ذلك لتلك المساهمة.
rule-attributed = يُذكر المساهمون على النحو الذي اختاروه لكل مساهمة.
translation-state = { $state ->
    [machine_draft] ترجمة آلية لم تُراجَع بعد
    [needs_review] ترجمة في انتظار المراجعة
    [translated] مترجَم
   *[approved] ترجمة معتمدة
}
translation-outdated = أُعدّت هذه الترجمة من نسخة سابقة من النص الأصلي.
untranslated = لم يُترجم بعد؛ يُعرض بلغته الأصلية ({ $language }).
contents = المحتويات
revision = المراجعة { $count }
revision-from = مأخوذ من التعديل: { $titles }
annex-positions = مرفق: المواقف بحسب فئة أصحاب المصلحة والمنطقة
annex-positions-note = أعداد المواقف التي اتخذها المشاركون من كل أولوية. يُحتسب المشاركون الذين لم يُفصحوا عن فئتهم أو منطقتهم ضمن «غير مُفصَح عنه»؛ ولا يُذكر اسم أحد.
annex-decisions = مرفق: التعديلات والقرارات
annex-comments = مرفق: التعليقات بحسب الأولوية والنوع
column-priority = الأولوية
column-support = تأييد
column-neutral = محايد
column-oppose = معارضة
column-total = جميع المشاركين
column-group = فئة أصحاب المصلحة
column-region = المنطقة
group = { $group ->
    [government] الحكومات
    [academia] الأوساط الأكاديمية
    [industry] القطاع الصناعي
    [civil_society] المجتمع المدني
    [international_organization] المنظمات الدولية
    [other] أخرى
   *[undisclosed] غير مُفصَح عنه
}
region = { $region ->
    [africa] أفريقيا
    [americas] الأمريكتان
    [asia] آسيا
    [europe] أوروبا
    [oceania] أوقيانوسيا
   *[undisclosed] غير مُفصَح عنها
}
comment-kind = { $kind ->
    [support] تأييد
    [concern] مخاوف
    [question] أسئلة
   *[suggestion] اقتراحات
}
amendment-state = { $state ->
    [proposed] مفتوح
    [withdrawn] سحبه مقدّمه
    [accepted] مقبول
    [merged] مدمج
   *[rejected] مرفوض
}
decision-reason = السبب: { $reason }
amendments = التعديلات
decision-log = سجل القرارات
log-accepted = قُبل: { $titles }
log-merged = دُمج في نص جديد: { $titles }
log-rejected = رُفض: { $titles }
log-hidden = { $kind ->
    [comment] أُخفي تعليق
    [amendment] أُخفي تعديل
   *[input] أُخفيت مساهمة
}
log-phase = انتقل المنتدى إلى مرحلة جديدة ({ $phase ->
    [drafting] الصياغة
    [commenting] مفتوحة للتعليقات
    [consolidating] التوحيد
   *[closed] مغلقة
})
log-by = من قِبل المنظِّم { $organizer }
no-decisions = لا توجد قرارات بعد.
no-positions = لا توجد مواقف بعد.
no-comments = لا توجد تعليقات.
anonymous = أحد المشاركين
