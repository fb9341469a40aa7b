# Die Wörter der Bildschirme (src/ui).

## Einstellungen: die Sprache

ui-language-choice = Sprache
ui-language-phone = Sprache des Telefons ({ $name })
ui-language-unavailable = Die Texte auf { $name } konnten nicht geladen werden. Versuche es noch einmal, sobald das Telefon online ist.
ui-language-no-voice = Dieses Telefon hat keine Stimme für { $name }: Der Coach liest mit der Standardstimme des Telefons vor.

## Gemeinsam

ui-back = Zurück
ui-history = Verlauf
ui-settings = Einstellungen
ui-paused = Pausiert
ui-resume = Weiter
ui-save = Speichern
ui-save-what-i-did = Bisheriges speichern
ui-discard = Verwerfen
ui-dismiss = Schließen
ui-export-history = Verlauf exportieren
ui-report-for-doctor = Bericht für meine Ärztin oder meinen Arzt
ui-safety = Sicherheit
ui-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
ui-minutes-short = { $minutes } Min.
ui-pain-hint = 0 heißt keine Schmerzen, 10 die schlimmsten, die du dir vorstellen kannst. Freiwillig: Tippe noch einmal, um die Wahl zu löschen.
ui-doctor-seen = Ich war deswegen beim Arzt
ui-download-raw = Originaltext herunterladen

## Start

ui-home-lead = Fünf sanfte Übungen für den mittleren Rücken. Leg das Telefon neben dich: Upright stoppt jeden Schritt, zählt deine Crunches und sagt dir, was als Nächstes kommt.
ui-home-minutes = { $minutes ->
    [one] Etwa { $minutes } Minute
   *[other] Etwa { $minutes } Minuten
}
ui-home-left-out = nicht im Plan
ui-home-pain-question = Wie fühlt sich dein Rücken gerade an?
ui-home-running = Ein Training läuft noch, pausiert an der Stelle, an der du aufgehört hast.
ui-home-back-to-workout = Zurück zum Training
ui-home-start = Training starten
ui-home-ask-title = Dein Rücken steht bei { $pain } von 10. Heute trotzdem?
ui-home-ask-text = An so einem schlechten Tag ist Ruhe in Ordnung, und die sanften Dehnungen allein auch (ein paar Minuten, nur so weit es angenehm ist). Wenn der Schmerz neu ist oder mit anderen Beschwerden kommt, geh zum Arzt.
ui-home-ask-stretches = Nur die sanften Dehnungen
ui-home-ask-rest = Heute ausruhen und eintragen, wie es mir geht
ui-home-ask-anyway = Trotzdem das ganze Training
ui-home-log-pain = Heute kein Training? Trag ein, wie sich dein Rücken anfühlt

## Die Übungskarte

ui-card-back-to-workout = Zurück zum Training
ui-card-today = Heute:
ui-card-how = So geht's
ui-card-form = Haltung
ui-card-care = Pass auf
ui-card-building-up = Steigerung
ui-card-variations = Varianten

## Der Player

ui-player-how = Wie geht das?
ui-player-progress = Trainingsfortschritt
ui-player-sound-on = Tippen, um den Ton wieder einzuschalten
ui-player-hurt-note = Gestoppt. Jetzt kommen die sanften Dehnungen; lass sie aus, wenn auch sie wehtun.
ui-player-done = Fertig
ui-player-prev = ◀ Zurück
ui-player-prev-label = Vorheriger Schritt
ui-player-pause = Pause
ui-player-next = Vor ▶
ui-player-next-label = Nächster Schritt
ui-player-hurts = Das tut weh
ui-player-finish = Jetzt beenden
ui-step-count = { $kind ->
    [hold] Halten
    [cobra] Kobra
    [reach] Seitneigung
    [breath] Atemzug
   *[set] Satz
} { $index } von { $count }
ui-step-side = { $side ->
    [left] { $part ->
        [leg] Linkes Bein
       *[side] Linke Seite
    }
   *[right] { $part ->
        [leg] Rechtes Bein
       *[side] Rechte Seite
    }
}
ui-step-rep-of = von
ui-step-reps = { $count } Wdh.
ui-step-seconds-left = Sekunden übrig
ui-step-reps-unit = Wdh.

