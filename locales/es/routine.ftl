# Las palabras de los ejercicios (src/routine). Tuteo, español neutro.

## Puente

routine-back-bridge-name = Puente
routine-back-bridge-purpose = Subir a un puente firme entrena los músculos profundos del abdomen y los glúteos, que mantienen tu columna alineada.
routine-back-bridge-step-1 = Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.
routine-back-bridge-step-2 = Apoya los codos en el suelo a tu lado para sostenerte.
routine-back-bridge-step-3 = Contrae el abdomen y empuja la cadera hacia arriba hasta que hombros, cadera y rodillas formen una línea recta.
routine-back-bridge-step-4 = Mantén el puente firme 10 segundos y luego baja despacio.
routine-back-bridge-cue-1 = Mantén una línea recta de los hombros a las rodillas.
routine-back-bridge-cue-2 = Respira mientras sostienes el puente.
routine-back-bridge-caution-1 = Progresa despacio, aunque te resulte fácil.
routine-back-bridge-caution-2 = Nunca busques cifras extremas: Upright se detiene en 6 puentes de 30 segundos sobre el balón.
routine-back-bridge-caution-3 = Escucha a tu cuerpo y baja si algo te duele.
routine-back-bridge-progression = Añade un puente cada vez, de 2 a 4. Luego apoya la parte de atrás de las rodillas en un balón de ejercicio. Después, los puentes crecen poco a poco, unos segundos más o uno más, hasta 6 puentes de 30 segundos.
routine-back-bridge-alt = Una persona boca arriba con las rodillas dobladas levanta la cadera hasta que hombros, cadera y rodillas quedan en línea.
routine-back-bridge-ball-name = Puente con balón (más difícil)
routine-back-bridge-ball-how = Apoya la parte de atrás de las rodillas en un balón de ejercicio y sube desde ahí. Úsalo solo cuando 4 puentes en el suelo te resulten fáciles.
routine-back-bridge-ball-alt = Una persona boca arriba con las rodillas sobre un balón de ejercicio y la cadera levantada.

## Abdominales

routine-crunches-name = Abdominales
routine-crunches-purpose = Unos músculos fuertes en la parte alta del abdomen ayudan a mantener mejor alineada la zona media de tu columna.
routine-crunches-step-1 = Acuéstate boca arriba, con las rodillas dobladas y los pies apoyados.
routine-crunches-step-2 = Apoya las manos suavemente detrás de la cabeza para que sostengan tu cuello.
routine-crunches-step-3 = Despega los hombros apenas del suelo y vuelve a bajar, rápido y con fluidez.
routine-crunches-step-4 = Haz la serie, descansa unos 45 segundos y luego haz la siguiente.
routine-crunches-cue-1 = Sube solo un poco: subir más te frena y te arquea la espalda.
routine-crunches-cue-2 = Deja que las manos sostengan la cabeza, nunca la empujes: si notas que empujas el cuello hacia delante, cruza las manos sobre el pecho.
routine-crunches-caution-1 = Nunca más de 100 abdominales al día, sumando todos los entrenamientos: más solo trae daño, no progreso.
routine-crunches-caution-2 = Para si te duele el cuello o la espalda.
routine-crunches-progression = Pasa de 15 a 20 repeticiones y luego añade series hasta 4. En el último paso elige 25 repeticiones o 5 series: ambas suman 100, el límite.
routine-crunches-alt = Una persona boca arriba con las manos detrás de la cabeza despega un poco los hombros del suelo.
routine-crunches-chest-name = Manos cruzadas sobre el pecho
routine-crunches-chest-how = Si notas que empujas el cuello hacia delante con las manos, crúzalas sobre el pecho.
routine-crunches-chest-alt = Una persona boca arriba con las manos cruzadas sobre el pecho despega un poco los hombros del suelo.

## Respiración del core

