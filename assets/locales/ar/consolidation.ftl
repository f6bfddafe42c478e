# واجهة Plenary بالعربية: توحيد البيان على يد المنظِّمين (البتّ في التعديلات المفتوحة، والدمج،
# والإشراف، ومراحل المنتدى، والنظرة العامة، وتصدير البيان الموحَّد) وسجل القرارات العلني.
# المصدر: ../en/consolidation.ftl. المصطلحات كما في plenary.ftl: تعديل، تعليق، موقف، أولوية،
# تنقيح (نسخة من نص الأولوية)، منظِّم. الأعداد بكل صيغ الجمع العربية وبأرقام لاتينية.

## التنقل في الترويسة

nav-overview = نظرة عامة
nav-decisions = سجل القرارات

## مشترك

quoted-title = «{ $title }»
action-refused = رُفض هذا الإجراء.
action-failed = لم ينجح هذا الإجراء.

## التعديلات في صفحة الأولوية

amendment-decision = { $state ->
    [accepted] مقبول
    [merged] مدمج في النص
   *[rejected] مرفوض
}
amendment-decision-reason = سبب رفض المنظِّمين له:
amendment-conflict-intro = يغيّر المقطع نفسه الذي يغيّره:
revision-provenance = { $decision ->
    [merged] دمجه المنظِّم { $organizer } من التعديلات { $amendments }.
   *[accepted] قبله المنظِّم { $organizer } من التعديل { $amendments }.
}
revision-provenance-full = { $decision ->
    [merged] التنقيح رقم { $count }: دمجه المنظِّم { $organizer } من التعديلات { $amendments }.
   *[accepted] التنقيح رقم { $count }: قبله المنظِّم { $organizer } من التعديل { $amendments }.
}
phase-blocked = { $phase ->
    [drafting] ما زال المنتدى في مرحلة الصياغة: تُفتح التعليقات والتعديلات والمواقف حين يبدأ المنظِّمون مرحلة التعليقات.
    [consolidating] يعمل المنظِّمون على توحيد البيان: لم تعد التعديلات الجديدة مقبولة.
    [closed] المنتدى مغلق: لم يعد ممكنًا إرسال أي شيء.
   *[other] لا تسمح المرحلة الحالية للمنتدى بهذا.
}
queue-open = { $count ->
    [zero] البتّ في التعديلات (لا تعديلات مفتوحة)
    [one] البتّ في التعديلات (تعديل مفتوح واحد)
    [two] البتّ في التعديلات (تعديلان مفتوحان)
    [few] البتّ في التعديلات ({ $count } تعديلات مفتوحة)
    [many] البتّ في التعديلات ({ $count } تعديلًا مفتوحًا)
   *[other] البتّ في التعديلات ({ $count } تعديل مفتوح)
}

## الإشراف

hide-action = إخفاء…
hide-reason-label = { $kind ->
    [comment] لماذا يُخفى هذا التعليق؟
    [amendment] لماذا يُخفى هذا التعديل؟
   *[input] لماذا تُخفى هذه المساهمة؟
}
hide-reason-hint = لن يراه بعد ذلك إلا كاتبه، ومعه السبب الذي تذكره. يذكر سجل القرارات العلني أن شيئًا أُخفي ولماذا، ولا يذكر أبدًا مضمونه ولا كاتبه.
hide-reason-missing = اذكر سبب الإخفاء.
hide-confirm = { $kind ->
    [comment] إخفاء التعليق
    [amendment] إخفاء التعديل
   *[input] إخفاء المساهمة
}
hide-done = { $kind ->
    [comment] أُخفي التعليق.
    [amendment] أُخفي التعديل.
   *[input] أُخفيت المساهمة.
}
hidden-own = أخفى المنظِّمون هذا عن الجميع سواك.
hidden-reason = سببهم:

## البتّ في التعديلات المفتوحة على أولوية

