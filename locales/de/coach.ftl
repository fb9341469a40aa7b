# Die Wörter des Trainers (src/workout): Titel und Anleitungen der Schritte,
# was der Trainer wann sagt, der Hinweis zu den Crunches und die Knöpfe im Player.

## Titel der Schritte

coach-title-get-ready = Mach dich bereit
coach-next = Als Nächstes: { $name }
coach-title-rest = Pause
coach-title-bridge = Brücke halten
coach-title-ball-bridge = Ballbrücke halten
coach-title-crunches = Crunches
coach-title-core-breath = Rumpfatmung
coach-title-front-swings = { $side ->
    [left] Vor und zurück – linkes Bein
   *[right] Vor und zurück – rechtes Bein
}
coach-title-side-swings = { $side ->
    [left] Zur Seite – linkes Bein
   *[right] Zur Seite – rechtes Bein
}
coach-title-cobra = Kobra
coach-name-side-reach = Seitdehnung
coach-title-side-reach = { $side ->
    [left] Seitdehnung – links
   *[right] Seitdehnung – rechts
}
coach-last-step = Letzter Schritt

## Anleitungen der Schritte

coach-setup-bridge = Leg dich auf den Rücken, Knie gebeugt, Füße flach, Ellbogen am Boden.
coach-setup-ball-bridge = Leg dich auf den Rücken, die Kniekehlen auf dem Ball.
coach-setup-crunches = Bleib auf dem Rücken, Knie gebeugt, Hände locker hinter dem Kopf.
coach-setup-core-breath = Bleib auf dem Rücken und lass deinen Atem ruhig werden.
coach-setup-leg-swings = Steh auf, ein Stuhl oder eine Wand in Reichweite.
coach-setup-stretches = Leg dich auf den Bauch, die Hände flach neben der Brust.
coach-setup-side-reach = Steh auf, streck die Arme hoch und verschränk die Finger über dem Kopf.
coach-do-bridge = Drück die Hüfte hoch und halte sie ruhig.
coach-do-ball-bridge = Drück die Hüfte vom Ball hoch und halte sie ruhig.
coach-rest-bridge = Senk die Hüfte langsam ab und atme.
coach-do-crunches-paced = Roll dich bei jedem Tick hoch, knapp über den Boden.
coach-do-crunches-counted = Zähl kleine, schnelle Crunches, die Schultern knapp über dem Boden. Tippe nach dem Satz auf Fertig.
coach-rest-crunches = Bleib auf dem Rücken liegen und atme ruhig.
coach-do-core-breath = Atme tief ein, dann langsam durch ein kleines „u“ aus. Halte den Bauch gewölbt.
coach-do-front-swing = { $side ->
    [left] Schwing dein linkes Bein vor und zurück, der Fuß in der Luft.
   *[right] Schwing dein rechtes Bein vor und zurück, der Fuß in der Luft.
}
coach-do-side-swing = { $side ->
    [left] Schwing dein linkes Bein zur Seite und vor dem anderen zurück.
   *[right] Schwing dein rechtes Bein zur Seite und vor dem anderen zurück.
}
coach-do-swing-again = { $side ->
    [left] Noch eine Runde mit dem linken Bein. Zu schwer? Tippe auf { $stop }.
   *[right] Noch eine Runde mit dem rechten Bein. Zu schwer? Tippe auf { $stop }.
}
coach-rest-swings = Beide Füße auf den Boden, atme ruhig.
coach-do-cobra = Drück dich langsam hoch, die Hüfte bleibt unten, nur so weit es angenehm ist, dann nimm { $breaths ->
    [one] einen langsamen, tiefen Atemzug.
   *[other] { $breaths } langsame, tiefe Atemzüge.
}
coach-rest-cobra = Senk dich langsam ab und entspann dich.
coach-do-side-reach = { $side ->
    [left] Lehn dich langsam nach links, nimm einen langsamen, tiefen Atemzug und komm langsam wieder hoch.
   *[right] Lehn dich langsam nach rechts, nimm einen langsamen, tiefen Atemzug und komm langsam wieder hoch.
}

## Die Knöpfe für eine Runde Beinschwingen

coach-stop-round = Runde beenden
coach-extend = +30 s

## Was der Trainer sagt

