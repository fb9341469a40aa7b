# Sicherheitshinweise auf der Startseite, beim ersten Start und auf den Karten.
safety-not-a-doctor = Upright gibt allgemeine Anleitungen für Übungen. Es ersetzt keine ärztliche oder physiotherapeutische Behandlung.
safety-lasting-pain = Wenn Rückenschmerzen länger als ein paar Tage anhalten oder mit anderen Beschwerden auftreten, lass dich ärztlich untersuchen.
safety-listen = Hör auf deinen Körper: Brich jede Bewegung ab, die wehtut, und geh nie über die Grenzen des Programms hinaus.

safety-screening-title = Bevor du anfängst
safety-screening-lead = Upright führt dich durch ein kurzes Programm allgemeiner Übungen bei Schmerzen im mittleren Rücken. Es ist keine medizinische Beratung und ersetzt weder Ärztin oder Arzt noch Physiotherapie.
safety-screening-signs = Geh zuerst zu einer Ärztin oder einem Arzt und trainiere nicht, wenn du Folgendes hast:
safety-screening-listen = Hör beim Üben auf deinen Körper: Brich jede Bewegung ab, die wehtut, und geh nie über die Grenzen des Programms hinaus.
safety-screening-lasting = Wenn Rückenschmerzen länger als ein paar Tage anhalten oder mit anderen Beschwerden einhergehen, geh zu einer Ärztin oder einem Arzt.
safety-screening-accept = Verstanden
safety-screening-has-sign = Ich habe eines davon

## records

safety-sign-injury = Schmerzen, die nach einem Sturz, einem Unfall oder einer anderen Verletzung begonnen haben
safety-sign-fever = Fieber oder ein allgemeines Krankheitsgefühl zusammen mit den Rückenschmerzen
safety-sign-legs = Taubheit, Kribbeln oder Schwäche in den Beinen
safety-sign-bladder = Probleme, Blase oder Darm zu kontrollieren
safety-sign-weight = Gewichtsverlust, den du dir nicht erklären kannst
safety-sign-night = starke Schmerzen in der Nacht oder Schmerzen, die in Ruhe nicht nachlassen
safety-why-severe = Dein Rücken hat an { $days } der letzten { $window } Tage mit { $pain } oder mehr wehgetan.
safety-why-lasting = Dein Rücken hat an { $days } der letzten { $window } Tage mit { $pain } oder mehr wehgetan.
safety-why-recurring = Dein Rücken hat in den letzten vier Wochen an { $days } Tagen mit { $pain } oder mehr wehgetan.
safety-why-rising = Deine Schmerzwerte sind in der letzten Woche deutlich gestiegen.
safety-why-steady = Dein Rücken lag über { $weeks } Wochen mit regelmäßigem Training bei etwa { $pain } von 10, ohne besser zu werden.
safety-why-worse-day = Seit du angegeben hast, beim Arzt gewesen zu sein, hat dein Rücken mit { $pain } von 10 wehgetan, mehr als in der Woche davor.
safety-why-worse-average = Seit du angegeben hast, beim Arzt gewesen zu sein, liegen deine Schmerzwerte im Schnitt bei { $now }, nach { $then } in der Woche davor.
safety-pain-warning = { $why } Schmerzen, die länger als ein paar Tage anhalten, sollte sich eine Ärztin, ein Arzt oder jemand aus der Physiotherapie ansehen: Bitte mach einen Termin aus. Bis dahin trainiere sanft oder mach eine Pause. Geh sofort zum Arzt und trainiere nicht, wenn du Folgendes bemerkst: { $signs }.
safety-doctor-seen = Danke. Upright wiederholt diese Warnung vier Wochen lang nicht, außer deine Schmerzen werden schlimmer. Wenn eines der Warnzeichen auftritt, geh sofort zum Arzt.
