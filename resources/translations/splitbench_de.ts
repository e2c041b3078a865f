<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>splitbench</name>
    <message>
        <source>duplicate %1 id &quot;%2&quot;</source>
        <translation>doppelte %1-ID „%2“</translation>
    </message>
    <message>
        <source>catalogue version %1 is newer than this program understands (1); a newer Splitbench is needed</source>
        <translation>Katalogversion %1 ist neuer, als dieses Programm versteht (1); eine neuere Version von Splitbench ist nötig</translation>
    </message>
    <message>
        <source>at least two service models are needed to compare</source>
        <translation>zum Vergleich sind mindestens zwei Servicemodelle nötig</translation>
    </message>
    <message>
        <source>at most %1 models are supported</source>
        <translation>höchstens %1 Modelle werden unterstützt</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>at least one organisational trait is needed</source>
        <translation>mindestens ein Organisationsmerkmal ist nötig</translation>
    </message>
    <message>
        <source>at most %1 traits are supported</source>
        <translation>höchstens %1 Merkmale werden unterstützt</translation>
    </message>
    <message>
        <source>trait</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>at least three dimensions are needed</source>
        <translation>mindestens drei Dimensionen sind nötig</translation>
    </message>
    <message>
        <source>at most %1 dimensions are supported</source>
        <translation>höchstens %1 Dimensionen werden unterstützt</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>unknown model id &quot;%1&quot;</source>
        <translation>unbekannte Modell-ID „%1“</translation>
    </message>
    <message>
        <source>unknown trait id &quot;%1&quot;</source>
        <translation>unbekannte Merkmal-ID „%1“</translation>
    </message>
    <message>
        <source>affinity trait</source>
        <translation>Affinitätsmerkmal</translation>
    </message>
    <message>
        <source>a dimension needs at least one activity</source>
        <translation>eine Dimension braucht mindestens eine Tätigkeit</translation>
    </message>
    <message>
        <source>at most %1 activities per dimension are supported</source>
        <translation>höchstens %1 Tätigkeiten je Dimension werden unterstützt</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>trait &quot;%1&quot; does not affect any dimension (add an affinity for it)</source>
        <translation>Merkmal „%1“ wirkt auf keine Dimension (fügen Sie dafür eine Affinität hinzu)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owner (use provider, internal or shared)</source>
        <translation>„%1“ ist keine gültige Zuständigkeit (provider, internal oder shared verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of RACI letters (R, A, C, I, each at most once)</source>
        <translation>„%1“ ist keine gültige Kombination von RACI-Buchstaben (R, A, C, I, jeder höchstens einmal)</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, pipe or socket)</source>
        <translation>das ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1 bytes</source>
        <translation>die Datei ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>%1 (+%2 points in-house)</source>
        <translation>%1 (+%2 Punkte intern)</translation>
    </message>
    <message>
        <source>%1 (%2 points in-house)</source>
        <translation>%1 (%2 Punkte intern)</translation>
    </message>
    <message>
        <source>mainly because of %1</source>
        <translation>vor allem wegen %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: cannot write the file because a folder of that name is in its place</source>
        <translation>%1: Die Datei kann nicht geschrieben werden, weil an ihrer Stelle ein gleichnamiger Ordner liegt</translation>
    </message>
    <message>
        <source>%1: cannot write the file because the folder %2 does not exist</source>
        <translation>%1: Die Datei kann nicht geschrieben werden, weil der Ordner %2 nicht existiert</translation>
    </message>
    <message>
        <source>%1: cannot write the file because %2 is not a folder</source>
        <translation>%1: Die Datei kann nicht geschrieben werden, weil %2 kein Ordner ist</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: writing failed: %2</source>
        <translation>%1: Schreiben fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the output could not be produced</source>
        <translation>die Ausgabe konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: writing failed, the previous file is unchanged: %2</source>
        <translation>%1: Schreiben fehlgeschlagen, die bisherige Datei ist unverändert: %2</translation>
    </message>
    <message>
        <source>%1: could not finish writing, the previous file is unchanged: %2</source>
        <translation>%1: Schreiben konnte nicht abgeschlossen werden, die bisherige Datei ist unverändert: %2</translation>
    </message>
    <message>
        <source>duplicate model id &quot;%1&quot;</source>
        <translation>doppelte Modell-ID „%1“</translation>
    </message>
    <message>
        <source>unknown model id &quot;%1&quot; (a custom model must be based on a catalogue model)</source>
        <translation>unbekannte Modell-ID „%1“ (ein eigenes Modell muss auf einem Katalogmodell beruhen)</translation>
    </message>
    <message>
        <source>unknown dimension id &quot;%1&quot;</source>
        <translation>unbekannte Dimensions-ID „%1“</translation>
    </message>
    <message>
        <source>unknown activity id &quot;%1&quot; in dimension &quot;%2&quot;</source>
        <translation>unbekannte Tätigkeits-ID „%1“ in Dimension „%2“</translation>
    </message>
    <message>
        <source>this profile was written by %1 in profile format version %2; this Splitbench (%3) reads profile format versions up to %4, so %1 or a newer Splitbench is needed to open it</source>
        <translation>dieses Profil wurde von %1 im Profilformat Version %2 geschrieben; dieses Splitbench (%3) liest Profilformate bis Version %4, daher wird %1 oder ein neueres Splitbench zum Öffnen benötigt</translation>
    </message>
    <message>
        <source>this profile uses profile format version %1, written by a newer Splitbench; this Splitbench (%2) reads profile format versions up to %3, so a Splitbench that reads format version %1 is needed</source>
        <translation>dieses Profil verwendet Profilformat Version %1, geschrieben von einem neueren Splitbench; dieses Splitbench (%2) liest Profilformate bis Version %3, daher wird ein Splitbench benötigt, das Formatversion %1 liest</translation>
    </message>
    <message>
        <source>only format version %1</source>
        <translation>nur Formatversion %1</translation>
    </message>
    <message>
        <source>format versions %1 to %2</source>
        <translation>Formatversionen %1 bis %2</translation>
    </message>
    <message>
        <source>profile format version %1 is not one this Splitbench (%2) can read or upgrade; it reads %3</source>
        <translation>Profilformat Version %1 kann dieses Splitbench (%2) weder lesen noch aktualisieren; es liest %3</translation>
    </message>
    <message>
        <source>%1 is not a profile format version</source>
        <translation>%1 ist keine Profilformat-Version</translation>
    </message>
    <message>
        <source>missing (an object of trait values is required)</source>
        <translation>fehlt (ein Objekt mit Merkmalswerten ist erforderlich)</translation>
    </message>
    <message>
        <source>at most %1 custom models are supported</source>
        <translation>höchstens %1 eigene Modelle werden unterstützt</translation>
    </message>
    <message>
        <source>Splitbench catalogue</source>
        <translation>Splitbench-Katalog</translation>
    </message>
    <message>
        <source>Service models</source>
        <translation>Servicemodelle</translation>
    </message>
    <message>
        <source>Organisational traits</source>
        <translation>Organisationsmerkmale</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>0 means</source>
        <translation>0 bedeutet</translation>
    </message>
    <message>
        <source>100 means</source>
        <translation>100 bedeutet</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>%1% in-house</source>
        <translation>%1&#xa0;% intern</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>provider %1%</source>
        <translation>Dienstleister %1&#xa0;%</translation>
    </message>
    <message>
        <source>P: %1 / I: %2</source>
        <translation>D: %1 / I: %2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Recommended: %1 (margin %2)</source>
        <translation>Empfohlen: %1 (Vorsprung %2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Recommended: %1 (%2) ahead of %3 (%4), margin %5</source>
        <translation>Empfohlen: %1 (%2) vor %3 (%4), Vorsprung %5</translation>
    </message>
    <message>
        <source>Breakevens: each trait from 0 to 100, everything else unchanged</source>
        <translation>Kipppunkte: jedes Merkmal von 0 bis 100, alles andere unverändert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Lead changes at</source>
        <translation>Führung wechselt bei</translation>
    </message>
    <message>
        <source>%1 (%2 below, %3 above)</source>
        <translation>%1 (%2 darunter, %3 darüber)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>at 0</source>
        <translation>bei 0</translation>
    </message>
    <message>
        <source>at 100</source>
        <translation>bei 100</translation>
    </message>
    <message>
        <source>swing</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>near now</source>
        <translation>nahe jetzt</translation>
    </message>
    <message>
        <source>&quot;near now&quot;: swing within ±%1 of the current value (clipped to 0–100).</source>
        <translation>„nahe jetzt“: Spanne innerhalb von ±%1 um den aktuellen Wert (begrenzt auf 0–100).</translation>
    </message>
    <message>
        <source>Robustness: %1 samples, seed %2</source>
        <translation>Robustheit: %1 Stichproben, Startwert %2</translation>
    </message>
    <message>
        <source>Margin of %1 over the best alternative: mean %2, 5th percentile %3, median %4, 95th percentile %5</source>
        <translation>Vorsprung von %1 vor der besten Alternative: Mittelwert %2, 5. Perzentil %3, Median %4, 95. Perzentil %5</translation>
    </message>
    <message>
        <source>Head to head</source>
        <translation>Direkter Vergleich</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>Was die Antwort ändern würde</translation>
    </message>
    <message>
        <source>this is a symbolic link to %1, which does not exist</source>
        <translation>dies ist eine symbolische Verknüpfung auf %1, das es nicht gibt</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>es existiert nicht</translation>
    </message>
    <message>
        <source>there is a loop of symbolic links in the path</source>
        <translation>der Pfad enthält eine Schleife symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>the path or one of its names is too long</source>
        <translation>der Pfad oder einer seiner Namen ist zu lang</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file would exceed the largest size allowed</source>
        <translation>die Datei würde die größte erlaubte Größe überschreiten</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>zu viele Dateien sind geöffnet</translation>
    </message>
    <message>
        <source>input/output error (the disk or connection may be failing)</source>
        <translation>Ein-/Ausgabefehler (der Datenträger oder die Verbindung fällt möglicherweise aus)</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>this is a system file of unknown size (in /proc or /sys), not a catalogue or profile</source>
        <translation>dies ist eine Systemdatei unbekannter Größe (in /proc oder /sys), kein Katalog und kein Profil</translation>
    </message>
    <message>
        <source>%1: refusing to write there, because it is the input file %2; choose another output file</source>
        <translation>%1: wird nicht geschrieben, weil es die Eingabedatei %2 ist; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: writing failed, no file was written: %2</source>
        <translation>%1: Schreiben fehlgeschlagen, es wurde keine Datei geschrieben: %2</translation>
    </message>
    <message>
        <source>%1: could not finish writing, no file was written: %2</source>
        <translation>%1: Schreiben konnte nicht abgeschlossen werden, es wurde keine Datei geschrieben: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code this Splitbench knows (%2)</source>
        <translation>„%1“ ist kein Währungscode, den dieses Splitbench kennt (%2)</translation>
    </message>
    <message>
        <source>must be &quot;contractor_hours&quot; or &quot;part_time_role&quot;</source>
        <translation>muss „contractor_hours“ oder „part_time_role“ sein</translation>
    </message>
    <message>
        <source>must be 12, 24 or 36</source>
        <translation>muss 12, 24 oder 36 sein</translation>
    </message>
    <message>
        <source>at most %1 modules per model are supported</source>
        <translation>höchstens %1 Module je Modell werden unterstützt</translation>
    </message>
    <message>
        <source>duplicate module id &quot;%1&quot;</source>
        <translation>doppelte Modul-ID „%1“</translation>
    </message>
    <message>
        <source>unknown model id &quot;%1&quot; (a custom model keeps its prices with it)</source>
        <translation>unbekannte Modell-ID „%1“ (ein eigenes Modell führt seine Preise selbst)</translation>
    </message>
    <message>
        <source>%1 falls to 0</source>
        <translation>%1 auf 0 sinkt</translation>
    </message>
    <message>
        <source>%1 falls below %2</source>
        <translation>%1 unter %2 sinkt</translation>
    </message>
    <message>
        <source>%1 rises to 100</source>
        <translation>%1 auf 100 steigt</translation>
    </message>
    <message>
        <source>%1 rises above %2</source>
        <translation>%1 über %2 steigt</translation>
    </message>
    <message>
        <source>Tornado: margin of %1 over the best other model with the trait at 0 and at 100</source>
        <translation>Tornado: Vorsprung von %1 vor dem besten anderen Modell mit dem Merkmal bei 0 und bei 100</translation>
    </message>
    <message>
        <source>Ahead at 0 / at 100</source>
        <translation>Vorn bei 0 / bei 100</translation>
    </message>
    <message>
        <source>On cost, %1 and %2 are about the same (within 0.5%): prices and staff costs decide.</source>
        <translation>Bei den Kosten liegen %1 und %2 etwa gleich (innerhalb von 0,5 %): Preise und Personalkosten entscheiden.</translation>
    </message>
    <message>
        <source>from %1 to %2 users (today %3)</source>
        <translation>zwischen %1 und %2 Nutzern (heute %3)</translation>
    </message>
    <message>
        <source>up to %1 users (today %2)</source>
        <translation>bis zu %1 Nutzern (heute %2)</translation>
    </message>
    <message>
        <source>down to %1 users (today %2)</source>
        <translation>bis hinunter zu %1 Nutzern (heute %2)</translation>
    </message>
    <message>
        <source>at any number of users</source>
        <translation>bei jeder Nutzerzahl</translation>
    </message>
    <message>
        <source>as long as an IT salary stays between %1 and %2</source>
        <translation>solange ein IT-Gehalt zwischen %1 und %2 liegt</translation>
    </message>
    <message>
        <source>as long as an IT salary stays below %1</source>
        <translation>solange ein IT-Gehalt unter %1 bleibt</translation>
    </message>
    <message>
        <source>as long as an IT salary stays above %1</source>
        <translation>solange ein IT-Gehalt über %1 bleibt</translation>
    </message>
    <message>
        <source>at any IT salary</source>
        <translation>bei jedem IT-Gehalt</translation>
    </message>
    <message>
        <source>On cost, %1 stays cheaper than %2 %3, and %4.</source>
        <translation>Bei den Kosten bleibt %1 %3 günstiger als %2, und zwar %4.</translation>
    </message>
    <message>
        <source>%1 costs more than %2 even at a price of 0 per user and month.</source>
        <translation>%1 kostet selbst bei einem Preis von 0 je Nutzer und Monat mehr als %2.</translation>
    </message>
    <message>
        <source>%1 stays cheaper than %2 as long as its price per user and month stays below %3 (today %4).</source>
        <translation>%1 bleibt günstiger als %2, solange sein Preis je Nutzer und Monat unter %3 bleibt (heute %4).</translation>
    </message>
    <message>
        <source>%1 stays cheaper than %2 as long as the price per user and month of %2 stays above %3 (today %4).</source>
        <translation>%1 bleibt günstiger als %2, solange der Preis je Nutzer und Monat von %2 über %3 bleibt (heute %4).</translation>
    </message>
    <message>
        <source>What each model costs, in %1: typical figures to replace with real quotes, never a quote.</source>
        <translation>Was jedes Modell kostet, in %1: typische Werte, durch echte Angebote zu ersetzen, nie ein Angebot.</translation>
    </message>
    <message>
        <source>%1 users, %2 IT staff today (FTE), salary %3 a year.</source>
        <translation>%1 Nutzer, heute %2 IT-Mitarbeitende (VZÄ), Gehalt %3 im Jahr.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Per user/month</source>
        <translation>Pro Nutzer/Monat</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Preis-Leistung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>am günstigsten</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Components over the term</source>
        <translation>Bestandteile über die Laufzeit</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Rekrutierung</translation>
    </message>
    <message>
        <source>In-house staff</source>
        <translation>Internes Personal</translation>
    </message>
    <message>
        <source>FTE needed</source>
        <translation>VZÄ nötig</translation>
    </message>
    <message>
        <source>FTE today</source>
        <translation>VZÄ heute</translation>
    </message>
    <message>
        <source>FTE to hire</source>
        <translation>VZÄ einzustellen</translation>
    </message>
    <message>
        <source>Contractor hours/year</source>
        <translation>Freelancer-Std./Jahr</translation>
    </message>
    <message>
        <source>Breakevens against the recommended model, %1, over %2 months</source>
        <translation>Gleichstände mit dem empfohlenen Modell, %1, über %2 Monate</translation>
    </message>
    <message>
        <source>Typical figures to replace with real quotes, never a quote.</source>
        <translation>Typische Werte, durch echte Angebote zu ersetzen, nie ein Angebot.</translation>
    </message>
    <message>
        <source>Chance of costing least: over %1 months, provider prices and IT salary within ±%2%</source>
        <translation>Chance, am wenigsten zu kosten: über %1 Monate, Anbieterpreise und IT-Gehalt innerhalb von ±%2 %</translation>
    </message>
    <message>
        <source>duplicate participant id &quot;%1&quot;</source>
        <translation>doppelte Teilnehmer-ID „%1“</translation>
    </message>
    <message>
        <source>a participant&apos;s name must have 1 to %1 characters</source>
        <translation>der Name einer teilnehmenden Person muss 1 bis %1 Zeichen haben</translation>
    </message>
    <message>
        <source>a participant&apos;s role must have at most %1 characters</source>
        <translation>die Rolle einer teilnehmenden Person darf höchstens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consensus method (weighted_median or weighted_mean)</source>
        <translation>„%1“ ist keine Konsensmethode (weighted_median oder weighted_mean)</translation>
    </message>
    <message>
        <source>this file was made for another catalogue (its traits or dimensions differ from the ones this Splitbench uses), so its values cannot be compared with this one&apos;s</source>
        <translation>diese Datei wurde für einen anderen Katalog erstellt (ihre Merkmale oder Dimensionen weichen von denen dieses Splitbench ab), daher lassen sich ihre Werte nicht mit diesen vergleichen</translation>
    </message>
    <message>
        <source>at most %1 participants are supported</source>
        <translation>höchstens %1 Teilnehmende werden unterstützt</translation>
    </message>
    <message>
        <source>at least one participant must have a weight above 0</source>
        <translation>mindestens eine teilnehmende Person muss ein Gewicht über 0 haben</translation>
    </message>
    <message>
        <source>no clear choice</source>
        <translation>keine klare Wahl</translation>
    </message>
    <message>
        <source>no clear choice for %1</source>
        <translation>keine klare Wahl für %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>model for participants</comment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>The participants&apos; own answers differ: %1.</source>
        <translation>Die eigenen Antworten der Teilnehmenden unterscheiden sich: %1.</translation>
    </message>
    <message>
        <source>No single participant&apos;s value of any trait, put in place of the group&apos;s, would change the recommendation.</source>
        <translation>Kein einzelner Wert einer teilnehmenden Person würde, an die Stelle des Gruppenwerts gesetzt, die Empfehlung ändern.</translation>
    </message>
    <message>
        <source>%1 as %2 sees it (%3 instead of %4) would make it %5</source>
        <translation>%1 so, wie %2 es sieht (%3 statt %4), ergäbe %5</translation>
    </message>
    <message>
        <source>What the disagreement decides: %1.</source>
        <translation>Was die Uneinigkeit entscheidet: %1.</translation>
    </message>
    <message>
        <source>this is not a participant file: it has no participants to merge</source>
        <translation>dies ist keine Teilnehmerdatei: sie enthält keine Teilnehmenden zum Zusammenführen</translation>
    </message>
    <message>
        <source>merging would make more than %1 participants, the most a workshop holds</source>
        <translation>das Zusammenführen ergäbe mehr als %1 Teilnehmende, die Höchstzahl eines Workshops</translation>
    </message>
    <message>
        <source>The group&apos;s values are the participants&apos; weighted mean, value by value: every voice moves the group a little, in proportion to its weight.</source>
        <translation>Die Werte der Gruppe sind das gewichtete Mittel der Teilnehmenden, Wert für Wert: Jede Stimme bewegt die Gruppe ein wenig, im Verhältnis zu ihrem Gewicht.</translation>
    </message>
    <message>
        <source>The group&apos;s values are the participants&apos; weighted median, value by value: one extreme voice cannot drag the group, and a heavier weight counts as more voices.</source>
        <translation>Die Werte der Gruppe sind der gewichtete Median der Teilnehmenden, Wert für Wert: Eine einzelne extreme Stimme kann die Gruppe nicht mitreißen, und ein höheres Gewicht zählt wie mehr Stimmen.</translation>
    </message>
    <message>
        <source>Participants (%1): each person&apos;s own answer</source>
        <translation>Teilnehmende (%1): die eigene Antwort jeder Person</translation>
    </message>
    <message>
        <source>%1, weight %2: %3 (margin %4)</source>
        <translation>%1, Gewicht %2: %3 (Vorsprung %4)</translation>
    </message>
    <message>
        <source>(not counted)</source>
        <translation>(nicht gezählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n more decisive value(s)</source>
        <translation>
            <numerusform>%n weiterer entscheidender Wert</numerusform>
            <numerusform>%n weitere entscheidende Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 dependencies per activity are supported</source>
        <translation>höchstens %1 Abhängigkeiten pro Tätigkeit werden unterstützt</translation>
    </message>
    <message>
        <source>must be an activity id (&quot;activity&quot; or &quot;dimension.activity&quot;)</source>
        <translation>muss die ID einer Tätigkeit sein („tätigkeit“ oder „dimension.tätigkeit“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an activity id (&quot;activity&quot; or &quot;dimension.activity&quot;)</source>
        <translation>„%1“ ist keine ID einer Tätigkeit („tätigkeit“ oder „dimension.tätigkeit“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>unknown activity &quot;%1&quot;</source>
        <translation>unbekannte Tätigkeit „%1“</translation>
    </message>
    <message>
        <source>an activity cannot depend on itself</source>
        <translation>eine Tätigkeit kann nicht von sich selbst abhängen</translation>
    </message>
    <message>
        <source>the dependencies form a cycle: %1</source>
        <translation>die Abhängigkeiten bilden einen Kreis: %1</translation>
    </message>
    <message>
        <source>Handover plan: from %1 to %2</source>
        <translation>Übergabeplan: von %1 zu %2</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>dem Dienstleister</translation>
    </message>
    <message>
        <source>the in-house team</source>
        <translation>dem internen Team</translation>
    </message>
    <message>
        <source>both (shared)</source>
        <translation>beiden (geteilt)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 zu %2</translation>
    </message>
    <message>
        <source>stays with %1</source>
        <translation>bleibt bei %1</translation>
    </message>
    <message>
        <source>provider share %1 → %2</source>
        <translation>Anteil des Dienstleisters %1 → %2</translation>
    </message>
    <message>
        <source>provider %1 → %2</source>
        <translation>Dienstleister %1 → %2</translation>
    </message>
    <message>
        <source>in-house %1 → %2</source>
        <translation>intern %1 → %2</translation>
    </message>
    <message>
        <source>RACI %1</source>
        <translation>RACI %1</translation>
    </message>
    <message>
        <source>Nothing changes hands: %1 already splits every activity as %2 does.</source>
        <translation>Nichts wechselt die Hand: %2 teilt jede Tätigkeit bereits so auf wie in %1.</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 changes %3 of %4 activities: %5 change owner; in %6 the provider takes on more of the work, in %7 the in-house team does.</source>
        <translation>Der Wechsel von %1 zu %2 ändert %3 von %4 Tätigkeiten: %5 wechseln die verantwortliche Partei; in %6 übernimmt der Dienstleister mehr von der Arbeit, in %7 das interne Team.</translation>
    </message>
    <message>
        <source>The steps are grouped by dimension and ordered so that what others depend on comes first: knowledge transfer, documentation and access before the work that needs them.</source>
        <translation>Die Schritte sind nach Dimensionen gruppiert und so geordnet, dass zuerst kommt, wovon anderes abhängt: Wissensübergabe, Dokumentation und Zugänge vor der Arbeit, die sie braucht.</translation>
    </message>
    <message>
        <source>after steps %1</source>
        <translation>nach den Schritten %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id</source>
        <translation>„%1“ ist keine ID</translation>
    </message>
    <message>
        <source>missing: without a based_on to start from, today&apos;s split must give every activity</source>
        <translation>fehlt: ohne based_on als Ausgangspunkt muss die heutige Aufteilung jede Tätigkeit angeben</translation>
    </message>
    <message>
        <source>missing: based_on &quot;%1&quot; is not a model of this profile, so today&apos;s split must give every activity</source>
        <translation>fehlt: based_on „%1“ ist kein Modell dieses Profils, daher muss die heutige Aufteilung jede Tätigkeit angeben</translation>
    </message>
    <message>
        <source>is the same in every scenario (set it in the profile&apos;s own section)</source>
        <translation>ist in jedem Szenario gleich (im eigenen Abschnitt des Profils festlegen)</translation>
    </message>
    <message>
        <source>a scenario changes only the prices per user, per server, per site and the onboarding fee; the term and the modules are the same in every scenario</source>
        <translation>ein Szenario ändert nur die Preise je Benutzer, je Server, je Standort und die Einrichtungsgebühr; Laufzeit und Module sind in jedem Szenario gleich</translation>
    </message>
    <message>
        <source>a scenario&apos;s name must have 1 to %1 characters</source>
        <translation>der Name eines Szenarios muss 1 bis %1 Zeichen haben</translation>
    </message>
    <message>
        <source>at most %1 scenarios are supported</source>
        <translation>höchstens %1 Szenarien werden unterstützt</translation>
    </message>
    <message>
        <source>duplicate scenario id &quot;%1&quot; (also used by %2)</source>
        <translation>doppelte Szenario-ID „%1“ (auch verwendet von %2)</translation>
    </message>
    <message>
        <source>the scenario name &quot;%1&quot; is already used by %2; each scenario needs a name of its own</source>
        <translation>der Szenarioname „%1“ wird bereits von %2 verwendet; jedes Szenario braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>Scenarios: each model&apos;s overall fit and cost per year (%1)</source>
        <translation>Szenarien: Gesamteignung und Kosten pro Jahr jedes Modells (%1)</translation>
    </message>
    <message>
        <source>Scenarios: each model&apos;s overall fit</source>
        <translation>Szenarien: Gesamteignung jedes Modells</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Recommended (margin)</source>
        <translation>Empfohlen (Vorsprung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As profiled</source>
        <translation>Wie im Profil</translation>
    </message>
    <message>
        <source>No model is clearly ahead as profiled, nor in the scenario “%1”.</source>
        <translation>Wie im Profil liegt kein Modell klar vorn, und auch nicht im Szenario „%1“.</translation>
    </message>
    <message>
        <source>No model is clearly ahead as profiled, nor in any of the %1 scenarios.</source>
        <translation>Wie im Profil liegt kein Modell klar vorn, und auch in keinem der %1 Szenarien.</translation>
    </message>
    <message>
        <source>The recommendation, %1, holds in the scenario “%2” too.</source>
        <translation>Die Empfehlung, %1, gilt auch im Szenario „%2“.</translation>
    </message>
    <message>
        <source>The recommendation, %1, holds in both scenarios.</source>
        <translation>Die Empfehlung, %1, gilt in beiden Szenarien.</translation>
    </message>
    <message>
        <source>The recommendation, %1, holds in all %2 scenarios.</source>
        <translation>Die Empfehlung, %1, gilt in allen %2 Szenarien.</translation>
    </message>
    <message>
        <source>“%1” would leave no clear choice</source>
        <translation>„%1“ würde keine klare Wahl lassen</translation>
    </message>
    <message>
        <source>“%1” would make %2 the clear choice</source>
        <translation>„%1“ würde %2 zur klaren Wahl machen</translation>
    </message>
    <message>
        <source>“%1” would flip it to %2</source>
        <translation>„%1“ würde sie zugunsten von %2 kippen</translation>
    </message>
    <message>
        <source>As profiled, no model is clearly ahead; %1.</source>
        <translation>Wie im Profil liegt kein Modell klar vorn; %1.</translation>
    </message>
    <message>
        <source>As profiled, %1 is recommended; %2.</source>
        <translation>Wie im Profil wird %1 empfohlen; %2.</translation>
    </message>
    <message>
        <source>the file is %1 MB; a responsibility matrix is read up to %2 MB</source>
        <translation>die Datei hat %1 MB; eine Verantwortungsmatrix wird bis %2 MB gelesen</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>more than %1 rows; a responsibility matrix has far fewer</source>
        <translation>mehr als %1 Zeilen; eine Verantwortungsmatrix hat weit weniger</translation>
    </message>
    <message>
        <source>a cell of more than %1 characters</source>
        <translation>eine Zelle mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>a quoted cell is not closed</source>
        <translation>eine Zelle in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an owner (provider, in-house or shared)</source>
        <translation>„%1“ ist keine Zuständigkeit (Dienstleister, intern oder gemeinsam)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a share from 0 to 100 %</source>
        <translation>„%1“ ist kein Anteil von 0 bis 100 %</translation>
    </message>
    <message>
        <source>the provider&apos;s and the in-house share do not add up to 100 %</source>
        <translation>Dienstleister- und interner Anteil ergeben zusammen nicht 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of RACI letters</source>
        <translation>„%1“ ist keine Kombination von RACI-Buchstaben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a mark (x) nor empty</source>
        <translation>„%1“ ist weder eine Markierung (x) noch leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no party (provider, client or both)</source>
        <translation>„%1“ nennt keine Partei (Dienstleister, Kunde oder beide)</translation>
    </message>
    <message>
        <source>the row names no activity</source>
        <translation>die Zeile nennt keine Tätigkeit</translation>
    </message>
    <message>
        <source>no activity of the catalogue has this name or id</source>
        <translation>keine Tätigkeit des Katalogs hat diesen Namen oder diese ID</translation>
    </message>
    <message>
        <source>a second row for “%1”, first given in row %2</source>
        <translation>eine zweite Zeile für „%1“, zuerst in Zeile %2 angegeben</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>no row of “%1” names an activity of the catalogue</source>
        <translation>keine Zeile von „%1“ nennt eine Tätigkeit des Katalogs</translation>
    </message>
    <message>
        <source>owner or provider share</source>
        <translation>Zuständigkeit oder den Dienstleisteranteil</translation>
    </message>
    <message>
        <source>provider share</source>
        <translation>Dienstleisteranteil</translation>
    </message>
    <message>
        <source>provider RACI letters</source>
        <translation>RACI-Buchstaben des Dienstleisters</translation>
    </message>
    <message>
        <source>in-house RACI letters</source>
        <translation>internen RACI-Buchstaben</translation>
    </message>
    <message>
        <source>the sheet has no column for the %1; taken from %2</source>
        <translation>das Blatt hat keine Spalte für %1; übernommen aus %2</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <source>%1; the activity keeps %2&apos;s split</source>
        <translation>%1; die Tätigkeit behält die Aufteilung von %2</translation>
    </message>
    <message>
        <source>the row leaves the %1 blank; taken from %2</source>
        <translation>die Zeile lässt %1 leer; übernommen aus %2</translation>
    </message>
    <message>
        <source>at most %1 rules are supported</source>
        <translation>höchstens %1 Regeln werden unterstützt</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of rule (use same_party or retained)</source>
        <translation>„%1“ ist keine Art von Regel (same_party oder retained verwenden)</translation>
    </message>
    <message>
        <source>a rule names 1 to %1 activities</source>
        <translation>eine Regel nennt 1 bis %1 Tätigkeiten</translation>
    </message>
    <message>
        <source>must be an activity id (&quot;dimension.activity&quot;)</source>
        <translation>muss eine Tätigkeits-ID sein („dimension.activity“)</translation>
    </message>
    <message>
        <source>the rule&apos;s lead activity cannot be linked to itself</source>
        <translation>die führende Tätigkeit der Regel kann nicht mit sich selbst verknüpft sein</translation>
    </message>
    <message>
        <source>Nobody is Responsible for %1: neither party does the work.</source>
        <translation>Niemand ist für %1 durchführungsverantwortlich (R): Keine Partei erledigt die Arbeit.</translation>
    </message>
    <message>
        <source>%1 answers for %2 but has no hands-on role (R or A) in %3.</source>
        <translation>%1 ist für %2 rechenschaftspflichtig, hat aber bei %3 keine tragende Rolle (R oder A).</translation>
    </message>
    <message>
        <source>The provider is Accountable for %1, which the organisation should keep.</source>
        <translation>Der Dienstleister ist für %1 rechenschaftspflichtig (A); das sollte die Organisation selbst behalten.</translation>
    </message>
    <message>
        <source>must be a whole number of months</source>
        <translation>muss eine ganze Zahl von Monaten sein</translation>
    </message>
    <message>
        <source>at most %1 service levels are supported</source>
        <translation>höchstens %1 Service-Level werden unterstützt</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; is given twice</source>
        <translation>Priorität „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cover (use business_hours, extended or 24x7)</source>
        <translation>„%1“ ist keine Abdeckung (business_hours, extended oder 24x7 verwenden)</translation>
    </message>
    <message>
        <source>business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>extended hours</source>
        <translation>erweiterte Zeiten</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>A term of %1 months is longer than the usual %2 to %3.</source>
        <translation>Eine Laufzeit von %1 Monaten ist länger als die üblichen %2 bis %3.</translation>
    </message>
    <message>
        <source>A term of %1 months is shorter than the usual %2 to %3.</source>
        <translation>Eine Laufzeit von %1 Monaten ist kürzer als die üblichen %2 bis %3.</translation>
    </message>
    <message>
        <source>A notice period of %1 months is longer than the usual %2 to %3.</source>
        <translation>Eine Kündigungsfrist von %1 Monaten ist länger als die üblichen %2 bis %3.</translation>
    </message>
    <message>
        <source>A notice period of %1 months is shorter than the usual %2 to %3: check what it costs to leave.</source>
        <translation>Eine Kündigungsfrist von %1 Monaten ist kürzer als die üblichen %2 bis %3: Prüfen Sie, was ein Ausstieg kostet.</translation>
    </message>
    <message>
        <source>%4: a response within %1 minutes is slower than the usual %2 to %3.</source>
        <translation>%4: eine Reaktion innerhalb von %1 Minuten ist langsamer als die üblichen %2 bis %3.</translation>
    </message>
    <message>
        <source>%4: a response within %1 minutes is faster than the usual %2 to %3: check the contract says so.</source>
        <translation>%4: eine Reaktion innerhalb von %1 Minuten ist schneller als die üblichen %2 bis %3: Prüfen Sie, ob der Vertrag das zusichert.</translation>
    </message>
    <message>
        <source>%4: a resolution within %1 hours is slower than the usual %2 to %3.</source>
        <translation>%4: eine Lösung innerhalb von %1 Stunden ist langsamer als die üblichen %2 bis %3.</translation>
    </message>
    <message>
        <source>%4: a resolution within %1 hours is faster than the usual %2 to %3: check the contract says so.</source>
        <translation>%4: eine Lösung innerhalb von %1 Stunden ist schneller als die üblichen %2 bis %3: Prüfen Sie, ob der Vertrag das zusichert.</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>The model needs a name.</source>
        <translation>Das Modell braucht einen Namen.</translation>
    </message>
    <message>
        <source>A model&apos;s name may be at most %1 characters long.</source>
        <translation>Der Name eines Modells darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Another model is already called “%1”.</source>
        <translation>Ein anderes Modell heißt bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>splitbench::Catalogue</name>
    <message>
        <source>&lt;built-in catalogue&gt;</source>
        <translation>&lt;eingebauter Katalog&gt;</translation>
    </message>
</context>
<context>
    <name>splitbench::FitEngine</name>
    <message>
        <source>%1 keeps %2 in-house</source>
        <translation>%1 behält %2 intern</translation>
    </message>
    <message>
        <source>Your profile suggests keeping about %1 of %2 in-house; %3.</source>
        <translation>Ihr Profil legt nahe, bei %2 etwa %1 intern zu erledigen; %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The estimate moved from the typical %1, %2.</source>
        <translation>Die Schätzung weicht vom üblichen Wert %1 ab, %2.</translation>
    </message>
    <message>
        <source>%1 and %2 fit this organisation equally well (%3 of 100).</source>
        <translation>%1 und %2 passen gleich gut zu dieser Organisation (%3 von 100).</translation>
    </message>
    <message>
        <source>%1 fits best: %2 of 100 against %3 for %4, a margin of %5 points.</source>
        <translation>%1 passt am besten: %2 von 100 gegenüber %3 für %4, ein Vorsprung von %5 Punkten.</translation>
    </message>
    <message>
        <source>It leads most in %1.</source>
        <translation>Der Vorsprung ist am größten bei %1.</translation>
    </message>
    <message>
        <source>The two are identical: they split every activity the same way, so no profile can tell them apart.</source>
        <translation>Die beiden sind identisch: Sie teilen jede Tätigkeit gleich auf, daher kann kein Profil sie unterscheiden.</translation>
    </message>
    <message>
        <source>They keep the same share of the work in-house in every dimension, so no profile can tell them apart.</source>
        <translation>Sie behalten in jeder Dimension denselben Anteil der Arbeit im Haus, daher kann kein Profil sie unterscheiden.</translation>
    </message>
</context>
<context>
    <name>splitbench::Owner</name>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Gemeinsam</translation>
    </message>
</context>
<context>
    <name>splitbench::Profile</name>
    <message>
        <source>an importance must be between 0 and %1</source>
        <translation>eine Gewichtung muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>at least one dimension must have an importance above 0</source>
        <translation>mindestens eine Dimension muss eine Gewichtung über 0 haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>participant name (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>splitbench::ProposalTerms</name>
    <message>
        <source>The notice period must be from 0 to %1 months.</source>
        <translation>Die Kündigungsfrist muss zwischen 0 und %1 Monaten liegen.</translation>
    </message>
    <message>
        <source>A proposal has at most %1 service levels.</source>
        <translation>Ein Angebot hat höchstens %1 Service-Levels.</translation>
    </message>
    <message>
        <source>Each service level needs a priority, e.g. P1.</source>
        <translation>Jedes Service-Level braucht eine Priorität, z. B. P1.</translation>
    </message>
    <message>
        <source>A priority has at most %1 characters.</source>
        <translation>Eine Priorität hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; is given twice: each priority has one service level.</source>
        <translation>Die Priorität „%1“ kommt zweimal vor: Jede Priorität hat ein Service-Level.</translation>
    </message>
    <message>
        <source>The response time of %1 must be from 0 to %2 minutes.</source>
        <translation>Die Reaktionszeit von %1 muss zwischen 0 und %2 Minuten liegen.</translation>
    </message>
    <message>
        <source>The resolution time of %1 must be from 0 to %2 hours.</source>
        <translation>Die Lösungszeit von %1 muss zwischen 0 und %2 Stunden liegen.</translation>
    </message>
</context>
<context>
    <name>splitbench::Responsibility</name>
    <message>
        <source>both parties are Accountable; exactly one may be</source>
        <translation>beide Seiten sind verantwortlich (A); das darf nur eine sein</translation>
    </message>
    <message>
        <source>nobody is Accountable; exactly one party must be</source>
        <translation>niemand ist verantwortlich (A); genau eine Seite muss es sein</translation>
    </message>
    <message>
        <source>the provider share must be between 0 and 100</source>
        <translation>der Dienstleisteranteil muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>owner is provider but the provider carries only %1% of the work</source>
        <translation>Zuständig ist der Dienstleister, er trägt aber nur %1&#xa0;% der Arbeit</translation>
    </message>
    <message>
        <source>owner is internal but the provider carries %1% of the work</source>
        <translation>Zuständig ist das interne Team, aber der Dienstleister trägt %1&#xa0;% der Arbeit</translation>
    </message>
    <message>
        <source>owner is shared but the provider carries %1% of the work (shared means 10 to 90)</source>
        <translation>Zuständigkeit ist gemeinsam, aber der Dienstleister trägt %1&#xa0;% der Arbeit (gemeinsam heißt 10 bis 90)</translation>
    </message>
</context>
<context>
    <name>splitbench::SensitivityAnalysis</name>
    <message>
        <source>At %1 = %2 this profile sits on a breakeven: %3 leads below it, %4 above it.</source>
        <translation>Bei %1 = %2 liegt dieses Profil genau auf einem Kipppunkt: darunter führt %3, darüber %4.</translation>
    </message>
    <message>
        <source>%1 stays ahead whatever the value of %2.</source>
        <translation>%1 bleibt vorn, welchen Wert %2 auch hat.</translation>
    </message>
    <message>
        <source>%1 (fit %2 against %3)</source>
        <translation>%1 (Eignung %2 gegenüber %3)</translation>
    </message>
    <message>
        <source>%1 is not ahead of %2 in any dimension.</source>
        <translation>%1 liegt in keiner Dimension vor %2.</translation>
    </message>
    <message>
        <source>%1 wins most against %2 in %3.</source>
        <translation>%1 gewinnt gegenüber %2 am deutlichsten bei %3.</translation>
    </message>
    <message>
        <source>%1 does better than %2 in %3.</source>
        <translation>%1 schneidet besser ab als %2 bei %3.</translation>
    </message>
    <message>
        <source>Lowering %1 from %2 to 0 would make %3 the recommendation.</source>
        <translation>Würde %1 von %2 auf 0 gesenkt, wäre %3 die Empfehlung.</translation>
    </message>
    <message>
        <source>Raising %1 from %2 to 100 would make %3 the recommendation.</source>
        <translation>Würde %1 von %2 auf 100 erhöht, wäre %3 die Empfehlung.</translation>
    </message>
    <message>
        <source>Lowering %1 from %2 to below %3 would make %4 the recommendation.</source>
        <translation>Würde %1 von %2 auf unter %3 gesenkt, wäre %4 die Empfehlung.</translation>
    </message>
    <message>
        <source>Raising %1 from %2 to above %3 would make %4 the recommendation.</source>
        <translation>Würde %1 von %2 auf über %3 erhöht, wäre %4 die Empfehlung.</translation>
    </message>
    <message>
        <source>No change to a single trait makes %1 lose its lead.</source>
        <translation>Keine Änderung eines einzelnen Merkmals kostet %1 die Führung.</translation>
    </message>
    <message>
        <source>Giving %1 an importance above %2 would make %3 the recommendation.</source>
        <translation>Bekäme %1 eine Gewichtung über %2, wäre %3 die Empfehlung.</translation>
    </message>
    <message>
        <source>Setting the importance of %1 (now %2) to 0 would make %3 the recommendation.</source>
        <translation>Würde die Gewichtung von %1 (jetzt %2) auf 0 gesetzt, wäre %3 die Empfehlung.</translation>
    </message>
    <message>
        <source>Lowering the importance of %1 from %2 to below %3 (×%4) would make %5 the recommendation.</source>
        <translation>Würde die Gewichtung von %1 von %2 auf unter %3 (×%4) gesenkt, wäre %5 die Empfehlung.</translation>
    </message>
    <message>
        <source>Raising the importance of %1 from %2 to above %3 (×%4) would make %5 the recommendation.</source>
        <translation>Würde die Gewichtung von %1 von %2 auf über %3 (×%4) erhöht, wäre %5 die Empfehlung.</translation>
    </message>
    <message>
        <source>No change to the importance of a single dimension (within 0 to 10) makes %1 lose its lead.</source>
        <translation>Keine Änderung der Gewichtung einer einzelnen Dimension (im Bereich 0 bis 10) kostet %1 die Führung.</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 is recommended in %2 of %3 variations of this profile within its stated uncertainty</source>
        <translation>%1 wird in %2 von %3 Varianten dieses Profils innerhalb seiner angegebenen Unsicherheit empfohlen</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; %1.</source>
        <translation>; %1.</translation>
    </message>
    <message>
        <source>Its lead over the best alternative averages %1 points (5th to 95th percentile: %2 to %3).</source>
        <translation>Sein Vorsprung vor der besten Alternative beträgt im Mittel %1 Punkte (5. bis 95. Perzentil: %2 bis %3).</translation>
    </message>
    <message>
        <source>%1 takes over from %2 if %3, %4 if %5.</source>
        <translation>%1 löst %2 ab, wenn %3, %4, wenn %5.</translation>
    </message>
    <message>
        <source>%1 takes over from %2 if %3.</source>
        <translation>%1 löst %2 ab, wenn %3.</translation>
    </message>
    <message>
        <source>%1 if %2 (now %3)</source>
        <translation>%1, wenn %2 (jetzt %3)</translation>
    </message>
    <message>
        <source>%1 through no single trait</source>
        <translation>%1 durch kein einzelnes Merkmal</translation>
    </message>
    <message>
        <source>Closest single-trait change that puts each other model on top: %1.</source>
        <translation>Kleinste Änderung eines einzelnen Merkmals, die jedes andere Modell an die Spitze bringt: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>At today&apos;s prices %1 costs least over %2 months (no price uncertainty set).</source>
        <translation>Zu heutigen Preisen kostet %1 über %2 Monate am wenigsten (keine Preisunsicherheit eingestellt).</translation>
    </message>
    <message>
        <source>With provider prices and the IT salary within ±%1%, %2 costs least over %3 months in %4 of %5 samples</source>
        <translation>Mit Anbieterpreisen und IT-Gehalt innerhalb von ±%1 % kostet %2 über %3 Monate in %4 von %5 Stichproben am wenigsten</translation>
    </message>
</context>
<context>
    <name>splitbench::cli</name>
    <message>
        <source>Usage: %1 [--verbose | --quiet] &lt;command&gt; [options]

Compare fully managed and co-managed IT services for an organisation profile.

Commands:
</source>
        <translation>Aufruf: %1 [--verbose | --quiet] &lt;Befehl&gt; [Optionen]

Vergleicht vollständig verwaltete und gemeinsam verwaltete IT-Services für ein Organisationsprofil.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options (before or after the command):
  --verbose       Also show progress and timings on standard error.
  -q, --quiet     Show only errors on standard error.
  -h, --help      Show this help.
  -v, --version   Show the version.

Run &quot;%1 &lt;command&gt; --help&quot; for the options of a command.

Exit codes: 0 success, 1 usage error, 2 invalid input, 3 output could not be written.
</source>
        <translation>
Allgemeine Optionen (vor oder nach dem Befehl):
  --verbose       Zusätzlich Fortschritt und Zeiten auf der Standardfehlerausgabe zeigen.
  -q, --quiet     Nur Fehler auf der Standardfehlerausgabe zeigen.
  -h, --help      Diese Hilfe zeigen.
  -v, --version   Die Version zeigen.

„%1 &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.

Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 ungültige Eingabe, 3 Ausgabe konnte nicht geschrieben werden.
</translation>
    </message>
    <message>
        <source>Diagnostic log: %1
</source>
        <translation>Diagnoseprotokoll: %1
</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;
</source>
        <translation>Fehler: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>error: --verbose and --quiet cannot be used together</source>
        <translation>Fehler: --verbose und --quiet können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;</source>
        <translation>Fehler: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>error: could not write to standard output</source>
        <translation>Fehler: Schreiben auf die Standardausgabe nicht möglich</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Use the catalogue in &lt;file&gt; instead of the built-in one.</source>
        <translation>Den Katalog in &lt;Datei&gt; statt des eingebauten verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>In &lt;Datei&gt; statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Also show progress and timings on standard error.</source>
        <translation>Zusätzlich Fortschritt und Zeiten auf der Standardfehlerausgabe zeigen.</translation>
    </message>
    <message>
        <source>Show only errors on standard error.</source>
        <translation>Nur Fehler auf der Standardfehlerausgabe zeigen.</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use json or markdown)</source>
        <translation>Fehler: unbekanntes Format „%1“ (json oder markdown verwenden)</translation>
    </message>
    <message>
        <source>error: score needs --profile FILE (or --profile default)</source>
        <translation>Fehler: score braucht --profile DATEI (oder --profile default)</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use json or text)</source>
        <translation>Fehler: unbekanntes Format „%1“ (json oder text verwenden)</translation>
    </message>
    <message>
        <source>error: validate needs at least one file</source>
        <translation>Fehler: validate braucht mindestens eine Datei</translation>
    </message>
    <message>
        <source>%1: valid %2</source>
        <translation>%1: gültig: %2</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Print the catalogue of models, traits, dimensions and activities.</source>
        <translation>Den Katalog der Modelle, Merkmale, Dimensionen und Tätigkeiten ausgeben.</translation>
    </message>
    <message>
        <source>Output format: json or markdown (default json).</source>
        <translation>Ausgabeformat: json oder markdown (Standard: json).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Score how well each model fits an organisation profile.</source>
        <translation>Bewerten, wie gut jedes Modell zu einem Organisationsprofil passt.</translation>
    </message>
    <message>
        <source>The profile to score (*.splitbench.json), or &quot;default&quot; for the catalogue defaults.</source>
        <translation>Das zu bewertende Profil (*.splitbench.json) oder „default“ für die Standardwerte des Katalogs.</translation>
    </message>
    <message>
        <source>Output format: json or text (default text).</source>
        <translation>Ausgabeformat: json oder text (Standard: text).</translation>
    </message>
    <message>
        <source>Check catalogue or profile files and report the first problem in each.</source>
        <translation>Katalog- oder Profildateien prüfen und jeweils das erste Problem melden.</translation>
    </message>
    <message>
        <source>Catalogue or profile files to check.</source>
        <translation>Zu prüfende Katalog- oder Profildateien.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>DATEI…</translation>
    </message>
    <message>
        <source>error: report needs --profile FILE (repeat it for several profiles)</source>
        <translation>Fehler: report braucht --profile DATEI (für mehrere Profile wiederholen)</translation>
    </message>
    <message>
        <source>error: unknown page size &quot;%1&quot; (use A4 or Letter)</source>
        <translation>Fehler: unbekanntes Papierformat „%1“ (A4 oder Letter verwenden)</translation>
    </message>
    <message>
        <source>error: use either --output or --output-dir, not both</source>
        <translation>Fehler: entweder --output oder --output-dir verwenden, nicht beides</translation>
    </message>
    <message>
        <source>error: report needs --output FILE (one profile) or --output-dir DIR (several)</source>
        <translation>Fehler: report braucht --output DATEI (ein Profil) oder --output-dir ORDNER (mehrere)</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use one of: %2)</source>
        <translation>Fehler: unbekanntes Format „%1“ (eines davon verwenden: %2)</translation>
    </message>
    <message>
        <source>error: --output takes one profile; use --output-dir DIR for %1 profiles</source>
        <translation>Fehler: --output nimmt ein Profil; für %1 Profile --output-dir ORDNER verwenden</translation>
    </message>
    <message>
        <source>error: cannot tell the format from &quot;%1&quot;; end the name with one of: %2</source>
        <translation>Fehler: das Format ist an „%1“ nicht zu erkennen; den Namen mit einer dieser Endungen enden lassen: %2</translation>
    </message>
    <message>
        <source>error: --format %1 does not match the extension of &quot;%2&quot;</source>
        <translation>Fehler: --format %1 passt nicht zur Endung von „%2“</translation>
    </message>
    <message>
        <source>error: %1: cannot write reports there because it is a file, not a folder</source>
        <translation>Fehler: %1: Berichte können dort nicht geschrieben werden, weil es eine Datei und kein Ordner ist</translation>
    </message>
    <message>
        <source>error: %1: cannot create the folder</source>
        <translation>Fehler: %1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>error: &quot;%1&quot; and &quot;%2&quot; would both be written to %3; rename one of them</source>
        <translation>Fehler: „%1“ und „%2“ würden beide nach %3 geschrieben; benennen Sie eines davon um</translation>
    </message>
    <message>
        <source>error: --jobs needs a positive number, not &quot;%1&quot;</source>
        <translation>Fehler: --jobs braucht eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Write the comparison report (PDF), the radar chart (PNG, SVG), the responsibility matrix (CSV, Markdown, HTML, XLSX) or the score (JSON).</source>
        <translation>Den Vergleichsbericht (PDF), das Netzdiagramm (PNG, SVG), die Verantwortungsmatrix (CSV, Markdown, HTML, XLSX) oder die Bewertung (JSON) schreiben.</translation>
    </message>
    <message>
        <source>The profile to report on (*.splitbench.json, or &quot;default&quot;). Repeat it with --output-dir to write one report per profile, in parallel.</source>
        <translation>Das Profil, über das berichtet wird (*.splitbench.json oder „default“). Mit --output-dir wiederholen, um parallel einen Bericht je Profil zu schreiben.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;; its extension picks the format: .pdf (full report), .png/.svg (radar chart), .csv/.md/.html/.xlsx (responsibility matrix with fit), .json (score).</source>
        <translation>In &lt;Datei&gt; schreiben; die Endung bestimmt das Format: .pdf (vollständiger Bericht), .png/.svg (Netzdiagramm), .csv/.md/.html/.xlsx (Verantwortungsmatrix mit Eignung), .json (Bewertung).</translation>
    </message>
    <message>
        <source>Write one file per profile into &lt;dir&gt; (created if missing), named after the profile file.</source>
        <translation>Eine Datei je Profil in &lt;Ordner&gt; schreiben (wird bei Bedarf angelegt), benannt nach der Profildatei.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>With --output-dir: the format of every file (default pdf).</source>
        <translation>Mit --output-dir: das Format aller Dateien (Standard: pdf).</translation>
    </message>
    <message>
        <source>Paper for PDF reports: A4 (default) or Letter.</source>
        <translation>Papier für PDF-Berichte: A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>error: --%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>Fehler: --%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>error: --%1 must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>Fehler: --%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>error: sensitivity needs --profile FILE (or --profile default)</source>
        <translation>Fehler: sensitivity braucht --profile DATEI (oder --profile default)</translation>
    </message>
    <message>
        <source>error: the analysis was cancelled</source>
        <translation>Fehler: die Analyse wurde abgebrochen</translation>
    </message>
    <message>
        <source>Show how firm the recommendation is: breakevens, tornado, robustness.</source>
        <translation>Zeigen, wie belastbar die Empfehlung ist: Kipppunkte, Tornado, Robustheit.</translation>
    </message>
    <message>
        <source>The profile to analyse (*.splitbench.json), or &quot;default&quot; for the catalogue defaults.</source>
        <translation>Das zu analysierende Profil (*.splitbench.json) oder „default“ für die Standardwerte des Katalogs.</translation>
    </message>
    <message>
        <source>Monte Carlo samples, 1 to %1 (default %2).</source>
        <translation>Monte-Carlo-Stichproben, 1 bis %1 (Standard: %2).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same output (default %1).</source>
        <translation>Startwert des Zufallsgenerators; derselbe Startwert ergibt dieselbe Ausgabe (Standard: %1).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Worker threads, 0 for one per core (default). Never changes the result.</source>
        <translation>Arbeitsthreads, 0 für einen je Kern (Standard). Ändert das Ergebnis nie.</translation>
    </message>
    <message>
        <source>Tornado: also show the swing within ± this many points of the current value (default 10).</source>
        <translation>Tornado: zusätzlich die Spanne innerhalb von ± so vielen Punkten um den aktuellen Wert zeigen (Standard: 10).</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Use ± this many points for every trait instead of the profile&apos;s uncertainty.</source>
        <translation>± so viele Punkte für jedes Merkmal statt der Unsicherheit aus dem Profil verwenden.</translation>
    </message>
    <message>
        <source>Use ± this fraction (0 to 1) for every importance weight instead of the profile&apos;s.</source>
        <translation>± diesen Anteil (0 bis 1) für jede Gewichtung statt des Werts aus dem Profil verwenden.</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>JSON only: include every model&apos;s overall fit along each trait sweep.</source>
        <translation>Nur JSON: die Gesamteignung jedes Modells entlang jedes Merkmalsverlaufs einschließen.</translation>
    </message>
    <message>
        <source>error: %1; %2 of %3 reports were not written (try a smaller --jobs)</source>
        <translation>Fehler: %1; %2 von %3 Berichten wurden nicht geschrieben (versuchen Sie ein kleineres --jobs)</translation>
    </message>
    <message>
        <source>With --output-dir: reports written at the same time (default: one per core; never more than there are profiles, nor more than %1).</source>
        <translation>Mit --output-dir: gleichzeitig geschriebene Berichte (Standard: einer pro Kern; nie mehr als Profile, und nie mehr als %1).</translation>
    </message>
    <message>
        <source>could not start worker thread %1 of %2: %3</source>
        <translation>Arbeits-Thread %1 von %2 konnte nicht gestartet werden: %3</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use json, text or csv)</source>
        <translation>Fehler: unbekanntes Format „%1“ (json, text oder csv verwenden)</translation>
    </message>
    <message>
        <source>Output format: json, text or csv (one row per trait: who takes over where; default text).</source>
        <translation>Ausgabeformat: json, text oder csv (eine Zeile je Merkmal: wer wo die Führung übernimmt; Standard: text).</translation>
    </message>
    <message>
        <source>Vary each model&apos;s provider prices and the IT salary by ± this many percent, 0 to %1 (default 0: off), and show each model&apos;s chance of costing least.</source>
        <translation>Die Anbieterpreise jedes Modells und das IT-Gehalt um ± so viele Prozent variieren, 0 bis %1 (Standard 0: aus), und für jedes Modell die Chance zeigen, am wenigsten zu kosten.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>error: cost needs --profile FILE (or --profile default)</source>
        <translation>Fehler: cost braucht --profile DATEI (oder --profile default)</translation>
    </message>
    <message>
        <source>error: --term must be 12, 24 or 36 months, not &quot;%1&quot;</source>
        <translation>Fehler: --term muss 12, 24 oder 36 Monate sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Show what each model costs over the contract term, with breakevens (typical figures).</source>
        <translation>Zeigen, was jedes Modell über die Vertragslaufzeit kostet, mit Gleichständen (typische Werte).</translation>
    </message>
    <message>
        <source>The profile to cost (*.splitbench.json), or &quot;default&quot; for the defaults.</source>
        <translation>Das Profil, dessen Kosten berechnet werden (*.splitbench.json), oder „default“ für die Standardwerte.</translation>
    </message>
    <message>
        <source>Compare every model over this term: 12, 24 or 36 months (default: each model&apos;s own term).</source>
        <translation>Jedes Modell über diese Laufzeit vergleichen: 12, 24 oder 36 Monate (Standard: die eigene Laufzeit jedes Modells).</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Output format: text, json or csv (default text).</source>
        <translation>Ausgabeformat: text, json oder csv (Standard text).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>error: merge needs the workshop profile and at least one participant file</source>
        <translation>Fehler: merge braucht das Workshop-Profil und mindestens eine Teilnehmerdatei</translation>
    </message>
    <message>
        <source>error: merge needs --output FILE (the merged workshop; it may not be one of the inputs)</source>
        <translation>Fehler: merge braucht --output DATEI (den zusammengeführten Workshop; es darf keine der Eingaben sein)</translation>
    </message>
    <message>
        <source>%1: added: %2; updated: %3; unchanged: %4</source>
        <translation>%1: hinzugefügt: %2; aktualisiert: %3; unverändert: %4</translation>
    </message>
    <message>
        <source>error: participant-file needs exactly one workshop profile</source>
        <translation>Fehler: participant-file braucht genau ein Workshop-Profil</translation>
    </message>
    <message>
        <source>error: participant-file needs --participant ID</source>
        <translation>Fehler: participant-file braucht --participant ID</translation>
    </message>
    <message>
        <source>error: %1 has no participant &quot;%2&quot; (its participants: %3)</source>
        <translation>Fehler: %1 hat keine teilnehmende Person „%2“ (Teilnehmende: %3)</translation>
    </message>
    <message>
        <source>error: %1 has no participants</source>
        <translation>Fehler: %1 hat keine Teilnehmenden</translation>
    </message>
    <message>
        <source>error: questionnaire needs --profile FILE</source>
        <translation>Fehler: questionnaire braucht --profile DATEI</translation>
    </message>
    <message>
        <source>error: questionnaire needs --output FILE.pdf</source>
        <translation>Fehler: questionnaire braucht --output DATEI.pdf</translation>
    </message>
    <message>
        <source>error: %1 has no participant &quot;%2&quot;</source>
        <translation>Fehler: %1 hat keine teilnehmende Person „%2“</translation>
    </message>
    <message>
        <source>Write a printable one-page questionnaire (PDF) for a workshop participant.</source>
        <translation>Einen druckbaren einseitigen Fragebogen (PDF) für eine teilnehmende Person schreiben.</translation>
    </message>
    <message>
        <source>The workshop profile (*.splitbench.json).</source>
        <translation>Das Workshop-Profil (*.splitbench.json).</translation>
    </message>
    <message>
        <source>The participant&apos;s id; without it, a blank questionnaire with a line for the name.</source>
        <translation>Die ID der teilnehmenden Person; ohne sie ein leerer Fragebogen mit einer Zeile für den Namen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <source>Merge returned participant files into a workshop profile, matching participants by id.</source>
        <translation>Zurückgegebene Teilnehmerdateien in ein Workshop-Profil zusammenführen, Teilnehmende nach ID zugeordnet.</translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation>WORKSHOP</translation>
    </message>
    <message>
        <source>Participant files to merge into it.</source>
        <translation>Die Teilnehmerdateien, die hineingeführt werden.</translation>
    </message>
    <message>
        <source>PARTICIPANT…</source>
        <translation>TEILNEHMERDATEI…</translation>
    </message>
    <message>
        <source>Write the file to send one participant: the workshop with only that person in it.</source>
        <translation>Die Datei für eine teilnehmende Person schreiben: den Workshop mit nur dieser Person darin.</translation>
    </message>
    <message>
        <source>The participant&apos;s id.</source>
        <translation>Die ID der teilnehmenden Person.</translation>
    </message>
    <message>
        <source>error: plan needs --profile FILE (a profile with today&apos;s split)</source>
        <translation>Fehler: plan braucht --profile DATEI (ein Profil mit der heutigen Aufteilung)</translation>
    </message>
    <message>
        <source>error: plan needs --to MODEL_ID (the model to move to)</source>
        <translation>Fehler: plan braucht --to MODELL_ID (das Modell, zu dem gewechselt wird)</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use text, csv, md or json)</source>
        <translation>Fehler: unbekanntes Format „%1“ (text, csv, md oder json verwenden)</translation>
    </message>
    <message>
        <source>error: %1 has no today&apos;s split (as_is), so there is nothing to plan from; record who does each activity today in the workbench, or add an &quot;as_is&quot; section (docs/profile-format.md)</source>
        <translation>Fehler: %1 hat keine heutige Aufteilung (as_is), es gibt also keinen Ausgangspunkt für den Plan; erfassen Sie in der Werkbank, wer heute welche Tätigkeit übernimmt, oder ergänzen Sie einen Abschnitt „as_is“ (docs/profile-format.md)</translation>
    </message>
    <message>
        <source>error: --to names no model: &quot;%1&quot; is not one of %2</source>
        <translation>Fehler: --to nennt kein Modell: „%1“ ist keines von %2</translation>
    </message>
    <message>
        <source>today&apos;s split</source>
        <translation>der heutigen Aufteilung</translation>
    </message>
    <message>
        <source>List what changes hands from today&apos;s split to a model, in order, with a checklist line each.</source>
        <translation>Listet der Reihe nach auf, was von der heutigen Aufteilung zu einem Modell die Hand wechselt, mit je einer Zeile für die Checkliste.</translation>
    </message>
    <message>
        <source>The profile with today&apos;s split (*.splitbench.json).</source>
        <translation>Das Profil mit der heutigen Aufteilung (*.splitbench.json).</translation>
    </message>
    <message>
        <source>The id of the model to move to (a catalogue or custom model).</source>
        <translation>Die ID des Modells, zu dem gewechselt wird (ein Modell des Katalogs oder ein eigenes Modell).</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modell</translation>
    </message>
    <message>
        <source>Output format: text, csv, md or json (default text).</source>
        <translation>Ausgabeformat: text, csv, md oder json (Standard text).</translation>
    </message>
    <message>
        <source>Use the profile&apos;s scenario with this id or name instead of the profile as it is.</source>
        <translation>Das Szenario des Profils mit dieser ID oder diesem Namen statt des Profils selbst verwenden.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>error: %1 has no scenarios, so there is no scenario &quot;%2&quot;</source>
        <translation>Fehler: %1 hat keine Szenarien, also auch kein Szenario „%2“</translation>
    </message>
    <message>
        <source>error: %1 has no scenario &quot;%2&quot; (its scenarios: %3)</source>
        <translation>Fehler: %1 hat kein Szenario „%2“ (seine Szenarien: %3)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Imported “%1” from %2: %3 of %4 activities matched exactly.</source>
        <translation>„%1“ aus %2 importiert: %3 von %4 Tätigkeiten genau zugeordnet.</translation>
    </message>
    <message>
        <source>Guessed (check these):</source>
        <translation>Vermutet (bitte prüfen):</translation>
    </message>
    <message>
        <source>row %1: “%2” read as %3 (%4 % alike)</source>
        <translation>Zeile %1: „%2“ gelesen als %3 (%4 % ähnlich)</translation>
    </message>
    <message>
        <source>Extra rows (not imported):</source>
        <translation>Zusätzliche Zeilen (nicht importiert):</translation>
    </message>
    <message>
        <source>row %1: “%2”: %3</source>
        <translation>Zeile %1: „%2“: %3</translation>
    </message>
    <message>
        <source>Missing (taken from %1):</source>
        <translation>Fehlend (übernommen aus %1):</translation>
    </message>
    <message>
        <source>Cells read with a change:</source>
        <translation>Mit einer Änderung gelesene Zellen:</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>error: import-matrix needs exactly one sheet (an .xlsx or .csv file)</source>
        <translation>Fehler: import-matrix braucht genau eine Tabelle (eine .xlsx- oder .csv-Datei)</translation>
    </message>
    <message>
        <source>error: import-matrix needs --profile FILE (the profile to add the model to) and --output FILE</source>
        <translation>Fehler: import-matrix braucht --profile DATEI (das Profil, dem das Modell hinzugefügt wird) und --output DATEI</translation>
    </message>
    <message>
        <source>error: %1 already has %2 custom models, the most a profile holds; remove one first</source>
        <translation>Fehler: %1 hat bereits %2 eigene Modelle, so viele wie ein Profil fasst; entfernen Sie zuerst eines</translation>
    </message>
    <message>
        <source>note: %1: %2</source>
        <translation>Hinweis: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: no sheet has a responsibility matrix (a column of activities and columns of who does them: owner, provider share, or RACI letters per party)</source>
        <translation>Fehler: %1: kein Blatt enthält eine Verantwortungsmatrix (eine Spalte mit Tätigkeiten und Spalten, wer sie erledigt: Zuständigkeit, Dienstleisteranteil oder RACI-Buchstaben je Partei)</translation>
    </message>
    <message>
        <source>error: --from: %1 holds no model “%2”; it holds %3</source>
        <translation>Fehler: --from: %1 enthält kein Modell „%2“; es enthält %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>error: %1 holds several models (%2); pick one with --from NAME</source>
        <translation>Fehler: %1 enthält mehrere Modelle (%2); wählen Sie eines mit --from NAME</translation>
    </message>
    <message>
        <source>error: the imported model needs a name: give one with --name</source>
        <translation>Fehler: das importierte Modell braucht einen Namen: geben Sie einen mit --name an</translation>
    </message>
    <message>
        <source>error: %1 already has a model called “%2”; give the import another name with --name</source>
        <translation>Fehler: %1 hat bereits ein Modell namens „%2“; geben Sie dem Import mit --name einen anderen Namen</translation>
    </message>
    <message>
        <source>Add a provider&apos;s responsibility matrix (XLSX or CSV) to a profile as a custom model.</source>
        <translation>Die Verantwortungsmatrix eines Dienstleisters (XLSX oder CSV) einem Profil als eigenes Modell hinzufügen.</translation>
    </message>
    <message>
        <source>The matrix: an .xlsx workbook or a .csv file.</source>
        <translation>Die Matrix: eine .xlsx-Arbeitsmappe oder eine .csv-Datei.</translation>
    </message>
    <message>
        <source>The profile to add the model to (*.splitbench.json).</source>
        <translation>Das Profil, dem das Modell hinzugefügt wird (*.splitbench.json).</translation>
    </message>
    <message>
        <source>The model to take when the sheet holds several (its id or name, or a sheet&apos;s name).</source>
        <translation>Das zu übernehmende Modell, wenn die Tabelle mehrere enthält (seine ID oder sein Name oder der Name eines Blatts).</translation>
    </message>
    <message>
        <source>The new model&apos;s name (default: the name in the sheet).</source>
        <translation>Der Name des neuen Modells (Standard: der Name in der Tabelle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>error: check needs exactly one profile</source>
        <translation>Fehler: check braucht genau ein Profil</translation>
    </message>
    <message>
        <source>error: unknown format &quot;%1&quot; (use text or json)</source>
        <translation>Fehler: unbekanntes Format „%1“ (text oder json verwenden)</translation>
    </message>
    <message>
        <source>The profile has no proposals (custom models); the built-in models are checked.</source>
        <translation>Das Profil enthält keine Angebote (eigene Modelle); geprüft werden die eingebauten Modelle.</translation>
    </message>
    <message>
        <source>%1: nothing to flag.</source>
        <translation>%1: nichts zu beanstanden.</translation>
    </message>
    <message>
        <source>%1: one finding.</source>
        <translation>%1: ein Befund.</translation>
    </message>
    <message>
        <source>%1: %2 findings.</source>
        <translation>%1: %2 Befunde.</translation>
    </message>
    <message>
        <source>Check each proposal (custom model) of a profile: work nobody does, work split from what it depends on, accountability the organisation should keep.</source>
        <translation>Jedes Angebot (eigene Modell) eines Profils prüfen: Arbeit, die niemand erledigt, Arbeit, die von dem getrennt ist, wovon sie abhängt, und Rechenschaft, die die Organisation behalten sollte.</translation>
    </message>
    <message>
        <source>The profile to check (*.splitbench.json).</source>
        <translation>Das zu prüfende Profil (*.splitbench.json).</translation>
    </message>
    <message>
        <source>Output format: text or json (default text).</source>
        <translation>Ausgabeformat: text oder json (Standard text).</translation>
    </message>
    <message>
        <source>error: --%1 may be at most %2 characters</source>
        <translation>Fehler: --%1 darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Who prepared the report: a name for the cover and the PDF&apos;s author.</source>
        <translation>Wer den Bericht erstellt hat: ein Name für das Deckblatt und als Autor des PDF.</translation>
    </message>
    <message>
        <source>The preparer&apos;s company, on the cover and in every page&apos;s footer.</source>
        <translation>Das Unternehmen der erstellenden Person, auf dem Deckblatt und in der Fußzeile jeder Seite.</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>How to reach the preparer (e-mail, phone or web), on the cover.</source>
        <translation>Wie die erstellende Person erreichbar ist (E-Mail, Telefon oder Web), auf dem Deckblatt.</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The preparer&apos;s logo for the cover: an SVG drawing or a PNG or JPEG image.</source>
        <translation>Das Logo der erstellenden Person für das Deckblatt: eine SVG-Zeichnung oder ein PNG- oder JPEG-Bild.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui</name>
    <message>
        <source>--size must look like 1400x900</source>
        <translation>--size muss wie 1400x900 aussehen</translation>
    </message>
    <message>
        <source>unknown dimension id &quot;%1&quot;</source>
        <translation>unbekannte Dimensions-ID „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: Das Bildschirmfoto kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the translation for &quot;%1&quot; could not be loaded; using English</source>
        <translation>Die Übersetzung für „%1“ konnte nicht geladen werden; Splitbench bleibt auf Englisch</translation>
    </message>
    <message>
        <source>Compare fully managed and co-managed IT services for an organisation.</source>
        <translation>Vollständig verwaltete und gemeinsam verwaltete IT-Services für eine Organisation vergleichen.</translation>
    </message>
    <message>
        <source>Profile to open (*.splitbench.json).</source>
        <translation>Zu öffnendes Profil (*.splitbench.json).</translation>
    </message>
    <message>
        <source>Print the milliseconds from process start to the window&apos;s first paint, then exit. Uses the default profile and leaves the settings alone.</source>
        <translation>Die Millisekunden vom Prozessstart bis zum ersten Zeichnen des Fensters ausgeben und beenden. Verwendet das Standardprofil und lässt die Einstellungen unberührt.</translation>
    </message>
    <message>
        <source>Render the window to PNG offscreen and exit.</source>
        <translation>Das Fenster offscreen als PNG rendern und beenden.</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>system, light or dark.</source>
        <translation>system, light oder dark.</translation>
    </message>
    <message>
        <source>system, en or de (screenshots: en).</source>
        <translation>system, en oder de (Bildschirmfotos: en).</translation>
    </message>
    <message>
        <source>Dimension id to select.</source>
        <translation>Auszuwählende Dimensions-ID.</translation>
    </message>
    <message>
        <source>Change one trait through the undo path (test only).</source>
        <translation>Ein Merkmal über den Rückgängig-Pfad ändern (nur für Tests).</translation>
    </message>
    <message>
        <source>--test-set-trait needs TRAIT_ID=VALUE with a known trait id</source>
        <translation>--test-set-trait braucht MERKMAL_ID=WERT mit einer bekannten Merkmal-ID</translation>
    </message>
    <message>
        <source>no model &quot;%1&quot; in the dimension explorer</source>
        <translation>kein Modell „%1“ im Dimensions-Explorer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in model; only custom models can be edited</source>
        <translation>„%1“ ist ein eingebautes Modell; nur eigene Modelle können bearbeitet werden</translation>
    </message>
    <message>
        <source>Open the owner editor of the first activity of this custom model (with --view explorer).</source>
        <translation>Den Zuständigkeits-Editor der ersten Tätigkeit dieses eigenen Modells öffnen (mit --view explorer).</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>unknown participant id &quot;%1&quot;</source>
        <translation>unbekannte Teilnehmer-ID „%1“</translation>
    </message>
    <message>
        <source>Workshop participant id whose values to show.</source>
        <translation>ID der teilnehmenden Person, deren Werte gezeigt werden.</translation>
    </message>
    <message>
        <source>unknown scenario &quot;%1&quot; (give its id or its name)</source>
        <translation>unbekanntes Szenario „%1“ (ID oder Namen angeben)</translation>
    </message>
    <message>
        <source>Scenario (id or name) to show and edit.</source>
        <translation>Szenario (ID oder Name), das gezeigt und bearbeitet wird.</translation>
    </message>
    <message>
        <source>overview, explorer, sensitivity, cost, workshop, scenarios, plan or proposals.</source>
        <translation>overview, explorer, sensitivity, cost, workshop, scenarios, plan oder proposals.</translation>
    </message>
    <message>
        <source>%1: no matrix to review</source>
        <translation>%1: keine Matrix zu prüfen</translation>
    </message>
    <message>
        <source>Show File ▸ Import Proposal…&apos;s review of this sheet over the window.</source>
        <translation>Die Prüfung dieser Tabelle aus Datei ▸ Angebot importieren… über dem Fenster zeigen.</translation>
    </message>
    <message>
        <source>Show the preferences over the window.</source>
        <translation>Die Einstellungen über dem Fenster zeigen.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ActivityDelegate</name>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Provider share</source>
        <translation>Dienstleisteranteil</translation>
    </message>
    <message>
        <source>%</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Provider RACI letters</source>
        <translation>RACI-Buchstaben des Dienstleisters</translation>
    </message>
    <message>
        <source>Internal RACI letters</source>
        <translation>RACI-Buchstaben des internen Teams</translation>
    </message>
    <message>
        <source>Any of R (Responsible), A (Accountable), C (Consulted), I (Informed)</source>
        <translation>Beliebige aus R (Responsible, führt aus), A (Accountable, verantwortet), C (Consulted, wird befragt), I (Informed, wird informiert)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ActivityTableModel</name>
    <message>
        <source>%1
Nobody is Responsible for this activity: give R to the provider or the internal team.</source>
        <translation>%1
Niemand führt diese Tätigkeit aus (kein R): Geben Sie dem Dienstleister oder dem internen Team ein R.</translation>
    </message>
    <message>
        <source>Who carries the activity day to day: %1</source>
        <translation>Wer die Tätigkeit im Alltag trägt: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>The provider carries %1% of the work, the internal team %2%.</source>
        <translation>Der Dienstleister trägt %1&#xa0;% der Arbeit, das interne Team %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Responsible (does the work)</source>
        <translation>Responsible (führt die Arbeit aus)</translation>
    </message>
    <message>
        <source>Accountable (answers for the result)</source>
        <translation>Accountable (verantwortet das Ergebnis)</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted (wird befragt)</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed (wird informiert)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Internal team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>%1: no role</source>
        <translation>%1: keine Rolle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Prov.</source>
        <translation>Dienstl.</translation>
    </message>
    <message>
        <source>Int.</source>
        <translation>Int.</translation>
    </message>
    <message>
        <source>Who carries the activity: provider, internal team or shared</source>
        <translation>Wer die Tätigkeit trägt: Dienstleister, internes Team oder gemeinsam</translation>
    </message>
    <message>
        <source>Share of the work the provider carries</source>
        <translation>Anteil der Arbeit, den der Dienstleister trägt</translation>
    </message>
    <message>
        <source>RACI letters of the provider (Responsible, Accountable, Consulted, Informed)</source>
        <translation>RACI-Buchstaben des Dienstleisters (Responsible, Accountable, Consulted, Informed)</translation>
    </message>
    <message>
        <source>RACI letters of the internal team (Responsible, Accountable, Consulted, Informed)</source>
        <translation>RACI-Buchstaben des internen Teams (Responsible, Accountable, Consulted, Informed)</translation>
    </message>
    <message>
        <source>%1: provider share set to %2% to match the owner.</source>
        <translation>%1: Dienstleisteranteil auf %2&#xa0;% gesetzt, passend zur Zuständigkeit.</translation>
    </message>
    <message>
        <source>The provider share must be a number from 0 to 100.</source>
        <translation>Der Dienstleisteranteil muss eine Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>%1: owner set to &quot;%2&quot; to match a provider share of %3%.</source>
        <translation>%1: Zuständigkeit auf „%2“ gesetzt, passend zu einem Dienstleisteranteil von %3&#xa0;%.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set of RACI letters: use R, A, C and I, each at most once.</source>
        <translation>„%1“ ist keine gültige Kombination von RACI-Buchstaben: R, A, C und I verwenden, jeden höchstens einmal.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>der Dienstleister</translation>
    </message>
    <message>
        <source>the internal team</source>
        <translation>das interne Team</translation>
    </message>
    <message>
        <source>%1: only one party can be Accountable, and %2 already is. To make %3 Accountable, remove A from the letters of %2; accountability then moves over.</source>
        <translation>%1: Nur eine Seite kann verantwortlich (A) sein, und %2 ist es bereits. Um %3 verantwortlich zu machen, entfernen Sie das A bei %2; die Verantwortung geht dann über.</translation>
    </message>
    <message>
        <source>%1: accountability moved to %2.</source>
        <translation>%1: Verantwortung (A) an %2 übergeben.</translation>
    </message>
    <message>
        <source>Not changed: %1.</source>
        <translation>Nicht geändert: %1.</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>column header: the provider&apos;s share of the work</comment>
        <translation>DL-Anteil</translation>
    </message>
    <message>
        <source>%1 (warning: nobody is Responsible)</source>
        <translation>%1 (Warnung: niemand führt sie aus, kein R)</translation>
    </message>
    <message>
        <source>Nobody is Responsible for this activity: give R to the provider or the internal team.</source>
        <translation>Niemand führt diese Tätigkeit aus (kein R): Geben Sie dem Dienstleister oder dem internen Team ein R.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (warning: %2)</source>
        <translation>%1 (Warnung: %2)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::AddCustomModelCommand</name>
    <message>
        <source>Add model &quot;%1&quot;</source>
        <translation>Modell „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ChartWiring</name>
    <message>
        <source>%1 as %2 sees it</source>
        <translation>%1, wie %2 es sieht</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::CostComponentsChart</name>
    <message>
        <source>Cost of each model by component</source>
        <translation>Kosten jedes Modells nach Bestandteilen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 in total (%3)</source>
        <translation>%1: %2 insgesamt (%3)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::CostPage</name>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>The prices and staff figures start as typical market figures, not a quote: replace them with your providers&apos; real quotes and your own salaries.</source>
        <translation>Die Preise und Personalzahlen sind zu Beginn typische Marktwerte, kein Angebot: Ersetzen Sie sie durch die echten Angebote Ihrer Dienstleister und Ihre eigenen Gehälter.</translation>
    </message>
    <message>
        <source>Total cost of each model</source>
        <translation>Gesamtkosten jedes Modells</translation>
    </message>
    <message>
        <source>Total cost of o&amp;wnership:</source>
        <translation>Gesamtbetriebskosten (T&amp;CO):</translation>
    </message>
    <message>
        <source>Out-of-hours cover</source>
        <translation>Bereitschaft außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>Security monitoring</source>
        <translation>Sicherheitsüberwachung</translation>
    </message>
    <message>
        <source>Strategic advice hours</source>
        <translation>Stunden strategischer Beratung</translation>
    </message>
    <message>
        <source>Backup and recovery</source>
        <translation>Datensicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Währu&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Devices:</source>
        <translation>Gerä&amp;te:</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Se&amp;rvers:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>Standort&amp;e:</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Toda&amp;y&apos;s IT staff (FTE):</source>
        <translation>Heutiges IT-Personal (&amp;VZÄ):</translation>
    </message>
    <message>
        <source>Today&apos;s IT staff in full-time equivalents</source>
        <translation>Heutiges IT-Personal in Vollzeitäquivalenten</translation>
    </message>
    <message>
        <source>Users &amp;per IT FTE:</source>
        <translation>Benutzer &amp;pro IT-VZÄ:</translation>
    </message>
    <message>
        <source>Users one full-time IT person looks after</source>
        <translation>Benutzer, die eine IT-Vollzeitkraft betreut</translation>
    </message>
    <message>
        <source>&amp;Salary per year:</source>
        <translation>Geha&amp;lt pro Jahr:</translation>
    </message>
    <message>
        <source>IT salary per year</source>
        <translation>IT-Gehalt pro Jahr</translation>
    </message>
    <message>
        <source>On-cost in percent of the salary</source>
        <translation>Lohnnebenkosten in Prozent des Gehalts</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>O&amp;n-cost:</source>
        <translation>Lohnnebenko&amp;sten:</translation>
    </message>
    <message>
        <source>Too&amp;ls per FTE and year:</source>
        <translation>Werkzeuge pro VZÄ und &amp;Jahr:</translation>
    </message>
    <message>
        <source>Tools per IT FTE and year</source>
        <translation>Werkzeuge pro IT-VZÄ und Jahr</translation>
    </message>
    <message>
        <source>Recruitin&amp;g cost per hire:</source>
        <translation>E&amp;instellungskosten pro Person:</translation>
    </message>
    <message>
        <source>Recruiting cost per hire</source>
        <translation>Einstellungskosten pro Person</translation>
    </message>
    <message>
        <source>Staff turnover per year</source>
        <translation>Fluktuation pro Jahr</translation>
    </message>
    <message>
        <source>Staff turnover per year:</source>
        <translation>Fluktuation pro Jahr:</translation>
    </message>
    <message>
        <source>A need too small for a hire is bought as</source>
        <translation>Ein Bedarf, zu klein für eine Einstellung, wird eingekauft als</translation>
    </message>
    <message>
        <source>Contractor hours</source>
        <translation>Externe Stunden</translation>
    </message>
    <message>
        <source>Part-time role</source>
        <translation>Teilzeitstelle</translation>
    </message>
    <message>
        <source>A fraction of an FTE is bought by the hour, or as the smallest part-time role you would hire</source>
        <translation>Ein Bruchteil einer Vollzeitstelle wird stundenweise eingekauft oder als kleinste Teilzeitstelle, die Sie einstellen würden</translation>
    </message>
    <message>
        <source>Small need &amp;bought as:</source>
        <translation>Kleiner Bedarf eingekau&amp;ft als:</translation>
    </message>
    <message>
        <source>Hourly r&amp;ate:</source>
        <translation>Stundensat&amp;z:</translation>
    </message>
    <message>
        <source>Contractor&apos;s hourly rate</source>
        <translation>Stundensatz für externe Stunden</translation>
    </message>
    <message>
        <source>Smallest hire (FTE):</source>
        <translation>Kleinste Einstellung (VZÄ):</translation>
    </message>
    <message>
        <source>Smallest hire in full-time equivalents</source>
        <translation>Kleinste Einstellung in Vollzeitäquivalenten</translation>
    </message>
    <message>
        <source>Count released staff as a saving</source>
        <translation>Freigesetztes Personal als Einsparung zählen</translation>
    </message>
    <message>
        <source>Off: today&apos;s IT staff cost the same in every model, as long as you keep them. On: staff a model does not need are counted as released.</source>
        <translation>Aus: Das heutige IT-Personal kostet in jedem Modell gleich viel, solange Sie es behalten. Ein: Personal, das ein Modell nicht braucht, gilt als freigesetzt.</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>Preise pro Modell</translation>
    </message>
    <message>
        <source>Model whose prices are shown</source>
        <translation>Modell, dessen Preise gezeigt werden</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Per user and month:</source>
        <translation>Pro Benutzer und Monat:</translation>
    </message>
    <message>
        <source>Price per user and month</source>
        <translation>Preis pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>Per server and month:</source>
        <translation>Pro Server und Monat:</translation>
    </message>
    <message>
        <source>Price per server and month</source>
        <translation>Preis pro Server und Monat</translation>
    </message>
    <message>
        <source>Per site and month:</source>
        <translation>Pro Standort und Monat:</translation>
    </message>
    <message>
        <source>Price per site and month</source>
        <translation>Preis pro Standort und Monat</translation>
    </message>
    <message>
        <source>Onboarding (once):</source>
        <translation>Einrichtung (einmalig):</translation>
    </message>
    <message>
        <source>One-off onboarding fee</source>
        <translation>Einmalige Einrichtungsgebühr</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract term:</source>
        <translation>Vertragslaufzeit:</translation>
    </message>
    <message>
        <source>Surcharge for a %1-month term</source>
        <translation>Zuschlag für eine Laufzeit von %1 Monaten</translation>
    </message>
    <message>
        <source>A %1-month term adds:</source>
        <translation>Zuschlag bei %1 Monaten:</translation>
    </message>
    <message>
        <source>Modules bought on top of the base fee</source>
        <translation>Module zusätzlich zur Grundgebühr</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Per user</source>
        <translation>Pro Benutzer</translation>
    </message>
    <message>
        <source>Tick a module to buy it; F2 or a double click edits a price</source>
        <translation>Haken Sie ein Modul an, um es zu kaufen; F2 oder ein Doppelklick bearbeitet einen Preis</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the organisation&apos;s figures and the prices per user, server and site and the onboarding fee you change here go to the scenario. The currency, the contract terms, the surcharges and the modules are the profile&apos;s, the same in every scenario. Figures in bold are the scenario&apos;s own.</source>
        <translation>Szenario „%1“: Die Kennzahlen der Organisation und die Preise pro Benutzer, Server und Standort sowie die Einrichtungsgebühr, die Sie hier ändern, gelten für das Szenario. Währung, Vertragslaufzeiten, Zuschläge und Module gehören zum Profil und sind in jedem Szenario gleich. Fett gesetzte Werte sind die des Szenarios.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::CostTableModel</name>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Best value for money</source>
        <translation>Bestes Preis-Leistungs-Verhältnis</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Kein Hinweis</translation>
    </message>
    <message>
        <source>%1 hours a year</source>
        <translation>%1 Stunden im Jahr</translation>
    </message>
    <message>
        <source>Everything the model costs over its contract term</source>
        <translation>Alles, was das Modell über seine Vertragslaufzeit kostet</translation>
    </message>
    <message>
        <source>The total divided by the users and the months of the term</source>
        <translation>Die Summe geteilt durch die Benutzer und die Monate der Laufzeit</translation>
    </message>
    <message>
        <source>Salaried in-house IT staff (salary and on-cost): today&apos;s team kept, plus hires</source>
        <translation>Angestelltes internes IT-Personal (Gehalt und Lohnnebenkosten): das heutige Team, das bleibt, plus Neueinstellungen</translation>
    </message>
    <message>
        <source>A need too small for a hire, bought by the hour</source>
        <translation>Ein Bedarf, zu klein für eine Einstellung, stundenweise eingekauft</translation>
    </message>
    <message>
        <source>Hiring the gap once, and replacing leavers over the term</source>
        <translation>Einmal die Lücke besetzen und über die Laufzeit Abgänge ersetzen</translation>
    </message>
    <message>
        <source>The in-house IT work the model leaves, in full-time staff; today: %1</source>
        <translation>Die interne IT-Arbeit, die das Modell übrig lässt, in Vollzeitstellen; heute: %1</translation>
    </message>
    <message>
        <source>Salaried staff to hire beyond today&apos;s team</source>
        <translation>Angestellte, die über das heutige Team hinaus einzustellen sind</translation>
    </message>
    <message>
        <source>Cheapest per year, and the models no other model beats on both fit and cost</source>
        <translation>Am günstigsten pro Jahr, und die Modelle, die kein anderes Modell bei Eignung und Kosten zugleich übertrifft</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Provider fees</source>
        <translation>Anbietergebühren</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>In-house staff</source>
        <translation>Eigenes Personal</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Externe Stunden</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Personalsuche</translation>
    </message>
    <message>
        <source>FTE needed (today %1)</source>
        <translation>Benötigte VZÄ (heute %1)</translation>
    </message>
    <message>
        <source>FTE to hire</source>
        <translation>Einzustellende VZÄ</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::DimensionExplorer</name>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Selected dimension</source>
        <translation>Ausgewählte Dimension</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s split:&lt;/b&gt; record who does each activity today to see how well it fits and to plan the handover to a model. Start from:</source>
        <translation>&lt;b&gt;Heutige Aufteilung:&lt;/b&gt; Halten Sie fest, wer jede Tätigkeit heute erledigt, um zu sehen, wie gut das passt, und die Übergabe an ein Modell zu planen. Beginnen mit:</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::DimensionListModel</name>
    <message>
        <source>Best fit: %1 (%2 of 100)</source>
        <translation>Beste Eignung: %1 (%2 von 100)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::DisagreementChart</name>
    <message>
        <source>Where the participants disagree</source>
        <translation>Wo die Teilnehmenden uneins sind</translation>
    </message>
    <message>
        <source>%1: group %2, participants from %3 to %4</source>
        <translation>%1: Gruppe %2, Teilnehmende von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::FitTableModel</name>
    <message>
        <source>%1 keeps about %2% of %3 in-house; your profile suggests %4%. Fit %5 of 100.</source>
        <translation>%1 erledigt etwa %2&#xa0;% von %3 intern; Ihr Profil legt %4&#xa0;% nahe. Eignung %5 von 100.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>How much this dimension counts in the overall fit (0 to 10; 1 is normal).</source>
        <translation>Wie stark diese Dimension in die Gesamteignung eingeht (0 bis 10; 1 ist normal).</translation>
    </message>
    <message>
        <source>Fit of %1 for each dimension, 0 to 100.</source>
        <translation>Eignung von %1 je Dimension, 0 bis 100.</translation>
    </message>
    <message>
        <source>Fit of the recommended model (%1) minus fit of the runner-up (%2): positive where the dimension favours the recommendation.</source>
        <translation>Eignung des empfohlenen Modells (%1) minus Eignung des Zweitplatzierten (%2): positiv, wo die Dimension die Empfehlung begünstigt.</translation>
    </message>
    <message>
        <source>Today&apos;s split fits %1 %2 of 100 (not a candidate: never recommended, not in the lead).</source>
        <translation>Die heutige Aufteilung passt zu %1 mit %2 von 100 (kein Kandidat: nie empfohlen, nicht im Vorsprung).</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Fit of today&apos;s split for each dimension, 0 to 100: where the handover starts, not a candidate.</source>
        <translation>Eignung der heutigen Aufteilung je Dimension, 0 bis 100: wo die Übergabe beginnt, kein Kandidat.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::FitTableView</name>
    <message>
        <source>Fit per dimension</source>
        <translation>Eignung je Dimension</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ImportReviewDialog</name>
    <message>
        <source>Import Proposal: %1</source>
        <translation>Angebot importieren: %1</translation>
    </message>
    <message>
        <source>Check what the proposal&apos;s matrix becomes before it is added to the profile. Nothing changes until you choose Import.</source>
        <translation>Prüfen Sie, was aus der Matrix des Angebots wird, bevor sie dem Profil hinzugefügt wird. Nichts ändert sich, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>Matrix to import</source>
        <translation>Zu importierende Matrix</translation>
    </message>
    <message>
        <source>%1 (sheet “%2”)</source>
        <translation>%1 (Blatt „%2“)</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <source>Summary of the import</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Row or cell</source>
        <translation>Zeile oder Zelle</translation>
    </message>
    <message>
        <source>In the sheet</source>
        <translation>In der Tabelle</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>What the import found</source>
        <translation>Was der Import gefunden hat</translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrix:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) matched exactly</source>
        <translation>
            <numerusform>%n Tätigkeit genau zugeordnet</numerusform>
            <numerusform>%n Tätigkeiten genau zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra row(s)</source>
        <translation>
            <numerusform>%n zusätzliche Zeile</numerusform>
            <numerusform>%n zusätzliche Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) read with a change</source>
        <translation>
            <numerusform>%n Zelle mit einer Änderung gelesen</numerusform>
            <numerusform>%n Zellen mit einer Änderung gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Every activity matched exactly.</source>
        <translation>Jede Tätigkeit wurde genau zugeordnet.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Guessed: check these</source>
        <translation>Vermutet: bitte prüfen</translation>
    </message>
    <message>
        <source>%1 % alike</source>
        <translation>%1 % ähnlich</translation>
    </message>
    <message>
        <source>Extra rows: not imported</source>
        <translation>Zusätzliche Zeilen: nicht importiert</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Missing: taken from %1</source>
        <translation>Fehlend: übernommen aus %1</translation>
    </message>
    <message>
        <source>(no row)</source>
        <translation>(keine Zeile)</translation>
    </message>
    <message>
        <source>taken from %1</source>
        <translation>übernommen aus %1</translation>
    </message>
    <message>
        <source>Cells read with a change</source>
        <translation>Mit einer Änderung gelesene Zellen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Matched exactly</source>
        <translation>Genau zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) guessed</source>
        <translation>
            <numerusform>%n Zeile vermutet</numerusform>
            <numerusform>%n Zeilen vermutet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s) missing: taken from %1</source>
        <translation>
            <numerusform>%n Tätigkeit fehlt: übernommen aus %1</numerusform>
            <numerusform>%n Tätigkeiten fehlen: übernommen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ImportanceEditor</name>
    <message>
        <source>Importance</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>How much each dimension counts in the overall fit: 0 ignores it, 1 is normal, 2 counts it twice.</source>
        <translation>Wie stark jede Dimension in die Gesamteignung eingeht: 0 ignoriert sie, 1 ist normal, 2 zählt sie doppelt.</translation>
    </message>
    <message>
        <source>Importance of each dimension</source>
        <translation>Gewichtung jeder Dimension</translation>
    </message>
    <message>
        <source>E&amp;qual weights</source>
        <translation>&amp;Gleiche Gewichte</translation>
    </message>
    <message>
        <source>Set all importance weights to 1</source>
        <translation>Alle Gewichtungen auf 1 setzen</translation>
    </message>
    <message>
        <source>Equal importance weights</source>
        <translation>Gleiche Gewichtungen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ImportanceModel</name>
    <message>
        <source>Importance of %1: 0 ignores it, 1 is normal, up to %2 counts it more. Double-click or press F2 to edit.</source>
        <translation>Gewichtung von %1: 0 ignoriert sie, 1 ist normal, bis %2 zählt sie stärker. Zum Bearbeiten doppelklicken oder F2 drücken.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>Importance not changed: %1.</source>
        <translation>Gewichtung nicht geändert: %1.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Set every trait to its default, importance to equal, and clear the notes</source>
        <translation>Jedes Merkmal auf seinen Standardwert setzen, alle Gewichtungen gleich, Notizen leeren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Make an editable copy of a model, e.g. for a provider&apos;s proposal</source>
        <translation>Eine bearbeitbare Kopie eines Modells anlegen, z. B. für das Angebot eines Dienstleisters</translation>
    </message>
    <message>
        <source>Re&amp;name Custom Model…</source>
        <translation>Eigenes Modell &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move Custom Model…</source>
        <translation>Eigenes Modell ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Dimension &amp;Explorer</source>
        <translation>Dimensions-&amp;Explorer</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Sensitivity</source>
        <translation>&amp;Sensitivität</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>How firm the recommendation is, and what would change it</source>
        <translation>Wie belastbar die Empfehlung ist und was sie ändern würde</translation>
    </message>
    <message>
        <source>Edit &amp;Profile</source>
        <translation>&amp;Profil bearbeiten</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show the organisation profile and move the keyboard focus to it</source>
        <translation>Das Organisationsprofil zeigen und die Tastatureingabe dorthin setzen</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Choose the language and the theme of the workbench</source>
        <translation>Sprache und Design der Arbeitsoberfläche wählen</translation>
    </message>
    <message>
        <source>&amp;About Splitbench</source>
        <translation>Über &amp;Splitbench</translation>
    </message>
    <message>
        <source>About Splitbench</source>
        <translation>Über Splitbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Apply E&amp;xample Profile</source>
        <translation>&amp;Beispielprofil anwenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder with Splitbench&apos;s log files, e.g. to attach them to a bug report</source>
        <translation>Den Ordner mit den Protokolldateien von Splitbench zeigen, z. B. um sie einem Fehlerbericht beizufügen</translation>
    </message>
    <message>
        <source>Cannot open the log folder</source>
        <translation>Protokollordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: the folder could not be opened.</source>
        <translation>%1: Der Ordner konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Organisation Profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Dimension explorer</source>
        <translation>Dimensions-Explorer</translation>
    </message>
    <message>
        <source>Radar chart and table of fit (Ctrl+1)</source>
        <translation>Netzdiagramm und Eignungstabelle (Strg+1)</translation>
    </message>
    <message>
        <source>One dimension, the models side by side (Ctrl+2)</source>
        <translation>Eine Dimension, die Modelle nebeneinander (Strg+2)</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>How firm the recommendation is, and what would change it (Ctrl+4)</source>
        <translation>Wie belastbar die Empfehlung ist und was sie ändern würde (Strg+4)</translation>
    </message>
    <message>
        <source>Show or hide %1 in the chart, the table and the explorer</source>
        <translation>%1 im Diagramm, in der Tabelle und im Explorer zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>%1[*] — Splitbench</source>
        <translation>%1[*] — Splitbench</translation>
    </message>
    <message>
        <source>No clear recommendation</source>
        <translation>Keine klare Empfehlung</translation>
    </message>
    <message>
        <source>Recommended: %1 (+%2)</source>
        <translation>Empfohlen: %1 (+%2)</translation>
    </message>
    <message>
        <source>Showing %1. Ctrl+1 returns to the overview.</source>
        <translation>%1 wird gezeigt. Strg+1 führt zurück zur Übersicht.</translation>
    </message>
    <message>
        <source>Cannot duplicate model</source>
        <translation>Modell kann nicht dupliziert werden</translation>
    </message>
    <message>
        <source>A profile holds at most %1 custom models; remove one first.</source>
        <translation>Ein Profil enthält höchstens %1 eigene Modelle; entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Duplicate Model</source>
        <translation>Modell duplizieren</translation>
    </message>
    <message>
        <source>Model to copy:</source>
        <translation>Zu kopierendes Modell:</translation>
    </message>
    <message>
        <source>Name of the new model (e.g. &quot;Acme MSP proposal&quot;):</source>
        <translation>Name des neuen Modells (z. B. „Angebot Muster-IT GmbH“):</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;. Edit who does what in its panel; Undo removes it again.</source>
        <translation>„%1“ hinzugefügt. Legen Sie in seinem Bereich fest, wer was erledigt; Rückgängig entfernt es wieder.</translation>
    </message>
    <message>
        <source>Custom model:</source>
        <translation>Eigenes Modell:</translation>
    </message>
    <message>
        <source>Rename Custom Model</source>
        <translation>Eigenes Modell umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove Custom Model</source>
        <translation>Eigenes Modell entfernen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;. Undo brings it back.</source>
        <translation>„%1“ entfernt. Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Splitbench %1&lt;/h3&gt;&lt;p&gt;Compare fully managed and co-managed IT services for your organisation: who does what in 20 dimensions, and which model fits your profile.&lt;/p&gt;&lt;p&gt;Built with &lt;b&gt;Qt %2&lt;/b&gt; (running on Qt %3), used under the GNU Lesser General Public License v3; the Qt Charts module under the GNU General Public License v3.&lt;br&gt;Logging by &lt;b&gt;spdlog %4.%5.%6&lt;/b&gt; and the &lt;b&gt;{fmt}&lt;/b&gt; library, both under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Splitbench %1&lt;/h3&gt;&lt;p&gt;Vergleichen Sie vollständig verwaltete und gemeinsam verwaltete IT-Services für Ihre Organisation: wer in 20 Dimensionen was erledigt und welches Modell zu Ihrem Profil passt.&lt;/p&gt;&lt;p&gt;Erstellt mit &lt;b&gt;Qt %2&lt;/b&gt; (läuft unter Qt %3), verwendet unter der GNU Lesser General Public License v3; das Modul Qt Charts unter der GNU General Public License v3.&lt;br&gt;Protokollierung mit &lt;b&gt;spdlog %4.%5.%6&lt;/b&gt; und der Bibliothek &lt;b&gt;{fmt}&lt;/b&gt;, beide unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reset Profile to De&amp;faults</source>
        <translation>Profil auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Model…</source>
        <translation>Modell &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Show Organisation Profile P&amp;anel</source>
        <translation>&amp;Organisationsprofil-Leiste anzeigen</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Read how to use Splitbench, from the first start to a printed report</source>
        <translation>Lesen Sie, wie Splitbench funktioniert, vom ersten Start bis zum gedruckten Bericht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>What each model costs over its contract term, and value for money</source>
        <translation>Was jedes Modell über seine Vertragslaufzeit kostet, und das Preis-Leistungs-Verhältnis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>What each model costs, and value for money (Ctrl+5)</source>
        <translation>Was jedes Modell kostet, und das Preis-Leistungs-Verhältnis (Strg+5)</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Where the workshop&apos;s participants disagree, and what that decides</source>
        <translation>Wo die Teilnehmenden des Workshops uneins sind und was das entscheidet</translation>
    </message>
    <message>
        <source>&amp;Workshop Participants</source>
        <translation>&amp;Teilnehmende (Workshop)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Where the participants disagree, and what each one&apos;s values recommend (Ctrl+6)</source>
        <translation>Wo die Teilnehmenden uneins sind und was die Werte jeder Person empfehlen (Strg+6)</translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation>Sze&amp;narien</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Each model&apos;s fit and cost in every scenario, and what would flip the recommendation</source>
        <translation>Passung und Kosten jedes Modells in jedem Szenario, und was die Empfehlung kippen würde</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>S&amp;zenarien</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Each model&apos;s fit and cost in every scenario (Ctrl+7)</source>
        <translation>Passung und Kosten jedes Modells in jedem Szenario (Strg+7)</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>&amp;Handover Plan</source>
        <translation>Ü&amp;bergabeplan</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>What changes hands on the way from today&apos;s split to a model</source>
        <translation>Was auf dem Weg von der heutigen Aufteilung zu einem Modell den Besitzer wechselt</translation>
    </message>
    <message>
        <source>Recorded today&apos;s split. Edit who does what in its panel in the Dimension explorer; Undo removes it again.</source>
        <translation>Heutige Aufteilung festgehalten. Bearbeiten Sie im Dimensions-Explorer in ihrem Bereich, wer was tut; Rückgängig entfernt sie wieder.</translation>
    </message>
    <message>
        <source>Handover Plan</source>
        <translation>Übergabeplan</translation>
    </message>
    <message>
        <source>What changes hands on the way from today&apos;s split to a model (Ctrl+8)</source>
        <translation>Was auf dem Weg von der heutigen Aufteilung zu einem Modell den Besitzer wechselt (Ctrl+8)</translation>
    </message>
    <message>
        <source>Today&apos;s Split</source>
        <translation>Heutige Aufteilung</translation>
    </message>
    <message>
        <source>Show or hide today&apos;s split in the chart, the table and the explorer</source>
        <translation>Die heutige Aufteilung im Diagramm, in der Tabelle und im Explorer zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>P&amp;roposals</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Providers&apos; proposals side by side: fit, cost, terms and findings</source>
        <translation>Angebote der Dienstleister nebeneinander: Eignung, Kosten, Bedingungen und Befunde</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Providers&apos; proposals side by side: fit, cost, terms and findings (Ctrl+9)</source>
        <translation>Angebote der Dienstleister nebeneinander: Eignung, Kosten, Bedingungen und Befunde (Strg+9)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::MarginHistogramChart</name>
    <message>
        <source>Histogram of the margin over all variations</source>
        <translation>Histogramm des Vorsprungs über alle Varianten</translation>
    </message>
    <message>
        <source>Margin of %1: 5th percentile %2, median %3, 95th percentile %4</source>
        <translation>Vorsprung von %1: 5. Perzentil %2, Median %3, 95. Perzentil %4</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ModelPanel</name>
    <message>
        <source>%1 in this dimension</source>
        <translation>%1 in dieser Dimension</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
    <message>
        <source>Duplicate, rename or remove %1</source>
        <translation>%1 duplizieren, umbenennen oder entfernen</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Duplicate %1 as an editable model</source>
        <translation>%1 als bearbeitbares Modell duplizieren</translation>
    </message>
    <message>
        <source>Who does what in %1</source>
        <translation>Wer was erledigt bei %1</translation>
    </message>
    <message>
        <source>Custom model based on %1</source>
        <translation>Eigenes Modell auf Basis von %1</translation>
    </message>
    <message>
        <source>Fit &lt;span style=&quot;font-size:x-large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100%2</source>
        <translation>Eignung &lt;span style=&quot;font-size:x-large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; von 100%2</translation>
    </message>
    <message>
        <source> — the best fit in this dimension</source>
        <translation> – die beste Eignung in dieser Dimension</translation>
    </message>
    <message>
        <source>Keeps about %1% of the work in-house; your profile suggests about %2%, so the gap is %3 points.</source>
        <translation>Erledigt etwa %1&#xa0;% der Arbeit intern; Ihr Profil legt etwa %2&#xa0;% nahe, die Lücke beträgt also %3 Punkte.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Nobody is Responsible for %n activity(s) here: give R to the provider or the internal team.</source>
        <translation>
            <numerusform>⚠ Niemand führt %n Tätigkeit hier aus (kein R): Geben Sie dem Dienstleister oder dem internen Team ein R.</numerusform>
            <numerusform>⚠ Niemand führt %n Tätigkeiten hier aus (kein R): Geben Sie dem Dienstleister oder dem internen Team ein R.</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a cell (or press F2) to change the owner, the provider&apos;s share or the RACI letters.</source>
        <translation>Doppelklicken Sie auf eine Zelle (oder drücken Sie F2), um Zuständigkeit, Dienstleisteranteil oder RACI-Buchstaben zu ändern.</translation>
    </message>
    <message>
        <source>Built-in model: duplicate it to make an editable copy.</source>
        <translation>Eingebautes Modell: duplizieren Sie es, um eine bearbeitbare Kopie zu erhalten.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s split in this dimension</source>
        <translation>Heutige Aufteilung in dieser Dimension</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove today&apos;s split</source>
        <translation>Heutige Aufteilung entfernen</translation>
    </message>
    <message>
        <source>Forget today&apos;s split; Undo brings it back</source>
        <translation>Die heutige Aufteilung verwerfen; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Who does what today</source>
        <translation>Wer heute was tut</translation>
    </message>
    <message>
        <source>Who does each activity today, as recorded in this profile: where the handover starts, not a candidate model</source>
        <translation>Wer jede Tätigkeit heute erledigt, wie in diesem Profil festgehalten: wo die Übergabe beginnt, kein Kandidat</translation>
    </message>
    <message>
        <source>Fit &lt;span style=&quot;font-size:x-large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100</source>
        <translation>Eignung &lt;span style=&quot;font-size:x-large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; von 100</translation>
    </message>
    <message>
        <source>Who does what here today. Compare it with the models; the Handover Plan tab lists what changes on the way to one of them.</source>
        <translation>Wer hier heute was tut. Vergleichen Sie es mit den Modellen; der Reiter Übergabeplan listet, was sich auf dem Weg zu einem von ihnen ändert.</translation>
    </message>
    <message>
        <source>Today about %1% of the work is done in-house; your profile suggests about %2%, so the gap is %3 points.</source>
        <translation>Heute wird etwa %1% der Arbeit intern erledigt; Ihr Profil legt etwa %2% nahe, die Lücke beträgt also %3 Punkte.</translation>
    </message>
    <message>
        <source>Double-click a cell (or press F2) to record who does the activity today.</source>
        <translation>Doppelklicken Sie auf eine Zelle (oder drücken Sie F2), um festzuhalten, wer die Tätigkeit heute erledigt.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ParticipantActions</name>
    <message>
        <source>Splitbench profiles (*.splitbench.json);;JSON files (*.json);;All files (*)</source>
        <translation>Splitbench-Profile (*.splitbench.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>Teilnehmende &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a workshop participant, who starts from the group&apos;s values</source>
        <translation>Eine teilnehmende Person hinzufügen; sie beginnt mit den Werten der Gruppe</translation>
    </message>
    <message>
        <source>Re&amp;name Participant…</source>
        <translation>Teilnehmende &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Change a participant&apos;s name and role</source>
        <translation>Name und Rolle einer teilnehmenden Person ändern</translation>
    </message>
    <message>
        <source>Participant &amp;Weight…</source>
        <translation>&amp;Gewicht der Person…</translation>
    </message>
    <message>
        <source>How much a participant&apos;s view counts in the group&apos;s values (0 keeps it on record only)</source>
        <translation>Wie stark die Sicht einer Person in die Gruppenwerte eingeht (0 hält sie nur fest)</translation>
    </message>
    <message>
        <source>&amp;Remove Participant</source>
        <translation>Teilnehmende ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove a participant and their values (Undo brings them back)</source>
        <translation>Eine teilnehmende Person mit ihren Werten entfernen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Group Values: Weighted &amp;Median</source>
        <translation>Gruppenwerte: gewichteter &amp;Median</translation>
    </message>
    <message>
        <source>Each group value is the participants&apos; weighted median: one extreme voice cannot drag it</source>
        <translation>Jeder Gruppenwert ist der gewichtete Median der Teilnehmenden: eine extreme Stimme kann ihn nicht verschieben</translation>
    </message>
    <message>
        <source>Group Values: Weighted M&amp;ean</source>
        <translation>Gruppenwerte: gewichtetes M&amp;ittel</translation>
    </message>
    <message>
        <source>Each group value is the participants&apos; weighted mean: every voice moves it a little</source>
        <translation>Jeder Gruppenwert ist das gewichtete Mittel der Teilnehmenden: jede Stimme bewegt ihn ein wenig</translation>
    </message>
    <message>
        <source>&amp;Import Participant…</source>
        <translation>Teilnehmende &amp;importieren…</translation>
    </message>
    <message>
        <source>Merge returned participant files into this workshop, matching people by id</source>
        <translation>Zurückgesandte Teilnehmerdateien in diesen Workshop übernehmen, Personen nach ID zugeordnet</translation>
    </message>
    <message>
        <source>Export Participant Fi&amp;le…</source>
        <translation>Teilnehmerdatei expo&amp;rtieren…</translation>
    </message>
    <message>
        <source>Write the file to send one participant: the workshop with only them in it</source>
        <translation>Die Datei für eine teilnehmende Person schreiben: den Workshop nur mit ihr</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Teilnehmende Person:</translation>
    </message>
    <message>
        <source>Cannot add participant</source>
        <translation>Teilnehmende Person kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>A workshop holds at most %1 participants.</source>
        <translation>Ein Workshop fasst höchstens %1 Teilnehmende.</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Name (e.g. &quot;Dana Reyes&quot;):</source>
        <translation>Name (z. B. „Dana Reyes“):</translation>
    </message>
    <message>
        <source>Role (e.g. &quot;Owner&quot;; may be empty):</source>
        <translation>Rolle (z. B. „Inhaberin“; darf leer sein):</translation>
    </message>
    <message>
        <source>Added %1, starting from the group&apos;s values. Their sliders are shown now.</source>
        <translation>%1 hinzugefügt, mit den Werten der Gruppe als Ausgangspunkt. Die Regler zeigen jetzt die Werte dieser Person.</translation>
    </message>
    <message>
        <source>This profile is a workshop now: %1 starts from its values. Add the others, then move each person&apos;s sliders.</source>
        <translation>Dieses Profil ist jetzt ein Workshop: %1 beginnt mit seinen Werten. Fügen Sie die anderen hinzu und stellen Sie dann die Regler jeder Person ein.</translation>
    </message>
    <message>
        <source>Rename Participant</source>
        <translation>Teilnehmende umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Participant Weight</source>
        <translation>Gewicht der Person</translation>
    </message>
    <message>
        <source>Weight of %1 (0 to %2; 1 is normal, 0 keeps the view on record without counting it):</source>
        <translation>Gewicht von %1 (0 bis %2; 1 ist normal, 0 hält die Sicht fest, ohne sie zu zählen):</translation>
    </message>
    <message>
        <source>Weight not changed: &quot;%1&quot; is not a number from 0 to %2.</source>
        <translation>Gewicht nicht geändert: „%1“ ist keine Zahl von 0 bis %2.</translation>
    </message>
    <message>
        <source>Weight not changed: %1.</source>
        <translation>Gewicht nicht geändert: %1.</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmende entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: %2.</source>
        <translation>%1 wurde nicht entfernt: %2.</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings them back.</source>
        <translation>%1 entfernt. Rückgängig holt die Person zurück.</translation>
    </message>
    <message>
        <source>Removed %1, the last participant: the profile is a plain one again with the group&apos;s values. Undo brings them back.</source>
        <translation>%1 entfernt, die letzte teilnehmende Person: Das Profil ist wieder ein einfaches Profil mit den Werten der Gruppe. Rückgängig holt die Person zurück.</translation>
    </message>
    <message>
        <source>Import Participant Files</source>
        <translation>Teilnehmerdateien importieren</translation>
    </message>
    <message>
        <source>Cannot import participant</source>
        <translation>Teilnehmende können nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported; the workshop is unchanged.

%1</source>
        <translation>Nichts wurde importiert; der Workshop ist unverändert.

%1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert: %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>unverändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n participant file(s): %1.</source>
        <translation>
            <numerusform>%n Teilnehmerdatei importiert: %1.</numerusform>
            <numerusform>%n Teilnehmerdateien importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Export Participant File</source>
        <translation>Teilnehmerdatei exportieren</translation>
    </message>
    <message>
        <source>Cannot export participant file</source>
        <translation>Teilnehmerdatei kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote %1&apos;s participant file %2.</source>
        <translation>Teilnehmerdatei von %1 geschrieben: %2.</translation>
    </message>
    <message>
        <source>Write a one-page questionnaire to print for a participant: every trait on a scale to mark, and how much each area matters</source>
        <translation>Einen einseitigen Fragebogen zum Ausdrucken für eine teilnehmende Person schreiben: jedes Merkmal auf einer Skala zum Ankreuzen und wie wichtig jeder Bereich ist</translation>
    </message>
    <message>
        <source>Export Questionnaire PDF</source>
        <translation>Fragebogen als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export the questionnaire</source>
        <translation>Der Fragebogen kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the questionnaire %1.</source>
        <translation>Fragebogen %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export Q&amp;uestionnaire PDF…</source>
        <translation>Fra&amp;gebogen als PDF exportieren…</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ParticipantTableModel</name>
    <message>
        <source>How much %1&apos;s view counts in the group&apos;s values</source>
        <translation>Wie stark die Sicht von %1 in die Gruppenwerte eingeht</translation>
    </message>
    <message>
        <source>Weight 0: %1&apos;s view is on record but does not count</source>
        <translation>Gewicht 0: Die Sicht von %1 ist festgehalten, zählt aber nicht</translation>
    </message>
    <message>
        <source>What %1&apos;s own values recommend: %2</source>
        <translation>Was die eigenen Werte von %1 empfehlen: %2</translation>
    </message>
    <message>
        <source>How far ahead of the runner-up %1&apos;s answer is, in fit points</source>
        <translation>Wie weit die Antwort von %1 vor der zweitbesten liegt, in Passungspunkten</translation>
    </message>
    <message>
        <source>Bold: not the group&apos;s recommendation</source>
        <translation>Fett: nicht die Empfehlung der Gruppe</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Own answer</source>
        <translation>Eigene Antwort</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::PlanTableModel</name>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>Waits for no other step</source>
        <translation>Wartet auf keinen anderen Schritt</translation>
    </message>
    <message>
        <source>Do after steps %1</source>
        <translation>Nach den Schritten %1 erledigen</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Provider RACI</source>
        <translation>RACI Dienstleister</translation>
    </message>
    <message>
        <source>In-house RACI</source>
        <translation>RACI intern</translation>
    </message>
    <message>
        <source>Provider share</source>
        <translation>Anteil Dienstleister</translation>
    </message>
    <message>
        <source>After steps</source>
        <translation>Nach Schritten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Who carries the activity today → in the target model</source>
        <translation>Wer die Tätigkeit trägt: heute → im Zielmodell</translation>
    </message>
    <message>
        <source>The provider&apos;s RACI letters today → in the target model</source>
        <translation>Die RACI-Buchstaben des Dienstleisters: heute → im Zielmodell</translation>
    </message>
    <message>
        <source>The in-house team&apos;s RACI letters today → in the target model</source>
        <translation>Die RACI-Buchstaben des internen Teams: heute → im Zielmodell</translation>
    </message>
    <message>
        <source>The provider&apos;s share of the work today → in the target model (change in points)</source>
        <translation>Der Anteil des Dienstleisters an der Arbeit: heute → im Zielmodell (Änderung in Punkten)</translation>
    </message>
    <message>
        <source>The steps that must be done first</source>
        <translation>Die Schritte, die vorher erledigt sein müssen</translation>
    </message>
    <message>
        <source>What to do when the activity changes hands</source>
        <translation>Was zu tun ist, wenn die Tätigkeit den Besitzer wechselt</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::PlanView</name>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>E&amp;xcel exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No split of today recorded yet&lt;/h3&gt;&lt;p&gt;The handover plan lists every activity that changes hands on the way from who does what today to a model: from whom to whom, the RACI letters before and after, and a checklist line for each step, ordered so that what others depend on comes first.&lt;/p&gt;&lt;p&gt;Record today&apos;s split to see it. Start from one of these and adjust it in the Dimension explorer:&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine heutige Aufteilung festgehalten&lt;/h3&gt;&lt;p&gt;Der Übergabeplan listet jede Tätigkeit, die auf dem Weg von der heutigen Aufteilung zu einem Modell den Besitzer wechselt: von wem an wen, die RACI-Buchstaben vorher und nachher und eine Checklistenzeile je Schritt, so geordnet, dass zuerst kommt, wovon andere abhängen.&lt;/p&gt;&lt;p&gt;Halten Sie die heutige Aufteilung fest, um ihn zu sehen. Beginnen Sie mit einer dieser Vorlagen und passen Sie sie im Dimensions-Explorer an:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Target model:</source>
        <translation>&amp;Zielmodell:</translation>
    </message>
    <message>
        <source>Target model of the handover plan</source>
        <translation>Zielmodell des Übergabeplans</translation>
    </message>
    <message>
        <source>The model the plan leads to; the recommended model until you choose another</source>
        <translation>Das Modell, zu dem der Plan führt; das empfohlene Modell, bis Sie ein anderes wählen</translation>
    </message>
    <message>
        <source>Export the handover plan as CSV</source>
        <translation>Den Übergabeplan als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the handover plan as an Excel workbook</source>
        <translation>Den Übergabeplan als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Export the handover plan as a Markdown task list</source>
        <translation>Den Übergabeplan als Markdown-Aufgabenliste exportieren</translation>
    </message>
    <message>
        <source>Today&apos;s split already matches this model: no activity changes hands. Choose another target model, or edit today&apos;s split in the Dimension explorer.</source>
        <translation>Die heutige Aufteilung entspricht bereits diesem Modell: keine Tätigkeit wechselt den Besitzer. Wählen Sie ein anderes Zielmodell oder bearbeiten Sie die heutige Aufteilung im Dimensions-Explorer.</translation>
    </message>
    <message>
        <source>Steps of the handover plan</source>
        <translation>Schritte des Übergabeplans</translation>
    </message>
    <message>
        <source>today&apos;s split</source>
        <translation>der heutigen Aufteilung</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::PreferencesDialog</name>
    <message>
        <source>Splitbench will use %1 from the next time it starts.</source>
        <translation>Splitbench verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages, the catalogue texts and the reports</source>
        <translation>Die Sprache der Menüs, Meldungen, Katalogtexte und Berichte</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours of the workbench; reports are always printed on white</source>
        <translation>Farben der Arbeitsoberfläche; Berichte werden immer auf Weiß gedruckt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>e.g. Dana Reyes</source>
        <translation>z. B. Dana Reyes</translation>
    </message>
    <message>
        <source>e.g. Harbour IT Consulting</source>
        <translation>z. B. Hafen IT-Beratung</translation>
    </message>
    <message>
        <source>e-mail, phone or web address</source>
        <translation>E-Mail, Telefon oder Webadresse</translation>
    </message>
    <message>
        <source>Prepared by: name</source>
        <translation>Erstellt von: Name</translation>
    </message>
    <message>
        <source>Prepared by: company</source>
        <translation>Erstellt von: Firma</translation>
    </message>
    <message>
        <source>Prepared by: contact</source>
        <translation>Erstellt von: Kontakt</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Vorschau des Logos</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Ein Logo wählen</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Das Logo entfernen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>On every report&apos;s cover and in its footer. Whom a report is for is set per profile, under the organisation&apos;s name.</source>
        <translation>Auf dem Deckblatt jedes Berichts und in seiner Fußzeile. Für wen ein Bericht ist, wird je Profil festgelegt, unter dem Namen der Organisation.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Logos (*.svg *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Logos (*.svg *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>Dieses Logo kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>The logo was not changed.

%1</source>
        <translation>Das Logo wurde nicht geändert.

%1</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>%1 (cannot be read: reports are made without it)</source>
        <translation>%1 (nicht lesbar: Berichte werden ohne es erstellt)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProfileDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>built-in models cannot be edited; duplicate the model to make an editable copy</source>
        <translation>eingebaute Modelle können nicht bearbeitet werden; duplizieren Sie das Modell, um eine bearbeitbare Kopie zu erhalten</translation>
    </message>
    <message>
        <source>Reset profile to defaults</source>
        <translation>Profil auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Change currency to %1</source>
        <translation>Währung in %1 ändern</translation>
    </message>
    <message>
        <source>Change how a small need is bought</source>
        <translation>Ändern, wie ein kleiner Bedarf eingekauft wird</translation>
    </message>
    <message>
        <source>Count released staff as a saving</source>
        <translation>Freigesetztes Personal als Einsparung zählen</translation>
    </message>
    <message>
        <source>Count today&apos;s staff as a cost in every model</source>
        <translation>Heutiges Personal in jedem Modell als Kosten zählen</translation>
    </message>
    <message>
        <source>Change prices of %1</source>
        <translation>Preise von %1 ändern</translation>
    </message>
    <message>
        <source>Change term of %1 to %2 months</source>
        <translation>Laufzeit von %1 auf %2 Monate ändern</translation>
    </message>
    <message>
        <source>Change short-term surcharge of %1</source>
        <translation>Zuschlag für kurze Laufzeit von %1 ändern</translation>
    </message>
    <message>
        <source>Add a module to %1</source>
        <translation>Modul zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove a module from %1</source>
        <translation>Modul aus %1 entfernen</translation>
    </message>
    <message>
        <source>Change a module price of %1</source>
        <translation>Modulpreis von %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Change importance of %1 for %2</source>
        <translation>Gewichtung von %1 für %2 ändern</translation>
    </message>
    <message>
        <source>Edit %2&apos;s note on %1</source>
        <translation>Notiz von %2 zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>Change uncertainty of %1 for %2</source>
        <translation>Unsicherheit von %1 für %2 ändern</translation>
    </message>
    <message>
        <source>Change uncertainty of importance for %1</source>
        <translation>Unsicherheit der Gewichtung für %1 ändern</translation>
    </message>
    <message>
        <source>the group&apos;s values are the participants&apos; weighted mean; pick a person to change theirs</source>
        <translation>die Werte der Gruppe sind das gewichtete Mittel der Teilnehmenden; wählen Sie eine Person, um deren Werte zu ändern</translation>
    </message>
    <message>
        <source>the group&apos;s values are the participants&apos; weighted median; pick a person to change theirs</source>
        <translation>die Werte der Gruppe sind der gewichtete Median der Teilnehmenden; wählen Sie eine Person, um deren Werte zu ändern</translation>
    </message>
    <message>
        <source>Add participant &quot;%1&quot;</source>
        <translation>Teilnehmende Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename participant &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Teilnehmende Person „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>at least one participant must have a weight above 0</source>
        <translation>mindestens eine teilnehmende Person muss ein Gewicht über 0 haben</translation>
    </message>
    <message>
        <source>Change weight of %1</source>
        <translation>Gewicht von %1 ändern</translation>
    </message>
    <message>
        <source>everyone else has weight 0; give someone a weight first</source>
        <translation>alle anderen haben das Gewicht 0; geben Sie zuerst jemandem ein Gewicht</translation>
    </message>
    <message>
        <source>Remove participant &quot;%1&quot;</source>
        <translation>Teilnehmende Person „%1“ entfernen</translation>
    </message>
    <message>
        <source>Use the participants&apos; weighted mean</source>
        <translation>Gewichtetes Mittel der Teilnehmenden verwenden</translation>
    </message>
    <message>
        <source>Use the participants&apos; weighted median</source>
        <translation>Gewichteten Median der Teilnehmenden verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant file(s)</source>
        <translation>
            <numerusform>%n Teilnehmerdatei importieren</numerusform>
            <numerusform>%n Teilnehmerdateien importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 in &quot;%2&quot;</source>
        <translation>%1 in „%2“ ändern</translation>
    </message>
    <message>
        <source>a scenario changes the organisation, not what matters to it; choose &quot;%1&quot; to change the importance</source>
        <translation>ein Szenario ändert die Organisation, nicht was ihr wichtig ist; wählen Sie „%1“, um die Gewichtung zu ändern</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;</source>
        <translation>%1 in „%2“</translation>
    </message>
    <message>
        <source>Change prices of %1 in &quot;%2&quot;</source>
        <translation>Preise von %1 in „%2“ ändern</translation>
    </message>
    <message>
        <source>Use the profile&apos;s %1 in &quot;%2&quot;</source>
        <translation>In „%2“ den Profilwert von %1 verwenden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the profile itself; choose another name</source>
        <translation>„%1“ ist der Name des Profils selbst; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the scenario name &quot;%1&quot; is already used; each scenario needs a name of its own</source>
        <translation>der Szenarioname „%1“ ist schon vergeben; jedes Szenario braucht einen eigenen Namen</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Szenario „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Remove scenario &quot;%1&quot;</source>
        <translation>Szenario „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove today&apos;s split</source>
        <translation>Heutige Aufteilung entfernen</translation>
    </message>
    <message>
        <source>no split of today is recorded; record one first</source>
        <translation>es ist keine heutige Aufteilung festgehalten; halten Sie zuerst eine fest</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot; in today&apos;s split</source>
        <translation>„%1“ in der heutigen Aufteilung bearbeiten</translation>
    </message>
    <message>
        <source>Only a proposal (a custom model) has terms; the built-in models are read-only.</source>
        <translation>Nur ein Angebot (ein eigenes Modell) hat Bedingungen; die eingebauten Modelle sind schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProfileFiles</name>
    <message>
        <source>Splitbench profiles (*.splitbench.json);;JSON files (*.json);;All files (*)</source>
        <translation>Splitbench-Profile (*.splitbench.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new profile with the default values</source>
        <translation>Ein neues Profil mit den Standardwerten beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved profile</source>
        <translation>Ein gespeichertes Profil öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the profile, with its notes and custom models</source>
        <translation>Das Profil speichern, mit seinen Notizen und eigenen Modellen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Cannot open profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: the file no longer exists; it was removed from the recent files.</source>
        <translation>%1: Die Datei existiert nicht mehr; sie wurde aus der Liste der zuletzt geöffneten Dateien entfernt.</translation>
    </message>
    <message>
        <source>New profile with the default values.</source>
        <translation>Neues Profil mit den Standardwerten.</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>The profile could not be opened; your current profile is unchanged.

%1</source>
        <translation>Das Profil konnte nicht geöffnet werden; Ihr aktuelles Profil ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Opened %1, written in the older profile format %2. The file is unchanged; saving it writes format %3.</source>
        <translation>%1 geöffnet, gespeichert im älteren Profilformat %2. Die Datei ist unverändert; beim Speichern wird Format %3 geschrieben.</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Save Profile As</source>
        <translation>Profil speichern unter</translation>
    </message>
    <message>
        <source>Reloaded %1 as changed on disk; your changes were discarded.</source>
        <translation>%1 wurde so neu geladen, wie es auf dem Datenträger geändert wurde; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Cannot save profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program. Saving asks whether to reload it, overwrite it or save under another name.</source>
        <translation>%1 wurde auf dem Datenträger von einem anderen Programm geändert. Beim Speichern werden Sie gefragt, ob Sie die Datei neu laden, überschreiben oder unter einem anderen Namen speichern möchten.</translation>
    </message>
    <message>
        <source>%1 was removed or renamed on disk. Saving writes it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht oder umbenannt. Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>No recovery copy could be written: %1</source>
        <translation>Es konnte keine Wiederherstellungskopie geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read a recovery copy</source>
        <translation>Wiederherstellungskopie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A recovery copy of unsaved changes could not be read. It was moved to %1 and will not be offered again.

%2</source>
        <translation>Eine Wiederherstellungskopie ungespeicherter Änderungen konnte nicht gelesen werden. Sie wurde nach %1 verschoben und wird nicht erneut angeboten.

%2</translation>
    </message>
    <message>
        <source>an untitled profile</source>
        <translation>ein unbenanntes Profil</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1 from %2. Save to keep them.</source>
        <translation>Die ungespeicherten Änderungen an %1 vom %2 wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Wiederherstellungskopie nicht geschrieben</translation>
    </message>
    <message>
        <source>Splitbench could not write a recovery copy of your unsaved changes, so they would be lost if the program or the computer stopped now. Save the profile to keep them. The last recovery copy, if there is one, is unchanged; Splitbench keeps trying and will not ask again until a copy could be written.

%1</source>
        <translation>Splitbench konnte keine Wiederherstellungskopie Ihrer ungespeicherten Änderungen schreiben; sie gingen also verloren, wenn das Programm oder der Computer jetzt anhielte. Speichern Sie das Profil, um sie zu behalten. Die letzte Wiederherstellungskopie, falls es eine gibt, ist unverändert; Splitbench versucht es weiter und meldet sich erst wieder, nachdem eine Kopie geschrieben werden konnte.

%1</translation>
    </message>
    <message>
        <source>Opened %1. Its group values differed from its participants&apos; and were recomputed from them; saving writes the recomputed values.</source>
        <translation>%1 geöffnet. Die Gruppenwerte wichen von denen der Teilnehmenden ab und wurden daraus neu berechnet; Speichern schreibt die neu berechneten Werte.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProfilePanel</name>
    <message>
        <source>e.g. Example Ltd (40 staff)</source>
        <translation>z. B. Beispiel GmbH (40 Beschäftigte)</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Start from an e&amp;xample</source>
        <translation>Mit einem &amp;Beispiel beginnen</translation>
    </message>
    <message>
        <source>Start from an example organisation</source>
        <translation>Mit einer Beispielorganisation beginnen</translation>
    </message>
    <message>
        <source>Replace the trait values, importance and notes with one of the example organisations (custom models are kept; Undo restores your values)</source>
        <translation>Merkmalswerte, Gewichtungen und Notizen durch die einer Beispielorganisation ersetzen (eigene Modelle bleiben erhalten; Rückgängig stellt Ihre Werte wieder her)</translation>
    </message>
    <message>
        <source>Apply example &quot;%1&quot;</source>
        <translation>Beispiel „%1“ anwenden</translation>
    </message>
    <message>
        <source>Applied the example &quot;%1&quot;. Undo restores your previous values.</source>
        <translation>Beispiel „%1“ angewendet. Rückgängig stellt Ihre vorherigen Werte wieder her.</translation>
    </message>
    <message>
        <source>Profile pages</source>
        <translation>Profilseiten</translation>
    </message>
    <message>
        <source>&amp;Traits</source>
        <translation>&amp;Merkmale</translation>
    </message>
    <message>
        <source>I&amp;mportance</source>
        <translation>Ge&amp;wichtung</translation>
    </message>
    <message>
        <source>%1 0 means &quot;%2&quot;, 100 means &quot;%3&quot;.</source>
        <translation>%1 0 bedeutet „%2“, 100 bedeutet „%3“.</translation>
    </message>
    <message>
        <source>Why we set this…</source>
        <translation>Warum wir diesen Wert gewählt haben…</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>Uncertainty of %1</source>
        <translation>Unsicherheit von %1</translation>
    </message>
    <message>
        <source>How sure you are of this value: the Sensitivity view varies it by up to this many points either way</source>
        <translation>Wie sicher Sie sich bei diesem Wert sind: Die Sensitivitätsansicht variiert ihn um bis zu so viele Punkte in beide Richtungen</translation>
    </message>
    <message>
        <source>Organisation traits</source>
        <translation>Organisationsmerkmale</translation>
    </message>
    <message>
        <source>Whose values</source>
        <translation>Wessen Werte</translation>
    </message>
    <message>
        <source>Show and edit the group&apos;s values or one workshop participant&apos;s</source>
        <translation>Die Werte der Gruppe oder einer teilnehmenden Person zeigen und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Values of:</source>
        <translation>&amp;Werte von:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Workshop participants</source>
        <translation>Teilnehmende des Workshops</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>The group&apos;s values are the participants&apos; weighted mean. Pick a person to change theirs.</source>
        <translation>Die Werte der Gruppe sind das gewichtete Mittel der Teilnehmenden. Wählen Sie eine Person, um deren Werte zu ändern.</translation>
    </message>
    <message>
        <source>The group&apos;s values are the participants&apos; weighted median. Pick a person to change theirs.</source>
        <translation>Die Werte der Gruppe sind der gewichtete Median der Teilnehmenden. Wählen Sie eine Person, um deren Werte zu ändern.</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;: the sliders change the scenario; a trait it sets is marked with a reset button, the others follow the profile. Notes, uncertainty and importance are the profile&apos;s.</source>
        <translation>Szenario „%1“: Die Schieberegler ändern das Szenario; ein Merkmal, das es festlegt, trägt eine Schaltfläche zum Zurücksetzen, die übrigen folgen dem Profil. Notizen, Unsicherheit und Gewichtung gehören zum Profil.</translation>
    </message>
    <message>
        <source>↺ Profile</source>
        <translation>↺ Profil</translation>
    </message>
    <message>
        <source>Use the profile&apos;s value of %1</source>
        <translation>Profilwert von %1 verwenden</translation>
    </message>
    <message>
        <source>The scenario sets this trait. Click to use the profile&apos;s value again.</source>
        <translation>Das Szenario legt dieses Merkmal fest. Klicken, um wieder den Wert des Profils zu verwenden.</translation>
    </message>
    <message>
        <source>Reports prepared for</source>
        <translation>Berichte erstellt für</translation>
    </message>
    <message>
        <source>Whom the reports are for: on the cover and in every page&apos;s footer. Empty: the organisation&apos;s name.</source>
        <translation>Für wen die Berichte sind: auf dem Deckblatt und in der Fußzeile jeder Seite. Leer: der Name der Organisation.</translation>
    </message>
    <message>
        <source>Reports prepared for:</source>
        <translation>Berichte erstellt für:</translation>
    </message>
    <message>
        <source>the organisation&apos;s name</source>
        <translation>der Name der Organisation</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProposalActions</name>
    <message>
        <source>I&amp;mport Proposal…</source>
        <translation>&amp;Angebot importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Add a provider&apos;s responsibility matrix (an Excel workbook or a CSV file) as a custom model, after a review of what matched</source>
        <translation>Die Verantwortungsmatrix eines Anbieters (eine Excel-Arbeitsmappe oder eine CSV-Datei) als eigenes Modell hinzufügen, nach einer Prüfung, was zugeordnet wurde</translation>
    </message>
    <message>
        <source>Responsibility matrices (*.xlsx *.csv);;All files (*)</source>
        <translation>Verantwortungsmatrizen (*.xlsx *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A profile holds at most %1 custom models, and this one has them all; remove one first.</source>
        <translation>Ein Profil enthält höchstens %1 eigene Modelle, und dieses hat sie alle; entfernen Sie zuerst eines.</translation>
    </message>
    <message>
        <source>Cannot import proposal</source>
        <translation>Angebot kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Import Proposal</source>
        <translation>Angebot importieren</translation>
    </message>
    <message>
        <source>Nothing was imported; the profile is unchanged.

%1</source>
        <translation>Nichts wurde importiert; das Profil ist unverändert.

%1</translation>
    </message>
    <message>
        <source>Nothing was imported; the profile is unchanged.

%1: no sheet holds a responsibility matrix (a column of activities and columns of who does them: owner, provider share, or RACI letters per party).</source>
        <translation>Nichts wurde importiert; das Profil ist unverändert.

%1: kein Blatt enthält eine Verantwortungsmatrix (eine Spalte mit Tätigkeiten und Spalten, wer sie erledigt: Zuständigkeit, Anbieteranteil oder RACI-Buchstaben je Partei).</translation>
    </message>
    <message>
        <source>Import Proposal “%1”</source>
        <translation>Angebot „%1“ importieren</translation>
    </message>
    <message>
        <source>Imported “%1” from %2. Undo removes it again.</source>
        <translation>„%1“ aus %2 importiert. Rückgängig entfernt es wieder.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProposalComparisonModel</name>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 of %2 ★</source>
        <translation>%1 von %2 ★</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>no usual range</source>
        <translation>kein üblicher Bereich</translation>
    </message>
    <message>
        <source>Usual in the market for small and mid-sized organisations: typical figures, not a standard</source>
        <translation>Üblich am Markt für kleine und mittlere Organisationen: typische Werte, kein Standard</translation>
    </message>
    <message>
        <source>%1 (outside the usual range: %2)</source>
        <translation>%1 (außerhalb des üblichen Bereichs: %2)</translation>
    </message>
    <message>
        <source>The recommended model: the best overall fit</source>
        <translation>Das empfohlene Modell: die beste Gesamteignung</translation>
    </message>
    <message>
        <source>Work nobody does, work split from what it depends on and accountability given away: listed below</source>
        <translation>Arbeit, die niemand erledigt, Arbeit, die von dem getrennt ist, wovon sie abhängt, und abgegebene Rechenschaft: unten aufgeführt</translation>
    </message>
    <message>
        <source>A built-in model has no proposal&apos;s terms</source>
        <translation>Ein eingebautes Modell hat keine Angebotsbedingungen</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>Üblicher Bereich</translation>
    </message>
    <message>
        <source>Usual in the market for small and mid-sized organisations</source>
        <translation>Üblich am Markt für kleine und mittlere Organisationen</translation>
    </message>
    <message>
        <source>%1 (a proposal)</source>
        <translation>%1 (ein Angebot)</translation>
    </message>
    <message>
        <source>%1 (built-in model)</source>
        <translation>%1 (eingebautes Modell)</translation>
    </message>
    <message>
        <source>Overall fit</source>
        <translation>Gesamteignung</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation>Kosten über die Laufzeit</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>%1: response</source>
        <translation>%1: Reaktion</translation>
    </message>
    <message>
        <source>%1: resolution</source>
        <translation>%1: Lösung</translation>
    </message>
    <message>
        <source>%1: hours of cover</source>
        <translation>%1: Servicezeiten</translation>
    </message>
    <message>
        <source>Findings in the split</source>
        <translation>Befunde in der Aufteilung</translation>
    </message>
    <message>
        <source>Provider fees, in-house staff and one-off costs over the %1-month term, from the Cost tab</source>
        <translation>Gebühren des Dienstleisters, internes Personal und einmalige Kosten über die Laufzeit von %1 Monaten, aus dem Reiter Kosten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ProposalsPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A proposal is a provider&apos;s offer&lt;/b&gt;: who does what in each activity, its price, its contract term, its notice period and its service levels.&lt;/p&gt;&lt;p&gt;Import a provider&apos;s sheet with &lt;b&gt;File ▸ Import Proposal…&lt;/b&gt;, or duplicate a model and edit its split in the Dimension explorer and its price in the Cost tab. This tab then puts two or three proposals side by side: fit, cost, terms against the usual market ranges, and what each split gets wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ein Angebot beschreibt, was ein Dienstleister bietet&lt;/b&gt;: wer in jeder Tätigkeit was übernimmt, zu welchem Preis, mit welcher Laufzeit, Kündigungsfrist und welchen Service-Levels.&lt;/p&gt;&lt;p&gt;Importieren Sie die Tabelle eines Dienstleisters mit &lt;b&gt;Datei ▸ Angebot importieren…&lt;/b&gt;, oder duplizieren Sie ein Modell und bearbeiten Sie seine Aufteilung im Dimensions-Explorer und seinen Preis im Reiter Kosten. Dieser Reiter stellt dann zwei oder drei Angebote nebeneinander: Eignung, Kosten, Bedingungen im Vergleich mit den üblichen Marktwerten und was jede Aufteilung falsch macht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Duplicate a model to edit as a proposal</source>
        <translation>Ein Modell duplizieren, um es als Angebot zu bearbeiten</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>First model compared</source>
        <translation>Erstes verglichenes Modell</translation>
    </message>
    <message>
        <source>Second model compared</source>
        <translation>Zweites verglichenes Modell</translation>
    </message>
    <message>
        <source>Third model compared</source>
        <translation>Drittes verglichenes Modell</translation>
    </message>
    <message>
        <source>The compared models&apos; fit, cost and terms side by side</source>
        <translation>Eignung, Kosten und Bedingungen der verglichenen Modelle nebeneinander</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings of each compared model</source>
        <translation>Befunde jedes verglichenen Modells</translation>
    </message>
    <message>
        <source>Click a finding (or Tab to it and press Enter) to show its activity in the Dimension explorer</source>
        <translation>Klicken Sie auf einen Befund (oder wählen Sie ihn mit Tab und drücken Sie Eingabe), um seine Tätigkeit im Dimensions-Explorer zu zeigen</translation>
    </message>
    <message>
        <source>A proposal&apos;s terms</source>
        <translation>Bedingungen eines Angebots</translation>
    </message>
    <message>
        <source>Proposal whose terms are edited</source>
        <translation>Angebot, dessen Bedingungen bearbeitet werden</translation>
    </message>
    <message>
        <source>Price and Term…</source>
        <translation>Preis und Laufzeit…</translation>
    </message>
    <message>
        <source>Edit the price and the contract term in the Cost tab</source>
        <translation>Preis und Laufzeit im Reiter Kosten bearbeiten</translation>
    </message>
    <message>
        <source>The price and the contract term are edited in the Cost tab</source>
        <translation>Preis und Laufzeit werden im Reiter Kosten bearbeitet</translation>
    </message>
    <message>
        <source>Notice period in months</source>
        <translation>Kündigungsfrist in Monaten</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Service levels of the proposal</source>
        <translation>Service-Levels des Angebots</translation>
    </message>
    <message>
        <source>Add Service Level</source>
        <translation>Service-Level hinzufügen</translation>
    </message>
    <message>
        <source>Remove Service Level</source>
        <translation>Service-Level entfernen</translation>
    </message>
    <message>
        <source>Contract term:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>⚠ and tinted: outside the usual market range (the tooltip says how). ★: the recommended model. Built-in models have no terms.</source>
        <translation>⚠ und getönt: außerhalb des üblichen Marktbereichs (der Tooltip sagt, wie). ★: das empfohlene Modell. Eingebaute Modelle haben keine Bedingungen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Nothing to flag: every activity has someone Responsible, and the split follows the catalogue&apos;s rules.</source>
        <translation>Nichts zu beanstanden: Jede Tätigkeit hat jemanden, der sie durchführt (R), und die Aufteilung folgt den Regeln des Katalogs.</translation>
    </message>
    <message>
        <source>Remove notice period of %1</source>
        <translation>Kündigungsfrist von %1 entfernen</translation>
    </message>
    <message>
        <source>Change notice period of %1 to %2 months</source>
        <translation>Kündigungsfrist von %1 auf %2 Monate ändern</translation>
    </message>
    <message>
        <source>Add service level %1 to %2</source>
        <translation>Service-Level %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove service level %1 of %2</source>
        <translation>Service-Level %1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Duplicate a Model…</source>
        <translation>Modell duplizieren…</translation>
    </message>
    <message>
        <source>Proposal:</source>
        <translation>Angebot:</translation>
    </message>
    <message>
        <source>Notice period (months):</source>
        <translation>Kündigungsfrist (Monate):</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RadarView</name>
    <message>
        <source>Radar chart of fit</source>
        <translation>Netzdiagramm der Eignung</translation>
    </message>
    <message>
        <source>One axis per dimension, one outline per model; the further out, the better the model fits. Left and Right arrows select a dimension, Enter opens it.</source>
        <translation>Eine Achse je Dimension, eine Linie je Modell; je weiter außen, desto besser passt das Modell. Pfeiltasten links und rechts wählen eine Dimension, die Eingabetaste öffnet sie.</translation>
    </message>
    <message>
        <source>%1: fit %2</source>
        <translation>%1: Eignung %2</translation>
    </message>
    <message>
        <source>Click to see the models side by side</source>
        <translation>Klicken, um die Modelle nebeneinander zu sehen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RecommendationBanner</name>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>No clear recommendation: &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; fit equally well</source>
        <translation>Keine klare Empfehlung: &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; passen gleich gut</translation>
    </message>
    <message>
        <source>Recommended: %1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Empfohlen: %1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 %2 %3 of 100</source>
        <translation>%1 %2 %3 von 100</translation>
    </message>
    <message>
        <source>Overall fit: %1</source>
        <translation>Gesamteignung: %1</translation>
    </message>
    <message>
        <source>margin %1 points over %2</source>
        <translation>Vorsprung von %1 Punkten vor %2</translation>
    </message>
    <message>
        <source>Move the sliders or change the importance of dimensions to see what would tip the balance.</source>
        <translation>Bewegen Sie die Schieberegler oder ändern Sie die Gewichtung der Dimensionen, um zu sehen, was den Ausschlag geben würde.</translation>
    </message>
    <message>
        <source>%1 leads only slightly in many dimensions; no single dimension decides.</source>
        <translation>%1 liegt in vielen Dimensionen nur knapp vorn; keine einzelne Dimension entscheidet.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>What decides it: %1 — for your organisation %2 fits this dimension best, compared with %3.</source>
        <translation>Ausschlaggebend: %1 – für Ihre Organisation passt %2 in dieser Dimension am besten, verglichen mit %3.</translation>
    </message>
    <message>
        <source>What decides it: %1 — for your organisation %2 fits these dimensions best, compared with %3.</source>
        <translation>Ausschlaggebend: %1 – für Ihre Organisation passt %2 in diesen Dimensionen am besten, verglichen mit %3.</translation>
    </message>
    <message>
        <source>No clear recommendation: &lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt; are identical</source>
        <translation>Keine klare Empfehlung: &lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt; sind identisch</translation>
    </message>
    <message>
        <source>They split every activity the same way, so they fit every profile equally and no slider changes that. To compare a variant, change who does what in %1 (in the Dimension Explorer), or remove it.</source>
        <translation>Sie teilen jede Tätigkeit gleich auf, passen also zu jedem Profil gleich gut, und kein Schieberegler ändert das. Um eine Variante zu vergleichen, ändern Sie in %1, wer was tut (im Dimensions-Explorer), oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>They keep the same share of the work in-house in every dimension, so they fit every profile equally and no slider changes that. To tell them apart, change the shares of %1 (in the Dimension Explorer).</source>
        <translation>Sie behalten in jeder Dimension denselben Anteil der Arbeit im Haus, passen also zu jedem Profil gleich gut, und kein Schieberegler ändert das. Um sie zu unterscheiden, ändern Sie die Anteile von %1 (im Dimensions-Explorer).</translation>
    </message>
    <message numerus="yes">
        <source>Over %n months, %1 costs %2 and %3 costs %4</source>
        <translation>
            <numerusform>Über %n Monat kostet %1 %2 und %3 %4</numerusform>
            <numerusform>Über %n Monate kostet %1 %2 und %3 %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits best (%2 of 100) · costs %3 over %n months (%4 %5)</source>
        <translation>
            <numerusform>%1 passt am besten (%2 von 100) · kostet %3 über %n Monat (%4 %5)</numerusform>
            <numerusform>%1 passt am besten (%2 von 100) · kostet %3 über %n Monate (%4 %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RecoveryFile</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a recovery file (the top level is not an object)</source>
        <translation>keine Wiederherstellungsdatei (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>not a Splitbench recovery file</source>
        <translation>keine Wiederherstellungsdatei von Splitbench</translation>
    </message>
    <message>
        <source>recovery format version %1 is not one this Splitbench reads</source>
        <translation>Wiederherstellungsformat Version %1 kann dieses Splitbench nicht lesen</translation>
    </message>
    <message>
        <source>missing or not a date and time</source>
        <translation>fehlt oder ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>made with the catalogue %1, but this window uses %2</source>
        <translation>mit dem Katalog %1 erstellt, dieses Fenster verwendet aber %2</translation>
    </message>
    <message>
        <source>built into Splitbench</source>
        <translation>in Splitbench eingebaut</translation>
    </message>
    <message>
        <source>the built-in catalogue</source>
        <translation>den eingebauten Katalog</translation>
    </message>
    <message>
        <source>missing (the profile must be an object)</source>
        <translation>fehlt (das Profil muss ein Objekt sein)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RemoveCustomModelCommand</name>
    <message>
        <source>Remove model &quot;%1&quot;</source>
        <translation>Modell „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::RenameCustomModelCommand</name>
    <message>
        <source>Rename model to &quot;%1&quot;</source>
        <translation>Modell in „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ReportActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Splitbench report</source>
        <translation>Splitbench-Bericht</translation>
    </message>
    <message>
        <source>Responsibility Matrix as &amp;CSV…</source>
        <translation>Verantwortungsmatrix als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export Responsibility Matrix as CSV</source>
        <translation>Verantwortungsmatrix als CSV exportieren</translation>
    </message>
    <message>
        <source>responsibility matrix</source>
        <translation>Verantwortungsmatrix</translation>
    </message>
    <message>
        <source>Responsibility Matrix as &amp;Markdown…</source>
        <translation>Verantwortungsmatrix als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export Responsibility Matrix as Markdown</source>
        <translation>Verantwortungsmatrix als Markdown exportieren</translation>
    </message>
    <message>
        <source>Responsibility Matrix as &amp;HTML…</source>
        <translation>Verantwortungsmatrix als &amp;HTML…</translation>
    </message>
    <message>
        <source>Export Responsibility Matrix as HTML</source>
        <translation>Verantwortungsmatrix als HTML exportieren</translation>
    </message>
    <message>
        <source>Responsibility Matrix as &amp;Excel Workbook…</source>
        <translation>Verantwortungsmatrix als &amp;Excel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Export Responsibility Matrix as Excel Workbook</source>
        <translation>Verantwortungsmatrix als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Radar Chart as P&amp;NG Image…</source>
        <translation>Netzdiagramm als P&amp;NG-Bild…</translation>
    </message>
    <message>
        <source>Export Radar Chart as PNG</source>
        <translation>Netzdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>fit radar</source>
        <translation>Eignungs-Netzdiagramm</translation>
    </message>
    <message>
        <source>Radar Chart as &amp;SVG Drawing…</source>
        <translation>Netzdiagramm als &amp;SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Export Radar Chart as SVG</source>
        <translation>Netzdiagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write the comparison report as a PDF to send or print later</source>
        <translation>Den Vergleichsbericht als PDF schreiben, zum Versenden oder späteren Drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Druckvorschau…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they will print</source>
        <translation>Die Seiten des Berichts so sehen, wie sie gedruckt werden</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Print the comparison report</source>
        <translation>Den Vergleichsbericht drucken</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Repor&amp;t Paper</source>
        <translation>Berich&amp;tspapier</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>US &amp;Letter</source>
        <translation>US-&amp;Letter</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <source>Printing to %1 could not start. Check that the printer is available.</source>
        <translation>Der Druck auf %1 konnte nicht starten. Prüfen Sie, ob der Drucker verfügbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>%n Seite gedruckt.</numerusform>
            <numerusform>%n Seiten gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handover &amp;Plan as CSV…</source>
        <translation>Übergabeplan als CS&amp;V…</translation>
    </message>
    <message>
        <source>Handover Plan as E&amp;xcel Workbook…</source>
        <translation>Übergabeplan als E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Handover Plan as Mar&amp;kdown Task List…</source>
        <translation>Übergabeplan als Mar&amp;kdown-Aufgabenliste…</translation>
    </message>
    <message>
        <source>Write the handover plan from today&apos;s split to the target model</source>
        <translation>Den Übergabeplan von der heutigen Aufteilung zum Zielmodell schreiben</translation>
    </message>
    <message>
        <source>%1: no split of today is recorded, so there is no plan to write.</source>
        <translation>%1: Es ist keine heutige Aufteilung festgehalten, also gibt es keinen Plan zu schreiben.</translation>
    </message>
    <message>
        <source>today&apos;s split</source>
        <translation>der heutigen Aufteilung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>handover plan</source>
        <translation>Übergabeplan</translation>
    </message>
    <message>
        <source>Export Handover Plan</source>
        <translation>Übergabeplan exportieren</translation>
    </message>
    <message>
        <source>The report is made without the logo: %1 (Edit ▸ Preferences… chooses another).</source>
        <translation>Der Bericht wird ohne das Logo erstellt: %1 (Bearbeiten ▸ Einstellungen… wählt ein anderes).</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ScenarioActions</name>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Neues Szenario…</translation>
    </message>
    <message>
        <source>Add a named variant of the organisation (e.g. &quot;After the acquisition&quot;) and edit it</source>
        <translation>Eine benannte Variante der Organisation (z. B. „Nach der Übernahme“) hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rename Scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Change a scenario&apos;s name</source>
        <translation>Den Namen eines Szenarios ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate Scenario…</source>
        <translation>Szenario &amp;duplizieren…</translation>
    </message>
    <message>
        <source>Add a copy of a scenario, to vary it</source>
        <translation>Eine Kopie eines Szenarios hinzufügen, um es abzuwandeln</translation>
    </message>
    <message>
        <source>Re&amp;move Scenario</source>
        <translation>Szenario ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove a scenario and its values (Undo brings it back)</source>
        <translation>Ein Szenario mit seinen Werten entfernen (Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Which variant of the organisation the workbench shows and edits: the profile as profiled, or one of its scenarios</source>
        <translation>Welche Variante der Organisation die Werkbank zeigt und bearbeitet: das Profil selbst („Wie im Profil“) oder eines seiner Szenarien</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Name of the scenario (e.g. &quot;If the IT lead leaves&quot;):</source>
        <translation>Name des Szenarios (z. B. „Wenn die IT-Leitung geht“):</translation>
    </message>
    <message>
        <source>Added the scenario &quot;%1&quot;: the sliders and the cost figures now change it. Choose &quot;%2&quot; to edit the profile itself.</source>
        <translation>Szenario „%1“ hinzugefügt: Schieberegler und Kostenangaben ändern jetzt dieses Szenario. Wählen Sie „%2“, um das Profil selbst zu bearbeiten.</translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate Scenario</source>
        <translation>Szenario duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Szenario entfernen</translation>
    </message>
    <message>
        <source>Removed the scenario &quot;%1&quot;. Undo brings it back.</source>
        <translation>Szenario „%1“ entfernt. Rückgängig stellt es wieder her.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ScenarioComparisonModel</name>
    <message>
        <source>%1 over the %2-month term</source>
        <translation>%1 über die Laufzeit von %2 Monaten</translation>
    </message>
    <message>
        <source>%1, recommended in &quot;%2&quot;</source>
        <translation>%1, empfohlen in „%2“</translation>
    </message>
    <message>
        <source>%1: cost per month</source>
        <translation>%1: Kosten pro Monat</translation>
    </message>
    <message>
        <source>%1: fit</source>
        <translation>%1: Passung</translation>
    </message>
    <message>
        <source>%1 (flips)</source>
        <translation>%1 (kippt)</translation>
    </message>
    <message>
        <source>▸ %1</source>
        <translation>▸ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes the recommendation</source>
        <translation>„%1“ ändert die Empfehlung</translation>
    </message>
    <message>
        <source>The profile&apos;s own values</source>
        <translation>Die Werte des Profils selbst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps the recommendation</source>
        <translation>„%1“ behält die Empfehlung bei</translation>
    </message>
    <message>
        <source>Shown and edited in the workbench now</source>
        <translation>Wird gerade in der Werkbank gezeigt und bearbeitet</translation>
    </message>
    <message>
        <source>Double-click or press Enter in this column to show and edit it</source>
        <translation>Doppelklicken oder in dieser Spalte Enter drücken, um es zu zeigen und zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ScenariosPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A scenario is a variant of your organisation&lt;/b&gt; — &quot;After the acquisition&quot;, &quot;If the IT lead leaves&quot;. It keeps the profile&apos;s values and changes only those you set in it: traits, the organisation&apos;s size and cost figures, prices.&lt;/p&gt;&lt;p&gt;Choose a scenario in the tool bar to see the whole workbench as it would be then and to edit it. This tab shows each model&apos;s fit (and cost) as profiled and in every scenario side by side, and whether the recommendation holds in all of them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ein Szenario ist eine Variante Ihrer Organisation&lt;/b&gt; — „Nach der Übernahme“, „Wenn die IT-Leitung geht“. Es übernimmt die Werte des Profils und ändert nur, was Sie darin festlegen: Merkmale, Größe und Kostenangaben der Organisation, Preise.&lt;/p&gt;&lt;p&gt;Wählen Sie in der Werkzeugleiste ein Szenario, um die ganze Werkbank so zu sehen, wie sie dann wäre, und es zu bearbeiten. Dieser Reiter zeigt Passung (und Kosten) jedes Modells wie im Profil und in jedem Szenario nebeneinander, und ob die Empfehlung in allen gilt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Neues Szenario…</translation>
    </message>
    <message>
        <source>Add a scenario</source>
        <translation>Ein Szenario hinzufügen</translation>
    </message>
    <message>
        <source>Each model&apos;s fit and cost in every scenario</source>
        <translation>Passung und Kosten jedes Modells in jedem Szenario</translation>
    </message>
    <message>
        <source>Double-click a column (or press Enter) to show and edit that scenario</source>
        <translation>Eine Spalte doppelklicken (oder Enter drücken), um dieses Szenario zu zeigen und zu bearbeiten</translation>
    </message>
    <message>
        <source>Bold: the recommended model in each column. A column marked &quot;(flips)&quot; recommends something else than the profile as profiled.</source>
        <translation>Fett: das empfohlene Modell jeder Spalte. Eine Spalte mit „(kippt)“ empfiehlt etwas anderes als „Wie im Profil“.</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SensitivityView</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>Was die Antwort ändern würde</translation>
    </message>
    <message>
        <source>How sure is the recommendation?</source>
        <translation>Wie belastbar ist die Empfehlung?</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Uncertainty of the importance weights</source>
        <translation>Unsicherheit der Gewichtungen</translation>
    </message>
    <message>
        <source>Each importance weight is varied by up to this share either way. Each trait&apos;s uncertainty is set next to its slider.</source>
        <translation>Jede Gewichtung wird um bis zu diesen Anteil in beide Richtungen variiert. Die Unsicherheit jedes Merkmals wird neben seinem Schieberegler eingestellt.</translation>
    </message>
    <message>
        <source>Importance &amp;uncertainty:</source>
        <translation>&amp;Unsicherheit der Gewichtung:</translation>
    </message>
    <message>
        <source>Progress of the robustness analysis</source>
        <translation>Fortschritt der Robustheitsanalyse</translation>
    </message>
    <message>
        <source>Which traits move the margin most</source>
        <translation>Welche Merkmale den Vorsprung am stärksten bewegen</translation>
    </message>
    <message>
        <source>Where the recommendation changes</source>
        <translation>Wo sich die Empfehlung ändert</translation>
    </message>
    <message>
        <source>Trait to sweep</source>
        <translation>Zu untersuchendes Merkmal</translation>
    </message>
    <message>
        <source>&amp;Trait:</source>
        <translation>&amp;Merkmal:</translation>
    </message>
    <message>
        <source>Overall fit of every model as the trait goes from 0 to 100</source>
        <translation>Gesamteignung jedes Modells, während das Merkmal von 0 bis 100 läuft</translation>
    </message>
    <message>
        <source>Cancelled: figures are for an earlier profile</source>
        <translation>Abgebrochen: Die Zahlen gelten für ein früheres Profil</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Recalculate brings the figures up to date.</source>
        <translation>„Neu berechnen“ bringt die Zahlen auf den aktuellen Stand.</translation>
    </message>
    <message>
        <source>Head to head</source>
        <translation>Direkter Vergleich</translation>
    </message>
    <message>
        <source>Waiting for changes to settle…</source>
        <translation>Warten, bis sich die Änderungen gesetzt haben…</translation>
    </message>
    <message>
        <source>%1 variations, seed %2</source>
        <translation>%1 Varianten, Startwert %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Cancel the robustness analysis</source>
        <translation>Die Robustheitsanalyse abbrechen</translation>
    </message>
    <message>
        <source>Recalculate the robustness analysis</source>
        <translation>Die Robustheitsanalyse neu berechnen</translation>
    </message>
    <message>
        <source>Trying %1 variations…</source>
        <translation>%1 Varianten werden durchgerechnet…</translation>
    </message>
    <message>
        <source>Number of variations</source>
        <translation>Anzahl der Varianten</translation>
    </message>
    <message>
        <source>How many random variations of the profile are tried. More give steadier figures and take longer.</source>
        <translation>Wie viele zufällige Varianten des Profils durchgerechnet werden. Mehr ergeben stabilere Zahlen und dauern länger.</translation>
    </message>
    <message>
        <source>Variatio&amp;ns:</source>
        <translation>&amp;Varianten:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert des Zufallsgenerators</translation>
    </message>
    <message>
        <source>The same seed gives the same figures, here, in the report and in splitbench-cli (--seed).</source>
        <translation>Derselbe Startwert ergibt dieselben Zahlen, hier, im Bericht und in splitbench-cli (--seed).</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>The margin of %1 over the best other model, now %2 points.</source>
        <translation>Der Vorsprung von %1 vor dem besten anderen Modell, jetzt %2 Punkte.</translation>
    </message>
    <message>
        <source>The margin of %1 over the best of the other models, whichever that is, with one trait moved and everything else as in the profile; left of the tie line the model in the bar&apos;s colour takes over. Pale: the trait from 0 to 100; solid: ±%2 around its value.</source>
        <translation>Der Vorsprung von %1 vor dem jeweils besten anderen Modell, wenn ein Merkmal verändert wird und alles andere wie im Profil bleibt; links der Gleichstandslinie liegt das Modell in der Farbe des Balkens vorn. Blass: das Merkmal von 0 bis 100; kräftig: ±%2 um seinen Wert.</translation>
    </message>
    <message>
        <source>%1 from 0 to 100. %2</source>
        <translation>%1 von 0 bis 100. %2</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Price uncertainty</source>
        <translation>Preisunsicherheit</translation>
    </message>
    <message>
        <source>Each model&apos;s provider prices and the IT salary are varied by up to this share either way, to show how sure &quot;costs least&quot; is. Off: today&apos;s prices.</source>
        <translation>Die Anbieterpreise jedes Modells und das IT-Gehalt werden um bis zu diesen Anteil in beide Richtungen variiert, um zu zeigen, wie sicher „kostet am wenigsten“ ist. Aus: heutige Preise.</translation>
    </message>
    <message>
        <source>Pri&amp;ce uncertainty:</source>
        <translation>Preisuns&amp;icherheit:</translation>
    </message>
    <message>
        <source>Chance of costing least</source>
        <translation>Chance, am wenigsten zu kosten</translation>
    </message>
    <message>
        <source>Chance that each model costs least</source>
        <translation>Chance jedes Modells, am wenigsten zu kosten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ServiceLevelDelegate</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Response time in minutes</source>
        <translation>Reaktionszeit in Minuten</translation>
    </message>
    <message>
        <source>Resolution time in hours</source>
        <translation>Lösungszeit in Stunden</translation>
    </message>
    <message>
        <source>Hours of cover</source>
        <translation>Servicezeiten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ServiceLevelModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <source>The priority as the proposal names it (P1, P2… or critical, high…)</source>
        <translation>Die Priorität, wie das Angebot sie nennt (P1, P2 … oder kritisch, hoch …)</translation>
    </message>
    <message>
        <source>Minutes until someone works on a ticket of this priority</source>
        <translation>Minuten, bis jemand an einem Ticket dieser Priorität arbeitet</translation>
    </message>
    <message>
        <source>Hours until it is fixed or worked around</source>
        <translation>Stunden, bis es behoben oder umgangen ist</translation>
    </message>
    <message>
        <source>When the service level applies</source>
        <translation>Wann das Service-Level gilt</translation>
    </message>
    <message>
        <source>Rename priority %1 to %2</source>
        <translation>Priorität %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>The response time must be a number of minutes.</source>
        <translation>Die Reaktionszeit muss eine Zahl von Minuten sein.</translation>
    </message>
    <message>
        <source>Change response time of %1</source>
        <translation>Reaktionszeit von %1 ändern</translation>
    </message>
    <message>
        <source>The resolution time must be a number of hours.</source>
        <translation>Die Lösungszeit muss eine Zahl von Stunden sein.</translation>
    </message>
    <message>
        <source>Change resolution time of %1</source>
        <translation>Lösungszeit von %1 ändern</translation>
    </message>
    <message>
        <source>Change hours of cover of %1</source>
        <translation>Servicezeiten von %1 ändern</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetImportanceCommand</name>
    <message>
        <source>Change importance of %1</source>
        <translation>Gewichtung von %1 ändern</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetNoteCommand</name>
    <message>
        <source>Edit note on %1</source>
        <translation>Notiz zu %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetPreparedForCommand</name>
    <message>
        <source>Change whom the reports are for</source>
        <translation>Ändern, für wen die Berichte sind</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetProfileNameCommand</name>
    <message>
        <source>Rename organisation</source>
        <translation>Organisation umbenennen</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetResponsibilityCommand</name>
    <message>
        <source>Edit &quot;%1&quot; in %2</source>
        <translation>„%1“ bei %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetTraitCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SetUncertaintyCommand</name>
    <message>
        <source>Change uncertainty of importance</source>
        <translation>Unsicherheit der Gewichtung ändern</translation>
    </message>
    <message>
        <source>Change uncertainty of %1</source>
        <translation>Unsicherheit von %1 ändern</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::SweepChart</name>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Recommendation changes</source>
        <translation>Empfehlung wechselt</translation>
    </message>
    <message>
        <source>%1 (0–100)</source>
        <translation>%1 (0–100)</translation>
    </message>
    <message>
        <source>Overall fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::TodayActions</name>
    <message>
        <source>Record &amp;Today&apos;s Split</source>
        <translation>&amp;Heutige Aufteilung festhalten</translation>
    </message>
    <message>
        <source>&amp;Copy of a Model</source>
        <translation>&amp;Kopie eines Modells</translation>
    </message>
    <message>
        <source>All &amp;In-House</source>
        <translation>Alles &amp;intern</translation>
    </message>
    <message>
        <source>All with a &amp;Provider</source>
        <translation>Alles beim &amp;Dienstleister</translation>
    </message>
    <message>
        <source>Remove Today&apos;s Sp&amp;lit</source>
        <translation>Heutige &amp;Aufteilung entfernen</translation>
    </message>
    <message>
        <source>Record who does each activity today, to compare it with the models and plan the handover</source>
        <translation>Festhalten, wer jede Tätigkeit heute erledigt, um es mit den Modellen zu vergleichen und die Übergabe zu planen</translation>
    </message>
    <message>
        <source>Start today&apos;s split with every activity done by the in-house team</source>
        <translation>Die heutige Aufteilung mit allen Tätigkeiten beim internen Team beginnen</translation>
    </message>
    <message>
        <source>Start today&apos;s split with every activity done by a provider</source>
        <translation>Die heutige Aufteilung mit allen Tätigkeiten bei einem Dienstleister beginnen</translation>
    </message>
    <message>
        <source>Forget today&apos;s split; Undo brings it back</source>
        <translation>Die heutige Aufteilung verwerfen; Rückgängig holt sie zurück</translation>
    </message>
    <message>
        <source>Record today&apos;s split (all in-house)</source>
        <translation>Heutige Aufteilung festhalten (alles intern)</translation>
    </message>
    <message>
        <source>Record today&apos;s split (all with a provider)</source>
        <translation>Heutige Aufteilung festhalten (alles beim Dienstleister)</translation>
    </message>
    <message>
        <source>Start today&apos;s split as a copy of %1</source>
        <translation>Die heutige Aufteilung als Kopie von %1 beginnen</translation>
    </message>
    <message>
        <source>Record today&apos;s split (copy of %1)</source>
        <translation>Heutige Aufteilung festhalten (Kopie von %1)</translation>
    </message>
    <message>
        <source>All in-house</source>
        <translation>Alles intern</translation>
    </message>
    <message>
        <source>Record today&apos;s split: all in-house</source>
        <translation>Heutige Aufteilung festhalten: alles intern</translation>
    </message>
    <message>
        <source>All with a provider</source>
        <translation>Alles beim Dienstleister</translation>
    </message>
    <message>
        <source>Record today&apos;s split: all with a provider</source>
        <translation>Heutige Aufteilung festhalten: alles beim Dienstleister</translation>
    </message>
    <message>
        <source>Copy of a model</source>
        <translation>Kopie eines Modells</translation>
    </message>
    <message>
        <source>Record today&apos;s split as a copy of a model</source>
        <translation>Heutige Aufteilung als Kopie eines Modells festhalten</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::TornadoChart</name>
    <message>
        <source>Tornado chart of the margin per trait</source>
        <translation>Tornado-Diagramm des Vorsprungs je Merkmal</translation>
    </message>
    <message>
        <source>%1: margin %2 at 0 (%3 ahead), %4 at 100 (%5 ahead)</source>
        <translation>%1: Vorsprung %2 bei 0 (%3 vorn), %4 bei 100 (%5 vorn)</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::UserGuideDialog</name>
    <message>
        <source>Splitbench User Guide</source>
        <translation>Splitbench-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::ValueForMoneyChart</name>
    <message>
        <source>Value for money: overall fit against total cost</source>
        <translation>Preis-Leistung: Gesamteignung gegen Gesamtkosten</translation>
    </message>
    <message>
        <source>%1: fit %2, %3 in total</source>
        <translation>%1: Eignung %2, %3 insgesamt</translation>
    </message>
    <message>
        <source>%1, best value</source>
        <translation>%1, bestes Preis-Leistungs-Verhältnis</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::WidgetDialogProvider</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Do you want to save the changes to %1?</source>
        <translation>Möchten Sie die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Splitbench was not closed properly. A recovery copy of %1 with unsaved changes was kept, saved on %2.</source>
        <translation>Splitbench wurde nicht ordnungsgemäß beendet. Eine Wiederherstellungskopie von %1 mit ungespeicherten Änderungen wurde aufbewahrt, gesichert am %2.</translation>
    </message>
    <message>
        <source>Restore it to continue where you left off (it opens as an unsaved profile), or discard it. If you close this box, you will be asked again at the next start.</source>
        <translation>Stellen Sie sie wieder her, um dort weiterzumachen, wo Sie aufgehört haben (sie öffnet sich als ungespeichertes Profil), oder verwerfen Sie sie. Wenn Sie dieses Fenster schließen, werden Sie beim nächsten Start erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 was changed on disk by another program or window since you opened or saved it here.</source>
        <translation>%1 wurde auf dem Datenträger von einem anderen Programm oder Fenster geändert, seit Sie die Datei hier geöffnet oder gespeichert haben.</translation>
    </message>
    <message>
        <source>Reload it and lose your changes, overwrite it with your version and lose the other changes, or save your version under another name and keep both.</source>
        <translation>Laden Sie die Datei neu und verlieren Ihre Änderungen, überschreiben Sie sie mit Ihrer Fassung und verlieren die anderen Änderungen, oder speichern Sie Ihre Fassung unter einem anderen Namen und behalten beide.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::WinProbabilityChart</name>
    <message>
        <source>Chance that each model is recommended</source>
        <translation>Wahrscheinlichkeit, dass jedes Modell empfohlen wird</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>splitbench::gui::WorkshopPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A workshop collects several people&apos;s views.&lt;/b&gt; Add the participants (the owner, the IT lead, the finance director…); each moves their own sliders, and the group&apos;s values become their weighted median. This tab then shows where they disagree, what each person&apos;s own values recommend, and which of their values would change the group&apos;s answer.&lt;/p&gt;&lt;p&gt;To collect views by e-mail, export each person&apos;s participant file (File menu) and import the returned ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ein Workshop sammelt die Sichten mehrerer Menschen.&lt;/b&gt; Fügen Sie die Teilnehmenden hinzu (die Inhaberin, den IT-Leiter, die Finanzchefin…); jede Person stellt ihre eigenen Regler ein, und die Werte der Gruppe werden ihr gewichteter Median. Diese Seite zeigt dann, wo sie uneins sind, was die eigenen Werte jeder Person empfehlen und welche ihrer Werte die Antwort der Gruppe ändern würden.&lt;/p&gt;&lt;p&gt;Um Sichten per E-Mail einzuholen, exportieren Sie für jede Person ihre Teilnehmerdatei (Menü Datei) und importieren Sie die zurückgesandten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Add participant…</source>
        <translation>Teilnehmende &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a workshop participant</source>
        <translation>Eine teilnehmende Person hinzufügen</translation>
    </message>
    <message>
        <source>Each participant&apos;s own answer</source>
        <translation>Die eigene Antwort jeder Person</translation>
    </message>
    <message>
        <source>Double-click a participant (or press Enter) to show and edit their values</source>
        <translation>Doppelklick auf eine Person (oder Eingabetaste) zeigt ihre Werte zum Bearbeiten</translation>
    </message>
    <message>
        <source>The participants agree: each one&apos;s own values recommend %1.</source>
        <translation>Die Teilnehmenden sind sich einig: Die eigenen Werte jeder Person empfehlen %1.</translation>
    </message>
</context>
<context>
    <name>splitbench::json</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file holds more than %1 values</source>
        <translation>die Datei enthält mehr als %1 Werte</translation>
    </message>
    <message>
        <source>arrays and objects are nested more than %1 levels deep</source>
        <translation>Arrays und Objekte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>is %1 characters long, more than the limit of %2</source>
        <translation>ist %1 Zeichen lang, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>has %1 elements, more than the limit of %2</source>
        <translation>hat %1 Elemente, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the top-level object has %1 members, more than the limit of %2</source>
        <translation>das oberste Objekt hat %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>has %1 members, more than the limit of %2</source>
        <translation>hat %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>has a key %1 characters long, more than the limit of %2</source>
        <translation>hat einen Schlüssel von %1 Zeichen Länge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>missing (an object is required)</source>
        <translation>fehlt (ein Objekt ist erforderlich)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing (an array is required)</source>
        <translation>fehlt (ein Array ist erforderlich)</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>missing (text is required)</source>
        <translation>fehlt (Text ist erforderlich)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lower-case letters, digits and _, starting with a letter, at most %2 characters)</source>
        <translation>„%1“ ist keine gültige ID (Kleinbuchstaben, Ziffern und _ verwenden, mit einem Buchstaben beginnen, höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>missing (a number is required)</source>
        <translation>fehlt (eine Zahl ist erforderlich)</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>is %1, outside the allowed range %2 to %3</source>
        <translation>ist %1, außerhalb des zulässigen Bereichs %2 bis %3</translation>
    </message>
    <message>
        <source>the number %1 is too large (numbers must lie between -1.7e308 and 1.7e308)</source>
        <translation>die Zahl %1 ist zu groß (Zahlen müssen zwischen -1.7e308 und 1.7e308 liegen)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears a second time in the same object; each key may appear only once</source>
        <translation>der Schlüssel „%1“ kommt im selben Objekt ein zweites Mal vor; jeder Schlüssel darf nur einmal vorkommen</translation>
    </message>
</context>
<context>
    <name>splitbench::report</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Overall fit: %1. Recommended: %2 (margin %3 points).</source>
        <translation>Gesamteignung: %1. Empfohlen: %2 (Vorsprung %3 Punkte).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>RACI: R responsible, A accountable, C consulted, I informed.</source>
        <translation>RACI: R durchführend (Responsible), A verantwortlich (Accountable), C konsultiert (Consulted), I informiert (Informed).</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Suggested in-house share (%)</source>
        <translation>Empfohlener interner Anteil (%)</translation>
    </message>
    <message>
        <source>%1: dimension fit</source>
        <translation>%1: Eignung der Dimension</translation>
    </message>
    <message>
        <source>%1: owner</source>
        <translation>%1: Zuständigkeit</translation>
    </message>
    <message>
        <source>%1: provider share (%)</source>
        <translation>%1: Dienstleisteranteil (%)</translation>
    </message>
    <message>
        <source>%1: provider RACI</source>
        <translation>%1: RACI Dienstleister</translation>
    </message>
    <message>
        <source>%1: in-house RACI</source>
        <translation>%1: RACI intern</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Dimension and activity</source>
        <translation>Dimension und Tätigkeit</translation>
    </message>
    <message>
        <source>Dimension fit</source>
        <translation>Eignung der Dimension</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Provider share (%)</source>
        <translation>Dienstleisteranteil (%)</translation>
    </message>
    <message>
        <source>Provider RACI</source>
        <translation>RACI Dienstleister</translation>
    </message>
    <message>
        <source>In-house RACI</source>
        <translation>RACI intern</translation>
    </message>
    <message>
        <source>Kept in-house (%)</source>
        <translation>Intern erledigt (%)</translation>
    </message>
    <message>
        <source>In-house share (%)</source>
        <translation>Interner Anteil (%)</translation>
    </message>
    <message>
        <source>What the model means in this dimension</source>
        <translation>Was das Modell in dieser Dimension bedeutet</translation>
    </message>
    <message>
        <source>Responsibility matrix: %1</source>
        <translation>Verantwortungsmatrix: %1</translation>
    </message>
    <message>
        <source>Splitbench, %1.</source>
        <translation>Splitbench, %1.</translation>
    </message>
    <message>
        <source>Provider share: how much of the work the provider carries.</source>
        <translation>Dienstleisteranteil: wie viel der Arbeit der Dienstleister trägt.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Suggested in-house share %1. Fit: %2.</source>
        <translation>Empfohlener interner Anteil %1. Eignung: %2.</translation>
    </message>
    <message>
        <source>%1: provider share</source>
        <translation>%1: Dienstleisteranteil</translation>
    </message>
    <message>
        <source>%1: RACI provider / in-house</source>
        <translation>%1: RACI Dienstleister / intern</translation>
    </message>
    <message>
        <source>Suggested in-house share %1.</source>
        <translation>Empfohlener interner Anteil %1.</translation>
    </message>
    <message>
        <source>%1 (fit %2)</source>
        <translation>%1 (Eignung %2)</translation>
    </message>
    <message>
        <source>Provider share</source>
        <translation>Dienstleisteranteil</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the workbook: %1</source>
        <translation>für die Arbeitsmappe kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot start the workbook</source>
        <translation>die Arbeitsmappe kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>das Tabellenblatt „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>die Arbeitsmappe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the finished workbook: %1</source>
        <translation>die fertige Arbeitsmappe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Splitbench report: %1</source>
        <translation>Splitbench-Bericht: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Markdown document (*.md *.markdown)</source>
        <translation>Markdown-Dokument (*.md *.markdown)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON score (*.json)</source>
        <translation>JSON-Bewertung (*.json)</translation>
    </message>
    <message>
        <source>Fit by dimension: %1</source>
        <translation>Eignung je Dimension: %1</translation>
    </message>
    <message>
        <source>Radar chart of how well each IT service model fits each dimension (0 to 100).</source>
        <translation>Netzdiagramm, wie gut jedes IT-Servicemodell zu jeder Dimension passt (0 bis 100).</translation>
    </message>
    <message>
        <source>%1: could not produce the %2</source>
        <translation>%1: %2 konnte nicht erzeugt werden</translation>
    </message>
    <message>
        <source>radar chart</source>
        <translation>das Netzdiagramm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown output format</source>
        <translation>%1: unbekanntes Ausgabeformat</translation>
    </message>
    <message>
        <source>%1: the responsibility matrix is exported as CSV, Markdown, HTML or XLSX</source>
        <translation>%1: Die Verantwortungsmatrix wird als CSV, Markdown, HTML oder XLSX exportiert</translation>
    </message>
    <message>
        <source>%1: the radar chart is exported as PNG or SVG</source>
        <translation>%1: Das Netzdiagramm wird als PNG oder SVG exportiert</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Splitbench comparison</source>
        <translation>Splitbench-Vergleich</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Overall fit (0-100)</source>
        <translation>Gesamteignung (0–100)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Written by %1. The other sheets hold the responsibility matrix: side by side, then one sheet per model.</source>
        <translation>Erstellt mit %1. Die übrigen Blätter enthalten die Verantwortungsmatrix: alle Modelle nebeneinander, dann ein Blatt je Modell.</translation>
    </message>
    <message>
        <source>What it costs over %1 months (%2)</source>
        <translation>Was es über %1 Monate kostet (%2)</translation>
    </message>
    <message>
        <source>What it costs over each model&apos;s term (%1)</source>
        <translation>Was es über die Laufzeit jedes Modells kostet (%1)</translation>
    </message>
    <message>
        <source>Typical market figures, not a quote: replace them with the providers&apos; real quotes and the organisation&apos;s own salaries.</source>
        <translation>Typische Marktwerte, kein Angebot: durch die echten Angebote der Anbieter und die eigenen Gehälter der Organisation ersetzen.</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Participants: each person&apos;s own answer</source>
        <translation>Teilnehmende: die eigene Antwort jeder Person</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Own recommendation</source>
        <translation>Eigene Empfehlung</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>Trait (0-100)</source>
        <translation>Merkmal (0–100)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Fragebogen: %1</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Teilnehmende Person:</translation>
    </message>
    <message>
        <source>Mark with a cross where your organisation stands today on each line, between the two descriptions, and add a note if you like. Then tick how much each area matters to you, from 0 (not at all) to 10 (very much). Your answers are combined with the other participants&apos; in the workshop.</source>
        <translation>Markieren Sie auf jeder Linie mit einem Kreuz, wo Ihre Organisation heute zwischen den beiden Beschreibungen steht, und notieren Sie gern eine Anmerkung. Kreuzen Sie dann an, wie wichtig Ihnen jeder Bereich ist, von 0 (gar nicht) bis 10 (sehr). Ihre Antworten werden im Workshop mit denen der anderen Teilnehmenden zusammengeführt.</translation>
    </message>
    <message>
        <source>Your organisation today</source>
        <translation>Ihre Organisation heute</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>How much each area matters to you</source>
        <translation>Wie wichtig Ihnen jeder Bereich ist</translation>
    </message>
    <message>
        <source>Please return this page to the facilitator. Made with Splitbench.</source>
        <translation>Bitte geben Sie diese Seite der Moderation zurück. Erstellt mit Splitbench.</translation>
    </message>
    <message>
        <source>Questionnaire: %1 — %2</source>
        <translation>Fragebogen: %1 – %2</translation>
    </message>
    <message>
        <source>%1: the questionnaire could not be drawn</source>
        <translation>%1: der Fragebogen konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>today&apos;s split</source>
        <translation>der heutigen Aufteilung</translation>
    </message>
    <message>
        <source>Handover plan: from today&apos;s split to %1</source>
        <translation>Übergabeplan: von der heutigen Aufteilung zu %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Owner before</source>
        <translation>Verantwortlich vorher</translation>
    </message>
    <message>
        <source>Owner after</source>
        <translation>Verantwortlich nachher</translation>
    </message>
    <message>
        <source>Provider RACI before</source>
        <translation>RACI Dienstleister vorher</translation>
    </message>
    <message>
        <source>Provider RACI after</source>
        <translation>RACI Dienstleister nachher</translation>
    </message>
    <message>
        <source>In-house RACI before</source>
        <translation>RACI intern vorher</translation>
    </message>
    <message>
        <source>In-house RACI after</source>
        <translation>RACI intern nachher</translation>
    </message>
    <message>
        <source>Provider share before (%)</source>
        <translation>Anteil Dienstleister vorher (%)</translation>
    </message>
    <message>
        <source>Provider share after (%)</source>
        <translation>Anteil Dienstleister nachher (%)</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>Änderung (Punkte)</translation>
    </message>
    <message>
        <source>After steps</source>
        <translation>Nach Schritten</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Handover plan</source>
        <translation>Übergabeplan</translation>
    </message>
    <message>
        <source>Fully managed or co-managed IT: which fits %1</source>
        <translation>Vollständig oder gemeinsam verwaltete IT: was zu %1 passt</translation>
    </message>
    <message>
        <source>could not produce the report</source>
        <translation>der Bericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the file is not an SVG drawing Splitbench can draw</source>
        <translation>die Datei ist keine SVG-Zeichnung, die Splitbench darstellen kann</translation>
    </message>
    <message>
        <source>the file is neither an SVG drawing nor a PNG or JPEG image</source>
        <translation>die Datei ist weder eine SVG-Zeichnung noch ein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels; a logo may be at most %3 pixels a side</source>
        <translation>das Bild hat %1 × %2 Pixel; ein Logo darf je Seite höchstens %3 Pixel haben</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>das Bild kann nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>splitbench::report::CostComponentsPlot</name>
    <message>
        <source>Provider fees</source>
        <translation>Anbietergebühren</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>In-house staff</source>
        <translation>Eigenes Personal</translation>
    </message>
    <message>
        <source>Contractor hours</source>
        <translation>Externe Stunden</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Personalsuche</translation>
    </message>
    <message>
        <source>Total cost over %1 months (%2)</source>
        <translation>Gesamtkosten über %1 Monate (%2)</translation>
    </message>
    <message>
        <source>Total cost over each model&apos;s contract term (%1)</source>
        <translation>Gesamtkosten über die Vertragslaufzeit jedes Modells (%1)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 in total, %3 per year</source>
        <translation>%1: %2 insgesamt, %3 pro Jahr</translation>
    </message>
</context>
<context>
    <name>splitbench::report::CostSection</name>
    <message>
        <source>Total over the term</source>
        <translation>Gesamt über die Laufzeit</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Per user and month</source>
        <translation>Pro Benutzer und Monat</translation>
    </message>
    <message>
        <source>In-house IT FTE needed</source>
        <translation>Benötigte interne IT-Stellen (VZÄ)</translation>
    </message>
    <message>
        <source>IT staff today (FTE)</source>
        <translation>IT-Personal heute (VZÄ)</translation>
    </message>
    <message>
        <source>FTE to hire</source>
        <translation>Neu einzustellen (VZÄ)</translation>
    </message>
    <message>
        <source>Contractor hours per year</source>
        <translation>Externe Stunden pro Jahr</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Was es kostet</translation>
    </message>
    <message>
        <source>over a term of %1 months</source>
        <translation>über eine Laufzeit von %1 Monaten</translation>
    </message>
    <message>
        <source>over each model&apos;s own term</source>
        <translation>über die eigene Laufzeit jedes Modells</translation>
    </message>
    <message>
        <source>What each model would cost this organisation, %1, in %2 for %3 users: the provider&apos;s fees and the in-house work the model leaves, priced as staff the organisation keeps, hires or buys by the hour.</source>
        <translation>Was jedes Modell diese Organisation kosten würde, %1, in %2 für %3 Benutzer: die Gebühren des Anbieters und die Arbeit, die das Modell intern lässt, bewertet als Personal, das die Organisation behält, einstellt oder stundenweise einkauft.</translation>
    </message>
    <message>
        <source>These are typical market figures, not a quote: replace them with the providers&apos; real quotes and the organisation&apos;s own salaries in the profile before deciding. Staff the organisation keeps are a cost in every model.</source>
        <translation>Dies sind typische Marktwerte, kein Angebot: Ersetzen Sie sie vor einer Entscheidung im Profil durch die echten Angebote der Anbieter und die eigenen Gehälter der Organisation. Personal, das die Organisation behält, kostet in jedem Modell.</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Kosten (%1)</translation>
    </message>
    <message>
        <source>Cost by component</source>
        <translation>Kosten nach Bestandteilen</translation>
    </message>
    <message>
        <source>Value for money</source>
        <translation>Preis-Leistung</translation>
    </message>
    <message>
        <source>No other model fits at least as well for no more than %1: it gives the best value for money.</source>
        <translation>Kein anderes Modell passt mindestens so gut und kostet nicht mehr als %1: Es bietet das beste Preis-Leistungs-Verhältnis.</translation>
    </message>
    <message>
        <source>No model is beaten on both fit and cost: each one that costs more also fits better.</source>
        <translation>Kein Modell wird bei Eignung und Kosten zugleich übertroffen: Jedes, das mehr kostet, passt auch besser.</translation>
    </message>
    <message>
        <source>%1 are not beaten on both fit and cost: each of them that costs more also fits better. Every other model fits no better than one of them and costs no less.</source>
        <translation>%1 werden bei Eignung und Kosten nicht zugleich übertroffen: Jedes von ihnen, das mehr kostet, passt auch besser. Jedes andere Modell passt nicht besser als eines von ihnen und kostet nicht weniger.</translation>
    </message>
</context>
<context>
    <name>splitbench::report::DisagreementPlot</name>
    <message>
        <source>%1 (not counted)</source>
        <translation>%1 (nicht gezählt)</translation>
    </message>
    <message>
        <source>Group&apos;s value</source>
        <translation>Wert der Gruppe</translation>
    </message>
    <message>
        <source>Spread of the counted values</source>
        <translation>Spanne der gezählten Werte</translation>
    </message>
    <message>
        <source>spread %1, group %2</source>
        <translation>Spanne %1, Gruppe %2</translation>
    </message>
    <message>
        <source>%1 — group&apos;s value: %2 (from %3 to %4)</source>
        <translation>%1 – Wert der Gruppe: %2 (von %3 bis %4)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>splitbench::report::HandoverSection</name>
    <message>
        <source>today&apos;s split</source>
        <translation>der heutigen Aufteilung</translation>
    </message>
    <message>
        <source>Handover plan</source>
        <translation>Übergabeplan</translation>
    </message>
    <message>
        <source>From who does what today to %1, the recommended model: every activity that changes hands, with the RACI letters (provider / in-house) and the provider&apos;s share of the work before and after, and a checklist line for the project.</source>
        <translation>Von der heutigen Aufteilung zu %1, dem empfohlenen Modell: jede Tätigkeit, die die Hand wechselt, mit den RACI-Buchstaben (Dienstleister / intern) und dem Anteil des Dienstleisters an der Arbeit vorher und nachher, und einer Zeile für die Checkliste des Projekts.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Owner: before → after</source>
        <translation>Verantwortlich: vorher → nachher</translation>
    </message>
    <message>
        <source>RACI before → after</source>
        <translation>RACI vorher → nachher</translation>
    </message>
    <message>
        <source>Provider share</source>
        <translation>Anteil Dienstleister</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>After step %1.</source>
        <translation>Nach Schritt %1.</translation>
    </message>
</context>
<context>
    <name>splitbench::report::HistogramPlot</name>
    <message>
        <source>90% of variations: %1 to %2</source>
        <translation>90&#xa0;% der Varianten: %1 bis %2</translation>
    </message>
</context>
<context>
    <name>splitbench::report::ProposalSection</name>
    <message>
        <source>Proposals side by side</source>
        <translation>Angebote im Vergleich</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>%1 longer or slower than the usual range: the client&apos;s risk, worth negotiating. %2 shorter or faster than usual: check that the contract says so. The usual ranges are typical figures of managed-service contracts for small and mid-sized organisations, not a standard.</source>
        <translation>%1 länger oder langsamer als üblich: ein Risiko für den Kunden, über das sich verhandeln lässt. %2 kürzer oder schneller als üblich: Prüfen Sie, ob der Vertrag das zusichert. Die üblichen Spannen sind typische Werte aus Managed-Service-Verträgen kleiner und mittlerer Organisationen, keine Norm.</translation>
    </message>
    <message>
        <source>Usual range</source>
        <translation>Übliche Spanne</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Overall fit (0–100)</source>
        <translation>Gesamteignung (0–100)</translation>
    </message>
    <message>
        <source>%1
rank %2 of %3</source>
        <translation>%1
Rang %2 von %3</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>(typical prices)</source>
        <translation>(typische Preise)</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Cost over the term</source>
        <translation>Kosten über die Laufzeit</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Contract term</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Kündigungsfrist</translation>
    </message>
    <message>
        <source>%1 response</source>
        <translation>%1 Reaktion</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 resolution</source>
        <translation>%1 Lösung</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 cover</source>
        <translation>%1 Servicezeit</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>made in Splitbench</source>
        <translation>in Splitbench erstellt</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importiert am %1</translation>
    </message>
    <message>
        <source>%1
imported %2</source>
        <translation>%1
importiert am %2</translation>
    </message>
    <message>
        <source>The recommended model, %1, is one of these proposals.</source>
        <translation>Das empfohlene Modell, %1, ist eines dieser Angebote.</translation>
    </message>
    <message>
        <source>The recommended model, %1, is not one of these proposals.</source>
        <translation>Das empfohlene Modell, %1, ist keines dieser Angebote.</translation>
    </message>
    <message>
        <source>The providers&apos; proposals (the profile&apos;s custom models) next to each other: how well each fits, what it costs, its contract terms and service levels, and the usual range of each figure in the market.</source>
        <translation>Die Angebote der Dienstleister (die eigenen Modelle des Profils) nebeneinander: wie gut jedes passt, was es kostet, seine Vertragsbedingungen und Service-Level und die übliche Spanne jedes Werts am Markt.</translation>
    </message>
    <message>
        <source>Proposals %1 to %2 of %3</source>
        <translation>Angebote %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Cost: over each proposal&apos;s own term, as in &quot;What it costs&quot;; a proposal without prices of its own is costed with the typical prices of the model it is based on.</source>
        <translation>Kosten: über die eigene Laufzeit jedes Angebots, wie in „Was es kostet“; ein Angebot ohne eigene Preise wird mit den typischen Preisen des Modells gerechnet, auf dem es beruht.</translation>
    </message>
    <message>
        <source>No findings in the split of the work.</source>
        <translation>Keine Befunde in der Aufteilung der Arbeit.</translation>
    </message>
    <message>
        <source>Terms outside the usual ranges</source>
        <translation>Bedingungen außerhalb der üblichen Spannen</translation>
    </message>
</context>
<context>
    <name>splitbench::report::RadarPlot</name>
    <message>
        <source>%1 (overall %2)</source>
        <translation>%1 (gesamt %2)</translation>
    </message>
    <message>
        <source>Today (overall %1)</source>
        <translation>Heute (gesamt %1)</translation>
    </message>
</context>
<context>
    <name>splitbench::report::ReportContent</name>
    <message>
        <source>Unnamed organisation</source>
        <translation>Unbenannte Organisation</translation>
    </message>
    <message>
        <source>Splitbench report</source>
        <translation>Splitbench-Bericht</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose month names the report&apos;s dates use (e.g. de_DE for a German report).</extracomment>
        <translation>de_DE</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Date format of the report (QLocale::toString syntax), e.g. &quot;d. MMMM yyyy&quot; for German.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>splitbench::report::ReportLayout</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>SPLITBENCH  ·  IT SERVICE MODEL COMPARISON</source>
        <translation>SPLITBENCH  ·  VERGLEICH VON IT-SERVICEMODELLEN</translation>
    </message>
    <message>
        <source>Which IT service model fits?</source>
        <translation>Welches IT-Servicemodell passt?</translation>
    </message>
    <message>
        <source>%1 (custom, based on %2)</source>
        <translation>%1 (eigenes Modell auf Basis von %2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Erstellt für</translation>
    </message>
    <message>
        <source>Overall fit of each model</source>
        <translation>Gesamteignung jedes Modells</translation>
    </message>
    <message>
        <source>The two leading models are level: the margin is %1 points.</source>
        <translation>Die beiden führenden Modelle liegen gleichauf: Der Vorsprung beträgt %1 Punkte.</translation>
    </message>
    <message>
        <source>Margin between the two leading models: %1 points.</source>
        <translation>Vorsprung zwischen den beiden führenden Modellen: %1 Punkte.</translation>
    </message>
    <message>
        <source>Where the recommendation comes from</source>
        <translation>Woher die Empfehlung kommt</translation>
    </message>
    <message>
        <source>How to read this report: for each of the %1 dimensions the profile suggests how much of the work to keep in-house. A model fits a dimension in proportion to how close its own in-house share comes to that suggestion (100 = exactly). The overall fit is the mean over all dimensions, weighted by their importance.</source>
        <translation>So lesen Sie diesen Bericht: Für jede der %1 Dimensionen legt das Profil nahe, wie viel der Arbeit intern erledigt werden sollte. Ein Modell passt zu einer Dimension umso besser, je näher sein eigener interner Anteil an diesem Vorschlag liegt (100 = genau). Die Gesamteignung ist der Mittelwert über alle Dimensionen, gewichtet nach ihrer Bedeutung.</translation>
    </message>
    <message>
        <source>%1 and %2 are level</source>
        <translation>%1 und %2 liegen gleichauf</translation>
    </message>
    <message>
        <source>Both fit with %1 of 100.</source>
        <translation>Beide passen mit %1 von 100.</translation>
    </message>
    <message>
        <source>Overall fit %1 of 100, %2 points ahead of %3.</source>
        <translation>Gesamteignung %1 von 100, %2 Punkte vor %3.</translation>
    </message>
    <message>
        <source>NO CLEAR RECOMMENDATION</source>
        <translation>KEINE KLARE EMPFEHLUNG</translation>
    </message>
    <message>
        <source>RECOMMENDED MODEL</source>
        <translation>EMPFOHLENES MODELL</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>The %1 traits below describe %2. Each sits between two ends on a scale from 0 to 100; the notes record why it was set so.</source>
        <translation>Die %1 Merkmale unten beschreiben %2. Jedes liegt zwischen zwei Polen auf einer Skala von 0 bis 100; die Notizen halten fest, warum es so gesetzt wurde.</translation>
    </message>
    <message>
        <source>Trait</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Position between the two ends</source>
        <translation>Lage zwischen den beiden Polen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Importance of the dimensions</source>
        <translation>Gewichtung der Dimensionen</translation>
    </message>
    <message>
        <source>All %1 dimensions count equally in the overall fit.</source>
        <translation>Alle %1 Dimensionen zählen gleich in der Gesamteignung.</translation>
    </message>
    <message>
        <source>All dimensions count once in the overall fit, except: %1.</source>
        <translation>Alle Dimensionen zählen einfach in der Gesamteignung, außer: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Fit by dimension</source>
        <translation>Eignung je Dimension</translation>
    </message>
    <message>
        <source>Each spoke is one dimension. The further out a model&apos;s line runs, the better the model fits this organisation there (0 at the centre, 100 at the rim).</source>
        <translation>Jede Speiche ist eine Dimension. Je weiter außen die Linie eines Modells verläuft, desto besser passt das Modell dort zu dieser Organisation (0 in der Mitte, 100 am Rand).</translation>
    </message>
    <message>
        <source>Fit per dimension</source>
        <translation>Eignung je Dimension</translation>
    </message>
    <message>
        <source>Suggested in-house: the share of the work this profile suggests keeping in-house. The best fit in each row is in bold.</source>
        <translation>Empfohlen intern: der Anteil der Arbeit, den dieses Profil intern zu erledigen nahelegt. Die beste Eignung jeder Zeile ist fett gedruckt.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Suggested in-house</source>
        <translation>Empfohlen intern</translation>
    </message>
    <message>
        <source>Overall (weighted)</source>
        <translation>Gesamt (gewichtet)</translation>
    </message>
    <message>
        <source>Dimension by dimension</source>
        <translation>Dimension für Dimension</translation>
    </message>
    <message>
        <source>For each dimension: what each model means in practice, how well it fits and why, and who does what. Owner is the party that carries an activity day to day; provider share is how much of the work the provider carries. RACI letters: R responsible, A accountable, C consulted, I informed — for the provider and for your in-house team.</source>
        <translation>Für jede Dimension: was jedes Modell in der Praxis bedeutet, wie gut es passt und warum, und wer was erledigt. Zuständig ist die Seite, die eine Tätigkeit im Alltag trägt; der Dienstleisteranteil gibt an, wie viel der Arbeit der Dienstleister trägt. RACI-Buchstaben: R durchführend, A verantwortlich, C konsultiert, I informiert – für den Dienstleister und für Ihr internes Team.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Suggested in-house share: %1  ·  Importance: %2</source>
        <translation>Empfohlener interner Anteil: %1  ·  Gewichtung: %2</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>In der Praxis</translation>
    </message>
    <message>
        <source>Kept in-house</source>
        <translation>Intern erledigt</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Provider share</source>
        <translation>Dienst­leister­anteil</translation>
    </message>
    <message>
        <source>Provider RACI</source>
        <translation>RACI Dienst­leister</translation>
    </message>
    <message>
        <source>In-house RACI</source>
        <translation>RACI intern</translation>
    </message>
    <message>
        <source>%1, %2
Provider %3
In-house %4</source>
        <translation>%1, %2
Dienstleister %3
Intern %4</translation>
    </message>
    <message>
        <source>What drives the result</source>
        <translation>Was das Ergebnis bestimmt</translation>
    </message>
    <message>
        <source>%1 and %2 are level overall, so no dimension decides between them. The dimensions where they differ most are listed below.</source>
        <translation>%1 und %2 liegen insgesamt gleichauf, daher entscheidet keine Dimension zwischen ihnen. Die Dimensionen, in denen sie sich am stärksten unterscheiden, sind unten aufgeführt.</translation>
    </message>
    <message>
        <source>Where %1 gains most</source>
        <translation>Wo %1 am meisten gewinnt</translation>
    </message>
    <message>
        <source>No dimension favours %1.</source>
        <translation>Keine Dimension begünstigt %1.</translation>
    </message>
    <message>
        <source>Where %1 fits better</source>
        <translation>Wo %1 besser passt</translation>
    </message>
    <message>
        <source>Traits that shaped the suggestion</source>
        <translation>Merkmale, die den Vorschlag geprägt haben</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Generated by Splitbench %1 on %2 from the profile &quot;%3&quot; and a catalogue of %4 dimensions and %5 activities. Contribution to the margin: the dimension&apos;s weight share times the difference in fit between %6 and %7; the contributions add up to the margin of %8 points.</source>
        <translation>Erstellt von Splitbench %1 am %2 aus dem Profil „%3“ und einem Katalog mit %4 Dimensionen und %5 Tätigkeiten. Beitrag zum Vorsprung: der Gewichtungsanteil der Dimension mal dem Eignungsunterschied zwischen %6 und %7; die Beiträge ergeben zusammen den Vorsprung von %8 Punkten.</translation>
    </message>
    <message>
        <source>Fit of %1</source>
        <translation>Eignung von %1</translation>
    </message>
    <message>
        <source>Contribution to the margin (points)</source>
        <translation>Beitrag zum Vorsprung (Punkte)</translation>
    </message>
    <message>
        <source>Every trait sits at its neutral value, so each dimension keeps its typical in-house share.</source>
        <translation>Jedes Merkmal steht auf seinem neutralen Wert, daher behält jede Dimension ihren üblichen internen Anteil.</translation>
    </message>
    <message>
        <source>Dimensions affected</source>
        <translation>Betroffene Dimensionen</translation>
    </message>
    <message>
        <source>Shift in total (points)</source>
        <translation>Verschiebung insgesamt (Punkte)</translation>
    </message>
    <message>
        <source>Per dimension (points)</source>
        <translation>Je Dimension (Punkte)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>towards keeping work in-house</source>
        <translation>hin zu mehr interner Arbeit</translation>
    </message>
    <message>
        <source>towards the provider</source>
        <translation>hin zum Dienstleister</translation>
    </message>
    <message>
        <source>Splitbench report · %1</source>
        <translation>Splitbench-Bericht · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the report would need more than %1 pages for its content; it was not written</source>
        <translation>der Bericht bräuchte für seinen Inhalt mehr als %1 Seiten; er wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Today: how well today&apos;s split fits, scored the same way; it is not a candidate.</source>
        <translation>Heute: wie gut die heutige Aufteilung passt, gleich bewertet; sie ist keiner der Kandidaten.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>%1  ·  Prepared by %2</source>
        <translation>%1  ·  Erstellt von %2</translation>
    </message>
    <message>
        <source>%1  ·  Prepared by %2 for %3</source>
        <translation>%1  ·  Erstellt von %2 für %3</translation>
    </message>
</context>
<context>
    <name>splitbench::report::ScenarioSection</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>How the answer changes if the organisation changes: each scenario replaces some of the profile&apos;s values (traits, size, cost figures or prices) and keeps the rest. Each cell shows the model&apos;s overall fit (0 to 100) and, below it, its cost per year.</source>
        <translation>Wie sich die Antwort ändert, wenn sich die Organisation ändert: Jedes Szenario ersetzt einige Werte des Profils (Merkmale, Größe, Kostenzahlen oder Preise) und behält die übrigen. Jede Zelle zeigt die Gesamteignung des Modells (0 bis 100) und darunter seine Kosten pro Jahr.</translation>
    </message>
    <message>
        <source>How the answer changes if the organisation changes: each scenario replaces some of the profile&apos;s trait values and keeps the rest. Each cell shows the model&apos;s overall fit (0 to 100).</source>
        <translation>Wie sich die Antwort ändert, wenn sich die Organisation ändert: Jedes Szenario ersetzt einige Merkmalswerte des Profils und behält die übrigen. Jede Zelle zeigt die Gesamteignung des Modells (0 bis 100).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Recommendation (margin)</source>
        <translation>Empfehlung (Vorsprung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>splitbench::report::SensitivitySection</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>How firm is the recommendation</source>
        <translation>Wie belastbar ist die Empfehlung</translation>
    </message>
    <message>
        <source>The recommendation rests on %1 traits and %2 importance weights, and each of them is an estimate. This section moves them: one trait at a time from 0 to 100 with everything else unchanged, and all of them together at random within the uncertainty the profile states (%3 variations).</source>
        <translation>Die Empfehlung beruht auf %1 Merkmalen und %2 Gewichtungen, und jeder dieser Werte ist eine Schätzung. Dieser Abschnitt verändert sie: jeweils ein Merkmal von 0 bis 100, während alles andere gleich bleibt, und alle zusammen zufällig innerhalb der im Profil angegebenen Unsicherheit (%3 Varianten).</translation>
    </message>
    <message>
        <source>Which traits move the margin most</source>
        <translation>Welche Merkmale den Vorsprung am stärksten bewegen</translation>
    </message>
    <message>
        <source>Not drawn because moving them does not change the margin: %1.</source>
        <translation>Nicht gezeichnet, weil sie den Vorsprung nicht verändern: %1.</translation>
    </message>
    <message>
        <source>How often each model comes out on top</source>
        <translation>Wie oft jedes Modell vorn liegt</translation>
    </message>
    <message>
        <source>Win probability: the share of variations of the profile, drawn at random within %1, in which each model has the best overall fit. Monte Carlo: %2 samples, seed %3.</source>
        <translation>Gewinnwahrscheinlichkeit: der Anteil der zufällig innerhalb von %1 gezogenen Varianten des Profils, in denen das jeweilige Modell die beste Gesamteignung hat. Monte Carlo: %2 Stichproben, Startwert %3.</translation>
    </message>
    <message>
        <source>±%1 points for every trait and ±%2% for every importance weight</source>
        <translation>±%1 Punkten für jedes Merkmal und ±%2&#xa0;% für jede Gewichtung</translation>
    </message>
    <message>
        <source>±%1 to ±%2 points per trait and ±%3% for every importance weight</source>
        <translation>±%1 bis ±%2 Punkten je Merkmal und ±%3&#xa0;% für jede Gewichtung</translation>
    </message>
    <message>
        <source>Breakevens: where one trait changes the answer</source>
        <translation>Kipppunkte: wo ein einzelnes Merkmal die Antwort ändert</translation>
    </message>
    <message>
        <source>No single trait changes the answer: moved anywhere from 0 to 100 with everything else as it is, none of the %1 traits lets another model overtake %2.</source>
        <translation>Kein einzelnes Merkmal ändert die Antwort: Wo auch immer zwischen 0 und 100 es steht, während alles andere bleibt, wie es ist, lässt keines der %1 Merkmale ein anderes Modell an %2 vorbeiziehen.</translation>
    </message>
    <message>
        <source>Each trait moved on its own from 0 to 100, everything else unchanged; the closest breakeven first.</source>
        <translation>Jedes Merkmal einzeln von 0 bis 100 bewegt, alles andere unverändert; der nächstgelegene Kipppunkt zuerst.</translation>
    </message>
    <message>
        <source>No breakeven for the other traits: %1 stays ahead whatever the value of %2.</source>
        <translation>Kein Kipppunkt bei den übrigen Merkmalen: %1 bleibt vorn, welchen Wert %2 auch hat.</translation>
    </message>
    <message>
        <source>Head to head: %1 and %2</source>
        <translation>Direkter Vergleich: %1 und %2</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>Was die Antwort ändern würde</translation>
    </message>
    <message>
        <source>About these figures: breakevens, the tornado and what would change the answer are exact; the win probabilities come from a Monte Carlo run with %1 samples, seed %2. The same profile, sample count and seed always give the same figures, for example with: splitbench-cli sensitivity --profile FILE --samples %3 --seed %2</source>
        <translation>Zu diesen Zahlen: Kipppunkte, Tornado und was die Antwort ändern würde sind exakt; die Gewinnwahrscheinlichkeiten stammen aus einem Monte-Carlo-Lauf mit %1 Stichproben, Startwert %2. Dasselbe Profil mit derselben Stichprobenzahl und demselben Startwert ergibt immer dieselben Zahlen, zum Beispiel mit: splitbench-cli sensitivity --profile FILE --samples %3 --seed %2</translation>
    </message>
    <message>
        <source>No trait moves the margin of %1 over the best other model: it stays at %2 points whatever the value of each trait.</source>
        <translation>Kein Merkmal verändert den Vorsprung von %1 vor dem besten anderen Modell: Er bleibt bei %2 Punkten, welchen Wert jedes Merkmal auch hat.</translation>
    </message>
    <message>
        <source>Each bar shows the margin of %1 over the best of the other models (whichever that is) while one trait moves from 0 to 100 and everything else stays as it is; the small 0 and 100 at its ends tell which end is which. Right of the dashed line %1 leads, left of it the model in the bar&apos;s colour takes over. The pale bar covers the whole range, the solid bar ±%2 points around the profile&apos;s value. The columns on the right give the margin with the trait at 0 and at 100.</source>
        <translation>Jeder Balken zeigt den Vorsprung von %1 vor dem jeweils besten anderen Modell, während ein Merkmal von 0 bis 100 wandert und alles andere bleibt, wie es ist; die kleinen Zahlen 0 und 100 an den Enden zeigen, welches Ende welches ist. Rechts der gestrichelten Linie führt %1, links davon übernimmt das Modell in der Farbe des Balkens. Der helle Balken deckt den ganzen Bereich ab, der kräftige ±%2 Punkte um den Wert des Profils. Die Spalten rechts nennen den Vorsprung mit dem Merkmal bei 0 und bei 100.</translation>
    </message>
    <message>
        <source>How often each model costs least</source>
        <translation>Wie oft jedes Modell am wenigsten kostet</translation>
    </message>
    <message>
        <source>The share of the same variations in which each model has the lowest total cost over %1 months, with each model&apos;s provider prices and the IT salary drawn at random within ±%2%. The prices are typical figures to replace with real quotes.</source>
        <translation>Der Anteil derselben Variationen, in denen jedes Modell über %1 Monate die niedrigsten Gesamtkosten hat, wobei die Anbieterpreise jedes Modells und das IT-Gehalt zufällig innerhalb von ±%2 % gezogen werden. Die Preise sind typische Werte, durch echte Angebote zu ersetzen.</translation>
    </message>
    <message>
        <source>The model with the lowest total cost over %1 months at today&apos;s prices (no price uncertainty was set, so it costs least in every variation). The prices are typical figures to replace with real quotes.</source>
        <translation>Das Modell mit den niedrigsten Gesamtkosten über %1 Monate zu heutigen Preisen (es war keine Preisunsicherheit eingestellt, daher kostet es in jeder Variation am wenigsten). Die Preise sind typische Werte, durch echte Angebote zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>splitbench::report::TornadoPlot</name>
    <message>
        <source>at 0</source>
        <translation>bei 0</translation>
    </message>
    <message>
        <source>at 100</source>
        <translation>bei 100</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 vorn</translation>
    </message>
    <message>
        <source>trait from 0 to 100</source>
        <translation>Merkmal von 0 bis 100</translation>
    </message>
    <message>
        <source>±%1 around the profile&apos;s value</source>
        <translation>±%1 um den Wert des Profils</translation>
    </message>
    <message>
        <source>margin now: %1</source>
        <translation>Vorsprung jetzt: %1</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>Margin of %1 over the best other model in points (0 = tie)</source>
        <translation>Vorsprung von %1 vor dem besten anderen Modell in Punkten (0 = Gleichstand)</translation>
    </message>
</context>
<context>
    <name>splitbench::report::ValueForMoneyPlot</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Value for money: no other model fits as well for less</source>
        <translation>Preis-Leistung: Kein anderes Modell passt so gut für weniger</translation>
    </message>
    <message>
        <source>Another model fits at least as well for no more</source>
        <translation>Ein anderes Modell passt mindestens so gut für nicht mehr</translation>
    </message>
    <message>
        <source>Overall fit (0–100)</source>
        <translation>Gesamteignung (0–100)</translation>
    </message>
    <message>
        <source>%1: fit %2, %3 in total</source>
        <translation>%1: Eignung %2, %3 insgesamt</translation>
    </message>
</context>
<context>
    <name>splitbench::report::WorkshopSection</name>
    <message>
        <source>Who thinks what</source>
        <translation>Wer was denkt</translation>
    </message>
    <message>
        <source>Participants who gave their own view of the organisation: %1. The recommendation, the costs and the sensitivity analysis in this report use the group&apos;s values.</source>
        <translation>Teilnehmende, die ihre eigene Sicht auf die Organisation angegeben haben: %1. Die Empfehlung, die Kosten und die Sensitivitätsanalyse in diesem Bericht verwenden die Werte der Gruppe.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Own recommendation</source>
        <translation>Eigene Empfehlung</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <source>0 (not counted)</source>
        <translation>0 (nicht gezählt)</translation>
    </message>
    <message>
        <source>Each participant&apos;s own answer</source>
        <translation>Die eigene Antwort jeder teilnehmenden Person</translation>
    </message>
    <message>
        <source>Where the participants stand, trait by trait</source>
        <translation>Wo die Teilnehmenden stehen, Merkmal für Merkmal</translation>
    </message>
    <message>
        <source>Each line is one trait, the widest disagreement first. Every participant&apos;s value is marked with their own symbol; the band spans the counted values and the bar is the group&apos;s value.</source>
        <translation>Jede Zeile ist ein Merkmal, die größte Uneinigkeit zuerst. Der Wert jeder teilnehmenden Person ist mit ihrem eigenen Symbol markiert; das Band umfasst die gezählten Werte, der Balken ist der Wert der Gruppe.</translation>
    </message>
</context>
<context>
    <name>splitbench::sheets</name>
    <message>
        <source>a cell of more than %1 characters</source>
        <translation>eine Zelle mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>line %1: the XML is not well-formed (%2)</source>
        <translation>Zeile %1: das XML ist nicht wohlgeformt (%2)</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation>die Datei ist ein ZIP-Archiv, aber keine XLSX-Arbeitsmappe (sie hat keine xl/workbook.xml)</translation>
    </message>
    <message>
        <source>more than %1 sheets</source>
        <translation>mehr als %1 Tabellenblätter</translation>
    </message>
    <message>
        <source>more text than a responsibility matrix has</source>
        <translation>mehr Text, als eine Verantwortungsmatrix hat</translation>
    </message>
    <message>
        <source>sheet “%1” is missing from the workbook</source>
        <translation>das Tabellenblatt „%1“ fehlt in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>more than %1 rows; a responsibility matrix has far fewer</source>
        <translation>mehr als %1 Zeilen; eine Verantwortungsmatrix hat weit weniger</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference</source>
        <translation>„%1“ ist kein Zellbezug</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>the cell refers to text the workbook does not have</source>
        <translation>die Zelle verweist auf Text, den die Arbeitsmappe nicht enthält</translation>
    </message>
    <message>
        <source>cells with a formula: %1; the results the workbook stored were read, no formula was run</source>
        <translation>Zellen mit einer Formel: %1; gelesen wurden die gespeicherten Ergebnisse, keine Formel wurde ausgeführt</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>die Datei ist nicht UTF-8; sie wurde als Windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>splitbench::sheets::Package</name>
    <message>
        <source>the file cannot be read as a workbook</source>
        <translation>die Datei kann nicht als Arbeitsmappe gelesen werden</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook, or it is damaged (its zip archive cannot be opened)</source>
        <translation>die Datei ist keine XLSX-Arbeitsmappe oder ist beschädigt (ihr ZIP-Archiv lässt sich nicht öffnen)</translation>
    </message>
    <message>
        <source>this part of the workbook cannot be unpacked (damaged or encrypted)</source>
        <translation>dieser Teil der Arbeitsmappe lässt sich nicht entpacken (beschädigt oder verschlüsselt)</translation>
    </message>
    <message>
        <source>this part of the workbook is damaged</source>
        <translation>dieser Teil der Arbeitsmappe ist beschädigt</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %1 MB; it is refused as a possible zip bomb</source>
        <translation>die Arbeitsmappe entpackt sich auf mehr als %1 MB; sie wird als mögliche ZIP-Bombe abgelehnt</translation>
    </message>
</context>
</TS>
