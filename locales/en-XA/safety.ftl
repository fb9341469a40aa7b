# Safety lines shown on the home screen, the first-run screen and the cards.
safety-not-a-doctor = Uƥřiɠħŧ ooƒƒeeřş ɠeeƞeeřaaŀ eeẋeeřƈişee ɠuuiḓaaƞƈee. Iŧ ḓooeeş ƞooŧ řeeƥŀaaƈee aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ.
safety-lasting-pain = Iƒ ƀaaƈķ ƥaaiƞ ŀaaşŧş ḿoořee ŧħaaƞ aa ƒeeẇ ḓaaẏş, ooř ƈooḿeeş ẇiŧħ ooŧħeeř şẏḿƥŧooḿş, şeeee aa ḓooƈŧooř.
safety-listen = Ŀişŧeeƞ ŧoo ẏoouuř ƀooḓẏ: şŧooƥ aaƞẏ ḿooṽeeḿeeƞŧ ŧħaaŧ ħuuřŧş aaƞḓ ƞeeṽeeř ƥuuşħ ƥaaşŧ ŧħee řoouuŧiƞee'ş ŀiḿiŧş.
# The first-run screening (also written into index.html at build time, in English).
safety-screening-title = Ɓeeƒoořee ẏoouu şŧaařŧ
safety-screening-lead = Uƥřiɠħŧ ɠuuiḓeeş ẏoouu ŧħřoouuɠħ aa şħoořŧ řoouuŧiƞee ooƒ ɠeeƞeeřaaŀ eeẋeeřƈişeeş ƒooř ḿiḓḓŀee ƀaaƈķ ƥaaiƞ. Iŧ iş ƞooŧ ḿeeḓiƈaaŀ aaḓṽiƈee aaƞḓ ḓooeeş ƞooŧ řeeƥŀaaƈee aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ.
safety-screening-signs = Şeeee aa ḓooƈŧooř ƀeeƒoořee ẏoouu eeẋeeřƈişee iƒ ẏoouu ħaaṽee
safety-screening-listen = Ẇħiŀee ẏoouu eeẋeeřƈişee, ŀişŧeeƞ ŧoo ẏoouuř ƀooḓẏ: şŧooƥ aaƞẏ ḿooṽeeḿeeƞŧ ŧħaaŧ ħuuřŧş, aaƞḓ ƞeeṽeeř ɠoo ƥaaşŧ ŧħee řoouuŧiƞee'ş ŀiḿiŧş.
safety-screening-lasting = Iƒ ƀaaƈķ ƥaaiƞ ŀaaşŧş ḿoořee ŧħaaƞ aa ƒeeẇ ḓaaẏş, ooř ƈooḿeeş ẇiŧħ ooŧħeeř şẏḿƥŧooḿş, şeeee aa ḓooƈŧooř.
safety-screening-accept = I uuƞḓeeřşŧaaƞḓ
safety-screening-has-sign = I ħaaṽee ooƞee ooƒ ŧħeeşee

## records

