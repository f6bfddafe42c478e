# La interfaz de Plenary en español: aportaciones de la sociedad civil, informes normalizados
# de incidentes de IA, cuentas de grupo y la lista de envíos de los organizadores.
# Fuente: ../en/reports.ftl, que lleva las notas para traductores; cada mensaje tiene aquí el
# mismo identificador, con las mismas variables.
#
# Términos: incident report = informe de incidente; input = aportación (de la sociedad civil
# sobre la declaración); organizers = organizadores; endorse = respaldar; triage =
# clasificación; submit = enviar; security incident = incidente de protección (como en el
# glosario: protección = security, seguridad = safety); usted. TLP (Traffic Light Protocol):
# los niveles CLEAR, GREEN, AMBER, AMBER+STRICT y RED se dejan en inglés, como pide el
# protocolo. Sectores: CIIU Rev. 4.

## La navegación de la cabecera

nav-reports = Informes
nav-submissions = Envíos recibidos

## Común a los formularios

form-required = (obligatorio)
form-choose = Elegir…
form-untitled = Sin título
form-group-none = Solo yo (ningún grupo)
form-group-hint = Enviar en nombre de un grupo muestra su nombre donde la atribución lo permite; después, cualquier miembro puede actualizarlo.
form-group-hint-none = No es miembro de ningún grupo.
form-problems-heading = { $count ->
    [one] Hay { $count } problema que corregir antes de enviar
   *[other] Hay { $count } problemas que corregir antes de enviar
}
form-problem-file = El archivo

## Selectores de varios valores (países, sectores)

picker-placeholder = Escriba para buscar, ↓ para ver todo
picker-none = No hay coincidencias. Pruebe con otra ortografía.
picker-chosen = { $field }: elegidos
picker-remove = Quitar
picker-remove-item = Quitar { $name }
picker-added = { $name } añadido
picker-removed = { $name } quitado

## Informes y aportaciones: la página que los enumera

reports-heading = Informes y aportaciones
reports-intro = Aquí los grupos de la sociedad civil presentan a los organizadores del foro aportaciones estructuradas e informes normalizados de incidentes de IA. Los formularios se guardan en este equipo mientras escribe, así que puede terminarlos más tarde; lo que envíe se transmite la próxima vez que Plenary se conecte al foro.
reports-new-report = Nuevo informe de incidente
reports-new-input = Nueva aportación sobre la declaración
reports-import = Importar un informe (JSON)
reports-import-hint = Un archivo en el formato publicado de informe de incidente de Plenary. Se abre como formulario para que lo revise y lo envíe.
reports-import-refused = No se ha podido importar este archivo, así que no se ha cambiado nada. Problemas encontrados:
reports-all-submissions = Todos los envíos, para filtrar y clasificar
reports-forms-heading = Aún sin enviar
reports-forms-empty = No hay formularios sin terminar.
reports-forms-unknown = No se han podido enumerar los formularios guardados en este equipo.
reports-mine-heading = Enviados por usted
reports-mine-empty = Todavía no ha enviado nada.
reports-others-heading = De otros participantes
reports-others-explain = Informes marcados TLP:CLEAR o TLP:GREEN, y aportaciones. Los miembros de un grupo pueden respaldarlos en nombre de su grupo.
reports-others-explain-organizer = Como organizador, ve todos los informes, sea cual sea su marcado.
reports-others-empty = Todavía no hay nada de otros participantes.

report-submitted = Su informe se ha enviado. Está listo para transmitirse: Plenary lo transmitirá la próxima vez que se conecte al foro.
input-submitted = Su aportación se ha enviado. Está lista para transmitirse: Plenary la transmitirá la próxima vez que se conecte al foro.
report-imported = El informe se ha importado en un formulario nuevo. Revíselo y luego envíelo.

## Un informe o una aportación en una lista

