# Avisos de seguridad en la pantalla de inicio, el primer inicio y las tarjetas.
safety-not-a-doctor = Upright ofrece orientación general sobre ejercicio. No sustituye a un médico ni a un fisioterapeuta.
safety-lasting-pain = Si el dolor de espalda dura más de unos días, o viene con otros síntomas, consulta a un médico.
safety-listen = Escucha a tu cuerpo: detén cualquier movimiento que te duela y nunca sobrepases los límites de la rutina.

## records
