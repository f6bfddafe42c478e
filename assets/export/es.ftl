# Las palabras de una declaración consolidada exportada (Markdown, HTML, DOCX). Véase en.ftl.

exported-on = Declaración consolidada, exportada de Plenary el { $date }.
phase = { $phase ->
    [drafting] Fase: redacción
    [commenting] Fase: abierta a comentarios
    [consolidating] Fase: consolidación
   *[closed] Fase: cerrada
}
rule-chatham-house = Según la regla de Chatham House: lo dicho puede utilizarse, pero no se nombra a ningún participante salvo que lo haya elegido para esa contribución.
rule-attributed = Los participantes figuran con su nombre según lo que eligieron para cada contribución.
translation-state = { $state ->
    [machine_draft] Traducción automática, aún sin revisar
    [needs_review] Traducción pendiente de revisión
    [translated] Traducido
   *[approved] Traducción aprobada
}
translation-outdated = Esta traducción se hizo a partir de una versión anterior del original.
untranslated = Aún sin traducir; se muestra en el original ({ $language }).
contents = Índice
revision = Revisión { $count }
revision-from = Procede de la enmienda: { $titles }
annex-positions = Anexo: posiciones por grupo de partes interesadas y región
annex-positions-note = Número de posiciones adoptadas por los participantes sobre cada prioridad. Quienes no indicaron su grupo o su región se cuentan como «sin indicar»; no se nombra a nadie.
annex-decisions = Anexo: enmiendas y decisiones
annex-comments = Anexo: comentarios por prioridad y tipo
column-priority = Prioridad
column-support = A favor
column-neutral = Neutral
column-oppose = En contra
column-total = Todos los participantes
column-group = Grupo de partes interesadas
column-region = Región
group = { $group ->
    [government] Gobierno
    [academia] Academia
    [industry] Industria
    [civil_society] Sociedad civil
    [international_organization] Organización internacional
    [other] Otro
   *[undisclosed] Sin indicar
}
region = { $region ->
    [africa] África
    [americas] Américas
    [asia] Asia
    [europe] Europa
    [oceania] Oceanía
   *[undisclosed] Sin indicar
}
comment-kind = { $kind ->
    [support] Apoyos
    [concern] Inquietudes
    [question] Preguntas
   *[suggestion] Sugerencias
}
amendment-state = { $state ->
    [proposed] Abierta
    [withdrawn] Retirada por su autor
    [accepted] Aceptada
    [merged] Fusionada
   *[rejected] Rechazada
}
decision-reason = Motivo: { $reason }
amendments = Enmiendas
decision-log = Registro de decisiones
log-accepted = Aceptada: { $titles }
log-merged = Fusionada en un nuevo texto: { $titles }
log-rejected = Rechazada: { $titles }
log-hidden = { $kind ->
    [comment] Se ocultó un comentario
    [amendment] Se ocultó una enmienda
   *[input] Se ocultó una aportación
}
log-phase = El foro pasó a una nueva fase ({ $phase ->
    [drafting] redacción
    [commenting] abierta a comentarios
    [consolidating] consolidación
   *[closed] cerrada
})
log-by = por el organizador { $organizer }
no-decisions = Aún no hay decisiones.
no-positions = Aún no hay posiciones.
no-comments = No hay comentarios.
anonymous = Un participante