## Die Fragen des Players

ui-hurt-say = Stopp, ruh dich aus. Atme ruhig und mach nicht gegen den Schmerz weiter.
ui-hurt-title = Stopp, ruh dich aus
ui-hurt-text = Das Training ist pausiert. Atme ruhig und mach nicht gegen den Schmerz weiter. Wenn du so weit bist:
ui-hurt-stretches = Weiter mit den sanften Dehnungen
ui-hurt-end = Training beenden
ui-hurt-continue = Nur ein kurzes Ziehen: weitermachen
ui-finish-title = Training jetzt beenden?
ui-finish-text-stretches = Die sanften Dehnungen schließen jedes Training ab: Mach sie jetzt, dann wird gespeichert. Oder speichere das Bisherige, oder behalte nichts davon.
ui-finish-text = Speichere das Bisherige, oder behalte nichts von diesem Training.
ui-finish-stretch = Erst dehnen, dann beenden
ui-finish-keep = Weitermachen
ui-finish-discard = Training verwerfen
ui-away-days = { $count } Tage
ui-away-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
ui-away-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
ui-stale-title = Willkommen zurück
ui-stale-text = Du warst { $away } weg; das Training hat dort angehalten, wo du aufgehört hast. Mach dort weiter, behalte das Bisherige, oder lass es sein.
ui-leave-title = Training verlassen?
ui-leave-text = Es pausiert dort, wo du gehst, und wartet, bis du es auf dem Startbildschirm wieder öffnest.
ui-leave-stay = Im Training bleiben
ui-leave-go = Erst mal gehen

## Zusammenfassung

ui-summary-missing = Dieses Training ist nicht in deinem Verlauf.
ui-summary-duration = { $minutes } Min. { $seconds } s
ui-summary-pain = Wie fühlt sich dein Rücken jetzt an?
ui-summary-felt = Wie war es?
ui-summary-note = Notiz (freiwillig)
ui-summary-saved = Gespeichert.
ui-summary-continue = Weiter

## Vorschläge

ui-suggestions-title = Dein nächster Schritt
ui-suggestion-accept = Annehmen
ui-suggestion-sets = { $sets } Sätze mit { $reps }
ui-suggestion-got-it = Verstanden
ui-suggestion-not-yet = Noch nicht

## Verlauf

ui-history-done = Trainings
ui-history-week = Diese Woche
ui-history-streak = Aktuelle Serie
ui-history-longest = Längste Serie
ui-history-export-reminder = Dein Browser kann die Daten von Upright löschen. Exportiere deinen Verlauf ab und zu, um eine Kopie zu behalten.
ui-history-export-json = Exportieren (JSON)
ui-history-export-csv = Für eine Tabelle exportieren (CSV)
ui-history-import = Einen JSON-Export importieren
ui-history-more = Ältere Trainings zeigen ({ $count } weitere)
ui-history-import-failed = Diese Datei wurde nicht importiert, nichts wurde geändert: { $why }
ui-history-pain-both = Schmerz { $before } → { $after }
ui-history-pain-before = Schmerz { $before } vorher
ui-history-pain-after = Schmerz { $after } nachher
ui-history-felt = { $felt ->
    [easy] fühlte sich leicht an
    [good] fühlte sich passend an
   *[hard] fühlte sich schwer an
}
ui-calendar-month = { $month ->
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
} { $year }
ui-calendar-weekdays = M D M D F S S
ui-calendar-workout-done = Training gemacht
ui-calendar-pain-logged = Rückenschmerz { $pain } von 10 eingetragen
ui-calendar-key-workout = Training
ui-calendar-key-logged = Schmerz eingetragen, kein Training
ui-chart-pain = Schmerz vor und nach dem Training und an Tagen ohne Training, 0 bis 10, nach Datum
ui-chart-crunches = Crunches pro Tag, nach Datum
ui-chart-key-before = Schmerz vorher
ui-chart-key-after = Schmerz nachher
ui-chart-key-without = ohne Training
ui-chart-key-crunches = Crunches pro Tag
ui-pain-log-title = Ohne Training
ui-pain-log-item = { $date }: Rückenschmerz { $pain } von 10

