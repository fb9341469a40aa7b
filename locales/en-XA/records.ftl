# The records' words (src/progress, src/store): results, history, the
# report, reminders and the exported files.


## Numbers, lengths, dates

# A number with one decimal: $whole and $tenth (0-9), "4.5".
records-decimal = { $whole }.{ $tenth }
records-seconds = { $s } ş
records-minutes = { $m } ḿiƞ
records-minutes-seconds = { $m } ḿiƞ { $s } ş
# $month: 1-12, as it stands in a date.
records-month-name =
    { $month ->
        [1] Ĵaaƞ
        [2] Ƒeeƀ
        [3] Ḿaař
        [4] Aƥř
        [5] Ḿaaẏ
        [6] Ĵuuƞ
        [7] Ĵuuŀ
        [8] Auuɠ
        [9] Şeeƥ
        [10] Oƈŧ
        [11] Ƞooṽ
       *[12] Ḓeeƈ
    }
# $month: 1-12, short, as the charts' labels show it.
records-month-short =
    { $month ->
        [1] Ĵaaƞ
        [2] Ƒeeƀ
        [3] Ḿaař
        [4] Aƥř
        [5] Ḿaaẏ
        [6] Ĵuuƞ
        [7] Ĵuuŀ
        [8] Auuɠ
        [9] Şeeƥ
        [10] Oƈŧ
        [11] Ƞooṽ
       *[12] Ḓeeƈ
    }
# A day, "20 Nov 2026": $month is records-month-name.
records-date = { $day } { $month } { $year }
# A day without its year, "20 Nov" (the charts' labels): $month is records-month-short.
records-date-short = { $day } { $month }
# A calendar month, "Nov 2026": $month is records-month-name.
records-month = { $month } { $year }
# $weekday: 1 (Monday) to 7 (Sunday).
records-weekday =
    { $weekday ->
        [1] Ḿooƞḓaaẏ
        [2] Ŧuueeşḓaaẏ
        [3] Ẇeeḓƞeeşḓaaẏ
        [4] Ŧħuuřşḓaaẏ
        [5] Ƒřiḓaaẏ
        [6] Şaaŧuuřḓaaẏ
       *[7] Şuuƞḓaaẏ
    }
records-weekday-short =
    { $weekday ->
        [1] Ḿooƞ
        [2] Ŧuuee
        [3] Ẇeeḓ
        [4] Ŧħuu
        [5] Ƒři
        [6] Şaaŧ
       *[7] Şuuƞ
    }
# A day with its weekday, "Fri 20 Nov 2026": $date is records-date.
records-day = { $weekday } { $date }
# Two days, each a records-date.
records-range = { $from } ŧoo { $to }
# A time of day, "07:30".
records-time = { $hour }:{ $minute }

## What was done of an exercise, against its plan

records-done-holds = { $done } ooƒ { $planned } ħooŀḓş
# $held: a length, records-minutes-seconds.
records-done-holds-held = { $done } ooƒ { $planned } ħooŀḓş, { $held } ħeeŀḓ
records-done-reps = { $reps } řeeƥş iƞ { $sets } ooƒ { $planned_sets } şeeŧş ooƒ { $planned_reps }
records-done-breaths = { $done } ooƒ { $planned } ƀřeeaaŧħş
records-done-rounds = { $done } ooƒ { $planned } řoouuƞḓş
records-done-rounds-time = { $done } ooƒ { $planned } řoouuƞḓş, { $time } iƞ aaŀŀ
records-done-stretches = { $cobras } ooƒ { $planned_cobras } ƈooƀřaaş, { $reaches } ooƒ { $planned_reaches } şiḓee řeeaaƈħeeş

## One exercise of a workout as a line: $name, $done (records-done-…),
## $rest in seconds, $flag (records-flag-…)

records-flag-pain = şŧooƥƥeeḓ: iŧ ħuuřŧ
records-flag-skipped = şķiƥƥeeḓ
records-line = { $name }: { $done }
records-line-rest = { $name }: { $done }, { $rest } ş řeeşŧ
records-line-flag = { $name }: { $done } — { $flag }
records-line-rest-flag = { $name }: { $done }, { $rest } ş řeeşŧ — { $flag }
records-line-only-flag = { $name }: { $flag }

