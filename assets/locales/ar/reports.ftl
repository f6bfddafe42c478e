# واجهة Plenary بالعربية: مدخلات المجتمع المدني، وتقارير حوادث الذكاء الاصطناعي الموحّدة،
# وحسابات المجموعات، وقائمة ما يصل إلى المنظِّمين. المصدر: ../en/reports.ftl، وفيه ملاحظات
# المترجمين؛ لكل رسالة هنا المعرّف نفسه والمتغيرات نفسها.
#
# Terms: incident report = تقرير حادثة; input (civil society's, on the statement) = مدخلات;
# organizers = المنظِّمون; endorse = تأييد; triage = الفرز; submit = إرسال; withdraw = سحب;
# group account = حساب مجموعة; device key = مفتاح الجهاز. TLP (Traffic Light Protocol): the
# level names CLEAR, GREEN, AMBER, AMBER+STRICT and RED stay in English, as the protocol asks.
# Sectors: ISIC Rev. 4 (التصنيف الصناعي الدولي الموحد). Counts take every Arabic plural form:
# zero, one, two, few (3–10), many (11–99) and other (100 and above).

## روابط الترويسة

nav-reports = التقارير
nav-submissions = الوارد

## عناصر مشتركة بين النماذج

form-required = (مطلوب)
form-choose = اختر…
form-untitled = بلا عنوان
form-group-none = أنا فقط (بلا مجموعة)
form-group-hint = الإرسال باسم مجموعة يُظهر اسمها حيث تسمح طريقة النسب؛ ويمكن بعدها لأي عضو فيها تحديثه.
form-group-hint-none = لست عضوًا في أي مجموعة.
form-problems-heading = { $count ->
    [zero] لا مشكلات قبل الإرسال
    [one] توجد مشكلة واحدة يجب إصلاحها قبل الإرسال
    [two] توجد مشكلتان يجب إصلاحهما قبل الإرسال
    [few] توجد { $count } مشكلات يجب إصلاحها قبل الإرسال
    [many] توجد { $count } مشكلة يجب إصلاحها قبل الإرسال
   *[other] توجد { $count } مشكلة يجب إصلاحها قبل الإرسال
}
form-problem-file = الملف

## اختيار عدة قيم (البلدان، القطاعات)

picker-placeholder = اكتب للبحث، أو ↓ لعرض الكل
picker-none = لا نتائج مطابقة. جرّب تهجئة أخرى.
picker-chosen = { $field }: ما اخترته
picker-remove = إزالة
picker-remove-item = إزالة { $name }
picker-added = أُضيف { $name }
picker-removed = أُزيل { $name }

## التقارير والمدخلات: الصفحة التي تعرضها

reports-heading = التقارير والمدخلات
reports-intro = هنا تضع مجموعات المجتمع المدني أمام منظِّمي المنتدى مدخلات منظَّمة وتقارير موحّدة عن حوادث الذكاء الاصطناعي. تُحفظ النماذج على هذا الحاسوب أثناء الكتابة، فيمكنك إكمالها لاحقًا؛ وما ترسله يُنقل في المرة التالية التي يتصل فيها Plenary بالمنتدى.
reports-new-report = تقرير حادثة جديد
reports-new-input = مدخلات جديدة بشأن البيان
reports-import = استيراد تقرير (JSON)
reports-import-hint = ملف بصيغة تقرير الحادثة التي نشرها Plenary. يُفتح نموذجًا تراجعه ثم ترسله.
reports-import-refused = تعذّر استيراد هذا الملف، لذا لم يتغير شيء. المشكلات التي فيه:
reports-all-submissions = كل ما ورد، للتصفية والفرز
reports-forms-heading = لم يُرسَل بعد
reports-forms-empty = لا نماذج غير مكتملة.
reports-forms-unknown = تعذّر عرض النماذج المحفوظة على هذا الحاسوب.
reports-mine-heading = ما أرسلته
reports-mine-empty = لم ترسل شيئًا بعد.
reports-others-heading = من مشاركين آخرين
reports-others-explain = التقارير الموسومة TLP:CLEAR أو TLP:GREEN، والمدخلات. يمكن لأعضاء أي مجموعة تأييدها باسم مجموعتهم.
reports-others-explain-organizer = بصفتك منظِّمًا، ترى كل التقارير أيًّا كان وسمها.
reports-others-empty = لا شيء من مشاركين آخرين بعد.

