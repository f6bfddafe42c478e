# Plenary's user interface in Spanish. Source: ../en/plenary.ftl, which has the translator
# notes; every message there has the same id here, with the same variables.
#
# Terms: safety = seguridad, security = protección (as in the sample glossary); Chatham
# House Rule = regla de Chatham House; statement = declaración; amendment = enmienda; draft =
# borrador; stakeholder group = grupo de partes interesadas. The reader is "usted". Keys as
# Spanish keyboards label them (Intro, Esc, Re Pág, Av Pág). Language names come
# capitalized (as in menus), so sentences give them a label ("Idioma de destino: Árabe").

## The application

app-name = Plenary
skip-to-content = Ir al contenido
loading = Cargando…

language-autonym = Español
language-select-label = Idioma

## The header: the forum's title and where it stands.

forum-status-label = Estado del foro
forum-phase = { $phase ->
    [drafting] Redacción
    [commenting] Abierto a comentarios
    [consolidating] Consolidación
    [closed] Cerrado
   *[other] { $phase }
}
forum-attribution = { $attribution ->
    [chatham_house] Regla de Chatham House
   *[attributed] Contribuciones atribuidas
}

## The forums on this device, in the header

forum-switcher = Foros
forum-list-label = Foros en este dispositivo
forum-origin = { $origin ->
    [sample] Foro de ejemplo, solo en este dispositivo
    [file] Importado de un archivo, solo en este dispositivo
   *[other] Solo en este dispositivo
}
forum-current = En pantalla
forum-joining = Uniéndose… ({ $server })
forum-joining-hint = Podrá abrirse en cuanto llegue su primera sincronización.
forum-opened = Ahora se muestra «{ $title }».

## The statement

statement-heading = Declaración de prioridades
statement-empty = Esta declaración aún no tiene prioridades.
window-title-statement = { $forum } – Plenary

## A priority's own page

breadcrumb-label = Ruta de navegación
back-to-statement = Declaración de prioridades
go-to-statement = Ir a la declaración de prioridades
section-label = Sección { $number }
priority-revision = { $count ->
    [1] Primera versión, { $date }
   *[other] Revisión { $count }, { $date }
}
priority-revision-note = Motivo de esta revisión:
priority-pager-label = Prioridades anterior y siguiente
priority-previous = Prioridad anterior
priority-next = Prioridad siguiente
window-title-priority = { $number } { $title } – { $forum }

## Reading the statement in another language

reading-language-label = Leer en
reading-language-original = { $language } (original)
reading-language-changed = Idioma de lectura: { $language }.
translation-state = { $state ->
    [untranslated] Sin traducir
    [machine_draft] Borrador automático
    [needs_review] Pendiente de revisión
    [translated] Traducido
    [approved] Aprobado
   *[other] { $state }
}
reading-untranslated = Aún sin traducir: se muestra el original
translation-outdated = Desactualizado: el original ha cambiado
show-original = Mostrar el original
original-heading = Original
original-comment-hint = Los comentarios están anclados al texto original. Muestre el original para comentar un pasaje.

## Translating the statement: the parts and their state

translate-heading = Traducir
translate-intro = Traduzca la declaración parte por parte a los idiomas del foro. Abra una parte para traducirla junto a su original, con el glosario a mano.
translate-no-languages = Este foro trabaja en un solo idioma, así que no hay nada que traducir.
translate-language-label = Traducir a
translate-from = Idioma del original: { $language }
translate-progress-heading = Progreso
translate-progress = { $total ->
    [one] { $done } de { $total } parte traducida o aprobada
   *[other] { $done } de { $total } partes traducidas o aprobadas
}
translate-count-outdated = Desactualizadas
translate-count-drafts = Borradores en este equipo
translate-parts-heading = Partes de la declaración
translate-only-needing-work = Solo las partes pendientes
translate-nothing-needs-work = Todas las partes están aprobadas y al día.
translate-keys-hint = Use las flechas arriba y abajo para recorrer las partes, e Intro para abrir una.
translate-subject-kind = { $kind ->
    [title] Título
    [preamble] Preámbulo
    [section] Sección
    [priority] Prioridad
    [about] Nota final
   *[other] Parte
}
translate-has-draft = Borrador guardado
translation-flag-forbidden-prefer = Usa el término prohibido «{ $term }» para { $concept }; es preferible «{ $preferred }»
translation-flag-forbidden = Usa el término prohibido «{ $term }» para { $concept }
translation-flag-missing = Falta el término preferente «{ $term }» para { $concept }

