# The routine's words (src/routine): each exercise's card, its levels,
# dosage summaries and the reasons a dosage is refused.


## Back bridge

routine-back-bridge-name = Ɓaaƈķ ƀřiḓɠee
routine-back-bridge-purpose = Ŀiƒŧiƞɠ iƞŧoo aa şŧeeaaḓẏ ƀřiḓɠee ŧřaaiƞş ŧħee ḓeeeeƥ ƀeeŀŀẏ aaƞḓ şeeaaŧ ḿuuşƈŀeeş ŧħaaŧ ħooŀḓ ẏoouuř şƥiƞee iƞ ŀiƞee.
routine-back-bridge-step-1 = Ŀiee ooƞ ẏoouuř ƀaaƈķ ẇiŧħ ẏoouuř ķƞeeeeş ƀeeƞŧ aaƞḓ ẏoouuř ƒeeeeŧ ƒŀaaŧ ooƞ ŧħee ƒŀooooř.
routine-back-bridge-step-2 = Řeeşŧ ẏoouuř eeŀƀooẇş ooƞ ŧħee ƒŀooooř ƀeeşiḓee ẏoouu ƒooř şuuƥƥoořŧ.
routine-back-bridge-step-3 = Ŧiɠħŧeeƞ ẏoouuř ƀeeŀŀẏ aaƞḓ ƥuuşħ ẏoouuř ħiƥş uuƥ uuƞŧiŀ şħoouuŀḓeeřş, ħiƥş aaƞḓ ķƞeeeeş ƒoořḿ ooƞee şŧřaaiɠħŧ ŀiƞee.
routine-back-bridge-step-4 = Ħooŀḓ ŧħee ƀřiḓɠee şŧeeaaḓẏ ƒooř 10 şeeƈooƞḓş, ŧħeeƞ ŀooẇeeř şŀooẇŀẏ.
routine-back-bridge-cue-1 = Ķeeeeƥ aa şŧřaaiɠħŧ ŀiƞee ƒřooḿ şħoouuŀḓeeřş ŧoo ķƞeeeeş.
routine-back-bridge-cue-2 = Ɓřeeaaŧħee ẇħiŀee ẏoouu ħooŀḓ.
routine-back-bridge-caution-1 = Ɓuuiŀḓ uuƥ şŀooẇŀẏ, eeṽeeƞ ẇħeeƞ iŧ ƒeeeeŀş eeaaşẏ.
routine-back-bridge-caution-2 = Ƞeeṽeeř aaiḿ ƒooř eeẋŧřeeḿee ƞuuḿƀeeřş: Uƥřiɠħŧ şŧooƥş aaŧ 6 ħooŀḓş ooƒ 30 şeeƈooƞḓş ooƞ ŧħee ƀaaŀŀ.
routine-back-bridge-caution-3 = Ŀişŧeeƞ ŧoo ẏoouuř ƀooḓẏ aaƞḓ ŀooẇeeř ḓooẇƞ iƒ aaƞẏŧħiƞɠ ħuuřŧş.
routine-back-bridge-progression = Aḓḓ ooƞee ħooŀḓ aaŧ aa ŧiḿee, ƒřooḿ 2 uuƥ ŧoo 4. Ŧħeeƞ řeeşŧ ŧħee ƀaaƈķş ooƒ ẏoouuř ķƞeeeeş ooƞ aaƞ eeẋeeřƈişee ƀaaŀŀ. Aƒŧeeř ŧħaaŧ ŧħee ħooŀḓş ɠřooẇ aa ŀiŧŧŀee aaŧ aa ŧiḿee, aa ƒeeẇ şeeƈooƞḓş ŀooƞɠeeř ooř ooƞee ḿoořee, uuƥ ŧoo 6 ħooŀḓş ooƒ 30 şeeƈooƞḓş.
routine-back-bridge-alt = A ƥeeřşooƞ ŀẏiƞɠ ooƞ ŧħee ƀaaƈķ ẇiŧħ ķƞeeeeş ƀeeƞŧ ŀiƒŧş ŧħee ħiƥş uuƞŧiŀ şħoouuŀḓeeřş, ħiƥş aaƞḓ ķƞeeeeş aařee iƞ ŀiƞee.
routine-back-bridge-ball-name = Ɓaaŀŀ ƀřiḓɠee (ħaařḓeeř)
routine-back-bridge-ball-how = Řeeşŧ ŧħee ƀaaƈķş ooƒ ẏoouuř ķƞeeeeş ooƞ aaƞ eeẋeeřƈişee ƀaaŀŀ aaƞḓ ŀiƒŧ ƒřooḿ ŧħeeřee. Uşee iŧ ooƞŀẏ ooƞƈee 4 ƒŀooooř ƀřiḓɠeeş ƒeeeeŀ eeaaşẏ.
routine-back-bridge-ball-alt = A ƥeeřşooƞ ŀẏiƞɠ ooƞ ŧħee ƀaaƈķ ẇiŧħ ŧħee ķƞeeeeş ooṽeeř aaƞ eeẋeeřƈişee ƀaaŀŀ, ħiƥş ŀiƒŧeeḓ.