report-submitted = أُرسل تقريرك. وهو جاهز للنقل: سينقله Plenary في المرة التالية التي يتصل فيها بالمنتدى.
input-submitted = أُرسلت مدخلاتك. وهي جاهزة للنقل: سينقلها Plenary في المرة التالية التي يتصل فيها بالمنتدى.
report-imported = استُورد التقرير في نموذج جديد. راجعه ثم أرسله.

## تقرير أو مدخلات في قائمة

submission-kind = { $kind ->
    [report] تقرير حادثة
   *[input] مدخلات
}
input-status = { $status ->
    [withdrawn] مسحوبة
   *[submitted] مُرسَلة
}
input-concerns = { $count ->
    [zero] بشأن الأولويات { $priorities }
    [one] بشأن الأولوية { $priorities }
    [two] بشأن الأولويتين { $priorities }
    [few] بشأن الأولويات { $priorities }
    [many] بشأن الأولويات { $priorities }
   *[other] بشأن الأولويات { $priorities }
}
submitted-for-group = باسم { $group }
endorsement-count = { $count ->
    [zero] لا تأييدات
    [one] تأييد واحد
    [two] تأييدان
    [few] { $count } تأييدات
    [many] { $count } تأييدًا
   *[other] { $count } تأييد
}
attachment-count = { $count ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $count } ملفات
    [many] { $count } ملفًا
   *[other] { $count } ملف
}
endorse-as = التأييد باسم { $group }
endorsed = جرى التأييد باسم { $group }.
report-occurred-on = وقعت: { $date }

## نموذج تقرير الحادثة

report-form-heading-new = تقرير حادثة جديد
report-form-heading-update = تحديث تقريرك
report-form-intro = صِف ما حدث بأكبر قدر ممكن من الدقة. يُحفظ النموذج على هذا الحاسوب أثناء الكتابة: يمكنك مغادرته وإكماله لاحقًا. يجب ملء الحقول الموسومة «مطلوب» قبل الإرسال.
report-form-update-note = أُرسل هذا التقرير بالحالة «{ $status }». إرساله مرة أخرى ينقل نسخة جديدة تحلّ محلّه لدى كل من يستطيع رؤيته.
report-part-what = ما الذي حدث
report-part-harm = مدى الخطورة
report-part-who = نظام الذكاء الاصطناعي والجهات المعنية
report-part-where = أين حدث
report-part-sources = المصادر والملفات
report-part-security = الأمن والإجراءات المتخذة
report-part-sharing = من يجوز له تلقّيه
report-title-hint = عنوان قصير، من 6 إلى 500 حرف.
report-harm-types-hint = حدّد كل نوع من الضرر وقع أو كان يمكن أن يقع.
report-countries-hint = البلدان التي وقع فيها أو امتدت إليها آثاره.
report-sectors-hint = مجالات النشاط المعنية (أبواب التصنيف الصناعي الدولي الموحد).
report-sources-hint = مصدر واحد على الأقل: مقال، أو تقرير، أو شهادة مباشرة، أو بيانات… وبيّن من يجوز له رؤية كل منها.
report-security-hint = هل كان هجومًا على نظام الذكاء الاصطناعي أو من خلاله؟
report-procedure-hint = معرّفات تقنيات MITRE ATLAS، مثل AML.T0051، بالترتيب الذي استُخدمت به في الهجوم.
report-tlp-hint = بروتوكول الإشارة الضوئية (TLP). تقارير TLP:RED وTLP:AMBER لا تذهب إلا إلى منظِّمي المنتدى: لا تصل أبدًا إلى أجهزة المشاركين الآخرين.
report-entity-id-hint = أحرف لاتينية صغيرة وأرقام وشرطات، مثل acme-labs. يُشتق من الاسم؛ اكتبه بنفسك إن لم يكن في الاسم أحرف لاتينية.
report-material-url-hint = اتركه فارغًا إن لم يكن المصدر منشورًا على الإنترنت.
report-material-date-hint = YYYY أو YYYY-MM أو YYYY-MM-DD
report-material-remove = إزالة هذا المصدر
report-discard-question = هل تريد تجاهل هذا التقرير؟ سيضيع كل ما كُتب فيه.
report-submit = إرسال التقرير
report-submit-update = إرسال النسخة الجديدة
report-submit-hint = يُحفظ على هذا الحاسوب أثناء الكتابة. يوقّع زر «إرسال» (أو Ctrl+Enter) التقرير، ويُنقل في المرة التالية التي يتصل فيها Plenary بالمنتدى.
report-kept = يحمل هذا التقرير أيضًا تصنيفات (العدد: { $classifications }) وترجمات (العدد: { $translations }) من الملف الذي استُورد منه؛ وهي محفوظة كما هي.

