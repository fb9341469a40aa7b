# The screens' words (src/ui). Messages are grouped by screen.

## Settings: the language

ui-language-choice = Language
# $name: the phone's own language, named in itself ("Deutsch").
ui-language-phone = The phone's language ({ $name })
# $name: the language, named in itself. The app goes on in the language it has.
ui-language-unavailable = The words in { $name } could not be loaded. Try again once the phone is online.
