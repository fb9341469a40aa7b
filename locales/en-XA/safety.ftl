# Safety lines shown on the home screen, the first-run screen and the cards.
safety-not-a-doctor = Uƥřiɠħŧ ooƒƒeeřş ɠeeƞeeřaaŀ eeẋeeřƈişee ɠuuiḓaaƞƈee. Iŧ ḓooeeş ƞooŧ řeeƥŀaaƈee aa ḓooƈŧooř ooř ƥħẏşiooŧħeeřaaƥişŧ.
safety-lasting-pain = Iƒ ƀaaƈķ ƥaaiƞ ŀaaşŧş ḿoořee ŧħaaƞ aa ƒeeẇ ḓaaẏş, ooř ƈooḿeeş ẇiŧħ ooŧħeeř şẏḿƥŧooḿş, şeeee aa ḓooƈŧooř.
safety-listen = Ŀişŧeeƞ ŧoo ẏoouuř ƀooḓẏ: şŧooƥ aaƞẏ ḿooṽeeḿeeƞŧ ŧħaaŧ ħuuřŧş aaƞḓ ƞeeṽeeř ƥuuşħ ƥaaşŧ ŧħee řoouuŧiƞee'ş ŀiḿiŧş.

## records

