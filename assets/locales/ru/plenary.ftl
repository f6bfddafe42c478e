# Plenary's user interface in Russian. Source: ../en/plenary.ftl, which has the translator
# notes; every message there has the same id here, with the same variables.
#
# Terms: safety = безопасность, security = защищённость (as in the sample glossary); Chatham
# House Rule = правило Чатем-хауса; statement = заявление; amendment = поправка; draft =
# черновик; stakeholder group = группа заинтересованных сторон; glossary entry = словарная
# статья. The reader is "вы". Counts: one / few / many, with "other" for fractions. Language
# names come capitalized (as in menus), so sentences give them a label ("Язык перевода:
# Арабский") rather than a case ending.

## The application

app-name = Plenary
skip-to-content = Перейти к содержанию
loading = Загрузка…

language-autonym = Русский
language-select-label = Язык

## The header: the forum's title and where it stands.

forum-status-label = Состояние форума
forum-phase = { $phase ->
    [drafting] Подготовка проекта
    [commenting] Открыт для комментариев
    [consolidating] Сведение правок
    [closed] Закрыт
   *[other] { $phase }
}
forum-attribution = { $attribution ->
    [chatham_house] Правило Чатем-хауса
   *[attributed] С указанием авторства
}

## The forums on this device, in the header

forum-switcher = Форумы
forum-list-label = Форумы на этом устройстве
forum-origin = { $origin ->
    [sample] Пример форума, только на этом устройстве
    [file] Импортирован из файла, только на этом устройстве
   *[other] Только на этом устройстве
}
forum-current = Открыт сейчас
forum-joining = Присоединение… ({ $server })
forum-joining-hint = Его можно будет открыть, когда придёт первая синхронизация.
forum-opened = Открыт форум «{ $title }».

## The statement

statement-heading = Заявление о приоритетах
statement-empty = В этом заявлении пока нет приоритетов.
window-title-statement = { $forum } – Plenary

## A priority's own page

breadcrumb-label = Навигационная цепочка
back-to-statement = Заявление о приоритетах
go-to-statement = Перейти к заявлению о приоритетах
section-label = Раздел { $number }
priority-revision = { $count ->
    [1] Первая редакция, { $date }
   *[other] Редакция { $count }, { $date }
}
priority-revision-note = Причина этой редакции:
priority-pager-label = Предыдущий и следующий приоритеты
priority-previous = Предыдущий приоритет
priority-next = Следующий приоритет
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

reading-language-label = Язык чтения
reading-language-original = { $language } (оригинал)
reading-language-changed = Язык чтения: { $language }.
translation-state = { $state ->
    [untranslated] Не переведено
    [machine_draft] Машинный черновик
    [needs_review] Требует проверки
    [translated] Переведено
    [approved] Утверждено
   *[other] { $state }
}
reading-untranslated = Ещё не переведено — показан оригинал
translation-outdated = Устарело: оригинал изменился
show-original = Показать оригинал
original-heading = Оригинал
original-comment-hint = Комментарии привязаны к тексту оригинала. Чтобы прокомментировать фрагмент, откройте оригинал.

## Translating the statement: the parts and their state

translate-heading = Перевод
translate-intro = Переводите заявление по частям на языки форума. Откройте часть, чтобы переводить её рядом с оригиналом, с глоссарием под рукой.
translate-no-languages = Этот форум работает только на одном языке, поэтому переводить нечего.
translate-language-label = Язык перевода
translate-from = Язык оригинала: { $language }
translate-progress-heading = Ход работы
translate-progress = Переведено или утверждено частей: { $done } из { $total }
translate-count-outdated = Устарело
translate-count-drafts = Черновики на этом компьютере
translate-parts-heading = Части заявления
translate-only-needing-work = Только части, требующие работы
translate-nothing-needs-work = Все части утверждены и актуальны.
translate-keys-hint = Клавиши со стрелками вверх и вниз переходят между частями, Enter открывает выбранную.
translate-subject-kind = { $kind ->
    [title] Название
    [preamble] Преамбула
    [section] Раздел
    [priority] Приоритет
    [about] Заключительная часть
   *[other] Часть
}
translate-has-draft = Есть черновик
translation-flag-forbidden-prefer = Запрещённый термин «{ $term }» для понятия { $concept } — лучше «{ $preferred }»
translation-flag-forbidden = Запрещённый термин «{ $term }» для понятия { $concept }
translation-flag-missing = Нет предпочтительного термина «{ $term }» для понятия { $concept }

