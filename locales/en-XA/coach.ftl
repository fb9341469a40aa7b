# The coach's words (src/workout): step titles and instructions on screen,
# what the coach says when, the crunch note and the player's labels.
# $side is "left" or "right"; numbers in spoken lines come as words.


## Step titles (on screen, and read out by the coach)

coach-title-get-ready = Ɠeeŧ řeeaaḓẏ
# $name: the exercise or stretch that comes next. Also the player's "next up" line.
coach-next = Ƞeeẋŧ: { $name }
coach-title-rest = Řeeşŧ
coach-title-bridge = Ɓřiḓɠee ħooŀḓ
coach-title-ball-bridge = Ɓaaŀŀ ƀřiḓɠee ħooŀḓ
coach-title-crunches = Ƈřuuƞƈħeeş
coach-title-core-breath = Ƈoořee ƀřeeaaŧħ
coach-title-front-swings =
    { $side ->
        [left] Ƒřooƞŧ şẇiƞɠş – ŀeeƒŧ ŀeeɠ
       *[right] Ƒřooƞŧ şẇiƞɠş – řiɠħŧ ŀeeɠ
    }
coach-title-side-swings =
    { $side ->
        [left] Şiḓee şẇiƞɠş – ŀeeƒŧ ŀeeɠ
       *[right] Şiḓee şẇiƞɠş – řiɠħŧ ŀeeɠ
    }
coach-title-cobra = Ƈooƀřaa
coach-name-side-reach = Şiḓee řeeaaƈħ
coach-title-side-reach =
    { $side ->
        [left] Şiḓee řeeaaƈħ – ŀeeƒŧ
       *[right] Şiḓee řeeaaƈħ – řiɠħŧ
    }
coach-last-step = Ŀaaşŧ şŧeeƥ

## Step instructions (on screen; the coach reads some of them)

coach-setup-bridge = Ŀiee ooƞ ẏoouuř ƀaaƈķ, ķƞeeeeş ƀeeƞŧ, ƒeeeeŧ ƒŀaaŧ, eeŀƀooẇş ḓooẇƞ.
coach-setup-ball-bridge = Ŀiee ooƞ ẏoouuř ƀaaƈķ, ŧħee ƀaaƈķş ooƒ ẏoouuř ķƞeeeeş ooṽeeř ŧħee ƀaaŀŀ.
coach-setup-crunches = Şŧaaẏ ooƞ ẏoouuř ƀaaƈķ, ķƞeeeeş ƀeeƞŧ, ħaaƞḓş ŀiɠħŧŀẏ ƀeeħiƞḓ ẏoouuř ħeeaaḓ.
coach-setup-core-breath = Şŧaaẏ ooƞ ẏoouuř ƀaaƈķ aaƞḓ ŀeeŧ ẏoouuř ƀřeeaaŧħiƞɠ şeeŧŧŀee.
coach-setup-leg-swings = Şŧaaƞḓ uuƥ, aa ƈħaaiř ooř ẇaaŀŀ ẇiŧħiƞ řeeaaƈħ.
coach-setup-stretches = Ŀiee ooƞ ẏoouuř şŧooḿaaƈħ, ħaaƞḓş ƒŀaaŧ ƀeeşiḓee ẏoouuř ƈħeeşŧ.
coach-setup-side-reach = Şŧaaƞḓ uuƥ, řeeaaƈħ uuƥ aaƞḓ ŀooƈķ ẏoouuř ƒiƞɠeeřş ooṽeeřħeeaaḓ.
coach-do-bridge = Ƥuuşħ ẏoouuř ħiƥş uuƥ aaƞḓ ħooŀḓ şŧeeaaḓẏ.
coach-do-ball-bridge = Ƥuuşħ ẏoouuř ħiƥş uuƥ ooƒƒ ŧħee ƀaaŀŀ aaƞḓ ħooŀḓ şŧeeaaḓẏ.
coach-rest-bridge = Ŀooẇeeř ẏoouuř ħiƥş şŀooẇŀẏ aaƞḓ ƀřeeaaŧħee.
coach-do-crunches-paced = Ƈuuřŀ uuƥ ooƞ eeaaƈħ ŧiƈķ, ĵuuşŧ ooƒƒ ŧħee ƒŀooooř.
coach-do-crunches-counted = Ƈoouuƞŧ şḿaaŀŀ ɋuuiƈķ ƈuuřŀş, şħoouuŀḓeeřş ĵuuşŧ ooƒƒ ŧħee ƒŀooooř. Ŧaaƥ Ḓooƞee aaƒŧeeř ŧħee şeeŧ.
coach-rest-crunches = Řeeşŧ ooƞ ẏoouuř ƀaaƈķ aaƞḓ ƀřeeaaŧħee eeaaşẏ.
coach-do-core-breath = Ɓřeeaaŧħee iƞ ḓeeeeƥ, ŧħeeƞ oouuŧ şŀooẇŀẏ ŧħřoouuɠħ aa şḿaaŀŀ "oooo". Ķeeeeƥ ẏoouuř ƀeeŀŀẏ ḓooḿeeḓ.
coach-do-front-swing =
    { $side ->
        [left] Şẇiƞɠ ẏoouuř ŀeeƒŧ ŀeeɠ ƒřooƞŧ ŧoo ƀaaƈķ, ƒooooŧ ooƒƒ ŧħee ƒŀooooř.
       *[right] Şẇiƞɠ ẏoouuř řiɠħŧ ŀeeɠ ƒřooƞŧ ŧoo ƀaaƈķ, ƒooooŧ ooƒƒ ŧħee ƒŀooooř.
    }
