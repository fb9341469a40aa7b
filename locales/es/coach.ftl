# Las palabras del entrenador (src/workout): títulos e instrucciones de los pasos,
# lo que dice el entrenador y cuándo, el aviso de abdominales y los botones del reproductor.

## Títulos de los pasos

coach-title-get-ready = Prepárate
coach-next = Siguiente: { $name }
coach-title-rest = Descanso
coach-title-bridge = Puente sostenido
coach-title-ball-bridge = Puente sobre el balón
coach-title-crunches = Abdominales
coach-title-core-breath = Respiración de core
coach-title-front-swings = { $side ->
    [left] Balanceo adelante y atrás – pierna izquierda
   *[right] Balanceo adelante y atrás – pierna derecha
}
coach-title-side-swings = { $side ->
    [left] Balanceo lateral – pierna izquierda
   *[right] Balanceo lateral – pierna derecha
}
coach-title-cobra = Cobra
coach-name-side-reach = Estiramiento lateral
coach-title-side-reach = { $side ->
    [left] Estiramiento lateral – izquierda
   *[right] Estiramiento lateral – derecha
}
coach-last-step = Último paso

## Instrucciones de los pasos

coach-setup-bridge = Acuéstate boca arriba, rodillas dobladas, pies apoyados, codos en el suelo.
coach-setup-ball-bridge = Acuéstate boca arriba, con la parte de atrás de las rodillas sobre el balón.
coach-setup-crunches = Sigue boca arriba, rodillas dobladas, manos suaves detrás de la cabeza.
coach-setup-core-breath = Sigue boca arriba y deja que tu respiración se calme.
coach-setup-leg-swings = Ponte de pie, con una silla o una pared al alcance.
coach-setup-stretches = Acuéstate boca abajo, con las manos planas junto al pecho.
coach-setup-side-reach = Ponte de pie, estira los brazos hacia arriba y entrelaza los dedos sobre la cabeza.
coach-do-bridge = Sube la cadera y mantenla firme.
coach-do-ball-bridge = Sube la cadera desde el balón y mantenla firme.
coach-rest-bridge = Baja la cadera despacio y respira.
coach-do-crunches-paced = Sube con cada tic, apenas despegado del suelo.
coach-do-crunches-counted = Cuenta subidas pequeñas y rápidas, con los hombros apenas despegados del suelo. Toca Hecho al terminar la serie.
coach-rest-crunches = Quédate boca arriba y respira con calma.
coach-do-core-breath = Inhala hondo y luego exhala despacio por una pequeña «u». Mantén el abdomen abombado.
coach-do-front-swing = { $side ->
    [left] Balancea la pierna izquierda adelante y atrás, con el pie sin tocar el suelo.
   *[right] Balancea la pierna derecha adelante y atrás, con el pie sin tocar el suelo.
}
coach-do-side-swing = { $side ->
    [left] Balancea la pierna izquierda hacia un lado y de vuelta por delante de la otra.
   *[right] Balancea la pierna derecha hacia un lado y de vuelta por delante de la otra.
}
coach-do-swing-again = { $side ->
    [left] Una ronda más con la pierna izquierda. ¿Demasiado difícil? Toca { $stop }.
   *[right] Una ronda más con la pierna derecha. ¿Demasiado difícil? Toca { $stop }.
}
coach-rest-swings = Los dos pies en el suelo, respira con calma.
coach-do-cobra = Sube despacio, con la cadera abajo, solo hasta donde te resulte cómodo, y luego toma { $breaths ->
    [one] una respiración lenta y profunda.
   *[other] { $breaths } respiraciones lentas y profundas.
}
coach-rest-cobra = Baja despacio y relájate.
coach-do-side-reach = { $side ->
    [left] Inclínate despacio a la izquierda, toma una respiración lenta y profunda, y vuelve despacio arriba.
   *[right] Inclínate despacio a la derecha, toma una respiración lenta y profunda, y vuelve despacio arriba.
}

## Los botones de una ronda de balanceo

coach-stop-round = Terminar esta ronda
coach-extend = +30 s

## Lo que dice el entrenador

