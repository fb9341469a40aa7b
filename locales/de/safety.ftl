# Sicherheitshinweise auf der Startseite, beim ersten Start und auf den Karten.
safety-not-a-doctor = Upright gibt allgemeine Anleitungen für Übungen. Es ersetzt keine ärztliche oder physiotherapeutische Behandlung.
safety-lasting-pain = Wenn Rückenschmerzen länger als ein paar Tage anhalten oder mit anderen Beschwerden auftreten, lass dich ärztlich untersuchen.
safety-listen = Hör auf deinen Körper: Brich jede Bewegung ab, die wehtut, und geh nie über die Grenzen des Programms hinaus.

## records
