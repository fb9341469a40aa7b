# Las palabras de las pantallas (src/ui).

## Ajustes: el idioma

ui-language-choice = Idioma
ui-language-phone = El idioma del teléfono ({ $name })
ui-language-unavailable = No se pudieron cargar los textos en { $name }. Vuelve a intentarlo cuando el teléfono tenga conexión.