coach-say-step = { $step ->
    [get-ready] preparación
    [rest] descanso
    [bridge] puente sostenido
    [ball-bridge] puente sobre el balón
    [crunches] abdominales
    [core-breath] respiración de core
    [front-swings] balanceo adelante y atrás, { $side ->
        [left] pierna izquierda
       *[right] pierna derecha
    }
    [side-swings] balanceo lateral, { $side ->
        [left] pierna izquierda
       *[right] pierna derecha
    }
    [cobra] cobra
    [side-reach] estiramiento lateral, { $side ->
        [left] izquierda
       *[right] derecha
    }
   *[next] siguiente: { coach-say-exercise }
}
coach-say-exercise = { $exercise ->
    [back-bridge] puente
    [crunches] abdominales
    [core-breath] respiración de core
    [leg-swings] balanceo de piernas
    [side-reach] estiramiento lateral
   *[mid-back-stretches] estiramientos de espalda
}
coach-say-count = { $count } { $what }
coach-say-round = { $what }, ronda { $round }
coach-say-last-set = { $what }, la última serie
coach-say-last-hold = { $what }, la última vez

coach-line-rest = Descanso.
coach-line-get-ready = Prepárate.
coach-line-next = Después: { $what }.
coach-line-hold = Mantén.
coach-line-last-hold = La última. Mantén.
coach-line-go = ¡Ya!
coach-line-last-five = Cinco más.
coach-line-set = { $count } { $what }. ¡Vamos!
coach-line-last-set = Última serie. { $count } { $what }. ¡Vamos!
coach-line-left-leg = Pierna izquierda. ¡Vamos!
coach-line-right-leg = Pierna derecha. ¡Vamos!
coach-line-switch-legs = Cambia de pierna. ¡Vamos!
coach-line-halfway = Vas por la mitad.
coach-line-lean-left = Inclínate despacio a la izquierda.
coach-line-lean-right = Ahora despacio a la derecha.
coach-line-last-left = Última vez: a la izquierda.
coach-line-last-right = Y la última, a la derecha.
coach-line-again-left = Otra vez a la izquierda.
coach-line-again-right = Y ahora a la derecha.
coach-line-push-up = Sube despacio.
coach-line-last-push-up = La última. Sube despacio.
coach-line-in = Inhala.
coach-line-last-in = La última. Inhala.
coach-line-last-five-in = Cinco más. Inhala.
coach-line-in-again = Inhala otra vez.
coach-line-out-oo = Exhala por una pequeña u.
coach-line-out-slowly = Exhala despacio.
coach-line-out = Y exhala.
coach-line-back-up = Vuelve despacio arriba.
coach-line-back-middle = Y vuelve despacio al centro.
coach-line-done = Entrenamiento terminado. ¡Muy bien!
coach-line-done-gently = Eso es todo por hoy. Descansa y cuida tu espalda con suavidad.
coach-resume-rest = Seguimos: descanso, luego { $next }.
coach-resume-get-ready = Seguimos. Después: { $next }.
coach-resume-step = Seguimos: { $what }.
coach-resume = Seguimos.

## Antes de empezar: el límite diario de abdominales

coach-crunch-note-none = Hoy ya hiciste { $done } abdominales, el límite del día de { $limit }: este entrenamiento los deja fuera.
coach-crunch-note-within = Hoy ya hiciste { $done } abdominales; este entrenamiento suma { $total }, dentro del límite del día de { $limit }.
coach-crunch-note-cut = Hoy ya hiciste { $done } abdominales. Con el límite del día de { $limit }, a este entrenamiento le quedan { $left }: { $sets ->
    [one] 1 serie de { $reps }.
   *[other] { $sets } series de { $reps }.
}
coach-error-twice = Cada ejercicio puede estar en el entrenamiento solo una vez.

## Cuando el dispositivo no puede hacer lo que pide el modo de avisos

coach-fallback-beeps-for-vibration = Este navegador no puede vibrar, así que Upright emite pitidos en su lugar.
coach-fallback-beeps-without-voice = Este navegador no puede hablar, así que Upright solo emite pitidos.
coach-fallback-voice-without-beeps = Este navegador no puede reproducir pitidos, así que Upright solo habla.
coach-fallback-screen-only = Este navegador no puede reproducir sonidos ni vibrar: sigue la pantalla.
coach-unavailable-voice = La voz no está disponible: este navegador no puede hablar.
coach-unavailable-beeps = Los pitidos no están disponibles: este navegador no puede reproducirlos.
coach-unavailable-vibrate = Solo vibración no está disponible: este navegador no puede vibrar (ningún navegador de iPhone puede). Upright emite pitidos en su lugar.