## The translation editor: one part of the statement, original and translation side by side

translation-editor-kicker = { $kind } · язык перевода: { $language } · часть { $position } из { $total }
translation-source-heading = Оригинал · { $language }
translation-target-heading = Перевод · { $language }
translation-source-formatted = Показать оригинал с форматированием
translation-aids-label = Глоссарий и форматирование оригинала
translation-term-hint = Термин глоссария. Нажмите Enter, чтобы открыть словарную статью.
translation-keys-hint = Термины глоссария подчёркнуты. Перейдите к ним клавишей Tab, перемещайтесь между ними стрелками и нажмите Enter, чтобы открыть статью термина. Alt+G открывает статью следующего термина из любого места редактора; Esc возвращает обратно.
translation-title-label = Название
translation-body-label = Текст
translation-state-label = Состояние перевода
translation-submit = Сохранить версию
translation-submit-hint = Черновик сохраняется на этом компьютере по мере ввода. «Сохранить версию» (или Ctrl+Enter) подписывает его как новую версию перевода; она будет отправлена, когда Plenary в следующий раз подключится к форуму.
translation-discard = Удалить черновик
translation-no-draft = Изменений нет: это текущая версия.
translation-discard-question = Удалить этот черновик? В редакторе останется текущая версия.
translation-submitted = Версия сохранена и готова к отправке.
translation-cannot-translate = Ваша роль на этом форуме не позволяет сохранять переводы. Вы всё равно можете подготовить здесь черновик; сохранить его сможет переводчик или организатор.
translation-flags-heading = { $count ->
    [0] Проверка по глоссарию: замечаний нет
    [one] Проверка по глоссарию: { $count } замечание
    [few] Проверка по глоссарию: { $count } замечания
    [many] Проверка по глоссарию: { $count } замечаний
   *[other] Проверка по глоссарию: { $count } замечания
}
invalid-translation-empty = Прежде чем сохранять версию, введите перевод.
invalid-translation-title = Переведите также название.
invalid-translation-state = Укажите, на каком этапе находится перевод.
translation-current-heading = Текущая версия
translation-current-none = Версий пока нет: эта часть ещё не переведена на этот язык.
translation-current-by = автор:
translation-current-date = { $date }
translation-review-note = Замечание проверяющего:
translation-outdated-heading = Оригинал изменился после того, как был сделан этот перевод
translation-outdated-explain = Изменения в оригинале показаны ниже: добавленные слова подчёркнуты, удалённые — зачёркнуты. В редакторе — текущий перевод: обновите его и сохраните новую версию.
translation-changes-title = В названии
translation-changes-body = В тексте
translation-review-heading = Проверка
translation-review-explain = Проверка относится к текущей версии, показанной выше, а не к черновику.
translation-approve = Утвердить эту версию
translation-send-back-open = Вернуть на доработку…
translation-send-back = Вернуть на доработку
translation-send-back-note = Замечание для переводчика (необязательно)
translation-reviewed = { $decision ->
    [approved] Версия утверждена.
   *[needs_review] Версия возвращена на доработку.
}
translation-pager-label = Предыдущая и следующая части
translation-previous = Предыдущая часть (Alt+Page Up)
translation-next = Следующая часть (Alt+Page Down)
glossary-panel-heading = Термины глоссария в этой части
glossary-panel-empty = В этой части нет терминов глоссария.
glossary-panel-back = Вернуться к тексту (Esc)
glossary-panel-open = Открыть в глоссарии
term-status = { $status ->
    [preferred] Предпочтительный
    [admitted] Допустимый
    [forbidden] Запрещённый
   *[other] { $status }
}
glossary-definition = Определение:
glossary-usage-note = Употребление:
glossary-no-entry = Статьи на этом языке пока нет.
window-title-translate = Перевод: { $language } – Plenary
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = Глоссарий
glossary-intro = Термины, которые в разных языках и культурах понимаются по-разному, например безопасность (safety) и защищённость (security). Для каждого понятия: какие термины употреблять на каждом языке форума (предпочтительные, допустимые или запрещённые), что понятие означает и как его употреблять.
glossary-filter-label = Найти термин
glossary-filter-placeholder = Термин, определение или примечание
glossary-languages-label = Показанные языки
glossary-languages-all = Все языки
glossary-languages-with = Оригинал · { $language }
glossary-count = { $total ->
    [one] { $count } из { $total } понятия
    [few] { $count } из { $total } понятий
    [many] { $count } из { $total } понятий
   *[other] { $count } из { $total } понятия
}
glossary-empty = В глоссарии пока нет понятий.
glossary-none-found = Ни одно понятие не подходит. Попробуйте другое написание или меньше букв.
glossary-unnamed = Новое понятие
glossary-add = Добавить понятие
glossary-add-note = О чём это понятие и почему оно спорно (необязательно)
glossary-add-submit = Добавить
glossary-added = Понятие добавлено. Укажите его термины на языке оригинала.
glossary-edit = Изменить статью ({ $language })
glossary-add-entry = Добавить статью ({ $language })
glossary-editor-heading = Статья: { $language }
glossary-terms-legend = Термины
glossary-term-label = Термин
glossary-term-status-label = Статус
glossary-term-add = Добавить термин
glossary-term-remove = Удалить
glossary-term-remove-label = Удалить «{ $term }»
glossary-definition-label = Определение
glossary-usage-label = Примечание об употреблении
glossary-save = Сохранить статью
glossary-cancel = Отмена
glossary-editor-hint = Пустые термины не сохраняются. «Сохранить» (или Ctrl+Enter) подписывает статью; она будет отправлена, когда Plenary в следующий раз подключится к форуму.
glossary-saved = Статья сохранена.
invalid-glossary-too-many = В статье может быть не более 50 терминов. Удалите лишние и сохраните снова.