## The translation editor: one part of the statement, original and translation side by side

translation-editor-kicker = { $kind } · idioma de destino: { $language } · parte { $position } de { $total }
translation-source-heading = Original · { $language }
translation-target-heading = Traducción · { $language }
translation-source-formatted = Mostrar el original con formato
translation-aids-label = Glosario y formato del original
translation-term-hint = Término del glosario. Pulse Intro para abrir su entrada.
translation-keys-hint = Los términos del glosario están subrayados. Llegue a ellos con Tab, muévase entre ellos con las flechas y pulse Intro para abrir la entrada de un término. Alt+G abre la entrada del término siguiente desde cualquier punto del editor; Esc vuelve adonde estaba.
translation-title-label = Título
translation-body-label = Texto
translation-state-label = Estado de esta traducción
translation-submit = Guardar versión
translation-submit-hint = Su borrador se guarda en este equipo mientras escribe. «Guardar versión» (o Ctrl+Intro) lo firma como nueva versión de la traducción; se enviará la próxima vez que Plenary se conecte al foro.
translation-discard = Descartar borrador
translation-no-draft = Sin cambios: esta es la versión actual.
translation-discard-question = ¿Descartar este borrador? El editor volverá a la versión actual.
translation-submitted = Versión guardada: lista para enviar.
translation-cannot-translate = Su función en este foro no le permite guardar traducciones. Aun así, puede redactar un borrador aquí; un traductor o un organizador podrá guardarlo.
translation-flags-heading = { $count ->
    [0] Revisión del glosario: nada que señalar
    [one] Revisión del glosario: { $count } observación
   *[other] Revisión del glosario: { $count } observaciones
}
invalid-translation-empty = Escriba la traducción antes de guardar una versión.
invalid-translation-title = Traduzca también el título.
invalid-translation-state = Indique en qué punto está esta traducción.
translation-current-heading = Versión actual
translation-current-none = Aún no hay ninguna versión: esta parte no se ha traducido a este idioma.
translation-current-by = por
translation-current-date = el { $date }
translation-review-note = Nota del revisor:
translation-outdated-heading = El original ha cambiado desde que se hizo esta traducción
translation-outdated-explain = Lo que cambió en el original se muestra a continuación: las palabras añadidas aparecen subrayadas y las eliminadas, tachadas. El editor contiene la traducción actual: actualícela y guarde una nueva versión.
translation-changes-title = En el título
translation-changes-body = En el texto
translation-review-heading = Revisión
translation-review-explain = La revisión se aplica a la versión actual que se muestra arriba, no a un borrador.
translation-approve = Aprobar esta versión
translation-send-back-open = Devolver para revisión…
translation-send-back = Devolver para revisión
translation-send-back-note = Nota para el traductor (opcional)
translation-reviewed = { $decision ->
    [approved] Versión aprobada.
   *[needs_review] Versión devuelta para revisión.
}
translation-pager-label = Partes anterior y siguiente
translation-previous = Parte anterior (Alt+Re Pág)
translation-next = Parte siguiente (Alt+Av Pág)
glossary-panel-heading = Términos del glosario en esta parte
glossary-panel-empty = No hay términos del glosario en esta parte.
glossary-panel-back = Volver al texto (Esc)
glossary-panel-open = Abrir en el glosario
term-status = { $status ->
    [preferred] Preferente
    [admitted] Admitido
    [forbidden] Prohibido
   *[other] { $status }
}
glossary-definition = Definición:
glossary-usage-note = Uso:
glossary-no-entry = Todavía no hay entrada en este idioma.
window-title-translate = Traducción: { $language } – Plenary
window-title-translation = { $label } – { $language } – Plenary

