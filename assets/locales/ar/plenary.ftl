# Plenary's user interface in Arabic. Source: ../en/plenary.ftl, which has the translator
# notes; every message there has the same id here, with the same variables.
#
# Terms: safety = السلامة, security = الأمن (as in the sample glossary); Chatham House Rule =
# قاعدة تشاتام هاوس; statement = بيان; priority = أولوية; amendment = تعديل; comment = تعليق;
# position = موقف; draft = مسودة; contribution = مساهمة; stakeholder group = فئة أصحاب
# المصلحة; glossary = مسرد المصطلحات, its entry = مدخل; review = مراجعة; approve = اعتماد;
# revision (of a priority's text) = تنقيح. Key names stay as printed on keyboards.
# Counts take every Arabic plural form: zero, one, two, few (3–10), many (11–99) and other
# (100 and above), with the noun in the form each needs.

## The application

app-name = Plenary
skip-to-content = انتقل إلى المحتوى
loading = جارٍ التحميل…

language-autonym = العربية
language-select-label = اللغة

## The header: the forum's title and where it stands.

forum-status-label = حالة المنتدى
forum-phase = { $phase ->
    [drafting] مرحلة الصياغة
    [commenting] مفتوح للتعليقات
    [consolidating] مرحلة التوحيد
    [closed] مغلق
   *[other] { $phase }
}
forum-attribution = { $attribution ->
    [chatham_house] قاعدة تشاتام هاوس
   *[attributed] المساهمات منسوبة إلى أصحابها
}

## The forums on this device, in the header

forum-switcher = المنتديات
forum-list-label = المنتديات على هذا الجهاز
forum-origin = { $origin ->
    [sample] منتدى تجريبي، على هذا الجهاز فقط
    [file] مستورد من ملف، على هذا الجهاز فقط
   *[other] على هذا الجهاز فقط
}
forum-current = المعروض الآن
forum-joining = جارٍ الانضمام… ({ $server })
forum-joining-hint = يمكن فتحه بعد وصول أول مزامنة له.
forum-opened = المنتدى المعروض الآن: «{ $title }».

## The statement

statement-heading = بيان الأولويات
statement-empty = لا يتضمن هذا البيان أي أولويات بعد.
window-title-statement = { $forum } – Plenary

## A priority's own page

breadcrumb-label = مسار التنقل
back-to-statement = بيان الأولويات
go-to-statement = الانتقال إلى بيان الأولويات
section-label = القسم { $number }
priority-revision = { $count ->
    [1] الصيغة الأولى، { $date }
   *[other] التنقيح رقم { $count }، { $date }
}
priority-revision-note = سبب هذا التنقيح:
priority-pager-label = الأولوية السابقة والتالية
priority-previous = الأولوية السابقة
priority-next = الأولوية التالية
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

reading-language-label = القراءة باللغة
reading-language-original = { $language } (الأصل)
reading-language-changed = تجري القراءة الآن باللغة { $language }.
translation-state = { $state ->
    [untranslated] غير مترجَم
    [machine_draft] مسودة ترجمة آلية
    [needs_review] بحاجة إلى مراجعة
    [translated] مترجَم
    [approved] معتمَد
   *[other] { $state }
}
reading-untranslated = لم يُترجم بعد — يُعرض النص الأصلي
translation-outdated = قديمة: تغيّر النص الأصلي
show-original = عرض النص الأصلي
original-heading = النص الأصلي
original-comment-hint = التعليقات مرتبطة بالنص الأصلي. اعرض النص الأصلي للتعليق على مقطع منه.

## Translating the statement: the parts and their state

