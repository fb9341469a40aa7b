# Die Wörter der Bildschirme (src/ui).

## Einstellungen: die Sprache

language-choice = Sprache
language-phone = Sprache des Telefons ({ $name })
language-unavailable = Die Texte auf { $name } konnten nicht geladen werden. Versuche es noch einmal, sobald das Telefon online ist.
