# Die Wörter der Übungen (src/routine). Du-Form, kurz und natürlich.

## Brücke

routine-back-bridge-name = Brücke
routine-back-bridge-purpose = Wenn du dich in eine stabile Brücke hebst, trainierst du die tiefen Bauch- und Gesäßmuskeln, die deine Wirbelsäule in Linie halten.
routine-back-bridge-step-1 = Leg dich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden.
routine-back-bridge-step-2 = Stütz dich mit den Ellbogen neben dir auf dem Boden ab.
routine-back-bridge-step-3 = Spann den Bauch an und drück die Hüfte nach oben, bis Schultern, Hüfte und Knie eine gerade Linie bilden.
routine-back-bridge-step-4 = Halte die Brücke 10 Sekunden ruhig, dann senk dich langsam ab.
routine-back-bridge-cue-1 = Schultern bis Knie bleiben eine gerade Linie.
routine-back-bridge-cue-2 = Atme weiter, während du hältst.
routine-back-bridge-caution-1 = Steigere dich langsam, auch wenn es sich leicht anfühlt.
routine-back-bridge-caution-2 = Geh nie auf extreme Zahlen los: Upright hört bei 6 Brücken von 30 Sekunden auf dem Ball auf.
routine-back-bridge-caution-3 = Hör auf deinen Körper und senk dich ab, wenn etwas wehtut.
routine-back-bridge-progression = Nimm eine Brücke nach der anderen dazu, von 2 bis 4. Dann legst du die Kniekehlen auf einen Gymnastikball. Danach wachsen die Brücken in kleinen Schritten, ein paar Sekunden länger oder eine mehr, bis zu 6 Brücken von 30 Sekunden.
routine-back-bridge-alt = Eine Person liegt mit gebeugten Knien auf dem Rücken und hebt die Hüfte, bis Schultern, Hüfte und Knie eine Linie bilden.
routine-back-bridge-ball-name = Brücke auf dem Ball (schwerer)
routine-back-bridge-ball-how = Leg die Kniekehlen auf einen Gymnastikball und heb dich von dort aus an. Erst, wenn dir 4 Brücken am Boden leichtfallen.
routine-back-bridge-ball-alt = Eine Person liegt auf dem Rücken, die Knie über einem Gymnastikball, die Hüfte angehoben.

## Crunches

routine-crunches-name = Crunches
routine-crunches-purpose = Kräftige obere Bauchmuskeln helfen, die Mitte deiner Wirbelsäule besser in Linie zu halten.
routine-crunches-step-1 = Leg dich auf den Rücken, Knie gebeugt, Füße flach.
routine-crunches-step-2 = Leg die Hände locker hinter den Kopf, sodass sie deinen Nacken stützen.
routine-crunches-step-3 = Heb die Schultern knapp vom Boden und senk sie wieder, schnell und gleichmäßig.
routine-crunches-step-4 = Mach den Satz, ruh dich etwa 45 Sekunden aus, dann mach den nächsten.
routine-crunches-cue-1 = Heb dich nur ein wenig: Höher macht dich langsamer und bringt dich ins Hohlkreuz.
routine-crunches-cue-2 = Lass die Hände den Kopf tragen, drück ihn nie: Merkst du, dass du den Nacken nach vorn drückst, leg die Hände stattdessen über die Brust.
routine-crunches-caution-1 = Nie mehr als 100 Crunches am Tag, alle Trainings zusammen: Mehr schadet, statt weiterzubringen.
routine-crunches-caution-2 = Hör auf, wenn Nacken oder Rücken wehtun.
routine-crunches-progression = Geh von 15 auf 20 Wiederholungen, dann auf bis zu 4 Sätze. Für den letzten Schritt wählst du 25 Wiederholungen oder 5 Sätze: Beides ergibt 100, die Grenze.
routine-crunches-alt = Eine Person auf dem Rücken, die Hände hinter dem Kopf, hebt die Schultern leicht vom Boden.
routine-crunches-chest-name = Hände über der Brust
routine-crunches-chest-how = Wenn du merkst, dass du den Nacken mit den Händen nach vorn drückst, leg sie stattdessen über die Brust.
routine-crunches-chest-alt = Eine Person auf dem Rücken, die Hände über der Brust gekreuzt, hebt die Schultern leicht vom Boden.

## Rumpfatmung