translate-heading = الترجمة
translate-intro = ترجم البيان جزءًا جزءًا إلى لغات المنتدى. افتح أي جزء لترجمته بجوار نصه الأصلي، مع مسرد المصطلحات في متناول يدك.
translate-no-languages = يعمل هذا المنتدى بلغة واحدة فقط، فلا شيء يحتاج إلى ترجمة.
translate-language-label = الترجمة إلى
translate-from = لغة النص الأصلي: { $language }
translate-progress-heading = مدى التقدم
translate-progress = الأجزاء المترجمة أو المعتمدة: { $done } من أصل { $total }
translate-count-outdated = قديمة
translate-count-drafts = مسودات على هذا الحاسوب
translate-parts-heading = أجزاء البيان
translate-only-needing-work = الأجزاء التي تحتاج إلى عمل فقط
translate-nothing-needs-work = جميع الأجزاء معتمدة ومحدّثة.
translate-keys-hint = استخدم مفتاحي السهم لأعلى ولأسفل للتنقل بين الأجزاء، ومفتاح Enter لفتح أحدها.
translate-subject-kind = { $kind ->
    [title] العنوان
    [preamble] الديباجة
    [section] القسم
    [priority] الأولوية
    [about] الملاحظة الختامية
   *[other] جزء
}
translate-has-draft = مسودة محفوظة
translation-flag-forbidden-prefer = يستخدم المصطلح المحظور «{ $term }» لمفهوم { $concept } — والأفضل «{ $preferred }»
translation-flag-forbidden = يستخدم المصطلح المحظور «{ $term }» لمفهوم { $concept }
translation-flag-missing = ينقصه المصطلح المفضَّل «{ $term }» لمفهوم { $concept }

## The translation editor: one part of the statement, original and translation side by side