## Crunches

routine-crunches-name = Ƈřuuƞƈħeeş
routine-crunches-purpose = Şŧřooƞɠ uuƥƥeeř ƀeeŀŀẏ ḿuuşƈŀeeş ħeeŀƥ ħooŀḓ ŧħee ḿiḓḓŀee ooƒ ẏoouuř şƥiƞee iƞ ƀeeŧŧeeř aaŀiɠƞḿeeƞŧ.
routine-crunches-step-1 = Ŀiee ooƞ ẏoouuř ƀaaƈķ, ķƞeeeeş ƀeeƞŧ, ƒeeeeŧ ƒŀaaŧ.
routine-crunches-step-2 = Řeeşŧ ẏoouuř ħaaƞḓş ŀiɠħŧŀẏ ƀeeħiƞḓ ẏoouuř ħeeaaḓ şoo ŧħeeẏ şuuƥƥoořŧ ẏoouuř ƞeeƈķ.
routine-crunches-step-3 = Ƈuuřŀ ẏoouuř şħoouuŀḓeeřş ĵuuşŧ ooƒƒ ŧħee ƒŀooooř aaƞḓ ƀaaƈķ ḓooẇƞ, ɋuuiƈķŀẏ aaƞḓ şḿooooŧħŀẏ.
routine-crunches-step-4 = Ḓoo ŧħee şeeŧ, řeeşŧ aaƀoouuŧ 45 şeeƈooƞḓş, ŧħeeƞ ḓoo ŧħee ƞeeẋŧ şeeŧ.
routine-crunches-cue-1 = Ŀiƒŧ ooƞŀẏ aa ŀiŧŧŀee: ɠooiƞɠ ħiɠħeeř şŀooẇş ẏoouu ḓooẇƞ aaƞḓ aařƈħeeş ẏoouuř ƀaaƈķ.
routine-crunches-cue-2 = Ŀeeŧ ẏoouuř ħaaƞḓş ƈaařřẏ ẏoouuř ħeeaaḓ, ƞeeṽeeř ƥuuşħ iŧ: iƒ ẏoouu ƈaaŧƈħ ẏoouuřşeeŀƒ ƥuuşħiƞɠ ẏoouuř ƞeeƈķ ƒoořẇaařḓ, ƥuuŧ ẏoouuř ħaaƞḓş aaƈřooşş ŧħee ƈħeeşŧ iƞşŧeeaaḓ.
routine-crunches-caution-1 = Ƞeeṽeeř ḿoořee ŧħaaƞ 100 ƈřuuƞƈħeeş iƞ aa ḓaaẏ, aaŀŀ ẇoořķoouuŧş ŧooɠeeŧħeeř: ḿoořee ƀřiƞɠş ħaařḿ, ƞooŧ ƥřooɠřeeşş.
routine-crunches-caution-2 = Şŧooƥ iƒ ẏoouuř ƞeeƈķ ooř ƀaaƈķ ħuuřŧş.
routine-crunches-progression = Ɠoo ƒřooḿ 15 ŧoo 20 řeeƥş, ŧħeeƞ aaḓḓ şeeŧş uuƥ ŧoo 4. Ƒooř ŧħee ŀaaşŧ şŧeeƥ ƥiƈķ 25 řeeƥş ooř 5 şeeŧş: eeiŧħeeř ḿaaķeeş 100, ŧħee ŀiḿiŧ.
routine-crunches-alt = A ƥeeřşooƞ ooƞ ŧħee ƀaaƈķ ẇiŧħ ħaaƞḓş ƀeeħiƞḓ ŧħee ħeeaaḓ ƈuuřŀş ŧħee şħoouuŀḓeeřş şŀiɠħŧŀẏ ooƒƒ ŧħee ƒŀooooř.
routine-crunches-chest-name = Ħaaƞḓş aaƈřooşş ŧħee ƈħeeşŧ
routine-crunches-chest-how = Iƒ ẏoouu ƒiƞḓ ẏoouuřşeeŀƒ ƥuuşħiƞɠ ẏoouuř ƞeeƈķ ƒoořẇaařḓ ẇiŧħ ẏoouuř ħaaƞḓş, řeeşŧ ŧħeeḿ aaƈřooşş ẏoouuř ƈħeeşŧ iƞşŧeeaaḓ.
routine-crunches-chest-alt = A ƥeeřşooƞ ooƞ ŧħee ƀaaƈķ ẇiŧħ ħaaƞḓş aaƈřooşş ŧħee ƈħeeşŧ ƈuuřŀş ŧħee şħoouuŀḓeeřş şŀiɠħŧŀẏ ooƒƒ ŧħee ƒŀooooř.