## Files for translation and terminology tools

exchange-heading = Файлы для обмена
exchange-translations-explain = Работайте над переводом (язык перевода: { $language }) в программе для переводчиков: экспортируйте его в формате XLIFF 2.0 или PO, а затем импортируйте переведённый файл. Всё, что отличается, сохраняется как новые версии; файл с любой ошибкой ничего не меняет.
exchange-glossary-explain = Используйте глоссарий в терминологических программах: экспортируйте его в формате TBX или импортируйте файл TBX. Файл с любой ошибкой ничего не меняет.
exchange-export-xliff = Экспорт в XLIFF
exchange-export-po = Экспорт в PO
exchange-export-tbx = Экспорт в TBX
exchange-import-translations = Импортировать файл XLIFF или PO
exchange-import-glossary = Импортировать файл TBX
exchange-saved = Сохранено: { $path }
exchange-imported = Импортировано: { $written ->
    [one] { $written } новая версия
    [few] { $written } новые версии
    [many] { $written } новых версий
   *[other] { $written } новой версии
}; без изменений: { $unchanged }; осталось без перевода: { $skipped }.
exchange-imported-glossary = Импортировано: { $written ->
    [one] записана { $written } статья
    [few] записаны { $written } статьи
    [many] записано { $written } статей
   *[other] записано { $written } статьи
}; без изменений: { $unchanged }.

## Pages that do not exist

not-found-heading = Страница не найдена
not-found-body = По этому адресу в Plenary ничего нет.

## Errors