translation-editor-kicker = { $kind } · إلى { $language } · الجزء { $position } من أصل { $total }
translation-source-heading = النص الأصلي · { $language }
translation-target-heading = الترجمة · { $language }
translation-source-formatted = عرض النص الأصلي منسَّقًا
translation-aids-label = مسرد المصطلحات وتنسيق النص الأصلي
translation-term-hint = مصطلح من المسرد. اضغط Enter لفتح مدخله.
translation-keys-hint = مصطلحات المسرد مسطَّر تحتها. انتقل إليها بمفتاح Tab، وتنقّل بينها بمفاتيح الأسهم، واضغط Enter لفتح مدخل المصطلح. يفتح Alt+G مدخل المصطلح التالي من أي موضع في المحرر، ويعيدك Esc إلى حيث كنت.
translation-title-label = العنوان
translation-body-label = النص
translation-state-label = حالة هذه الترجمة
translation-submit = حفظ النسخة
translation-submit-hint = تُحفظ مسودتك على هذا الحاسوب أثناء الكتابة. يوقّعها زر «حفظ النسخة» (أو Ctrl+Enter) بوصفها نسخة جديدة من الترجمة، وتُرسل في المرة التالية التي يتصل فيها Plenary بالمنتدى.
translation-discard = تجاهل المسودة
translation-no-draft = لا تغييرات: هذه هي النسخة الحالية.
translation-discard-question = هل تريد تجاهل هذه المسودة؟ سيعود المحرر إلى النسخة الحالية.
translation-submitted = حُفظت النسخة: إنها جاهزة للإرسال.
translation-cannot-translate = لا يسمح لك دورك في هذا المنتدى بحفظ الترجمات. لا يزال بإمكانك إعداد مسودة هنا، ويمكن لمترجم أو منظِّم حفظها.
translation-flags-heading = { $count ->
    [zero] تدقيق المسرد: لا شيء يستدعي الانتباه
    [one] تدقيق المسرد: ملاحظة واحدة
    [two] تدقيق المسرد: ملاحظتان
    [few] تدقيق المسرد: { $count } ملاحظات
    [many] تدقيق المسرد: { $count } ملاحظة
   *[other] تدقيق المسرد: { $count } ملاحظة
}
invalid-translation-empty = اكتب الترجمة قبل حفظ نسخة منها.
invalid-translation-title = ترجم العنوان أيضًا.
invalid-translation-state = اختر المرحلة التي بلغتها هذه الترجمة.
translation-current-heading = النسخة الحالية
translation-current-none = لا توجد نسخة بعد: لم يُترجم هذا الجزء إلى هذه اللغة.
translation-current-by = من إعداد
translation-current-date = بتاريخ { $date }
translation-review-note = ملاحظة المراجع:
translation-outdated-heading = تغيّر النص الأصلي منذ إعداد هذه الترجمة
translation-outdated-explain = تظهر أدناه التغييرات في النص الأصلي: الكلمات المضافة مسطَّر تحتها، والكلمات المحذوفة مشطوبة. يحتوي المحرر على الترجمة الحالية: حدّثها ثم احفظ نسخة جديدة.
translation-changes-title = في العنوان
translation-changes-body = في النص
translation-review-heading = المراجعة
translation-review-explain = تنطبق المراجعة على النسخة الحالية المعروضة أعلاه، لا على المسودة.
translation-approve = اعتماد هذه النسخة
translation-send-back-open = إعادة للمراجعة…
translation-send-back = إعادة للمراجعة
translation-send-back-note = ملاحظة للمترجم (اختيارية)
translation-reviewed = { $decision ->
    [approved] اعتُمدت النسخة.
   *[needs_review] أُعيدت النسخة للمراجعة.
}
translation-pager-label = الجزء السابق والتالي
translation-previous = الجزء السابق (Alt+Page Up)
translation-next = الجزء التالي (Alt+Page Down)
glossary-panel-heading = مصطلحات المسرد في هذا الجزء
glossary-panel-empty = لا توجد مصطلحات من المسرد في هذا الجزء.
glossary-panel-back = العودة إلى النص (Esc)
glossary-panel-open = فتح في المسرد
term-status = { $status ->
    [preferred] مفضَّل
    [admitted] مقبول
    [forbidden] محظور
   *[other] { $status }
}
glossary-definition = التعريف:
glossary-usage-note = الاستعمال:
glossary-no-entry = لا يوجد مدخل بهذه اللغة بعد.
window-title-translate = الترجمة إلى { $language } – Plenary
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = مسرد المصطلحات
glossary-intro = مصطلحات يختلف معناها باختلاف اللغات والثقافات، مثل السلامة والأمن. لكل مفهوم: المصطلحات الواجب استخدامها في كل لغة من لغات المنتدى (مفضَّلة أو مقبولة أو محظورة)، ومعناه، وطريقة استعماله.
glossary-filter-label = البحث عن مصطلح
glossary-filter-placeholder = مصطلح أو تعريف أو ملاحظة
glossary-languages-label = اللغات المعروضة
glossary-languages-all = جميع اللغات
glossary-languages-with = النص الأصلي و{ $language }
glossary-count = { $total ->
    [zero] لا توجد مفاهيم
    [one] { $count } من أصل مفهوم واحد
    [two] { $count } من أصل مفهومين
    [few] { $count } من أصل { $total } مفاهيم
    [many] { $count } من أصل { $total } مفهومًا
   *[other] { $count } من أصل { $total } مفهوم
}
glossary-empty = لا يتضمن المسرد أي مفاهيم بعد.
glossary-none-found = لا يوجد مفهوم مطابق. جرّب تهجئة أخرى أو أحرفًا أقل.
glossary-unnamed = مفهوم جديد
glossary-add = إضافة مفهوم
glossary-add-note = موضوع المفهوم وسبب الخلاف حوله (اختياري)
glossary-add-submit = إضافة
glossary-added = أُضيف المفهوم. أدخل مصطلحاته بلغة النص الأصلي.
glossary-edit = تعديل مدخل { $language }
glossary-add-entry = إضافة مدخل { $language }
glossary-editor-heading = المدخل باللغة { $language }
glossary-terms-legend = المصطلحات
glossary-term-label = المصطلح
glossary-term-status-label = الحالة
glossary-term-add = إضافة مصطلح
glossary-term-remove = إزالة
glossary-term-remove-label = إزالة «{ $term }»
glossary-definition-label = التعريف
glossary-usage-label = ملاحظة الاستعمال
glossary-save = حفظ المدخل
glossary-cancel = إلغاء
glossary-editor-hint = تُستبعد المصطلحات الفارغة. يوقّع زر «حفظ» (أو Ctrl+Enter) المدخل، ويُرسل في المرة التالية التي يتصل فيها Plenary بالمنتدى.
glossary-saved = حُفظ المدخل.
invalid-glossary-too-many = لا يتجاوز المدخل 50 مصطلحًا. أزل بعضها ثم احفظ من جديد.

## Files for translation and terminology tools