routine-core-breath-name = Respiración del core
routine-core-breath-purpose = Una respiración completa, expulsada contra resistencia, trabaja todo el core, incluidos la espalda y los costados.
routine-core-breath-step-1 = Sigue boca arriba y tómate un momento para acomodarte.
routine-core-breath-step-2 = Inhala profundamente para que el abdomen, las costillas y la espalda se expandan.
routine-core-breath-step-3 = Exhala despacio con los labios formando una "u" pequeña.
routine-core-breath-step-4 = Mantén el abdomen abombado hasta el final de la respiración; no lo metas.
routine-core-breath-cue-1 = El abdomen sigue abombado hasta el final de la respiración.
routine-core-breath-cue-2 = Haz la "u" pequeña para que el aire encuentre resistencia.
routine-core-breath-caution-1 = Este ejercicio es suave: auméntalo al ritmo que te resulte cómodo.
routine-core-breath-progression = Empieza con 5 y añade respiraciones cuando quieras, hasta 30, al ritmo que te resulte cómodo: con este no te vas a hacer daño.
routine-core-breath-alt = Una persona boca arriba inhala con el abdomen abombado y luego exhala por los labios redondeados.

## Balanceo de piernas

routine-leg-swings-name = Balanceo de piernas
routine-leg-swings-purpose = Balancear la pierna despierta los glúteos, la base sobre la que se apoya tu core.
routine-leg-swings-step-1 = Ponte de pie con la espalda recta, con una mano en una pared o una silla si lo necesitas.
routine-leg-swings-step-2 = Levanta un pie apenas del suelo.
routine-leg-swings-step-3 = Balancea esa pierna hacia delante y hacia atrás durante 30 segundos; luego apóyala y descansa.
routine-leg-swings-step-4 = Haz una ronda más con la misma pierna; si te resulta demasiado difícil, termina esa ronda antes.
routine-leg-swings-step-5 = Cambia de pierna y haz lo mismo, descansando al menos 15 segundos entre balanceos.
routine-leg-swings-step-6 = Luego balancea de lado a lado de la misma forma: dos rondas con cada pierna, empezando por la primera.
routine-leg-swings-cue-1 = El pie que se balancea no toca el suelo.
routine-leg-swings-cue-2 = Mantén la espalda recta; deja que la cadera haga el trabajo.
routine-leg-swings-caution-1 = Sujétate a algo si pierdes el equilibrio.
routine-leg-swings-caution-2 = La segunda ronda con cada pierna puedes acortarla: detenla si te resulta demasiado difícil.
routine-leg-swings-progression = Cuando todas las rondas te resulten fáciles, puedes balancear más tiempo, 30 segundos más cada vez, hasta cansarte: con este no te vas a hacer daño.
routine-leg-swings-front-name = Balanceo adelante y atrás
routine-leg-swings-front-how = Balancea la pierna hacia delante y hacia atrás, como un péndulo.
routine-leg-swings-front-alt = Una persona de pie sobre una pierna, con una mano en una silla, balancea la otra pierna hacia delante y hacia atrás.
routine-leg-swings-side-name = Balanceo lateral
routine-leg-swings-side-how = Balancea la pierna hacia el lado y de vuelta por delante del cuerpo.
routine-leg-swings-side-alt = Una persona de pie sobre una pierna, con una mano en una silla, balancea la otra pierna hacia el lado y de vuelta por delante del cuerpo.

## Estiramientos de la espalda media

routine-mid-back-stretches-name = Estiramientos de la espalda media
routine-mid-back-stretches-purpose = Estirar suavemente después del esfuerzo relaja los músculos tensos alrededor de la zona media de tu espalda.
routine-mid-back-stretches-step-1 = Cobra: acuéstate boca abajo con las manos apoyadas junto al pecho.
routine-mid-back-stretches-step-2 = Empuja hacia arriba despacio, con la cadera en el suelo, y arquea solo hasta donde te resulte cómodo.
routine-mid-back-stretches-step-3 = Mantén durante 2 respiraciones profundas, inhalando por la nariz y exhalando por la boca; luego baja. Hazlo 3 veces.
routine-mid-back-stretches-step-4 = Inclinación lateral: de pie, estira los brazos hacia arriba y entrelaza los dedos sobre la cabeza.
routine-mid-back-stretches-step-5 = Inclínate despacio hacia un lado durante una respiración profunda y luego despacio hacia el otro. Haz 3 por lado.
routine-mid-back-stretches-cue-1 = En la cobra, la cadera se queda en el suelo.
routine-mid-back-stretches-cue-2 = Entra despacio en cada estiramiento.
routine-mid-back-stretches-caution-1 = Nunca estires más allá de lo que te resulte cómodo.
routine-mid-back-stretches-caution-2 = Estira después de cada entrenamiento: Upright siempre termina con estos, incluso cuando un entrenamiento se detiene porque algo dolió.
routine-mid-back-stretches-progression = Los estiramientos no progresan: haz la misma serie después de cada entrenamiento.
routine-mid-back-stretches-cobra-name = Cobra
routine-mid-back-stretches-cobra-how = Una extensión suave hacia atrás: cadera abajo, pecho arriba, solo hasta donde te resulte cómodo.
routine-mid-back-stretches-cobra-alt = Una persona boca abajo empuja el pecho hacia arriba con las manos mientras la cadera se queda en el suelo.
routine-mid-back-stretches-reach-name = Inclinación lateral con brazos arriba
routine-mid-back-stretches-reach-how = Con los dedos entrelazados sobre la cabeza, inclínate despacio hacia un lado durante una respiración y luego hacia el otro.
routine-mid-back-stretches-reach-alt = Una persona de pie con los dedos entrelazados sobre la cabeza se inclina despacio hacia un lado y luego hacia el otro.

