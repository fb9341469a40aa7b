# Die Wörter der Aufzeichnungen (src/progress, src/store). Quelle: locales/en/records.ftl.

## Zahlen, Dauern, Daten

records-decimal = { $whole },{ $tenth }
records-seconds = { $s } s
records-minutes = { $m } min
records-minutes-seconds = { $m } min { $s } s
records-month-name = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
records-month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
records-date = { $day }. { $month } { $year }
records-date-short = { $day }. { $month }
records-month = { $month } { $year }
records-weekday = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
records-weekday-short = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
records-day = { $weekday }, { $date }
records-range = { $from } bis { $to }
records-time = { $hour }:{ $minute }

## Was von einer Übung gemacht wurde

records-done-holds = { $done } von { $planned } Brücken
records-done-holds-held = { $done } von { $planned } Brücken, { $held } gehalten
records-done-reps = { $reps } Wiederholungen in { $sets } von { $planned_sets } Sätzen zu { $planned_reps }
records-done-breaths = { $done } von { $planned ->
    [one] 1 Atemzug
   *[other] { $planned } Atemzügen
}
records-done-rounds = { $done } von { $planned } Runden
records-done-rounds-time = { $done } von { $planned } Runden, insgesamt { $time }
records-done-stretches = { $cobras } von { $planned_cobras } Kobras, { $reaches } von { $planned_reaches } Seitdehnungen

## Eine Übung als Zeile

records-flag-pain = abgebrochen: es tat weh
records-flag-skipped = übersprungen
records-line = { $name }: { $done }
records-line-rest = { $name }: { $done }, { $rest } s Pause
records-line-flag = { $name }: { $done } – { $flag }
records-line-rest-flag = { $name }: { $done }, { $rest } s Pause – { $flag }
records-line-only-flag = { $name }: { $flag }

## Nach dem Training

records-nothing-done = Begonnen, nichts gemacht
records-title-pain = Du hast aufgehört, als es wehtat: genau richtig. Ruh dich aus und mach sanft weiter.
records-title-done = Training geschafft
records-title-early = Training früher beendet
records-felt-easy = Leicht
records-felt-good = Genau richtig
records-felt-hard = Schwer

## Verlauf

records-stats-none = Noch keine Trainings erfasst.
records-stats = { $total ->
    [one] 1 Training
   *[other] { $total } Trainings
} erfasst, { $week } in den letzten 7 Tagen; aktuelle Serie { $current ->
    [one] 1 Tag
   *[other] { $current } Tage
}, längste { $longest ->
    [one] 1 Tag
   *[other] { $longest } Tage
}.
records-stats-pain-same = Der Schmerz vor dem Training lag { $unit ->
    [week] { $n ->
        [one] in der letzten Woche
       *[other] in den letzten { $n } Wochen
    }
   *[day] { $n ->
        [one] am letzten Tag
       *[other] in den letzten { $n } Tagen
    }
} gleichbleibend bei etwa { $from }.
records-stats-pain-change = Der Schmerz vor dem Training veränderte sich { $unit ->
    [week] { $n ->
        [one] in 1 Woche
       *[other] in { $n } Wochen
    }
   *[day] { $n ->
        [one] an 1 Tag
       *[other] in { $n } Tagen
    }
} von { $from } auf { $to }.

## Import

records-imported-empty = Datei importiert: Sie enthielt keine Trainings.
records-imported-all-new = { $count ->
    [one] 1 Training importiert: Es ist neu.
   *[other] { $count } Trainings importiert: alle neu.
}
records-imported-none-new = { $count ->
    [one] 1 Training importiert: Es war schon da, nichts Neues.
   *[other] { $count } Trainings importiert: Alle waren schon da, nichts Neues.
}
records-imported-some-new = { $count } Trainings importiert: { $added } neu, der Rest war schon da.

## Antworten auf Einstellungen, Bewertungen und Vorschläge