exchange-heading = ملفات التبادل
exchange-translations-explain = اعمل على الترجمة إلى { $language } في أداة ترجمة: صدّرها بصيغة XLIFF 2.0 أو PO، ثم استورد الملف المترجَم. يُحفظ كل ما يختلف بوصفه نسخًا جديدة، والملف الذي فيه أي مشكلة لا يغيّر شيئًا.
exchange-glossary-explain = استخدم المسرد في أدوات المصطلحات: صدّره بصيغة TBX أو استورد ملف TBX. والملف الذي فيه أي مشكلة لا يغيّر شيئًا.
exchange-export-xliff = تصدير XLIFF
exchange-export-po = تصدير PO
exchange-export-tbx = تصدير TBX
exchange-import-translations = استيراد ملف XLIFF أو PO
exchange-import-glossary = استيراد ملف TBX
exchange-saved = حُفظ في { $path }
exchange-imported = تم الاستيراد: { $written ->
    [zero] لا نسخ جديدة
    [one] نسخة جديدة واحدة
    [two] نسختان جديدتان
    [few] { $written } نسخ جديدة
    [many] { $written } نسخة جديدة
   *[other] { $written } نسخة جديدة
}، ودون تغيير: { $unchanged }، ودون ترجمة: { $skipped }.
exchange-imported-glossary = تم الاستيراد: { $written ->
    [zero] لم يُكتب أي مدخل
    [one] كُتب مدخل واحد
    [two] كُتب مدخلان
    [few] كُتبت { $written } مداخل
    [many] كُتب { $written } مدخلًا
   *[other] كُتب { $written } مدخل
}، ودون تغيير: { $unchanged }.

## Pages that do not exist

not-found-heading = الصفحة غير موجودة
not-found-body = لا يوجد شيء على هذا العنوان في Plenary.

## Errors

error-heading = تعذّر عرض هذه الصفحة
error-generic = تعذّر على Plenary تحميل هذه الصفحة. حاول مرة أخرى، وإذا استمر الخطأ فأعد تشغيل Plenary.
error-details = التفاصيل التقنية
error-retry = حاول مرة أخرى
error-bad-request = لم يفهم Plenary هذا العنوان. إذا كنت قد اتبعت رابطًا، فعُد إلى البيان وحاول مرة أخرى.
error-internal = فشلت عملية سابقة قبل اكتمالها. أعد تشغيل Plenary ثم حاول مرة أخرى.
error-ipc = تعذّر على هذه النافذة الاتصال ببقية Plenary. أعد تشغيل Plenary، وإذا تكرر ذلك فأبلغ عن التفاصيل التقنية أدناه.
error-not-found = هذا غير موجود في نسختك من المنتدى. ربما حُذف، أو لم تتم مزامنته مع هذا الجهاز بعد.
error-store = تعذّرت قراءة بيانات المنتدى على هذا الجهاز. أغلق أي نسخة أخرى من Plenary قيد التشغيل، ثم حاول مرة أخرى.
error-io = تعذّرت قراءة ملف أو الكتابة فيه. تحقق من وجود مساحة فارغة على القرص، ثم حاول مرة أخرى.
error-key-file = لا يمكن استخدام مفتاح هذا الجهاز. تحقق من أن حساب المستخدم الخاص بك وحده يستطيع قراءة مجلد بيانات Plenary.
error-statement = تعذّرت قراءة البيان لأن صيغته غير سليمة. اطلب من المنظِّمين نسخة مصحَّحة.
error-record = رفض Plenary تغييرًا أجراه بنفسه. هذا خلل برمجي: يُرجى الإبلاغ عن التفاصيل التقنية أدناه.
error-random = تعذّر على نظامك توفير البيانات العشوائية التي يحتاجها Plenary لحماية بياناتك. أعد تشغيل الحاسوب ثم حاول مرة أخرى.
error-network = تعذّر على Plenary الوصول إلى خادم المنتدى. تحقق من اتصالك، وسيواصل Plenary المحاولة.
error-server = رفض خادم المنتدى الطلب.
error-protocol = تعذّر فهم رد خادم المنتدى. ربما يعمل بإصدار آخر من Plenary، فأبلغ المنظِّمين.
error-import = تعذّر استيراد هذا الملف، لذا لم يتغير شيء. المشكلات التي فيه:

## The header's navigation and search