error-heading = Не удалось показать эту страницу
error-generic = Plenary не удалось загрузить эту страницу. Попробуйте ещё раз; если ошибка повторяется, перезапустите Plenary.
error-details = Технические подробности
error-retry = Повторить
error-bad-request = Plenary не понимает этот адрес. Если вы перешли по ссылке, вернитесь к заявлению и попробуйте снова.
error-internal = Предыдущая операция прервалась на полпути. Перезапустите Plenary и попробуйте снова.
error-ipc = Это окно не может связаться с остальной частью Plenary. Перезапустите Plenary; если это повторится, сообщите технические подробности ниже.
error-not-found = Этого нет в вашей копии форума. Возможно, это было удалено или ещё не синхронизировано с этим устройством.
error-store = Не удалось прочитать данные форума на этом устройстве. Закройте все другие запущенные копии Plenary и попробуйте снова.
error-io = Не удалось прочитать или записать файл. Проверьте, есть ли свободное место на диске, и попробуйте снова.
error-key-file = Ключ этого устройства непригоден. Проверьте, что папку данных Plenary может читать только ваша учётная запись.
error-statement = Не удалось прочитать заявление: его формат нарушен. Попросите у организаторов исправленную копию.
error-record = Plenary отклонил изменение, которое сделал сам. Это ошибка в программе: пожалуйста, сообщите технические подробности ниже.
error-random = Ваша система не смогла предоставить случайные данные, необходимые Plenary для защиты ваших данных. Перезагрузите компьютер и попробуйте снова.
error-network = Plenary не удалось связаться с сервером форума. Проверьте подключение; Plenary продолжит попытки.
error-server = Сервер форума отклонил запрос.
error-protocol = Не удалось разобрать ответ сервера форума. Возможно, на нём работает другая версия Plenary; сообщите организаторам.
error-import = Не удалось импортировать этот файл, поэтому ничего не изменилось. Что в нём не так:

## The header's navigation and search

nav-label = Основная навигация
nav-statement = Заявление
nav-mine = Мой вклад
nav-settings = Настройки
nav-join = Присоединиться к форуму
nav-translate = Перевод
nav-glossary = Глоссарий
search-label = Поиск по заявлению, комментариям и поправкам
search-placeholder = Поиск (клавиша /)
search-submit = Найти
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = Вы
author-pseudonym = Участник { $code }
stakeholder-group = { $group ->
    [government] Правительство
    [academia] Научное сообщество
    [industry] Бизнес
    [civil_society] Гражданское общество
    [international_organization] Международная организация
   *[other] Другая заинтересованная сторона
}
region = { $region ->
    [m002] Африка
    [m019] Америка
    [m142] Азия
    [m150] Европа
    [m009] Океания
   *[other] Регион { $code }
}
language-name = { $code ->
    [ar] Арабский (العربية)
    [zh] Китайский (中文)
    [en] Английский (English)
    [fr] Французский (Français)
    [ru] Русский
    [es] Испанский (Español)
   *[other] { $code }
}
language-name-with-autonym = { $name } ({ $autonym })
language-group-forum = Языки этого форума
language-group-other = Другие языки

## A priority's page: its text, and what participants contribute to it

on-this-page-label = На этой странице
comment-selection-hint = Выделите фрагмент текста, чтобы прокомментировать его.
comment-on-selection = Прокомментировать фрагмент
comment-on-selection-shortcut = или нажмите Ctrl+Alt+M
passage-hint = Фрагмент с комментариями. Нажмите Enter, чтобы перейти к ним.
comments-heading = Комментарии
comments-empty = Комментариев пока нет. Выделите фрагмент или прокомментируйте приоритет целиком.
comment-add = Добавить комментарий
amendments-heading = Поправки
amendments-empty = Поправок пока не предложено.
amendment-add = Предложить поправку
positions-heading = Позиции
positions-explain = Сколько участников поддерживают этот приоритет, занимают нейтральную позицию или выступают против. Показываются только числа, но никогда не имена.
positions-counts-label = { $total ->
    [one] Высказана { $total } позиция
    [few] Высказаны { $total } позиции
    [many] Высказано { $total } позиций
   *[other] Высказано { $total } позиции
}

comment-kind = { $kind ->
    [support] Поддержка
    [concern] Опасение
    [question] Вопрос
   *[suggestion] Предложение
}
comment-edited = изменено
comment-earlier-revision = к прежней редакции
anchor-fuzzy = С тех пор фрагмент изменился.
anchor-orphaned = Этого фрагмента больше нет в тексте.
anchor-show-in-text = Показать в тексте
comment-retract-question = Отозвать этот комментарий? Другие его больше не увидят.