records-pain-range = Wähle eine Zahl von 0 bis 10.
records-no-such-workout = Dieses Training ist nicht in deinem Verlauf.
records-pain-logged = Eingetragen: Dein Rücken fühlt sich heute wie { $pain } von 10 an. Du siehst es im Verlauf.
records-next-level = Ab deinem nächsten Training: { $name }, { $level }.
records-stretches-always = Die Dehnungen kommen nach jedem Training: Sie lassen sich nicht weglassen.
records-stretches-fixed = Die Dehnungen bleiben jedes Mal gleich: Sie werden nicht gesteigert.
records-swing-rest = Ruh dich zwischen den Beinschwüngen mindestens { $min } s aus.
records-crunch-rest = Ruh dich zwischen den Crunch-Sätzen etwa { $about } s aus: Wähle { $min } bis { $max } s.
records-limit = { $name }: Wähle { $min } bis { $max } s.
records-limit-get-ready = Bereitmachen
records-limit-breath = Ein langsamer Atemzug
records-limit-bridge-rest = Pause zwischen den Brücken
records-limit-change = Zeit für den Positionswechsel
records-limit-crunch-rest = Pause zwischen den Crunch-Sätzen
records-limit-swing-rest = Pause zwischen den Beinschwüngen
records-core-breaths = Wähle zwischen 1 und { $max } Atemzügen für die Rumpfatmung.
records-volume = Die Lautstärke geht von 0 bis 100 %.
records-no-level = { $name } hat keine Stufe { $level }.
records-one-step = { $name } steigt nur Stufe für Stufe: Wähle die nächste Stufe nach oben oder unten.
records-not-a-choice = Diese Wahl gehört nicht zu diesem Vorschlag.
records-jump = { $name } von { $from } auf { $to } ({ $steps } Stufen auf einmal)
records-and = { $first } und { $then }
records-jump-question = Du erhöhst { $jumps }. Die Routine baut sich langsam auf: eine Stufe nach der anderen, und erst, wenn sich die jetzige leicht anfühlt und dein Rücken nicht schlechter wird. Upright bietet dir jede Stufe an, sobald deine Trainings zeigen, dass du so weit bist. Trotzdem erhöhen?

## Vorschläge

records-step-back = { $name } hat beim letzten Mal wehgetan. Eine Stufe leichter, auf { $level }, bis es sich wieder angenehm anfühlt?
records-stay-start = { $name } hat beim letzten Mal wehgetan. Bleib bei der Anfangsstufe und beweg dich sanft; wenn es weiter wehtut, lass die Übung weg und frag eine Ärztin, einen Arzt oder jemanden aus der Physiotherapie.
records-stay-pain = Dein Rücken hat nach dem letzten Training mehr wehgetan. Lass { $name } vorerst auf { $level }; steigere erst, wenn dein Rücken nach dem Training nicht schlechter ist.
records-rate-pain = Deine Trainings laufen gut. Bevor Upright dir die nächste Stufe anbietet, bewerte vor oder nach deinen nächsten Trainings, wie sich dein Rücken anfühlt, damit es sieht, ob dir die Mehrarbeit guttut.
records-up-crunch-top = Bereit für die letzte Crunch-Stufe? Wähle 4 Sätze zu 25 oder 5 Sätze zu 20: Beides ergibt 100, das Höchste, was ein Training je enthalten sollte.
records-up-crunch-reps = Bereit für { $reps } Crunches pro Satz?
records-up-crunch-sets = Bereit für { $sets } Sätze zu { $reps } Crunches?
records-up-ball = Vier Brücken fallen dir jetzt leicht. Bereit, sie mit den Knien über einem Gymnastikball zu versuchen?
records-up-ball-bridges = Bereit für { $repeats } Ball-Brücken zu { $seconds } Sekunden?
records-up-bridges = Bereit für { $repeats } Brücken zu { $seconds } Sekunden?
records-up-swings = Jede Runde fällt dir jetzt leicht. Bereit, länger zu schwingen, wenn du magst, jeweils { $seconds } Sekunden mehr, bis du müde bist?
records-up-other = Bereit für { $dosage }?

## Einträge mit einem Datum nach heute