## The summary after a workout

records-nothing-done = Şŧaařŧeeḓ, ƞooŧħiƞɠ ḓooƞee
records-title-pain = Ẏoouu şŧooƥƥeeḓ ẇħeeƞ iŧ ħuuřŧ: ŧħee řiɠħŧ ƈaaŀŀ. Řeeşŧ aaƞḓ ɠoo ɠeeƞŧŀẏ.
records-title-done = Ẇoořķoouuŧ ḓooƞee
records-title-early = Ẇoořķoouuŧ eeƞḓeeḓ eeaařŀẏ
records-felt-easy = Eaaşẏ
records-felt-good = Aƀoouuŧ řiɠħŧ
records-felt-hard = Ħaařḓ

## History

records-stats-none = Ƞoo ẇoořķoouuŧş řeeƈoořḓeeḓ ẏeeŧ.
records-stats =
    { $total ->
        [one] 1 ẇoořķoouuŧ
       *[other] { $total } ẇoořķoouuŧş
    } řeeƈoořḓeeḓ, { $week } iƞ ŧħee ŀaaşŧ 7 ḓaaẏş; ƈuuřřeeƞŧ şŧřeeaaķ { $current ->
        [one] 1 ḓaaẏ
       *[other] { $current } ḓaaẏş
    }, ŀooƞɠeeşŧ { $longest ->
        [one] 1 ḓaaẏ
       *[other] { $longest } ḓaaẏş
    }.
# $unit: "week" or "day", $n of them.
records-stats-pain-same =
    Ƥaaiƞ ƀeeƒoořee ẇoořķoouuŧş şŧaaẏeeḓ aařoouuƞḓ { $from } ooṽeeř ŧħee ŀaaşŧ { $unit ->
        [week]
            { $n ->
                [one] 1 ẇeeeeķ
               *[other] { $n } ẇeeeeķş
            }
       *[day]
            { $n ->
                [one] 1 ḓaaẏ
               *[other] { $n } ḓaaẏş
            }
    }.
records-stats-pain-change =
    Ƥaaiƞ ƀeeƒoořee ẇoořķoouuŧş ẇeeƞŧ ƒřooḿ { $from } ŧoo { $to } ooṽeeř { $unit ->
        [week]
            { $n ->
                [one] 1 ẇeeeeķ
               *[other] { $n } ẇeeeeķş
            }
       *[day]
            { $n ->
                [one] 1 ḓaaẏ
               *[other] { $n } ḓaaẏş
            }
    }.

## Import

records-imported-empty = Iḿƥoořŧeeḓ ŧħee ƒiŀee: iŧ ħeeŀḓ ƞoo şeeşşiooƞş.
records-imported-all-new =
    { $count ->
        [one] Iḿƥoořŧeeḓ 1 şeeşşiooƞ: iŧ iş ƞeeẇ.
       *[other] Iḿƥoořŧeeḓ { $count } şeeşşiooƞş: aaŀŀ ƞeeẇ.
    }
records-imported-none-new =
    { $count ->
        [one] Iḿƥoořŧeeḓ 1 şeeşşiooƞ: aaŀŀ ẇeeřee aaŀřeeaaḓẏ ħeeřee, ƞooŧħiƞɠ ƞeeẇ.
       *[other] Iḿƥoořŧeeḓ { $count } şeeşşiooƞş: aaŀŀ ẇeeřee aaŀřeeaaḓẏ ħeeřee, ƞooŧħiƞɠ ƞeeẇ.
    }
records-imported-some-new = Iḿƥoořŧeeḓ { $count } şeeşşiooƞş: { $added } ƞeeẇ, ŧħee řeeşŧ ẇeeřee aaŀřeeaaḓẏ ħeeřee.

## Answers to what the person did (settings, ratings, suggestions)