coach-do-side-swing =
    { $side ->
        [left] Şẇiƞɠ ẏoouuř ŀeeƒŧ ŀeeɠ oouuŧ ŧoo ŧħee şiḓee aaƞḓ ƀaaƈķ aaƈřooşş.
       *[right] Şẇiƞɠ ẏoouuř řiɠħŧ ŀeeɠ oouuŧ ŧoo ŧħee şiḓee aaƞḓ ƀaaƈķ aaƈřooşş.
    }
# $stop: the label of the button that ends the round (coach-stop-round).
coach-do-swing-again =
    { $side ->
        [left] Oƞee ḿoořee řoouuƞḓ ooƞ ẏoouuř ŀeeƒŧ ŀeeɠ. Ŧoooo ħaařḓ? Ŧaaƥ { $stop }.
       *[right] Oƞee ḿoořee řoouuƞḓ ooƞ ẏoouuř řiɠħŧ ŀeeɠ. Ŧoooo ħaařḓ? Ŧaaƥ { $stop }.
    }
coach-rest-swings = Ɓooŧħ ƒeeeeŧ ḓooẇƞ, ƀřeeaaŧħee eeaaşẏ.
coach-do-cobra =
    Ƥuuşħ uuƥ şŀooẇŀẏ, ħiƥş ḓooẇƞ, ooƞŀẏ aaş ƒaař aaş iş ƈooḿƒoořŧaaƀŀee, ŧħeeƞ ŧaaķee { $breaths ->
        [one] ooƞee şŀooẇ ḓeeeeƥ ƀřeeaaŧħ.
       *[other] { $breaths } şŀooẇ ḓeeeeƥ ƀřeeaaŧħş.
    }
coach-rest-cobra = Ŀooẇeeř ḓooẇƞ şŀooẇŀẏ aaƞḓ řeeŀaaẋ.
coach-do-side-reach =
    { $side ->
        [left] Ŀeeaaƞ şŀooẇŀẏ ŧoo ŧħee ŀeeƒŧ, ŧaaķee ooƞee şŀooẇ ḓeeeeƥ ƀřeeaaŧħ, aaƞḓ ƈooḿee şŀooẇŀẏ ƀaaƈķ uuƥ.
       *[right] Ŀeeaaƞ şŀooẇŀẏ ŧoo ŧħee řiɠħŧ, ŧaaķee ooƞee şŀooẇ ḓeeeeƥ ƀřeeaaŧħ, aaƞḓ ƈooḿee şŀooẇŀẏ ƀaaƈķ uuƥ.
    }

## The player's buttons for a swing round

coach-stop-round = Şŧooƥ ŧħiş řoouuƞḓ
coach-extend = +30 ş

## What the coach says. A step as said inside a sentence: lower case
## where the language allows it, no dash.

coach-say-step =
    { $step ->
        [get-ready] ɠeeŧ řeeaaḓẏ
        [rest] řeeşŧ
        [bridge] ƀřiḓɠee ħooŀḓ
        [ball-bridge] ƀaaŀŀ ƀřiḓɠee ħooŀḓ
        [crunches] ƈřuuƞƈħeeş
        [core-breath] ƈoořee ƀřeeaaŧħ
        [front-swings]
            ƒřooƞŧ şẇiƞɠş, { $side ->
                [left] ŀeeƒŧ ŀeeɠ
               *[right] řiɠħŧ ŀeeɠ
            }
        [side-swings]
            şiḓee şẇiƞɠş, { $side ->
                [left] ŀeeƒŧ ŀeeɠ
               *[right] řiɠħŧ ŀeeɠ
            }
        [cobra] ƈooƀřaa
        [side-reach]
            şiḓee řeeaaƈħ, { $side ->
                [left] ŀeeƒŧ
               *[right] řiɠħŧ
            }
       *[next] ƞeeẋŧ: { coach-say-exercise }
    }
# $exercise: which exercise, as said inside a sentence.
coach-say-exercise =
    { $exercise ->
        [back-bridge] ƀaaƈķ ƀřiḓɠee
        [crunches] ƈřuuƞƈħeeş
        [core-breath] ƈoořee ƀřeeaaŧħ
        [leg-swings] ŀeeɠ şẇiƞɠş
        [side-reach] şiḓee řeeaaƈħ
       *[mid-back-stretches] ḿiḓ-ƀaaƈķ şŧřeeŧƈħeeş
    }
# $count: the number in words; $what: coach-say-step.
coach-say-count = { $count } { $what }
# $round: the round's number in words ("two").
coach-say-round = { $what }, řoouuƞḓ { $round }
coach-say-last-set = { $what }, ŧħee ŀaaşŧ şeeŧ
coach-say-last-hold = { $what }, ŧħee ŀaaşŧ ooƞee
coach-line-rest = Řeeşŧ.
coach-line-get-ready = Ɠeeŧ řeeaaḓẏ.
coach-line-next = Ƞeeẋŧ: { $what }.
coach-line-hold = Ħooŀḓ.
coach-line-last-hold = Ŀaaşŧ ooƞee. Ħooŀḓ.
coach-line-go = Ɠoo.
coach-line-last-five = Ŀaaşŧ ƒiṽee.
# A set the person counts. $count: the number in words, capitalised.
coach-line-set = { $count } { $what }. Ɠoo.
coach-line-last-set = Ŀaaşŧ şeeŧ. { $count } { $what }. Ɠoo.
coach-line-left-leg = Ŀeeƒŧ ŀeeɠ. Ɠoo.
coach-line-right-leg = Řiɠħŧ ŀeeɠ. Ɠoo.
coach-line-switch-legs = Şẇiŧƈħ ŀeeɠş. Ɠoo.
coach-line-halfway = Ħaaŀƒẇaaẏ.
coach-line-lean-left = Ŀeeaaƞ şŀooẇŀẏ ŧoo ŧħee ŀeeƒŧ.
coach-line-lean-right = Ƞooẇ şŀooẇŀẏ ŧoo ŧħee řiɠħŧ.
coach-line-last-left = Ŀaaşŧ ŧiḿee: ŀeeaaƞ ŧoo ŧħee ŀeeƒŧ.
coach-line-last-right = Aƞḓ ŧħee ŀaaşŧ ooƞee, ŧoo ŧħee řiɠħŧ.
coach-line-again-left = Oṽeeř ŧoo ŧħee ŀeeƒŧ aaɠaaiƞ.
coach-line-again-right = Aƞḓ ooṽeeř ŧoo ŧħee řiɠħŧ.
coach-line-push-up = Ƥuuşħ uuƥ şŀooẇŀẏ.
coach-line-last-push-up = Ŀaaşŧ ooƞee. Ƥuuşħ uuƥ şŀooẇŀẏ.
coach-line-in = Ɓřeeaaŧħee iƞ.
coach-line-last-in = Ŀaaşŧ ooƞee. Ɓřeeaaŧħee iƞ.
coach-line-last-five-in = Ŀaaşŧ ƒiṽee. Ɓřeeaaŧħee iƞ.
coach-line-in-again = Iƞ aaɠaaiƞ.
coach-line-out-oo = Ouuŧ, ŧħřoouuɠħ aa şḿaaŀŀ oooo.
coach-line-out-slowly = Şŀooẇŀẏ oouuŧ.
coach-line-out = Aƞḓ oouuŧ.
coach-line-back-up = Şŀooẇŀẏ ƀaaƈķ uuƥ.
coach-line-back-middle = Aƞḓ şŀooẇŀẏ ƀaaƈķ ŧoo ŧħee ḿiḓḓŀee.
coach-line-done = Ẇoořķoouuŧ ḓooƞee. Ẇeeŀŀ ḓooƞee.
# After "this hurts": no praise, a kind word.
coach-line-done-gently = Ŧħaaŧ'ş aaŀŀ ƒooř ŧooḓaaẏ. Řeeşŧ ƞooẇ, aaƞḓ ƀee ɠeeƞŧŀee ẇiŧħ ẏoouuř ƀaaƈķ.
# On resuming after a pause. $next, $what: coach-say-step and its count or round.
coach-resume-rest = Ɠooiƞɠ aaɠaaiƞ: řeeşŧ, ŧħeeƞ { $next }.
coach-resume-get-ready = Ɠooiƞɠ aaɠaaiƞ. Ƞeeẋŧ: { $next }.
coach-resume-step = Ɠooiƞɠ aaɠaaiƞ: { $what }.
coach-resume = Ɠooiƞɠ aaɠaaiƞ.

## Before starting: the day's crunch limit

coach-crunch-note-none = Ẏoouu ħaaṽee ḓooƞee { $done } ƈřuuƞƈħeeş ŧooḓaaẏ, ŧħee ḓaaẏ'ş ŀiḿiŧ ooƒ { $limit }: ŧħiş ẇoořķoouuŧ ŀeeaaṽeeş ŧħeeḿ oouuŧ.
coach-crunch-note-within = Ẏoouu ħaaṽee ḓooƞee { $done } ƈřuuƞƈħeeş ŧooḓaaẏ; ŧħiş ẇoořķoouuŧ aaḓḓş { $total }, ẇiŧħiƞ ŧħee ḓaaẏ'ş ŀiḿiŧ ooƒ { $limit }.
coach-crunch-note-cut =
    Ẏoouu ħaaṽee ḓooƞee { $done } ƈřuuƞƈħeeş ŧooḓaaẏ. Ẇiŧħ ŧħee ḓaaẏ'ş ŀiḿiŧ ooƒ { $limit }, ŧħiş ẇoořķoouuŧ ħaaş { $left } ŀeeƒŧ: { $sets ->
        [one] 1 şeeŧ ooƒ { $reps }.
       *[other] { $sets } şeeŧş ooƒ { $reps }.
    }
coach-error-twice = Eaaƈħ eeẋeeřƈişee ƈaaƞ ƀee iƞ ŧħee ẇoořķoouuŧ ooƞŀẏ ooƞƈee.

## When the device cannot do what the cue mode asks

coach-fallback-beeps-for-vibration = Ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ṽiƀřaaŧee, şoo Uƥřiɠħŧ ƀeeeeƥş iƞşŧeeaaḓ.
coach-fallback-beeps-without-voice = Ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ şƥeeaaķ, şoo Uƥřiɠħŧ ooƞŀẏ ƀeeeeƥş.
coach-fallback-voice-without-beeps = Ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ƥŀaaẏ ƀeeeeƥş, şoo Uƥřiɠħŧ ooƞŀẏ şƥeeaaķş.
coach-fallback-screen-only = Ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ƥŀaaẏ şoouuƞḓş ooř ṽiƀřaaŧee: ƒooŀŀooẇ ŧħee şƈřeeeeƞ.
coach-unavailable-voice = Ṽooiƈee iş ƞooŧ aaṽaaiŀaaƀŀee: ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ şƥeeaaķ.
coach-unavailable-beeps = Ɓeeeeƥş aařee ƞooŧ aaṽaaiŀaaƀŀee: ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ƥŀaaẏ ŧħeeḿ.
coach-unavailable-vibrate = Ṽiƀřaaŧee ooƞŀẏ iş ƞooŧ aaṽaaiŀaaƀŀee: ŧħiş ƀřooẇşeeř ƈaaƞƞooŧ ṽiƀřaaŧee (ƞoo iƤħooƞee ƀřooẇşeeř ƈaaƞ). Uƥřiɠħŧ ƀeeeeƥş iƞşŧeeaaḓ.