coach-say-step = { $step ->
    [get-ready] Vorbereitung
    [rest] Pause
    [bridge] Brücke halten
    [ball-bridge] Ballbrücke halten
    [crunches] Crunches
    [core-breath] Rumpfatmung
    [front-swings] vor und zurück, { $side ->
        [left] linkes Bein
       *[right] rechtes Bein
    }
    [side-swings] zur Seite, { $side ->
        [left] linkes Bein
       *[right] rechtes Bein
    }
    [cobra] Kobra
    [side-reach] Seitdehnung, { $side ->
        [left] links
       *[right] rechts
    }
   *[next] als Nächstes { coach-say-exercise }
}
coach-say-exercise = { $exercise ->
    [back-bridge] Brücke
    [crunches] Crunches
    [core-breath] Rumpfatmung
    [leg-swings] Beinschwingen
    [side-reach] Seitdehnung
   *[mid-back-stretches] Dehnen für den Rücken
}
coach-say-count = { $count } { $what }
coach-say-round = { $what }, Runde { $round }
coach-say-last-set = { $what }, der letzte Satz
coach-say-last-hold = { $what }, das letzte Mal

coach-line-rest = Pause.
coach-line-get-ready = Mach dich bereit.
coach-line-next = Gleich: { $what }.
coach-line-hold = Halten.
coach-line-last-hold = Das letzte Mal. Halten.
coach-line-go = Los.
coach-line-last-five = Noch fünf.
coach-line-set = { $count } { $what }. Los.
coach-line-last-set = Letzter Satz. { $count } { $what }. Los.
coach-line-left-leg = Linkes Bein. Los.
coach-line-right-leg = Rechtes Bein. Los.
coach-line-switch-legs = Beinwechsel. Los.
coach-line-halfway = Halbzeit.
coach-line-lean-left = Lehn dich langsam nach links.
coach-line-lean-right = Jetzt langsam nach rechts.
coach-line-last-left = Zum letzten Mal nach links.
coach-line-last-right = Und das letzte Mal nach rechts.
coach-line-again-left = Wieder nach links.
coach-line-again-right = Und rüber nach rechts.
coach-line-push-up = Drück dich langsam hoch.
coach-line-last-push-up = Das letzte Mal. Drück dich langsam hoch.
coach-line-in = Einatmen.
coach-line-last-in = Das letzte Mal. Einatmen.
coach-line-last-five-in = Noch fünf. Einatmen.
coach-line-in-again = Wieder ein.
coach-line-out-oo = Aus, durch ein kleines u.
coach-line-out-slowly = Langsam aus.
coach-line-out = Und aus.
coach-line-back-up = Langsam wieder hoch.
coach-line-back-middle = Und langsam zurück zur Mitte.
coach-line-done = Training geschafft. Gut gemacht.
coach-line-done-gently = Das war's für heute. Ruh dich aus und sei sanft zu deinem Rücken.
coach-resume-rest = Weiter geht's: Pause, dann { $next }.
coach-resume-get-ready = Weiter geht's. Gleich: { $next }.
coach-resume-step = Weiter geht's: { $what }.
coach-resume = Weiter geht's.

## Vor dem Start: das Tageslimit für Crunches

coach-crunch-note-none = Du hast heute schon { $done } Crunches gemacht, das Tageslimit von { $limit }: Dieses Training lässt sie weg.
coach-crunch-note-within = Du hast heute schon { $done } Crunches gemacht; dieses Training bringt { $total } dazu, innerhalb des Tageslimits von { $limit }.
coach-crunch-note-cut = Du hast heute schon { $done } Crunches gemacht. Mit dem Tageslimit von { $limit } bleiben für dieses Training { $left }: { $sets ->
    [one] 1 Satz mit { $reps }.
   *[other] { $sets } Sätze mit { $reps }.
}
coach-error-twice = Jede Übung kann nur einmal im Training vorkommen.

## Wenn das Gerät nicht kann, was die Hinweisart verlangt

coach-fallback-beeps-for-vibration = Dieser Browser kann nicht vibrieren, darum piept Upright stattdessen.
coach-fallback-beeps-without-voice = Dieser Browser kann nicht sprechen, darum piept Upright nur.
coach-fallback-voice-without-beeps = Dieser Browser kann keine Pieptöne abspielen, darum spricht Upright nur.
coach-fallback-screen-only = Dieser Browser kann weder Töne abspielen noch vibrieren: Folge dem Bildschirm.
coach-unavailable-voice = Die Stimme ist nicht verfügbar: Dieser Browser kann nicht sprechen.
coach-unavailable-beeps = Pieptöne sind nicht verfügbar: Dieser Browser kann sie nicht abspielen.
coach-unavailable-vibrate = Nur Vibration ist nicht verfügbar: Dieser Browser kann nicht vibrieren (kein iPhone-Browser kann das). Upright piept stattdessen.