report-field = { $field ->
    [title] العنوان
    [description] ما الذي حدث
    [record_kind] نوع الحدث
    [ai_relation] صلة نظام الذكاء الاصطناعي به
    [date_occurred] متى حدث
    [severity] درجة الخطورة
    [harm_types] أنواع الضرر
    [supporting_materials] المصادر
    [status] حالة التقرير
    [tlp] من يجوز له تلقّيه (TLP)
    [attribution] طريقة تسمية كاتبيه
    [lang] لغة التقرير
    [countries] البلدان
    [ai_system] نظام الذكاء الاصطناعي
    [developers] المطوّرون
    [deployers] الجهات المشغِّلة
    [harmed_parties] المتضرّرون
    [sectors] القطاعات
    [is_security_incident] حادثة أمنية
    [procedure] تقنيات الهجوم
    [actions_taken] الإجراءات المتخذة
    [classifications] التصنيفات
    [translations] الترجمات
    [group] مُرسَل باسم
    [attachments] الملفات
   *[other] { $field }
}
report-subfield = { $field ->
    [title] العنوان
    [url] العنوان الإلكتروني (URL)
    [type] نوعه
    [date] تاريخ النشر
    [language] اللغة
    [access] من يجوز له رؤيته
    [name] الاسم
    [id] معرّف قصير
    [version] الإصدار
    [precision] الدقة
    [namespace] التصنيف المرجعي
    [attributes] السمات
    [value_json] القيمة
   *[other] { $field }
}
report-field-row = { $field ->
    [supporting_materials] المصدر { $row }
    [developers] المطوّر { $row }
    [deployers] الجهة المشغِّلة { $row }
    [harmed_parties] المتضرّر { $row }
    [procedure] التقنية { $row }
    [countries] البلد { $row }
    [sectors] القطاع { $row }
    [harm_types] نوع الضرر { $row }
    [classifications] التصنيف { $row }
    [attributes] السمة { $row }
    [translations] الترجمة { $row }
   *[other] { $field } { $row }
}
report-row-add = { $field ->
    [developers] إضافة مطوّر
    [deployers] إضافة جهة مشغِّلة
    [harmed_parties] إضافة متضرّر
    [supporting_materials] إضافة مصدر
   *[procedure] إضافة تقنية
}
report-row-remove = { $field ->
    [developers] إزالة المطوّر { $row }
    [deployers] إزالة الجهة المشغِّلة { $row }
    [harmed_parties] إزالة المتضرّر { $row }
    [supporting_materials] إزالة المصدر { $row }
   *[procedure] إزالة التقنية { $row }
}
report-entities-hint = { $list ->
    [developers] من بنى نظام الذكاء الاصطناعي، إن كان معروفًا.
    [deployers] من وضعه قيد الاستخدام.
   *[harmed_parties] من تضرّر أو كان يمكن أن يتضرّر: أفراد أو جماعات أو منظمات.
}