## Einstellungen

ui-settings-cues = Signale
ui-cue-voice = Stimme und Töne
ui-cue-beeps = Nur Töne
ui-cue-vibrate = Nur Vibration
ui-cue-silent = Lautlos
ui-settings-volume = Lautstärke
ui-settings-test-sound = Ton testen
ui-settings-test-line = So klingt Upright.
ui-settings-timing = Zeiten
ui-settings-get-ready = Vorbereitung
ui-settings-slow-breath = Ein langsamer Atemzug
ui-settings-bridge-rest = Pause zwischen den Brücken
ui-settings-change-position = Zeit zum Umsetzen
ui-settings-crunches = Crunches
ui-pace-self = Ich zähle selbst und tippe auf Fertig
ui-pace-fast = Vorgegeben: schnell (je 1,2 s)
ui-pace-medium = Vorgegeben: je 1,5 s
ui-pace-steady = Vorgegeben: je 2 s
ui-pace-slow = Vorgegeben: langsam (je 3 s)
ui-settings-crunch-rest = Pause zwischen den Crunch-Sätzen
ui-settings-swing-rest = Pause zwischen den Beinschwüngen
ui-settings-exercises = Übungen und Stufen
ui-settings-core-breaths = Atemzüge für die Körpermitte
ui-unit-seconds = s
ui-unit-breaths = Atemzüge
ui-settings-at-least = { $label }: Die Routine braucht mindestens { $min } { $unit }.
ui-settings-level = Stufe für { $name }
ui-jump-title = Mehr als eine Stufe höher?
ui-jump-keep = Stufe behalten
ui-jump-confirm = Trotzdem erhöhen
ui-settings-display = Anzeige
ui-theme-system = Wie das System
ui-theme-light = Hell
ui-theme-dark = Dunkel
ui-settings-large-text = Größere Schrift
ui-settings-data = Deine Daten
ui-persist-yes = Dieser Browser hat zugesagt, die Daten von Upright zu behalten.
ui-persist-no = Dieser Browser kann die Daten von Upright löschen, wenn der Speicher knapp wird: Exportiere ab und zu.
ui-persist-unknown = Upright bittet den Browser nach deinem ersten gespeicherten Training, seine Daten zu behalten.
ui-settings-safety-info = Hinweise zur Sicherheit
ui-voice = Stimme
ui-voice-default = Standard des Browsers
ui-storage-note = Safari kann die Daten von Upright nach 7 Tagen ohne Nutzung löschen, außer Upright liegt auf deinem Home-Bildschirm. Leg es dort ab (siehe Installieren oben) und exportiere deinen Verlauf ab und zu.
ui-screen-on-ios = Lass den Bildschirm an: Dieser Browser schafft das nicht von selbst. Stell fürs Training unter Einstellungen → Anzeige & Helligkeit → Automatische Sperre „Nie“ ein, oder tippe ab und zu auf den Bildschirm.
ui-screen-on = Lass den Bildschirm an: Dieser Browser schafft das nicht von selbst. Tippe ab und zu auf den Bildschirm, oder verlängere die Bildschirmzeit in den Einstellungen deines Telefons.

## Erinnerungen

ui-reminders = Erinnerungen
ui-reminders-hint = Wähle Tage und eine Uhrzeit und füge sie deinem Kalender hinzu: Dein Kalender erinnert dich, ganz ohne Konto. Eine neue Datei ändert denselben Termin.
ui-reminder-days = Tage
ui-reminder-every-day = Jeden Tag
ui-reminder-weekdays = Werktags
ui-reminder-time = Uhrzeit
ui-reminder-none = Noch kein Tag gewählt.
ui-reminder-summary = Erinnerung { $days } um { $time }.
ui-reminder-add = Zu meinem Kalender hinzufügen
ui-reminder-notify = Auch eine Mitteilung zeigen, wenn ich Upright an einem Erinnerungstag vor meinem Training öffne
ui-reminder-blocked = Mitteilungen sind für Upright blockiert: Du kannst sie in den Website-Einstellungen des Browsers erlauben.
ui-reminder-installed = Das klappt am besten, wenn Upright auf deinem Home-Bildschirm installiert ist.

