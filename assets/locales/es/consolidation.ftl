# Interfaz de Plenary en español: la consolidación de la declaración por los organizadores
# (cola de enmiendas abiertas, fusión, moderación, fases del foro, vista general, exportación
# de la declaración consolidada) y el registro público de decisiones.
# Fuente: ../en/consolidation.ftl. Términos como en plenary.ftl; se trata al lector de "usted".

## La navegación de la cabecera

nav-overview = Vista general
nav-decisions = Registro de decisiones

## Común

quoted-title = «{ $title }»
action-refused = Esto se rechazó.
action-failed = Esto no funcionó.

## Las enmiendas en la página de una prioridad

amendment-decision = { $state ->
    [accepted] Aceptada
    [merged] Fusionada en el texto
   *[rejected] Rechazada
}
amendment-decision-reason = Por qué la rechazaron los organizadores:
amendment-conflict-intro = Modifica el mismo pasaje que:
revision-provenance = { $decision ->
    [merged] Fusionada por el organizador { $organizer } a partir de las enmiendas { $amendments }.
   *[accepted] Aceptada por el organizador { $organizer } a partir de la enmienda { $amendments }.
}
revision-provenance-full = { $decision ->
    [merged] Revisión { $count }: fusionada por el organizador { $organizer } a partir de las enmiendas { $amendments }.
   *[accepted] Revisión { $count }: aceptada por el organizador { $organizer } a partir de la enmienda { $amendments }.
}
phase-blocked = { $phase ->
    [drafting] El foro aún está en redacción: los comentarios, las enmiendas y las posiciones se abrirán cuando los organizadores inicien la fase de comentarios.
    [consolidating] Los organizadores están consolidando la declaración: ya no se admiten enmiendas nuevas.
    [closed] El foro está cerrado: ya no se puede enviar nada.
   *[other] La fase actual del foro no lo permite.
}
queue-open = { $count ->
    [0] Cola de enmiendas (ninguna abierta)
    [one] Cola de enmiendas ({ $count } abierta)
   *[other] Cola de enmiendas ({ $count } abiertas)
}

## Moderación

hide-action = Ocultar…
hide-reason-label = { $kind ->
    [comment] ¿Por qué ocultar este comentario?
    [amendment] ¿Por qué ocultar esta enmienda?
   *[input] ¿Por qué ocultar esta aportación?
}
hide-reason-hint = Solo su autor lo seguirá viendo, con su motivo. El registro público de decisiones indica que se ocultó algo y por qué, nunca lo que decía ni quién lo escribió.
hide-reason-missing = Indique por qué se oculta.
hide-confirm = { $kind ->
    [comment] Ocultar el comentario
    [amendment] Ocultar la enmienda
   *[input] Ocultar la aportación
}
hide-done = { $kind ->
    [comment] El comentario está oculto.
    [amendment] La enmienda está oculta.
   *[input] La aportación está oculta.
}
hidden-own = Los organizadores ocultaron esto a todos menos a usted.
hidden-reason = Su motivo:

## La cola de enmiendas abiertas de una prioridad

queue-heading = Cola de enmiendas
window-title-queue = Cola: { $number } { $title } – Plenary
queue-to-priority = Volver a la prioridad { $number }
queue-organizers-only = Solo los organizadores del foro deciden sobre las enmiendas. Cualquiera puede leer sus decisiones en el registro de decisiones.
queue-intro = Decida sobre cada enmienda abierta: acéptela, rechácela con un motivo, o elija varias y fusiónelas en un texto nuevo. Cada decisión se firma y aparece en el registro público de decisiones.
queue-current-heading = Texto actual
queue-open-heading = Enmiendas abiertas
queue-to-log = Registro de decisiones
queue-empty = Ninguna enmienda espera una decisión.
queue-select = Incluir en una fusión
queue-changes = Cambios en el texto actual
queue-changes-moved = Cambios en el texto actual (se redactó sobre una revisión anterior)
queue-accept = Aceptar…
queue-reject = Rechazar…
queue-accept-question = ¿Aceptar esta enmienda? Su texto pasa a ser la revisión { $count } de la prioridad.
queue-accept-note-label = Nota para el registro de decisiones (opcional)
queue-note-hint = Todos los miembros del foro pueden leerla en el registro de decisiones.
queue-accept-confirm = Aceptar
queue-reject-reason-label = ¿Por qué se rechaza?
queue-reject-reason-hint = El motivo es público: su autor y todos los miembros del foro lo leen en el registro de decisiones.
queue-reject-reason-missing = Indique por qué se rechaza.
queue-reject-confirm = Rechazar
queue-accepted = Aceptada. La revisión { $count } es ahora el texto actual.
queue-merged = Fusionadas. La revisión { $count } es ahora el texto actual.
queue-rejected = Rechazada. El motivo figura en el registro de decisiones.
queue-merge-hint = { $count ->
    [0] Elija dos o más enmiendas para fusionarlas en un solo texto.
    [one] Una enmienda elegida: elija al menos otra para fusionar.
   *[other] { $count } enmiendas elegidas.
}
queue-merge = Fusionar las enmiendas elegidas…
queue-positions-hint = Las posiciones se toman sobre la prioridad en su conjunto. La vista general las muestra por grupo de partes interesadas y por región.
queue-comments-empty = No hay comentarios sobre esta prioridad.

