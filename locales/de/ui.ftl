# Die Wörter der Bildschirme (src/ui).

## Einstellungen: die Sprache

ui-language-choice = Sprache
ui-language-phone = Sprache des Telefons ({ $name })
ui-language-unavailable = Die Texte auf { $name } konnten nicht geladen werden. Versuche es noch einmal, sobald das Telefon online ist.