## Installieren

ui-install = Installieren
ui-install-text = Installiere Upright, um es vom Home-Bildschirm zu öffnen, im Vollbild und offline, wie jede andere App.
ui-install-button = Upright installieren
ui-install-ios = Leg Upright auf deinen Home-Bildschirm: Es öffnet sich im Vollbild, läuft offline, und Safari behält seine Daten.
ui-ios-share = Teilen
ui-ios-add-home = Zum Home-Bildschirm
ui-ios-add = Hinzufügen
ui-install-step-share = Tippe in der Leiste von Safari auf { $share }.
ui-install-step-add = Wähle { $home } und dann { $add }.

## Aktualisierung

ui-update-ready = Eine neue Version von Upright ist bereit.
ui-update-now = Jetzt aktualisieren
ui-updating = Wird aktualisiert…

## Vor dem Start

ui-doctor-title = Bitte geh zuerst zum Arzt
ui-doctor-lead = Mit einem dieser Anzeichen sollte das Training warten, bis sich eine Ärztin, ein Arzt oder eine Physiotherapeutin deinen Rücken angesehen hat. Upright startet vorerst kein Training.
ui-doctor-urgent = Probleme, Blase oder Darm zu kontrollieren, oder Taubheit oder Schwäche in den Beinen, die neu ist oder schlimmer wird, brauchen noch heute Hilfe: Ruf deine Arztpraxis an oder den Notruf.
ui-doctor-return = Sobald eine Ärztin oder ein Arzt gesagt hat, dass diese Übungen für dich in Ordnung sind, komm zurück und wähle „Verstanden“.
ui-doctor-back = Zurück zur Liste

## Hinweise

ui-storage-full = Der Speicher ist voll: Wenn diese Seite neu lädt, beginnt das Training von vorn.
ui-resume-failed-limits = Das laufende Training konnte nicht fortgesetzt werden: Es verletzt die Grenzen der Routine ({ $why }). Es wurde beiseitegelegt, und du kannst es herunterladen.
ui-resume-failed-unreadable = Das laufende Training konnte nicht fortgesetzt werden: Sein gespeicherter Stand war nicht lesbar. Es wurde beiseitegelegt, und du kannst es herunterladen.
ui-pain-choose-first = Wähle zuerst eine Zahl: Wie fühlt sich dein Rücken gerade an?
ui-pain-logged = Eingetragen: Dein Rücken steht heute bei { $pain } von 10. Du siehst es im Verlauf.
ui-file-refused = Der Browser hat die Datei nicht erstellt.
ui-file-too-large = Diese Datei ist größer als { $size } MB: Sie ist kein Export von Upright.
ui-file-unreadable = Die Datei konnte nicht gelesen werden.
ui-panic = Etwas ist schiefgegangen und Upright hat angehalten. Deine gespeicherten Trainings sind unberührt. Lade neu, um weiterzumachen; passiert es wieder, lade deine Daten herunter, um eine Kopie zu behalten.
ui-panic-download = Meine Daten herunterladen
ui-panic-reload = Neu laden

## Der Bericht