amendment-state = { $state ->
    [withdrawn] Снята
   *[proposed] Предложена
}
amendment-changes = Изменения в тексте
amendment-changes-from-current = Изменения по сравнению с текущим текстом (поправка написана к прежней редакции)
amendment-changes-from-base = Изменения по сравнению с текстом, к которому она написана
amendment-proposed-text = Предлагаемый текст
amendment-rationale = Обоснование
amendment-withdraw-question = Снять эту поправку? Она останется видна с пометкой «снята».
diff-added-start = [добавлено:
diff-added-end = ]
diff-removed-start = [удалено:
diff-removed-end = ]

stance = { $stance ->
    [support] За
    [oppose] Против
   *[neutral] Нейтрально
}
position-yours = Ваша позиция:
position-change = Изменить
position-clear = Отменить мою позицию
position-clear-question = Отменить вашу позицию? Она больше не будет учитываться.
position-clear-confirm = Отменить
position-heading-new = Ваша позиция
position-heading-change = Изменить позицию
position-stance-legend = Ваша позиция по этому приоритету
position-reason-label = Обоснование (необязательно)
position-submit = Высказать позицию

## Actions on a contribution

action-edit = Изменить
action-retract = Отозвать
action-retract-confirm = Отозвать
action-withdraw = Снять
action-withdraw-confirm = Снять
action-cancel = Отмена
contribution-kind = { $kind ->
    [comment] Комментарий
    [amendment] Поправка
   *[position] Позиция
}
contribution-status = { $status ->
    [ready] Готово к отправке
    [sent] Отправлено
    [rejected] Отклонено сервером
   *[other] { $status }
}
contribution-state = { $state ->
    [withdrawn] Снято
    [retracted] Отозвано
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] Отозвать
    [amendment] Снять
   *[position] Отменить
}
contribution-retract-question = { $kind ->
    [comment] Отозвать этот комментарий? Другие его больше не увидят.
    [amendment] Снять эту поправку?
   *[position] Отменить эту позицию? Она больше не будет учитываться.
}
contribution-submitted = { $kind ->
    [comment] Ваш комментарий готов к отправке.
    [amendment] Ваша поправка готова к отправке.
   *[position] Ваша позиция готова к отправке.
}
contribution-retracted = { $kind ->
    [comment] Ваш комментарий отозван.
    [amendment] Ваша поправка снята.
   *[position] Ваша позиция отменена.
}

refused-by-server = Отклонено сервером:
refused-by-server-no-reason = Отклонено сервером.
refused-hint = Измените, чтобы отправить новую версию, или отзовите.

## Editors of comments, amendments and positions