nav-label = التنقل الرئيسي
nav-statement = البيان
nav-mine = مساهماتي
nav-settings = الإعدادات
nav-join = الانضمام إلى منتدى
nav-translate = الترجمة
nav-glossary = مسرد المصطلحات
search-label = البحث في البيان والتعليقات والتعديلات
search-placeholder = بحث (اضغط /)
search-submit = بحث
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = أنت
author-pseudonym = المشارك { $code }
stakeholder-group = { $group ->
    [government] الحكومة
    [academia] الأوساط الأكاديمية
    [industry] قطاع الصناعة
    [civil_society] المجتمع المدني
    [international_organization] منظمة دولية
   *[other] جهة معنية أخرى
}
region = { $region ->
    [m002] أفريقيا
    [m019] الأمريكتان
    [m142] آسيا
    [m150] أوروبا
    [m009] أوقيانوسيا
   *[other] المنطقة { $code }
}
language-name = { $code ->
    [ar] العربية
    [zh] الصينية (中文)
    [en] الإنجليزية (English)
    [fr] الفرنسية (Français)
    [ru] الروسية (Русский)
    [es] الإسبانية (Español)
   *[other] { $code }
}
language-name-with-autonym = { $name } ({ $autonym })
language-group-forum = لغات هذا المنتدى
language-group-other = لغات أخرى

## A priority's page: its text, and what participants contribute to it

on-this-page-label = في هذه الصفحة
comment-selection-hint = حدّد مقطعًا من النص للتعليق عليه.
comment-on-selection = التعليق على هذا المقطع
comment-on-selection-shortcut = أو اضغط Ctrl+Alt+M
passage-hint = مقطع عليه تعليقات. اضغط Enter للانتقال إليها.
comments-heading = التعليقات
comments-empty = لا توجد تعليقات بعد. حدّد مقطعًا، أو أضف تعليقًا على الأولوية كلها.
comment-add = إضافة تعليق
amendments-heading = التعديلات
amendments-empty = لم يُقترح أي تعديل بعد.
amendment-add = اقتراح تعديل
positions-heading = المواقف
positions-explain = عدد المشاركين الذين يؤيدون هذه الأولوية أو يقفون منها موقفًا محايدًا أو يعارضونها. تُعرض الأعداد فقط، ولا تُعرض هوياتهم أبدًا.
positions-counts-label = { $total ->
    [zero] لم يُعلن أي موقف بعد
    [one] موقف واحد معلن
    [two] موقفان معلنان
    [few] { $total } مواقف معلنة
    [many] { $total } موقفًا معلنًا
   *[other] { $total } موقف معلن
}

comment-kind = { $kind ->
    [support] تأييد
    [concern] مصدر قلق
    [question] سؤال
   *[suggestion] اقتراح
}
comment-edited = معدَّل
comment-earlier-revision = على تنقيح سابق
anchor-fuzzy = تغيّر المقطع منذ ذلك الحين.
anchor-orphaned = لم يعد المقطع موجودًا في النص.
anchor-show-in-text = عرضه في النص
comment-retract-question = هل تريد سحب هذا التعليق؟ لن يراه الآخرون بعد ذلك.

amendment-state = { $state ->
    [withdrawn] مسحوب
   *[proposed] مقترَح
}
amendment-changes = التغييرات على النص
amendment-changes-from-current = التغييرات مقارنةً بالنص الحالي (كُتب هذا التعديل على تنقيح سابق)
amendment-changes-from-base = التغييرات مقارنةً بالنص الذي كُتب عليه
amendment-proposed-text = النص المقترَح
amendment-rationale = المبررات
amendment-withdraw-question = هل تريد سحب هذا التعديل؟ سيبقى ظاهرًا مع الإشارة إلى أنه مسحوب.
diff-added-start = [مضاف:
diff-added-end = ]
diff-removed-start = [محذوف:
diff-removed-end = ]

stance = { $stance ->
    [support] مؤيد
    [oppose] معارض
   *[neutral] محايد
}
position-yours = موقفك:
position-change = تغيير
position-clear = إلغاء موقفي
position-clear-question = هل تريد إلغاء موقفك؟ لن يُحتسب بعد ذلك.
position-clear-confirm = إلغاء
position-heading-new = موقفك
position-heading-change = تغيير موقفك
position-stance-legend = موقفك من هذه الأولوية
position-reason-label = سببك (اختياري)
position-submit = إعلان موقفي

## Actions on a contribution