report-record-kind = { $kind ->
    [incident] حادثة
    [hazard] خطر محتمل
    [issue] مسألة مثيرة للقلق
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] وقع ضرر.
    [hazard] كان من المعقول أن يقع ضرر.
   *[issue] أمر مثير للقلق لا يبلغ حدّ الخطر.
}
report-ai-relation = { $relation ->
    [direct] تسبّب فيه
    [contributing] كان أحد أسبابه
    [involved] كان طرفًا فيه دون أن يكون سببًا
    [alleged] دوره مزعوم
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] سلوك نظام الذكاء الاصطناعي هو ما تسبّب في الحدث.
    [contributing] أسهم نظام الذكاء الاصطناعي فيه إلى جانب أسباب أخرى.
    [involved] كان نظام الذكاء الاصطناعي جزءًا من الحدث لكنه لم يتسبّب فيه.
   *[alleged] يقول أحدهم إن لنظام الذكاء الاصطناعي دورًا؛ ولم يثبت ذلك.
}
report-date-precision-legend = ما مدى دقة معرفة التاريخ؟
report-date-precision = { $precision ->
    [year] السنة
    [month] الشهر
   *[day] اليوم
}
report-date-year = السنة
report-date-month = الشهر
report-date-day = اليوم
report-date-choose-month = الشهر…
report-severity = { $severity ->
    [hazard] خطر محتمل
    [serious_hazard] خطر محتمل جسيم
    [incident] حادثة
    [serious_incident] حادثة جسيمة
    [disaster] كارثة
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] كان من المعقول أن يؤدي إلى ضرر.
    [serious_hazard] كان من المعقول أن يؤدي إلى ضرر جسيم: وفاة أو إصابة بالغة، أو تعطيل بنية تحتية حيوية، أو انتهاك جسيم للحقوق، أو ضرر جسيم بالممتلكات أو البيئة.
    [incident] أدّى إلى ضرر.
    [serious_incident] أدّى إلى ضرر جسيم، على النحو المذكور أعلاه.
   *[disaster] حادثة جسيمة أخلّت بحياة مجتمع محلي أو بالمجتمع عمومًا.
}
report-harm-type = { $harm ->
    [physical] ضرر جسدي أو إصابة
    [psychological] ضرر نفسي
    [reputational] ضرر بالسمعة
    [economic_property] ضرر اقتصادي أو بالممتلكات
    [environmental] ضرر بالبيئة
    [public_interest] ضرر بالمصلحة العامة (الديمقراطية، البنى التحتية الحيوية، التماسك الاجتماعي)
    [human_rights] انتهاك حقوق الإنسان أو الحريات الأساسية
   *[other] نوع آخر من الضرر
}
report-material-kind = { $kind ->
    [news] مقال إخباري
    [report] تقرير صادر عن منظمة
    [paper] ورقة بحثية
    [social_media] منشور على وسائل التواصل الاجتماعي
    [testimony] شهادة مباشرة
    [dataset] بيانات أو سجلّ
   *[other] شيء آخر
}
report-access = { $access ->
    [public] الجميع
    [confidential] المنظِّمون فقط
   *[other] { $access }
}
report-access-help = { $access ->
    [public] المصدر علني، أو يجوز نشره.
   *[confidential] لا يراه إلا منظِّمو المنتدى، ولا يدخل أبدًا في أي تصدير.
}
report-status = { $status ->
    [draft] مسودة
    [interim] مؤقت
    [final] نهائي
    [withdrawn] مسحوب
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] ما زالت الوقائع قيد الجمع.
    [interim] مؤكَّد جزئيًا؛ وسيتبعه المزيد.
   *[final] مكتمل.
}
report-tlp = { $level ->
    [clear] TLP:CLEAR — الجميع
    [green] TLP:GREEN — المشاركون في هذا المنتدى
    [amber] TLP:AMBER — المنظِّمون ومن يلزمهم إبلاغه
    [amber_strict] TLP:AMBER+STRICT — المنظِّمون فقط
    [red] TLP:RED — المنظِّمون لأنفسهم فقط
   *[other] { $level }
}
report-tlp-help = { $level ->
    [clear] يجوز للجميع رؤيته، ويجوز نشره، في قاعدة بيانات حوادث الذكاء الاصطناعي (AI Incident Database) مثلًا.
    [green] يراه كل المشاركين في هذا المنتدى، ولا يجوز نشره.
    [amber] لا يتلقّاه إلا منظِّمو المنتدى، ويجوز لهم مشاركته داخل منظماتهم مع من يحتاجون إلى معرفته.
    [amber_strict] لا يتلقّاه إلا منظِّمو المنتدى، ولا يجوز لهم مشاركته إلا داخل منظمتهم نفسها.
   *[red] لا يتلقّاه إلا منظِّمو المنتدى، لأنفسهم فقط، ولا يُشارَك مع أحد غيرهم.
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
    [chatham_house] قاعدة تشاتام هاوس
    [consented] بحسب موافقة كل كاتب
    [public] علنًا
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] لا يُسمّى أي ممن قدّموه، ولا منظماتهم.
    [consented] لا يُسمّى الكتّاب إلا بالطريقة التي وافق عليها كل منهم.
   *[public] يجوز عرضه مع أسماء كاتبيه.
}
report-security-answer = { $answer ->
    [yes] نعم
    [no] لا
   *[unknown] غير معروف
}
report-sector = { $section ->
    [A] الزراعة والحراجة وصيد الأسماك
    [B] التعدين واستغلال المحاجر
    [C] الصناعات التحويلية
    [D] إمدادات الكهرباء والغاز والبخار وتكييف الهواء
    [E] إمدادات المياه والصرف الصحي وإدارة النفايات
    [F] التشييد
    [G] تجارة الجملة والتجزئة
    [H] النقل والتخزين
    [I] خدمات الإقامة والطعام
    [J] المعلومات والاتصالات
    [K] الأنشطة المالية وأنشطة التأمين
    [L] الأنشطة العقارية
    [M] الأنشطة المهنية والعلمية والتقنية
    [N] الخدمات الإدارية وخدمات الدعم
    [O] الإدارة العامة والدفاع
    [P] التعليم
    [Q] الصحة البشرية والعمل الاجتماعي
    [R] الفنون والترفيه والتسلية
    [S] أنشطة الخدمات الأخرى
    [T] الأسر المعيشية بوصفها أرباب عمل
    [U] المنظمات والهيئات الخارجة عن نطاق الولاية الإقليمية
   *[other] الباب { $section }
}
report-sector-division = القسم { $division } من التصنيف الصناعي الدولي الموحد

