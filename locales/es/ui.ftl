# Las palabras de las pantallas (src/ui).

## Ajustes: el idioma

language-choice = Idioma
language-phone = El idioma del teléfono ({ $name })
language-unavailable = No se pudieron cargar los textos en { $name }. Vuelve a intentarlo cuando el teléfono tenga conexión.
