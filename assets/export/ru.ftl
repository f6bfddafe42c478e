# Слова экспортируемого сводного заявления (Markdown, HTML, DOCX). См. en.ftl.

exported-on = Сводное заявление, экспортировано из Plenary { $date }.
phase = { $phase ->
    [drafting] Этап: подготовка текста
    [commenting] Этап: сбор комментариев
    [consolidating] Этап: сведение
   *[closed] Этап: закрыт
}
rule-chatham-house = По правилу Чатем-хауса: сказанное можно использовать, но участники не называются, если только они сами не выбрали это для данного вклада.
rule-attributed = Участники указаны так, как каждый выбрал для своего вклада.
translation-state = { $state ->
    [machine_draft] Машинный перевод, ещё не проверен
    [needs_review] Перевод ожидает проверки
    [translated] Переведено
   *[approved] Утверждённый перевод
}
translation-outdated = Этот перевод сделан с более ранней версии оригинала.
untranslated = Ещё не переведено; показан оригинал ({ $language }).
contents = Содержание
revision = Редакция { $count }
revision-from = Принято по поправке: { $titles }
annex-positions = Приложение: позиции по группам заинтересованных сторон и регионам
annex-positions-note = Число позиций участников по каждому приоритету. Участники, не указавшие свою группу или регион, учтены как «не указано»; никто не назван.
annex-decisions = Приложение: поправки и решения
annex-comments = Приложение: комментарии по приоритетам и видам
column-priority = Приоритет
column-support = За
column-neutral = Нейтрально
column-oppose = Против
column-total = Все участники
column-group = Группа заинтересованных сторон
column-region = Регион
group = { $group ->
    [government] Государство
    [academia] Научное сообщество
    [industry] Промышленность
    [civil_society] Гражданское общество
    [international_organization] Международная организация
    [other] Другое
   *[undisclosed] Не указано
}
region = { $region ->
    [africa] Африка
    [americas] Америка
    [asia] Азия
    [europe] Европа
    [oceania] Океания
   *[undisclosed] Не указан
}
comment-kind = { $kind ->
    [support] Поддержка
    [concern] Опасения
    [question] Вопросы
   *[suggestion] Предложения
}
amendment-state = { $state ->
    [proposed] Открыта
    [withdrawn] Отозвана автором
    [accepted] Принята
    [merged] Объединена
   *[rejected] Отклонена
}
decision-reason = Причина: { $reason }
amendments = Поправки
decision-log = Журнал решений
log-accepted = Принята: { $titles }
log-merged = Объединены в новый текст: { $titles }
log-rejected = Отклонена: { $titles }
log-hidden = { $kind ->
    [comment] Комментарий скрыт
    [amendment] Поправка скрыта
   *[input] Материал скрыт
}
log-phase = Форум перешёл на новый этап ({ $phase ->
    [drafting] подготовка текста
    [commenting] сбор комментариев
    [consolidating] сведение
   *[closed] закрыт
})
log-by = организатор { $organizer }
no-decisions = Решений пока нет.
no-positions = Позиций пока нет.
no-comments = Комментариев нет.
anonymous = Участник