## سبب رفض حقل، بجواره

report-problem-required = هذا الحقل مطلوب.
report-problem-title-length = يجب أن يتراوح طول العنوان بين 6 و500 حرف.
report-problem-too-long = هذا طويل جدًا. اختصره.
report-problem-date = أدخل تاريخًا حقيقيًا بالدقة التي اخترتها: السنة، أو السنة والشهر، أو التاريخ كاملًا.
report-problem-harm-types = حدّد نوعًا واحدًا على الأقل من الضرر.
report-problem-sources = أضف مصدرًا واحدًا على الأقل.
report-problem-url = يجب أن يبدأ العنوان الإلكتروني بـ https://‎ أو http://‎.
report-problem-material-date = اكتب التاريخ بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.
report-problem-country = اختر بلدًا من القائمة.
report-problem-ai-system-name = أدخل اسم نظام الذكاء الاصطناعي، أو اترك إصداره فارغًا أيضًا.
report-problem-slug = استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة، مثل acme-labs.
report-problem-sector = اختر قطاعًا من القائمة.
report-problem-procedure = اكتب معرّف تقنية من MITRE ATLAS، مثل AML.T0051 أو AML.T0051.000.
report-problem-procedure-security = تقنيات الهجوم خاصة بالحوادث الأمنية. أجب بـ«نعم» أعلاه، أو أزلها.
report-problem-json = يجب أن تكون هذه القيمة بصيغة JSON.
input-problem-attribution = اختر طريقة ظهورك.

## الملفات المرفقة بتقرير أو مدخلات

