# Las copias de seguridad, en Configuración. Fuente: ../en/backup.ftl, que tiene las notas
# para los traductores.

## Backups in Settings

backup-heading = Copias de seguridad
backup-explain = Una copia de seguridad es un único archivo que contiene todo lo que Plenary guarda en este equipo: su identidad, cada foro, sus borradores y su configuración, cerrado con una frase de contraseña. Juntos, el archivo y la frase de contraseña permiten a cualquiera actuar en su nombre: guárdelos por separado.
backup-make-heading = Hacer una copia de seguridad
backup-passphrase = Frase de contraseña
backup-passphrase-hint = Al menos { $count } caracteres. Sin ella, la copia no se puede abrir: nadie puede recuperarla por usted.
backup-repeat = Frase de contraseña otra vez
backup-passphrase-missing = Escriba una frase de contraseña para la copia de seguridad.
backup-passphrase-short = Esta frase de contraseña es demasiado corta: use al menos { $count } caracteres.
backup-passphrases-differ = Las dos frases de contraseña no coinciden. Escriba la misma dos veces.
backup-make = Hacer una copia de seguridad
backup-making = Haciendo la copia de seguridad…
backup-made = Copia de seguridad guardada:
backup-keep-apart = Copie este archivo a una memoria USB o a otro equipo, y guarde la frase de contraseña en otro lugar.
backup-failed = No se pudo hacer la copia de seguridad. Los detalles técnicos:
restore-heading = Restaurar una copia de seguridad
restore-explain = En un equipo nuevo, restaure su copia de seguridad antes de usar Plenary en él. Una restauración nunca mezcla dos identidades: recupera la identidad de la copia y todo lo que la acompaña, o no cambia nada.
restore-file = Archivo de la copia de seguridad
restore-file-missing = Elija el archivo de la copia de seguridad que quiere restaurar.
restore-passphrase = La frase de contraseña de la copia
restore-passphrase-missing = Escriba la frase de contraseña con la que se hizo la copia.
restore-submit = Restaurar
restore-working = Comprobando y restaurando la copia de seguridad…
restore-wrong-passphrase = Esta frase de contraseña no abre esta copia de seguridad. Compruébela e inténtelo de nuevo.
restore-damaged = Este archivo no es una copia de seguridad de Plenary, o está dañado o incompleto.
restore-too-new = Esta copia de seguridad la hizo una versión más reciente de Plenary. Actualice Plenary en este equipo y después restáurela.
restore-other-identity = Este equipo ya tiene otra identidad, que se ha usado (se unió a un foro o tiene uno propio), y una restauración nunca mezcla dos identidades. Restaure esta copia en un equipo donde Plenary aún no se haya usado, o antes aparte la carpeta de datos de este.
restore-failed = No se pudo restaurar la copia de seguridad.
restore-nothing-changed = No se cambió nada en este equipo.
restore-confirm-same = Este equipo ya tiene esta identidad. Restaurar sustituye lo que hay aquí por la copia, y se pierde lo que cambió desde que se hizo. Antes se guarda una copia de lo que hay ahora, entre las copias automáticas de abajo.
restore-confirm-unused = Esta copia contiene otra identidad distinta de la que Plenary creó en este equipo al iniciarse por primera vez, que aún no se ha usado. Restaurar la sustituye, junto con el foro de ejemplo, por la identidad de la copia y todo lo que contiene.
restore-replace = Sustituir por la copia
restore-cancel = Cancelar
restore-done = Se restauró la copia de seguridad del { $date }, con { $count ->
    [one] { $count } foro
   *[other] { $count } foros
}.
restore-undo-kept = Lo que había aquí antes se guarda entre las copias automáticas, para poder volver a ello.
restore-reopen = Abrir los foros restaurados
automatic-heading = Copias automáticas
automatic-explain = Plenary guarda cada día una copia de todo, durante los últimos siete días, para volver atrás después de un error. Se quedan en la carpeta de Plenary en este equipo, sin frase de contraseña: para pasar a otro equipo, haga una copia de seguridad arriba.
automatic-none = Todavía no hay ninguna copia automática: la primera se hace un minuto después de iniciar Plenary.
automatic-unreadable = No se pudieron listar las copias automáticas. Los detalles técnicos:
automatic-kind = { $kind ->
    [before-restore] Antes de una restauración
   *[daily] Diaria
}
automatic-go-back = Volver a esta copia
automatic-confirm = ¿Sustituir todo lo que hay aquí por la copia del { $time }? Lo que hay ahora se guarda antes como otra copia.
