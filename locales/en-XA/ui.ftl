# The screens' words (src/ui). Messages are grouped by screen.


## Settings: the language

ui-language-choice = Ŀaaƞɠuuaaɠee
# $name: the phone's own language, named in itself ("Deutsch").
ui-language-phone = Ŧħee ƥħooƞee'ş ŀaaƞɠuuaaɠee ({ $name })
# $name: the language, named in itself. The app goes on in the language it has.
ui-language-unavailable = Ŧħee ẇoořḓş iƞ { $name } ƈoouuŀḓ ƞooŧ ƀee ŀooaaḓeeḓ. Ŧřẏ aaɠaaiƞ ooƞƈee ŧħee ƥħooƞee iş ooƞŀiƞee.
