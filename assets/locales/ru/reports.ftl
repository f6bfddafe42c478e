# Интерфейс Plenary на русском: обращения гражданского общества, стандартизированные отчёты
# об инцидентах ИИ, групповые учётные записи и список поступивших материалов для
# организаторов. Источник: ../en/reports.ftl (там примечания для переводчиков); каждое
# сообщение здесь имеет тот же идентификатор и те же переменные.
#
# Термины: incident report = отчёт об инциденте; input = обращение (гражданского общества по
# заявлению); organizers = организаторы; endorse = поддержать; triage = разбор; submit =
# отправить; withdraw = снять; security incident = инцидент защищённости (как в глоссарии:
# защищённость = security, безопасность = safety). TLP (Traffic Light Protocol): уровни
# CLEAR, GREEN, AMBER, AMBER+STRICT и RED не переводятся, как того требует протокол.
# Отрасли: МСОК, 4-й пересмотр.
# Числа: one (1, 21…), few (2–4, 22–24…), many (5–20, 25…), other (дроби).

## Навигация в шапке

nav-reports = Отчёты
nav-submissions = Поступившее

## Общее для форм

form-required = (обязательно)
form-choose = Выберите…
form-untitled = Без названия
form-group-none = Только я (без группы)
form-group-hint = При отправке от имени группы её название показывается там, где это позволяет указание авторства; затем обновить материал может любой участник группы.
form-group-hint-none = Вы не состоите ни в одной группе.
form-problems-heading = { $count ->
    [one] Перед отправкой нужно исправить { $count } ошибку
    [few] Перед отправкой нужно исправить { $count } ошибки
    [many] Перед отправкой нужно исправить { $count } ошибок
   *[other] Перед отправкой нужно исправить { $count } ошибки
}
form-problem-file = Файл

## Выбор нескольких значений (страны, отрасли)

picker-placeholder = Начните вводить или нажмите ↓, чтобы увидеть все
picker-none = Ничего не найдено. Попробуйте иное написание.
picker-chosen = { $field }: выбрано
picker-remove = Убрать
picker-remove-item = Убрать: { $name }
picker-added = Добавлено: { $name }
picker-removed = Убрано: { $name }

## Отчёты и обращения: страница со списком

reports-heading = Отчёты и обращения
reports-intro = Здесь группы гражданского общества направляют организаторам форума структурированные обращения и стандартизированные отчёты об инцидентах ИИ. Формы сохраняются на этом компьютере по мере ввода, поэтому их можно закончить позже; отправленное уйдёт на форум, когда Plenary в следующий раз к нему подключится.
reports-new-report = Новый отчёт об инциденте
reports-new-input = Новое обращение по заявлению
reports-import = Импортировать отчёт (JSON)
reports-import-hint = Файл в опубликованном формате отчёта об инциденте Plenary. Он откроется как форма, которую нужно проверить и отправить.
reports-import-refused = Не удалось импортировать этот файл, поэтому ничего не изменилось. Что в нём не так:
reports-all-submissions = Всё поступившее: фильтры и разбор
reports-forms-heading = Ещё не отправлено
reports-forms-empty = Незаконченных форм нет.
reports-forms-unknown = Не удалось получить список форм, сохранённых на этом компьютере.
reports-mine-heading = Отправлено вами
reports-mine-empty = Вы пока ничего не отправили.
reports-others-heading = От других участников
reports-others-explain = Отчёты с пометкой TLP:CLEAR или TLP:GREEN и обращения. Участники группы могут поддержать их от имени своей группы.
reports-others-explain-organizer = Как организатор, вы видите все отчёты, какой бы ни была их пометка.
reports-others-empty = От других участников пока ничего нет.

report-submitted = Ваш отчёт отправлен. Он готов к передаче: Plenary передаст его, когда в следующий раз подключится к форуму.
input-submitted = Ваше обращение отправлено. Оно готово к передаче: Plenary передаст его, когда в следующий раз подключится к форуму.
report-imported = Отчёт импортирован в новую форму. Проверьте его, затем отправьте.

