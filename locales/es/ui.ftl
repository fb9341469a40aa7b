# Las palabras de las pantallas (src/ui).

## Ajustes: el idioma

ui-language-choice = Idioma
ui-language-phone = El idioma del teléfono ({ $name })
ui-language-unavailable = No se pudieron cargar los textos en { $name }. Vuelve a intentarlo cuando el teléfono tenga conexión.
ui-language-no-voice = Este teléfono no tiene voz para { $name }: el entrenador lee con la voz predeterminada del teléfono.

## Compartido

ui-back = Atrás
ui-history = Historial
ui-settings = Ajustes
ui-paused = En pausa
ui-resume = Reanudar
ui-save = Guardar
ui-save-what-i-did = Guardar lo que hice
ui-discard = Descartar
ui-dismiss = Cerrar
ui-export-history = Exportar el historial
ui-report-for-doctor = Informe para mi médico
ui-safety = Seguridad
ui-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
ui-minutes-short = { $minutes } min
ui-pain-hint = 0 es sin dolor, 10 el peor que puedas imaginar. Opcional: toca otra vez para borrarlo.
ui-doctor-seen = Ya fui al médico por esto
ui-download-raw = Descargar el texto original

## Inicio

ui-home-lead = Cinco ejercicios suaves para la parte media de la espalda. Deja el teléfono a tu lado: Upright cronometra cada paso, cuenta tus abdominales y te dice qué viene después.
ui-home-minutes = { $minutes ->
    [one] Cerca de { $minutes } minuto
   *[other] Unos { $minutes } minutos
}
ui-home-left-out = fuera del plan
ui-home-pain-question = ¿Cómo sientes la espalda ahora mismo?
ui-home-running = Hay un entrenamiento en curso, en pausa donde lo dejaste.
ui-home-back-to-workout = Volver al entrenamiento
ui-home-start = Empezar el entrenamiento
ui-home-ask-title = Tu espalda está en { $pain } de 10. ¿Sigues hoy?
ui-home-ask-text = En un día tan malo, descansar está bien, y hacer solo los estiramientos suaves también (unos minutos, solo hasta donde sea cómodo). Si el dolor es nuevo o viene con otros síntomas, ve al médico.
ui-home-ask-stretches = Solo los estiramientos suaves
ui-home-ask-rest = Descansar hoy y anotar cómo me siento
ui-home-ask-anyway = El entrenamiento completo de todos modos
ui-home-log-pain = ¿Hoy no entrenas? Anota cómo sientes la espalda

## La ficha del ejercicio

ui-card-back-to-workout = Volver al entrenamiento
ui-card-today = Hoy:
ui-card-how = Cómo se hace
ui-card-form = Postura
ui-card-care = Cuidado
ui-card-building-up = Progresión
ui-card-variations = Variantes

## El reproductor

ui-player-how = ¿Cómo se hace?
ui-player-progress = Progreso del entrenamiento
ui-player-sound-on = Toca para volver a activar el sonido
ui-player-hurt-note = Parado. Vamos con los estiramientos suaves; sáltatelos si también duelen.
ui-player-done = Hecho
ui-player-prev = ◀ Anterior
ui-player-prev-label = Paso anterior
ui-player-pause = Pausa
ui-player-next = Saltar ▶
ui-player-next-label = Paso siguiente
ui-player-hurts = Esto duele
ui-player-finish = Terminar ya
ui-step-count = { $kind ->
    [hold] Mantener
    [cobra] Cobra
    [reach] Inclinación
    [breath] Respiración
   *[set] Serie
} { $index } de { $count }
ui-step-side = { $side ->
    [left] { $part ->
        [leg] Pierna izquierda
       *[side] Lado izquierdo
    }
   *[right] { $part ->
        [leg] Pierna derecha
       *[side] Lado derecho
    }
}
ui-step-rep-of = de
ui-step-reps = { $count } rep.
ui-step-seconds-left = segundos restantes
ui-step-reps-unit = rep.

## Las preguntas del reproductor