submission-kind = { $kind ->
    [report] Informe de incidente
   *[input] Aportación
}
input-status = { $status ->
    [withdrawn] Retirada
   *[submitted] Enviada
}
input-concerns = { $count ->
    [one] Sobre la prioridad { $priorities }
   *[other] Sobre las prioridades { $priorities }
}
submitted-for-group = en nombre de { $group }
endorsement-count = { $count ->
    [0] Sin respaldos
    [one] { $count } respaldo
   *[other] { $count } respaldos
}
attachment-count = { $count ->
    [one] { $count } archivo
   *[other] { $count } archivos
}
endorse-as = Respaldar en nombre de { $group }
endorsed = Respaldado en nombre de { $group }.
report-occurred-on = Ocurrido: { $date }

## El formulario de informe de incidente

report-form-heading-new = Nuevo informe de incidente
report-form-heading-update = Actualizar su informe
report-form-intro = Describa lo ocurrido con la mayor precisión posible. El formulario se guarda en este equipo mientras escribe: puede salir y terminarlo más tarde. Los campos marcados «obligatorio» deben rellenarse antes de poder enviarlo.
report-form-update-note = Este informe se envió con el estado «{ $status }». Enviarlo de nuevo transmite una nueva versión, que lo sustituye para todos los que pueden verlo.
report-part-what = Qué ocurrió
report-part-harm = Gravedad
report-part-who = El sistema de IA y quiénes intervinieron
report-part-where = Dónde ocurrió
report-part-sources = Fuentes y archivos
report-part-security = Protección y medidas adoptadas
report-part-sharing = Quién puede recibirlo
report-title-hint = Un título breve, de 6 a 500 caracteres.
report-harm-types-hint = Marque cada tipo de daño que se produjo o pudo producirse.
report-countries-hint = Los países donde ocurrió o tuvo efectos.
report-sectors-hint = Las ramas de actividad afectadas (secciones de la CIIU).
report-sources-hint = Al menos una fuente: un artículo, un informe, un testimonio directo, datos… Indique quién puede ver cada una.
report-security-hint = ¿Fue un ataque contra el sistema de IA o a través de él?
report-procedure-hint = Identificadores de técnicas de MITRE ATLAS, como AML.T0051, en el orden en que el ataque las usó.
report-tlp-hint = Traffic Light Protocol. Los informes TLP:RED y TLP:AMBER van solo a los organizadores del foro: nunca llegan a los dispositivos de otros participantes.
report-entity-id-hint = Letras minúsculas, cifras y guiones, como acme-labs. Se genera a partir del nombre; escriba uno si el nombre no tiene letras latinas.
report-material-url-hint = Déjelo vacío si no está en línea.
report-material-date-hint = AAAA, AAAA-MM o AAAA-MM-DD
report-material-remove = Quitar esta fuente
report-discard-question = ¿Descartar este informe? Se perderá todo lo escrito en él.
report-submit = Enviar informe
report-submit-update = Enviar nueva versión
report-submit-hint = Se guarda en este equipo mientras escribe. «Enviar» (o Ctrl+Intro) firma el informe; se transmitirá la próxima vez que Plenary se conecte al foro.
report-kept = Este informe lleva además { $classifications } clasificaciones y { $translations } traducciones del archivo importado; se conservan tal cual.

report-field = { $field ->
    [title] Título
    [description] Qué ocurrió
    [record_kind] Tipo de suceso
    [ai_relation] Relación del sistema de IA con el suceso
    [date_occurred] Cuándo ocurrió
    [severity] Gravedad
    [harm_types] Tipos de daño
    [supporting_materials] Fuentes
    [status] Estado del informe
    [tlp] Quién puede recibirlo (TLP)
    [attribution] Cómo se nombra a sus autores
    [lang] Idioma del informe
    [countries] Países
    [ai_system] Sistema de IA
    [developers] Desarrolladores
    [deployers] Implantadores
    [harmed_parties] Partes perjudicadas
    [sectors] Sectores
    [is_security_incident] Incidente de protección (ataque)
    [procedure] Técnicas de ataque
    [actions_taken] Medidas adoptadas
    [classifications] Clasificaciones
    [translations] Traducciones
    [group] Enviado en nombre de
    [attachments] Archivos
   *[other] { $field }
}
report-subfield = { $field ->
    [title] Título
    [url] Dirección (URL)
    [type] Qué es
    [date] Publicación
    [language] Idioma
    [access] Quién puede verla
    [name] Nombre
    [id] Identificador breve
    [version] Versión
    [precision] Precisión
    [namespace] Taxonomía
    [attributes] Atributos
    [value_json] Valor
   *[other] { $field }
}
report-field-row = { $field ->
    [supporting_materials] Fuente { $row }
    [developers] Desarrollador { $row }
    [deployers] Implantador { $row }
    [harmed_parties] Parte perjudicada { $row }
    [procedure] Técnica { $row }
    [countries] País { $row }
    [sectors] Sector { $row }
    [harm_types] Tipo de daño { $row }
    [classifications] Clasificación { $row }
    [attributes] Atributo { $row }
    [translations] Traducción { $row }
   *[other] { $field } { $row }
}
report-row-add = { $field ->
    [developers] Añadir un desarrollador
    [deployers] Añadir un implantador
    [harmed_parties] Añadir una parte perjudicada
    [supporting_materials] Añadir una fuente
   *[procedure] Añadir una técnica
}
report-row-remove = { $field ->
    [developers] Quitar el desarrollador { $row }
    [deployers] Quitar el implantador { $row }
    [harmed_parties] Quitar la parte perjudicada { $row }
    [supporting_materials] Quitar la fuente { $row }
   *[procedure] Quitar la técnica { $row }
}
report-entities-hint = { $list ->
    [developers] Quién creó el sistema de IA, si se sabe.
    [deployers] Quién lo puso en uso.
   *[harmed_parties] Quién sufrió un daño o pudo sufrirlo: personas, grupos u organizaciones.
}

report-record-kind = { $kind ->
    [incident] Incidente
    [hazard] Peligro
    [issue] Problema
   *[other] { $kind }
}
report-record-kind-help = { $kind ->
    [incident] Se produjo un daño.
    [hazard] Pudo plausiblemente producirse un daño.
   *[issue] Una preocupación que no llega a ser un peligro.
}
report-ai-relation = { $relation ->
    [direct] Lo causó
    [contributing] Fue una de las causas
    [involved] Intervino, pero no como causa
    [alleged] Se alega que intervino
   *[other] { $relation }
}
report-ai-relation-help = { $relation ->
    [direct] El comportamiento del sistema de IA causó el suceso.
    [contributing] El sistema de IA contribuyó, junto con otras causas.
    [involved] El sistema de IA formó parte del suceso, pero no lo causó.
   *[alleged] Alguien afirma que el sistema de IA tuvo un papel; no está demostrado.
}
report-date-precision-legend = ¿Con qué precisión se conoce la fecha?
report-date-precision = { $precision ->
    [year] El año
    [month] El mes
   *[day] El día
}
report-date-year = Año
report-date-month = Mes
report-date-day = Día
report-date-choose-month = Mes…
report-severity = { $severity ->
    [hazard] Peligro
    [serious_hazard] Peligro grave
    [incident] Incidente
    [serious_incident] Incidente grave
    [disaster] Desastre
   *[other] { $severity }
}
report-severity-help = { $severity ->
    [hazard] Pudo plausiblemente causar un daño.
    [serious_hazard] Pudo plausiblemente causar un daño grave: muerte o lesiones graves, interrupción de infraestructuras críticas, vulneración grave de derechos o daños graves a bienes o al medio ambiente.
    [incident] Causó un daño.
    [serious_incident] Causó un daño grave, como los anteriores.
   *[disaster] Un incidente grave que alteró a una comunidad o a la sociedad en su conjunto.
}
report-harm-type = { $harm ->
    [physical] Daño físico o lesiones
    [psychological] Daño psicológico
    [reputational] Daño a la reputación
    [economic_property] Daño económico o material
    [environmental] Daño al medio ambiente
    [public_interest] Daño al interés público (democracia, infraestructuras críticas, cohesión social)
    [human_rights] Vulneración de derechos humanos o libertades fundamentales
   *[other] Otro tipo de daño
}
report-material-kind = { $kind ->
    [news] Artículo de prensa
    [report] Informe de una organización
    [paper] Artículo de investigación
    [social_media] Publicación en redes sociales
    [testimony] Testimonio directo
    [dataset] Datos o registro
   *[other] Otra cosa
}
report-access = { $access ->
    [public] Cualquiera
    [confidential] Solo los organizadores
   *[other] { $access }
}
report-access-help = { $access ->
    [public] Es pública, o puede hacerse pública.
   *[confidential] Solo pueden verla los organizadores del foro. Nunca forma parte de una exportación.
}
report-status = { $status ->
    [draft] Borrador
    [interim] Provisional
    [final] Definitivo
    [withdrawn] Retirado
   *[other] { $status }
}
report-status-help = { $status ->
    [draft] Todavía se están reuniendo los hechos.
    [interim] Confirmado en parte; habrá más.
   *[final] Completo.
}
report-tlp = { $level ->
    [clear] TLP:CLEAR — cualquiera
    [green] TLP:GREEN — los participantes de este foro
    [amber] TLP:AMBER — los organizadores, y a quien deban informar
    [amber_strict] TLP:AMBER+STRICT — solo los organizadores
    [red] TLP:RED — los organizadores, solo para ellos
   *[other] { $level }
}
report-tlp-help = { $level ->
    [clear] Cualquiera puede verlo y puede publicarse, por ejemplo en la AI Incident Database.
    [green] Todas las personas que participan en este foro pueden verlo. No debe publicarse.
    [amber] Solo lo reciben los organizadores del foro. Pueden compartirlo dentro de sus organizaciones con quien necesite saberlo.
    [amber_strict] Solo lo reciben los organizadores del foro, y solo pueden compartirlo dentro de su propia organización.
   *[red] Solo lo reciben los organizadores del foro, para ellos mismos. No se comparte con nadie más.
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
    [chatham_house] Regla de Chatham House
    [consented] Según lo acordado por cada autor
    [public] Públicamente
   *[other] { $attribution }
}
report-attribution-help = { $attribution ->
    [chatham_house] No se nombra a quienes lo presentaron, ni a su organización.
    [consented] Los autores se nombran solo como cada uno haya aceptado.
   *[public] Puede mostrarse con los nombres de sus autores.
}
report-security-answer = { $answer ->
    [yes] Sí
    [no] No
   *[unknown] No se sabe
}
report-sector = { $section ->
    [A] Agricultura, ganadería, silvicultura y pesca
    [B] Explotación de minas y canteras
    [C] Industrias manufactureras
    [D] Suministro de electricidad, gas, vapor y aire acondicionado
    [E] Suministro de agua, saneamiento y gestión de desechos
    [F] Construcción
    [G] Comercio al por mayor y al por menor
    [H] Transporte y almacenamiento
    [I] Alojamiento y servicio de comidas
    [J] Información y comunicaciones
    [K] Actividades financieras y de seguros
    [L] Actividades inmobiliarias
    [M] Actividades profesionales, científicas y técnicas
    [N] Servicios administrativos y de apoyo
    [O] Administración pública y defensa
    [P] Enseñanza
    [Q] Salud humana y asistencia social
    [R] Artes, entretenimiento y recreación
    [S] Otras actividades de servicios
    [T] Hogares como empleadores
    [U] Organizaciones extraterritoriales
   *[other] Sección { $section }
}
report-sector-division = División CIIU { $division }

## Por qué se rechazó un campo, junto a él

report-problem-required = Este campo es obligatorio.
report-problem-title-length = El título debe tener entre 6 y 500 caracteres.
report-problem-too-long = Es demasiado largo. Acórtelo.
report-problem-date = Indique una fecha real, con la precisión elegida: el año, el año y el mes, o la fecha completa.
report-problem-harm-types = Marque al menos un tipo de daño.
report-problem-sources = Indique al menos una fuente.
report-problem-url = Una dirección debe empezar por https:// o http://.
report-problem-material-date = Escriba la fecha como AAAA, AAAA-MM o AAAA-MM-DD.
report-problem-country = Elija un país de la lista.
report-problem-ai-system-name = Indique el nombre del sistema de IA, o deje también vacía su versión.
report-problem-slug = Use letras latinas minúsculas, cifras y guiones simples, como acme-labs.
report-problem-sector = Elija un sector de la lista.
report-problem-procedure = Escriba un identificador de técnica de MITRE ATLAS, como AML.T0051 o AML.T0051.000.
report-problem-procedure-security = Las técnicas de ataque solo corresponden a incidentes de protección. Responda «Sí» arriba, o quítelas.
report-problem-json = Debe ser JSON.
input-problem-attribution = Elija cómo se le muestra.

## Archivos adjuntos a un informe o una aportación

attachments-heading = Archivos
attachments-label = Adjuntar archivos
attachments-hint = PDF, imágenes (PNG, JPEG, WebP) o archivos de texto; cada uno de { $max } MB como máximo, { $count } archivos como máximo. Los demás solo los descargan al abrirlos.
attachments-list-label = Archivos adjuntos
attachments-too-large = { $name } ocupa { $size } MB: los archivos pueden ocupar { $max } MB como máximo. Redúzcalo o divídalo, y adjúntelo de nuevo.
attachments-wrong-type = { $name } no es un PDF, una imagen (PNG, JPEG, WebP) ni un archivo de texto, así que no puede adjuntarse.
attachments-empty = { $name } está vacío.
attachments-too-many = No se ha adjuntado { $name }: pueden adjuntarse { $max } archivos como máximo.
attachments-adding = { $count ->
    [one] Adjuntando { $count } archivo…
   *[other] Adjuntando { $count } archivos…
}
attachments-added = { $name } adjuntado
attachments-removed = { $name } quitado
attachment-type = { $type ->
    [pdf] PDF
    [png] Imagen PNG
    [jpeg] Imagen JPEG
    [webp] Imagen WebP
    [text] Texto
   *[other] Archivo
}
attachment-here = En este equipo
attachment-not-here = Aún no descargado
attachment-fetch = Descargar
attachment-fetch-again = Descargar el resto
attachment-fetching = Descargando: { $done } de { $total } partes…
attachment-partial = Descargado en parte ({ $done } de { $total } partes): el servidor del foro no envió el resto. Lo recibido se conserva; vuelva a intentarlo más tarde.
attachment-progress = Descargando { $name }
attachment-save = Guardar en Descargas

## Un informe

report-filed-by = Presentado por
report-withdrawn-note = Retirado por sus autores. Sigue aquí, marcado como retirado.
report-actions-heading = Qué puede hacer
report-update = Actualizar este informe
report-update-hint = Actualizar transmite una nueva versión (por ejemplo, de borrador a provisional, o a definitivo). Retirar conserva el informe, marcado como retirado.
report-withdraw-question = ¿Retirar este informe? Seguirá visible, marcado como retirado.
report-withdrawn-done = El informe se ha retirado.
report-export-json = Guardar como JSON
report-export-oecd = Guardar los criterios de la OCDE (JSON)
report-export-aiid = Guardar para la AI Incident Database (JSON)
report-aiid-unavailable = { $reason ->
    [tlp] La exportación a la AI Incident Database solo se ofrece para informes TLP:CLEAR.
    [withdrawn] Un informe retirado no se envía a la AI Incident Database.
   *[source] La exportación a la AI Incident Database necesita una fuente pública con dirección y fecha de publicación.
}
report-export-restricted = Este informe es solo para los organizadores: no comparta ningún archivo que guarde de él.

## Aportación sobre la declaración

input-form-heading = Nueva aportación sobre la declaración
input-form-intro = Una aportación estructurada para los organizadores: lo que su organización pide a la declaración, y sobre qué prioridades. Se guarda en este equipo mientras escribe.
input-field = { $field ->
    [title] Título
    [body] Su aportación
    [priorities] Las prioridades a las que se refiere
    [group] Enviada en nombre de
    [language] Idioma de su texto
    [attribution] Cómo se le muestra
   *[attachments] Archivos
}
input-priorities-hint = Marque cada prioridad a la que se refiere su aportación (ninguna si trata de la declaración en su conjunto).
input-submit = Enviar aportación
input-submit-hint = Se guarda en este equipo mientras escribe. «Enviar» (o Ctrl+Intro) firma su aportación; se transmitirá la próxima vez que Plenary se conecte al foro.

## Cuentas de grupo

groups-heading = Grupos
groups-intro = Una cuenta de grupo permite que varios miembros de una misma organización de la sociedad civil envíen y respalden en nombre de la organización. Su nombre solo se muestra donde la atribución de un envío lo permite.
groups-manage = Grupos
groups-key-heading = La clave de este dispositivo
groups-key-explain = Para que le añadan a un grupo, dé esta clave a uno de sus miembros. Identifica este dispositivo; no es un secreto.
groups-key-copy = Copiar
groups-key-copied = Copiada.
groups-key-selected = La clave está seleccionada: pulse Ctrl+C para copiarla.
groups-mine-heading = Sus grupos
groups-none = No es miembro de ningún grupo.
groups-members = { $count ->
    [one] { $count } dispositivo miembro
   *[other] { $count } dispositivos miembros
}
groups-add-member = Añadir un miembro por la clave de su dispositivo
groups-add-member-hint = El miembro encuentra la clave de su dispositivo en esta página, en su propio equipo.
groups-add = Añadir
groups-invalid-key = Una clave de dispositivo tiene 64 caracteres: cifras del 0 al 9 y letras de la a a la f. Cópiela de nuevo.
groups-invalid-name = Dé un nombre al grupo.
groups-create-heading = Crear un grupo
groups-name = Nombre de la organización
groups-create = Crear
groups-not-for-role = Las cuentas de grupo son para participantes de la sociedad civil y organizadores; su función en este foro no le permite crear una. Un miembro de un grupo existente puede añadir este dispositivo.
groups-created = Grupo «{ $name }» creado.
groups-member-added = Miembro añadido a «{ $name }».

## Mis contribuciones

mine-reports-heading = Informes y aportaciones
mine-reports-empty = Todavía no hay informes ni aportaciones.
mine-reports-open = Ir a Informes y aportaciones

## La lista de envíos de los organizadores

submissions-heading = Envíos recibidos
submissions-intro = Todos los informes y aportaciones recibidos, del más reciente al más antiguo. Fíltrelos, abra un informe y clasifique cada uno.
submissions-organizers-only = Solo los organizadores del foro ven la lista de envíos recibidos.
submissions-filter-heading = Filtrar
submissions-filter = { $filter ->
    [kind] Tipo
    [status] Estado
    [severity] Gravedad
    [country] País
    [priority] Prioridad (aportaciones)
   *[triage] Clasificación
}
submissions-filter-all = Todos
submissions-filter-apply = Mostrar
submissions-filter-clear = Quitar los filtros
submissions-filter-hint = El estado, la gravedad y el país se aplican a los informes; la prioridad, a las aportaciones.
submissions-count = { $filtered ->
    [yes] { $count ->
        [0] Ningún envío coincide con el filtro.
        [one] { $count } envío coincide con el filtro.
       *[other] { $count } envíos coinciden con el filtro.
    }
   *[no] { $count ->
        [0] Todavía no hay envíos.
        [one] { $count } envío.
       *[other] { $count } envíos.
    }
}

## Clasificación (solo organizadores)

triage-heading = Clasificación
triage-label = Clasificación
triage-state = { $state ->
    [new] Nuevo
    [triaged] Clasificado
    [needs_follow_up] Requiere seguimiento
    [closed] Cerrado
   *[other] { $state }
}
triage-note = Nota para los organizadores (opcional)
triage-note-hint = Solo los organizadores ven la clasificación y su nota.
triage-save = Guardar
triage-saved = Clasificado como: { $state }.