## The glossary of contested terms

glossary-heading = Glosario
glossary-intro = Términos que significan cosas distintas en distintas lenguas y culturas, como seguridad (safety) y protección (security). Para cada concepto: los términos que deben usarse en cada idioma del foro (preferentes, admitidos o prohibidos), su significado y su uso.
glossary-filter-label = Buscar un término
glossary-filter-placeholder = Término, definición o nota
glossary-languages-label = Idiomas mostrados
glossary-languages-all = Todos los idiomas
glossary-languages-with = Original · { $language }
glossary-count = { $total ->
    [one] { $count } de { $total } concepto
   *[other] { $count } de { $total } conceptos
}
glossary-empty = El glosario aún no tiene conceptos.
glossary-none-found = Ningún concepto coincide. Pruebe otra grafía o menos letras.
glossary-unnamed = Concepto nuevo
glossary-add = Añadir un concepto
glossary-add-note = De qué trata el concepto y por qué es objeto de debate (opcional)
glossary-add-submit = Añadir
glossary-added = Concepto añadido. Asígnele sus términos en el idioma del original.
glossary-edit = Editar la entrada ({ $language })
glossary-add-entry = Añadir una entrada ({ $language })
glossary-editor-heading = Entrada: { $language }
glossary-terms-legend = Términos
glossary-term-label = Término
glossary-term-status-label = Estado
glossary-term-add = Añadir un término
glossary-term-remove = Quitar
glossary-term-remove-label = Quitar «{ $term }»
glossary-definition-label = Definición
glossary-usage-label = Nota de uso
glossary-save = Guardar entrada
glossary-cancel = Cancelar
glossary-editor-hint = Los términos vacíos se omiten. «Guardar» (o Ctrl+Intro) firma la entrada; se enviará la próxima vez que Plenary se conecte al foro.
glossary-saved = Entrada guardada.
invalid-glossary-too-many = Una entrada tiene como máximo 50 términos. Quite algunos y vuelva a guardar.

## Files for translation and terminology tools

exchange-heading = Archivos de intercambio
exchange-translations-explain = Trabaje en la traducción (idioma de destino: { $language }) con una herramienta de traducción: expórtela en formato XLIFF 2.0 o PO y, después, importe el archivo traducido. Todo lo que difiera se guarda como nuevas versiones; un archivo con cualquier problema no cambia nada.
exchange-glossary-explain = Use el glosario en herramientas terminológicas: expórtelo en formato TBX o importe un archivo TBX. Un archivo con cualquier problema no cambia nada.
exchange-export-xliff = Exportar XLIFF
exchange-export-po = Exportar PO
exchange-export-tbx = Exportar TBX
exchange-import-translations = Importar un archivo XLIFF o PO
exchange-import-glossary = Importar un archivo TBX
exchange-saved = Guardado en { $path }
exchange-imported = Importación: { $written ->
    [one] { $written } versión nueva
   *[other] { $written } versiones nuevas
}; sin cambios: { $unchanged }; sin traducir: { $skipped }.
exchange-imported-glossary = Importación: { $written ->
    [one] { $written } entrada escrita
   *[other] { $written } entradas escritas
}; sin cambios: { $unchanged }.

## Pages that do not exist

not-found-heading = Página no encontrada
not-found-body = No hay nada en esta dirección de Plenary.

## Errors