routine-core-breath-name = Rumpfatmung
routine-core-breath-purpose = Ein voller Atemzug, gegen Widerstand ausgeatmet, trainiert den ganzen Rumpf, Rücken und Seiten eingeschlossen.
routine-core-breath-step-1 = Bleib auf dem Rücken liegen und komm kurz zur Ruhe.
routine-core-breath-step-2 = Atme tief ein, sodass sich Bauch, Rippen und Rücken weiten.
routine-core-breath-step-3 = Atme langsam aus, die Lippen zu einem kleinen „u“ geformt.
routine-core-breath-step-4 = Halte den Bauch bis ganz zum Ende des Atemzugs gewölbt; zieh ihn nicht ein.
routine-core-breath-cue-1 = Der Bauch bleibt bis zum Ende des Atemzugs gewölbt.
routine-core-breath-cue-2 = Mach das „u“ klein, damit die Luft auf Widerstand trifft.
routine-core-breath-caution-1 = Diese Übung ist sanft: Steigere sie in dem Tempo, das sich gut anfühlt.
routine-core-breath-progression = Fang mit 5 an und nimm Atemzüge dazu, wann immer du magst, bis zu 30, in einem Tempo, das sich gut anfühlt: Damit tust du dir nicht weh.
routine-core-breath-alt = Eine Person auf dem Rücken atmet mit gewölbtem Bauch ein und dann durch gerundete Lippen aus.

## Beinschwingen

routine-leg-swings-name = Beinschwingen
routine-leg-swings-purpose = Das Schwingen weckt die Gesäßmuskeln, das Fundament, auf dem dein Rumpf steht.
routine-leg-swings-step-1 = Stell dich aufrecht hin, wenn nötig mit einer Hand an Wand oder Stuhl.
routine-leg-swings-step-2 = Heb einen Fuß knapp vom Boden ab.
routine-leg-swings-step-3 = Schwing dieses Bein 30 Sekunden vor und zurück, dann stell es ab und ruh dich aus.
routine-leg-swings-step-4 = Mach eine weitere Runde mit demselben Bein; wird es zu schwer, hör mit dieser Runde früher auf.
routine-leg-swings-step-5 = Wechsle das Bein und mach dasselbe, mit mindestens 15 Sekunden Pause zwischen den Schwüngen.
routine-leg-swings-step-6 = Dann schwing genauso zur Seite: zwei Runden pro Bein, das erste Bein zuerst.
routine-leg-swings-cue-1 = Der schwingende Fuß bleibt in der Luft.
routine-leg-swings-cue-2 = Steh aufrecht; lass die Hüfte die Arbeit machen.
routine-leg-swings-caution-1 = Halt dich an etwas fest, wenn du ins Wackeln kommst.
routine-leg-swings-caution-2 = Die zweite Runde pro Bein darfst du abkürzen: Hör auf, wenn sie zu schwer wird.
routine-leg-swings-progression = Wenn sich jede Runde leicht anfühlt, darfst du länger schwingen, jeweils 30 Sekunden mehr, bis du müde bist: Damit tust du dir nicht weh.
routine-leg-swings-front-name = Schwingen vor und zurück
routine-leg-swings-front-how = Schwing das Bein vor und zurück wie ein Pendel.
routine-leg-swings-front-alt = Eine Person steht auf einem Bein, eine Hand am Stuhl, und schwingt das andere Bein vor und zurück.
routine-leg-swings-side-name = Seitliches Schwingen
routine-leg-swings-side-how = Schwing das Bein zur Seite hinaus und vor dem Körper zurück.
routine-leg-swings-side-alt = Eine Person steht auf einem Bein, eine Hand am Stuhl, und schwingt das andere Bein zur Seite und vor dem Körper zurück.

## Dehnen für den mittleren Rücken