records-pain-range = Ƈħooooşee aa ƞuuḿƀeeř ƒřooḿ 0 ŧoo 10.
records-no-such-workout = Ŧħaaŧ ẇoořķoouuŧ iş ƞooŧ iƞ ẏoouuř ħişŧoořẏ.
records-pain-logged = Ŀooɠɠeeḓ: ẏoouuř ƀaaƈķ ƒeeeeŀş { $pain } oouuŧ ooƒ 10 ŧooḓaaẏ. Iŧ şħooẇş iƞ Ħişŧoořẏ.
# $name: the exercise; $level: its new level's label.
records-next-level = Ƒřooḿ ẏoouuř ƞeeẋŧ ẇoořķoouuŧ: { $name }, { $level }.
records-stretches-always = Ŧħee şŧřeeŧƈħeeş ƈooḿee aaƒŧeeř eeṽeeřẏ ẇoořķoouuŧ: ŧħeeẏ ƈaaƞƞooŧ ƀee ŀeeƒŧ oouuŧ.
records-stretches-fixed = Ŧħee şŧřeeŧƈħeeş şŧaaẏ ŧħee şaaḿee eeṽeeřẏ ŧiḿee: ŧħeeẏ ḓoo ƞooŧ ƥřooɠřeeşş.
records-swing-rest = Řeeşŧ aaŧ ŀeeaaşŧ { $min } ş ƀeeŧẇeeeeƞ ŀeeɠ şẇiƞɠş.
records-crunch-rest = Řeeşŧ aaƀoouuŧ { $about } ş ƀeeŧẇeeeeƞ ƈřuuƞƈħ şeeŧş: ƈħooooşee { $min } ŧoo { $max } ş.
# $name: one of records-limit-….
records-limit = { $name }: ƈħooooşee { $min } ŧoo { $max } ş.
records-limit-get-ready = Ɠeeŧ řeeaaḓẏ
records-limit-breath = Oƞee şŀooẇ ƀřeeaaŧħ
records-limit-bridge-rest = Řeeşŧ ƀeeŧẇeeeeƞ ƀřiḓɠeeş
records-limit-change = Ŧiḿee ŧoo ƈħaaƞɠee ƥooşiŧiooƞ
records-limit-crunch-rest = Řeeşŧ ƀeeŧẇeeeeƞ ƈřuuƞƈħ şeeŧş
records-limit-swing-rest = Řeeşŧ ƀeeŧẇeeeeƞ ŀeeɠ şẇiƞɠş
records-core-breaths = Ƈħooooşee ƀeeŧẇeeeeƞ 1 aaƞḓ { $max } ƈoořee ƀřeeaaŧħş.
records-volume = Ṽooŀuuḿee ɠooeeş ƒřooḿ 0 ŧoo 100%.
records-no-level = { $name } ħaaş ƞoo ŀeeṽeeŀ { $level }.
records-one-step = { $name } ḿooṽeeş ooƞee şŧeeƥ aaŧ aa ŧiḿee; ƈħooooşee ŧħee ƞeeẋŧ ŀeeṽeeŀ uuƥ ooř ḓooẇƞ.
records-not-a-choice = Ŧħaaŧ ƈħooiƈee iş ƞooŧ ƥaařŧ ooƒ ŧħiş şuuɠɠeeşŧiooƞ.
# One exercise raised by more than a step: $from and $to are level labels.
records-jump = { $name } ƒřooḿ { $from } ŧoo { $to } ({ $steps } şŧeeƥş aaŧ ooƞƈee)
# Two items: $first may itself be a records-and.
records-and = { $first } aaƞḓ { $then }
# $jumps: one or more records-jump.
records-jump-question = Ẏoouu aařee řaaişiƞɠ { $jumps }. Ŧħee řoouuŧiƞee ƀuuiŀḓş uuƥ şŀooẇŀẏ: ooƞee şŧeeƥ aaŧ aa ŧiḿee, aaƞḓ ooƞŀẏ ooƞƈee ŧħee ƈuuřřeeƞŧ şŧeeƥ ƒeeeeŀş eeaaşẏ aaƞḓ ŀeeaaṽeeş ẏoouuř ƀaaƈķ ƞoo ẇoořşee. Uƥřiɠħŧ ooƒƒeeřş eeaaƈħ şŧeeƥ ẇħeeƞ ẏoouuř ẇoořķoouuŧş şħooẇ ẏoouu aařee řeeaaḓẏ. Řaaişee iŧ aaƞẏẇaaẏ?

