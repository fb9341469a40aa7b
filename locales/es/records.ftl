# Las palabras de los registros (src/progress, src/store). Fuente: locales/en/records.ftl.

## Números, duraciones, fechas

records-decimal = { $whole },{ $tenth }
records-seconds = { $s } s
records-minutes = { $m } min
records-minutes-seconds = { $m } min { $s } s
records-month-name = { $month ->
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
}
records-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
records-date = { $day } de { $month } de { $year }
records-date-short = { $day } { $month }
records-month = { $month } de { $year }
records-weekday = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
records-weekday-short = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
records-day = { $weekday }, { $date }
records-range = del { $from } al { $to }
records-time = { $hour }:{ $minute }

## Lo hecho de un ejercicio

records-done-holds = { $done } de { $planned } puentes
records-done-holds-held = { $done } de { $planned } puentes, { $held } sostenidos
records-done-reps = { $reps } repeticiones en { $sets } de { $planned_sets } series de { $planned_reps }
records-done-breaths = { $done } de { $planned ->
    [one] 1 respiración
   *[other] { $planned } respiraciones
}
records-done-rounds = { $done } de { $planned } rondas
records-done-rounds-time = { $done } de { $planned } rondas, { $time } en total
records-done-stretches = { $cobras } de { $planned_cobras } cobras, { $reaches } de { $planned_reaches } estiramientos laterales

## Un ejercicio en una línea

records-flag-pain = parado: dolía
records-flag-skipped = saltado
records-line = { $name }: { $done }
records-line-rest = { $name }: { $done }, { $rest } s de descanso
records-line-flag = { $name }: { $done } — { $flag }
records-line-rest-flag = { $name }: { $done }, { $rest } s de descanso — { $flag }
records-line-only-flag = { $name }: { $flag }

## Después del entrenamiento

records-nothing-done = Empezado, sin nada hecho
records-title-pain = Paraste cuando te dolió: bien hecho. Descansa y ve con calma.
records-title-done = Entrenamiento hecho
records-title-early = Entrenamiento terminado antes de tiempo
records-felt-easy = Fácil
records-felt-good = Lo justo
records-felt-hard = Difícil

## Historial

records-stats-none = Todavía no hay entrenamientos registrados.
records-stats = { $total ->
    [one] 1 entrenamiento registrado
   *[other] { $total } entrenamientos registrados
}, { $week } en los últimos 7 días; racha actual: { $current ->
    [one] 1 día
   *[other] { $current } días
}; la más larga: { $longest ->
    [one] 1 día
   *[other] { $longest } días
}.
records-stats-pain-same = El dolor antes de entrenar se ha mantenido en torno a { $from } { $unit ->
    [week] { $n ->
        [one] la última semana
       *[other] las últimas { $n } semanas
    }
   *[day] { $n ->
        [one] el último día
       *[other] los últimos { $n } días
    }
}.
records-stats-pain-change = El dolor antes de entrenar pasó de { $from } a { $to } en { $unit ->
    [week] { $n ->
        [one] 1 semana
       *[other] { $n } semanas
    }
   *[day] { $n ->
        [one] 1 día
       *[other] { $n } días
    }
}.

## Importar

records-imported-empty = Archivo importado: no contenía entrenamientos.
records-imported-all-new = { $count ->
    [one] Importado 1 entrenamiento: es nuevo.
   *[other] Importados { $count } entrenamientos: todos nuevos.
}
records-imported-none-new = { $count ->
    [one] Importado 1 entrenamiento: ya estaba aquí, nada nuevo.
   *[other] Importados { $count } entrenamientos: ya estaban todos aquí, nada nuevo.
}
records-imported-some-new = Importados { $count } entrenamientos: { $added ->
    [one] 1 nuevo
   *[other] { $added } nuevos
}, el resto ya estaba aquí.

## Respuestas a ajustes, valoraciones y sugerencias

records-pain-range = Elige un número del 0 al 10.
records-no-such-workout = Ese entrenamiento no está en tu historial.
records-pain-logged = Anotado: hoy tu espalda está en { $pain } de 10. Lo verás en el historial.
records-next-level = Desde tu próximo entrenamiento: { $name }, { $level }.
records-stretches-always = Los estiramientos van después de cada entrenamiento: no se pueden quitar.
records-stretches-fixed = Los estiramientos son siempre iguales: no progresan.
records-swing-rest = Descansa al menos { $min } s entre balanceos de pierna.
records-crunch-rest = Descansa unos { $about } s entre series de abdominales: elige de { $min } a { $max } s.
records-limit = { $name }: elige de { $min } a { $max } s.
records-limit-get-ready = Prepárate
records-limit-breath = Una respiración lenta
records-limit-bridge-rest = Descanso entre puentes
records-limit-change = Tiempo para cambiar de postura
records-limit-crunch-rest = Descanso entre series de abdominales
records-limit-swing-rest = Descanso entre balanceos de pierna
records-core-breaths = Elige entre 1 y { $max } respiraciones de core.
records-volume = El volumen va de 0 a 100 %.
records-no-level = { $name } no tiene nivel { $level }.
records-one-step = { $name } avanza de un nivel en un nivel: elige el siguiente, hacia arriba o hacia abajo.
records-not-a-choice = Esa opción no forma parte de esta sugerencia.
records-jump = { $name } de { $from } a { $to } ({ $steps } niveles de golpe)
records-and = { $first } y { $then }
records-jump-question = Vas a subir { $jumps }. La rutina avanza poco a poco: un paso cada vez, y solo cuando el paso actual resulta fácil y tu espalda no queda peor. Upright te ofrece cada paso cuando tus entrenamientos muestran que ha llegado el momento. ¿Subirlo de todos modos?