error-heading = No se ha podido mostrar esta página
error-generic = Plenary no ha podido cargar esta página. Inténtelo de nuevo; si el fallo persiste, reinicie Plenary.
error-details = Detalles técnicos
error-retry = Reintentar
error-bad-request = Plenary no entiende esta dirección. Si ha seguido un enlace, vuelva a la declaración e inténtelo de nuevo.
error-internal = Una operación anterior falló a medias. Reinicie Plenary e inténtelo de nuevo.
error-ipc = Esta ventana no ha podido comunicarse con el resto de Plenary. Reinicie Plenary; si vuelve a ocurrir, comunique los detalles técnicos que figuran abajo.
error-not-found = Esto no está en su copia del foro. Puede que se haya eliminado o que aún no se haya sincronizado con este dispositivo.
error-store = No se han podido leer los datos del foro en este dispositivo. Cierre cualquier otra copia de Plenary que esté abierta e inténtelo de nuevo.
error-io = No se ha podido leer o escribir un archivo. Compruebe que queda espacio libre en el disco e inténtelo de nuevo.
error-key-file = La clave de este dispositivo no se puede usar. Compruebe que solo su cuenta de usuario puede leer la carpeta de datos de Plenary.
error-statement = No se ha podido leer la declaración porque está mal formada. Pida a los organizadores una copia corregida.
error-record = Plenary ha rechazado un cambio que hizo él mismo. Es un error del programa: comunique los detalles técnicos que figuran abajo.
error-random = Su sistema no ha podido proporcionar los datos aleatorios que Plenary necesita para proteger sus datos. Reinicie el equipo e inténtelo de nuevo.
error-network = Plenary no ha podido conectar con el servidor del foro. Compruebe su conexión; Plenary seguirá intentándolo.
error-server = El servidor del foro ha rechazado la solicitud.
error-protocol = No se ha podido interpretar la respuesta del servidor del foro. Puede que use otra versión de Plenary; avise a los organizadores.
error-import = No se ha podido importar este archivo, así que no se ha cambiado nada. Problemas encontrados:

## The header's navigation and search

nav-label = Principal
nav-statement = Declaración
nav-mine = Mis contribuciones
nav-settings = Configuración
nav-join = Unirse a un foro
nav-translate = Traducir
nav-glossary = Glosario
search-label = Buscar en la declaración, los comentarios y las enmiendas
search-placeholder = Buscar (pulse /)
search-submit = Buscar
window-title-page = { $page } – Plenary

## Participants and what they disclose

author-you = Usted
author-pseudonym = Participante { $code }
stakeholder-group = { $group ->
    [government] Gobierno
    [academia] Mundo académico
    [industry] Sector privado
    [civil_society] Sociedad civil
    [international_organization] Organización internacional
   *[other] Otra parte interesada
}
region = { $region ->
    [m002] África
    [m019] Américas
    [m142] Asia
    [m150] Europa
    [m009] Oceanía
   *[other] Región { $code }
}
language-name = { $code ->
    [ar] Árabe (العربية)
    [zh] Chino (中文)
    [en] Inglés (English)
    [fr] Francés (Français)
    [ru] Ruso (Русский)
    [es] Español
   *[other] { $code }
}
language-name-with-autonym = { $name } ({ $autonym })
language-group-forum = Idiomas de este foro
language-group-other = Otros idiomas

## A priority's page: its text, and what participants contribute to it

on-this-page-label = En esta página
comment-selection-hint = Seleccione un pasaje del texto para comentarlo.
comment-on-selection = Comentar este pasaje
comment-on-selection-shortcut = o pulse Ctrl+Alt+M
passage-hint = Pasaje con comentarios. Pulse Intro para ir a ellos.
comments-heading = Comentarios
comments-empty = Aún no hay comentarios. Seleccione un pasaje o añada un comentario sobre la prioridad en su conjunto.
comment-add = Añadir un comentario
amendments-heading = Enmiendas
amendments-empty = Aún no se han propuesto enmiendas.
amendment-add = Proponer una enmienda
positions-heading = Posiciones
positions-explain = Cuántos participantes apoyan esta prioridad, se mantienen neutrales o se oponen a ella. Solo se muestran las cifras, nunca quién.
positions-counts-label = { $total ->
    [one] { $total } posición expresada
   *[other] { $total } posiciones expresadas
}

comment-kind = { $kind ->
    [support] Apoyo
    [concern] Inquietud
    [question] Pregunta
   *[suggestion] Sugerencia
}
comment-edited = editado
comment-earlier-revision = sobre una revisión anterior
anchor-fuzzy = El pasaje ha cambiado desde entonces.
anchor-orphaned = El pasaje ya no está en el texto.
anchor-show-in-text = Mostrar en el texto
comment-retract-question = ¿Retractar este comentario? Los demás dejarán de verlo.