queue-heading = البتّ في التعديلات
window-title-queue = البتّ في التعديلات: { $number } { $title } – Plenary
queue-to-priority = العودة إلى الأولوية { $number }
queue-organizers-only = لا يبتّ في التعديلات إلا منظِّمو المنتدى. ويستطيع الجميع قراءة قراراتهم في سجل القرارات.
queue-intro = ابتّ في كل تعديل مفتوح: اقبله، أو ارفضه مع ذكر السبب، أو اختر عدة تعديلات وادمجها في نص جديد. كل قرار موقَّع ويظهر في سجل القرارات العلني.
queue-current-heading = النص الحالي
queue-open-heading = التعديلات المفتوحة
queue-to-log = سجل القرارات
queue-empty = لا تعديلات بانتظار قرار.
queue-select = ضمّه إلى الدمج
queue-changes = التغييرات على النص الحالي
queue-changes-moved = التغييرات على النص الحالي (كُتب هذا التعديل على تنقيح سابق)
queue-accept = قبول…
queue-reject = رفض…
queue-accept-question = أتقبل هذا التعديل؟ يصبح نصه التنقيح رقم { $count } لهذه الأولوية.
queue-accept-note-label = ملاحظة لسجل القرارات (اختيارية)
queue-note-hint = يستطيع جميع أعضاء المنتدى قراءتها في سجل القرارات.
queue-accept-confirm = قبول
queue-reject-reason-label = لماذا يُرفض؟
queue-reject-reason-hint = السبب علني: يقرؤه كاتب التعديل وجميع أعضاء المنتدى في سجل القرارات.
queue-reject-reason-missing = اذكر سبب الرفض.
queue-reject-confirm = رفض
queue-accepted = قُبل. أصبح التنقيح رقم { $count } هو النص الحالي.
queue-merged = دُمجت. أصبح التنقيح رقم { $count } هو النص الحالي.
queue-rejected = رُفض. السبب مذكور في سجل القرارات.
queue-merge-hint = { $count ->
    [zero] اختر تعديلين أو أكثر لدمجها في نص واحد.
    [one] اخترت تعديلًا واحدًا: اختر تعديلًا آخر على الأقل للدمج.
    [two] اخترت تعديلين.
    [few] اخترت { $count } تعديلات.
    [many] اخترت { $count } تعديلًا.
   *[other] اخترت { $count } تعديل.
}
queue-merge = دمج التعديلات المختارة…
queue-positions-hint = تُتخذ المواقف من الأولوية ككل. وتعرضها النظرة العامة بحسب فئة أصحاب المصلحة والمنطقة.
queue-comments-empty = لا تعليقات على هذه الأولوية.

## دمج التعديلات

merge-heading = { $count ->
    [zero] لا تعديلات للدمج
    [one] دمج تعديل واحد
    [two] دمج تعديلين
    [few] دمج { $count } تعديلات
    [many] دمج { $count } تعديلًا
   *[other] دمج { $count } تعديل
}
merge-intro = اكتب النص الجديد للأولوية انطلاقًا من التعديلات المختارة. يبدأ الحقل بالنص الحالي.
merge-sources = ما تغيّره التعديلات المختارة
merge-title-label = العنوان
merge-title-missing = اكتب عنوانًا للأولوية.
merge-body-label = النص
merge-body-missing = اكتب نص الأولوية.
merge-changes = ما يغيّره النص المدمج في النص الحالي
merge-unchanged = لم يتغير شيء بعد.
merge-note-label = ملاحظة لسجل القرارات (اختيارية)
merge-submit = دمج…
merge-question = أتجعل هذا النص التنقيح رقم { $count }؟ ستُعلَّم التعديلات المختارة بأنها مدمجة.
merge-confirm = دمج
merge-back = العودة إلى النص

## سجل القرارات العلني