## Fusión de enmiendas

merge-heading = { $count ->
    [one] Fusionar { $count } enmienda
   *[other] Fusionar { $count } enmiendas
}
merge-intro = Redacte el nuevo texto de la prioridad a partir de las enmiendas elegidas. Parte del texto actual.
merge-sources = Lo que cambian las enmiendas elegidas
merge-title-label = Título
merge-title-missing = Dé un título a la prioridad.
merge-body-label = Texto
merge-body-missing = Redacte el texto de la prioridad.
merge-changes = Lo que el texto fusionado cambia en el actual
merge-unchanged = Aún no ha cambiado nada.
merge-note-label = Nota para el registro de decisiones (opcional)
merge-submit = Fusionar…
merge-question = ¿Convertir este texto en la revisión { $count }? Las enmiendas elegidas se marcarán como fusionadas.
merge-confirm = Fusionar
merge-back = Volver al texto

## El registro público de decisiones

log-heading = Registro de decisiones
log-intro = Todas las decisiones de los organizadores de este foro, de la más reciente a la más antigua: enmiendas aceptadas, fusionadas o rechazadas, contribuciones ocultadas y por qué, y cambios de fase. Nunca se muestra lo que decía una contribución oculta ni quién la escribió.
log-empty = Todavía no hay decisiones.
log-kind = { $kind ->
    [accepted] Aceptada
    [merged] Fusionadas
    [rejected] Rechazada
    [hidden] Ocultada
    [phase] Fase
   *[other] { $kind }
}
log-amendments = { $kind ->
    [accepted] Se aceptó la enmienda { $amendments }.
    [merged] Se fusionaron las enmiendas { $amendments }.
   *[rejected] { $count ->
        [one] Se rechazó la enmienda { $amendments }.
       *[other] Se rechazaron las enmiendas { $amendments }.
    }
}
log-hidden = { $kind ->
    [comment] Se ocultó un comentario.
    [amendment] Se ocultó una enmienda.
    [input] Se ocultó una aportación de la sociedad civil.
   *[other] Se ocultó una contribución.
}
log-phase = { $phase ->
    [drafting] El foro volvió a la redacción.
    [commenting] El foro se abrió a comentarios.
    [consolidating] Los organizadores empezaron a consolidar la declaración.
    [closed] El foro se cerró.
   *[other] El foro pasó a la fase { $phase }.
}
log-other = Decisión: { $kind }
log-reason = Motivo:
log-organizer = Decidido por el organizador { $code }

## La fase del foro (organizadores)