## Отчёт или обращение в списке

submission-kind = { $kind ->
    [report] Отчёт об инциденте
   *[input] Обращение
}
input-status = { $status ->
    [withdrawn] Снято
   *[submitted] Отправлено
}
input-concerns = { $count ->
    [one] По приоритету { $priorities }
    [few] По приоритетам { $priorities }
    [many] По приоритетам { $priorities }
   *[other] По приоритетам { $priorities }
}
submitted-for-group = от имени «{ $group }»
endorsement-count = { $count ->
    [0] Поддержки пока нет
    [one] { $count } поддержка
    [few] { $count } поддержки
    [many] { $count } поддержек
   *[other] { $count } поддержки
}
attachment-count = { $count ->
    [one] { $count } файл
    [few] { $count } файла
    [many] { $count } файлов
   *[other] { $count } файла
}
endorse-as = Поддержать от имени «{ $group }»
endorsed = Поддержано от имени «{ $group }».
report-occurred-on = Когда: { $date }

## Форма отчёта об инциденте

report-form-heading-new = Новый отчёт об инциденте
report-form-heading-update = Обновить ваш отчёт
report-form-intro = Опишите произошедшее как можно точнее. Форма сохраняется на этом компьютере по мере ввода: можно уйти и закончить её позже. Поля с пометкой «обязательно» нужно заполнить до отправки.
report-form-update-note = Этот отчёт был отправлен со статусом «{ $status }». Повторная отправка создаёт новую версию, которая заменит его для всех, кто может его видеть.
report-part-what = Что произошло
report-part-harm = Насколько это серьёзно
report-part-who = Система ИИ и причастные стороны
report-part-where = Где это произошло
report-part-sources = Источники и файлы
report-part-security = Защищённость и принятые меры
report-part-sharing = Кто может его получить
report-title-hint = Краткое название, от 6 до 500 знаков.
report-harm-types-hint = Отметьте каждый вид вреда, который был причинён или мог быть причинён.
report-countries-hint = Страны, где это произошло или имело последствия.
report-sectors-hint = Затронутые виды деятельности (секции МСОК).
report-sources-hint = Хотя бы один источник: статья, доклад, свидетельство очевидца, данные… Укажите, кто может видеть каждый из них.
report-security-hint = Была ли это атака на систему ИИ или с её помощью?
report-procedure-hint = Идентификаторы техник MITRE ATLAS, например AML.T0051, в том порядке, в каком их применяли при атаке.
report-tlp-hint = Traffic Light Protocol. Отчёты TLP:RED и TLP:AMBER получают только организаторы форума: на устройства других участников они не попадают никогда.
report-entity-id-hint = Строчные латинские буквы, цифры и дефисы, например acme-labs. Создаётся из названия; если в названии нет латинских букв, введите сами.
report-material-url-hint = Оставьте пустым, если источника нет в сети.
report-material-date-hint = ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
report-material-remove = Убрать этот источник
report-discard-question = Удалить этот отчёт? Всё, что в нём введено, будет потеряно.
report-submit = Отправить отчёт
report-submit-update = Отправить новую версию
report-submit-hint = Сохраняется на этом компьютере по мере ввода. «Отправить» (или Ctrl+Enter) подписывает отчёт; он уйдёт на форум, когда Plenary в следующий раз к нему подключится.
report-kept = В этом отчёте также есть классификации ({ $classifications }) и переводы ({ $translations }) из импортированного файла; они сохраняются без изменений.

report-field = { $field ->
    [title] Название
    [description] Что произошло
    [record_kind] Вид события
    [ai_relation] Роль системы ИИ
    [date_occurred] Когда это произошло
    [severity] Серьёзность
    [harm_types] Виды вреда
    [supporting_materials] Источники
    [status] Статус отчёта
    [tlp] Кто может его получить (TLP)
    [attribution] Как указывать авторов
    [lang] Язык отчёта
    [countries] Страны
    [ai_system] Система ИИ
    [developers] Разработчики
    [deployers] Эксплуатанты
    [harmed_parties] Пострадавшие
    [sectors] Отрасли
    [is_security_incident] Инцидент защищённости (атака)
    [procedure] Техники атаки
    [actions_taken] Принятые меры
    [classifications] Классификации
    [translations] Переводы
    [group] От имени
    [attachments] Файлы
   *[other] { $field }
}
report-subfield = { $field ->
    [title] Название
    [url] Адрес (URL)
    [type] Что это
    [date] Дата публикации
    [language] Язык
    [access] Кто может видеть
    [name] Название
    [id] Краткий идентификатор
    [version] Версия
    [precision] Точность
    [namespace] Таксономия
    [attributes] Атрибуты
    [value_json] Значение
   *[other] { $field }
}
report-field-row = { $field ->
    [supporting_materials] Источник { $row }
    [developers] Разработчик { $row }
    [deployers] Эксплуатант { $row }
    [harmed_parties] Пострадавший { $row }
    [procedure] Техника { $row }
    [countries] Страна { $row }
    [sectors] Отрасль { $row }
    [harm_types] Вид вреда { $row }
    [classifications] Классификация { $row }
    [attributes] Атрибут { $row }
    [translations] Перевод { $row }
   *[other] { $field } { $row }
}
report-row-add = { $field ->
    [developers] Добавить разработчика
    [deployers] Добавить эксплуатанта
    [harmed_parties] Добавить пострадавшего
    [supporting_materials] Добавить источник
   *[procedure] Добавить технику
}
report-row-remove = { $field ->
    [developers] Убрать разработчика { $row }
    [deployers] Убрать эксплуатанта { $row }
    [harmed_parties] Убрать пострадавшего { $row }
    [supporting_materials] Убрать источник { $row }
   *[procedure] Убрать технику { $row }
}
report-entities-hint = { $list ->
    [developers] Кто создал систему ИИ, если известно.
    [deployers] Кто ввёл её в эксплуатацию.
   *[harmed_parties] Кто пострадал или мог пострадать: люди, группы или организации.
}