log-heading = سجل القرارات
log-intro = كل قرارات منظِّمي هذا المنتدى، الأحدث أولًا: التعديلات المقبولة والمدمجة والمرفوضة، والمساهمات المخفية وأسباب إخفائها، وتغييرات المرحلة. لا يُعرض أبدًا ما قالته مساهمة مخفية ولا من كتبها.
log-empty = لا قرارات بعد.
log-kind = { $kind ->
    [accepted] قبول
    [merged] دمج
    [rejected] رفض
    [hidden] إخفاء
    [phase] مرحلة
   *[other] { $kind }
}
log-amendments = { $kind ->
    [accepted] قُبل التعديل { $amendments }.
    [merged] دُمجت التعديلات { $amendments }.
   *[rejected] { $count ->
        [zero] رُفضت التعديلات { $amendments }.
        [one] رُفض التعديل { $amendments }.
        [two] رُفض التعديلان { $amendments }.
        [few] رُفضت التعديلات { $amendments }.
        [many] رُفضت التعديلات { $amendments }.
       *[other] رُفضت التعديلات { $amendments }.
    }
}
log-hidden = { $kind ->
    [comment] أُخفي تعليق.
    [amendment] أُخفي تعديل.
    [input] أُخفيت مساهمة من المجتمع المدني.
   *[other] أُخفيت مساهمة.
}
log-phase = { $phase ->
    [drafting] عاد المنتدى إلى مرحلة الصياغة.
    [commenting] فُتح المنتدى للتعليقات.
    [consolidating] بدأ المنظِّمون توحيد البيان.
    [closed] أُغلق المنتدى.
   *[other] انتقل المنتدى إلى المرحلة { $phase }.
}
log-other = قرار: { $kind }
log-reason = السبب:
log-organizer = قرار المنظِّم { $code }

## مرحلة المنتدى (للمنظِّمين)

phase-heading = مرحلة المنتدى
phase-now = { $phase ->
    [drafting] الآن: مرحلة الصياغة.
    [commenting] الآن: مفتوح للتعليقات.
    [consolidating] الآن: مرحلة التوحيد.
    [closed] الآن: مغلق.
   *[other] الآن: { $phase }.
}
phase-legend = نقل المنتدى إلى
phase-explain = { $phase ->
    [drafting] يُعدّ المنظِّمون النص. يقرؤه المشاركون، لكنهم لا يستطيعون بعدُ التعليق أو اقتراح تعديلات أو اتخاذ مواقف.
    [commenting] يعلّق المشاركون ويقترحون التعديلات ويتخذون المواقف.
    [consolidating] يبتّ المنظِّمون في التعديلات. يظل بوسع المشاركين التعليق واتخاذ المواقف، لا اقتراح التعديلات.
    [closed] البيان نهائي. لم يعد بوسع أحد إرسال أي شيء.
   *[other] { $phase }
}
phase-submit = تغيير المرحلة…
phase-question = { $phase ->
    [drafting] أتعيد المنتدى إلى مرحلة الصياغة؟ لن يستطيع المشاركون بعدها التعليق أو اقتراح تعديلات أو اتخاذ مواقف. يظهر هذا التغيير في سجل القرارات.
    [commenting] أتفتح المنتدى للتعليقات؟ سيستطيع المشاركون بعدها التعليق واقتراح التعديلات واتخاذ المواقف. يظهر هذا التغيير في سجل القرارات.
    [consolidating] أتنقل المنتدى إلى مرحلة التوحيد؟ لن يستطيع المشاركون بعدها اقتراح تعديلات. يظهر هذا التغيير في سجل القرارات.
   *[closed] أتغلق المنتدى؟ لن يستطيع أحد بعدها إرسال أي شيء. يظهر هذا التغيير في سجل القرارات.
}
phase-confirm = { $phase ->
    [drafting] العودة إلى الصياغة
    [commenting] الفتح للتعليقات
    [consolidating] الانتقال إلى التوحيد
   *[closed] إغلاق المنتدى
}
phase-changed = { $phase ->
    [drafting] عاد المنتدى إلى مرحلة الصياغة.
    [commenting] المنتدى مفتوح للتعليقات.
    [consolidating] المنتدى الآن في مرحلة التوحيد.
    [closed] المنتدى مغلق.
   *[other] المنتدى الآن في المرحلة { $phase }.
}