amendment-state = { $state ->
    [withdrawn] Retirada
   *[proposed] Propuesta
}
amendment-changes = Cambios en el texto
amendment-changes-from-current = Cambios respecto al texto actual (esta enmienda se redactó sobre una revisión anterior)
amendment-changes-from-base = Cambios respecto al texto sobre el que se redactó
amendment-proposed-text = Texto propuesto
amendment-rationale = Justificación
amendment-withdraw-question = ¿Retirar esta enmienda? Seguirá visible, marcada como retirada.
diff-added-start = [añadido:
diff-added-end = ]
diff-removed-start = [eliminado:
diff-removed-end = ]

stance = { $stance ->
    [support] A favor
    [oppose] En contra
   *[neutral] Neutral
}
position-yours = Su posición:
position-change = Cambiar
position-clear = Borrar mi posición
position-clear-question = ¿Borrar su posición? Dejará de contarse.
position-clear-confirm = Borrar
position-heading-new = Su posición
position-heading-change = Cambiar su posición
position-stance-legend = Su posición sobre esta prioridad
position-reason-label = Su motivo (opcional)
position-submit = Expresar mi posición

## Actions on a contribution

action-edit = Editar
action-retract = Retractar
action-retract-confirm = Retractar
action-withdraw = Retirar
action-withdraw-confirm = Retirar
action-cancel = Cancelar
contribution-kind = { $kind ->
    [comment] Comentario
    [amendment] Enmienda
   *[position] Posición
}
contribution-status = { $status ->
    [ready] Listo para enviar
    [sent] Enviado
    [rejected] Rechazado por el servidor
   *[other] { $status }
}
contribution-state = { $state ->
    [withdrawn] Retirada
    [retracted] Retractado
   *[other] { $state }
}
contribution-retract = { $kind ->
    [comment] Retractar
    [amendment] Retirar
   *[position] Borrar
}
contribution-retract-question = { $kind ->
    [comment] ¿Retractar este comentario? Los demás dejarán de verlo.
    [amendment] ¿Retirar esta enmienda?
   *[position] ¿Borrar esta posición? Dejará de contarse.
}
contribution-submitted = { $kind ->
    [comment] Su comentario está listo para enviarse.
    [amendment] Su enmienda está lista para enviarse.
   *[position] Su posición está lista para enviarse.
}
contribution-retracted = { $kind ->
    [comment] Su comentario se ha retractado.
    [amendment] Su enmienda se ha retirado.
   *[position] Su posición se ha borrado.
}

refused-by-server = Rechazado por el servidor:
refused-by-server-no-reason = Rechazado por el servidor.
refused-hint = Edítela para enviar una versión nueva, o retírela.

## Editors of comments, amendments and positions