ui-hurt-say = Para y descansa. Respira con calma y no sigas con dolor.
ui-hurt-title = Para y descansa
ui-hurt-text = El entrenamiento está en pausa. Respira con calma y no sigas con dolor. Cuando estés listo:
ui-hurt-stretches = Pasar a los estiramientos suaves
ui-hurt-end = Terminar el entrenamiento
ui-hurt-continue = Fue un tirón leve: seguir
ui-finish-title = ¿Terminar el entrenamiento ahora?
ui-finish-text-stretches = Los estiramientos suaves cierran cada entrenamiento: hazlos ahora y luego se guarda. O guarda lo que llevas, o no dejes registro.
ui-finish-text = Guarda lo que llevas, o no dejes registro de este entrenamiento.
ui-finish-stretch = Estirar y luego terminar
ui-finish-keep = Seguir
ui-finish-discard = Descartar este entrenamiento
ui-away-days = { $count } días
ui-away-hours = { $count ->
    [one] { $count } hora
   *[other] { $count } horas
}
ui-away-minutes = { $count ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
ui-stale-title = Bienvenido de nuevo
ui-stale-text = Estuviste fuera { $away }; el entrenamiento se detuvo donde lo dejaste. Sigue desde donde ibas, guarda lo que hiciste o déjalo.
ui-leave-title = ¿Salir del entrenamiento?
ui-leave-text = Se pausa donde lo dejes y te espera hasta que vuelvas a él desde el inicio.
ui-leave-stay = Quedarme en el entrenamiento
ui-leave-go = Salir por ahora

## Resumen

ui-summary-missing = Ese entrenamiento no está en tu historial.
ui-summary-duration = { $minutes } min { $seconds } s
ui-summary-pain = ¿Cómo sientes la espalda ahora?
ui-summary-felt = ¿Qué tal fue?
ui-summary-note = Nota (opcional)
ui-summary-saved = Guardado.
ui-summary-continue = Continuar

## Sugerencias

ui-suggestions-title = Tu siguiente paso
ui-suggestion-accept = Aceptar
ui-suggestion-sets = { $sets } series de { $reps }
ui-suggestion-got-it = Entendido
ui-suggestion-not-yet = Todavía no

## Historial

ui-history-done = Entrenamientos
ui-history-week = Esta semana
ui-history-streak = Racha actual
ui-history-longest = Racha más larga
ui-history-export-reminder = Tu navegador puede borrar los datos de Upright. Exporta tu historial de vez en cuando para guardar una copia.
ui-history-export-json = Exportar (JSON)
ui-history-export-csv = Exportar para una hoja de cálculo (CSV)
ui-history-import = Importar una exportación JSON
ui-history-more = Ver entrenamientos anteriores ({ $count } más)
ui-history-import-failed = Ese archivo no se importó y no cambió nada: { $why }
ui-history-pain-both = dolor { $before } → { $after }
ui-history-pain-before = dolor { $before } antes
ui-history-pain-after = dolor { $after } después
ui-history-felt = { $felt ->
    [easy] se sintió fácil
    [good] se sintió adecuado
   *[hard] se sintió difícil
}
ui-calendar-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
ui-calendar-weekdays = L M X J V S D
ui-calendar-workout-done = entrenamiento hecho
ui-calendar-pain-logged = dolor de espalda anotado: { $pain } de 10
ui-calendar-key-workout = entrenamiento
ui-calendar-key-logged = dolor anotado, sin entrenamiento
ui-chart-pain = Dolor antes y después de entrenar, y en días sin entrenamiento, de 0 a 10, por fecha
ui-chart-crunches = Abdominales por día, por fecha
ui-chart-key-before = dolor antes
ui-chart-key-after = dolor después
ui-chart-key-without = sin entrenamiento
ui-chart-key-crunches = abdominales por día
ui-pain-log-title = Sin entrenamiento
ui-pain-log-item = { $date }: dolor de espalda { $pain } de 10

## Ajustes

ui-settings-cues = Avisos
ui-cue-voice = Voz y pitidos
ui-cue-beeps = Solo pitidos
ui-cue-vibrate = Solo vibración
ui-cue-silent = Silencio
ui-settings-volume = Volumen
ui-settings-test-sound = Probar el sonido
ui-settings-test-line = Así suena Upright.
ui-settings-timing = Tiempos
ui-settings-get-ready = Preparación
ui-settings-slow-breath = Una respiración lenta
ui-settings-bridge-rest = Descanso entre puentes
ui-settings-change-position = Tiempo para cambiar de posición
ui-settings-crunches = Abdominales
ui-pace-self = Cuento yo y toco Hecho
ui-pace-fast = Marcado por la app: rápido (1,2 s cada uno)
ui-pace-medium = Marcado por la app: 1,5 s cada uno
ui-pace-steady = Marcado por la app: 2 s cada uno
ui-pace-slow = Marcado por la app: lento (3 s cada uno)
ui-settings-crunch-rest = Descanso entre series de abdominales
ui-settings-swing-rest = Descanso entre balanceos de pierna
ui-settings-exercises = Ejercicios y niveles
ui-settings-core-breaths = Respiraciones de core
ui-unit-seconds = s
ui-unit-breaths = respiraciones
ui-settings-at-least = { $label }: la rutina necesita al menos { $min } { $unit }.
ui-settings-level = Nivel de { $name }
ui-jump-title = ¿Subir más de un nivel?
ui-jump-keep = Mantener el nivel actual
ui-jump-confirm = Subirlo de todos modos
ui-settings-display = Pantalla
ui-theme-system = Como el sistema
ui-theme-light = Claro
ui-theme-dark = Oscuro
ui-settings-large-text = Texto más grande
ui-settings-data = Tus datos
ui-persist-yes = Este navegador aceptó guardar los datos de Upright.
ui-persist-no = Este navegador puede borrar los datos de Upright si falta espacio: exporta de vez en cuando.
ui-persist-unknown = Upright pide al navegador que guarde sus datos después de tu primer entrenamiento guardado.
ui-settings-safety-info = Información de seguridad
ui-voice = Voz
ui-voice-default = La del navegador
ui-storage-note = Safari puede borrar los datos de Upright tras 7 días sin uso, salvo que Upright esté en tu pantalla de inicio. Añádelo (mira Instalar, más arriba) y exporta tu historial de vez en cuando.
ui-screen-on-ios = Mantén la pantalla encendida: este navegador no puede hacerlo solo. Para el entrenamiento, pon Ajustes → Pantalla y brillo → Bloqueo automático en Nunca, o toca la pantalla de vez en cuando.
ui-screen-on = Mantén la pantalla encendida: este navegador no puede hacerlo solo. Toca la pantalla de vez en cuando o alarga el tiempo de apagado en los ajustes del teléfono.

## Recordatorios

ui-reminders = Recordatorios
ui-reminders-hint = Elige días y una hora, y añádelos a tu calendario: tu calendario te avisa, sin cuenta. Añadir un archivo nuevo actualiza el mismo evento.
ui-reminder-days = Días
ui-reminder-every-day = Todos los días
ui-reminder-weekdays = Entre semana
ui-reminder-time = Hora
ui-reminder-none = Aún no hay ningún día elegido.
ui-reminder-summary = Recordatorio { $days } a las { $time }.
ui-reminder-add = Añadir a mi calendario
ui-reminder-notify = Mostrar también una notificación si abro Upright un día de recordatorio antes de entrenar
ui-reminder-blocked = Las notificaciones de Upright están bloqueadas: puedes permitirlas en los ajustes del sitio del navegador.
ui-reminder-installed = Funciona mejor con Upright instalado en tu pantalla de inicio.

## Instalar

ui-install = Instalar
ui-install-text = Instala Upright para abrirlo desde tu pantalla de inicio, a pantalla completa y sin conexión, como cualquier otra app.
ui-install-button = Instalar Upright
ui-install-ios = Añade Upright a tu pantalla de inicio: se abre a pantalla completa, funciona sin conexión y Safari conserva sus datos.
ui-ios-share = Compartir
ui-ios-add-home = Añadir a pantalla de inicio
ui-ios-add = Añadir
ui-install-step-share = Toca { $share } en la barra de Safari.
ui-install-step-add = Elige { $home } y luego { $add }.

## Actualización

ui-update-ready = Hay una nueva versión de Upright lista.
ui-update-now = Actualizar ahora
ui-updating = Actualizando…

## Antes de empezar

ui-doctor-title = Por favor, ve primero al médico
ui-doctor-lead = Con alguna de estas señales, el ejercicio debe esperar hasta que un médico o fisioterapeuta te haya revisado la espalda. Upright no iniciará ningún entrenamiento por ahora.
ui-doctor-urgent = Tener problemas para controlar la vejiga o el intestino, o entumecimiento o debilidad en las piernas que sea nuevo o vaya a peor, necesita atención hoy: llama a tu médico o al número de emergencias de tu zona.
ui-doctor-return = Cuando un médico te haya dicho que estos ejercicios son adecuados para ti, vuelve y elige «Entendido».
ui-doctor-back = Volver a la lista

## Avisos

ui-storage-full = El almacenamiento está lleno: si esta página se recarga, el entrenamiento empezará desde el principio.
ui-resume-failed-limits = No se pudo reanudar el entrenamiento en curso: rompe los límites de la rutina ({ $why }). Se guardó aparte y puedes descargarlo.
ui-resume-failed-unreadable = No se pudo reanudar el entrenamiento en curso: su estado guardado no se podía leer. Se guardó aparte y puedes descargarlo.
ui-pain-choose-first = Elige primero un número: ¿cómo sientes la espalda ahora mismo?
ui-pain-logged = Anotado: hoy tu espalda está en { $pain } de 10. Lo verás en el historial.
ui-file-refused = El navegador no pudo crear el archivo.
ui-file-too-large = Ese archivo pesa más de { $size } MB: no es una exportación de Upright.
ui-file-unreadable = No se pudo leer el archivo.
ui-panic = Algo salió mal y Upright se detuvo. Tus entrenamientos guardados están intactos. Recarga para seguir; si vuelve a pasar, descarga tus datos para guardar una copia.
ui-panic-download = Descargar mis datos
ui-panic-reload = Recargar

## El informe

ui-report-intro = Imprímelo, o guárdalo como PDF desde la ventana de impresión, y llévalo a tu cita. Nada sale de este dispositivo salvo que tú lo compartas.
ui-report-period = Periodo
ui-report-with-notes = Incluir mis notas
ui-report-print = Imprimir o guardar como PDF
ui-report-title = Ejercicio en casa y dolor de espalda
ui-report-fill = Nombre: ______________________   Fecha de nacimiento: ______________
ui-report-made = Hecho con Upright el { $date }, a partir de lo que la persona registró en su propio dispositivo.
ui-report-routine = La rutina: puente, abdominales, respiración de core, balanceos de pierna y estiramientos de la espalda media, en casa.
ui-report-workouts = Entrenamientos
ui-report-completed = Completos hasta el final
ui-report-workout-days = Días con entrenamiento
ui-report-days-of = { $days } de { $span }
ui-report-per-week = Por semana, de media
ui-report-time = Tiempo de ejercicio
ui-report-stops = Paradas por «Esto duele»
ui-report-per-week-title = Entrenamientos por semana
ui-report-per-month-title = Entrenamientos por mes
ui-report-workouts-table = Entrenamientos, tabla
ui-report-day = Día
ui-report-week = Semana
ui-report-month = Mes
ui-report-days = Días
ui-report-pain-title = Dolor antes y después de entrenar
ui-report-pain-day = Valoraciones de 0 (sin dolor) a 10 (el peor), tal como las dio la persona.
ui-report-pain-week = Valoraciones de 0 (sin dolor) a 10 (el peor): medias de los días valorados de cada semana.
ui-report-pain-month = Valoraciones de 0 (sin dolor) a 10 (el peor): medias de los días valorados de cada mes.
ui-report-around = { $count ->
    [one] En el { $count } entrenamiento con ambas valoraciones, el dolor medio fue { $before } antes de entrenar y { $after } después.
   *[other] En los { $count } entrenamientos con ambas valoraciones, el dolor medio fue { $before } antes de entrenar y { $after } después.
}
ui-report-change = El dolor antes de entrenar fue de media { $early } en la primera semana valorada y { $late } en la última.
ui-report-rest-title = Días valorados sin entrenamiento
ui-report-no-rest = Ningún día se valoró sin entrenamiento.
ui-report-stops-title = Ejercicios parados con «Esto duele»
ui-report-no-stops = Ningún ejercicio se paró con «Esto duele».
ui-report-stops-table = Ejercicios parados, tabla
ui-report-time-col = Hora
ui-report-exercise = Ejercicio
ui-report-done-before = Hecho antes de parar
ui-report-pain = Dolor
ui-report-pain-both = { $before } → { $after }
ui-report-pain-before = { $before } antes
ui-report-pain-after = { $after } después
ui-report-warnings-title = Avisos mostrados
ui-report-no-warnings = Upright no mostró su aviso de «ve al médico» en este periodo.
ui-report-warning = Upright sugirió ir a un médico o fisioterapeuta.
ui-report-warning-why = Lo que mostraban entonces las valoraciones: { $why }
ui-report-levels-title = Nivel de cada ejercicio a lo largo del tiempo
ui-report-levels-table = Niveles, tabla
ui-report-planned = Previsto
ui-report-level = Nivel
ui-report-in-full = Hecho completo
ui-report-not-done = En ningún entrenamiento de este periodo.
ui-report-free = elegido libremente
ui-report-level-of = { $level } de { $count }
ui-report-notes-title = Notas de la persona
ui-report-no-pain = No se valoró el dolor en este periodo.
ui-report-pain-table = Dolor, tabla
ui-report-before = Antes
ui-report-after = Después
ui-report-on-its-own = Por sí solo
ui-report-pain-chart = Gráfico del dolor: los números están en la tabla de al lado.
ui-report-workouts-chart = Gráfico de entrenamientos: los números están en la tabla de al lado.
ui-report-key-before = antes de entrenar
ui-report-key-after = después
ui-report-key-own = valorado por sí solo (sin entrenamiento)
ui-report-foot = Upright es un entrenador de ejercicio en casa, no un producto sanitario; guarda todo en el dispositivo y no envió nada a ningún sitio para hacer este informe.
