# Avisos de seguridad en la pantalla de inicio, el primer inicio y las tarjetas.
safety-not-a-doctor = Upright ofrece orientación general sobre ejercicio. No sustituye a un médico ni a un fisioterapeuta.
safety-lasting-pain = Si el dolor de espalda dura más de unos días, o viene con otros síntomas, consulta a un médico.
safety-listen = Escucha a tu cuerpo: detén cualquier movimiento que te duela y nunca sobrepases los límites de la rutina.

safety-screening-title = Antes de empezar
safety-screening-lead = Upright te guía por una rutina corta de ejercicios generales para el dolor en la mitad de la espalda. No es consejo médico y no sustituye a un médico ni a un fisioterapeuta.
safety-screening-signs = Consulta a un médico antes de hacer ejercicio si tienes
safety-screening-listen = Mientras haces ejercicio, escucha a tu cuerpo: detén cualquier movimiento que duela y nunca pases de los límites de la rutina.
safety-screening-lasting = Si el dolor de espalda dura más de unos días, o viene con otros síntomas, consulta a un médico.
safety-screening-accept = Entendido
safety-screening-has-sign = Tengo alguno de estos

## records

safety-sign-injury = dolor que empezó tras una caída, un accidente u otra lesión
safety-sign-fever = fiebre, o sentirte mal en general, junto con el dolor de espalda
safety-sign-legs = entumecimiento, hormigueo o debilidad en las piernas
safety-sign-bladder = problemas para controlar la vejiga o el intestino
safety-sign-weight = una pérdida de peso que no te puedes explicar
safety-sign-night = dolor fuerte por la noche o dolor que no se alivia al descansar
safety-why-severe = Te ha dolido la espalda con { $pain } o más en { $days } de los últimos { $window } días.
safety-why-lasting = Te ha dolido la espalda con { $pain } o más en { $days } de los últimos { $window } días.
safety-why-recurring = Te ha dolido la espalda con { $pain } o más durante { $days } días en las últimas cuatro semanas.
safety-why-rising = Tus valoraciones de dolor han subido claramente durante la última semana.
safety-why-steady = Tu espalda se ha mantenido en torno a { $pain } de 10 durante { $weeks } semanas de entrenamientos regulares, sin mejorar.
safety-why-worse-day = Te ha dolido la espalda con { $pain } de 10 desde que dijiste que habías ido al médico, más que la semana anterior.
safety-why-worse-average = Desde que dijiste que habías ido al médico, tus valoraciones de dolor tienen una media de { $now }, frente a { $then } la semana anterior.
safety-pain-warning = { $why } Un dolor que dura más de unos días merece que lo vea un médico o un fisioterapeuta, así que pide cita, por favor. Hasta entonces, haz los entrenamientos con suavidad o déjalos en pausa. Ve al médico enseguida, y no hagas ejercicio, si notas: { $signs }.
safety-doctor-seen = Gracias. Upright no repetirá este aviso durante cuatro semanas, salvo que tu dolor empeore. Si aparece alguna de las señales de alarma, ve al médico enseguida.