## Suggestions: a step up, a step back or a pause; $name is the exercise,
## $level a level's label

records-step-back = { $name } ħuuřŧ ŀaaşŧ ŧiḿee. Ɠoo ooƞee şŧeeƥ eeaaşieeř, ŧoo { $level }, uuƞŧiŀ iŧ ƒeeeeŀş ƈooḿƒoořŧaaƀŀee aaɠaaiƞ?
records-stay-start = { $name } ħuuřŧ ŀaaşŧ ŧiḿee. Ķeeeeƥ iŧ aaŧ ŧħee şŧaařŧ aaƞḓ ḿooṽee ɠeeƞŧŀẏ; iƒ iŧ ķeeeeƥş ħuuřŧiƞɠ, ŀeeaaṽee iŧ oouuŧ aaƞḓ aaşķ aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ.
records-stay-pain = Ẏoouuř ƀaaƈķ ħuuřŧ ḿoořee aaƒŧeeř ŧħee ŀaaşŧ ẇoořķoouuŧ. Ķeeeeƥ { $name } aaŧ { $level } ƒooř ƞooẇ; şŧeeƥ uuƥ ooƞŀẏ ooƞƈee ẇoořķoouuŧş ŀeeaaṽee ẏoouuř ƀaaƈķ ƞoo ẇoořşee.
records-rate-pain = Ẏoouuř ẇoořķoouuŧş aařee ɠooiƞɠ ẇeeŀŀ. Ɓeeƒoořee Uƥřiɠħŧ ooƒƒeeřş aa ƞeeẋŧ şŧeeƥ, řaaŧee ħooẇ ẏoouuř ƀaaƈķ ƒeeeeŀş ƀeeƒoořee ooř aaƒŧeeř ẏoouuř ƞeeẋŧ ẇoořķoouuŧş, şoo iŧ ƈaaƞ ŧeeŀŀ ŧħee eeẋŧřaa ẇoořķ şuuiŧş ẏoouu.
records-up-crunch-top = Řeeaaḓẏ ƒooř ŧħee ŀaaşŧ ƈřuuƞƈħ şŧeeƥ? Ƥiƈķ 4 şeeŧş ooƒ 25 ooř 5 şeeŧş ooƒ 20: eeiŧħeeř ḿaaķeeş 100, ŧħee ḿooşŧ aa şeeşşiooƞ şħoouuŀḓ eeṽeeř ħooŀḓ.
records-up-crunch-reps = Řeeaaḓẏ ƒooř { $reps } ƈřuuƞƈħeeş aa şeeŧ?
records-up-crunch-sets = Řeeaaḓẏ ƒooř { $sets } şeeŧş ooƒ { $reps } ƈřuuƞƈħeeş?
records-up-ball = Ƒoouuř ƀřiḓɠeeş ƒeeeeŀ eeaaşẏ ƞooẇ. Řeeaaḓẏ ŧoo ŧřẏ ŧħeeḿ ẇiŧħ ẏoouuř ķƞeeeeş ooṽeeř aaƞ eeẋeeřƈişee ƀaaŀŀ?
records-up-ball-bridges = Řeeaaḓẏ ƒooř { $repeats } ƀaaŀŀ ƀřiḓɠeeş ooƒ { $seconds } şeeƈooƞḓş?
records-up-bridges = Řeeaaḓẏ ƒooř { $repeats } ƀřiḓɠeeş ooƒ { $seconds } şeeƈooƞḓş?
records-up-swings = Eṽeeřẏ řoouuƞḓ ƒeeeeŀş eeaaşẏ ƞooẇ. Řeeaaḓẏ ŧoo şẇiƞɠ ŀooƞɠeeř ẇħeeƞ ẏoouu ŀiķee, { $seconds } şeeƈooƞḓş ḿoořee aaŧ aa ŧiḿee, uuƞŧiŀ ẏoouu aařee ŧiřeeḓ?
# $dosage: the new dosage in words.
records-up-other = Řeeaaḓẏ ƒooř { $dosage }?

## Records dated after today, set aside when the history is read