records-set-aside = { $ratings ->
    [0] { $workouts ->
        [one] 1 Training
       *[other] { $workouts } Trainings
    }
   *[other] { $workouts ->
        [0] { $ratings ->
            [one] 1 Schmerzbewertung
           *[other] { $ratings } Schmerzbewertungen
        }
        [one] 1 Training und { $ratings ->
            [one] 1 Schmerzbewertung
           *[other] { $ratings } Schmerzbewertungen
        }
       *[other] { $workouts } Trainings und { $ratings ->
            [one] 1 Schmerzbewertung
           *[other] { $ratings } Schmerzbewertungen
        }
    }
} { $count ->
    [one] ist
   *[other] sind
} hier mit einem Datum nach heute gespeichert (ab { $from }): Vielleicht wurde die Uhr dieses Geräts verstellt, oder die gespeicherten Daten sind beschädigt. Sie wurden beiseitegelegt, damit Vorschläge, das Crunch-Limit des Tages und die Schmerzwarnung sie nicht verwenden, und der Originaltext bleibt erhalten: Du kannst ihn herunterladen.

## Bericht

records-period-4w = Letzte 4 Wochen
records-period-3m = Letzte 3 Monate
records-period-all = Alles Erfasste

## Erinnerungen

records-days-every = jeden Tag
records-days-workdays = werktags (Montag bis Freitag)
records-days-none = kein Tag
records-days-and = { $rest } und { $last }
records-ics-summary = Upright: Rückenroutine
records-ics-text = Zeit für deine Rückenroutine: etwa { $minutes } Minuten mit Upright. Öffne Upright und starte; hör bei allem auf, was wehtut.
records-notification = Deine Rückenroutine wartet: etwa { $minutes } Minuten. Tippe, um Upright zu öffnen.
records-ics-no-day = Wähle mindestens einen Tag für die Erinnerung.

## Tabellenexport (CSV)

records-csv-date = Datum
records-csv-start = Startzeit
records-csv-minutes = Dauer min
records-csv-completed = abgeschlossen
records-csv-pain-before = Schmerz vorher
records-csv-pain-after = Schmerz nachher
records-csv-felt = Empfinden
records-csv-holds = Brücken
records-csv-reps = Crunch-Wiederholungen
records-csv-sets = Crunch-Sätze
records-csv-breaths = Rumpfatemzüge
records-csv-sides = Beinschwung-Runden
records-csv-stretches = Dehnungen gemacht
records-csv-skipped = übersprungene Übungen
records-csv-stopped = wegen Schmerz abgebrochen
records-csv-note = Notiz
records-csv-yes = ja
records-csv-no = nein
records-csv-partly = teilweise

## Speicher

records-unreadable = Einige gespeicherte Daten konnten nicht gelesen werden.
records-kept-aside = Upright ist mit allem gestartet, was es lesen konnte, und hat den Originaltext beiseitegelegt: Du kannst ihn herunterladen.
records-not-kept-aside = Der Originaltext konnte nicht beiseitegelegt werden, deshalb überschreibt Upright ihn nicht: Lade ihn herunter, bevor du neue Trainings speicherst.
records-storage-full = Der Speicher dieses Geräts für Upright ist voll. Deine Trainings sind vorerst auf dieser Seite sicher: Exportiere sie, damit nichts verloren geht.
records-storage-refused = Dieser Browser hat Upright nicht speichern lassen. Deine Trainings sind vorerst auf dieser Seite sicher: Exportiere sie, damit nichts verloren geht.
records-no-storage = Dieser Browser lässt Upright keine Daten behalten, dein Verlauf bleibt also nur, bis du die Seite schließt. Exportiere ihn, bevor du gehst.
records-held-in-page = Deine neuen Daten bleiben nur auf dieser Seite, bis der unlesbare gespeicherte Text heruntergeladen ist. Nutze die Schaltfläche unten und lade die Seite dann neu.

records-dosage-hold-rest = { $dosage }, { $seconds } s Pause zwischen dem Halten
records-dosage-set-rest = { $dosage }, { $seconds } s Pause
records-dosage-swing-rest = { $dosage }, mindestens { $seconds } s Pause zwischen den Durchgängen