# The signs that need a doctor before any exercise (the first-run
# screening and the pain warning list them).
safety-sign-injury = ƥaaiƞ ŧħaaŧ şŧaařŧeeḓ aaƒŧeeř aa ƒaaŀŀ, aaƞ aaƈƈiḓeeƞŧ ooř aaƞooŧħeeř iƞĵuuřẏ
safety-sign-fever = aa ƒeeṽeeř, ooř ƒeeeeŀiƞɠ ɠeeƞeeřaaŀŀẏ uuƞẇeeŀŀ, aaŀooƞɠ ẇiŧħ ŧħee ƀaaƈķ ƥaaiƞ
safety-sign-legs = ƞuuḿƀƞeeşş, ŧiƞɠŀiƞɠ ooř ẇeeaaķƞeeşş iƞ ẏoouuř ŀeeɠş
safety-sign-bladder = ŧřoouuƀŀee ƈooƞŧřooŀŀiƞɠ ẏoouuř ƀŀaaḓḓeeř ooř ƀooẇeeŀş
safety-sign-weight = ẇeeiɠħŧ ŀooşş ẏoouu ƈaaƞƞooŧ eeẋƥŀaaiƞ
safety-sign-night = şeeṽeeřee ƥaaiƞ aaŧ ƞiɠħŧ ooř ƥaaiƞ ŧħaaŧ ḓooeeş ƞooŧ eeaaşee ẇħeeƞ ẏoouu řeeşŧ
# Why the pain warning is shown: $pain is a rating 0-10, $days a count of
# days, $window the days looked at.
safety-why-severe = Ẏoouuř ƀaaƈķ ħaaş ħuuřŧ aaŧ { $pain } ooř ḿoořee ooƞ { $days } ooƒ ŧħee ŀaaşŧ { $window } ḓaaẏş.
safety-why-lasting = Ẏoouuř ƀaaƈķ ħaaş ħuuřŧ aaŧ { $pain } ooř ḿoořee ooƞ { $days } ooƒ ŧħee ŀaaşŧ { $window } ḓaaẏş.
safety-why-recurring = Ẏoouuř ƀaaƈķ ħaaş ħuuřŧ aaŧ { $pain } ooř ḿoořee ooƞ { $days } ḓaaẏş iƞ ŧħee ŀaaşŧ ƒoouuř ẇeeeeķş.
safety-why-rising = Ẏoouuř ƥaaiƞ řaaŧiƞɠş ħaaṽee ɠooƞee uuƥ ƈŀeeaařŀẏ ooṽeeř ŧħee ƥaaşŧ ẇeeeeķ.
safety-why-steady = Ẏoouuř ƀaaƈķ ħaaş şŧaaẏeeḓ aařoouuƞḓ { $pain } oouuŧ ooƒ 10 ooṽeeř { $weeks } ẇeeeeķş ooƒ řeeɠuuŀaař ẇoořķoouuŧş ẇiŧħoouuŧ ɠeeŧŧiƞɠ ƀeeŧŧeeř.
safety-why-worse-day = Ẏoouuř ƀaaƈķ ħaaş ħuuřŧ aaŧ { $pain } oouuŧ ooƒ 10 şiƞƈee ẏoouu şaaiḓ ẏoouu ħaaḓ şeeeeƞ aa ḓooƈŧooř, ḿoořee ŧħaaƞ iƞ ŧħee ẇeeeeķ ƀeeƒoořee.
# $now and $then: averages with one decimal.
safety-why-worse-average = Ẏoouuř ƥaaiƞ řaaŧiƞɠş şiƞƈee ẏoouu şaaiḓ ẏoouu ħaaḓ şeeeeƞ aa ḓooƈŧooř aaṽeeřaaɠee { $now }, uuƥ ƒřooḿ { $then } ŧħee ẇeeeeķ ƀeeƒoořee.
# $why: one safety-why-… sentence; $signs: the warning signs joined by "; ".
safety-pain-warning = { $why } Ƥaaiƞ ŧħaaŧ ŀaaşŧş ḿoořee ŧħaaƞ aa ƒeeẇ ḓaaẏş ḓeeşeeřṽeeş aa ḓooƈŧooř'ş ooř ƥħẏşiooŧħeeřaaƥişŧ'ş ŀooooķ, şoo ƥŀeeaaşee ƀooooķ ooƞee. Uƞŧiŀ ŧħeeƞ ķeeeeƥ ŧħee ẇoořķoouuŧş ɠeeƞŧŀee, ooř ƥaauuşee ŧħeeḿ. Şeeee aa ḓooƈŧooř şŧřaaiɠħŧ aaẇaaẏ, aaƞḓ ḓoo ƞooŧ eeẋeeřƈişee, iƒ ẏoouu ƞooŧiƈee: { $signs }.
safety-doctor-seen = Ŧħaaƞķ ẏoouu. Uƥřiɠħŧ ẇiŀŀ ƞooŧ řeeƥeeaaŧ ŧħiş ẇaařƞiƞɠ ƒooř ƒoouuř ẇeeeeķş uuƞŀeeşş ẏoouuř ƥaaiƞ ɠeeŧş ẇoořşee. Iƒ aaƞẏ ooƒ ŧħee ẇaařƞiƞɠ şiɠƞş aaƥƥeeaař, şeeee aa ḓooƈŧooř şŧřaaiɠħŧ aaẇaaẏ.