composer-heading-new = Comentario nuevo
composer-heading-edit = Edición de su comentario
composer-quote-caption = Sobre este pasaje
composer-remove-quote = Quitar el pasaje
composer-kind-legend = ¿Qué tipo de comentario es?
composer-body-label = Su comentario
composer-language = Idioma de su texto
composer-submit = Enviar
composer-discard = Descartar borrador
composer-discard-edit = Descartar cambios
composer-submit-hint = Los borradores se guardan en este equipo mientras escribe. «Enviar» (o Ctrl+Intro) firma su texto; se transmitirá la próxima vez que Plenary se conecte al foro.
markdown-hint = Puede usar Markdown: **negrita**, *cursiva*, listas con -, enlaces.
preview-label = Vista previa
preview-empty = Aún no hay nada que previsualizar.
attribution-legend = Mostrar a los demás
attribution-choice = { $choice ->
    [group_and_region] Grupo de partes interesadas y región
    [name] Nombre
   *[pseudonym] Solo el seudónimo
}
attribution-help = { $choice ->
    [group_and_region] Su grupo de partes interesadas y su región se muestran con su seudónimo, nunca con su nombre.
    [name] Se muestran su nombre y su afiliación, con su grupo de partes interesadas y su región.
   *[pseudonym] Solo se muestra su seudónimo en este foro, como Participante K7QM2.
}
attribution-missing = { $choice ->
    [name] Su configuración aún no incluye su nombre, así que no se puede mostrar.
   *[group_and_region] Su configuración aún no incluye su grupo de partes interesadas ni su región, así que no se pueden mostrar.
}
attribution-open-settings = Añadirlos en Configuración
amendment-heading-new = Enmienda nueva
amendment-heading-edit = Edición de su enmienda
amendment-intro = Reescriba el título y el texto tal como los propone. El texto viene rellenado con la versión actual.
amendment-base-moved = El texto ha cambiado desde que se empezó esta enmienda: la vista previa la compara con el texto actual.
amendment-title-label = Título propuesto
amendment-body-label = Texto propuesto
amendment-changes-preview = Lo que cambia su enmienda
amendment-no-changes = Aún no hay cambios.
amendment-rationale-label = Justificación (opcional)
amendment-submit = Enviar enmienda
draft-saved = Guardado a las { $time }
draft-saved-earlier = Borrador guardado en este equipo
draft-saving = Guardando…
draft-not-saved = Aún no guardado: no se ha escrito nada.
draft-save-failed = No se ha podido guardar este borrador. Su texto sigue aquí; Plenary volverá a intentarlo mientras escribe.
draft-discarded = Borrador descartado.
draft-discard-question = ¿Descartar este borrador? Su texto se perderá.
draft-discard-confirm = Descartar

invalid-body-empty = { $kind ->
    [amendment] Escriba el texto propuesto antes de enviarlo.
   *[comment] Escriba su comentario antes de enviarlo.
}
invalid-title-empty = Ponga un título a la enmienda.
invalid-stance = Elija a favor, neutral o en contra.
invalid-anchor = El pasaje seleccionado ya no está en el texto. Quítelo o vuelva a seleccionar el pasaje.
invalid-comment-kind = Elija el tipo de comentario.
invalid-language = Elija el idioma en que está escrito su texto.

## My contributions

mine-heading = Mis contribuciones
mine-intro = Los borradores permanecen en este equipo hasta que los envíe. Las contribuciones enviadas se firman y esperan aquí hasta que Plenary pueda transmitirlas al foro.
mine-drafts-heading = Borradores
mine-drafts-empty = No hay borradores. Aparecen aquí en cuanto empieza a escribir.
mine-ready-heading = Listas para enviar
mine-ready-empty = No hay nada pendiente de envío.
mine-sent-heading = Enviadas
mine-sent-empty = Todavía no se ha enviado nada.
mine-open-draft = Abrir
mine-continue-edit = Seguir editando
mine-draft-edits = Modifica una contribución enviada
mine-saved-at = Guardado: { $date }
mine-refused-heading = Rechazadas por el servidor
mine-refused-explain = El servidor del foro no aceptó estas contribuciones; cada una indica el motivo.

## The status line: how the forum shown stands with its server

sync-bar-label = Conexión con el servidor del foro
sync-local = Solo en este dispositivo
sync-join = Unirse a un foro
sync-syncing = Sincronizando…
sync-sending = Sincronizando: enviando { $sent } de { $total }
sync-receiving = Sincronizando: recibiendo… { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}
sync-up-to-date = Al día
sync-up-to-date-at = Al día · última sincronización: { $time }
sync-offline = Sin conexión
sync-offline-retry = Sin conexión; nuevo intento a las { $time }
sync-error = No se pudo sincronizar:
sync-announce-error = No se pudo sincronizar con el servidor del foro.
sync-next-try = nuevo intento a las { $time }
sync-waiting = { $count ->
    [one] { $count } pendiente de envío
   *[other] { $count } pendientes de envío
}
sync-refused = { $count ->
    [one] { $count } rechazada por el servidor
   *[other] { $count } rechazadas por el servidor
}
sync-data-used = Datos usados este mes: { $amount }
sync-now = Sincronizar ahora
sync-unknown = No se ha podido leer el estado de la sincronización.