## النظرة العامة (للمنظِّمين)

overview-heading = نظرة عامة
overview-intro = كل الأولويات في لمحة: المواقف والتعليقات والتعديلات المفتوحة، والأكثر خلافًا أولًا. افتح صفحة البتّ في تعديلات أولوية ما لتقرر فيها.
overview-organizers-only = النظرة العامة لمنظِّمي المنتدى. ويستطيع الجميع قراءة قراراتهم في سجل القرارات.
overview-table-heading = الأولويات
overview-sort-hint = اضغط عنوان عمود للترتيب بحسبه، واضغطه مجددًا لعكس الترتيب. يعطي «الخلاف» الوزن الأكبر للمعارضة والتعديلات المفتوحة.
overview-priority = الأولوية
overview-amendments = التعديلات المفتوحة
overview-contention = الخلاف
overview-column = { $column ->
    [priority] الأولوية: الترتيب كما في البيان
    [support] مؤيد: الترتيب بحسب المواقف المؤيدة
    [neutral] محايد: الترتيب بحسب المواقف المحايدة
    [oppose] معارض: الترتيب بحسب المواقف المعارضة
    [comments-support] تأييد: الترتيب بحسب تعليقات التأييد
    [comments-concern] مصدر قلق: الترتيب بحسب مصادر القلق
    [comments-question] سؤال: الترتيب بحسب الأسئلة
    [comments-suggestion] اقتراح: الترتيب بحسب الاقتراحات
    [amendments] التعديلات المفتوحة: الترتيب بحسب التعديلات المفتوحة
   *[contention] الخلاف: الترتيب بحسب درجة الخلاف
}
overview-breakdown-heading = المواقف بحسب فئة أصحاب المصلحة والمنطقة
overview-breakdown-hint = أعداد فقط، بلا أسماء أبدًا. تُحسب المواقف التي لم يكشف أصحابها عن فئتهم أو منطقتهم ضمن «غير مُعلَن».
overview-no-positions = لا مواقف بعد.
overview-by-group = بحسب فئة أصحاب المصلحة
overview-by-region = بحسب المنطقة
overview-undisclosed = غير مُعلَن

## تصدير البيان الموحَّد (للمنظِّمين)

export-heading = تصدير البيان الموحَّد
export-intro = احفظ البيان بصيغته الحالية، بإحدى لغات المنتدى، لنشره أو مشاركته أو طباعته.
export-open = تصدير…
export-dialog-heading = تصدير البيان
export-language = اللغة
export-format = الصيغة
export-format-name = { $format ->
    [markdown] Markdown
    [html] HTML
    [docx] مستند Word ‏(DOCX)
   *[json] JSON
}
export-format-explain = { $format ->
    [markdown] نص عادي بعناوين، للتحرير أو للحفظ في نظام لإدارة النسخ.
    [html] صفحة مستقلة جاهزة للطباعة، بخطوطها.
    [docx] يُفتح في Word وLibreOffice وغيرهما من برامج تحرير النصوص.
   *[json] بيانات منظَّمة لأدوات أخرى.
}
export-annexes = الملاحق
export-annex = { $annex ->
    [positions] المواقف بحسب فئة أصحاب المصلحة والمنطقة (أعداد)
    [decisions] التعديلات وسجل القرارات
   *[comments] التعليقات بحسب الأولوية والنوع
}
export-redaction = لا تظهر الأسماء والانتماءات إلا حيث وافق أصحابها على ذكر أسمائهم في تلك المساهمة، أيًّا كان اختيارك هنا.
export-submit = تصدير
export-working = جارٍ التصدير…
export-close = إغلاق
export-saved = حُفظ في:
