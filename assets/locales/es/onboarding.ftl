# Las pantallas del primer inicio y la explicación de la privacidad. Fuente:
# ../en/onboarding.ftl, que tiene las notas para los traductores.

## The first-run screens

first-run-step = Paso { $step } de { $count }
first-run-welcome = Le damos la bienvenida a Plenary
first-run-intro = Plenary sirve para redactar una declaración común de prioridades en foros internacionales sobre la seguridad de la IA. Puede leer y escribir sin conexión; lo que envíe se transmite la próxima vez que Plenary se conecte.
first-run-language-legend = Elija el idioma de la interfaz
first-run-language-hint = Puede cambiarlo en cualquier momento desde el menú de la parte superior de la ventana.
first-run-continue = Continuar
first-run-back = Atrás
start-heading = ¿Cómo quiere empezar?
start-explore = Explorar el foro de ejemplo
start-explore-hint = Una declaración de prioridades real, para probar a leer, comentar y proponer enmiendas. Se queda en este equipo.
start-join = Unirse a un foro
start-join-hint = Con la dirección del servidor y el código de invitación que le dieron los organizadores.
start-moving = ¿Viene de otro equipo?
start-restore = Restaurar una copia de seguridad
start-later = Podrá unirse a un foro más tarde desde Configuración, y volver a leer esto allí.

## What stays on this computer and what is shared (first run, and Settings)

privacy-heading = Qué se queda en este equipo y qué se comparte
privacy-kept-heading = Se queda en este equipo
privacy-kept-key = Su identidad: la clave secreta que firma sus contribuciones. Solo sale de este equipo dentro de una copia de seguridad que usted haga, cerrada con su frase de contraseña.
privacy-kept-drafts = Sus borradores, hasta que los envíe.
privacy-kept-details = El nombre, la afiliación, el grupo de partes interesadas y la región que indique en Configuración, salvo que elija mostrarlos con una contribución.
privacy-kept-sample = El foro de ejemplo, y todo lo que escriba en él.
privacy-kept-folder = Todo ello se guarda en una carpeta de este equipo que solo su cuenta de usuario puede leer.
privacy-sent-heading = Va al servidor del foro, una vez que se une a un foro
privacy-sent-join = Al unirse: el código de invitación y lo que cuente de usted a los organizadores (nombre, afiliación, cómo contactarle, grupo de partes interesadas, región). Solo lo ven los organizadores.
privacy-sent-contributions = Cada contribución que envíe (un comentario, una enmienda, una posición, un informe, una traducción), firmada con su clave y solo con la atribución que eligió para ella.
privacy-sent-nothing-else = No se envía nada antes de que se una a un foro, y Plenary no se conecta a ningún otro servidor.
privacy-rule-heading = Cómo se aplica la regla de Chatham House
privacy-rule-what = Lo que se dice puede usarse; quién lo dijo no puede revelarse sin su consentimiento.
privacy-rule-pseudonym = Los demás ven a cada participante con un seudónimo, como Participante K7QM2, distinto en cada foro.
privacy-rule-choice = En cada contribución, usted elige qué ven los demás: solo su seudónimo, su grupo de partes interesadas y su región, o su nombre y su afiliación.
privacy-rule-organizers = Los organizadores ven además lo que les contó al unirse, y nadie más lo ve.
privacy-rule-exports = Cada pantalla y cada exportación de la declaración muestran solo lo que cada autor eligió.

## Settings

settings-privacy-heading = Privacidad
settings-privacy-explain = Qué guarda Plenary en este equipo, qué envía al servidor de un foro y cómo se aplica la regla de Chatham House.
settings-privacy-link = Acerca de la privacidad
settings-welcome-link = Ver de nuevo las pantallas de bienvenida