ui-report-intro = Druck ihn aus oder speichere ihn im Druckfenster als PDF und nimm ihn zu deinem Termin mit. Nichts verlässt dieses Gerät, außer du teilst es.
ui-report-period = Zeitraum
ui-report-with-notes = Meine Notizen einschließen
ui-report-print = Drucken oder als PDF speichern
ui-report-title = Übungen zu Hause und Rückenschmerzen
ui-report-fill = Name: ______________________   Geburtsdatum: ______________
ui-report-made = Erstellt mit Upright am { $date }, aus dem, was die Person auf ihrem eigenen Gerät festgehalten hat.
ui-report-routine = Die Routine: Brücke, Crunches, Atmung für die Körpermitte, Beinschwünge und Dehnungen für den mittleren Rücken, zu Hause.
ui-report-workouts = Trainings
ui-report-completed = Bis zum Ende
ui-report-workout-days = Tage mit Training
ui-report-days-of = { $days } von { $span }
ui-report-per-week = Pro Woche im Schnitt
ui-report-time = Trainingszeit
ui-report-stops = Stopps mit „Das tut weh“
ui-report-per-week-title = Trainings pro Woche
ui-report-per-month-title = Trainings pro Monat
ui-report-workouts-table = Trainings, Tabelle
ui-report-day = Tag
ui-report-week = Woche
ui-report-month = Monat
ui-report-days = Tage
ui-report-pain-title = Schmerz vor und nach dem Training
ui-report-pain-day = Bewertungen von 0 (kein Schmerz) bis 10 (am schlimmsten), wie die Person sie gegeben hat.
ui-report-pain-week = Bewertungen von 0 (kein Schmerz) bis 10 (am schlimmsten): Mittelwerte der bewerteten Tage jeder Woche.
ui-report-pain-month = Bewertungen von 0 (kein Schmerz) bis 10 (am schlimmsten): Mittelwerte der bewerteten Tage jedes Monats.
ui-report-around = { $count ->
    [one] Bei dem { $count } Training mit beiden Bewertungen lag der Schmerz im Schnitt bei { $before } vorher und { $after } nachher.
   *[other] Bei den { $count } Trainings mit beiden Bewertungen lag der Schmerz im Schnitt bei { $before } vorher und { $after } nachher.
}
ui-report-change = Der Schmerz vor dem Training lag in der ersten bewerteten Woche im Schnitt bei { $early } und in der letzten bei { $late }.
ui-report-rest-title = Tage mit Bewertung ohne Training
ui-report-no-rest = Kein Tag wurde ohne Training bewertet.
ui-report-stops-title = Mit „Das tut weh“ gestoppte Übungen
ui-report-no-stops = Keine Übung wurde mit „Das tut weh“ gestoppt.
ui-report-stops-table = Gestoppte Übungen, Tabelle
ui-report-time-col = Uhrzeit
ui-report-exercise = Übung
ui-report-done-before = Geschafft bis zum Stopp
ui-report-pain = Schmerz
ui-report-pain-both = { $before } → { $after }
ui-report-pain-before = { $before } vorher
ui-report-pain-after = { $after } nachher
ui-report-warnings-title = Gezeigte Warnungen
ui-report-no-warnings = Upright hat in diesem Zeitraum seine Warnung „Geh zum Arzt“ nicht gezeigt.
ui-report-warning = Upright hat geraten, eine Ärztin, einen Arzt oder die Physiotherapie aufzusuchen.
ui-report-warning-why = Was die Bewertungen damals zeigten: { $why }
ui-report-levels-title = Stufe jeder Übung im Lauf der Zeit
ui-report-levels-table = Stufen, Tabelle
ui-report-planned = Geplant
ui-report-level = Stufe
ui-report-in-full = Ganz gemacht
ui-report-not-done = In keinem Training dieses Zeitraums.
ui-report-free = frei gewählt
ui-report-level-of = { $level } von { $count }
ui-report-notes-title = Notizen der Person
ui-report-no-pain = In diesem Zeitraum wurde kein Schmerz bewertet.
ui-report-pain-table = Schmerz, Tabelle
ui-report-before = Vorher
ui-report-after = Nachher
ui-report-on-its-own = Für sich
ui-report-pain-chart = Schmerzdiagramm: Die Zahlen stehen in der Tabelle daneben.
ui-report-workouts-chart = Trainingsdiagramm: Die Zahlen stehen in der Tabelle daneben.
ui-report-key-before = vor dem Training
ui-report-key-after = nachher
ui-report-key-own = für sich bewertet (kein Training)
ui-report-foot = Upright ist ein Trainer für Übungen zu Hause, kein Medizinprodukt; es behält alles auf dem Gerät und hat für diesen Bericht nichts irgendwohin gesendet.