## Sugerencias

records-step-back = { $name }: la última vez te dolió. ¿Bajas un nivel, a { $level }, hasta que vuelva a resultarte cómodo?
records-stay-start = { $name }: la última vez te dolió. Quédate en el nivel inicial y muévete con suavidad; si sigue doliendo, déjalo y consulta a un médico o fisioterapeuta.
records-stay-pain = Tu espalda dolió más después del último entrenamiento. Mantén { $name } en { $level } por ahora; sube solo cuando los entrenamientos no dejen tu espalda peor.
records-rate-pain = Tus entrenamientos van bien. Antes de que Upright te ofrezca el siguiente paso, valora cómo está tu espalda antes o después de tus próximos entrenamientos, para saber si el trabajo extra te sienta bien.
records-up-crunch-top = ¿Listo para el último paso de abdominales? Elige 4 series de 25 o 5 series de 20: las dos suman 100, lo máximo que debería tener un entrenamiento.
records-up-crunch-reps = ¿Listo para { $reps } abdominales por serie?
records-up-crunch-sets = ¿Listo para { $sets } series de { $reps } abdominales?
records-up-ball = Cuatro puentes ya te resultan fáciles. ¿Pruebas a hacerlos con las rodillas sobre un balón de ejercicio?
records-up-ball-bridges = ¿Listo para { $repeats } puentes con balón de { $seconds } segundos?
records-up-bridges = ¿Listo para { $repeats } puentes de { $seconds } segundos?
records-up-swings = Cada ronda ya te resulta fácil. ¿Balanceas más tiempo cuando quieras, { $seconds } segundos más cada vez, hasta cansarte?
records-up-other = ¿Listo para { $dosage }?

## Registros con fecha posterior a hoy

records-set-aside = Hay { $ratings ->
    [0] { $workouts ->
        [one] 1 entrenamiento
       *[other] { $workouts } entrenamientos
    }
   *[other] { $workouts ->
        [0] { $ratings ->
            [one] 1 valoración de dolor
           *[other] { $ratings } valoraciones de dolor
        }
        [one] 1 entrenamiento y { $ratings ->
            [one] 1 valoración de dolor
           *[other] { $ratings } valoraciones de dolor
        }
       *[other] { $workouts } entrenamientos y { $ratings ->
            [one] 1 valoración de dolor
           *[other] { $ratings } valoraciones de dolor
        }
    }
} guardad{ $count ->
    [one] o
   *[other] os
} aquí con fecha posterior a hoy (desde el { $from }): puede que se haya cambiado el reloj de este dispositivo o que los datos guardados estén dañados. Se han apartado, así que las sugerencias, el límite diario de abdominales y el aviso de dolor no los usan, y el texto original se conserva: puedes descargarlo.

## Informe

records-period-4w = Últimas 4 semanas
records-period-3m = Últimos 3 meses
records-period-all = Todo lo registrado

## Recordatorios

records-days-every = todos los días
records-days-workdays = entre semana (de lunes a viernes)
records-days-none = ningún día
records-days-and = { $rest } y { $last }
records-ics-summary = Upright: rutina de espalda
records-ics-text = Hora de tu rutina de espalda: unos { $minutes } minutos con Upright. Abre Upright y empieza; para con lo que te duela.
records-notification = Tu rutina de espalda te espera: unos { $minutes } minutos. Toca para abrir Upright.
records-ics-no-day = Elige al menos un día para el recordatorio.

## Exportación para hoja de cálculo (CSV)

records-csv-date = fecha
records-csv-start = hora de inicio
records-csv-minutes = duración min
records-csv-completed = completado
records-csv-pain-before = dolor antes
records-csv-pain-after = dolor después
records-csv-felt = sensación
records-csv-holds = puentes
records-csv-reps = repeticiones de abdominales
records-csv-sets = series de abdominales
records-csv-breaths = respiraciones de core
records-csv-sides = rondas de balanceo
records-csv-stretches = estiramientos hechos
records-csv-skipped = ejercicios saltados
records-csv-stopped = parados por dolor
records-csv-note = nota
records-csv-yes = sí
records-csv-no = no
records-csv-partly = en parte

## Almacenamiento

records-unreadable = No se pudieron leer algunos datos guardados.
records-kept-aside = Upright se ha abierto con todo lo que pudo leer y ha apartado el texto original: puedes descargarlo.
records-not-kept-aside = No se pudo apartar el texto original, así que Upright no lo sobrescribirá: descárgalo antes de guardar nuevos entrenamientos.
records-storage-full = El almacenamiento de este dispositivo para Upright está lleno. Tus entrenamientos están a salvo en esta página por ahora: expórtalos para no perder nada.
records-storage-refused = Este navegador no ha dejado guardar a Upright. Tus entrenamientos están a salvo en esta página por ahora: expórtalos para no perder nada.
records-no-storage = Este navegador no deja que Upright guarde datos, así que el historial solo dura hasta que cierres la página. Exporta antes de salir.
records-held-in-page = Tus datos nuevos se guardan solo en esta página hasta que descargues el texto guardado que no se puede leer. Usa el botón de abajo y luego recarga.

records-dosage-hold-rest = { $dosage }, { $seconds } s de descanso entre cada puente
records-dosage-set-rest = { $dosage }, { $seconds } s de descanso
records-dosage-swing-rest = { $dosage }, al menos { $seconds } s de descanso entre series de balanceos