action-edit = تعديل
action-retract = سحب
action-retract-confirm = سحب
action-withdraw = سحب التعديل
action-withdraw-confirm = سحب التعديل
action-cancel = إلغاء
contribution-kind = { $kind ->
    [comment] تعليق
    [amendment] تعديل
   *[position] موقف
}
contribution-status = { $status ->
    [ready] جاهز للإرسال
    [sent] مُرسَل
    [rejected] رفضه الخادم
   *[other] { $status }
}
contribution-state = { $state ->
    [withdrawn] مسحوب
    [retracted] متراجَع عنه
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] سحب
    [amendment] سحب التعديل
   *[position] إلغاء
}
contribution-retract-question = { $kind ->
    [comment] هل تريد سحب هذا التعليق؟ لن يراه الآخرون بعد ذلك.
    [amendment] هل تريد سحب هذا التعديل؟
   *[position] هل تريد إلغاء هذا الموقف؟ لن يُحتسب بعد ذلك.
}
contribution-submitted = { $kind ->
    [comment] تعليقك جاهز للإرسال.
    [amendment] تعديلك جاهز للإرسال.
   *[position] موقفك جاهز للإرسال.
}
contribution-retracted = { $kind ->
    [comment] سُحب تعليقك.
    [amendment] سُحب تعديلك.
   *[position] أُلغي موقفك.
}

refused-by-server = رفضه الخادم:
refused-by-server-no-reason = رفضه الخادم.
refused-hint = عدّله لإرسال نسخة جديدة، أو اسحبه.

## Editors of comments, amendments and positions

composer-heading-new = تعليق جديد
composer-heading-edit = تعديل تعليقك
composer-quote-caption = على هذا المقطع
composer-remove-quote = إزالة المقطع
composer-kind-legend = ما نوع هذا التعليق؟
composer-body-label = تعليقك
composer-language = لغة النص الذي تكتبه
composer-submit = إرسال
composer-discard = تجاهل المسودة
composer-discard-edit = تجاهل التغييرات
composer-submit-hint = تُحفظ المسودات على هذا الحاسوب أثناء الكتابة. يوقّع زر «إرسال» (أو Ctrl+Enter) نصك، ويُرسل في المرة التالية التي يتصل فيها Plenary بالمنتدى.
markdown-hint = يمكنك استخدام Markdown: **غامق**، *مائل*، قوائم بالرمز -، روابط.
preview-label = معاينة
preview-empty = لا شيء للمعاينة بعد.
attribution-legend = ما يظهر للآخرين
attribution-choice = { $choice ->
    [group_and_region] فئة أصحاب المصلحة والمنطقة
    [name] الاسم
   *[pseudonym] الاسم المستعار فقط
}
attribution-help = { $choice ->
    [group_and_region] تظهر فئة أصحاب المصلحة التي تنتمي إليها ومنطقتك مع اسمك المستعار، ولا يظهر اسمك أبدًا.
    [name] يظهر اسمك والجهة التي تنتمي إليها، مع فئة أصحاب المصلحة ومنطقتك.
   *[pseudonym] لا يظهر إلا اسمك المستعار في هذا المنتدى، مثل المشارك K7QM2.
}
attribution-missing = { $choice ->
    [name] لم تُدخل اسمك في الإعدادات بعد، لذا لا يمكن عرضه.
   *[group_and_region] لم تُدخل فئة أصحاب المصلحة ومنطقتك في الإعدادات بعد، لذا لا يمكن عرضهما.
}
attribution-open-settings = أضفها في الإعدادات
amendment-heading-new = تعديل جديد
amendment-heading-edit = تحرير تعديلك
amendment-intro = أعد كتابة العنوان والنص كما تقترحهما. النص معبأ مسبقًا بالصيغة الحالية.
amendment-base-moved = تغيّر النص منذ بدء هذا التعديل: تقارنه المعاينة بالنص الحالي.
amendment-title-label = العنوان المقترَح
amendment-body-label = النص المقترَح
amendment-changes-preview = ما يغيّره تعديلك
amendment-no-changes = لا تغييرات بعد.
amendment-rationale-label = المبررات (اختيارية)
amendment-submit = إرسال التعديل
draft-saved = تم الحفظ الساعة { $time }
draft-saved-earlier = مسودة محفوظة على هذا الحاسوب
draft-saving = جارٍ الحفظ…
draft-not-saved = لم يُحفظ بعد: لم يُكتب شيء.
draft-save-failed = تعذّر حفظ هذه المسودة. نصك ما زال هنا، وسيعيد Plenary المحاولة أثناء كتابتك.
draft-discarded = جرى تجاهل المسودة.
draft-discard-question = هل تريد تجاهل هذه المسودة؟ سيضيع نصها.
draft-discard-confirm = تجاهل