routine-mid-back-stretches-name = Dehnen für den mittleren Rücken
routine-mid-back-stretches-purpose = Sanftes Dehnen nach dem Training lockert verspannte Muskeln rund um deinen mittleren Rücken.
routine-mid-back-stretches-step-1 = Kobra: Leg dich auf den Bauch, die Hände flach neben der Brust.
routine-mid-back-stretches-step-2 = Drück dich langsam hoch, die Hüfte bleibt am Boden, und beug den Rücken nur so weit nach hinten, wie es angenehm ist.
routine-mid-back-stretches-step-3 = Halte 2 tiefe Atemzüge lang, ein durch die Nase, aus durch den Mund, dann senk dich ab. Mach das 3-mal.
routine-mid-back-stretches-step-4 = Seitneigung: Stell dich hin, streck die Arme nach oben und verschränk die Finger über dem Kopf.
routine-mid-back-stretches-step-5 = Neig dich für einen tiefen Atemzug langsam zu einer Seite, dann langsam zur anderen. 3-mal pro Seite.
routine-mid-back-stretches-cue-1 = Bei der Kobra bleibt die Hüfte am Boden.
routine-mid-back-stretches-cue-2 = Geh langsam in jede Dehnung.
routine-mid-back-stretches-caution-1 = Dehn dich nie weiter, als es angenehm ist.
routine-mid-back-stretches-caution-2 = Dehn dich nach jedem Training: Upright endet immer damit, auch wenn ein Training abbricht, weil etwas wehgetan hat.
routine-mid-back-stretches-progression = Das Dehnen wird nicht gesteigert: Mach nach jedem Training dieselben Übungen.
routine-mid-back-stretches-cobra-name = Kobra
routine-mid-back-stretches-cobra-how = Eine sanfte Rückbeuge: Hüfte unten, Brust hoch, nur so weit, wie es angenehm ist.
routine-mid-back-stretches-cobra-alt = Eine Person in Bauchlage drückt die Brust mit den Händen hoch, die Hüfte bleibt am Boden.
routine-mid-back-stretches-reach-name = Seitneigung mit Armen über dem Kopf
routine-mid-back-stretches-reach-how = Die Finger über dem Kopf verschränkt, neig dich für einen Atemzug langsam zu einer Seite, dann zur anderen.
routine-mid-back-stretches-reach-alt = Eine Person steht mit verschränkten Fingern über dem Kopf und neigt sich langsam zu einer Seite, dann zur anderen.

## Stufen

routine-level-holds = { $repeats }-mal { $seconds } s halten
routine-level-holds-ball = { $repeats }-mal { $seconds } s halten, mit Ball
routine-level-holds-top = { $repeats }-mal { $seconds } s halten, mit Ball (das Maximum)
routine-level-sets = { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
} à { $reps }
routine-level-sets-limit = { $sets ->
    [one] { $sets } Satz
   *[other] { $sets } Sätze
} à { $reps } ({ $total }, die Grenze)
routine-level-breaths-start = { $count ->
    [one] { $count } Atemzug
   *[other] { $count } Atemzüge
} zum Start
routine-level-swings = { $rounds ->
    [one] { $rounds } Runde
   *[other] { $rounds } Runden
} à { $seconds } s in jede Richtung pro Bein
routine-level-swings-longer = { $rounds ->
    [one] { $rounds } Runde
   *[other] { $rounds } Runden
} in jede Richtung, länger, wenn es leichtfällt
routine-level-stretches = das ganze Dehnprogramm

## Dosierung

routine-dosage-holds = { $repeats } × { $seconds } s halten
routine-dosage-holds-ball = { $repeats } × { $seconds } s halten (Knie auf dem Ball)
routine-dosage-reps = { $sets } × { $reps } Wiederholungen
routine-dosage-breaths = { $count ->
    [one] { $count } langsamer Atemzug
   *[other] { $count } langsame Atemzüge
}
routine-dosage-swings = { $front ->
    [one] { $seconds } s
   *[other] { $front } Runden à { $seconds } s
} vor und zurück pro Bein, dann { $same ->
    [yes] dasselbe zur Seite
   *[no] { $side ->
        [one] { $seconds } s
       *[other] { $side } Runden à { $seconds } s
    } zur Seite pro Bein
}{ $longer ->
    [yes] ; Runden dürfen länger werden, wenn es leichtfällt
   *[no] {""}
}
routine-dosage-stretches = Kobra { $repeats } × { $breaths } Atemzüge, Seitneigung { $reaches } × pro Seite

## Warum eine Dosierung abgelehnt wird

routine-refused-bridge-empty = Eine Brücke braucht mindestens eine Wiederholung von mindestens einer Sekunde.
routine-refused-bridge-over = Upright hört bei { $holds } Brücken von { $seconds } Sekunden auf: Viel mehr belastet deinen Rücken, statt ihm zu helfen.
routine-refused-crunches-empty = Crunches brauchen mindestens einen Satz mit einer Wiederholung.
routine-refused-crunches-over = { $sets } × { $reps } sind { $total } Crunches: Mehr als { $cap } am Tag schaden mehr, als sie nützen.
routine-refused-breaths = Wähle zwischen 1 und { $most } Atemzügen.
routine-refused-swing-seconds = Beinschwingen dauert 10 bis 60 Sekunden pro Bein.
routine-refused-swing-rounds = Beinschwingen hat eine oder zwei Runden pro Bein und Richtung.
routine-refused-stretches = Das Dehnen bleibt jedes Mal gleich: Es wird nicht gesteigert.
routine-refused-kind = Diese Art von Dosierung passt nicht zu „{ $name }“.