## Core breath

routine-core-breath-name = Ƈoořee ƀřeeaaŧħ
routine-core-breath-purpose = A ƒuuŀŀ ƀřeeaaŧħ ƥuuşħeeḓ oouuŧ aaɠaaiƞşŧ řeeşişŧaaƞƈee ẇoořķş ŧħee ẇħooŀee ƈoořee, ƀaaƈķ aaƞḓ şiḓeeş iƞƈŀuuḓeeḓ.
routine-core-breath-step-1 = Şŧaaẏ ooƞ ẏoouuř ƀaaƈķ aaƞḓ ŧaaķee aa ḿooḿeeƞŧ ŧoo şeeŧŧŀee.
routine-core-breath-step-2 = Ɓřeeaaŧħee iƞ ḓeeeeƥŀẏ şoo ẏoouuř ƀeeŀŀẏ, řiƀş aaƞḓ ƀaaƈķ aaŀŀ eeẋƥaaƞḓ.
routine-core-breath-step-3 = Ɓřeeaaŧħee oouuŧ şŀooẇŀẏ ŧħřoouuɠħ aa şḿaaŀŀ "oooo" şħaaƥee ẇiŧħ ẏoouuř ŀiƥş.
routine-core-breath-step-4 = Ķeeeeƥ ẏoouuř ƀeeŀŀẏ ḓooḿeeḓ uuƞŧiŀ ŧħee ṽeeřẏ eeƞḓ ooƒ ŧħee ƀřeeaaŧħ; ḓoo ƞooŧ şuuƈķ iŧ iƞ.
routine-core-breath-cue-1 = Ɓeeŀŀẏ şŧaaẏş ḓooḿeeḓ ŧoo ŧħee eeƞḓ ooƒ ŧħee ƀřeeaaŧħ.
routine-core-breath-cue-2 = Ḿaaķee ŧħee "oooo" şḿaaŀŀ şoo ŧħee aaiř ḿeeeeŧş řeeşişŧaaƞƈee.
routine-core-breath-caution-1 = Ŧħiş ooƞee iş ɠeeƞŧŀee: ɠřooẇ iŧ aaŧ ẇħaaŧeeṽeeř ƥaaƈee ƒeeeeŀş ƈooḿƒoořŧaaƀŀee.
routine-core-breath-progression = Şŧaařŧ ẇiŧħ 5 aaƞḓ aaḓḓ ƀřeeaaŧħş ẇħeeƞeeṽeeř ẏoouu ŀiķee, uuƥ ŧoo 30, aaŧ aa ƥaaƈee ŧħaaŧ ƒeeeeŀş ƈooḿƒoořŧaaƀŀee: ẏoouu ẇooƞ'ŧ ħuuřŧ ẏoouuřşeeŀƒ ẇiŧħ ŧħiş ooƞee.
routine-core-breath-alt = A ƥeeřşooƞ ŀẏiƞɠ ooƞ ŧħee ƀaaƈķ ƀřeeaaŧħeeş iƞ ẇiŧħ aa ḓooḿeeḓ ƀeeŀŀẏ, ŧħeeƞ ƀřeeaaŧħeeş oouuŧ ŧħřoouuɠħ řoouuƞḓeeḓ ŀiƥş.