report-record-kind = { $kind ->
    [incident] Инцидент
    [hazard] Угроза
    [issue] Проблема
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] Вред был причинён.
    [hazard] Вред вполне мог быть причинён.
   *[issue] Повод для беспокойства, не доходящий до угрозы.
}
report-ai-relation = { $relation ->
    [direct] Стала причиной
    [contributing] Была одной из причин
    [involved] Была причастна, но не как причина
    [alleged] Её роль предполагается
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] Событие вызвано поведением системы ИИ.
    [contributing] Система ИИ способствовала событию наряду с другими причинами.
    [involved] Система ИИ была частью события, но не вызвала его.
   *[alleged] Кто-то утверждает, что система ИИ сыграла роль; это не установлено.
}
report-date-precision-legend = Насколько точно известна дата?
report-date-precision = { $precision ->
    [year] Год
    [month] Месяц
   *[day] День
}
report-date-year = Год
report-date-month = Месяц
report-date-day = День
report-date-choose-month = Месяц…
report-severity = { $severity ->
    [hazard] Угроза
    [serious_hazard] Серьёзная угроза
    [incident] Инцидент
    [serious_incident] Серьёзный инцидент
    [disaster] Бедствие
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] Вполне могло причинить вред.
    [serious_hazard] Вполне могло причинить серьёзный вред: гибель или тяжёлые травмы, нарушение работы критической инфраструктуры, серьёзное нарушение прав, серьёзный ущерб имуществу или окружающей среде.
    [incident] Причинило вред.
    [serious_incident] Причинило серьёзный вред, как указано выше.
   *[disaster] Серьёзный инцидент, нарушивший жизнь сообщества или общества в целом.
}
report-harm-type = { $harm ->
    [physical] Физический вред или травма
    [psychological] Психологический вред
    [reputational] Ущерб репутации
    [economic_property] Экономический или имущественный ущерб
    [environmental] Вред окружающей среде
    [public_interest] Вред общественным интересам (демократии, критической инфраструктуре, сплочённости общества)
    [human_rights] Нарушение прав человека или основных свобод
   *[other] Иной вид вреда
}
report-material-kind = { $kind ->
    [news] Новостная статья
    [report] Доклад организации
    [paper] Научная статья
    [social_media] Публикация в соцсетях
    [testimony] Свидетельство очевидца
    [dataset] Данные или журнал
   *[other] Другое
}
report-access = { $access ->
    [public] Все
    [confidential] Только организаторы
   *[other] { $access }
}
report-access-help = { $access ->
    [public] Источник общедоступен или может быть обнародован.
   *[confidential] Его видят только организаторы форума. Он никогда не попадает в экспорт.
}
report-status = { $status ->
    [draft] Черновик
    [interim] Промежуточный
    [final] Окончательный
    [withdrawn] Снят
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] Факты ещё собираются.
    [interim] Частично подтверждено; будут дополнения.
   *[final] Полный.
}
report-tlp = { $level ->
    [clear] TLP:CLEAR — все
    [green] TLP:GREEN — участники этого форума
    [amber] TLP:AMBER — организаторы и те, кому им нужно сообщить
    [amber_strict] TLP:AMBER+STRICT — только организаторы
    [red] TLP:RED — организаторы, лично
   *[other] { $level }
}
report-tlp-help = { $level ->
    [clear] Видеть могут все; его можно опубликовать, например в AI Incident Database.
    [green] Видят все участники этого форума. Публиковать его нельзя.
    [amber] Получают только организаторы форума. Они могут делиться им внутри своих организаций с теми, кому это необходимо знать.
    [amber_strict] Получают только организаторы форума; делиться им они могут только внутри своей организации.
   *[red] Получают только организаторы форума, лично. Дальше он не передаётся.
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
    [chatham_house] Правило Чатем-хауса
    [consented] Как согласился каждый автор
    [public] Открыто
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] Ни подавшие отчёт, ни их организации не называются.
    [consented] Авторы называются только так, как согласился каждый из них.
   *[public] Отчёт можно показывать с именами авторов.
}
report-security-answer = { $answer ->
    [yes] Да
    [no] Нет
   *[unknown] Неизвестно
}
report-sector = { $section ->
    [A] Сельское, лесное и рыбное хозяйство
    [B] Добыча полезных ископаемых
    [C] Обрабатывающая промышленность
    [D] Электроэнергия, газ, пар и кондиционирование воздуха
    [E] Водоснабжение, водоотведение и обработка отходов
    [F] Строительство
    [G] Оптовая и розничная торговля
    [H] Транспорт и хранение
    [I] Услуги по размещению и питанию
    [J] Информация и связь
    [K] Финансовая и страховая деятельность
    [L] Операции с недвижимым имуществом
    [M] Профессиональная, научная и техническая деятельность
    [N] Административная и вспомогательная деятельность
    [O] Государственное управление и оборона
    [P] Образование
    [Q] Здравоохранение и социальные услуги
    [R] Искусство, развлечения и отдых
    [S] Прочие услуги
    [T] Домашние хозяйства как работодатели
    [U] Экстерриториальные организации
   *[other] Секция { $section }
}
report-sector-division = Раздел МСОК { $division }

## Почему поле отклонено (рядом с полем)

report-problem-required = Это обязательное поле.
report-problem-title-length = Название должно быть длиной от 6 до 500 знаков.
report-problem-too-long = Слишком длинно. Сократите.
report-problem-date = Укажите настоящую дату с выбранной точностью: год, год и месяц или полную дату.
report-problem-harm-types = Отметьте хотя бы один вид вреда.
report-problem-sources = Укажите хотя бы один источник.
report-problem-url = Адрес должен начинаться с https:// или http://.
report-problem-material-date = Запишите дату в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.
report-problem-country = Выберите страну из списка.
report-problem-ai-system-name = Укажите название системы ИИ или оставьте пустой и её версию.
report-problem-slug = Используйте строчные латинские буквы, цифры и одиночные дефисы, например acme-labs.
report-problem-sector = Выберите отрасль из списка.
report-problem-procedure = Введите идентификатор техники MITRE ATLAS, например AML.T0051 или AML.T0051.000.
report-problem-procedure-security = Техники атаки указываются только для инцидентов защищённости. Ответьте выше «Да» или уберите их.
report-problem-json = Здесь должен быть JSON.
input-problem-attribution = Выберите, как вас показывать.