attachments-heading = الملفات
attachments-label = إرفاق ملفات
attachments-hint = ملفات PDF أو صور (PNG وJPEG وWebP) أو ملفات نصية؛ لا يتجاوز حجم كل منها { $max } ميغابايت، ولا يتجاوز عددها { $count } ملفًا. لا يُنزلها الآخرون إلا عند فتحها.
attachments-list-label = الملفات المرفقة
attachments-too-large = حجم { $name } هو { $size } ميغابايت، والحد الأقصى للملف { $max } ميغابايت. صغّره أو قسّمه، ثم أرفقه مجددًا.
attachments-wrong-type = { $name } ليس ملف PDF ولا صورة (PNG أو JPEG أو WebP) ولا ملفًا نصيًا، لذا لا يمكن إرفاقه.
attachments-empty = { $name } فارغ.
attachments-too-many = لم يُرفق { $name }: الحد الأقصى { $max } ملفًا.
attachments-adding = { $count ->
    [zero] لا ملفات قيد الإرفاق
    [one] جارٍ إرفاق ملف واحد…
    [two] جارٍ إرفاق ملفين…
    [few] جارٍ إرفاق { $count } ملفات…
    [many] جارٍ إرفاق { $count } ملفًا…
   *[other] جارٍ إرفاق { $count } ملف…
}
attachments-added = أُرفق { $name }
attachments-removed = أُزيل { $name }
attachment-type = { $type ->
    [pdf] PDF
    [png] صورة PNG
    [jpeg] صورة JPEG
    [webp] صورة WebP
    [text] نص
   *[other] ملف
}
attachment-here = على هذا الحاسوب
attachment-not-here = لم يُنزَّل بعد
attachment-fetch = تنزيل
attachment-fetch-again = تنزيل الباقي
attachment-fetching = جارٍ التنزيل: { $done } من { $total } أجزاء…
attachment-partial = نُزِّل جزئيًا ({ $done } من { $total } أجزاء): لم يرسل خادم المنتدى الباقي. ما وصل محفوظ؛ حاول مجددًا لاحقًا.
attachment-progress = جارٍ تنزيل { $name }
attachment-save = الحفظ في التنزيلات

## تقرير واحد

report-filed-by = قدّمه
report-withdrawn-note = سحبه كاتبوه. ويبقى هنا موسومًا بأنه مسحوب.
report-actions-heading = ما يمكنك فعله
report-update = تحديث هذا التقرير
report-update-hint = التحديث يرسل نسخة جديدة (من مسودة إلى مؤقت، أو إلى نهائي مثلًا). والسحب يُبقي التقرير موسومًا بأنه مسحوب.
report-withdraw-question = هل تريد سحب هذا التقرير؟ سيبقى ظاهرًا موسومًا بأنه مسحوب.
report-withdrawn-done = سُحب التقرير.
report-export-json = الحفظ بصيغة JSON
report-export-oecd = حفظ معايير منظمة التعاون الاقتصادي والتنمية (JSON)
report-export-aiid = الحفظ لقاعدة بيانات حوادث الذكاء الاصطناعي (JSON)
report-aiid-unavailable = { $reason ->
    [tlp] لا يُتاح التصدير إلى قاعدة بيانات حوادث الذكاء الاصطناعي إلا لتقارير TLP:CLEAR.
    [withdrawn] لا يُرسَل تقرير مسحوب إلى قاعدة بيانات حوادث الذكاء الاصطناعي.
   *[source] يتطلب التصدير إلى قاعدة بيانات حوادث الذكاء الاصطناعي مصدرًا علنيًا له عنوان إلكتروني وتاريخ نشر.
}
report-export-restricted = هذا التقرير للمنظِّمين فقط: احتفظ لنفسك بأي ملف تحفظه منه.

## مدخلات بشأن البيان

input-form-heading = مدخلات جديدة بشأن البيان
input-form-intro = مدخلات منظَّمة للمنظِّمين: ما تطلبه منظمتك من البيان، وبشأن أي الأولويات. تُحفظ على هذا الحاسوب أثناء الكتابة.
input-field = { $field ->
    [title] العنوان
    [body] مدخلاتك
    [priorities] الأولويات المعنية
    [group] مُرسَلة باسم
    [language] لغة نصك
    [attribution] طريقة ظهورك
   *[attachments] الملفات
}
input-priorities-hint = حدّد كل أولوية تتناولها مدخلاتك (لا شيء إن كانت تخص البيان ككل).
input-submit = إرسال المدخلات
input-submit-hint = تُحفظ على هذا الحاسوب أثناء الكتابة. يوقّع زر «إرسال» (أو Ctrl+Enter) مدخلاتك، وتُنقل في المرة التالية التي يتصل فيها Plenary بالمنتدى.

## حسابات المجموعات