## Leg swings

routine-leg-swings-name = Ŀeeɠ şẇiƞɠş
routine-leg-swings-purpose = Şẇiƞɠiƞɠ ŧħee ŀeeɠ ẇaaķeeş uuƥ ŧħee şeeaaŧ ḿuuşƈŀeeş, ŧħee ƒoouuƞḓaaŧiooƞ ẏoouuř ƈoořee şŧaaƞḓş ooƞ.
routine-leg-swings-step-1 = Şŧaaƞḓ ŧaaŀŀ, ẇiŧħ aa ħaaƞḓ ooƞ aa ẇaaŀŀ ooř ƈħaaiř iƒ ẏoouu ƞeeeeḓ iŧ.
routine-leg-swings-step-2 = Ŀiƒŧ ooƞee ƒooooŧ ĵuuşŧ ƈŀeeaař ooƒ ŧħee ƒŀooooř.
routine-leg-swings-step-3 = Şẇiƞɠ ŧħaaŧ ŀeeɠ ƒřooƞŧ ŧoo ƀaaƈķ ƒooř 30 şeeƈooƞḓş, ŧħeeƞ ƥuuŧ iŧ ḓooẇƞ aaƞḓ řeeşŧ.
routine-leg-swings-step-4 = Ḓoo ooƞee ḿoořee řoouuƞḓ ooƞ ŧħee şaaḿee ŀeeɠ; iƒ iŧ ƒeeeeŀş ŧoooo ħaařḓ, şŧooƥ ŧħaaŧ řoouuƞḓ eeaařŀẏ.
routine-leg-swings-step-5 = Şẇiŧƈħ ŀeeɠş aaƞḓ ḓoo ŧħee şaaḿee, řeeşŧiƞɠ aaŧ ŀeeaaşŧ 15 şeeƈooƞḓş ƀeeŧẇeeeeƞ şẇiƞɠş.
routine-leg-swings-step-6 = Ŧħeeƞ şẇiƞɠ şiḓee ŧoo şiḓee ŧħee şaaḿee ẇaaẏ: ŧẇoo řoouuƞḓş ooƞ eeaaƈħ ŀeeɠ, ƒiřşŧ ŀeeɠ ƒiřşŧ.
routine-leg-swings-cue-1 = Ķeeeeƥ ŧħee şẇiƞɠiƞɠ ƒooooŧ ooƒƒ ŧħee ƒŀooooř.
routine-leg-swings-cue-2 = Şŧaaƞḓ ŧaaŀŀ; ŀeeŧ ŧħee ħiƥ ḓoo ŧħee ẇoořķ.
routine-leg-swings-caution-1 = Ħooŀḓ ooƞ ŧoo şooḿeeŧħiƞɠ iƒ ẏoouuř ƀaaŀaaƞƈee ẇooƀƀŀeeş.
routine-leg-swings-caution-2 = Ŧħee şeeƈooƞḓ řoouuƞḓ ooƞ eeaaƈħ ŀeeɠ iş ẏoouuřş ŧoo ƈuuŧ şħoořŧ: şŧooƥ iŧ iƒ iŧ ƒeeeeŀş ŧoooo ħaařḓ.
routine-leg-swings-progression = Oƞƈee eeṽeeřẏ řoouuƞḓ ƒeeeeŀş eeaaşẏ, ẏoouu ḿaaẏ şẇiƞɠ ŀooƞɠeeř, 30 şeeƈooƞḓş ḿoořee aaŧ aa ŧiḿee, uuƞŧiŀ ẏoouu aařee ŧiřeeḓ: ẏoouu ẇooƞ'ŧ ħuuřŧ ẏoouuřşeeŀƒ ẇiŧħ ŧħiş ooƞee.
routine-leg-swings-front-name = Ƒřooƞŧ-ŧoo-ƀaaƈķ şẇiƞɠ
routine-leg-swings-front-how = Şẇiƞɠ ŧħee ŀeeɠ ƒoořẇaařḓ aaƞḓ ƀaaƈķ, ŀiķee aa ƥeeƞḓuuŀuuḿ.
routine-leg-swings-front-alt = A ƥeeřşooƞ şŧaaƞḓiƞɠ ooƞ ooƞee ŀeeɠ, aa ħaaƞḓ ooƞ aa ƈħaaiř, şẇiƞɠş ŧħee ooŧħeeř ŀeeɠ ƒoořẇaařḓ aaƞḓ ƀaaƈķ.
routine-leg-swings-side-name = Şiḓee-ŧoo-şiḓee (ŀaaŧeeřaaŀ) şẇiƞɠ
routine-leg-swings-side-how = Şẇiƞɠ ŧħee ŀeeɠ oouuŧ ŧoo ŧħee şiḓee aaƞḓ ƀaaƈķ aaƈřooşş ŧħee ƀooḓẏ.
routine-leg-swings-side-alt = A ƥeeřşooƞ şŧaaƞḓiƞɠ ooƞ ooƞee ŀeeɠ, aa ħaaƞḓ ooƞ aa ƈħaaiř, şẇiƞɠş ŧħee ooŧħeeř ŀeeɠ oouuŧ ŧoo ŧħee şiḓee aaƞḓ ƀaaƈķ aaƈřooşş.