invalid-body-empty = { $kind ->
    [amendment] اكتب النص المقترَح قبل الإرسال.
   *[comment] اكتب تعليقك قبل الإرسال.
}
invalid-title-empty = ضع عنوانًا للتعديل.
invalid-stance = اختر: مؤيد أو محايد أو معارض.
invalid-anchor = لم يعد المقطع المحدَّد موجودًا في النص. أزله، أو حدّد المقطع من جديد.
invalid-comment-kind = اختر نوع هذا التعليق.
invalid-language = اختر اللغة التي كتبت بها نصك.

## My contributions

mine-heading = مساهماتي
mine-intro = تبقى المسودات على هذا الحاسوب إلى أن ترسلها. أما المساهمات المرسلة فتوقَّع وتنتظر هنا إلى أن يتمكن Plenary من إيصالها إلى المنتدى.
mine-drafts-heading = المسودات
mine-drafts-empty = لا توجد مسودات. تظهر المسودات هنا بمجرد أن تبدأ الكتابة.
mine-ready-heading = جاهزة للإرسال
mine-ready-empty = لا شيء بانتظار الإرسال.
mine-sent-heading = المُرسَلة
mine-sent-empty = لم يُرسل شيء بعد.
mine-open-draft = فتح
mine-continue-edit = متابعة التحرير
mine-draft-edits = يعدّل مساهمة مرسلة
mine-saved-at = حُفظت في { $date }
mine-refused-heading = رفضها الخادم
mine-refused-explain = لم يقبل خادم المنتدى هذه المساهمات، ولكل منها سبب مذكور.

## The status line: how the forum shown stands with its server