groups-heading = المجموعات
groups-intro = يتيح حساب المجموعة لعدة أعضاء في منظمة واحدة من منظمات المجتمع المدني الإرسال والتأييد باسم المنظمة. ولا يظهر اسمها إلا حيث تسمح بذلك طريقة النسب في ما يُرسَل.
groups-manage = المجموعات
groups-key-heading = مفتاح هذا الجهاز
groups-key-explain = لكي تُضاف إلى مجموعة، أعطِ هذا المفتاح لأحد أعضائها. وهو يعرّف هذا الجهاز، وليس سرًّا.
groups-key-copy = نسخ
groups-key-copied = نُسخ.
groups-key-selected = المفتاح محدَّد: اضغط Ctrl+C لنسخه.
groups-mine-heading = مجموعاتك
groups-none = لست عضوًا في أي مجموعة.
groups-members = { $count ->
    [zero] لا أجهزة أعضاء
    [one] جهاز عضو واحد
    [two] جهازان عضوان
    [few] { $count } أجهزة أعضاء
    [many] { $count } جهازًا عضوًا
   *[other] { $count } جهاز عضو
}
groups-add-member = إضافة عضو بمفتاح جهازه
groups-add-member-hint = يجد العضو مفتاح جهازه في هذه الصفحة على حاسوبه.
groups-add = إضافة
groups-invalid-key = مفتاح الجهاز 64 خانة: أرقام من 0 إلى 9 وأحرف من a إلى f. انسخه مرة أخرى.
groups-invalid-name = أعطِ المجموعة اسمًا.
groups-create-heading = إنشاء مجموعة
groups-name = اسم المنظمة
groups-create = إنشاء
groups-not-for-role = حسابات المجموعات مخصّصة لمشاركي المجتمع المدني وللمنظِّمين؛ ولا يسمح لك دورك في هذا المنتدى بإنشاء مجموعة. يمكن لعضو في مجموعة قائمة إضافة هذا الجهاز.
groups-created = أُنشئت المجموعة «{ $name }».
groups-member-added = أُضيف عضو إلى «{ $name }».

## مساهماتي

mine-reports-heading = التقارير والمدخلات
mine-reports-empty = لا تقارير ولا مدخلات بعد.
mine-reports-open = الانتقال إلى التقارير والمدخلات

## قائمة الوارد للمنظِّمين

submissions-heading = الوارد
submissions-intro = كل ما ورد من تقارير ومدخلات، الأحدث أولًا. صفِّها، وافتح أي تقرير، وضع كلًّا منها في مرحلة الفرز المناسبة.
submissions-organizers-only = لا يرى قائمة الوارد إلا منظِّمو المنتدى.
submissions-filter-heading = التصفية
submissions-filter = { $filter ->
    [kind] النوع
    [status] الحالة
    [severity] درجة الخطورة
    [country] البلد
    [priority] الأولوية (للمدخلات)
   *[triage] الفرز
}
submissions-filter-all = الكل
submissions-filter-apply = عرض
submissions-filter-clear = مسح عوامل التصفية
submissions-filter-hint = تنطبق الحالة ودرجة الخطورة والبلد على التقارير، والأولوية على المدخلات.
submissions-count = { $filtered ->
    [yes] { $count ->
        [zero] لا شيء يطابق التصفية.
        [one] عنصر واحد يطابق التصفية.
        [two] عنصران يطابقان التصفية.
        [few] { $count } عناصر تطابق التصفية.
        [many] { $count } عنصرًا يطابق التصفية.
       *[other] { $count } عنصر يطابق التصفية.
    }
   *[no] { $count ->
        [zero] لم يرد شيء بعد.
        [one] عنصر واحد.
        [two] عنصران.
        [few] { $count } عناصر.
        [many] { $count } عنصرًا.
       *[other] { $count } عنصر.
    }
}

## الفرز (للمنظِّمين فقط)

triage-heading = الفرز
triage-label = الفرز
triage-state = { $state ->
    [new] جديد
    [triaged] مفروز
    [needs_follow_up] يحتاج إلى متابعة
    [closed] مغلق
   *[other] { $state }
}
triage-note = ملاحظة للمنظِّمين (اختيارية)
triage-note-hint = لا يرى الفرز وملاحظته إلا المنظِّمون.
triage-save = حفظ
triage-saved = صُنِّف: { $state }.