## Mid-back stretches

routine-mid-back-stretches-name = Ḿiḓ-ƀaaƈķ şŧřeeŧƈħeeş
routine-mid-back-stretches-purpose = Ɠeeƞŧŀee şŧřeeŧƈħeeş aaƒŧeeř ŧħee ẇoořķ eeaaşee ŧiɠħŧ ḿuuşƈŀeeş aařoouuƞḓ ŧħee ḿiḓḓŀee ooƒ ẏoouuř ƀaaƈķ.
routine-mid-back-stretches-step-1 = Ƈooƀřaa: ŀiee ooƞ ẏoouuř şŧooḿaaƈħ ẇiŧħ ẏoouuř ħaaƞḓş ƒŀaaŧ ƀeeşiḓee ẏoouuř ƈħeeşŧ.
routine-mid-back-stretches-step-2 = Ƥuuşħ uuƥ şŀooẇŀẏ, ħiƥş şŧaaẏiƞɠ ooƞ ŧħee ƒŀooooř, aaƞḓ aařƈħ ooƞŀẏ aaş ƒaař aaş iş ƈooḿƒoořŧaaƀŀee.
routine-mid-back-stretches-step-3 = Ħooŀḓ ƒooř 2 ḓeeeeƥ ƀřeeaaŧħş iƞ ŧħřoouuɠħ ŧħee ƞooşee aaƞḓ oouuŧ ŧħřoouuɠħ ŧħee ḿoouuŧħ, ŧħeeƞ ŀooẇeeř. Ḓoo iŧ 3 ŧiḿeeş.
routine-mid-back-stretches-step-4 = Şiḓee řeeaaƈħ: şŧaaƞḓ, řeeaaƈħ uuƥ aaƞḓ ŀooƈķ ẏoouuř ƒiƞɠeeřş ooṽeeřħeeaaḓ.
routine-mid-back-stretches-step-5 = Ŀeeaaƞ şŀooẇŀẏ ŧoo ooƞee şiḓee ƒooř ooƞee ḓeeeeƥ ƀřeeaaŧħ, ŧħeeƞ şŀooẇŀẏ ŧoo ŧħee ooŧħeeř. Ḓoo 3 ooƞ eeaaƈħ şiḓee.
routine-mid-back-stretches-cue-1 = Ħiƥş şŧaaẏ ooƞ ŧħee ƒŀooooř iƞ ŧħee ƈooƀřaa.
routine-mid-back-stretches-cue-2 = Ḿooṽee şŀooẇŀẏ iƞŧoo eeṽeeřẏ şŧřeeŧƈħ.
routine-mid-back-stretches-caution-1 = Ƞeeṽeeř şŧřeeŧƈħ ƒuuřŧħeeř ŧħaaƞ iş ƈooḿƒoořŧaaƀŀee.
routine-mid-back-stretches-caution-2 = Şŧřeeŧƈħ aaƒŧeeř eeṽeeřẏ ẇoořķoouuŧ: Uƥřiɠħŧ aaŀẇaaẏş eeƞḓş ẇiŧħ ŧħeeşee, eeṽeeƞ ẇħeeƞ aa ẇoořķoouuŧ şŧooƥş ƀeeƈaauuşee şooḿeeŧħiƞɠ ħuuřŧ.
routine-mid-back-stretches-progression = Şŧřeeŧƈħeeş ḓoo ƞooŧ ƥřooɠřeeşş: ḓoo ŧħee şaaḿee şeeŧ aaƒŧeeř eeṽeeřẏ ẇoořķoouuŧ.
routine-mid-back-stretches-cobra-name = Ƈooƀřaa
routine-mid-back-stretches-cobra-how = A ɠeeƞŧŀee ƀaaƈķƀeeƞḓ: ħiƥş ḓooẇƞ, ƈħeeşŧ uuƥ, ooƞŀẏ aaş ƒaař aaş iş ƈooḿƒoořŧaaƀŀee.
routine-mid-back-stretches-cobra-alt = A ƥeeřşooƞ ŀẏiƞɠ ƒaaƈee ḓooẇƞ ƥuuşħeeş ŧħee ƈħeeşŧ uuƥ ẇiŧħ ŧħee ħaaƞḓş ẇħiŀee ŧħee ħiƥş şŧaaẏ ooƞ ŧħee ƒŀooooř.
routine-mid-back-stretches-reach-name = Oṽeeřħeeaaḓ şiḓee řeeaaƈħ
routine-mid-back-stretches-reach-how = Ƒiƞɠeeřş ŀooƈķeeḓ ooṽeeřħeeaaḓ, ŀeeaaƞ şŀooẇŀẏ ŧoo ooƞee şiḓee ƒooř aa ƀřeeaaŧħ, ŧħeeƞ ŧħee ooŧħeeř.
routine-mid-back-stretches-reach-alt = A ƥeeřşooƞ şŧaaƞḓiƞɠ ẇiŧħ ƒiƞɠeeřş ŀooƈķeeḓ ooṽeeřħeeaaḓ ŀeeaaƞş şŀooẇŀẏ ŧoo ooƞee şiḓee, ŧħeeƞ ŧħee ooŧħeeř.