phase-heading = Fase del foro
phase-now = { $phase ->
    [drafting] Ahora: redacción.
    [commenting] Ahora: abierto a comentarios.
    [consolidating] Ahora: consolidación.
    [closed] Ahora: cerrado.
   *[other] Ahora: { $phase }.
}
phase-legend = Pasar el foro a
phase-explain = { $phase ->
    [drafting] Los organizadores preparan el texto. Los participantes lo leen, pero aún no pueden comentar, proponer enmiendas ni tomar posición.
    [commenting] Los participantes comentan, proponen enmiendas y toman posición.
    [consolidating] Los organizadores deciden sobre las enmiendas. Los participantes aún pueden comentar y tomar posición, pero no proponer enmiendas.
    [closed] La declaración es definitiva. Nadie puede enviar nada más.
   *[other] { $phase }
}
phase-submit = Cambiar la fase…
phase-question = { $phase ->
    [drafting] ¿Devolver el foro a la redacción? Los participantes ya no podrán comentar, proponer enmiendas ni tomar posición. El cambio aparecerá en el registro de decisiones.
    [commenting] ¿Abrir el foro a comentarios? Los participantes podrán comentar, proponer enmiendas y tomar posición. El cambio aparecerá en el registro de decisiones.
    [consolidating] ¿Pasar el foro a la consolidación? Los participantes ya no podrán proponer enmiendas. El cambio aparecerá en el registro de decisiones.
   *[closed] ¿Cerrar el foro? Nadie podrá enviar nada más. El cambio aparecerá en el registro de decisiones.
}
phase-confirm = { $phase ->
    [drafting] Volver a la redacción
    [commenting] Abrir a comentarios
    [consolidating] Pasar a la consolidación
   *[closed] Cerrar el foro
}
phase-changed = { $phase ->
    [drafting] El foro ha vuelto a la redacción.
    [commenting] El foro está abierto a comentarios.
    [consolidating] El foro está ahora en consolidación.
    [closed] El foro está cerrado.
   *[other] El foro está ahora en la fase { $phase }.
}

## La vista general (organizadores)

overview-heading = Vista general
overview-intro = Todas las prioridades de un vistazo: posiciones, comentarios y enmiendas abiertas, primero las más disputadas. Abra la cola de una prioridad para decidir sobre sus enmiendas.
overview-organizers-only = La vista general es para los organizadores del foro. Cualquiera puede leer sus decisiones en el registro de decisiones.
overview-table-heading = Prioridades
overview-sort-hint = Pulse el encabezado de una columna para ordenar por ella, y otra vez para invertir el orden. «Disputa» pondera sobre todo la oposición y las enmiendas abiertas.
overview-priority = Prioridad
overview-amendments = Enmiendas abiertas
overview-contention = Disputa
overview-column = { $column ->
    [priority] Prioridad: ordenar como en la declaración
    [support] A favor: ordenar por posiciones a favor
    [neutral] Neutral: ordenar por posiciones neutrales
    [oppose] En contra: ordenar por posiciones en contra
    [comments-support] Apoyo: ordenar por comentarios de apoyo
    [comments-concern] Inquietud: ordenar por inquietudes
    [comments-question] Pregunta: ordenar por preguntas
    [comments-suggestion] Sugerencia: ordenar por sugerencias
    [amendments] Enmiendas abiertas: ordenar por enmiendas abiertas
   *[contention] Disputa: ordenar por grado de disputa
}
overview-breakdown-heading = Posiciones por grupo de partes interesadas y por región
overview-breakdown-hint = Solo cifras, nunca nombres. Las posiciones cuyos autores no indicaron su grupo o región se cuentan como no indicadas.
overview-no-positions = Todavía no hay posiciones.
overview-by-group = Por grupo de partes interesadas
overview-by-region = Por región
overview-undisclosed = No indicado

## Exportación de la declaración consolidada (organizadores)

export-heading = Exportar la declaración consolidada
export-intro = Guarde la declaración tal como está ahora, en uno de los idiomas del foro, para publicarla, compartirla o imprimirla.
export-open = Exportar…
export-dialog-heading = Exportar la declaración
export-language = Idioma
export-format = Formato
export-format-name = { $format ->
    [markdown] Markdown
    [html] HTML
    [docx] Documento de Word (DOCX)
   *[json] JSON
}
export-format-explain = { $format ->
    [markdown] Texto sin formato con encabezados, para editarlo o llevarlo en un control de versiones.
    [html] Una página independiente, lista para imprimir, con sus fuentes.
    [docx] Se abre en Word, LibreOffice y otros procesadores de texto.
   *[json] Datos estructurados para otras herramientas.
}
export-annexes = Anexos
export-annex = { $annex ->
    [positions] Posiciones por grupo de partes interesadas y por región (cifras)
    [decisions] Enmiendas y registro de decisiones
   *[comments] Comentarios, por prioridad y tipo
}
export-redaction = Los nombres y afiliaciones solo aparecen donde sus autores aceptaron ser nombrados en esa contribución, elija lo que elija aquí.
export-submit = Exportar
export-working = Exportando…
export-close = Cerrar
export-saved = Guardado en:
