# The screens' words (src/ui). Messages are grouped by screen.


## Settings: the language

ui-language-choice = Ŀaaƞɠuuaaɠee
# $name: the phone's own language, named in itself ("Deutsch").
ui-language-phone = Ŧħee ƥħooƞee'ş ŀaaƞɠuuaaɠee ({ $name })
# $name: the language, named in itself. The app goes on in the language it has.
ui-language-unavailable = Ŧħee ẇoořḓş iƞ { $name } ƈoouuŀḓ ƞooŧ ƀee ŀooaaḓeeḓ. Ŧřẏ aaɠaaiƞ ooƞƈee ŧħee ƥħooƞee iş ooƞŀiƞee.
# $name: the language, named in itself.
ui-language-no-voice = Ŧħiş ƥħooƞee ħaaş ƞoo ṽooiƈee ƒooř { $name }: ŧħee ƈooaaƈħ řeeaaḓş ŧħee ẇoořḓş ẇiŧħ ŧħee ƥħooƞee'ş ḓeeƒaauuŀŧ ṽooiƈee.

## Shared

ui-back = Ɓaaƈķ
ui-history = Ħişŧoořẏ
ui-settings = Şeeŧŧiƞɠş
ui-paused = Ƥaauuşeeḓ
ui-resume = Řeeşuuḿee
ui-save = Şaaṽee
ui-save-what-i-did = Şaaṽee ẇħaaŧ I ḓiḓ
ui-discard = Ḓişƈaařḓ
ui-dismiss = Ḓişḿişş
ui-export-history = Eẋƥoořŧ ħişŧoořẏ
ui-report-for-doctor = Řeeƥoořŧ ƒooř ḿẏ ḓooƈŧooř
ui-safety = Şaaƒeeŧẏ
# $count: a number of days.
ui-days =
    { $count ->
        [one] { $count } ḓaaẏ
       *[other] { $count } ḓaaẏş
    }
# $minutes: whole minutes.
ui-minutes-short = { $minutes } ḿiƞ
ui-pain-hint = 0 iş ƞoo ƥaaiƞ, 10 ŧħee ẇoořşŧ ẏoouu ƈaaƞ iḿaaɠiƞee. Oƥŧiooƞaaŀ: ŧaaƥ aaɠaaiƞ ŧoo ƈŀeeaař.
ui-doctor-seen = I ħaaṽee şeeeeƞ aa ḓooƈŧooř aaƀoouuŧ ŧħiş
ui-download-raw = Ḓooẇƞŀooaaḓ ŧħee oořiɠiƞaaŀ ŧeeẋŧ

## Home

ui-home-lead = Ƒiṽee ɠeeƞŧŀee eeẋeeřƈişeeş ƒooř ẏoouuř ḿiḓḓŀee ƀaaƈķ. Ƥuuŧ ŧħee ƥħooƞee ḓooẇƞ ƀeeşiḓee ẏoouu: Uƥřiɠħŧ ŧiḿeeş eeṽeeřẏ şŧeeƥ, ƈoouuƞŧş ẏoouuř ƈřuuƞƈħeeş aaƞḓ ŧeeŀŀş ẏoouu ẇħaaŧ ƈooḿeeş ƞeeẋŧ.
# $minutes: today's workout, in whole minutes.
ui-home-minutes =
    { $minutes ->
        [one] Aƀoouuŧ { $minutes } ḿiƞuuŧee
       *[other] Aƀoouuŧ { $minutes } ḿiƞuuŧeeş
    }
ui-home-left-out = ŀeeƒŧ oouuŧ ooƒ ŧħee ƥŀaaƞ
ui-home-pain-question = Ħooẇ ḓooeeş ẏoouuř ƀaaƈķ ƒeeeeŀ řiɠħŧ ƞooẇ?
ui-home-running = A ẇoořķoouuŧ iş iƞ ƥřooɠřeeşş, ƥaauuşeeḓ ẇħeeřee ẏoouu ŀeeƒŧ iŧ.
ui-home-back-to-workout = Ɓaaƈķ ŧoo ŧħee ẇoořķoouuŧ
ui-home-start = Şŧaařŧ ẇoořķoouuŧ
# $pain: the rating just chosen, 9 or 10.
ui-home-ask-title = Ẏoouuř ƀaaƈķ iş aaŧ { $pain } oouuŧ ooƒ 10. Ɠoo ooƞ ŧooḓaaẏ?
ui-home-ask-text = Oƞ aa ḓaaẏ ŧħiş ƀaaḓ, řeeşŧ iş ƒiƞee, aaƞḓ şoo aařee ŧħee ɠeeƞŧŀee şŧřeeŧƈħeeş aaŀooƞee (aa ƒeeẇ ḿiƞuuŧeeş, ooƞŀẏ aaş ƒaař aaş iş ƈooḿƒoořŧaaƀŀee). Iƒ ŧħee ƥaaiƞ iş ƞeeẇ, ooř ƈooḿeeş ẇiŧħ ooŧħeeř şẏḿƥŧooḿş, şeeee aa ḓooƈŧooř.
ui-home-ask-stretches = Oƞŀẏ ŧħee ɠeeƞŧŀee şŧřeeŧƈħeeş
ui-home-ask-rest = Řeeşŧ ŧooḓaaẏ aaƞḓ ŀooɠ ħooẇ I ƒeeeeŀ
ui-home-ask-anyway = Ŧħee ẇħooŀee ẇoořķoouuŧ aaƞẏẇaaẏ
ui-home-log-pain = Ƞoo ẇoořķoouuŧ ŧooḓaaẏ? Ŀooɠ ħooẇ ẏoouuř ƀaaƈķ ƒeeeeŀş

## The exercise card

ui-card-back-to-workout = Ɓaaƈķ ŧoo ẇoořķoouuŧ
ui-card-today = Ŧooḓaaẏ:
ui-card-how = Ħooẇ ŧoo ḓoo iŧ
ui-card-form = Ƒoořḿ
ui-card-care = Ŧaaķee ƈaařee
ui-card-building-up = Ɓuuiŀḓiƞɠ uuƥ
ui-card-variations = Ṽaařiaaŧiooƞş

## The player

ui-player-how = Ħooẇ ḓoo I ḓoo ŧħiş?
ui-player-progress = Ẇoořķoouuŧ ƥřooɠřeeşş
ui-player-sound-on = Ŧaaƥ ŧoo ŧuuřƞ şoouuƞḓ ƀaaƈķ ooƞ
ui-player-hurt-note = Şŧooƥƥeeḓ. Ŀeeŧ'ş ḓoo ŧħee ɠeeƞŧŀee şŧřeeŧƈħeeş; şķiƥ ŧħeeḿ iƒ ŧħeeẏ ħuuřŧ ŧoooo.
ui-player-done = Ḓooƞee
ui-player-prev = ◀ Ƥřeeṽioouuş
ui-player-prev-label = Ƥřeeṽioouuş şŧeeƥ
ui-player-pause = Ƥaauuşee
ui-player-next = Şķiƥ ▶
ui-player-next-label = Ƞeeẋŧ şŧeeƥ
ui-player-hurts = Ŧħiş ħuuřŧş
ui-player-finish = Ƒiƞişħ ƞooẇ
# $kind: what is counted (hold, cobra, reach, breath, set); $index of $count.
ui-step-count =
    { $kind ->
        [hold] Ħooŀḓ
        [cobra] Ƈooƀřaa
        [reach] Řeeaaƈħ
        [breath] Ɓřeeaaŧħ
       *[set] Şeeŧ
    } { $index } ooƒ { $count }
# $side: left or right; $part: leg (leg swings) or side.
ui-step-side =
    { $side ->
        [left]
            { $part ->
                [leg] Ŀeeƒŧ ŀeeɠ
               *[side] Ŀeeƒŧ şiḓee
            }
       *[right]
            { $part ->
                [leg] Řiɠħŧ ŀeeɠ
               *[side] Řiɠħŧ şiḓee
            }
    }
# Between the crunch a paced set is on and the set's size: "3 of 15 reps".
ui-step-rep-of = ooƒ
# $count: the reps of the set.
ui-step-reps = { $count } řeeƥş
ui-step-seconds-left = şeeƈooƞḓş ŀeeƒŧ
# After the size of a set counted by the person: "15 reps".
ui-step-reps-unit = řeeƥş

## The player's questions

# Spoken when "This hurts" is pressed.
ui-hurt-say = Şŧooƥ aaƞḓ řeeşŧ. Ɓřeeaaŧħee eeaaşẏ, aaƞḓ ḓooƞ'ŧ ƥuuşħ ŧħřoouuɠħ ƥaaiƞ.
ui-hurt-title = Şŧooƥ aaƞḓ řeeşŧ
ui-hurt-text = Ŧħee ẇoořķoouuŧ iş ƥaauuşeeḓ. Ɓřeeaaŧħee eeaaşẏ aaƞḓ ḓooƞ'ŧ ƥuuşħ ŧħřoouuɠħ ƥaaiƞ. Ẇħeeƞ ẏoouu'řee řeeaaḓẏ:
ui-hurt-stretches = Ɠoo ooƞ ŧoo ŧħee ɠeeƞŧŀee şŧřeeŧƈħeeş
ui-hurt-end = Eƞḓ ŧħee ẇoořķoouuŧ
ui-hurt-continue = Iŧ ẇaaş aa ŧẇiƞɠee: ƈooƞŧiƞuuee
ui-finish-title = Ƒiƞişħ ŧħee ẇoořķoouuŧ ƞooẇ?
ui-finish-text-stretches = Ŧħee ɠeeƞŧŀee şŧřeeŧƈħeeş eeƞḓ eeṽeeřẏ ẇoořķoouuŧ: ḓoo ŧħeeḿ ƞooẇ, ŧħeeƞ iŧ iş şaaṽeeḓ. Oř şaaṽee ẇħaaŧ ẏoouu ḓiḓ şoo ƒaař, ooř ŀeeaaṽee ƞoo řeeƈoořḓ.
ui-finish-text = Şaaṽee ẇħaaŧ ẏoouu ḓiḓ şoo ƒaař, ooř ŀeeaaṽee ƞoo řeeƈoořḓ ooƒ ŧħiş ẇoořķoouuŧ.
ui-finish-stretch = Şŧřeeŧƈħ, ŧħeeƞ ƒiƞişħ
ui-finish-keep = Ķeeeeƥ ɠooiƞɠ
ui-finish-discard = Ḓişƈaařḓ ŧħiş ẇoořķoouuŧ
# $count: how long the person was away, in the unit of the message.
ui-away-days = { $count } ḓaaẏş
ui-away-hours =
    { $count ->
        [one] { $count } ħoouuř
       *[other] { $count } ħoouuřş
    }
ui-away-minutes =
    { $count ->
        [one] { $count } ḿiƞuuŧee
       *[other] { $count } ḿiƞuuŧeeş
    }
ui-stale-title = Ẇeeŀƈooḿee ƀaaƈķ
# $away: how long, from ui-away-days, -hours or -minutes.
ui-stale-text = Ẏoouu ẇeeřee aaẇaaẏ ƒooř { $away }; ŧħee ẇoořķoouuŧ şŧooƥƥeeḓ ẇħeeřee ẏoouu ŀeeƒŧ iŧ. Ƈaařřẏ ooƞ ƒřooḿ ẇħeeřee ẏoouu ẇeeřee, ķeeeeƥ ẇħaaŧ ẏoouu ḓiḓ, ooř ŀeeŧ iŧ ɠoo.
ui-leave-title = Ŀeeaaṽee ŧħee ẇoořķoouuŧ?
ui-leave-text = Iŧ ƥaauuşeeş ẇħeeřee ẏoouu ŀeeaaṽee iŧ, aaƞḓ ẇaaiŧş ƒooř ẏoouu ŧoo ƈooḿee ƀaaƈķ ŧoo iŧ ƒřooḿ ħooḿee.
ui-leave-stay = Şŧaaẏ iƞ ŧħee ẇoořķoouuŧ
ui-leave-go = Ŀeeaaṽee ƒooř ƞooẇ

## Summary

ui-summary-missing = Ŧħaaŧ ẇoořķoouuŧ iş ƞooŧ iƞ ẏoouuř ħişŧoořẏ.
# $minutes and $seconds (two digits) of the workout's length.
ui-summary-duration = { $minutes } ḿiƞ { $seconds } ş
ui-summary-pain = Ħooẇ ḓooeeş ẏoouuř ƀaaƈķ ƒeeeeŀ ƞooẇ?
ui-summary-felt = Ħooẇ ḓiḓ iŧ ƒeeeeŀ?
ui-summary-note = Ƞooŧee (ooƥŧiooƞaaŀ)
ui-summary-saved = Şaaṽeeḓ.
ui-summary-continue = Ƈooƞŧiƞuuee

## Suggestions

ui-suggestions-title = Ẏoouuř ƞeeẋŧ şŧeeƥ
ui-suggestion-accept = Aƈƈeeƥŧ
# The crunches' final choice: $sets sets of $reps.
ui-suggestion-sets = { $sets } şeeŧş ooƒ { $reps }
ui-suggestion-got-it = Ɠooŧ iŧ
ui-suggestion-not-yet = Ƞooŧ ẏeeŧ

## History

ui-history-done = Ẇoořķoouuŧş ḓooƞee
ui-history-week = Ŧħiş ẇeeeeķ
ui-history-streak = Ƈuuřřeeƞŧ şŧřeeaaķ
ui-history-longest = Ŀooƞɠeeşŧ şŧřeeaaķ
ui-history-export-reminder = Ẏoouuř ƀřooẇşeeř ḿaaẏ ƈŀeeaař Uƥřiɠħŧ'ş ḓaaŧaa. Eẋƥoořŧ ẏoouuř ħişŧoořẏ ƞooẇ aaƞḓ ŧħeeƞ ŧoo ķeeeeƥ aa ƈooƥẏ.
ui-history-export-json = Eẋƥoořŧ (ĴŞOȠ)
ui-history-export-csv = Eẋƥoořŧ ƒooř aa şƥřeeaaḓşħeeeeŧ (ƇŞṼ)
ui-history-import = Iḿƥoořŧ aa ĴŞOȠ eeẋƥoořŧ
# $count: workouts not shown yet.
ui-history-more = Şħooẇ ooŀḓeeř ẇoořķoouuŧş ({ $count } ḿoořee)
# $why: what was wrong with the file.
ui-history-import-failed = Ŧħaaŧ ƒiŀee ẇaaş ƞooŧ iḿƥoořŧeeḓ aaƞḓ ƞooŧħiƞɠ ƈħaaƞɠeeḓ: { $why }
ui-history-pain-both = ƥaaiƞ { $before } → { $after }
ui-history-pain-before = ƥaaiƞ { $before } ƀeeƒoořee
ui-history-pain-after = ƥaaiƞ { $after } aaƒŧeeř
# How the person said the workout felt.
ui-history-felt =
    { $felt ->
        [easy] ƒeeŀŧ eeaaşẏ
        [good] ƒeeŀŧ aaƀoouuŧ řiɠħŧ
       *[hard] ƒeeŀŧ ħaařḓ
    }
# $month: 1 to 12; $year.
ui-calendar-month =
    { $month ->
        [1] Ĵaaƞuuaařẏ
        [2] Ƒeeƀřuuaařẏ
        [3] Ḿaařƈħ
        [4] Aƥřiŀ
        [5] Ḿaaẏ
        [6] Ĵuuƞee
        [7] Ĵuuŀẏ
        [8] Auuɠuuşŧ
        [9] Şeeƥŧeeḿƀeeř
        [10] Oƈŧooƀeeř
        [11] Ƞooṽeeḿƀeeř
       *[12] Ḓeeƈeeḿƀeeř
    } { $year }
# The first letters of the weekdays, Monday first, separated by spaces.
ui-calendar-weekdays = Ḿ Ŧ Ẇ Ŧ Ƒ Ş Ş
ui-calendar-workout-done = ẇoořķoouuŧ ḓooƞee
# $pain: 0 to 10.
ui-calendar-pain-logged = ƀaaƈķ ƥaaiƞ ŀooɠɠeeḓ { $pain } ooƒ 10
ui-calendar-key-workout = ẇoořķoouuŧ
ui-calendar-key-logged = ƥaaiƞ ŀooɠɠeeḓ, ƞoo ẇoořķoouuŧ
ui-chart-pain = Ƥaaiƞ ƀeeƒoořee aaƞḓ aaƒŧeeř ẇoořķoouuŧş, aaƞḓ ooƞ ḓaaẏş ẇiŧħoouuŧ ooƞee, 0 ŧoo 10, ƀẏ ḓaaŧee
ui-chart-crunches = Ƈřuuƞƈħeeş ƥeeř ḓaaẏ, ƀẏ ḓaaŧee
ui-chart-key-before = ƥaaiƞ ƀeeƒoořee
ui-chart-key-after = ƥaaiƞ aaƒŧeeř
ui-chart-key-without = ẇiŧħoouuŧ aa ẇoořķoouuŧ
ui-chart-key-crunches = ƈřuuƞƈħeeş ƥeeř ḓaaẏ
ui-pain-log-title = Ẇiŧħoouuŧ aa ẇoořķoouuŧ
# $date: date and time; $pain: 0 to 10.
ui-pain-log-item = { $date }: ƀaaƈķ ƥaaiƞ { $pain } ooƒ 10

## Settings

ui-settings-cues = Ƈuueeş
ui-cue-voice = Ṽooiƈee aaƞḓ ƀeeeeƥş
ui-cue-beeps = Ɓeeeeƥş ooƞŀẏ
ui-cue-vibrate = Ṽiƀřaaŧee ooƞŀẏ
ui-cue-silent = Şiŀeeƞŧ
ui-settings-volume = Ṽooŀuuḿee
ui-settings-test-sound = Ŧeeşŧ şoouuƞḓ
# Spoken by "Test sound".
ui-settings-test-line = Ŧħiş iş ħooẇ Uƥřiɠħŧ şoouuƞḓş.
ui-settings-timing = Ŧiḿiƞɠ
ui-settings-get-ready = Ɠeeŧ řeeaaḓẏ
ui-settings-slow-breath = Oƞee şŀooẇ ƀřeeaaŧħ
ui-settings-bridge-rest = Řeeşŧ ƀeeŧẇeeeeƞ ƀřiḓɠeeş
ui-settings-change-position = Ŧiḿee ŧoo ƈħaaƞɠee ƥooşiŧiooƞ
ui-settings-crunches = Ƈřuuƞƈħeeş
ui-pace-self = I ƈoouuƞŧ aaƞḓ ŧaaƥ Ḓooƞee
ui-pace-fast = Ŧiƈķeeḓ ƒooř ḿee: ƒaaşŧ (1.2 ş eeaaƈħ)
ui-pace-medium = Ŧiƈķeeḓ ƒooř ḿee: 1.5 ş eeaaƈħ
ui-pace-steady = Ŧiƈķeeḓ ƒooř ḿee: 2 ş eeaaƈħ
ui-pace-slow = Ŧiƈķeeḓ ƒooř ḿee: şŀooẇ (3 ş eeaaƈħ)
ui-settings-crunch-rest = Řeeşŧ ƀeeŧẇeeeeƞ ƈřuuƞƈħ şeeŧş
ui-settings-swing-rest = Řeeşŧ ƀeeŧẇeeeeƞ ŀeeɠ şẇiƞɠş
ui-settings-exercises = Eẋeeřƈişeeş aaƞḓ ŀeeṽeeŀş
ui-settings-core-breaths = Ƈoořee ƀřeeaaŧħş
ui-unit-seconds = ş
ui-unit-breaths = ƀřeeaaŧħş
# $label: the field; $min and $unit: the lowest value the routine allows.
ui-settings-at-least = { $label }: ŧħee řoouuŧiƞee ƞeeeeḓş aaŧ ŀeeaaşŧ { $min } { $unit }.
# $name: the exercise (the label of its level list).
ui-settings-level = { $name } ŀeeṽeeŀ
ui-jump-title = Ḿoořee ŧħaaƞ ooƞee şŧeeƥ uuƥ?
ui-jump-keep = Ķeeeeƥ ŧħee ƈuuřřeeƞŧ ŀeeṽeeŀ
ui-jump-confirm = Řaaişee iŧ aaƞẏẇaaẏ
ui-settings-display = Ḓişƥŀaaẏ
ui-theme-system = Ḿaaŧƈħ ŧħee şẏşŧeeḿ
ui-theme-light = Ŀiɠħŧ
ui-theme-dark = Ḓaařķ
ui-settings-large-text = Ŀaařɠeeř ŧeeẋŧ
ui-settings-data = Ẏoouuř ḓaaŧaa
ui-persist-yes = Ŧħiş ƀřooẇşeeř ħaaş aaɠřeeeeḓ ŧoo ķeeeeƥ Uƥřiɠħŧ'ş ḓaaŧaa.
ui-persist-no = Ŧħiş ƀřooẇşeeř ḿaaẏ ƈŀeeaař Uƥřiɠħŧ'ş ḓaaŧaa ẇħeeƞ şƥaaƈee řuuƞş ŀooẇ: eeẋƥoořŧ ƞooẇ aaƞḓ ŧħeeƞ.
ui-persist-unknown = Uƥřiɠħŧ aaşķş ŧħee ƀřooẇşeeř ŧoo ķeeeeƥ iŧş ḓaaŧaa aaƒŧeeř ẏoouuř ƒiřşŧ şaaṽeeḓ ẇoořķoouuŧ.
ui-settings-safety-info = Şaaƒeeŧẏ iƞƒoořḿaaŧiooƞ
ui-voice = Ṽooiƈee
ui-voice-default = Ɓřooẇşeeř ḓeeƒaauuŀŧ
ui-storage-note = Şaaƒaaři ḿaaẏ ḓeeŀeeŧee Uƥřiɠħŧ'ş ḓaaŧaa aaƒŧeeř 7 ḓaaẏş ẇiŧħoouuŧ uuşee, uuƞŀeeşş Uƥřiɠħŧ iş ooƞ ẏoouuř Ħooḿee Şƈřeeeeƞ. Aḓḓ iŧ (şeeee Iƞşŧaaŀŀ aaƀooṽee), aaƞḓ eeẋƥoořŧ ẏoouuř ħişŧoořẏ ƞooẇ aaƞḓ ŧħeeƞ.
ui-screen-on-ios = Ķeeeeƥ ŧħee şƈřeeeeƞ ooƞ: ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ḓoo iŧ ƀẏ iŧşeeŀƒ. Ƒooř ŧħee ẇoořķoouuŧ, şeeŧ Şeeŧŧiƞɠş → Ḓişƥŀaaẏ & Ɓřiɠħŧƞeeşş → Auuŧoo-Ŀooƈķ ŧoo Ƞeeṽeeř, ooř ŧaaƥ ŧħee şƈřeeeeƞ ƞooẇ aaƞḓ ŧħeeƞ.
ui-screen-on = Ķeeeeƥ ŧħee şƈřeeeeƞ ooƞ: ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ḓoo iŧ ƀẏ iŧşeeŀƒ. Ŧaaƥ ŧħee şƈřeeeeƞ ƞooẇ aaƞḓ ŧħeeƞ, ooř ŀeeƞɠŧħeeƞ ŧħee şƈřeeeeƞ ŧiḿeeoouuŧ iƞ ẏoouuř ƥħooƞee'ş şeeŧŧiƞɠş.

## Reminders

ui-reminders = Řeeḿiƞḓeeřş
ui-reminders-hint = Ƈħooooşee ḓaaẏş aaƞḓ aa ŧiḿee, ŧħeeƞ aaḓḓ ŧħeeḿ ŧoo ẏoouuř ƈaaŀeeƞḓaař: ẏoouuř ƈaaŀeeƞḓaař řeeḿiƞḓş ẏoouu, ƞoo aaƈƈoouuƞŧ ƞeeeeḓeeḓ. Aḓḓiƞɠ aa ƞeeẇ ƒiŀee uuƥḓaaŧeeş ŧħee şaaḿee eeṽeeƞŧ.
ui-reminder-days = Ḓaaẏş
ui-reminder-every-day = Eṽeeřẏ ḓaaẏ
ui-reminder-weekdays = Ẇeeeeķḓaaẏş
ui-reminder-time = Ŧiḿee
ui-reminder-none = Ƞoo ḓaaẏ ƈħooşeeƞ ẏeeŧ.
# $days: the chosen days in words; $time: the time of day.
ui-reminder-summary = Řeeḿiƞḓeeř { $days } aaŧ { $time }.
ui-reminder-add = Aḓḓ ŧoo ḿẏ ƈaaŀeeƞḓaař
ui-reminder-notify = Aŀşoo şħooẇ aa ƞooŧiƒiƈaaŧiooƞ ẇħeeƞ I ooƥeeƞ Uƥřiɠħŧ ooƞ aa řeeḿiƞḓeeř ḓaaẏ ƀeeƒoořee ḿẏ ẇoořķoouuŧ
ui-reminder-blocked = Ƞooŧiƒiƈaaŧiooƞş aařee ƀŀooƈķeeḓ ƒooř Uƥřiɠħŧ: ẏoouu ƈaaƞ aaŀŀooẇ ŧħeeḿ iƞ ŧħee ƀřooẇşeeř’ş şiŧee şeeŧŧiƞɠş.
ui-reminder-installed = Ŧħiş ẇoořķş ƀeeşŧ ẇiŧħ Uƥřiɠħŧ iƞşŧaaŀŀeeḓ ooƞ ẏoouuř ħooḿee şƈřeeeeƞ.

## Install

ui-install = Iƞşŧaaŀŀ
ui-install-text = Iƞşŧaaŀŀ Uƥřiɠħŧ ŧoo ooƥeeƞ iŧ ƒřooḿ ẏoouuř ħooḿee şƈřeeeeƞ, ƒuuŀŀ şƈřeeeeƞ aaƞḓ ooƒƒŀiƞee, ŀiķee aaƞẏ ooŧħeeř aaƥƥ.
ui-install-button = Iƞşŧaaŀŀ Uƥřiɠħŧ
ui-install-ios = Aḓḓ Uƥřiɠħŧ ŧoo ẏoouuř Ħooḿee Şƈřeeeeƞ: iŧ ooƥeeƞş ƒuuŀŀ şƈřeeeeƞ, ẇoořķş ooƒƒŀiƞee, aaƞḓ Şaaƒaaři ķeeeeƥş iŧş ḓaaŧaa.
# Safari's own button names, as an iPhone in this language shows them.
ui-ios-share = Şħaařee
ui-ios-add-home = Aḓḓ ŧoo Ħooḿee Şƈřeeeeƞ
ui-ios-add = Aḓḓ
# $share: ui-ios-share.
ui-install-step-share = Ŧaaƥ { $share } iƞ Şaaƒaaři'ş ŧooooŀƀaař.
# $home: ui-ios-add-home; $add: ui-ios-add.
ui-install-step-add = Ƈħooooşee { $home }, ŧħeeƞ { $add }.

## Update

ui-update-ready = A ƞeeẇ ṽeeřşiooƞ ooƒ Uƥřiɠħŧ iş řeeaaḓẏ.
ui-update-now = Uƥḓaaŧee ƞooẇ
ui-updating = Uƥḓaaŧiƞɠ…

## Screening

ui-doctor-title = Ƥŀeeaaşee şeeee aa ḓooƈŧooř ƒiřşŧ
ui-doctor-lead = Ẇiŧħ ooƞee ooƒ ŧħeeşee şiɠƞş, eeẋeeřƈişee şħoouuŀḓ ẇaaiŧ uuƞŧiŀ aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ ħaaş ŀooooķeeḓ aaŧ ẏoouuř ƀaaƈķ. Uƥřiɠħŧ ẇiŀŀ ƞooŧ şŧaařŧ aa ẇoořķoouuŧ ƒooř ƞooẇ.
ui-doctor-urgent = Ŧřoouuƀŀee ƈooƞŧřooŀŀiƞɠ ẏoouuř ƀŀaaḓḓeeř ooř ƀooẇeeŀş, ooř ƞuuḿƀƞeeşş ooř ẇeeaaķƞeeşş iƞ ẏoouuř ŀeeɠş ŧħaaŧ iş ƞeeẇ ooř ɠeeŧŧiƞɠ ẇoořşee, ƞeeeeḓş ƈaařee ŧooḓaaẏ: ƈaaŀŀ ẏoouuř ḓooƈŧooř, ooř ẏoouuř ŀooƈaaŀ eeḿeeřɠeeƞƈẏ ƞuuḿƀeeř.
ui-doctor-return = Oƞƈee aa ḓooƈŧooř ħaaş şaaiḓ ŧħeeşee eeẋeeřƈişeeş aařee ƒiƞee ƒooř ẏoouu, ƈooḿee ƀaaƈķ aaƞḓ ƈħooooşee “I uuƞḓeeřşŧaaƞḓ”.
ui-doctor-back = Ɓaaƈķ ŧoo ŧħee ŀişŧ

## Notices

ui-storage-full = Şŧoořaaɠee iş ƒuuŀŀ: iƒ ŧħiş ƥaaɠee řeeŀooaaḓş, ŧħee ẇoořķoouuŧ ẇiŀŀ řeeşŧaařŧ ƒřooḿ ŧħee ƀeeɠiƞƞiƞɠ.
# $why: the rule the saved workout breaks.
ui-resume-failed-limits = Ŧħee ẇoořķoouuŧ iƞ ƥřooɠřeeşş ƈoouuŀḓ ƞooŧ ƀee řeeşuuḿeeḓ: iŧ ƀřeeaaķş ŧħee řoouuŧiƞee'ş ŀiḿiŧş ({ $why }). Iŧ ẇaaş ķeeƥŧ aaşiḓee aaƞḓ ẏoouu ƈaaƞ ḓooẇƞŀooaaḓ iŧ.
ui-resume-failed-unreadable = Ŧħee ẇoořķoouuŧ iƞ ƥřooɠřeeşş ƈoouuŀḓ ƞooŧ ƀee řeeşuuḿeeḓ: iŧş şaaṽeeḓ şŧaaŧee ẇaaş uuƞřeeaaḓaaƀŀee. Iŧ ẇaaş ķeeƥŧ aaşiḓee aaƞḓ ẏoouu ƈaaƞ ḓooẇƞŀooaaḓ iŧ.
ui-pain-choose-first = Ƈħooooşee aa ƞuuḿƀeeř ƒiřşŧ: ħooẇ ḓooeeş ẏoouuř ƀaaƈķ ƒeeeeŀ řiɠħŧ ƞooẇ?
# $pain: 0 to 10.
ui-pain-logged = Ŀooɠɠeeḓ: ẏoouuř ƀaaƈķ ƒeeeeŀş { $pain } oouuŧ ooƒ 10 ŧooḓaaẏ. Iŧ şħooẇş iƞ Ħişŧoořẏ.
ui-file-refused = Ŧħee ƀřooẇşeeř řeeƒuuşeeḓ ŧoo ƈřeeaaŧee ŧħee ƒiŀee.
# $size: the largest file read, in MB.
ui-file-too-large = Ŧħaaŧ ƒiŀee iş ŀaařɠeeř ŧħaaƞ { $size } ḾƁ: iŧ iş ƞooŧ aaƞ Uƥřiɠħŧ eeẋƥoořŧ.
ui-file-unreadable = Ŧħee ƒiŀee ƈoouuŀḓ ƞooŧ ƀee řeeaaḓ.
ui-panic = Şooḿeeŧħiƞɠ ẇeeƞŧ ẇřooƞɠ aaƞḓ Uƥřiɠħŧ şŧooƥƥeeḓ. Ẏoouuř şaaṽeeḓ ẇoořķoouuŧş aařee uuƞŧoouuƈħeeḓ. Řeeŀooaaḓ ŧoo ƈaařřẏ ooƞ; iƒ iŧ ħaaƥƥeeƞş aaɠaaiƞ, ḓooẇƞŀooaaḓ ẏoouuř ḓaaŧaa ŧoo ķeeeeƥ aa ƈooƥẏ.
ui-panic-download = Ḓooẇƞŀooaaḓ ḿẏ ḓaaŧaa
ui-panic-reload = Řeeŀooaaḓ

## The report

ui-report-intro = Ƥřiƞŧ iŧ, ooř şaaṽee iŧ aaş aa ƤḒƑ ƒřooḿ ŧħee ƥřiƞŧ ẇiƞḓooẇ, aaƞḓ ŧaaķee iŧ ŧoo ẏoouuř aaƥƥooiƞŧḿeeƞŧ. Ƞooŧħiƞɠ ŀeeaaṽeeş ŧħiş ḓeeṽiƈee uuƞŀeeşş ẏoouu şħaařee iŧ.
ui-report-period = Ƥeeřiooḓ
ui-report-with-notes = Iƞƈŀuuḓee ḿẏ ƞooŧeeş
ui-report-print = Ƥřiƞŧ ooř şaaṽee aaş ƤḒƑ
ui-report-title = Ħooḿee eeẋeeřƈişee aaƞḓ ƀaaƈķ ƥaaiƞ
ui-report-fill = Ƞaaḿee: ______________________   Ḓaaŧee ooƒ ƀiřŧħ: ______________
# $date: the day the report was made.
ui-report-made = Ḿaaḓee ẇiŧħ Uƥřiɠħŧ ooƞ { $date }, ƒřooḿ ẇħaaŧ ŧħee ƥeeřşooƞ řeeƈoořḓeeḓ ooƞ ŧħeeiř ooẇƞ ḓeeṽiƈee.
ui-report-routine = Ŧħee řoouuŧiƞee: ƀaaƈķ ƀřiḓɠee, ƈřuuƞƈħeeş, ƈoořee ƀřeeaaŧħ, ŀeeɠ şẇiƞɠş aaƞḓ ḿiḓ-ƀaaƈķ şŧřeeŧƈħeeş, ḓooƞee aaŧ ħooḿee.
ui-report-workouts = Ẇoořķoouuŧş
ui-report-completed = Ḓooƞee ŧoo ŧħee eeƞḓ
ui-report-workout-days = Ḓaaẏş ẇiŧħ aa ẇoořķoouuŧ
# $days of $span days of the period.
ui-report-days-of = { $days } ooƒ { $span }
ui-report-per-week = Ƥeeř ẇeeeeķ, ooƞ aaṽeeřaaɠee
ui-report-time = Ŧiḿee eeẋeeřƈişiƞɠ
ui-report-stops = “Ŧħiş ħuuřŧş” şŧooƥş
ui-report-per-week-title = Ẇoořķoouuŧş ƥeeř ẇeeeeķ
ui-report-per-month-title = Ẇoořķoouuŧş ƥeeř ḿooƞŧħ
ui-report-workouts-table = Ẇoořķoouuŧş, ŧaaƀŀee
ui-report-day = Ḓaaẏ
ui-report-week = Ẇeeeeķ
ui-report-month = Ḿooƞŧħ
ui-report-days = Ḓaaẏş
ui-report-pain-title = Ƥaaiƞ ƀeeƒoořee aaƞḓ aaƒŧeeř ẇoořķoouuŧş
ui-report-pain-day = Řaaŧiƞɠş ƒřooḿ 0 (ƞoo ƥaaiƞ) ŧoo 10 (ẇoořşŧ), aaş ŧħee ƥeeřşooƞ ɠaaṽee ŧħeeḿ.
ui-report-pain-week = Řaaŧiƞɠş ƒřooḿ 0 (ƞoo ƥaaiƞ) ŧoo 10 (ẇoořşŧ): aaṽeeřaaɠeeş ooƒ ŧħee řaaŧeeḓ ḓaaẏş ooƒ eeaaƈħ ẇeeeeķ.
ui-report-pain-month = Řaaŧiƞɠş ƒřooḿ 0 (ƞoo ƥaaiƞ) ŧoo 10 (ẇoořşŧ): aaṽeeřaaɠeeş ooƒ ŧħee řaaŧeeḓ ḓaaẏş ooƒ eeaaƈħ ḿooƞŧħ.
# $count: workouts with both ratings; $before and $after: averages.
ui-report-around =
    { $count ->
        [one] Oṽeeř ŧħee { $count } ẇoořķoouuŧ ẇiŧħ ƀooŧħ řaaŧiƞɠş, ƥaaiƞ aaṽeeřaaɠeeḓ { $before } ƀeeƒoořee aa ẇoořķoouuŧ aaƞḓ { $after } aaƒŧeeř iŧ.
       *[other] Oṽeeř ŧħee { $count } ẇoořķoouuŧş ẇiŧħ ƀooŧħ řaaŧiƞɠş, ƥaaiƞ aaṽeeřaaɠeeḓ { $before } ƀeeƒoořee aa ẇoořķoouuŧ aaƞḓ { $after } aaƒŧeeř iŧ.
    }
# $early and $late: averages of the first and the last week rated.
ui-report-change = Ƥaaiƞ ƀeeƒoořee ẇoořķoouuŧş aaṽeeřaaɠeeḓ { $early } iƞ ŧħee ƒiřşŧ ẇeeeeķ řaaŧeeḓ aaƞḓ { $late } iƞ ŧħee ŀaaşŧ.
ui-report-rest-title = Ḓaaẏş řaaŧeeḓ ẇiŧħoouuŧ aa ẇoořķoouuŧ
ui-report-no-rest = Ƞoo ḓaaẏ ẇaaş řaaŧeeḓ ẇiŧħoouuŧ aa ẇoořķoouuŧ.
ui-report-stops-title = Eẋeeřƈişeeş şŧooƥƥeeḓ ẇiŧħ “ŧħiş ħuuřŧş”
ui-report-no-stops = Ƞoo eeẋeeřƈişee ẇaaş şŧooƥƥeeḓ ẇiŧħ “ŧħiş ħuuřŧş”.
ui-report-stops-table = Eẋeeřƈişeeş şŧooƥƥeeḓ, ŧaaƀŀee
ui-report-time-col = Ŧiḿee
ui-report-exercise = Eẋeeřƈişee
ui-report-done-before = Ḓooƞee ƀeeƒoořee şŧooƥƥiƞɠ
ui-report-pain = Ƥaaiƞ
# $before, $after: ratings of a workout stopped with "this hurts".
ui-report-pain-both = { $before } → { $after }
ui-report-pain-before = { $before } ƀeeƒoořee
ui-report-pain-after = { $after } aaƒŧeeř
ui-report-warnings-title = Ẇaařƞiƞɠş şħooẇƞ
ui-report-no-warnings = Uƥřiɠħŧ ḓiḓ ƞooŧ şħooẇ iŧş “şeeee aa ḓooƈŧooř” ẇaařƞiƞɠ iƞ ŧħiş ƥeeřiooḓ.
ui-report-warning = Uƥřiɠħŧ şuuɠɠeeşŧeeḓ şeeeeiƞɠ aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ.
# $why: what the ratings showed.
ui-report-warning-why = Ẇħaaŧ ŧħee řaaŧiƞɠş şħooẇeeḓ ŧħeeƞ: { $why }
ui-report-levels-title = Eaaƈħ eeẋeeřƈişee’ş ŀeeṽeeŀ ooṽeeř ŧiḿee
ui-report-levels-table = Ŀeeṽeeŀş, ŧaaƀŀee
ui-report-planned = Ƥŀaaƞƞeeḓ
ui-report-level = Ŀeeṽeeŀ
ui-report-in-full = Ḓooƞee iƞ ƒuuŀŀ
ui-report-not-done = Ƞooŧ iƞ aaƞẏ ẇoořķoouuŧ ooƒ ŧħiş ƥeeřiooḓ.
ui-report-free = ƈħooşeeƞ ƒřeeeeŀẏ
# Level $level of $count.
ui-report-level-of = { $level } ooƒ { $count }
ui-report-notes-title = Ŧħee ƥeeřşooƞ’ş ƞooŧeeş
ui-report-no-pain = Ƞoo ƥaaiƞ ẇaaş řaaŧeeḓ iƞ ŧħiş ƥeeřiooḓ.
ui-report-pain-table = Ƥaaiƞ, ŧaaƀŀee
ui-report-before = Ɓeeƒoořee
ui-report-after = Aƒŧeeř
ui-report-on-its-own = Oƞ iŧş ooẇƞ
ui-report-pain-chart = Ƥaaiƞ ƈħaařŧ: ŧħee ƞuuḿƀeeřş aařee iƞ ŧħee ŧaaƀŀee ƀeeşiḓee iŧ.
ui-report-workouts-chart = Ẇoořķoouuŧş ƈħaařŧ: ŧħee ƞuuḿƀeeřş aařee iƞ ŧħee ŧaaƀŀee ƀeeşiḓee iŧ.
ui-report-key-before = ƀeeƒoořee aa ẇoořķoouuŧ
ui-report-key-after = aaƒŧeeř
ui-report-key-own = řaaŧeeḓ ooƞ iŧş ooẇƞ (ƞoo ẇoořķoouuŧ)
ui-report-foot = Uƥřiɠħŧ iş aa ħooḿee eeẋeeřƈişee ƈooaaƈħ, ƞooŧ aa ḿeeḓiƈaaŀ ḓeeṽiƈee; iŧ ķeeeeƥş eeṽeeřẏŧħiƞɠ ooƞ ŧħee ḓeeṽiƈee aaƞḓ şeeƞŧ ƞooŧħiƞɠ aaƞẏẇħeeřee ŧoo ḿaaķee ŧħiş řeeƥoořŧ.