## Levels: one rung of an exercise's ladder, in a list of rungs

routine-level-holds =
    { $repeats ->
        [one] { $repeats } ħooŀḓ
       *[other] { $repeats } ħooŀḓş
    } ooƒ { $seconds } ş
routine-level-holds-ball =
    { $repeats ->
        [one] { $repeats } ħooŀḓ
       *[other] { $repeats } ħooŀḓş
    } ooƒ { $seconds } ş ẇiŧħ ŧħee ƀaaŀŀ
routine-level-holds-top =
    { $repeats ->
        [one] { $repeats } ħooŀḓ
       *[other] { $repeats } ħooŀḓş
    } ooƒ { $seconds } ş ẇiŧħ ŧħee ƀaaŀŀ (ŧħee ḿooşŧ)
routine-level-sets = { $sets } şeeŧş ooƒ { $reps }
routine-level-sets-limit = { $sets } şeeŧş ooƒ { $reps } ({ $total }, ŧħee ŀiḿiŧ)
routine-level-breaths-start = { $count } ƀřeeaaŧħş ŧoo şŧaařŧ
routine-level-swings = { $rounds } řoouuƞḓş ooƒ { $seconds } ş eeaaƈħ ẇaaẏ ƥeeř ŀeeɠ
routine-level-swings-longer = { $rounds } řoouuƞḓş eeaaƈħ ẇaaẏ, ŀooƞɠeeř ẇħeeƞ eeaaşẏ
routine-level-stretches = ŧħee ƒuuŀŀ şŧřeeŧƈħ şeeŧ

## Dosage: the work of one exercise in short, without its rests

routine-dosage-holds = { $repeats } × { $seconds } ş ħooŀḓ
routine-dosage-holds-ball = { $repeats } × { $seconds } ş ħooŀḓ (ķƞeeeeş ooṽeeř aa ƀaaŀŀ)
routine-dosage-reps = { $sets } × { $reps } řeeƥş
routine-dosage-breaths = { $count } şŀooẇ ƀřeeaaŧħş
# $front, $side: rounds per leg each way; $same: "yes" when both are equal;
# $longer: "yes" when a round may be made longer.
routine-dosage-swings =
    { $front ->
        [one] { $seconds } ş
       *[other] { $front } řoouuƞḓş ooƒ { $seconds } ş
    } ƒřooƞŧ-ŧoo-ƀaaƈķ ƥeeř ŀeeɠ, ŧħeeƞ { $same ->
        [yes] ŧħee şaaḿee şiḓeeẇaaẏş
       *[no]
            { $side ->
                [one] { $seconds } ş
               *[other] { $side } řoouuƞḓş ooƒ { $seconds } ş
            } şiḓeeẇaaẏş ƥeeř ŀeeɠ
    }{ $longer ->
        [yes] ; řoouuƞḓş ḿaaẏ řuuƞ ŀooƞɠeeř ẇħeeƞ eeaaşẏ
       *[no] { "" }
    }
routine-dosage-stretches = ƈooƀřaa { $repeats } × { $breaths } ƀřeeaaŧħş, şiḓee řeeaaƈħ { $reaches } × eeaaƈħ şiḓee

## Why a dosage is refused

routine-refused-bridge-empty = A ƀřiḓɠee ƞeeeeḓş aaŧ ŀeeaaşŧ ooƞee ħooŀḓ ooƒ aaŧ ŀeeaaşŧ ooƞee şeeƈooƞḓ.
routine-refused-bridge-over = Uƥřiɠħŧ şŧooƥş aaŧ { $holds } ƀřiḓɠeeş ooƒ { $seconds } şeeƈooƞḓş: ƒaař ḿoořee ŧħaaƞ ŧħaaŧ şŧřaaiƞş ẏoouuř ƀaaƈķ iƞşŧeeaaḓ ooƒ ħeeŀƥiƞɠ iŧ.
routine-refused-crunches-empty = Ƈřuuƞƈħeeş ƞeeeeḓ aaŧ ŀeeaaşŧ ooƞee şeeŧ ooƒ ooƞee řeeƥ.
routine-refused-crunches-over = { $sets } × { $reps } iş { $total } ƈřuuƞƈħeeş: ḿoořee ŧħaaƞ { $cap } aa ḓaaẏ ḓooeeş ḿoořee ħaařḿ ŧħaaƞ ɠooooḓ.
routine-refused-breaths = Ƈħooooşee ƀeeŧẇeeeeƞ 1 aaƞḓ { $most } ƈoořee ƀřeeaaŧħş.
routine-refused-swing-seconds = Ŀeeɠ şẇiƞɠş ŀaaşŧ ƀeeŧẇeeeeƞ 10 aaƞḓ 60 şeeƈooƞḓş ƥeeř ŀeeɠ.
routine-refused-swing-rounds = Ŀeeɠ şẇiƞɠş ħaaṽee ooƞee ooř ŧẇoo řoouuƞḓş ƥeeř ŀeeɠ eeaaƈħ ẇaaẏ.
routine-refused-stretches = Ŧħee şŧřeeŧƈħeeş şŧaaẏ ŧħee şaaḿee eeṽeeřẏ ŧiḿee: ŧħeeẏ ḓoo ƞooŧ ƥřooɠřeeşş.
# $name: the exercise's name.
routine-refused-kind = Ŧħaaŧ ķiƞḓ ooƒ ḓooşaaɠee ḓooeeş ƞooŧ ƒiŧ { $name }.