## Niveles

routine-level-holds = { $repeats ->
    [one] { $repeats } puente
   *[other] { $repeats } puentes
} de { $seconds } s
routine-level-holds-ball = { $repeats ->
    [one] { $repeats } puente
   *[other] { $repeats } puentes
} de { $seconds } s con balón
routine-level-holds-top = { $repeats ->
    [one] { $repeats } puente
   *[other] { $repeats } puentes
} de { $seconds } s con balón (el máximo)
routine-level-sets = { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
} de { $reps }
routine-level-sets-limit = { $sets ->
    [one] { $sets } serie
   *[other] { $sets } series
} de { $reps } ({ $total }, el límite)
routine-level-breaths-start = { $count ->
    [one] { $count } respiración
   *[other] { $count } respiraciones
} para empezar
routine-level-swings = { $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
} de { $seconds } s en cada dirección por pierna
routine-level-swings-longer = { $rounds ->
    [one] { $rounds } ronda
   *[other] { $rounds } rondas
} en cada dirección, más largas cuando te resulte fácil
routine-level-stretches = la serie completa de estiramientos

## Dosis

routine-dosage-holds = { $repeats } × { $seconds } s de puente
routine-dosage-holds-ball = { $repeats } × { $seconds } s de puente (rodillas sobre un balón)
routine-dosage-reps = { $sets } × { $reps } repeticiones
routine-dosage-breaths = { $count ->
    [one] { $count } respiración lenta
   *[other] { $count } respiraciones lentas
}
routine-dosage-swings = { $front ->
    [one] { $seconds } s
   *[other] { $front } rondas de { $seconds } s
} adelante y atrás por pierna, luego { $same ->
    [yes] lo mismo de lado
   *[no] { $side ->
        [one] { $seconds } s
       *[other] { $side } rondas de { $seconds } s
    } de lado por pierna
}{ $longer ->
    [yes] ; las rondas pueden alargarse cuando te resulte fácil
   *[no] {""}
}
routine-dosage-stretches = cobra { $repeats } × { $breaths } respiraciones, inclinación lateral { $reaches } × por lado

## Por qué se rechaza una dosis

routine-refused-bridge-empty = Un puente necesita al menos una repetición de al menos un segundo.
routine-refused-bridge-over = Upright se detiene en { $holds } puentes de { $seconds } segundos: mucho más que eso carga tu espalda en lugar de ayudarla.
routine-refused-crunches-empty = Los abdominales necesitan al menos una serie de una repetición.
routine-refused-crunches-over = { $sets } × { $reps } son { $total } abdominales: más de { $cap } al día hacen más daño que bien.
routine-refused-breaths = Elige entre 1 y { $most } respiraciones.
routine-refused-swing-seconds = El balanceo de piernas dura entre 10 y 60 segundos por pierna.
routine-refused-swing-rounds = El balanceo de piernas tiene una o dos rondas por pierna en cada dirección.
routine-refused-stretches = Los estiramientos son siempre iguales: no progresan.
routine-refused-kind = Ese tipo de dosis no corresponde a { $name }.