sync-bar-label = الاتصال بخادم المنتدى
sync-local = على هذا الجهاز فقط
sync-join = الانضمام إلى منتدى
sync-syncing = جارٍ المزامنة…
sync-sending = المزامنة: إرسال { $sent } من أصل { $total }
sync-receiving = المزامنة: جارٍ الاستلام… { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
sync-up-to-date = محدَّث
sync-up-to-date-at = محدَّث · آخر مزامنة: { $time }
sync-offline = غير متصل
sync-offline-retry = غير متصل — ستُعاد المحاولة الساعة { $time }
sync-error = تعذّرت المزامنة:
sync-announce-error = تعذّرت المزامنة مع خادم المنتدى.
sync-next-try = ستُعاد المحاولة الساعة { $time }
sync-waiting = { $count ->
    [zero] لا شيء بانتظار الإرسال
    [one] مساهمة واحدة بانتظار الإرسال
    [two] مساهمتان بانتظار الإرسال
    [few] { $count } مساهمات بانتظار الإرسال
    [many] { $count } مساهمة بانتظار الإرسال
   *[other] { $count } مساهمة بانتظار الإرسال
}
sync-refused = { $count ->
    [zero] لم يرفض الخادم أي مساهمة
    [one] مساهمة واحدة رفضها الخادم
    [two] مساهمتان رفضهما الخادم
    [few] { $count } مساهمات رفضها الخادم
    [many] { $count } مساهمة رفضها الخادم
   *[other] { $count } مساهمة رفضها الخادم
}
sync-data-used = البيانات المستخدمة هذا الشهر: { $amount }
sync-now = مزامنة الآن
sync-unknown = تعذّرت قراءة حالة المزامنة.

## Search

search-heading = البحث
search-heading-for = نتائج البحث عن «{ $query }»
search-prompt = اكتب كلمات للبحث في البيان والتعليقات والتعديلات.
search-none = لم يُعثر على شيء. جرّب كلمات أخرى، أو كلمات أقل.
search-count = { $count ->
    [zero] لا نتائج عن «{ $query }»
    [one] نتيجة واحدة عن «{ $query }»
    [two] نتيجتان عن «{ $query }»
    [few] { $count } نتائج عن «{ $query }»
    [many] { $count } نتيجة عن «{ $query }»
   *[other] { $count } نتيجة عن «{ $query }»
}
search-keys-hint = استخدم مفتاحي السهم لأعلى ولأسفل للتنقل بين النتائج، ومفتاح Enter لفتح إحداها.
search-kind = { $kind ->
    [comment] تعليق
    [amendment] تعديل
   *[priority] أولوية
}

## Settings

settings-heading = الإعدادات
identity-heading = معلومات عنك
identity-explain = تبقى هذه المعلومات على هذا الحاسوب، ولا تغادره إلا ضمن مساهمة اخترت أن تُظهرها فيها: فئة أصحاب المصلحة والمنطقة، أو اسمك.
identity-explain-attribution = ما لم تختر غير ذلك لمساهمة ما، لا يرى الآخرون إلا اسمك المستعار، وفقًا لقاعدة تشاتام هاوس.
identity-name = الاسم
identity-affiliation = الجهة
identity-group = فئة أصحاب المصلحة
identity-region = المنطقة
identity-not-given = غير محدد
identity-save = حفظ
settings-forums-heading = المنتديات
settings-forums-explain = للمشاركة في منتدى يعمل على خادم، انضم إليه باستخدام العنوان ورمز الدعوة اللذين أعطاك إياهما منظِّموه.

## Joining a forum on a server

join-heading = الانضمام إلى منتدى
join-intro = يعطيك منظِّمو المنتدى عنوان خادمه ورمز دعوة. عند الانضمام تُرسل إليهم المعلومات أدناه، ثم يصل بيان المنتدى مع أول مزامنة.
join-forum-legend = المنتدى
join-server = عنوان الخادم
join-server-hint = مثل forum.example.org
join-invite = رمز الدعوة
join-invite-hint = يصلح كل رمز لعدد محدود من المرات.
join-profile-legend = معلومات عنك، للمنظِّمين فقط
join-affiliation = الجهة (اختياري)
join-contact = كيف يمكن للمنظِّمين التواصل معك (اختياري)
join-contact-hint = عنوان بريد إلكتروني أو رقم هاتف، مثلًا.
join-keep = احتفظ أيضًا باسمي وجهتي وفئتي ومنطقتي في الإعدادات، حتى أتمكن من اختيار إظهارها مع مساهمة ما.
join-submit = انضمام
join-joining = جارٍ الانضمام… قد يستغرق ذلك دقيقة على اتصال بطيء.
join-privacy-heading = من يرى ماذا
join-privacy-sent = يُرسل إلى خادم المنتدى
join-privacy-sent-body = هذه المعلومات، ولا يراها إلا المنظِّمون؛ وكل مساهمة ترسلها، مع طريقة النسب التي تختارها لها فقط.
join-privacy-kept = يبقى على هذا الحاسوب
join-privacy-kept-body = مسوداتك ومفتاح جهازك.
join-privacy-rule = قاعدة تشاتام هاوس
join-privacy-rule-body = يرى الآخرون اسمًا مستعارًا مثل المشارك K7QM2، ما لم تختر غير ذلك لمساهمة ما.
join-missing-server = أدخل عنوان الخادم.
join-missing-invite = أدخل رمز الدعوة.
join-missing-name = أدخل اسمك، ليطّلع عليه المنظِّمون.
join-invalid-server = هذا ليس عنوان خادم. أدخله كما أعطاك إياه المنظِّمون، مثل forum.example.org.
join-invalid-invite = أدخل رمز الدعوة الذي تلقيته.
join-invalid-group = اختر فئة أصحاب المصلحة من القائمة.
join-refused = لم يقبل خادم المنتدى هذا الطلب. وكان رده:
join-unreachable = تعذّر على Plenary الوصول إلى هذا الخادم. تحقق من العنوان ومن اتصالك، ثم حاول مرة أخرى.
join-failed = تعذّر الانضمام. حاول مرة أخرى، وإذا استمر الفشل فأبلغ المنظِّمين بالتفاصيل التقنية أدناه.
join-done = انضممت إلى المنتدى على { $server }. سيظهر بيانه هنا بعد أن تجلبه أول مزامنة.
join-not-saved = تعذّر الاحتفاظ بمعلوماتك في الإعدادات.
join-arrived = وصل بيان «{ $title }».