## Файлы, приложенные к отчёту или обращению

attachments-heading = Файлы
attachments-label = Приложить файлы
attachments-hint = PDF, изображения (PNG, JPEG, WebP) или текстовые файлы; каждый не больше { $max } МБ, всего не больше { $count } файлов. Другие скачивают их, только когда открывают.
attachments-list-label = Приложенные файлы
attachments-too-large = Размер файла { $name } — { $size } МБ, а допускается не больше { $max } МБ. Уменьшите или разделите его и приложите снова.
attachments-wrong-type = { $name } — не PDF, не изображение (PNG, JPEG, WebP) и не текстовый файл, поэтому его нельзя приложить.
attachments-empty = Файл { $name } пуст.
attachments-too-many = Файл { $name } не приложен: можно приложить не больше { $max } файлов.
attachments-adding = { $count ->
    [one] Прикладывается { $count } файл…
    [few] Прикладываются { $count } файла…
    [many] Прикладываются { $count } файлов…
   *[other] Прикладываются { $count } файла…
}
attachments-added = Приложен: { $name }
attachments-removed = Убран: { $name }
attachment-type = { $type ->
    [pdf] PDF
    [png] Изображение PNG
    [jpeg] Изображение JPEG
    [webp] Изображение WebP
    [text] Текст
   *[other] Файл
}
attachment-here = На этом компьютере
attachment-not-here = Ещё не скачан
attachment-fetch = Скачать
attachment-fetch-again = Скачать остальное
attachment-fetching = Скачивание: { $done } из { $total } частей…
attachment-partial = Скачан частично ({ $done } из { $total } частей): сервер форума не прислал остальное. Полученное сохранено; попробуйте позже.
attachment-progress = Скачивание: { $name }
attachment-save = Сохранить в «Загрузки»

## Отчёт

report-filed-by = Подал
report-withdrawn-note = Снят авторами. Отчёт остаётся здесь с пометкой «снят».
report-actions-heading = Что можно сделать
report-update = Обновить этот отчёт
report-update-hint = Обновление отправляет новую версию (например, из черновика в промежуточный или в окончательный). Снятие сохраняет отчёт с пометкой «снят».
report-withdraw-question = Снять этот отчёт? Он останется виден с пометкой «снят».
report-withdrawn-done = Отчёт снят.
report-export-json = Сохранить в JSON
report-export-oecd = Сохранить критерии ОЭСР (JSON)
report-export-aiid = Сохранить для AI Incident Database (JSON)
report-aiid-unavailable = { $reason ->
    [tlp] Экспорт в AI Incident Database доступен только для отчётов TLP:CLEAR.
    [withdrawn] Снятый отчёт в AI Incident Database не передаётся.
   *[source] Для экспорта в AI Incident Database нужен общедоступный источник с адресом и датой публикации.
}
report-export-restricted = Этот отчёт предназначен только для организаторов: никому не передавайте сохранённые из него файлы.

## Обращение по заявлению

input-form-heading = Новое обращение по заявлению
input-form-intro = Структурированное обращение к организаторам: чего ваша организация ждёт от заявления и по каким приоритетам. Сохраняется на этом компьютере по мере ввода.
input-field = { $field ->
    [title] Название
    [body] Ваше обращение
    [priorities] Приоритеты, которых оно касается
    [group] От имени
    [language] Язык вашего текста
    [attribution] Как вас показывать
   *[attachments] Файлы
}
input-priorities-hint = Отметьте каждый приоритет, которого касается ваше обращение (ни одного, если оно о заявлении в целом).
input-submit = Отправить обращение
input-submit-hint = Сохраняется на этом компьютере по мере ввода. «Отправить» (или Ctrl+Enter) подписывает ваше обращение; оно уйдёт на форум, когда Plenary в следующий раз к нему подключится.

## Групповые учётные записи

groups-heading = Группы
groups-intro = Групповая учётная запись позволяет нескольким участникам одной организации гражданского общества отправлять материалы и поддерживать их от имени организации. Её название показывается только там, где это позволяет указание авторства.
groups-manage = Группы
groups-key-heading = Ключ этого устройства
groups-key-explain = Чтобы вас добавили в группу, передайте этот ключ одному из её участников. Он обозначает это устройство и не является секретом.
groups-key-copy = Копировать
groups-key-copied = Скопировано.
groups-key-selected = Ключ выделен: нажмите Ctrl+C, чтобы скопировать его.
groups-mine-heading = Ваши группы
groups-none = Вы не состоите ни в одной группе.
groups-members = { $count ->
    [one] { $count } устройство в группе
    [few] { $count } устройства в группе
    [many] { $count } устройств в группе
   *[other] { $count } устройства в группе
}
groups-add-member = Добавить участника по ключу его устройства
groups-add-member-hint = Участник найдёт ключ своего устройства на этой странице на своём компьютере.
groups-add = Добавить
groups-invalid-key = Ключ устройства состоит из 64 знаков: цифр 0–9 и букв a–f. Скопируйте его ещё раз.
groups-invalid-name = Дайте группе название.
groups-create-heading = Создать группу
groups-name = Название организации
groups-create = Создать
groups-not-for-role = Групповые учётные записи предназначены для участников от гражданского общества и организаторов; ваша роль на этом форуме не позволяет создать группу. Участник существующей группы может добавить это устройство.
groups-created = Группа «{ $name }» создана.
groups-member-added = Участник добавлен в группу «{ $name }».

## Мой вклад

mine-reports-heading = Отчёты и обращения
mine-reports-empty = Отчётов и обращений пока нет.
mine-reports-open = Перейти к отчётам и обращениям

## Список поступившего для организаторов

submissions-heading = Поступившее
submissions-intro = Все поступившие отчёты и обращения, сначала новые. Отфильтруйте их, откройте отчёт и отметьте, на каком этапе разбора находится каждый.
submissions-organizers-only = Список поступившего видят только организаторы форума.
submissions-filter-heading = Фильтр
submissions-filter = { $filter ->
    [kind] Вид
    [status] Статус
    [severity] Серьёзность
    [country] Страна
    [priority] Приоритет (обращения)
   *[triage] Разбор
}
submissions-filter-all = Все
submissions-filter-apply = Показать
submissions-filter-clear = Сбросить фильтры
submissions-filter-hint = Статус, серьёзность и страна относятся к отчётам, приоритет — к обращениям.
submissions-count = { $filtered ->
    [yes] { $count ->
        [0] Под фильтр ничего не подходит.
        [one] Под фильтр подходит { $count } материал.
        [few] Под фильтр подходят { $count } материала.
        [many] Под фильтр подходят { $count } материалов.
       *[other] Под фильтр подходят { $count } материала.
    }
   *[no] { $count ->
        [0] Пока ничего не поступило.
        [one] { $count } материал.
        [few] { $count } материала.
        [many] { $count } материалов.
       *[other] { $count } материала.
    }
}

## Разбор (только для организаторов)

triage-heading = Разбор
triage-label = Разбор
triage-state = { $state ->
    [new] Новое
    [triaged] Разобрано
    [needs_follow_up] Нужны уточнения
    [closed] Закрыто
   *[other] { $state }
}
triage-note = Заметка для организаторов (необязательно)
triage-note-hint = Разбор и заметку видят только организаторы.
triage-save = Сохранить
triage-saved = Отмечено: { $state }.