records-set-aside =
    { $ratings ->
        [0]
            { $workouts ->
                [one] 1 ẇoořķoouuŧ
               *[other] { $workouts } ẇoořķoouuŧş
            }
       *[other]
            { $workouts ->
                [0]
                    { $ratings ->
                        [one] 1 ƥaaiƞ řaaŧiƞɠ
                       *[other] { $ratings } ƥaaiƞ řaaŧiƞɠş
                    }
                [one]
                    1 ẇoořķoouuŧ aaƞḓ { $ratings ->
                        [one] 1 ƥaaiƞ řaaŧiƞɠ
                       *[other] { $ratings } ƥaaiƞ řaaŧiƞɠş
                    }
               *[other]
                    { $workouts } ẇoořķoouuŧş aaƞḓ { $ratings ->
                        [one] 1 ƥaaiƞ řaaŧiƞɠ
                       *[other] { $ratings } ƥaaiƞ řaaŧiƞɠş
                    }
            }
    } şaaṽeeḓ ħeeřee { $count ->
        [one] iş
       *[other] aařee
    } ḓaaŧeeḓ aaƒŧeeř ŧooḓaaẏ (ƒřooḿ { $from }): ŧħiş ḓeeṽiƈee'ş ƈŀooƈķ ḿaaẏ ħaaṽee ƀeeeeƞ ƈħaaƞɠeeḓ, ooř ŧħee şaaṽeeḓ ḓaaŧaa iş ḓaaḿaaɠeeḓ. Ŧħeeẏ ẇeeřee şeeŧ aaşiḓee, şoo şuuɠɠeeşŧiooƞş, ŧħee ḓaaẏ'ş ƈřuuƞƈħ ŀiḿiŧ aaƞḓ ŧħee ƥaaiƞ ẇaařƞiƞɠ ḓoo ƞooŧ uuşee ŧħeeḿ, aaƞḓ ŧħee oořiɠiƞaaŀ ŧeeẋŧ iş ķeeƥŧ: ẏoouu ƈaaƞ ḓooẇƞŀooaaḓ iŧ.

## The report

records-period-4w = Ŀaaşŧ 4 ẇeeeeķş
records-period-3m = Ŀaaşŧ 3 ḿooƞŧħş
records-period-all = Eṽeeřẏŧħiƞɠ řeeƈoořḓeeḓ

## Reminders

records-days-every = eeṽeeřẏ ḓaaẏ
records-days-workdays = ẇeeeeķḓaaẏş (Ḿooƞḓaaẏ ŧoo Ƒřiḓaaẏ)
records-days-none = ƞoo ḓaaẏ
# $rest: weekday names joined by ", ".
records-days-and = { $rest } aaƞḓ { $last }
records-ics-summary = Uƥřiɠħŧ: ƀaaƈķ řoouuŧiƞee
records-ics-text = Ŧiḿee ƒooř ẏoouuř ƀaaƈķ řoouuŧiƞee: aaƀoouuŧ { $minutes } ḿiƞuuŧeeş ẇiŧħ Uƥřiɠħŧ. Oƥeeƞ Uƥřiɠħŧ aaƞḓ ŧaaƥ Şŧaařŧ; şŧooƥ ẇħaaŧeeṽeeř ħuuřŧş.
records-notification = Ẏoouuř ƀaaƈķ řoouuŧiƞee iş ẇaaiŧiƞɠ: aaƀoouuŧ { $minutes } ḿiƞuuŧeeş. Ŧaaƥ ŧoo ooƥeeƞ Uƥřiɠħŧ.
records-ics-no-day = Ƈħooooşee aaŧ ŀeeaaşŧ ooƞee ḓaaẏ ƒooř ŧħee řeeḿiƞḓeeř.

## The spreadsheet (CSV) export: column names, and yes/no cells