## Search

search-heading = Búsqueda
search-heading-for = Resultados de «{ $query }»
search-prompt = Escriba palabras para buscar en la declaración, los comentarios y las enmiendas.
search-none = No se ha encontrado nada. Pruebe con otras palabras, o con menos.
search-count = { $count ->
    [0] Ningún resultado para «{ $query }»
    [one] { $count } resultado para «{ $query }»
   *[other] { $count } resultados para «{ $query }»
}
search-keys-hint = Use las flechas arriba y abajo para recorrer los resultados, e Intro para abrir uno.
search-kind = { $kind ->
    [comment] Comentario
    [amendment] Enmienda
   *[priority] Prioridad
}

## Settings

settings-heading = Configuración
identity-heading = Sobre usted
identity-explain = Estos datos permanecen en este equipo. Solo salen de él dentro de una contribución cuya atribución haya configurado para mostrarlos: grupo de partes interesadas y región, o su nombre.
identity-explain-attribution = Salvo que elija otra cosa para una contribución, los demás solo ven su seudónimo, como pide la regla de Chatham House.
identity-name = Nombre
identity-affiliation = Afiliación
identity-group = Grupo de partes interesadas
identity-region = Región
identity-not-given = No indicado
identity-save = Guardar
settings-forums-heading = Foros
settings-forums-explain = Para participar en un foro alojado en un servidor, únase con la dirección y el código de invitación que le hayan dado sus organizadores.

## Joining a forum on a server

join-heading = Unirse a un foro
join-intro = Los organizadores de un foro le facilitan la dirección de su servidor y un código de invitación. Al unirse, se les envían los datos que figuran abajo; la declaración del foro llega después con la primera sincronización.
join-forum-legend = El foro
join-server = Dirección del servidor
join-server-hint = Por ejemplo, forum.example.org
join-invite = Código de invitación
join-invite-hint = Cada código sirve un número limitado de veces.
join-profile-legend = Sobre usted, solo para los organizadores
join-affiliation = Afiliación (opcional)
join-contact = Cómo pueden contactarle los organizadores (opcional)
join-contact-hint = Por ejemplo, una dirección de correo electrónico o un número de teléfono.
join-keep = Guardar también mi nombre, afiliación, grupo y región en Configuración, para poder elegir mostrarlos con una contribución.
join-submit = Unirse
join-joining = Uniéndose… Con una conexión lenta, puede tardar un minuto.
join-privacy-heading = Quién ve qué
join-privacy-sent = Se envía al servidor del foro
join-privacy-sent-body = Estos datos, que solo ven los organizadores; y cada contribución que envíe, con la atribución que elija para ella y nada más.
join-privacy-kept = Se queda en este equipo
join-privacy-kept-body = Sus borradores y la clave de su dispositivo.
join-privacy-rule = La regla de Chatham House
join-privacy-rule-body = Los demás ven un seudónimo como Participante K7QM2, salvo que elija otra cosa para una contribución.
join-missing-server = Escriba la dirección del servidor.
join-missing-invite = Escriba el código de invitación.
join-missing-name = Escriba su nombre, para los organizadores.
join-invalid-server = Esto no es una dirección de servidor. Escríbala tal como se la dieron los organizadores, por ejemplo, forum.example.org.
join-invalid-invite = Escriba el código de invitación que recibió.
join-invalid-group = Elija un grupo de partes interesadas de la lista.
join-refused = El servidor del foro no lo ha aceptado. Su respuesta:
join-unreachable = Plenary no ha podido conectar con este servidor. Compruebe la dirección y su conexión e inténtelo de nuevo.
join-failed = No se ha podido completar la unión. Inténtelo de nuevo; si sigue fallando, comunique a los organizadores los detalles técnicos que figuran abajo.
join-done = Se ha unido al foro de { $server }. Su declaración aparecerá aquí en cuanto la traiga la primera sincronización.
join-not-saved = No se han podido guardar sus datos en Configuración.
join-arrived = Ha llegado la declaración de «{ $title }».