composer-heading-new = Новый комментарий
composer-heading-edit = Правка вашего комментария
composer-quote-caption = К фрагменту
composer-remove-quote = Убрать фрагмент
composer-kind-legend = Какого рода этот комментарий?
composer-body-label = Ваш комментарий
composer-language = Язык вашего текста
composer-submit = Отправить
composer-discard = Удалить черновик
composer-discard-edit = Отменить изменения
composer-submit-hint = Черновики сохраняются на этом компьютере по мере ввода. «Отправить» (или Ctrl+Enter) подписывает ваш текст; он уйдёт на форум, когда Plenary в следующий раз к нему подключится.
markdown-hint = Можно использовать Markdown: **полужирный**, *курсив*, списки через -, ссылки.
preview-label = Предпросмотр
preview-empty = Пока нечего показать.
attribution-legend = Показывать другим
attribution-choice = { $choice ->
    [group_and_region] Группа заинтересованных сторон и регион
    [name] Имя
   *[pseudonym] Только псевдоним
}
attribution-help = { $choice ->
    [group_and_region] Ваша группа заинтересованных сторон и регион показываются вместе с псевдонимом, но не с именем.
    [name] Показываются ваше имя и организация, а также группа заинтересованных сторон и регион.
   *[pseudonym] Показывается только ваш псевдоним на этом форуме, например Участник K7QM2.
}
attribution-missing = { $choice ->
    [name] В ваших настройках пока не указано имя, поэтому его нельзя показать.
   *[group_and_region] В ваших настройках пока не указаны группа заинтересованных сторон и регион, поэтому их нельзя показать.
}
attribution-open-settings = Указать в настройках
amendment-heading-new = Новая поправка
amendment-heading-edit = Правка вашей поправки
amendment-intro = Перепишите название и текст так, как вы их предлагаете. Текст уже заполнен текущей редакцией.
amendment-base-moved = С тех пор как вы начали эту поправку, текст изменился: предпросмотр сравнивает её с текущим текстом.
amendment-title-label = Предлагаемое название
amendment-body-label = Предлагаемый текст
amendment-changes-preview = Что меняет ваша поправка
amendment-no-changes = Изменений пока нет.
amendment-rationale-label = Обоснование (необязательно)
amendment-submit = Отправить поправку
draft-saved = Сохранено в { $time }
draft-saved-earlier = Черновик сохранён на этом компьютере
draft-saving = Сохранение…
draft-not-saved = Пока не сохранено: ничего не введено.
draft-save-failed = Не удалось сохранить черновик. Ваш текст на месте; Plenary повторит попытку, пока вы печатаете.
draft-discarded = Черновик удалён.
draft-discard-question = Удалить этот черновик? Его текст будет потерян.
draft-discard-confirm = Удалить

invalid-body-empty = { $kind ->
    [amendment] Прежде чем отправлять, введите предлагаемый текст.
   *[comment] Прежде чем отправлять, введите комментарий.
}
invalid-title-empty = Дайте поправке название.
invalid-stance = Выберите «за», «нейтрально» или «против».
invalid-anchor = Выделенного фрагмента больше нет в тексте. Уберите его или выделите фрагмент заново.
invalid-comment-kind = Выберите, какого рода этот комментарий.
invalid-language = Выберите язык, на котором написан ваш текст.

## My contributions

mine-heading = Мой вклад
mine-intro = Черновики хранятся на этом компьютере, пока вы их не отправите. Отправленные материалы подписываются и ждут здесь, пока Plenary не сможет передать их на форум.
mine-drafts-heading = Черновики
mine-drafts-empty = Черновиков нет. Черновик появляется здесь, как только вы начинаете писать.
mine-ready-heading = Готово к отправке
mine-ready-empty = Ничего не ждёт отправки.
mine-sent-heading = Отправлено
mine-sent-empty = Пока ничего не отправлено.
mine-open-draft = Открыть
mine-continue-edit = Продолжить правку
mine-draft-edits = Правка отправленного материала
mine-saved-at = Сохранено: { $date }
mine-refused-heading = Отклонено сервером
mine-refused-explain = Сервер форума не принял эти материалы; у каждого указана причина.

## The status line: how the forum shown stands with its server

sync-bar-label = Связь с сервером форума
sync-local = Только на этом устройстве
sync-join = Присоединиться к форуму
sync-syncing = Синхронизация…
sync-sending = Синхронизация: отправлено { $sent } из { $total }
sync-receiving = Синхронизация: получено… { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
}
sync-up-to-date = Всё синхронизировано
sync-up-to-date-at = Всё синхронизировано · последняя синхронизация: { $time }
sync-offline = Нет связи
sync-offline-retry = Нет связи — следующая попытка в { $time }
sync-error = Не удалось синхронизировать:
sync-announce-error = Не удалось синхронизироваться с сервером форума.
sync-next-try = следующая попытка в { $time }
sync-waiting = { $count ->
    [one] { $count } материал ждёт отправки
    [few] { $count } материала ждут отправки
    [many] { $count } материалов ждут отправки
   *[other] { $count } материала ждут отправки
}
sync-refused = { $count ->
    [one] { $count } материал отклонён сервером
    [few] { $count } материала отклонены сервером
    [many] { $count } материалов отклонены сервером
   *[other] { $count } материала отклонены сервером
}
sync-data-used = Трафик за этот месяц: { $amount }
sync-now = Синхронизировать
sync-unknown = Не удалось узнать состояние синхронизации.

## Search

search-heading = Поиск
search-heading-for = Результаты по запросу «{ $query }»
search-prompt = Введите слова для поиска по заявлению, комментариям и поправкам.
search-none = Ничего не найдено. Попробуйте другие слова или меньше слов.
search-count = { $count ->
    [0] По запросу «{ $query }» ничего не найдено
    [one] { $count } результат по запросу «{ $query }»
    [few] { $count } результата по запросу «{ $query }»
    [many] { $count } результатов по запросу «{ $query }»
   *[other] { $count } результата по запросу «{ $query }»
}
search-keys-hint = Клавиши со стрелками вверх и вниз переходят между результатами, Enter открывает выбранный.
search-kind = { $kind ->
    [comment] Комментарий
    [amendment] Поправка
   *[priority] Приоритет
}

## Settings

settings-heading = Настройки
identity-heading = О вас
identity-explain = Эти сведения хранятся на этом компьютере. Они покидают его, только если вы решили показать их в каком-либо материале: группу заинтересованных сторон и регион или ваше имя.
identity-explain-attribution = Если вы не выберете иное для конкретного материала, другие видят только ваш псевдоним, как того требует правило Чатем-хауса.
identity-name = Имя
identity-affiliation = Организация
identity-group = Группа заинтересованных сторон
identity-region = Регион
identity-not-given = Не указано
identity-save = Сохранить
settings-forums-heading = Форумы
settings-forums-explain = Чтобы участвовать в форуме, работающем на сервере, присоединитесь к нему с помощью адреса и кода приглашения, полученных от организаторов.

## Joining a forum on a server

join-heading = Присоединиться к форуму
join-intro = Организаторы форума сообщают вам адрес его сервера и код приглашения. При присоединении им передаются сведения, указанные ниже; затем заявление форума придёт с первой синхронизацией.
join-forum-legend = Форум
join-server = Адрес сервера
join-server-hint = Например, forum.example.org
join-invite = Код приглашения
join-invite-hint = Каждый код действует ограниченное число раз.
join-profile-legend = О вас — только для организаторов
join-affiliation = Организация (необязательно)
join-contact = Как организаторы могут с вами связаться (необязательно)
join-contact-hint = Например, адрес электронной почты или номер телефона.
join-keep = Сохранить моё имя, организацию, группу и регион также в настройках, чтобы их можно было показывать вместе с материалами.
join-submit = Присоединиться
join-joining = Присоединение… При медленном соединении это может занять минуту.
join-privacy-heading = Кто что видит
join-privacy-sent = Передаётся на сервер форума
join-privacy-sent-body = Эти сведения, которые видят только организаторы; и каждый отправленный вами материал — только с тем указанием авторства, которое вы для него выбрали.
join-privacy-kept = Остаётся на этом компьютере
join-privacy-kept-body = Ваши черновики и ключ вашего устройства.
join-privacy-rule = Правило Чатем-хауса
join-privacy-rule-body = Другие видят псевдоним, например Участник K7QM2, если вы не выберете иное для конкретного материала.
join-missing-server = Введите адрес сервера.
join-missing-invite = Введите код приглашения.
join-missing-name = Введите ваше имя — для организаторов.
join-invalid-server = Это не адрес сервера. Введите его так, как дали организаторы, например forum.example.org.
join-invalid-invite = Введите полученный код приглашения.
join-invalid-group = Выберите группу заинтересованных сторон из списка.
join-refused = Сервер форума не принял запрос. Его ответ:
join-unreachable = Plenary не удалось связаться с этим сервером. Проверьте адрес и подключение и попробуйте снова.
join-failed = Присоединиться не удалось. Попробуйте снова; если ошибка повторяется, сообщите организаторам технические подробности ниже.
join-done = Вы присоединились к форуму на { $server }. Его заявление появится здесь после первой синхронизации.
join-not-saved = Не удалось сохранить ваши сведения в настройках.
join-arrived = Получено заявление «{ $title }».