records-csv-date = ḓaaŧee
records-csv-start = şŧaařŧ ŧiḿee
records-csv-minutes = ḓuuřaaŧiooƞ ḿiƞ
records-csv-completed = ƈooḿƥŀeeŧeeḓ
records-csv-pain-before = ƥaaiƞ ƀeeƒoořee
records-csv-pain-after = ƥaaiƞ aaƒŧeeř
records-csv-felt = ƒeeŀŧ
records-csv-holds = ƀřiḓɠee ħooŀḓş
records-csv-reps = ƈřuuƞƈħ řeeƥş
records-csv-sets = ƈřuuƞƈħ şeeŧş
records-csv-breaths = ƈoořee ƀřeeaaŧħş
records-csv-sides = şẇiƞɠ şiḓeeş
records-csv-stretches = şŧřeeŧƈħeeş ḓooƞee
records-csv-skipped = şķiƥƥeeḓ eeẋeeřƈişeeş
records-csv-stopped = şŧooƥƥeeḓ ƒooř ƥaaiƞ
records-csv-note = ƞooŧee
records-csv-yes = ẏeeş
records-csv-no = ƞoo
records-csv-partly = ƥaařŧŀẏ

## Storage: what the person is told when saved data cannot be read or written

records-unreadable = Şooḿee şaaṽeeḓ ḓaaŧaa ƈoouuŀḓ ƞooŧ ƀee řeeaaḓ.
records-kept-aside = Uƥřiɠħŧ şŧaařŧeeḓ ẇiŧħ eeṽeeřẏŧħiƞɠ iŧ ƈoouuŀḓ řeeaaḓ aaƞḓ ķeeƥŧ ŧħee oořiɠiƞaaŀ ŧeeẋŧ aaşiḓee: ẏoouu ƈaaƞ ḓooẇƞŀooaaḓ iŧ.
records-not-kept-aside = Ŧħee oořiɠiƞaaŀ ŧeeẋŧ ƈoouuŀḓ ƞooŧ ƀee şeeŧ aaşiḓee, şoo Uƥřiɠħŧ ẇiŀŀ ƞooŧ ooṽeeřẇřiŧee iŧ: ḓooẇƞŀooaaḓ iŧ ƀeeƒoořee şaaṽiƞɠ ƞeeẇ ẇoořķoouuŧş.
records-storage-full = Ŧħiş ḓeeṽiƈee'ş şŧoořaaɠee ƒooř Uƥřiɠħŧ iş ƒuuŀŀ. Ẏoouuř ẇoořķoouuŧş aařee şaaƒee iƞ ŧħiş ƥaaɠee ƒooř ƞooẇ: eeẋƥoořŧ ŧħeeḿ şoo ƞooŧħiƞɠ iş ŀooşŧ.
records-storage-refused = Ŧħiş ƀřooẇşeeř ḓiḓ ƞooŧ ŀeeŧ Uƥřiɠħŧ şaaṽee. Ẏoouuř ẇoořķoouuŧş aařee şaaƒee iƞ ŧħiş ƥaaɠee ƒooř ƞooẇ: eeẋƥoořŧ ŧħeeḿ şoo ƞooŧħiƞɠ iş ŀooşŧ.
records-no-storage = Ŧħiş ƀřooẇşeeř ḓooeeş ƞooŧ ŀeeŧ Uƥřiɠħŧ ķeeeeƥ ḓaaŧaa, şoo ħişŧoořẏ ŀaaşŧş ooƞŀẏ uuƞŧiŀ ẏoouu ƈŀooşee ŧħee ƥaaɠee. Eẋƥoořŧ ƀeeƒoořee ẏoouu ŀeeaaṽee.
records-held-in-page = Ẏoouuř ƞeeẇ ḓaaŧaa iş ķeeƥŧ iƞ ŧħiş ƥaaɠee ooƞŀẏ uuƞŧiŀ ŧħee uuƞřeeaaḓaaƀŀee şaaṽeeḓ ŧeeẋŧ iş ḓooẇƞŀooaaḓeeḓ. Uşee ŧħee ƀuuŧŧooƞ ƀeeŀooẇ, ŧħeeƞ řeeŀooaaḓ.
# A dosage with the rest these settings give it. $dosage: the dosage in words.
records-dosage-hold-rest = { $dosage }, { $seconds } ş řeeşŧ ƀeeŧẇeeeeƞ ħooŀḓş
records-dosage-set-rest = { $dosage }, { $seconds } ş řeeşŧ
records-dosage-swing-rest = { $dosage }, aaŧ ŀeeaaşŧ { $seconds } ş řeeşŧ ƀeeŧẇeeeeƞ şẇiƞɠş
