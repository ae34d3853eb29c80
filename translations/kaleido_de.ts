<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kaleido::AffinityDialog</name>
    <message>
        <source>CPU Affinity — %1</source>
        <translation>CPU-Affinität — %1</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Let the process run on CPU %1</source>
        <translation>Den Prozess auf CPU %1 laufen lassen</translation>
    </message>
    <message>
        <source>CPU %1 is offline: no process can run on it now</source>
        <translation>CPU %1 ist offline: Derzeit kann kein Prozess auf ihr laufen</translation>
    </message>
    <message>
        <source>The CPUs of this system</source>
        <translation>Die CPUs dieses Systems</translation>
    </message>
    <message>
        <source>&amp;Run on:</source>
        <translation>&amp;Laufen auf:</translation>
    </message>
    <message>
        <source>A&amp;ll CPUs</source>
        <translation>&amp;Alle CPUs</translation>
    </message>
    <message>
        <source>Tick every CPU that is online</source>
        <translation>Alle CPUs ankreuzen, die online sind</translation>
    </message>
    <message>
        <source>CPUs 0 to %1; online: %2</source>
        <translation>CPUs 0 bis %1; online: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unknown: this system does not say how many CPUs it has</source>
        <translation>unbekannt: Dieses System gibt nicht an, wie viele CPUs es hat</translation>
    </message>
    <message>
        <source>The CPUs this kernel can have (/sys/devices/system/cpu/possible) and those running now (/sys/devices/system/cpu/online)</source>
        <translation>Die CPUs, die dieser Kernel haben kann (/sys/devices/system/cpu/possible), und die derzeit laufenden (/sys/devices/system/cpu/online)</translation>
    </message>
    <message>
        <source>This system:</source>
        <translation>Dieses System:</translation>
    </message>
    <message>
        <source>The process runs only on the ticked CPUs; the scheduler never moves it elsewhere. This applies to all its threads, and threads it starts later inherit it. Restricting a program to fewer CPUs can make it slower. Your own processes need no permission; another user&apos;s need administrator permission.</source>
        <translation>Der Prozess läuft nur auf den angekreuzten CPUs; der Scheduler verschiebt ihn nie auf andere. Das gilt für alle seine Threads, und Threads, die er später startet, erben es. Ein Programm auf weniger CPUs zu beschränken, kann es verlangsamen. Für Ihre eigenen Prozesse ist keine Berechtigung nötig; für die eines anderen Benutzers sind Administratorrechte nötig.</translation>
    </message>
    <message>
        <source>Let the process run only on the ticked CPUs</source>
        <translation>Den Prozess nur auf den angekreuzten CPUs laufen lassen</translation>
    </message>
    <message>
        <source>unknown: this kernel does not show Cpus_allowed_list</source>
        <translation>unbekannt: Dieser Kernel zeigt Cpus_allowed_list nicht an</translation>
    </message>
    <message>
        <source>may run on CPUs %1</source>
        <translation>darf auf den CPUs %1 laufen</translation>
    </message>
    <message>
        <source>Tick at least one CPU.</source>
        <translation>Kreuzen Sie mindestens eine CPU an.</translation>
    </message>
</context>
<context>
    <name>kaleido::BuddyInfo</name>
    <message>
        <source>expected “Node N, zone NAME”</source>
        <translation>„Node N, zone NAME“ erwartet</translation>
    </message>
    <message>
        <source>expected a block count, got “%1”</source>
        <translation>Blockanzahl erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>no block counts</source>
        <translation>keine Blockanzahlen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::ChoiceList</name>
    <message>
        <source>expected options with the selected one in brackets</source>
        <translation>Optionen erwartet, die ausgewählte in Klammern</translation>
    </message>
</context>
<context>
    <name>kaleido::Error</name>
    <message>
        <source>%1 does not exist on this kernel.</source>
        <translation>%1 gibt es bei diesem Kernel nicht.</translation>
    </message>
    <message>
        <source>%1 can only be read with more privileges.</source>
        <translation>%1 kann nur mit höheren Rechten gelesen werden.</translation>
    </message>
    <message>
        <source>%1 went away while it was being read.</source>
        <translation>%1 ist während des Lesens verschwunden.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::KernelAttributes</name>
    <message>
        <source>expected one decimal number</source>
        <translation>genau eine Dezimalzahl erwartet</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>write-only</source>
        <translation>nur schreibbar</translation>
    </message>
    <message>
        <source>not read, as reading it acts</source>
        <translation>nicht gelesen, da Lesen eine Aktion auslöst</translation>
    </message>
</context>
<context>
    <name>kaleido::KernelIdentity</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected seconds since boot</source>
        <translation>Sekunden seit dem Systemstart erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::KernelTaint</name>
    <message>
        <source>a proprietary module was loaded</source>
        <translation>ein proprietäres Modul wurde geladen</translation>
    </message>
    <message>
        <source>a module was force-loaded</source>
        <translation>ein Modul wurde zwangsweise geladen</translation>
    </message>
    <message>
        <source>the system is out of specification (e.g. SMP on unsuited CPUs)</source>
        <translation>das System läuft außerhalb der Spezifikation (z. B. SMP auf ungeeigneten CPUs)</translation>
    </message>
    <message>
        <source>a module was force-unloaded</source>
        <translation>ein Modul wurde zwangsweise entladen</translation>
    </message>
    <message>
        <source>a processor reported a machine check</source>
        <translation>ein Prozessor hat einen Machine Check gemeldet</translation>
    </message>
    <message>
        <source>a bad page reference or unexpected page flags were found</source>
        <translation>eine fehlerhafte Seitenreferenz oder unerwartete Seiten-Flags wurden gefunden</translation>
    </message>
    <message>
        <source>a user or program asked for the taint</source>
        <translation>ein Benutzer oder Programm hat den Taint angefordert</translation>
    </message>
    <message>
        <source>the kernel died recently (oops or BUG)</source>
        <translation>der Kernel ist kürzlich abgestürzt (Oops oder BUG)</translation>
    </message>
    <message>
        <source>an ACPI table was overridden</source>
        <translation>eine ACPI-Tabelle wurde überschrieben</translation>
    </message>
    <message>
        <source>the kernel issued a warning</source>
        <translation>der Kernel hat eine Warnung ausgegeben</translation>
    </message>
    <message>
        <source>a staging driver was loaded</source>
        <translation>ein Staging-Treiber wurde geladen</translation>
    </message>
    <message>
        <source>a platform firmware bug is being worked around</source>
        <translation>ein Fehler der Plattform-Firmware wird umgangen</translation>
    </message>
    <message>
        <source>an out-of-tree module was loaded</source>
        <translation>ein Out-of-Tree-Modul wurde geladen</translation>
    </message>
    <message>
        <source>an unsigned module was loaded</source>
        <translation>ein unsigniertes Modul wurde geladen</translation>
    </message>
    <message>
        <source>a soft lockup occurred</source>
        <translation>ein Soft Lockup ist aufgetreten</translation>
    </message>
    <message>
        <source>the kernel was live-patched</source>
        <translation>der Kernel wurde per Live-Patch verändert</translation>
    </message>
    <message>
        <source>auxiliary taint, defined by distributions</source>
        <translation>zusätzlicher Taint, von Distributionen festgelegt</translation>
    </message>
    <message>
        <source>the kernel was built with struct randomization</source>
        <translation>der Kernel wurde mit Struct-Randomisierung gebaut</translation>
    </message>
    <message>
        <source>an in-kernel test (e.g. KUnit) was run</source>
        <translation>ein kernelinterner Test (z. B. KUnit) wurde ausgeführt</translation>
    </message>
    <message>
        <source>user space used a mutating fwctl debug operation</source>
        <translation>der Userspace hat eine verändernde fwctl-Debug-Operation verwendet</translation>
    </message>
    <message>
        <source>not known to this version of Kaleido</source>
        <translation>dieser Version von Kaleido unbekannt</translation>
    </message>
    <message>
        <source>bit %1</source>
        <translation>Bit %1</translation>
    </message>
    <message>
        <source>expected one unsigned decimal number</source>
        <translation>genau eine vorzeichenlose Dezimalzahl erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::KmsgRecord</name>
    <message>
        <source>facility %1</source>
        <translation>Facility %1</translation>
    </message>
    <message>
        <source>expected “level,sequence,timestamp,flags;message”</source>
        <translation>„Stufe,Sequenznummer,Zeitstempel,Flags;Meldung“ erwartet</translation>
    </message>
    <message>
        <source>a “KEY=value” line without a record before it</source>
        <translation>eine „SCHLÜSSEL=Wert“-Zeile ohne vorangehenden Eintrag</translation>
    </message>
</context>
<context>
    <name>kaleido::Ksm</name>
    <message>
        <source>expected 0, 1 or 2</source>
        <translation>0, 1 oder 2 erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::LinkTargets</name>
    <message>
        <source>expected “name target”</source>
        <translation>„Name Ziel“ erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::Lockdown</name>
    <message>
        <source>expected the modes with exactly one of them in [brackets]</source>
        <translation>die Modi erwartet, genau einer davon in [Klammern]</translation>
    </message>
</context>
<context>
    <name>kaleido::MainWindow</name>
    <message>
        <source>Kaleido</source>
        <translation>Kaleido</translation>
    </message>
    <message>
        <source>The areas of Kaleido; Ctrl+1, Ctrl+2, … switch between them</source>
        <translation>Die Bereiche von Kaleido; Strg+1, Strg+2, … wechseln zwischen ihnen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Where the RAM goes, over time, from /proc/meminfo</source>
        <translation>Wofür der RAM im Lauf der Zeit verwendet wird, laut /proc/meminfo</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Memory: how the kernel uses RAM and swap</source>
        <translation>Speicher: wie der Kernel RAM und Swap nutzt</translation>
    </message>
    <message>
        <source>The running kernel&apos;s release (/proc/sys/kernel/osrelease)</source>
        <translation>Versionsbezeichnung des laufenden Kernels (/proc/sys/kernel/osrelease)</translation>
    </message>
    <message>
        <source>Time since the kernel booted (/proc/uptime)</source>
        <translation>Zeit seit dem Start des Kernels (/proc/uptime)</translation>
    </message>
    <message>
        <source>How often Kaleido reads the kernel&apos;s figures; change it in View ▸ Refresh</source>
        <translation>Wie oft Kaleido die Werte des Kernels liest; änderbar unter Ansicht ▸ Aktualisierung</translation>
    </message>
    <message>
        <source>Linux %1</source>
        <translation>Linux %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Kaleido</source>
        <translation>Kaleido schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Pause Refresh</source>
        <translation>Aktualisierung &amp;anhalten</translation>
    </message>
    <message>
        <source>Stop reading the kernel&apos;s figures until resumed (Ctrl+Space)</source>
        <translation>Das Lesen der Werte des Kernels bis zum Fortsetzen anhalten (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>Refresh &amp;Now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Read the kernel&apos;s figures once, now</source>
        <translation>Die Werte des Kernels jetzt einmal lesen</translation>
    </message>
    <message>
        <source>How often the kernel&apos;s figures are read</source>
        <translation>Wie oft die Werte des Kernels gelesen werden</translation>
    </message>
    <message>
        <source>Every %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>Read the kernel&apos;s figures every %1</source>
        <translation>Die Werte des Kernels alle %1 lesen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kaleido</source>
        <translation>Ü&amp;ber Kaleido</translation>
    </message>
    <message>
        <source>Versions of Kaleido, Qt, libkmod and the running kernel</source>
        <translation>Versionen von Kaleido, Qt, libkmod und dem laufenden Kernel</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>Betriebszeit %1</translation>
    </message>
    <message>
        <source>&amp;Resume Refresh</source>
        <translation>Aktualisierung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>About Kaleido</source>
        <translation>Über Kaleido</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaleido %1&lt;/h3&gt;&lt;p&gt;The Linux kernel&apos;s view of processes, memory and kernel modules, live.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (built with %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libkmod&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kernel&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licensed under the GNU General Public License, version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaleido %1&lt;/h3&gt;&lt;p&gt;Die Sicht des Linux-Kernels auf Prozesse, Speicher und Kernelmodule, live.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%2 (kompiliert mit %3)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;libkmod&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Kernel&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 2 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tunables</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Overcommit, swappiness, watermarks, transparent huge pages and KSM: change them and revert them</source>
        <translation>Overcommit, Swappiness, Watermarks, Transparent Huge Pages und KSM: ändern und wieder zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Prozess</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Every process and thread, live: tree, details, signals</source>
        <translation>Alle Prozesse und Threads, live: Baum, Details, Signale</translation>
    </message>
    <message>
        <source>Processes: every task the kernel schedules, its threads, credentials and signals</source>
        <translation>Prozesse: jeder Task, den der Kernel einplant, mit seinen Threads, Identitäten und Signalen</translation>
    </message>
    <message>
        <source>Send Signal to a &amp;PID…</source>
        <translation>Signal an eine P&amp;ID senden …</translation>
    </message>
    <message>
        <source>Send a signal (end, pause, continue, …) to any process by its ID, also one not in the list (Ctrl+Shift+K)</source>
        <translation>Ein Signal (beenden, anhalten, fortsetzen, …) an einen beliebigen Prozess mit seiner ID senden, auch an einen, der nicht in der Liste steht (Strg+Umschalt+K)</translation>
    </message>
</context>
<context>
    <name>kaleido::MemInfo</name>
    <message>
        <source>expected “Name: value”</source>
        <translation>„Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>expected a number after “%1:”</source>
        <translation>Zahl nach „%1:“ erwartet</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>unknown unit “%1”</source>
        <translation>unbekannte Einheit „%1“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no field could be read</source>
        <translation>kein Feld konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryHistoryModel</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When the sample was taken (local time)</source>
        <translation>Zeitpunkt der Messung (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryMaps</name>
    <message>
        <source>expected “start-end” addresses in hex</source>
        <translation>Adressen als „Anfang-Ende“ in Hex erwartet</translation>
    </message>
    <message>
        <source>the end address lies below the start address</source>
        <translation>die Endadresse liegt unter der Anfangsadresse</translation>
    </message>
    <message>
        <source>expected permissions such as “r-xp”</source>
        <translation>Zugriffsrechte wie „r-xp“ erwartet</translation>
    </message>
    <message>
        <source>expected a file offset in hex</source>
        <translation>Datei-Offset in Hex erwartet</translation>
    </message>
    <message>
        <source>expected a device as “major:minor” in hex</source>
        <translation>Gerät als „major:minor“ in Hex erwartet</translation>
    </message>
    <message>
        <source>expected an inode number</source>
        <translation>Inode-Nummer erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryOverviewPage</name>
    <message>
        <source>Pause chart</source>
        <translation>Diagramm anhalten</translation>
    </message>
    <message>
        <source>Freeze the chart to study it; sampling goes on and the chart catches up on resume</source>
        <translation>Das Diagramm zum Betrachten einfrieren; die Messung läuft weiter, und das Diagramm holt beim Fortsetzen auf</translation>
    </message>
    <message>
        <source>Resume chart</source>
        <translation>Diagramm fortsetzen</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <source>Last 10 minutes</source>
        <translation>Letzte 10 Minuten</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>How much of the recorded history the chart shows (and exports)</source>
        <translation>Wie viel des aufgezeichneten Verlaufs das Diagramm anzeigt (und exportiert)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Keep </source>
        <translation>Verlauf: </translation>
    </message>
    <message>
        <source>How many minutes of samples are kept in memory; older samples are dropped</source>
        <translation>Wie viele Minuten an Messwerten im Speicher bleiben; ältere Messwerte werden verworfen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the visible time range of the shown series as comma-separated values (bytes, one row per sample)</source>
        <translation>Den sichtbaren Zeitraum der angezeigten Datenreihen als kommagetrennte Werte speichern (Bytes, eine Zeile pro Messung)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save a picture of the chart as it is shown</source>
        <translation>Ein Bild des Diagramms so speichern, wie es angezeigt wird</translation>
    </message>
    <message>
        <source>Tick a series to draw it; select one to read what it means</source>
        <translation>Eine Datenreihe ankreuzen, um sie zu zeichnen; eine auswählen, um ihre Bedeutung zu lesen</translation>
    </message>
    <message>
        <source>Select a series to read what it means.</source>
        <translation>Eine Datenreihe auswählen, um ihre Bedeutung zu lesen.</translation>
    </message>
    <message>
        <source>Memory figures could not be updated: %1</source>
        <translation>Die Speicherwerte konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Some lines of /proc/meminfo were not understood and are left out: %1</source>
        <translation>Einige Zeilen von /proc/meminfo wurden nicht verstanden und werden ausgelassen: %1</translation>
    </message>
    <message>
        <source>Export memory history as CSV</source>
        <translation>Speicherverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export memory chart as PNG</source>
        <translation>Speicherdiagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>kaleido::MemorySeries</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>All the RAM the kernel manages: the physical memory less what firmware and the kernel image keep for themselves at boot.</source>
        <translation>Der gesamte RAM, den der Kernel verwaltet: der physische Speicher abzüglich dessen, was Firmware und Kernel-Image beim Booten für sich behalten.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>The kernel&apos;s estimate of what new programs can get without swapping — free memory plus the cache and slab it can reclaim — which is why it is much larger than “free”.</source>
        <translation>Die Schätzung des Kernels, wie viel neue Programme ohne Auslagern bekommen können – freier Speicher plus der Cache und Slab, den er zurückgewinnen kann –, weshalb der Wert viel größer ist als „Frei“.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Memory used for nothing at all; it is small on a healthy system because the kernel puts idle RAM to work as cache.</source>
        <translation>Speicher, der für gar nichts genutzt wird; auf einem gesunden System ist er klein, weil der Kernel ungenutzten RAM als Cache einsetzt.</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Seitencache</translation>
    </message>
    <message>
        <source>File contents kept in RAM (tmpfs and shared memory included); most of it is dropped as soon as programs need the memory.</source>
        <translation>Im RAM gehaltene Dateiinhalte (einschließlich tmpfs und gemeinsamem Speicher); das meiste davon wird verworfen, sobald Programme den Speicher brauchen.</translation>
    </message>
    <message>
        <source>Buffers</source>
        <translation>Puffer</translation>
    </message>
    <message>
        <source>Cache of raw block-device data, mostly file-system metadata such as directories and inode tables.</source>
        <translation>Cache für Rohdaten von Blockgeräten, meist Dateisystem-Metadaten wie Verzeichnisse und Inode-Tabellen.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Process memory with no file behind it — heaps, stacks, private copies — which can only leave RAM by being swapped out.</source>
        <translation>Prozessspeicher ohne zugrunde liegende Datei – Heaps, Stacks, private Kopien –, der den RAM nur durch Auslagern verlassen kann.</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Shared memory segments and tmpfs files: counted in the page cache, yet never simply dropped, only swapped.</source>
        <translation>Segmente gemeinsamen Speichers und tmpfs-Dateien: im Seitencache mitgezählt, aber nie einfach verworfen, nur ausgelagert.</translation>
    </message>
    <message>
        <source>Slab</source>
        <translation>Slab</translation>
    </message>
    <message>
        <source>Objects the kernel allocates for itself (inodes, dentries, network buffers…) through the slab allocator; the reclaimable part shrinks under memory pressure.</source>
        <translation>Objekte, die der Kernel über den Slab-Allocator für sich selbst belegt (Inodes, Dentries, Netzwerkpuffer …); der zurückgewinnbare Teil schrumpft bei Speicherdruck.</translation>
    </message>
    <message>
        <source>Swap used</source>
        <translation>Swap belegt</translation>
    </message>
    <message>
        <source>Swap space holding pages moved out of RAM: SwapTotal minus SwapFree.</source>
        <translation>Swap-Bereich mit aus dem RAM ausgelagerten Seiten: SwapTotal minus SwapFree.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Memory promised to processes that they may still touch; it can exceed RAM because the kernel overcommits, betting that not all of it will be used.</source>
        <translation>Prozessen zugesagter Speicher, den sie noch nutzen dürfen; er kann den RAM übersteigen, weil der Kernel mehr zusagt als vorhanden ist (Overcommit) und darauf setzt, dass nicht alles genutzt wird.</translation>
    </message>
    <message>
        <source>Commit limit</source>
        <translation>Zusagegrenze</translation>
    </message>
    <message>
        <source>The ceiling on “Committed” in strict overcommit mode 2: (RAM − huge pages) × overcommit_ratio / 100 + swap; in modes 0 and 1 it is only shown, not enforced.</source>
        <translation>Die Obergrenze für „Zugesagt“ im strikten Overcommit-Modus 2: (RAM − Huge Pages) × overcommit_ratio / 100 + Swap; in den Modi 0 und 1 wird sie nur angezeigt, nicht durchgesetzt.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleDatabase</name>
    <message>
        <source>not a kernel module (%1)</source>
        <translation>kein Kernelmodul (%1)</translation>
    </message>
</context>
<context>
    <name>kaleido::OomScore</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a number, not “%1”</source>
        <translation>Zahl erwartet, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>kaleido::OomScoreAdj</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a number, not “%1”</source>
        <translation>Zahl erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 lies outside −1000…1000</source>
        <translation>%1 liegt außerhalb von −1000…1000</translation>
    </message>
</context>
<context>
    <name>kaleido::OomScoreAdjDialog</name>
    <message>
        <source>OOM Score Adjustment — %1</source>
        <translation>OOM-Bewertungsanpassung — %1</translation>
    </message>
    <message>
        <source>The new adjustment: −1000 (never chosen) to 1000 (chosen first); 0 is neutral</source>
        <translation>Die neue Anpassung: −1000 (nie gewählt) bis 1000 (zuerst gewählt); 0 ist neutral</translation>
    </message>
    <message>
        <source>&amp;New adjustment:</source>
        <translation>&amp;Neue Anpassung:</translation>
    </message>
    <message>
        <source>−1000 (never chosen) … 0 (neutral) … 1000 (chosen first)</source>
        <translation>−1000 (nie gewählt) … 0 (neutral) … 1000 (zuerst gewählt)</translation>
    </message>
    <message>
        <source>The adjustments the kernel accepts</source>
        <translation>Die Anpassungen, die der Kernel akzeptiert</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>When the system runs out of memory, the kernel&apos;s OOM killer ends the process with the highest OOM score, which grows with the memory it uses. The adjustment moves that score: −1000 means it is never chosen, 1000 that it is chosen first. Raising it is allowed for your own processes; lowering it needs administrator permission.</source>
        <translation>Wenn dem System der Speicher ausgeht, beendet der OOM-Killer des Kernels den Prozess mit der höchsten OOM-Bewertung, die mit dem belegten Speicher wächst. Die Anpassung verschiebt diese Bewertung: −1000 bedeutet, dass er nie gewählt wird, 1000, dass er zuerst gewählt wird. Für Ihre eigenen Prozesse dürfen Sie sie erhöhen; zum Senken sind Administratorrechte nötig.</translation>
    </message>
    <message>
        <source>Give the process the new OOM score adjustment</source>
        <translation>Dem Prozess die neue OOM-Bewertungsanpassung zuweisen</translation>
    </message>
    <message>
        <source>A kernel thread: the OOM killer never chooses one, so there is nothing to adjust.</source>
        <translation>Ein Kernel-Thread: Der OOM-Killer wählt nie einen, daher gibt es nichts anzupassen.</translation>
    </message>
    <message>
        <source>adjustment %1; OOM score %2 (the highest score is chosen first)</source>
        <translation>Anpassung %1; OOM-Bewertung %2 (die höchste Bewertung wird zuerst gewählt)</translation>
    </message>
    <message>
        <source>adjustment %1</source>
        <translation>Anpassung %1</translation>
    </message>
    <message>
        <source>Lowering the adjustment from %1 to %2 usually needs administrator permission: you may be asked for a password.</source>
        <translation>Das Senken der Anpassung von %1 auf %2 erfordert meist Administratorrechte: Sie werden womöglich nach einem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>kaleido::Overcommit</name>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>heuristic</source>
        <translation>heuristisch</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Overcommit allowed; only a single request larger than RAM plus swap is refused.</source>
        <translation>Overcommit erlaubt; nur eine einzelne Anforderung, die größer als RAM plus Swap ist, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Every request is granted; running out is left to the OOM killer.</source>
        <translation>Jede Anforderung wird gewährt; geht der Speicher aus, bleibt das dem OOM-Killer überlassen.</translation>
    </message>
    <message>
        <source>Strict accounting: requests that would take Committed_AS to CommitLimit are refused.</source>
        <translation>Strikte Abrechnung: Anforderungen, die Committed_AS bis an CommitLimit bringen würden, werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>kaleido::PageTypeInfo</name>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected the orders</source>
        <translation>die Ordnungen erwartet</translation>
    </message>
    <message>
        <source>unexpected line</source>
        <translation>unerwartete Zeile</translation>
    </message>
    <message>
        <source>expected “, type NAME”</source>
        <translation>„, type NAME“ erwartet</translation>
    </message>
    <message>
        <source>zone line before any table header</source>
        <translation>Zonenzeile vor der ersten Tabellenüberschrift</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::PrintkLevels</name>
    <message>
        <source>expected four log levels</source>
        <translation>vier Log-Stufen erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcModules</name>
    <message>
        <source>expected “name size refcount holders state address”</source>
        <translation>„Name Größe Referenzzähler Nutzer Zustand Adresse“ erwartet</translation>
    </message>
    <message>
        <source>expected the size in bytes after the name</source>
        <translation>Größe in Bytes nach dem Namen erwartet</translation>
    </message>
    <message>
        <source>expected a reference count or “-”</source>
        <translation>Referenzzähler oder „-“ erwartet</translation>
    </message>
    <message>
        <source>expected a hexadecimal address</source>
        <translation>hexadezimale Adresse erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcStat</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected “PID (command)” at the start</source>
        <translation>„PID (Befehl)“ am Anfang erwartet</translation>
    </message>
    <message>
        <source>expected the state after the command name</source>
        <translation>Zustand nach dem Befehlsnamen erwartet</translation>
    </message>
    <message>
        <source>the PID is out of range</source>
        <translation>die PID liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected one state letter after the command name</source>
        <translation>genau einen Zustandsbuchstaben nach dem Befehlsnamen erwartet</translation>
    </message>
    <message>
        <source>field %1 (%2) is not a number in range</source>
        <translation>Feld %1 (%2) ist keine Zahl im gültigen Bereich</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcStatm</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected at least two numbers (size, resident)</source>
        <translation>mindestens zwei Zahlen erwartet (size, resident)</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcStatus</name>
    <message>
        <source>expected “Name: value”</source>
        <translation>„Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>unexpected value for “%1:”</source>
        <translation>unerwarteter Wert für „%1:“</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no field could be read</source>
        <translation>kein Feld konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessActions</name>
    <message>
        <source>It was sent with administrator permission through kaleido-helper.</source>
        <translation>Es wurde mit Administratorrechten über kaleido-helper gesendet.</translation>
    </message>
    <message>
        <source>It needed administrator permission, so Kaleido tried kaleido-helper.</source>
        <translation>Dafür waren Administratorrechte nötig, daher hat Kaleido es über kaleido-helper versucht.</translation>
    </message>
    <message>
        <source>Those that needed administrator permission were sent through kaleido-helper.</source>
        <translation>Diejenigen, für die Administratorrechte nötig waren, wurden über kaleido-helper gesendet.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;Signal…</source>
        <translation>&amp;Signal senden …</translation>
    </message>
    <message>
        <source>Choose any signal, with its meaning, to send to the process</source>
        <translation>Ein beliebiges Signal samt seiner Bedeutung wählen und an den Prozess senden</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the selected processes (SIGSTOP) until they are continued</source>
        <translation>Die ausgewählten Prozesse anhalten (SIGSTOP), bis sie fortgesetzt werden</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let paused processes run again (SIGCONT)</source>
        <translation>Angehaltene Prozesse weiterlaufen lassen (SIGCONT)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ask the selected processes to end (SIGTERM); they may save their work first</source>
        <translation>Die ausgewählten Prozesse bitten, sich zu beenden (SIGTERM); sie können vorher ihre Arbeit sichern</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>Ab&amp;würgen …</translation>
    </message>
    <message>
        <source>End the selected processes at once (SIGKILL); unsaved work is lost</source>
        <translation>Die ausgewählten Prozesse sofort beenden (SIGKILL); ungesicherte Arbeit geht verloren</translation>
    </message>
    <message>
        <source>End Process &amp;Tree…</source>
        <translation>Prozessbau&amp;m beenden …</translation>
    </message>
    <message>
        <source>End the process and every process it started, pausing them all first so that none can start new ones</source>
        <translation>Den Prozess und alle Prozesse beenden, die er gestartet hat; zuvor werden alle angehalten, damit keiner neue starten kann</translation>
    </message>
    <message>
        <source>Change &amp;Priority…</source>
        <translation>&amp;Priorität ändern …</translation>
    </message>
    <message>
        <source>Change the nice value: how much CPU time the process gets when the CPUs are busy</source>
        <translation>Den Nice-Wert ändern: wie viel CPU-Zeit der Prozess bekommt, wenn die CPUs ausgelastet sind</translation>
    </message>
    <message>
        <source>&amp;OOM Score Adjustment…</source>
        <translation>&amp;OOM-Bewertungsanpassung …</translation>
    </message>
    <message>
        <source>Make the process more or less likely to be ended when memory runs out</source>
        <translation>Festlegen, wie wahrscheinlich der Prozess beendet wird, wenn der Speicher ausgeht</translation>
    </message>
    <message>
        <source>CPU &amp;Affinity…</source>
        <translation>&amp;CPU-Affinität …</translation>
    </message>
    <message>
        <source>Choose the CPUs the process may run on</source>
        <translation>Die CPUs wählen, auf denen der Prozess laufen darf</translation>
    </message>
    <message>
        <source>Kaleido is showing a system captured in %1, not the running one: its processes cannot be changed.</source>
        <translation>Kaleido zeigt ein in %1 aufgezeichnetes System, nicht das laufende: Seine Prozesse lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>Select a process first.</source>
        <translation>Wählen Sie zuerst einen Prozess aus.</translation>
    </message>
    <message>
        <source>Kernel threads do not act on signals: they cannot be paused, continued or ended from user space.</source>
        <translation>Kernel-Threads reagieren nicht auf Signale: Sie lassen sich vom Userspace aus weder anhalten noch fortsetzen oder beenden.</translation>
    </message>
    <message>
        <source>Select a single process for this.</source>
        <translation>Wählen Sie dafür einen einzelnen Prozess aus.</translation>
    </message>
    <message>
        <source>Every process descends from process 1, so ending its tree would end the whole system.</source>
        <translation>Alle Prozesse stammen von Prozess 1 ab; seinen Baum zu beenden, würde das ganze System beenden.</translation>
    </message>
    <message>
        <source>This is Kaleido itself: quit it instead.</source>
        <translation>Das ist Kaleido selbst: Beenden Sie stattdessen das Programm.</translation>
    </message>
    <message>
        <source>The OOM killer never chooses a kernel thread, so there is nothing to adjust.</source>
        <translation>Der OOM-Killer wählt nie einen Kernel-Thread, daher gibt es nichts anzupassen.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Pause Kaleido Itself?</source>
        <translation>Kaleido selbst anhalten?</translation>
    </message>
    <message>
        <source>The selection includes Kaleido itself (process %1). Paused, Kaleido freezes and cannot continue itself: you would have to send it SIGCONT from elsewhere (kill -CONT %1).</source>
        <translation>Die Auswahl enthält Kaleido selbst (Prozess %1). Angehalten friert Kaleido ein und kann sich nicht selbst fortsetzen: Sie müssten ihm von anderswo SIGCONT senden (kill -CONT %1).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Signal Kaleido Itself?</source>
        <translation>Signal an Kaleido selbst senden?</translation>
    </message>
    <message>
        <source>The selection includes Kaleido itself (process %1). Sending it %2 will probably end it.</source>
        <translation>Die Auswahl enthält Kaleido selbst (Prozess %1). Erhält Kaleido %2, beendet es sich wahrscheinlich.</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>Kill Processes?</source>
        <translation>Prozesse abwürgen?</translation>
    </message>
    <message>
        <source>Kill %1? It ends at once, without a chance to save its work or clean up.</source>
        <translation>%1 abwürgen? Er endet sofort, ohne Gelegenheit, seine Arbeit zu sichern oder aufzuräumen.</translation>
    </message>
    <message numerus="yes">
        <source>Kill %n processes (%1)? They end at once, without a chance to save their work or clean up.</source>
        <translation>
            <numerusform>%n Prozess (%1) abwürgen? Er endet sofort, ohne Gelegenheit, seine Arbeit zu sichern oder aufzuräumen.</numerusform>
            <numerusform>%n Prozesse (%1) abwürgen? Sie enden sofort, ohne Gelegenheit, ihre Arbeit zu sichern oder aufzuräumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Abwürgen</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %2 of %n processes.</source>
        <translation>
            <numerusform>%1 an %2 von %n Prozess gesendet.</numerusform>
            <numerusform>%1 an %2 von %n Prozessen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>One kernel thread was left out: it does not act on signals.</source>
        <translation>Ein Kernel-Thread wurde ausgelassen: Er reagiert nicht auf Signale.</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel threads were left out: they do not act on signals.</source>
        <translation>
            <numerusform>%n Kernel-Thread wurde ausgelassen: Er reagiert nicht auf Signale.</numerusform>
            <numerusform>%n Kernel-Threads wurden ausgelassen: Sie reagieren nicht auf Signale.</numerusform>
        </translation>
    </message>
    <message>
        <source>End %1? Kaleido knows of no process it started.</source>
        <translation>%1 beenden? Kaleido kennt keinen Prozess, den er gestartet hat.</translation>
    </message>
    <message numerus="yes">
        <source>End %1 and every process it started: %n processes in all?</source>
        <translation>
            <numerusform>%1 und alle Prozesse beenden, die er gestartet hat: insgesamt %n Prozess?</numerusform>
            <numerusform>%1 und alle Prozesse beenden, die er gestartet hat: insgesamt %n Prozesse?</numerusform>
        </translation>
    </message>
    <message>
        <source>It is paused first (SIGSTOP) so that it cannot start new processes, then asked to end (SIGTERM) and let run again to do so. Processes it started meanwhile are found and ended too.</source>
        <translation>Er wird zuerst angehalten (SIGSTOP), damit er keine neuen Prozesse starten kann, dann gebeten, sich zu beenden (SIGTERM), und dazu wieder fortgesetzt. Prozesse, die er inzwischen gestartet hat, werden gefunden und ebenfalls beendet.</translation>
    </message>
    <message>
        <source>All of them are paused first (SIGSTOP) so that none can start new ones, then asked to end (SIGTERM) and let run again to do so. Processes they started meanwhile are found and ended too.</source>
        <translation>Alle werden zuerst angehalten (SIGSTOP), damit keiner neue starten kann, dann gebeten, sich zu beenden (SIGTERM), und dazu wieder fortgesetzt. Prozesse, die sie inzwischen gestartet haben, werden gefunden und ebenfalls beendet.</translation>
    </message>
    <message>
        <source>Kaleido itself is in this tree and is left running.</source>
        <translation>Kaleido selbst gehört zu diesem Baum und läuft weiter.</translation>
    </message>
    <message>
        <source>End Process Tree?</source>
        <translation>Prozessbaum beenden?</translation>
    </message>
    <message>
        <source>End Process</source>
        <translation>Prozess beenden</translation>
    </message>
    <message numerus="yes">
        <source>End %n Processes</source>
        <translation>
            <numerusform>%n Prozess beenden</numerusform>
            <numerusform>%n Prozesse beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>Prozess %1 (%2)</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessCgroups</name>
    <message>
        <source>expected “id:controllers:path”</source>
        <translation>„ID:Controller:Pfad“ erwartet</translation>
    </message>
    <message>
        <source>expected a hierarchy number, not “%1”</source>
        <translation>Hierarchienummer erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>the cgroup path is missing</source>
        <translation>der cgroup-Pfad fehlt</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The command name the kernel keeps for the task (comm, at most 15 bytes; threads may name themselves).</source>
        <translation>Der Befehlsname, den der Kernel für den Task speichert (comm, höchstens 15 Bytes; Threads können sich selbst benennen).</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Process ID: the thread group ID (TGID) that all threads of the process share.</source>
        <translation>Prozess-ID: die Thread-Gruppen-ID (TGID), die alle Threads des Prozesses gemeinsam haben.</translation>
    </message>
    <message>
        <source>TID</source>
        <translation>TID</translation>
    </message>
    <message>
        <source>Thread ID: each thread&apos;s own ID. The main thread&apos;s TID equals the PID.</source>
        <translation>Thread-ID: die eigene ID jedes Threads. Die TID des Haupt-Threads ist gleich der PID.</translation>
    </message>
    <message>
        <source>PPID</source>
        <translation>PPID</translation>
    </message>
    <message>
        <source>Parent process ID. When a parent exits, its children are adopted by init (PID 1) or by the nearest subreaper.</source>
        <translation>Elternprozess-ID. Wenn ein Elternprozess endet, werden seine Kindprozesse von init (PID 1) oder vom nächsten Subreaper übernommen.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The effective user the process runs as (the owner of /proc/PID).</source>
        <translation>Der effektive Benutzer, unter dem der Prozess läuft (der Eigentümer von /proc/PID).</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The scheduler state: R running or runnable, S sleeping (interruptible), D waiting uninterruptibly (usually for I/O), T stopped, t stopped by a debugger, Z zombie (exited, not yet reaped by its parent), I idle kernel thread.</source>
        <translation>Der Zustand im Scheduler: R laufend oder lauffähig, S schlafend (unterbrechbar), D ununterbrechbar wartend (meist auf E/A), T angehalten, t von einem Debugger angehalten, Z Zombie (beendet, vom Elternprozess noch nicht abgeholt), I Kernel-Thread im Leerlauf.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>How many threads the process has (its thread group).</source>
        <translation>Wie viele Threads der Prozess hat (seine Thread-Gruppe).</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU time used since the last refresh, in percent of one CPU: a process with two busy threads can show 200 %.</source>
        <translation>Seit der letzten Aktualisierung verbrauchte CPU-Zeit, in Prozent einer CPU: Ein Prozess mit zwei ausgelasteten Threads kann 200 % anzeigen.</translation>
    </message>
    <message>
        <source>User Time</source>
        <translation>Benutzerzeit</translation>
    </message>
    <message>
        <source>CPU time spent running the program&apos;s own code since it started (minutes:seconds).</source>
        <translation>CPU-Zeit, die seit dem Start für den eigenen Code des Programms aufgewendet wurde (Minuten:Sekunden).</translation>
    </message>
    <message>
        <source>System Time</source>
        <translation>Systemzeit</translation>
    </message>
    <message>
        <source>CPU time the kernel spent working for the process (system calls, page faults) since it started.</source>
        <translation>CPU-Zeit, in der der Kernel seit dem Start für den Prozess gearbeitet hat (Systemaufrufe, Seitenfehler).</translation>
    </message>
    <message>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <source>The nice value, −20 (most CPU) to 19 (least). Only normal and batch scheduling use it.</source>
        <translation>Der Nice-Wert, −20 (meiste CPU-Zeit) bis 19 (wenigste). Nur normales und Batch-Scheduling verwenden ihn.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>The kernel&apos;s priority as top shows it: 20 + nice for normal tasks, negative for real-time ones (−100 is the highest).</source>
        <translation>Die Priorität des Kernels, wie top sie anzeigt: 20 + Nice für normale Tasks, negativ für Echtzeit-Tasks (−100 ist die höchste).</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The scheduling policy: normal (CFS/EEVDF), batch, idle, or the real-time FIFO, round-robin and deadline policies.</source>
        <translation>Die Scheduling-Richtlinie: normal (CFS/EEVDF), batch, idle oder die Echtzeit-Richtlinien FIFO, Round-Robin und Deadline.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message>
        <source>Resident set size (RSS): memory of the process that is in RAM now, shared pages counted in full.</source>
        <translation>Resident Set Size (RSS): der Speicher des Prozesses, der sich gerade im RAM befindet; gemeinsam genutzte Seiten werden voll gezählt.</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtueller Speicher</translation>
    </message>
    <message>
        <source>Virtual size (VSZ): all address space the process has mapped, whether or not it is in RAM or was ever touched.</source>
        <translation>Virtuelle Größe (VSZ): der gesamte Adressraum, den der Prozess eingeblendet hat, unabhängig davon, ob er im RAM liegt oder je benutzt wurde.</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Proportionaler Speicher</translation>
    </message>
    <message>
        <source>Proportional set size (PSS): resident memory with each shared page divided among the processes sharing it. Costly: read from smaps_rollup for the visible rows only.</source>
        <translation>Proportional Set Size (PSS): residenter Speicher, wobei jede gemeinsam genutzte Seite auf die Prozesse aufgeteilt wird, die sie nutzen. Aufwendig: wird nur für die sichtbaren Zeilen aus smaps_rollup gelesen.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Memory of the process that is swapped out. Costly: read from smaps_rollup for the visible rows only.</source>
        <translation>Ausgelagerter Speicher des Prozesses. Aufwendig: wird nur für die sichtbaren Zeilen aus smaps_rollup gelesen.</translation>
    </message>
    <message>
        <source>Minor Faults</source>
        <translation>Minor Faults</translation>
    </message>
    <message>
        <source>Minor page faults per second: pages the kernel mapped without reading the disk (first touch of memory, pages already in the page cache).</source>
        <translation>Leichte Seitenfehler (Minor Faults) pro Sekunde: Seiten, die der Kernel ohne Lesen vom Datenträger eingeblendet hat (erster Zugriff auf Speicher, Seiten bereits im Seitencache).</translation>
    </message>
    <message>
        <source>Major Faults</source>
        <translation>Major Faults</translation>
    </message>
    <message>
        <source>Major page faults per second: pages that had to be read from disk or swap first.</source>
        <translation>Schwere Seitenfehler (Major Faults) pro Sekunde: Seiten, die erst vom Datenträger oder aus dem Swap gelesen werden mussten.</translation>
    </message>
    <message>
        <source>OOM Score</source>
        <translation>OOM-Bewertung</translation>
    </message>
    <message>
        <source>How likely the out-of-memory killer is to choose this process (the highest goes first). Read for the visible rows only.</source>
        <translation>Wie wahrscheinlich der OOM-Killer diesen Prozess wählt (der höchste Wert zuerst). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>OOM Adjust</source>
        <translation>OOM-Anpassung</translation>
    </message>
    <message>
        <source>oom_score_adj, −1000 (never chosen) to 1000 (chosen first), added to the OOM score. Read for the visible rows only.</source>
        <translation>oom_score_adj, −1000 (nie gewählt) bis 1000 (zuerst gewählt), wird zur OOM-Bewertung addiert. Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>When the process started (local time).</source>
        <translation>Wann der Prozess gestartet wurde (Ortszeit).</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>The controlling terminal, if the process has one.</source>
        <translation>Das steuernde Terminal, falls der Prozess eines hat.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Session ID: the PID of the session leader (usually the login shell or terminal).</source>
        <translation>Sitzungs-ID: die PID des Sitzungsleiters (meist die Login-Shell oder das Terminal).</translation>
    </message>
    <message>
        <source>Process Group</source>
        <translation>Prozessgruppe</translation>
    </message>
    <message>
        <source>Process group ID: the job a shell started; signals from the terminal go to the whole group.</source>
        <translation>Prozessgruppen-ID: der Job, den eine Shell gestartet hat; Signale vom Terminal gehen an die ganze Gruppe.</translation>
    </message>
    <message>
        <source>Control Group</source>
        <translation>Control Group</translation>
    </message>
    <message>
        <source>The cgroup (v2 path) that accounts and limits the process&apos;s resources. Read for the visible rows only.</source>
        <translation>Die cgroup (v2-Pfad), die die Ressourcen des Prozesses abrechnet und begrenzt. Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Command Line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>The program&apos;s arguments. Kernel threads and zombies have none and are shown in brackets, as ps does.</source>
        <translation>Die Argumente des Programms. Kernel-Threads und Zombies haben keine und werden wie bei ps in eckigen Klammern angezeigt.</translation>
    </message>
    <message>
        <source>PID Namespace</source>
        <translation>PID-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the PID namespace: processes showing the same number see the same PIDs. Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des PID-Namensraums: Prozesse mit derselben Nummer sehen dieselben PIDs. Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Mount Namespace</source>
        <translation>Mount-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the mount namespace: the same number means the same view of mounted file systems. Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des Mount-Namensraums: Dieselbe Nummer bedeutet dieselbe Sicht auf eingehängte Dateisysteme. Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Network Namespace</source>
        <translation>Netzwerk-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the network namespace (interfaces, routes, sockets). Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des Netzwerk-Namensraums (Schnittstellen, Routen, Sockets). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>User Namespace</source>
        <translation>Benutzer-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the user namespace (which user and group IDs and capabilities apply). Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des Benutzer-Namensraums (welche Benutzer- und Gruppen-IDs und Capabilities gelten). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>UTS Namespace</source>
        <translation>UTS-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the UTS namespace (host and domain name). Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des UTS-Namensraums (Rechner- und Domainname). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>IPC Namespace</source>
        <translation>IPC-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the IPC namespace (System V IPC, POSIX message queues). Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des IPC-Namensraums (System-V-IPC, POSIX-Nachrichtenwarteschlangen). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
    <message>
        <source>Cgroup Namespace</source>
        <translation>Cgroup-Namensraum</translation>
    </message>
    <message>
        <source>The inode number of the cgroup namespace (which part of the cgroup tree the process sees as its root). Read for the visible rows only.</source>
        <translation>Die Inode-Nummer des Cgroup-Namensraums (welchen Teil des cgroup-Baums der Prozess als seine Wurzel sieht). Wird nur für die sichtbaren Zeilen gelesen.</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessComm</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessDetailsModel</name>
    <message>
        <source>No process selected.</source>
        <translation>Kein Prozess ausgewählt.</translation>
    </message>
    <message>
        <source>This process has exited. The values shown are the last ones read.</source>
        <translation>Dieser Prozess wurde beendet. Die angezeigten Werte sind die zuletzt gelesenen.</translation>
    </message>
    <message>
        <source>This process has exited.</source>
        <translation>Dieser Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>This process has exited; PID %1 now belongs to another process (%2). The values shown are the last ones read.</source>
        <translation>Dieser Prozess wurde beendet; PID %1 gehört jetzt zu einem anderen Prozess (%2). Die angezeigten Werte sind die zuletzt gelesenen.</translation>
    </message>
    <message>
        <source>This process has exited; PID %1 now belongs to another process (%2).</source>
        <translation>Dieser Prozess wurde beendet; PID %1 gehört jetzt zu einem anderen Prozess (%2).</translation>
    </message>
    <message>
        <source>The details of PID %1 cannot be read: %2</source>
        <translation>Die Details von PID %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What the kernel reports; hover a row for an explanation</source>
        <translation>Was der Kernel meldet; für eine Erklärung mit der Maus auf eine Zeile zeigen</translation>
    </message>
    <message>
        <source>The value now, in words and units</source>
        <translation>Der aktuelle Wert, in Worten und Einheiten</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessDetailsPanel</name>
    <message>
        <source>Select a process to see its details: status, memory, open files, signals and more.</source>
        <translation>Wählen Sie einen Prozess aus, um seine Details zu sehen: Status, Speicher, offene Dateien, Signale und mehr.</translation>
    </message>
    <message>
        <source>The details of the process selected in the list appear here</source>
        <translation>Hier erscheinen die Details des in der Liste ausgewählten Prozesses</translation>
    </message>
    <message>
        <source>The process shown: its name, process ID and state</source>
        <translation>Der angezeigte Prozess: sein Name, seine Prozess-ID und sein Zustand</translation>
    </message>
    <message>
        <source>The process is not running any more; the details are frozen at the last reading</source>
        <translation>Der Prozess läuft nicht mehr; die Details zeigen den Stand der letzten Messung</translation>
    </message>
    <message>
        <source>Memory map…</source>
        <translation>Speicherbereiche …</translation>
    </message>
    <message>
        <source>Open the process&apos;s memory map: every mapped area with its size, permissions and file (/proc/PID/smaps)</source>
        <translation>Die Speicherbereiche des Prozesses öffnen: jeden eingeblendeten Bereich mit Größe, Zugriffsrechten und Datei (/proc/PID/smaps)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Name, state, IDs, start time and CPU time</source>
        <translation>Name, Zustand, IDs, Startzeit und CPU-Zeit</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Resident, virtual, swapped and proportional memory</source>
        <translation>Residenter, virtueller, ausgelagerter und proportionaler Speicher</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>User and group IDs and capabilities</source>
        <translation>Benutzer- und Gruppen-IDs und Capabilities</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Pending, blocked, ignored and caught signals</source>
        <translation>Ausstehende, blockierte, ignorierte und abgefangene Signale</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Scheduling policy, priority, CPU affinity, context switches and resource limits</source>
        <translation>Scheduling-Richtlinie, Priorität, CPU-Affinität, Kontextwechsel und Ressourcenlimits</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Open file descriptors: files, sockets, pipes and kernel objects</source>
        <translation>Offene Dateideskriptoren: Dateien, Sockets, Pipes und Kernelobjekte</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>The environment variables the process was started with</source>
        <translation>Die Umgebungsvariablen, mit denen der Prozess gestartet wurde</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Namespaces and control groups: is the process in a container or a slice</source>
        <translation>Namensräume und Control Groups: ob der Prozess in einem Container oder einem Slice läuft</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>The chain of parents up to PID 1 and the direct children; double-click one to show it</source>
        <translation>Die Kette der Elternprozesse bis PID 1 und die direkten Kindprozesse; zum Anzeigen doppelklicken</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>%1 — PID %2</source>
        <translation>%1 — PID %2</translation>
    </message>
    <message>
        <source>%1 — PID %2 — %3</source>
        <translation>%1 — PID %2 — %3</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessDetailsReader</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Users and groups</source>
        <translation>Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Offene Dateien</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namensräume</translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation>Control Groups</translation>
    </message>
    <message>
        <source>Ancestors</source>
        <translation>Vorfahren</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kindprozesse</translation>
    </message>
    <message>
        <source>Who the process is and what it is doing (/proc/PID/status and stat)</source>
        <translation>Wer der Prozess ist und was er gerade tut (/proc/PID/status und stat)</translation>
    </message>
    <message>
        <source>How much memory the process uses (/proc/PID/status and smaps_rollup)</source>
        <translation>Wie viel Speicher der Prozess belegt (/proc/PID/status und smaps_rollup)</translation>
    </message>
    <message>
        <source>The user and group identities the process acts as</source>
        <translation>Die Benutzer- und Gruppenidentitäten, unter denen der Prozess handelt</translation>
    </message>
    <message>
        <source>The parts of root&apos;s power the process holds (Cap* lines of /proc/PID/status)</source>
        <translation>Die Teile der Befugnisse von root, die der Prozess besitzt (Cap*-Zeilen von /proc/PID/status)</translation>
    </message>
    <message>
        <source>Which signals are waiting, blocked, ignored or handled (Sig* lines of /proc/PID/status)</source>
        <translation>Welche Signale ausstehen, blockiert, ignoriert oder behandelt werden (Sig*-Zeilen von /proc/PID/status)</translation>
    </message>
    <message>
        <source>How the kernel shares the CPUs with this process (/proc/PID/stat, status and sched)</source>
        <translation>Wie der Kernel diesem Prozess Anteile an den CPUs zuteilt (/proc/PID/stat, status und sched)</translation>
    </message>
    <message>
        <source>The resource limits set with ulimit or prlimit (/proc/PID/limits)</source>
        <translation>Die mit ulimit oder prlimit gesetzten Ressourcenlimits (/proc/PID/limits)</translation>
    </message>
    <message>
        <source>The open file descriptors and what each refers to (/proc/PID/fd)</source>
        <translation>Die offenen Dateideskriptoren und worauf jeder verweist (/proc/PID/fd)</translation>
    </message>
    <message>
        <source>The environment the process was started with (/proc/PID/environ)</source>
        <translation>Die Umgebung, mit der der Prozess gestartet wurde (/proc/PID/environ)</translation>
    </message>
    <message>
        <source>The namespaces the process is in; containers differ from PID 1 here (/proc/PID/ns)</source>
        <translation>Die Namensräume, in denen sich der Prozess befindet; bei Containern weichen sie hier von PID 1 ab (/proc/PID/ns)</translation>
    </message>
    <message>
        <source>The control groups that account and limit the process (/proc/PID/cgroup)</source>
        <translation>Die Control Groups, die den Prozess abrechnen und begrenzen (/proc/PID/cgroup)</translation>
    </message>
    <message>
        <source>The chain of parents from PID 1 down to this process; double-click one to show it</source>
        <translation>Die Kette der Elternprozesse von PID 1 bis zu diesem Prozess; zum Anzeigen doppelklicken</translation>
    </message>
    <message>
        <source>The processes this one started that still run; double-click one to show it</source>
        <translation>Die von diesem Prozess gestarteten Prozesse, die noch laufen; zum Anzeigen doppelklicken</translation>
    </message>
    <message>
        <source>This is another user&apos;s process: reading %1 needs root.</source>
        <translation>Das ist der Prozess eines anderen Benutzers: Das Lesen von %1 erfordert root.</translation>
    </message>
    <message>
        <source>This kernel does not provide %1.</source>
        <translation>Dieser Kernel stellt %1 nicht bereit.</translation>
    </message>
    <message>
        <source>The process exited while it was being read.</source>
        <translation>Der Prozess wurde beendet, während er gelesen wurde.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Kaleido could not read this part of the process&apos;s details; the value says why.</source>
        <translation>Kaleido konnte diesen Teil der Prozessdetails nicht lesen; der Wert nennt den Grund.</translation>
    </message>
    <message>
        <source>The kernel refused to let even root read %1: access to this process is restricted (by a security module, Yama&apos;s ptrace scope or a user namespace).</source>
        <translation>Der Kernel hat selbst root das Lesen von %1 verweigert: Der Zugriff auf diesen Prozess ist eingeschränkt (durch ein Sicherheitsmodul, den ptrace-Scope von Yama oder einen Benutzer-Namensraum).</translation>
    </message>
    <message>
        <source>(exited)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The command name the kernel keeps for the process (at most 15 bytes, set at exec or by the program itself).</source>
        <translation>Der Befehlsname, den der Kernel für den Prozess speichert (höchstens 15 Bytes, beim exec oder vom Programm selbst gesetzt).</translation>
    </message>
    <message>
        <source>none: a kernel thread has no command line</source>
        <translation>keine: Ein Kernel-Thread hat keine Befehlszeile</translation>
    </message>
    <message>
        <source>none: the process has released its memory</source>
        <translation>keine: Der Prozess hat seinen Speicher freigegeben</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>The program and the arguments it was started with (/proc/PID/cmdline). A program may overwrite them with a title.</source>
        <translation>Das Programm und die Argumente, mit denen es gestartet wurde (/proc/PID/cmdline). Ein Programm kann sie mit einem Titel überschreiben.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>R runs or waits for a CPU, S sleeps until something happens, D waits for the disk or the kernel and cannot be interrupted, T is stopped, Z has exited and waits for its parent to collect it, I is an idle kernel thread.</source>
        <translation>R läuft oder wartet auf eine CPU, S schläft, bis etwas geschieht, D wartet ununterbrechbar auf den Datenträger oder den Kernel, T ist angehalten, Z ist beendet und wartet darauf, dass sein Elternprozess ihn abholt, I ist ein Kernel-Thread im Leerlauf.</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>The number that names the process (PID).</source>
        <translation>Die Nummer, die den Prozess bezeichnet (PID).</translation>
    </message>
    <message>
        <source>Thread group ID</source>
        <translation>Thread-Gruppen-ID</translation>
    </message>
    <message>
        <source>The PID of the process this thread belongs to.</source>
        <translation>Die PID des Prozesses, zu dem dieser Thread gehört.</translation>
    </message>
    <message>
        <source>Parent process ID</source>
        <translation>Elternprozess-ID</translation>
    </message>
    <message>
        <source>The process that started this one, or adopted it when its own parent exited. 0 for PID 1 and kernel threads&apos; parent.</source>
        <translation>Der Prozess, der diesen gestartet oder ihn übernommen hat, als sein eigener Elternprozess endete. 0 für PID 1 und den Elternprozess der Kernel-Threads.</translation>
    </message>
    <message>
        <source>Process group</source>
        <translation>Prozessgruppe</translation>
    </message>
    <message>
        <source>Processes of one shell job share a process group; Ctrl+C goes to the whole group.</source>
        <translation>Die Prozesse eines Shell-Jobs teilen sich eine Prozessgruppe; Strg+C geht an die ganze Gruppe.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>The login session (the PID of its leader, usually a shell or a service manager).</source>
        <translation>Die Login-Sitzung (die PID ihres Leiters, meist eine Shell oder ein Dienstmanager).</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>The controlling terminal; none for services and kernel threads.</source>
        <translation>Das steuernde Terminal; keines bei Diensten und Kernel-Threads.</translation>
    </message>
    <message>
        <source>Traced by</source>
        <translation>Verfolgt von</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>PID %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>A debugger or strace that is attached to the process with ptrace (TracerPid).</source>
        <translation>Ein Debugger oder strace, der per ptrace mit dem Prozess verbunden ist (TracerPid).</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>How many threads the process runs.</source>
        <translation>Wie viele Threads der Prozess ausführt.</translation>
    </message>
    <message>
        <source>File mode mask</source>
        <translation>Dateimodusmaske</translation>
    </message>
    <message>
        <source>The umask: permission bits removed from every file and directory the process creates (0022 removes write access for group and others).</source>
        <translation>Die umask: Berechtigungsbits, die bei jeder Datei und jedem Verzeichnis entfernt werden, die der Prozess anlegt (0022 entfernt den Schreibzugriff für Gruppe und andere).</translation>
    </message>
    <message>
        <source>Kernel thread</source>
        <translation>Kernel-Thread</translation>
    </message>
    <message>
        <source>A kernel thread runs kernel code only: it has no user-space memory or command line.</source>
        <translation>Ein Kernel-Thread führt nur Kernelcode aus: Er hat weder Userspace-Speicher noch eine Befehlszeile.</translation>
    </message>
    <message>
        <source>%1 after boot</source>
        <translation>%1 nach dem Systemstart</translation>
    </message>
    <message>
        <source>%1 after boot, running for %2</source>
        <translation>%1 nach dem Systemstart, läuft seit %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>When the process started, counted from the boot, and how long it has run since.</source>
        <translation>Wann der Prozess gestartet wurde, gezählt ab dem Systemstart, und wie lange er seitdem läuft.</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>%1 s in the program, %2 s in the kernel</source>
        <translation>%1 s im Programm, %2 s im Kernel</translation>
    </message>
    <message>
        <source>CPU time used by all threads so far: running the program&apos;s own code (user) and the kernel working for it (system).</source>
        <translation>Bisher von allen Threads verbrauchte CPU-Zeit: für den eigenen Code des Programms (Benutzer) und für die Arbeit des Kernels in seinem Auftrag (System).</translation>
    </message>
    <message>
        <source>Page faults</source>
        <translation>Seitenfehler</translation>
    </message>
    <message>
        <source>%1 minor, %2 major</source>
        <translation>%1 leichte, %2 schwere</translation>
    </message>
    <message>
        <source>Minor faults map a page already in memory; major faults had to wait for the disk.</source>
        <translation>Leichte Seitenfehler (minor) blenden eine bereits im Speicher liegende Seite ein; schwere (major) mussten auf den Datenträger warten.</translation>
    </message>
    <message>
        <source>PID in namespaces</source>
        <translation>PID in Namensräumen</translation>
    </message>
    <message>
        <source>The process&apos;s number in each nested PID namespace, the outermost first: inside a container it has a different PID.</source>
        <translation>Die Nummer des Prozesses in jedem verschachtelten PID-Namensraum, der äußerste zuerst: Innerhalb eines Containers hat er eine andere PID.</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Keine neuen Rechte</translation>
    </message>
    <message>
        <source>When set, executing a set-user-ID program or one with file capabilities does not grant anything more.</source>
        <translation>Wenn gesetzt, verleiht das Ausführen eines Set-User-ID-Programms oder eines Programms mit Datei-Capabilities keine zusätzlichen Rechte.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>strict: only read, write, exit and sigreturn</source>
        <translation>strikt: nur read, write, exit und sigreturn</translation>
    </message>
    <message numerus="yes">
        <source>filter mode, filter programs: %n</source>
        <translation>
            <numerusform>Filtermodus, Filterprogramme: %n</numerusform>
            <numerusform>Filtermodus, Filterprogramme: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>System call filter</source>
        <translation>Systemaufruf-Filter</translation>
    </message>
    <message>
        <source>Seccomp: a sandbox that limits which system calls the process may make.</source>
        <translation>Seccomp: eine Sandbox, die einschränkt, welche Systemaufrufe der Prozess ausführen darf.</translation>
    </message>
    <message>
        <source>Descriptor table slots</source>
        <translation>Plätze in der Deskriptortabelle</translation>
    </message>
    <message>
        <source>How many file descriptors the process&apos;s table has room for now; it grows on demand.</source>
        <translation>Für wie viele Dateideskriptoren die Tabelle des Prozesses derzeit Platz hat; sie wächst bei Bedarf.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>User-space memory</source>
        <translation>Userspace-Speicher</translation>
    </message>
    <message>
        <source>none: a kernel thread only uses the kernel&apos;s memory</source>
        <translation>keiner: Ein Kernel-Thread nutzt nur den Speicher des Kernels</translation>
    </message>
    <message>
        <source>Kernel threads have no address space of their own.</source>
        <translation>Kernel-Threads haben keinen eigenen Adressraum.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message>
        <source>Memory of the process that is in RAM now, shared pages counted in full (VmRSS).</source>
        <translation>Der Speicher des Prozesses, der sich gerade im RAM befindet; gemeinsam genutzte Seiten werden voll gezählt (VmRSS).</translation>
    </message>
    <message>
        <source>Resident anonymous</source>
        <translation>Residenter anonymer Speicher</translation>
    </message>
    <message>
        <source>The resident part that belongs to no file: heap, stacks, private data (RssAnon).</source>
        <translation>Der residente Teil, der zu keiner Datei gehört: Heap, Stacks, private Daten (RssAnon).</translation>
    </message>
    <message>
        <source>Resident file pages</source>
        <translation>Residente Dateiseiten</translation>
    </message>
    <message>
        <source>The resident part that maps files: program code, libraries, mapped files (RssFile).</source>
        <translation>Der residente Teil, der Dateien einblendet: Programmcode, Bibliotheken, eingeblendete Dateien (RssFile).</translation>
    </message>
    <message>
        <source>Resident shared memory</source>
        <translation>Residenter gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>The resident part in shared memory and tmpfs (RssShmem).</source>
        <translation>Der residente Teil in gemeinsamem Speicher und tmpfs (RssShmem).</translation>
    </message>
    <message>
        <source>Swapped out</source>
        <translation>Ausgelagert</translation>
    </message>
    <message>
        <source>Anonymous memory of the process that was moved to swap (VmSwap).</source>
        <translation>Anonymer Speicher des Prozesses, der in den Swap ausgelagert wurde (VmSwap).</translation>
    </message>
    <message>
        <source>Peak resident</source>
        <translation>Residenter Höchstwert</translation>
    </message>
    <message>
        <source>The highest resident size so far (VmHWM).</source>
        <translation>Die bisher höchste residente Größe (VmHWM).</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <source>All address space the process has reserved, most of which need not be in memory (VmSize).</source>
        <translation>Der gesamte Adressraum, den der Prozess reserviert hat; der Großteil davon muss nicht im Speicher liegen (VmSize).</translation>
    </message>
    <message>
        <source>Peak virtual size</source>
        <translation>Höchste virtuelle Größe</translation>
    </message>
    <message>
        <source>The highest virtual size so far (VmPeak).</source>
        <translation>Die bisher höchste virtuelle Größe (VmPeak).</translation>
    </message>
    <message>
        <source>Data and heap</source>
        <translation>Daten und Heap</translation>
    </message>
    <message>
        <source>Private writable mappings: heap and data (VmData).</source>
        <translation>Private beschreibbare Mappings: Heap und Daten (VmData).</translation>
    </message>
    <message>
        <source>Main stack</source>
        <translation>Haupt-Stack</translation>
    </message>
    <message>
        <source>The main thread&apos;s stack (VmStk).</source>
        <translation>Der Stack des Haupt-Threads (VmStk).</translation>
    </message>
    <message>
        <source>Program code</source>
        <translation>Programmcode</translation>
    </message>
    <message>
        <source>The program&apos;s own code (VmExe).</source>
        <translation>Der eigene Code des Programms (VmExe).</translation>
    </message>
    <message>
        <source>Library code</source>
        <translation>Bibliothekscode</translation>
    </message>
    <message>
        <source>Code of shared libraries (VmLib).</source>
        <translation>Code gemeinsam genutzter Bibliotheken (VmLib).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Memory locked in RAM with mlock (VmLck).</source>
        <translation>Mit mlock im RAM gesperrter Speicher (VmLck).</translation>
    </message>
    <message>
        <source>Page tables</source>
        <translation>Seitentabellen</translation>
    </message>
    <message>
        <source>Kernel memory spent on the process&apos;s page tables (VmPTE).</source>
        <translation>Kernelspeicher, der für die Seitentabellen des Prozesses verwendet wird (VmPTE).</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Proportionaler Speicher</translation>
    </message>
    <message>
        <source>The resident size with each shared page divided among the processes that share it (PSS): the fairest single number for what this process costs.</source>
        <translation>Die residente Größe, wobei jede gemeinsam genutzte Seite auf die Prozesse aufgeteilt wird, die sie nutzen (PSS): die fairste einzelne Zahl dafür, was dieser Prozess kostet.</translation>
    </message>
    <message>
        <source>Proportional anonymous</source>
        <translation>Proportionaler anonymer Speicher</translation>
    </message>
    <message>
        <source>The anonymous part of PSS (Pss_Anon).</source>
        <translation>Der anonyme Teil von PSS (Pss_Anon).</translation>
    </message>
    <message>
        <source>Proportional file pages</source>
        <translation>Proportionale Dateiseiten</translation>
    </message>
    <message>
        <source>The file-backed part of PSS (Pss_File).</source>
        <translation>Der dateigestützte Teil von PSS (Pss_File).</translation>
    </message>
    <message>
        <source>Proportional shared memory</source>
        <translation>Proportionaler gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>The shared-memory part of PSS (Pss_Shmem).</source>
        <translation>Der Teil von PSS in gemeinsamem Speicher (Pss_Shmem).</translation>
    </message>
    <message>
        <source>Proportional swap</source>
        <translation>Proportionaler Swap</translation>
    </message>
    <message>
        <source>Swapped-out memory divided among its sharers (SwapPss).</source>
        <translation>Ausgelagerter Speicher, aufgeteilt auf die Prozesse, die ihn gemeinsam nutzen (SwapPss).</translation>
    </message>
    <message>
        <source>not readable: another user&apos;s process needs root</source>
        <translation>nicht lesbar: Beim Prozess eines anderen Benutzers ist root nötig</translation>
    </message>
    <message>
        <source>The proportional set size comes from /proc/PID/smaps_rollup.</source>
        <translation>Die Proportional Set Size stammt aus /proc/PID/smaps_rollup.</translation>
    </message>
    <message>
        <source>%1 resident</source>
        <translation>%1 resident</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>effektiv</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Who started the process; who may signal it.</source>
        <translation>Wer den Prozess gestartet hat; wer ihm Signale senden darf.</translation>
    </message>
    <message>
        <source>Whose permissions the process uses now for most checks.</source>
        <translation>Wessen Berechtigungen der Prozess derzeit für die meisten Prüfungen verwendet.</translation>
    </message>
    <message>
        <source>An identity the process may switch back to (set-user-ID programs keep their owner here).</source>
        <translation>Eine Identität, zu der der Prozess zurückwechseln kann (Set-User-ID-Programme bewahren hier ihren Eigentümer auf).</translation>
    </message>
    <message>
        <source>The identity used for file access checks; follows the effective one unless changed with setfsuid.</source>
        <translation>Die Identität für Prüfungen beim Dateizugriff; folgt der effektiven, sofern sie nicht mit setfsuid geändert wird.</translation>
    </message>
    <message>
        <source>User (%1)</source>
        <translation>Benutzer (%1)</translation>
    </message>
    <message>
        <source>Group (%1)</source>
        <translation>Gruppe (%1)</translation>
    </message>
    <message>
        <source>Supplementary groups</source>
        <translation>Zusätzliche Gruppen</translation>
    </message>
    <message>
        <source>Further groups whose access the process has, besides its own group.</source>
        <translation>Weitere Gruppen, deren Zugriffsrechte der Prozess neben seiner eigenen Gruppe hat.</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effektiv</translation>
    </message>
    <message>
        <source>The capabilities the kernel checks now: each lets the process do one thing that normally only root may (CapEff).</source>
        <translation>Die Capabilities, die der Kernel derzeit prüft: Jede erlaubt dem Prozess eine Sache, die normalerweise nur root darf (CapEff).</translation>
    </message>
    <message>
        <source>Permitted</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>The capabilities the process may make effective (CapPrm).</source>
        <translation>Die Capabilities, die der Prozess effektiv machen darf (CapPrm).</translation>
    </message>
    <message>
        <source>Inheritable</source>
        <translation>Vererbbar</translation>
    </message>
    <message>
        <source>Capabilities that a program it executes may keep, if that program&apos;s file allows it (CapInh).</source>
        <translation>Capabilities, die ein von ihm ausgeführtes Programm behalten darf, wenn die Datei dieses Programms es erlaubt (CapInh).</translation>
    </message>
    <message>
        <source>Ambient</source>
        <translation>Ambient</translation>
    </message>
    <message>
        <source>Capabilities that survive executing an ordinary program (CapAmb).</source>
        <translation>Capabilities, die das Ausführen eines gewöhnlichen Programms überdauern (CapAmb).</translation>
    </message>
    <message>
        <source>Bounding set</source>
        <translation>Begrenzungsmenge</translation>
    </message>
    <message>
        <source>The most this process and its children can ever gain (CapBnd).</source>
        <translation>Das Höchste, was dieser Prozess und seine Kindprozesse je erlangen können (CapBnd).</translation>
    </message>
    <message numerus="yes">
        <source>%n effective</source>
        <translation>
            <numerusform>%n effektiv</numerusform>
            <numerusform>%n effektiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending for the thread</source>
        <translation>Ausstehend für den Thread</translation>
    </message>
    <message>
        <source>Signals sent to this thread that it has not handled yet (SigPnd).</source>
        <translation>An diesen Thread gesendete Signale, die er noch nicht behandelt hat (SigPnd).</translation>
    </message>
    <message>
        <source>Pending for the process</source>
        <translation>Ausstehend für den Prozess</translation>
    </message>
    <message>
        <source>Signals sent to the whole process that no thread has handled yet (ShdPnd).</source>
        <translation>An den ganzen Prozess gesendete Signale, die noch kein Thread behandelt hat (ShdPnd).</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Signals the process holds back for now (sigprocmask); they wait as pending (SigBlk).</source>
        <translation>Signale, die der Prozess vorerst zurückhält (sigprocmask); sie warten als ausstehend (SigBlk).</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Signals the process throws away when they arrive (SigIgn).</source>
        <translation>Signale, die der Prozess bei ihrem Eintreffen verwirft (SigIgn).</translation>
    </message>
    <message>
        <source>Caught</source>
        <translation>Abgefangen</translation>
    </message>
    <message>
        <source>Signals the process handles with its own function instead of the default action (SigCgt).</source>
        <translation>Signale, die der Prozess statt mit der Standardaktion mit einer eigenen Funktion behandelt (SigCgt).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1 von höchstens %2</translation>
    </message>
    <message>
        <source>Signals queued for the process&apos;s real user, and the limit (RLIMIT_SIGPENDING).</source>
        <translation>Für den realen Benutzer des Prozesses in die Warteschlange gestellte Signale und das Limit (RLIMIT_SIGPENDING).</translation>
    </message>
    <message numerus="yes">
        <source>%n caught</source>
        <translation>
            <numerusform>%n abgefangen</numerusform>
            <numerusform>%n abgefangen</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>How the scheduler treats the process: OTHER is the normal time sharing, BATCH and IDLE give way to others, FIFO and RR are real-time and run before all normal processes.</source>
        <translation>Wie der Scheduler den Prozess behandelt: OTHER ist das normale Zeitteilungsverfahren, BATCH und IDLE lassen anderen den Vortritt, FIFO und RR sind Echtzeit-Richtlinien und laufen vor allen normalen Prozessen.</translation>
    </message>
    <message>
        <source>Real-time priority</source>
        <translation>Echtzeitpriorität</translation>
    </message>
    <message>
        <source>1 to 99: a higher real-time priority always runs first.</source>
        <translation>1 bis 99: Eine höhere Echtzeitpriorität läuft immer zuerst.</translation>
    </message>
    <message>
        <source>Nice</source>
        <translation>Nice</translation>
    </message>
    <message>
        <source>not used by this policy</source>
        <translation>von dieser Richtlinie nicht verwendet</translation>
    </message>
    <message>
        <source>−20 to 19: a higher nice value gives the process a smaller share of the CPU when others want it too.</source>
        <translation>−20 bis 19: Ein höherer Nice-Wert gibt dem Prozess einen kleineren Anteil an der CPU, wenn auch andere sie beanspruchen.</translation>
    </message>
    <message>
        <source>Kernel priority</source>
        <translation>Kernelpriorität</translation>
    </message>
    <message>
        <source>The priority as /proc/PID/stat gives it: 20 + nice for normal processes, −2 to −100 for real-time ones.</source>
        <translation>Die Priorität, wie /proc/PID/stat sie angibt: 20 + Nice für normale Prozesse, −2 bis −100 für Echtzeitprozesse.</translation>
    </message>
    <message>
        <source>Last CPU</source>
        <translation>Letzte CPU</translation>
    </message>
    <message>
        <source>The CPU the process ran on most recently.</source>
        <translation>Die CPU, auf der der Prozess zuletzt gelaufen ist.</translation>
    </message>
    <message>
        <source>Allowed CPUs</source>
        <translation>Erlaubte CPUs</translation>
    </message>
    <message>
        <source>The CPUs the process may run on (its affinity, set with taskset or by its cgroup).</source>
        <translation>Die CPUs, auf denen der Prozess laufen darf (seine Affinität, gesetzt mit taskset oder durch seine cgroup).</translation>
    </message>
    <message>
        <source>Allowed memory nodes</source>
        <translation>Erlaubte Speicherknoten</translation>
    </message>
    <message>
        <source>The NUMA memory nodes the process may take memory from.</source>
        <translation>Die NUMA-Speicherknoten, von denen der Prozess Speicher beziehen darf.</translation>
    </message>
    <message>
        <source>Voluntary switches</source>
        <translation>Freiwillige Wechsel</translation>
    </message>
    <message>
        <source>How often the process gave up the CPU itself, to wait for something.</source>
        <translation>Wie oft der Prozess die CPU selbst abgegeben hat, um auf etwas zu warten.</translation>
    </message>
    <message>
        <source>Involuntary switches</source>
        <translation>Unfreiwillige Wechsel</translation>
    </message>
    <message>
        <source>How often the scheduler took the CPU away because its time was up or a more important task woke up.</source>
        <translation>Wie oft der Scheduler ihm die CPU entzogen hat, weil seine Zeit abgelaufen war oder ein wichtigerer Task aufgewacht ist.</translation>
    </message>
    <message>
        <source>Scheduler statistics</source>
        <translation>Scheduler-Statistik</translation>
    </message>
    <message>
        <source>not available: this kernel was built without CONFIG_SCHED_DEBUG</source>
        <translation>nicht verfügbar: Dieser Kernel wurde ohne CONFIG_SCHED_DEBUG gebaut</translation>
    </message>
    <message>
        <source>The scheduler&apos;s own counters come from /proc/PID/sched.</source>
        <translation>Die eigenen Zähler des Schedulers stammen aus /proc/PID/sched.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time on a CPU</source>
        <translation>Zeit auf einer CPU</translation>
    </message>
    <message>
        <source>All the time the process has run on a CPU, measured by the scheduler (se.sum_exec_runtime).</source>
        <translation>Die gesamte Zeit, die der Prozess auf einer CPU gelaufen ist, vom Scheduler gemessen (se.sum_exec_runtime).</translation>
    </message>
    <message>
        <source>Virtual run time</source>
        <translation>Virtuelle Laufzeit</translation>
    </message>
    <message>
        <source>The fair scheduler&apos;s running total, weighted by nice: the task with the least runs next (se.vruntime).</source>
        <translation>Die laufende Summe des Fair-Schedulers, gewichtet nach Nice: Der Task mit dem kleinsten Wert läuft als Nächstes (se.vruntime).</translation>
    </message>
    <message>
        <source>Moves between CPUs</source>
        <translation>Wechsel zwischen CPUs</translation>
    </message>
    <message>
        <source>How often the scheduler moved the process to another CPU (se.nr_migrations).</source>
        <translation>Wie oft der Scheduler den Prozess auf eine andere CPU verschoben hat (se.nr_migrations).</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source>Voluntary and involuntary switches together, as the scheduler counts them (nr_switches).</source>
        <translation>Freiwillige und unfreiwillige Wechsel zusammen, wie der Scheduler sie zählt (nr_switches).</translation>
    </message>
    <message>
        <source>Load weight</source>
        <translation>Lastgewicht</translation>
    </message>
    <message>
        <source>The share of the CPU the process gets relative to others; 1048576 is nice 0 (se.load.weight).</source>
        <translation>Der Anteil an der CPU, den der Prozess im Verhältnis zu anderen bekommt; 1048576 entspricht Nice 0 (se.load.weight).</translation>
    </message>
    <message>
        <source>Recent utilisation</source>
        <translation>Aktuelle Auslastung</translation>
    </message>
    <message>
        <source>How busy the process has kept a CPU lately, 0 to 1024 (se.avg.util_avg).</source>
        <translation>Wie stark der Prozess eine CPU in letzter Zeit ausgelastet hat, 0 bis 1024 (se.avg.util_avg).</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessFds</name>
    <message>
        <source>“%1” is not a descriptor number</source>
        <translation>„%1“ ist keine Deskriptornummer</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessIo</name>
    <message>
        <source>expected “name: value”</source>
        <translation>„Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>expected a number after “%1:”</source>
        <translation>Zahl nach „%1:“ erwartet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessLimits</name>
    <message>
        <source>expected a limit name, a soft and a hard limit</source>
        <translation>Name eines Limits, ein Soft- und ein Hard-Limit erwartet</translation>
    </message>
    <message>
        <source>no limit could be read</source>
        <translation>kein Limit konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessNamespaces</name>
    <message>
        <source>expected “type:[inode]”, not “%1”</source>
        <translation>„Typ:[Inode]“ erwartet, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessResourcesReader</name>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>CPU time the process may use before it gets SIGXCPU (RLIMIT_CPU).</source>
        <translation>CPU-Zeit, die der Prozess verbrauchen darf, bevor er SIGXCPU erhält (RLIMIT_CPU).</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>The largest file the process may write (RLIMIT_FSIZE).</source>
        <translation>Die größte Datei, die der Prozess schreiben darf (RLIMIT_FSIZE).</translation>
    </message>
    <message>
        <source>Data size</source>
        <translation>Datengröße</translation>
    </message>
    <message>
        <source>The most heap and data memory (RLIMIT_DATA).</source>
        <translation>Das Maximum an Heap- und Datenspeicher (RLIMIT_DATA).</translation>
    </message>
    <message>
        <source>Stack size</source>
        <translation>Stack-Größe</translation>
    </message>
    <message>
        <source>The largest main-thread stack (RLIMIT_STACK).</source>
        <translation>Der größte Stack des Haupt-Threads (RLIMIT_STACK).</translation>
    </message>
    <message>
        <source>Core dump size</source>
        <translation>Core-Dump-Größe</translation>
    </message>
    <message>
        <source>The largest core dump written when the process crashes; 0 means none (RLIMIT_CORE).</source>
        <translation>Der größte Core-Dump, der beim Absturz des Prozesses geschrieben wird; 0 bedeutet keiner (RLIMIT_CORE).</translation>
    </message>
    <message>
        <source>Resident set</source>
        <translation>Resident Set</translation>
    </message>
    <message>
        <source>Not enforced by Linux any more (RLIMIT_RSS).</source>
        <translation>Wird von Linux nicht mehr durchgesetzt (RLIMIT_RSS).</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>How many processes and threads the process&apos;s user may have (RLIMIT_NPROC).</source>
        <translation>Wie viele Prozesse und Threads der Benutzer des Prozesses haben darf (RLIMIT_NPROC).</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Offene Dateien</translation>
    </message>
    <message>
        <source>One more than the highest file descriptor number the process may open (RLIMIT_NOFILE).</source>
        <translation>Eins mehr als die höchste Dateideskriptornummer, die der Prozess öffnen darf (RLIMIT_NOFILE).</translation>
    </message>
    <message>
        <source>Locked memory</source>
        <translation>Gesperrter Speicher</translation>
    </message>
    <message>
        <source>Memory the process may lock in RAM (RLIMIT_MEMLOCK).</source>
        <translation>Speicher, den der Prozess im RAM sperren darf (RLIMIT_MEMLOCK).</translation>
    </message>
    <message>
        <source>Address space</source>
        <translation>Adressraum</translation>
    </message>
    <message>
        <source>The largest virtual size (RLIMIT_AS).</source>
        <translation>Die maximale virtuelle Größe (RLIMIT_AS).</translation>
    </message>
    <message>
        <source>File locks</source>
        <translation>Dateisperren</translation>
    </message>
    <message>
        <source>Not enforced by Linux any more (RLIMIT_LOCKS).</source>
        <translation>Wird von Linux nicht mehr durchgesetzt (RLIMIT_LOCKS).</translation>
    </message>
    <message>
        <source>Pending signals</source>
        <translation>Ausstehende Signale</translation>
    </message>
    <message>
        <source>How many signals may be queued for the process&apos;s user (RLIMIT_SIGPENDING).</source>
        <translation>Wie viele Signale für den Benutzer des Prozesses in der Warteschlange stehen dürfen (RLIMIT_SIGPENDING).</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>Bytes the user may allocate for POSIX message queues (RLIMIT_MSGQUEUE).</source>
        <translation>Bytes, die der Benutzer für POSIX-Nachrichtenwarteschlangen belegen darf (RLIMIT_MSGQUEUE).</translation>
    </message>
    <message>
        <source>Nice ceiling</source>
        <translation>Nice-Obergrenze</translation>
    </message>
    <message>
        <source>How far the process may raise its priority: 20 − this value is the lowest nice it may set (RLIMIT_NICE).</source>
        <translation>Wie weit der Prozess seine Priorität erhöhen darf: 20 − dieser Wert ist der niedrigste Nice-Wert, den er setzen darf (RLIMIT_NICE).</translation>
    </message>
    <message>
        <source>Real-time priority</source>
        <translation>Echtzeitpriorität</translation>
    </message>
    <message>
        <source>The highest real-time priority the process may set without privileges (RLIMIT_RTPRIO).</source>
        <translation>Die höchste Echtzeitpriorität, die der Prozess ohne besondere Rechte setzen darf (RLIMIT_RTPRIO).</translation>
    </message>
    <message>
        <source>Real-time CPU time</source>
        <translation>Echtzeit-CPU-Zeit</translation>
    </message>
    <message>
        <source>CPU time a real-time process may use without sleeping (RLIMIT_RTTIME).</source>
        <translation>CPU-Zeit, die ein Echtzeitprozess verbrauchen darf, ohne zu schlafen (RLIMIT_RTTIME).</translation>
    </message>
    <message>
        <source>Control groups: which part of the cgroup tree the process sees as its root.</source>
        <translation>Control Groups: welchen Teil des cgroup-Baums der Prozess als seine Wurzel sieht.</translation>
    </message>
    <message>
        <source>Inter-process communication: System V shared memory, semaphores and message queues.</source>
        <translation>Interprozesskommunikation: gemeinsamer Speicher, Semaphoren und Nachrichtenwarteschlangen von System V.</translation>
    </message>
    <message>
        <source>Mounts: the file systems the process sees.</source>
        <translation>Einhängungen: die Dateisysteme, die der Prozess sieht.</translation>
    </message>
    <message>
        <source>Network: interfaces, addresses, routes, firewall rules and ports.</source>
        <translation>Netzwerk: Schnittstellen, Adressen, Routen, Firewall-Regeln und Ports.</translation>
    </message>
    <message>
        <source>Process IDs: which processes it sees.</source>
        <translation>Prozess-IDs: welche Prozesse er sieht.</translation>
    </message>
    <message>
        <source>The PID namespace its future children will be in.</source>
        <translation>Der PID-Namensraum, in dem seine künftigen Kindprozesse sein werden.</translation>
    </message>
    <message>
        <source>Time: offsets of the monotonic and boot-time clocks.</source>
        <translation>Zeit: Versätze der monotonen Uhr und der Uhr seit dem Systemstart.</translation>
    </message>
    <message>
        <source>The time namespace its future children will be in.</source>
        <translation>Der Zeit-Namensraum, in dem seine künftigen Kindprozesse sein werden.</translation>
    </message>
    <message>
        <source>Users: user and group IDs and capabilities; root inside may be an ordinary user outside.</source>
        <translation>Benutzer: Benutzer- und Gruppen-IDs und Capabilities; root im Inneren kann außerhalb ein gewöhnlicher Benutzer sein.</translation>
    </message>
    <message>
        <source>Host name and domain name.</source>
        <translation>Rechnername und Domainname.</translation>
    </message>
    <message>
        <source>(exited)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 (soft and hard)</source>
        <translation>%1 (Soft- und Hard-Limit)</translation>
    </message>
    <message>
        <source>%1, hard limit %2</source>
        <translation>%1, Hard-Limit %2</translation>
    </message>
    <message>
        <source>The soft limit applies; the process may raise it up to the hard limit.</source>
        <translation>Es gilt das Soft-Limit; der Prozess darf es bis zum Hard-Limit anheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n limited</source>
        <translation>
            <numerusform>%n begrenzt</numerusform>
            <numerusform>%n begrenzt</numerusform>
        </translation>
    </message>
    <message>
        <source>This is another user&apos;s process: listing its open files needs root.</source>
        <translation>Das ist der Prozess eines anderen Benutzers: Das Auflisten seiner offenen Dateien erfordert root.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>anon inode</source>
        <translation>Anon-Inode</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>deleted file</source>
        <translation>gelöschte Datei</translation>
    </message>
    <message>
        <source>A file, directory or device.</source>
        <translation>Eine Datei, ein Verzeichnis oder ein Gerät.</translation>
    </message>
    <message>
        <source>A network or local socket; the number is its inode, which /proc/net lists.</source>
        <translation>Ein Netzwerk- oder lokaler Socket; die Nummer ist sein Inode, den /proc/net auflistet.</translation>
    </message>
    <message>
        <source>One end of a pipe; the process at the other end has the same inode number.</source>
        <translation>Ein Ende einer Pipe; der Prozess am anderen Ende hat dieselbe Inode-Nummer.</translation>
    </message>
    <message>
        <source>A kernel object without a file: an eventfd, epoll, timerfd, signalfd, inotify or similar.</source>
        <translation>Ein Kernelobjekt ohne Datei: eventfd, epoll, timerfd, signalfd, inotify oder Ähnliches.</translation>
    </message>
    <message>
        <source>Another kind of kernel object, such as an open namespace.</source>
        <translation>Eine andere Art von Kernelobjekt, etwa ein geöffneter Namensraum.</translation>
    </message>
    <message>
        <source>A file that was deleted while open: its space is freed when it is closed.</source>
        <translation>Eine Datei, die gelöscht wurde, während sie geöffnet war: Ihr Platz wird freigegeben, wenn sie geschlossen wird.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message numerus="yes">
        <source>not listed: %n more</source>
        <translation>
            <numerusform>nicht aufgeführt: %n weiterer</numerusform>
            <numerusform>nicht aufgeführt: %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n descriptors are read on each refresh, so that a process with very many cannot slow Kaleido down.</source>
        <translation>
            <numerusform>Bei jeder Aktualisierung wird nur %n Deskriptor gelesen, damit ein Prozess mit sehr vielen Kaleido nicht ausbremsen kann.</numerusform>
            <numerusform>Bei jeder Aktualisierung werden nur die ersten %n Deskriptoren gelesen, damit ein Prozess mit sehr vielen Kaleido nicht ausbremsen kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>no open file descriptors</source>
        <translation>keine offenen Dateideskriptoren</translation>
    </message>
    <message>
        <source>Kernel threads and exiting processes have no open files.</source>
        <translation>Kernel-Threads und sich beendende Prozesse haben keine offenen Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a kernel thread has no environment</source>
        <translation>ein Kernel-Thread hat keine Umgebung</translation>
    </message>
    <message>
        <source>Kernel threads are not started from a program, so they have no environment.</source>
        <translation>Kernel-Threads werden nicht aus einem Programm gestartet, daher haben sie keine Umgebung.</translation>
    </message>
    <message>
        <source>Only the process&apos;s owner and root may read its environment; this is another user&apos;s process.</source>
        <translation>Nur der Eigentümer des Prozesses und root dürfen seine Umgebung lesen; das ist der Prozess eines anderen Benutzers.</translation>
    </message>
    <message>
        <source>An environment variable, as the process was started with it; later changes the program makes itself do not show here.</source>
        <translation>Eine Umgebungsvariable, wie sie beim Start des Prozesses gesetzt war; spätere Änderungen durch das Programm selbst erscheinen hier nicht.</translation>
    </message>
    <message>
        <source>(no “=” in this entry)</source>
        <translation>(kein „=“ in diesem Eintrag)</translation>
    </message>
    <message>
        <source>the environment is empty</source>
        <translation>die Umgebung ist leer</translation>
    </message>
    <message>
        <source>The process was started without environment variables, or has released its memory.</source>
        <translation>Der Prozess wurde ohne Umgebungsvariablen gestartet oder hat seinen Speicher freigegeben.</translation>
    </message>
    <message>
        <source>This is another user&apos;s process: reading its namespaces needs root.</source>
        <translation>Das ist der Prozess eines anderen Benutzers: Das Lesen seiner Namensräume erfordert root.</translation>
    </message>
    <message>
        <source>%1, the same as PID 1</source>
        <translation>%1, derselbe wie bei PID 1</translation>
    </message>
    <message>
        <source>%1, different from PID 1 (%2)</source>
        <translation>%1, anders als bei PID 1 (%2)</translation>
    </message>
    <message>
        <source>Processes with the same number share the namespace; the number is the inode of /proc/PID/ns/%1.</source>
        <translation>Prozesse mit derselben Nummer teilen sich den Namensraum; die Nummer ist der Inode von /proc/PID/ns/%1.</translation>
    </message>
    <message>
        <source>the same as PID 1</source>
        <translation>dieselben wie bei PID 1</translation>
    </message>
    <message numerus="yes">
        <source>different from PID 1: %n</source>
        <translation>
            <numerusform>anders als bei PID 1: %n</numerusform>
            <numerusform>anders als bei PID 1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>unified (v2)</source>
        <translation>vereinheitlicht (v2)</translation>
    </message>
    <message>
        <source>The process&apos;s group in the unified cgroup v2 hierarchy, below /sys/fs/cgroup. Its limits and accounting apply to the process.</source>
        <translation>Die Gruppe des Prozesses in der vereinheitlichten cgroup-v2-Hierarchie unterhalb von /sys/fs/cgroup. Ihre Limits und ihre Abrechnung gelten für den Prozess.</translation>
    </message>
    <message>
        <source>The process&apos;s group in a cgroup v1 hierarchy with these controllers.</source>
        <translation>Die Gruppe des Prozesses in einer cgroup-v1-Hierarchie mit diesen Controllern.</translation>
    </message>
    <message>
        <source>the process is in no control group</source>
        <translation>der Prozess ist in keiner Control Group</translation>
    </message>
    <message>
        <source>The kernel lists no hierarchy for this process.</source>
        <translation>Der Kernel listet für diesen Prozess keine Hierarchie auf.</translation>
    </message>
    <message>
        <source>Double-click to show this process&apos;s details.</source>
        <translation>Doppelklicken, um die Details dieses Prozesses anzuzeigen.</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>PID 1 is the first process; it has no parent</source>
        <translation>PID 1 ist der erste Prozess; er hat keinen Elternprozess</translation>
    </message>
    <message>
        <source>started by the kernel itself</source>
        <translation>vom Kernel selbst gestartet</translation>
    </message>
    <message>
        <source>PID 1 and the kernel thread daemon (PID 2) are started by the kernel.</source>
        <translation>PID 1 und der Kernel-Thread-Daemon (PID 2) werden vom Kernel gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n children are named on each refresh.</source>
        <translation>
            <numerusform>Bei jeder Aktualisierung wird nur %n Kindprozess genannt.</numerusform>
            <numerusform>Bei jeder Aktualisierung werden nur die ersten %n Kindprozesse genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>no child processes</source>
        <translation>keine Kindprozesse</translation>
    </message>
    <message>
        <source>The process has not started any process that still runs.</source>
        <translation>Der Prozess hat keinen Prozess gestartet, der noch läuft.</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessSampler</name>
    <message>
        <source>expected “%1 (command) state” and at least 24 fields</source>
        <translation>„%1 (Befehl) Zustand“ und mindestens 24 Felder erwartet</translation>
    </message>
    <message>
        <source>a field is out of range</source>
        <translation>ein Feld liegt außerhalb des gültigen Bereichs</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessSched</name>
    <message>
        <source>expected “key : value”</source>
        <translation>„Schlüssel : Wert“ erwartet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>no field could be read</source>
        <translation>kein Feld konnte gelesen werden</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessSettingDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>, owned by %1</source>
        <translation>, Eigentümer %1</translation>
    </message>
    <message>
        <source> — this is Kaleido itself</source>
        <translation> – das ist Kaleido selbst</translation>
    </message>
    <message>
        <source>The process this window changes</source>
        <translation>Der Prozess, den dieses Fenster ändert</translation>
    </message>
    <message>
        <source>The value the kernel has now for this process</source>
        <translation>Der Wert, den der Kernel derzeit für diesen Prozess hat</translation>
    </message>
    <message>
        <source>What applying the chosen value involves</source>
        <translation>Was das Übernehmen des gewählten Werts mit sich bringt</translation>
    </message>
    <message>
        <source>What this setting means</source>
        <translation>Was diese Einstellung bedeutet</translation>
    </message>
    <message>
        <source>What happened to the last change</source>
        <translation>Was bei der letzten Änderung geschehen ist</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>%1 has exited, or its PID now names another process: there is nothing to change.</source>
        <translation>%1 wurde beendet, oder seine PID bezeichnet jetzt einen anderen Prozess: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Changed: %1 → %2. </source>
        <translation>Geändert: %1 → %2. </translation>
    </message>
    <message>
        <source>Not changed. </source>
        <translation>Nicht geändert. </translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessSyscall</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected “running” or a system call number, not “%1”</source>
        <translation>„running“ oder eine Systemaufrufnummer erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>expected a hex number, not “%1”</source>
        <translation>Hexadezimalzahl erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>expected the stack pointer and the program counter</source>
        <translation>Stackpointer und Programmzähler erwartet</translation>
    </message>
    <message>
        <source>“-1” is followed only by the stack pointer and the program counter</source>
        <translation>auf „-1“ folgen nur der Stackpointer und der Programmzähler</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessWchan</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected one symbol name, not “%1”</source>
        <translation>genau einen Symbolnamen erwartet, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>kaleido::ProcessesPage</name>
    <message>
        <source>Only &amp;mine</source>
        <translation>Nur &amp;meine</translation>
    </message>
    <message>
        <source>&amp;Kernel threads</source>
        <translation>&amp;Kernel-Threads</translation>
    </message>
    <message>
        <source>T&amp;hreads</source>
        <translation>&amp;Threads</translation>
    </message>
    <message>
        <source>Find by name, command line, user or PID</source>
        <translation>Nach Name, Befehlszeile, Benutzer oder PID suchen</translation>
    </message>
    <message>
        <source>Shows the processes whose name, command line or user contains every word typed, or whose PID or TID is a number typed. In the tree, their parents stay visible.</source>
        <translation>Zeigt die Prozesse, deren Name, Befehlszeile oder Benutzer jedes eingegebene Wort enthält oder deren PID oder TID eine der eingegebenen Zahlen ist. Im Baum bleiben ihre Elternprozesse sichtbar.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Every process in one sortable list</source>
        <translation>Alle Prozesse in einer sortierbaren Liste</translation>
    </message>
    <message>
        <source>Each process under the process that started it, as pstree draws it; kernel threads under kthreadd</source>
        <translation>Jeder Prozess unter dem Prozess, der ihn gestartet hat, wie pstree es zeichnet; Kernel-Threads unter kthreadd</translation>
    </message>
    <message>
        <source>Session → process group → process: how a shell&apos;s jobs and terminals are organised (job control)</source>
        <translation>Sitzung → Prozessgruppe → Prozess: wie die Jobs und Terminals einer Shell organisiert sind (Job-Steuerung)</translation>
    </message>
    <message>
        <source>How processes are arranged: a table, a tree by parent, or by session and process group</source>
        <translation>Wie die Prozesse angeordnet werden: als Tabelle, als Baum nach Elternprozess oder nach Sitzung und Prozessgruppe</translation>
    </message>
    <message>
        <source>Show only the processes running as you (uid %1)</source>
        <translation>Nur die Prozesse anzeigen, die als Sie laufen (uid %1)</translation>
    </message>
    <message>
        <source>Show the kernel&apos;s own threads (kworker, ksoftirqd, …), which run kernel code only and have no user memory</source>
        <translation>Die eigenen Threads des Kernels anzeigen (kworker, ksoftirqd, …), die nur Kernelcode ausführen und keinen Userspace-Speicher haben</translation>
    </message>
    <message>
        <source>Show each process&apos;s threads beneath it (read from /proc/PID/task; costs a little more on every refresh)</source>
        <translation>Die Threads jedes Prozesses unter ihm anzeigen (aus /proc/PID/task gelesen; kostet bei jeder Aktualisierung etwas mehr)</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>Dar&amp;stellung:</translation>
    </message>
    <message>
        <source>Click to sort by a column; right-click to choose the columns</source>
        <translation>Zum Sortieren auf eine Spalte klicken; Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>How many processes and threads the kernel lists, how many are shown, and how long the last refresh took</source>
        <translation>Wie viele Prozesse und Threads der Kernel auflistet, wie viele angezeigt werden und wie lange die letzte Aktualisierung gedauert hat</translation>
    </message>
    <message>
        <source>%1 processes, %2 threads</source>
        <translation>%1 Prozesse, %2 Threads</translation>
    </message>
    <message>
        <source>%1 processes</source>
        <translation>%1 Prozesse</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source> · read in %1 ms, shown in %2 ms</source>
        <translation> · gelesen in %1 ms, angezeigt in %2 ms</translation>
    </message>
    <message>
        <source>Find Process</source>
        <translation>Prozess suchen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>kaleido::RefreshClock</name>
    <message>
        <source>%1 s</source>
        <extracomment>a refresh interval in seconds, e.g. &quot;0.5 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Refresh paused</source>
        <translation>Aktualisierung angehalten</translation>
    </message>
    <message>
        <source>Refreshing every %1</source>
        <translation>Aktualisierung alle %1</translation>
    </message>
</context>
<context>
    <name>kaleido::ReniceDialog</name>
    <message>
        <source>Change Priority — %1</source>
        <translation>Priorität ändern — %1</translation>
    </message>
    <message>
        <source>The new nice value: −20 (most CPU time) to 19 (least CPU time); 0 is the default</source>
        <translation>Der neue Nice-Wert: −20 (meiste CPU-Zeit) bis 19 (wenigste CPU-Zeit); 0 ist der Standard</translation>
    </message>
    <message>
        <source>&amp;New nice value:</source>
        <translation>&amp;Neuer Nice-Wert:</translation>
    </message>
    <message>
        <source>−20 (highest priority) … 0 (default) … 19 (lowest priority)</source>
        <translation>−20 (höchste Priorität) … 0 (Standard) … 19 (niedrigste Priorität)</translation>
    </message>
    <message>
        <source>The nice values Linux allows</source>
        <translation>Die Nice-Werte, die Linux erlaubt</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>When the CPUs are busy, a process with a lower nice value gets more CPU time. Anyone may make their own process nicer (a higher value); lowering the value below its current one needs administrator permission. The value is set for every thread of the process.</source>
        <translation>Wenn die CPUs ausgelastet sind, bekommt ein Prozess mit niedrigerem Nice-Wert mehr CPU-Zeit. Jeder darf den eigenen Prozess zurückhaltender machen (einen höheren Wert setzen); den Wert unter den aktuellen zu senken, erfordert Administratorrechte. Der Wert wird für jeden Thread des Prozesses gesetzt.</translation>
    </message>
    <message>
        <source>Give the process the new nice value</source>
        <translation>Dem Prozess den neuen Nice-Wert zuweisen</translation>
    </message>
    <message>
        <source>nice %1</source>
        <translation>Nice %1</translation>
    </message>
    <message>
        <source> — it runs under %1, where the nice value has no effect</source>
        <translation> – er läuft unter %1, wo der Nice-Wert keine Wirkung hat</translation>
    </message>
    <message>
        <source>Lowering the nice value from %1 to %2 needs administrator permission: you will be asked for a password.</source>
        <translation>Das Senken des Nice-Werts von %1 auf %2 erfordert Administratorrechte: Sie werden nach einem Passwort gefragt.</translation>
    </message>
</context>
<context>
    <name>kaleido::SeriesLegendModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Datenreihe</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Tick a series to draw it; hover over its name for what it means</source>
        <translation>Eine Datenreihe ankreuzen, um sie zu zeichnen; für ihre Bedeutung mit der Maus über ihren Namen fahren</translation>
    </message>
    <message>
        <source>The value in the latest sample</source>
        <translation>Der Wert der letzten Messung</translation>
    </message>
    <message>
        <source>The lowest value in the recorded history</source>
        <translation>Der niedrigste Wert im aufgezeichneten Verlauf</translation>
    </message>
    <message>
        <source>The highest value in the recorded history</source>
        <translation>Der höchste Wert im aufgezeichneten Verlauf</translation>
    </message>
</context>
<context>
    <name>kaleido::SignalDialog</name>
    <message>
        <source>Ask the process to end. It may clean up first, or ignore the request.</source>
        <translation>Den Prozess bitten, sich zu beenden. Er kann vorher aufräumen oder die Aufforderung ignorieren.</translation>
    </message>
    <message>
        <source>End the process at once. It cannot catch, ignore or clean up after this; unsaved work is lost.</source>
        <translation>Den Prozess sofort beenden. Er kann dieses Signal weder abfangen noch ignorieren und nicht mehr aufräumen; ungesicherte Arbeit geht verloren.</translation>
    </message>
    <message>
        <source>Pause the process (state T) until it gets SIGCONT. It cannot be ignored.</source>
        <translation>Den Prozess anhalten (Zustand T), bis er SIGCONT erhält. Dieses Signal kann nicht ignoriert werden.</translation>
    </message>
    <message>
        <source>User-defined signal 2: its meaning is up to the program.</source>
        <translation>Benutzerdefiniertes Signal 2: Seine Bedeutung legt das Programm fest.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send Signal</source>
        <translation>Signal senden</translation>
    </message>
    <message>
        <source>The process ID (PID) of the process to signal</source>
        <translation>Die Prozess-ID (PID) des Prozesses, der das Signal erhalten soll</translation>
    </message>
    <message>
        <source>The process this PID names now: its name, owner and state</source>
        <translation>Der Prozess, den diese PID jetzt bezeichnet: sein Name, Eigentümer und Zustand</translation>
    </message>
    <message>
        <source>The signal to send; its meaning is shown below</source>
        <translation>Das zu sendende Signal; seine Bedeutung steht darunter</translation>
    </message>
    <message>
        <source>What happened to the last signal sent</source>
        <translation>Was mit dem zuletzt gesendeten Signal geschehen ist</translation>
    </message>
    <message>
        <source>&amp;Process ID:</source>
        <translation>&amp;Prozess-ID:</translation>
    </message>
    <message>
        <source>S&amp;ignal:</source>
        <translation>S&amp;ignal:</translation>
    </message>
    <message>
        <source>%1, owned by %2, %3%4</source>
        <translation>%1, Eigentümer %2, %3%4</translation>
    </message>
    <message>
        <source> — another user&apos;s process: you will be asked for an administrator&apos;s password</source>
        <translation> – Prozess eines anderen Benutzers: Sie werden nach dem Administratorpasswort gefragt</translation>
    </message>
    <message>
        <source>Sending %1 to %2…</source>
        <translation>%1 wird an %2 gesendet …</translation>
    </message>
    <message>
        <source>(enter a process ID)</source>
        <translation>(Prozess-ID eingeben)</translation>
    </message>
    <message>
        <source>Type the ID of the process to signal (the PID column of a process list).</source>
        <translation>Geben Sie die ID des Prozesses ein, der das Signal erhalten soll (die PID-Spalte einer Prozessliste).</translation>
    </message>
    <message>
        <source>Hang up: its terminal closed. Many services reload their configuration instead.</source>
        <translation>Auflegen (Hang-up): Das Terminal des Programms wurde geschlossen. Viele Dienste laden stattdessen ihre Konfiguration neu.</translation>
    </message>
    <message>
        <source>Interrupt, as Ctrl+C in a terminal does. Most programs end.</source>
        <translation>Unterbrechen, wie es Strg+C in einem Terminal tut. Die meisten Programme beenden sich.</translation>
    </message>
    <message>
        <source>Quit, as Ctrl+\ in a terminal does: the program ends and may dump core.</source>
        <translation>Beenden (Quit), wie es Strg+\ in einem Terminal tut: Das Programm endet und schreibt eventuell einen Core-Dump.</translation>
    </message>
    <message>
        <source>Illegal instruction, normally raised by the CPU: the program ends and dumps core.</source>
        <translation>Ungültiger Befehl, normalerweise von der CPU ausgelöst: Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>Breakpoint or trace trap, for debuggers: without one the program dumps core.</source>
        <translation>Haltepunkt oder Trace-Trap, für Debugger: Ohne Debugger schreibt das Programm einen Core-Dump.</translation>
    </message>
    <message>
        <source>Abort, as abort() does: the program ends and dumps core.</source>
        <translation>Abbrechen, wie es abort() tut: Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>Bus error (e.g. a mapped file was truncated): the program ends and dumps core.</source>
        <translation>Busfehler (z. B. wurde eine eingeblendete Datei gekürzt): Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>Arithmetic error such as division by zero: the program ends and dumps core.</source>
        <translation>Arithmetischer Fehler wie eine Division durch null: Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>User-defined signal 1: its meaning is up to the program (often: reopen logs).</source>
        <translation>Benutzerdefiniertes Signal 1: Seine Bedeutung legt das Programm fest (oft: Log-Dateien neu öffnen).</translation>
    </message>
    <message>
        <source>Invalid memory access (segmentation fault): the program ends and dumps core.</source>
        <translation>Ungültiger Speicherzugriff (Speicherzugriffsfehler): Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>It wrote to a pipe or socket nobody reads: it ends unless it ignores this.</source>
        <translation>Das Programm hat in eine Pipe oder einen Socket geschrieben, aus der bzw. dem niemand liest: Es endet, sofern es das Signal nicht ignoriert.</translation>
    </message>
    <message>
        <source>A timer set with alarm() expired: it ends unless it expects this.</source>
        <translation>Ein mit alarm() gestellter Timer ist abgelaufen: Das Programm endet, sofern es das nicht erwartet.</translation>
    </message>
    <message>
        <source>Coprocessor stack fault: unused on Linux; the program ends.</source>
        <translation>Stapelfehler des Koprozessors: unter Linux unbenutzt; das Programm endet.</translation>
    </message>
    <message>
        <source>One of its children stopped or ended: ignored unless the program waits for it.</source>
        <translation>Einer seiner Kindprozesse wurde angehalten oder beendet: wird ignoriert, sofern das Programm nicht darauf wartet.</translation>
    </message>
    <message>
        <source>Let a paused (stopped) process run again.</source>
        <translation>Einen angehaltenen (gestoppten) Prozess weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>Pause from the terminal, as Ctrl+Z does; unlike SIGSTOP it can be caught.</source>
        <translation>Anhalten vom Terminal aus, wie es Strg+Z tut; anders als SIGSTOP kann es abgefangen werden.</translation>
    </message>
    <message>
        <source>A background process read from its terminal: it pauses.</source>
        <translation>Ein Hintergrundprozess hat von seinem Terminal gelesen: Er wird angehalten.</translation>
    </message>
    <message>
        <source>A background process wrote to its terminal: it pauses.</source>
        <translation>Ein Hintergrundprozess hat auf sein Terminal geschrieben: Er wird angehalten.</translation>
    </message>
    <message>
        <source>Urgent (out-of-band) data on a socket: ignored unless the program asks for it.</source>
        <translation>Dringende Daten (Out-of-Band) auf einem Socket: wird ignoriert, sofern das Programm das Signal nicht anfordert.</translation>
    </message>
    <message>
        <source>Its CPU time limit (RLIMIT_CPU) ran out: it ends and dumps core.</source>
        <translation>Sein CPU-Zeitlimit (RLIMIT_CPU) ist aufgebraucht: Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>It exceeded its file size limit (RLIMIT_FSIZE): it ends and dumps core.</source>
        <translation>Das Programm hat sein Dateigrößenlimit (RLIMIT_FSIZE) überschritten: Es endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>Its virtual (user CPU time) timer expired: it ends unless it expects this.</source>
        <translation>Sein virtueller Timer (Benutzer-CPU-Zeit) ist abgelaufen: Das Programm endet, sofern es das nicht erwartet.</translation>
    </message>
    <message>
        <source>Its profiling timer expired: it ends unless it expects this.</source>
        <translation>Sein Profiling-Timer ist abgelaufen: Das Programm endet, sofern es das nicht erwartet.</translation>
    </message>
    <message>
        <source>Its terminal window changed size: ignored unless the program redraws.</source>
        <translation>Sein Terminalfenster hat die Größe geändert: wird ignoriert, sofern das Programm nicht neu zeichnet.</translation>
    </message>
    <message>
        <source>Input or output is possible on a file (SIGPOLL): it ends unless it expects this.</source>
        <translation>Ein- oder Ausgabe auf einer Datei ist möglich (SIGPOLL): Das Programm endet, sofern es das nicht erwartet.</translation>
    </message>
    <message>
        <source>Power failure: it ends unless it handles this (init may shut down).</source>
        <translation>Stromausfall: Das Programm endet, sofern es das nicht behandelt (init fährt eventuell das System herunter).</translation>
    </message>
    <message>
        <source>Bad system call (e.g. refused by seccomp): the program ends and dumps core.</source>
        <translation>Ungültiger Systemaufruf (z. B. von seccomp abgewiesen): Das Programm endet und schreibt einen Core-Dump.</translation>
    </message>
    <message>
        <source>Reserved by glibc for its own thread handling (cancellation, set*id calls): sending it can confuse a program&apos;s threads.</source>
        <translation>Von glibc für die eigene Thread-Verwaltung reserviert (Abbruch von Threads, set*id-Aufrufe): Es zu senden, kann die Threads eines Programms durcheinanderbringen.</translation>
    </message>
    <message>
        <source>Real-time signal for the program&apos;s own use (glibc programs call it SIGRTMIN+%1); queued, not merged; ends the program unless it handles it.</source>
        <translation>Echtzeitsignal zur freien Verwendung durch das Programm (glibc-Programme nennen es SIGRTMIN+%1); wird in eine Warteschlange gestellt, nicht zusammengefasst; beendet das Programm, sofern es das Signal nicht behandelt.</translation>
    </message>
    <message>
        <source>The last real-time signal, SIGRTMAX, for the program&apos;s own use; queued, not merged; ends the program unless it handles it.</source>
        <translation>Das letzte Echtzeitsignal, SIGRTMAX, zur freien Verwendung durch das Programm; wird in eine Warteschlange gestellt, nicht zusammengefasst; beendet das Programm, sofern es das Signal nicht behandelt.</translation>
    </message>
    <message>
        <source>Common signals</source>
        <translation>Häufige Signale</translation>
    </message>
    <message>
        <source>Other standard signals</source>
        <translation>Weitere Standardsignale</translation>
    </message>
    <message>
        <source>Real-time signals</source>
        <translation>Echtzeitsignale</translation>
    </message>
    <message>
        <source>What the chosen signal does to a program that has no handler for it</source>
        <translation>Was das gewählte Signal bei einem Programm bewirkt, das keinen Handler dafür hat</translation>
    </message>
    <message>
        <source>Send the signal. It is tried as you first; another user&apos;s process needs an administrator&apos;s password.</source>
        <translation>Das Signal senden. Es wird zuerst als Sie versucht; für den Prozess eines anderen Benutzers ist das Administratorpasswort nötig.</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>The chosen process %1 has exited; nothing can be sent to it.</source>
        <translation>Der gewählte Prozess %1 wurde beendet; ihm kann nichts gesendet werden.</translation>
    </message>
    <message>
        <source>PID %1 now names another process (%2) than the one chosen, which has exited; nothing will be sent to it.</source>
        <translation>PID %1 bezeichnet jetzt einen anderen Prozess (%2) als den gewählten, der beendet wurde; ihm wird nichts gesendet.</translation>
    </message>
    <message>
        <source> — a kernel thread: it does not act on signals, so none can be sent</source>
        <translation> – ein Kernel-Thread: Er reagiert nicht auf Signale, daher kann keines gesendet werden</translation>
    </message>
    <message>
        <source> — this is Kaleido itself</source>
        <translation> – das ist Kaleido selbst</translation>
    </message>
</context>
<context>
    <name>kaleido::SlabInfo</name>
    <message>
        <source>unreadable column header</source>
        <translation>unlesbare Spaltenüberschrift</translation>
    </message>
    <message>
        <source>expected %1 columns after the name</source>
        <translation>%1 Spalten nach dem Namen erwartet</translation>
    </message>
    <message>
        <source>expected “%1”, got “%2”</source>
        <translation>„%1“ erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>expected a number for &lt;%1&gt;</source>
        <translation>Zahl für &lt;%1&gt; erwartet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::Smaps</name>
    <message>
        <source>expected a mapping or “Key: value”</source>
        <translation>Mapping oder „Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <source>“%1:” comes before the first mapping</source>
        <translation>„%1:“ steht vor dem ersten Mapping</translation>
    </message>
    <message>
        <source>expected a number after “%1:”</source>
        <translation>Zahl nach „%1:“ erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::SmapsRollup</name>
    <message>
        <source>a second header line</source>
        <translation>eine zweite Kopfzeile</translation>
    </message>
    <message>
        <source>expected “Key: value kB”</source>
        <translation>„Schlüssel: Wert kB“ erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::SysfsModule</name>
    <message>
        <source>expected “parameter octal-mode”</source>
        <translation>„Parameter Oktalmodus“ erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::SysfsValue</name>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an unsigned whole number</source>
        <translation>vorzeichenlose ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>expected Y or N</source>
        <translation>Y oder N erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::TaskChildren</name>
    <message>
        <source>“%1” is not a process ID</source>
        <translation>„%1“ ist keine Prozess-ID</translation>
    </message>
</context>
<context>
    <name>kaleido::TaskState</name>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <source>disk sleep</source>
        <translation>ununterbrechbar schlafend</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>tracing stop</source>
        <translation>vom Tracer angehalten</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>geparkt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>wakekill</source>
        <translation>wakekill</translation>
    </message>
    <message>
        <source>waking</source>
        <translation>wird geweckt</translation>
    </message>
    <message>
        <source>unknown state “%1”</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
</context>
<context>
    <name>kaleido::TimeSeriesChart</name>
    <message>
        <source>Move the mouse over the chart to read the values of every shown series at that time</source>
        <translation>Mit der Maus über das Diagramm fahren, um die Werte aller angezeigten Datenreihen zu diesem Zeitpunkt abzulesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>kaleido::TreeTermination</name>
    <message>
        <source>Asked %1 to end (SIGTERM), after pausing it so that it could not start new processes.</source>
        <translation>%1 wurde gebeten, sich zu beenden (SIGTERM), nachdem er angehalten wurde, damit er keine neuen Prozesse starten konnte.</translation>
    </message>
    <message>
        <source>Asked one process of the tree of %1 to end (SIGTERM), after pausing them all so that none could start new ones.</source>
        <translation>Ein Prozess des Baums von %1 wurde gebeten, sich zu beenden (SIGTERM), nachdem alle angehalten wurden, damit keiner neue starten konnte.</translation>
    </message>
    <message numerus="yes">
        <source>Asked %n processes of the tree of %1 to end (SIGTERM), after pausing them all so that none could start new ones.</source>
        <translation>
            <numerusform>%n Prozess des Baums von %1 wurde gebeten, sich zu beenden (SIGTERM), nachdem alle angehalten wurden, damit keiner neue starten konnte.</numerusform>
            <numerusform>%n Prozesse des Baums von %1 wurden gebeten, sich zu beenden (SIGTERM), nachdem alle angehalten wurden, damit keiner neue starten konnte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No process of the tree of %1 was sent SIGTERM.</source>
        <translation>An keinen Prozess des Baums von %1 wurde SIGTERM gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n had already exited.</source>
        <translation>
            <numerusform>%n war bereits beendet.</numerusform>
            <numerusform>%n waren bereits beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be signalled: %1</source>
        <translation>
            <numerusform>An %n konnte kein Signal gesendet werden: %1</numerusform>
            <numerusform>An %n konnte kein Signal gesendet werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The tree kept starting new processes; some may be left.</source>
        <translation>Der Baum hat immer wieder neue Prozesse gestartet; einige laufen womöglich noch.</translation>
    </message>
</context>
<context>
    <name>kaleido::TunableDelegate</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; press Enter to apply, Esc to cancel</source>
        <translation>Eine ganze Zahl von %1 bis %2; Eingabetaste übernimmt, Esc bricht ab</translation>
    </message>
    <message>
        <source>Choose what to do; it runs as soon as you pick it</source>
        <translation>Wählen Sie, was geschehen soll; es wird ausgeführt, sobald Sie es auswählen</translation>
    </message>
    <message>
        <source>Choose the new value; it is applied as soon as you pick it</source>
        <translation>Wählen Sie den neuen Wert; er wird übernommen, sobald Sie ihn auswählen</translation>
    </message>
</context>
<context>
    <name>kaleido::TunablesModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>File: /%1</source>
        <translation>Datei: /%1</translation>
    </message>
    <message>
        <source>Accepts: %1</source>
        <translation>Zulässig: %1</translation>
    </message>
    <message>
        <source>Double-click to change it; the system asks for an administrator&apos;s password.</source>
        <translation>Zum Ändern doppelklicken; das System fragt nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>An action, not a setting: double-click to run it.</source>
        <translation>Eine Aktion, keine Einstellung: zum Ausführen doppelklicken.</translation>
    </message>
    <message>
        <source>(action)</source>
        <translation>(Aktion)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Accepts</source>
        <translation>Zulässig</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What the setting controls; hover a row for an explanation</source>
        <translation>Was die Einstellung steuert; für eine Erklärung mit der Maus auf eine Zeile zeigen</translation>
    </message>
    <message>
        <source>The value the kernel reports now; double-click to change it</source>
        <translation>Der Wert, den der Kernel jetzt meldet; zum Ändern doppelklicken</translation>
    </message>
    <message>
        <source>The values Kaleido will write to this setting</source>
        <translation>Die Werte, die Kaleido in diese Einstellung schreibt</translation>
    </message>
    <message>
        <source>The value before you changed it in this session; Revert restores it</source>
        <translation>Der Wert vor Ihrer Änderung in dieser Sitzung; „Zurücksetzen“ stellt ihn wieder her</translation>
    </message>
    <message>
        <source>The sysctl-style name, as kaleido-cli set uses it</source>
        <translation>Der Name im sysctl-Stil, wie kaleido-cli set ihn verwendet</translation>
    </message>
</context>
<context>
    <name>kaleido::TunablesPage</name>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert &amp;All</source>
        <translation>A&amp;lle zurücksetzen</translation>
    </message>
    <message>
        <source>Kernel settings for memory management. Changes take effect at once and last until the next reboot; the system asks for an administrator&apos;s password.</source>
        <translation>Kerneleinstellungen der Speicherverwaltung. Änderungen wirken sofort und gelten bis zum nächsten Neustart; das System fragt nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Double-click a value to change it; hover a row to learn what it does</source>
        <translation>Zum Ändern auf einen Wert doppelklicken; mit der Maus auf eine Zeile zeigen, um zu erfahren, was sie bewirkt</translation>
    </message>
    <message>
        <source>What happened to the last change</source>
        <translation>Was bei der letzten Änderung geschehen ist</translation>
    </message>
    <message>
        <source>Change the selected setting (or double-click its value)</source>
        <translation>Die ausgewählte Einstellung ändern (oder auf ihren Wert doppelklicken)</translation>
    </message>
    <message>
        <source>Put the selected setting back to the value it had before you changed it</source>
        <translation>Die ausgewählte Einstellung auf den Wert zurücksetzen, den sie vor Ihrer Änderung hatte</translation>
    </message>
    <message>
        <source>Put every setting you changed in this session back to its earlier value</source>
        <translation>Alle in dieser Sitzung geänderten Einstellungen auf ihren früheren Wert zurücksetzen</translation>
    </message>
    <message>
        <source>Changing %1 to %2… (waiting for authorization)</source>
        <translation>%1 wird auf %2 gesetzt … (Warten auf Autorisierung)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3. %4</source>
        <translation>%1: %2 → %3. %4</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::Units</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <source>EiB</source>
        <translation>EiB</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a number followed by its unit, e.g. &quot;12.3 GiB&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <extracomment>uptime of several days: &quot;%1 d&quot; is days, %2 is hh:mm:ss</extracomment>
        <translation>%1 d %2</translation>
    </message>
</context>
<context>
    <name>kaleido::VmFlags</name>
    <message>
        <source>readable</source>
        <translation>lesbar</translation>
    </message>
    <message>
        <source>writeable</source>
        <translation>schreibbar</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbar</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam genutzt</translation>
    </message>
    <message>
        <source>may read</source>
        <translation>darf lesen</translation>
    </message>
    <message>
        <source>may write</source>
        <translation>darf schreiben</translation>
    </message>
    <message>
        <source>may execute</source>
        <translation>darf ausführen</translation>
    </message>
    <message>
        <source>may share</source>
        <translation>darf gemeinsam nutzen</translation>
    </message>
    <message>
        <source>stack segment grows down</source>
        <translation>Stack-Segment wächst nach unten</translation>
    </message>
    <message>
        <source>pure PFN range</source>
        <translation>reiner PFN-Bereich</translation>
    </message>
    <message>
        <source>disabled write to the mapped file</source>
        <translation>Schreiben in die abgebildete Datei deaktiviert</translation>
    </message>
    <message>
        <source>pages are locked in memory</source>
        <translation>Seiten sind im Speicher gesperrt</translation>
    </message>
    <message>
        <source>memory-mapped I/O area</source>
        <translation>speicherabgebildeter E/A-Bereich</translation>
    </message>
    <message>
        <source>sequential read advised</source>
        <translation>sequenzielles Lesen empfohlen</translation>
    </message>
    <message>
        <source>random read advised</source>
        <translation>zufälliges Lesen empfohlen</translation>
    </message>
    <message>
        <source>not copied on fork</source>
        <translation>bei fork nicht kopiert</translation>
    </message>
    <message>
        <source>not expanded on remapping</source>
        <translation>beim Remapping nicht erweitert</translation>
    </message>
    <message>
        <source>accountable (counts towards the commit charge)</source>
        <translation>abrechenbar (zählt zum zugesagten Speicher)</translation>
    </message>
    <message>
        <source>swap space not reserved</source>
        <translation>Swap-Bereich nicht reserviert</translation>
    </message>
    <message>
        <source>uses huge TLB pages (hugetlbfs)</source>
        <translation>nutzt Huge-TLB-Pages (hugetlbfs)</translation>
    </message>
    <message>
        <source>synchronous page faults</source>
        <translation>synchrone Seitenfehler</translation>
    </message>
    <message>
        <source>non-linear mapping</source>
        <translation>nichtlineares Mapping</translation>
    </message>
    <message>
        <source>architecture-specific flag</source>
        <translation>architekturspezifisches Flag</translation>
    </message>
    <message>
        <source>wiped on fork</source>
        <translation>bei fork geleert</translation>
    </message>
    <message>
        <source>left out of core dumps</source>
        <translation>von Core-Dumps ausgenommen</translation>
    </message>
    <message>
        <source>soft-dirty</source>
        <translation>soft-dirty</translation>
    </message>
    <message>
        <source>mixed map area</source>
        <translation>gemischter Mapping-Bereich</translation>
    </message>
    <message>
        <source>huge pages advised</source>
        <translation>Huge Pages empfohlen</translation>
    </message>
    <message>
        <source>no huge pages advised</source>
        <translation>keine Huge Pages empfohlen</translation>
    </message>
    <message>
        <source>mergeable (KSM) advised</source>
        <translation>Zusammenführen (KSM) empfohlen</translation>
    </message>
    <message>
        <source>arm64 BTI guarded page</source>
        <translation>durch arm64-BTI geschützte Seite</translation>
    </message>
    <message>
        <source>arm64 MTE allocation tags enabled</source>
        <translation>arm64-MTE-Allokations-Tags aktiviert</translation>
    </message>
    <message>
        <source>userfaultfd missing-page tracking</source>
        <translation>userfaultfd-Überwachung fehlender Seiten</translation>
    </message>
    <message>
        <source>userfaultfd write-protect tracking</source>
        <translation>userfaultfd-Überwachung per Schreibschutz</translation>
    </message>
    <message>
        <source>userfaultfd minor-fault tracking</source>
        <translation>userfaultfd-Überwachung von Minor Faults</translation>
    </message>
    <message>
        <source>userfaultfd read-write-protect tracking</source>
        <translation>userfaultfd-Überwachung per Lese-/Schreibschutz</translation>
    </message>
    <message>
        <source>shadow stack (guarded control stack)</source>
        <translation>Shadow Stack (Guarded Control Stack)</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>versiegelt</translation>
    </message>
    <message>
        <source>locked on fault</source>
        <translation>beim Seitenfehler gesperrt</translation>
    </message>
    <message>
        <source>droppable (always lazily freeable)</source>
        <translation>verwerfbar (jederzeit verzögert freigebbar)</translation>
    </message>
    <message>
        <source>may contain guard regions</source>
        <translation>kann Schutzbereiche enthalten</translation>
    </message>
</context>
<context>
    <name>kaleido::VmStat</name>
    <message>
        <source>expected “name value”</source>
        <translation>„Name Wert“ erwartet</translation>
    </message>
    <message>
        <source>expected a number after “%1”</source>
        <translation>Zahl nach „%1“ erwartet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::VmSysctls</name>
    <message>
        <source>expected numbers</source>
        <translation>Zahlen erwartet</translation>
    </message>
    <message>
        <source>expected 0, 1 or 2</source>
        <translation>0, 1 oder 2 erwartet</translation>
    </message>
</context>
<context>
    <name>kaleido::VmallocInfo</name>
    <message>
        <source>expected “0xSTART-0xEND”</source>
        <translation>„0xSTART-0xEND“ erwartet</translation>
    </message>
    <message>
        <source>expected the size in bytes</source>
        <translation>Größe in Bytes erwartet</translation>
    </message>
    <message>
        <source>bad “pages=”</source>
        <translation>ungültiges „pages=“</translation>
    </message>
    <message>
        <source>bad “phys=”</source>
        <translation>ungültiges „phys=“</translation>
    </message>
    <message>
        <source>bad “N&lt;node&gt;=”</source>
        <translation>ungültiges „N&lt;node&gt;=“</translation>
    </message>
</context>
<context>
    <name>kaleido::ZoneInfo</name>
    <message>
        <source>expected “Node N, zone NAME”</source>
        <translation>„Node N, zone NAME“ erwartet</translation>
    </message>
    <message>
        <source>expected “protection: (a, b, …)”</source>
        <translation>„protection: (a, b, …)“ erwartet</translation>
    </message>
    <message>
        <source>expected “name: number”</source>
        <translation>„Name: Zahl“ erwartet</translation>
    </message>
    <message>
        <source>value out of range</source>
        <translation>Wert außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected “name number”</source>
        <translation>„Name Zahl“ erwartet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>kaleido::cli</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Kernel %1 was built without loadable-module support: every driver is built in, so no module is loaded.</source>
        <translation>Kernel %1 wurde ohne Unterstützung für ladbare Module gebaut: Alle Treiber sind fest eingebaut, daher ist kein Modul geladen.</translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation>(unbekannte Versionsbezeichnung)</translation>
    </message>
    <message>
        <source>E if the kernel checks signatures</source>
        <translation>E, falls der Kernel Signaturen prüft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>modinfo needs one module name, alias or .ko file</source>
        <translation>modinfo braucht genau einen Modulnamen, Alias oder eine .ko-Datei</translation>
    </message>
    <message>
        <source>Module file %1 not found.</source>
        <translation>Moduldatei %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>Module %1 not found: kernel %2 has no installed modules (%3/modules.dep is missing).</source>
        <translation>Modul %1 nicht gefunden: Für Kernel %2 sind keine Module installiert (%3/modules.dep fehlt).</translation>
    </message>
    <message>
        <source>Module %1 not found in %2.</source>
        <translation>Modul %1 nicht in %2 gefunden.</translation>
    </message>
    <message>
        <source>Tainted: 0 (not tainted)</source>
        <translation>Tainted: 0 (kein Taint)</translation>
    </message>
    <message>
        <source>Tainted: %1 (%2)</source>
        <translation>Tainted: %1 (%2)</translation>
    </message>
    <message>
        <source>Tainting modules: %1</source>
        <translation>Module mit Taint: %1</translation>
    </message>
    <message>
        <source>kmsg takes at most one argument, the number of records to show</source>
        <translation>kmsg nimmt höchstens ein Argument an: die Anzahl der anzuzeigenden Einträge</translation>
    </message>
    <message>
        <source>kmsg: “%1” is not a number of records</source>
        <translation>kmsg: „%1“ ist keine Anzahl von Einträgen</translation>
    </message>
    <message>
        <source>(kernel.dmesg_restrict is set: reading the kernel log needs root or CAP_SYSLOG.)</source>
        <translation>(kernel.dmesg_restrict ist gesetzt: Das Lesen des Kernel-Logs erfordert root oder CAP_SYSLOG.)</translation>
    </message>
    <message>
        <source>-- records after #%1 were overwritten before they could be read --</source>
        <translation>-- Einträge nach #%1 wurden überschrieben, bevor sie gelesen werden konnten --</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>loadable</source>
        <translation>ladbar</translation>
    </message>
    <message>
        <source>none (no loadable-module support)</source>
        <translation>keine (keine Unterstützung für ladbare Module)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>loaded modules, like lsmod, with their state</source>
        <translation>geladene Module, wie lsmod, mit ihrem Zustand</translation>
    </message>
    <message>
        <source>a module&apos;s metadata, like modinfo, and the taint a load would cause</source>
        <translation>Metadaten eines Moduls, wie modinfo, und der Taint, den sein Laden verursachen würde</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/tainted decoded into its flags</source>
        <translation>/proc/sys/kernel/tainted, in seine Flags zerlegt</translation>
    </message>
    <message>
        <source>the kernel log from /dev/kmsg, like dmesg -x (--watch follows it)</source>
        <translation>das Kernel-Log aus /dev/kmsg, wie dmesg -x (--watch verfolgt es)</translation>
    </message>
    <message>
        <source>release, command line and the module and log restrictions</source>
        <translation>Versionsbezeichnung, Befehlszeile und die Beschränkungen für Module und Log</translation>
    </message>
    <message>
        <source>Usage: kaleido-cli [--json] [--root DIR] [--watch SECONDS] COMMAND [ARGUMENTS]

Shows what the Linux kernel reports about processes, memory and modules, with the column names of
ps, pmap, slabtop, lsmod and modinfo.

Options:
  --json             print JSON instead of a table (with --watch: one document per line)
  --root DIR         read /proc and /sys below DIR (a captured tree) instead of the live system
  --watch SECONDS    repeat every SECONDS until interrupted
  -h, --help         show this help
  -v, --version      show the version

Commands:
</source>
        <translation>Aufruf: kaleido-cli [--json] [--root DIR] [--watch SECONDS] COMMAND [ARGUMENTS]

Zeigt, was der Linux-Kernel über Prozesse, Speicher und Module meldet, mit den Spaltennamen von
ps, pmap, slabtop, lsmod und modinfo.

Optionen:
  --json             JSON statt einer Tabelle ausgeben (mit --watch: ein Dokument pro Zeile)
  --root DIR         /proc und /sys unter DIR (einem aufgezeichneten Baum) statt vom laufenden System lesen
  --watch SECONDS    alle SECONDS Sekunden wiederholen, bis zum Abbruch
  -h, --help         diese Hilfe anzeigen
  -v, --version      die Version anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>Try “kaleido-cli --help”.</source>
        <translation>Siehe „kaleido-cli --help“.</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--watch needs a number of seconds ≥ 0.1</source>
        <translation>--watch braucht eine Anzahl Sekunden ≥ 0.1</translation>
    </message>
    <message>
        <source>--root: “%1” is not a directory</source>
        <translation>--root: „%1“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>Every %1 s: kaleido-cli %2    %3</source>
        <translation>Alle %1 s: kaleido-cli %2    %3</translation>
    </message>
    <message>
        <source>no counter in /proc/vmstat starts with %1</source>
        <translation>kein Zähler in /proc/vmstat beginnt mit %1</translation>
    </message>
    <message>
        <source>Free blocks per order from /proc/buddyinfo; an order-k block is 2^k pages of %1 bytes.
unusable: the fraction of free memory in blocks too small for an allocation of that order.
</source>
        <translation>Freie Blöcke je Ordnung aus /proc/buddyinfo; ein Block der Ordnung k umfasst 2^k Seiten zu %1 Bytes.
unusable: der Anteil des freien Speichers in Blöcken, die für eine Allokation dieser Ordnung zu klein sind.
</translation>
    </message>
    <message>
        <source>Per zone from /proc/zoneinfo, in pages and in bytes (page size %1). Below low kswapd wakes,
below min allocations reclaim directly; protection is the lowmem reserve per zone index.
</source>
        <translation>Je Zone aus /proc/zoneinfo, in Seiten und in Bytes (Seitengröße %1). Unter low wird kswapd geweckt,
unter min fordern Allokationen selbst Speicher zurück; protection ist die Lowmem-Reserve je Zonenindex.
</translation>
    </message>
    <message>
        <source>Free blocks per migrate type at order</source>
        <translation>Freie Blöcke je Migrationstyp und Ordnung</translation>
    </message>
    <message>
        <source>no slab cache is called %1</source>
        <translation>kein Slab-Cache heißt %1</translation>
    </message>
    <message>
        <source> FRAG: bytes left over at the end of the slabs, num_slabs × pages × page size − OBJS × OBJ SIZE
</source>
        <translation> FRAG: am Ende der Slabs übrige Bytes, num_slabs × pages × Seitengröße − OBJS × OBJ SIZE
</translation>
    </message>
    <message>
        <source>/proc/meminfo, with sizes in binary units</source>
        <translation>/proc/meminfo, mit Größen in binären Einheiten</translation>
    </message>
    <message>
        <source>/proc/vmstat counters (those starting with PREFIX)</source>
        <translation>Zähler aus /proc/vmstat (die mit PREFIX beginnen)</translation>
    </message>
    <message>
        <source>free blocks per order, bytes and unusable free space index</source>
        <translation>freie Blöcke je Ordnung, Bytes und Index des unbrauchbaren freien Speichers</translation>
    </message>
    <message>
        <source>per zone: free pages, watermarks, sizes, protection</source>
        <translation>je Zone: freie Seiten, Watermarks, Größen, Reserven (protection)</translation>
    </message>
    <message>
        <source>/proc/pagetypeinfo: free blocks per migrate type (root)</source>
        <translation>/proc/pagetypeinfo: freie Blöcke je Migrationstyp (root)</translation>
    </message>
    <message>
        <source>slab caches like slabtop -o, or one cache in detail (root)</source>
        <translation>Slab-Caches wie slabtop -o oder ein Cache im Detail (root)</translation>
    </message>
    <message>
        <source>transparent huge page settings, khugepaged, per-size THP</source>
        <translation>Einstellungen für Transparent Huge Pages, khugepaged, THP je Größe</translation>
    </message>
    <message>
        <source>kernel samepage merging: settings and counters</source>
        <translation>Kernel Samepage Merging: Einstellungen und Zähler</translation>
    </message>
    <message>
        <source>overcommit policy, CommitLimit computed and the kernel&apos;s</source>
        <translation>Overcommit-Richtlinie, CommitLimit berechnet und laut Kernel</translation>
    </message>
    <message>
        <source>(write-only)</source>
        <translation>(nur schreibbar)</translation>
    </message>
    <message>
        <source>(not read: reading it acts)</source>
        <translation>(nicht gelesen: Lesen löst eine Aktion aus)</translation>
    </message>
    <message>
        <source>refused (%1 ≥ %2)</source>
        <translation>abgelehnt (%1 ≥ %2)</translation>
    </message>
    <message>
        <source>granted (%1 &lt; %2)</source>
        <translation>gewährt (%1 &lt; %2)</translation>
    </message>
    <message>
        <source>stopped: merged pages stay merged</source>
        <translation>angehalten: zusammengeführte Seiten bleiben zusammengeführt</translation>
    </message>
    <message>
        <source>running: ksmd scans and merges</source>
        <translation>läuft: ksmd durchsucht und führt zusammen</translation>
    </message>
    <message>
        <source>unmerging every merged page, then stopping</source>
        <translation>trennt alle zusammengeführten Seiten auf, hält dann an</translation>
    </message>
    <message>
        <source>saved by merging (pages_sharing × %1 B): %2
</source>
        <translation>durch Zusammenführen eingespart (pages_sharing × %1 B): %2
</translation>
    </message>
    <message>
        <source>general_profit (saved minus KSM&apos;s own metadata): %1
</source>
        <translation>general_profit (Ersparnis abzüglich der eigenen Metadaten von KSM): %1
</translation>
    </message>
    <message>
        <source>overcommit takes at most one SIZE</source>
        <translation>overcommit nimmt höchstens eine SIZE an</translation>
    </message>
    <message>
        <source>“%1” is not a size (e.g. 4096, 512M, 2G)</source>
        <translation>„%1“ ist keine Größe (z. B. 4096, 512M, 2G)</translation>
    </message>
    <message>
        <source>unused: overcommit_kbytes is set</source>
        <translation>unbenutzt: overcommit_kbytes ist gesetzt</translation>
    </message>
    <message>
        <source>% of RAM less hugetlb</source>
        <translation>% des RAM abzüglich hugetlb</translation>
    </message>
    <message>
        <source>replaces the ratio</source>
        <translation>ersetzt das Verhältnis</translation>
    </message>
    <message>
        <source>0: the ratio applies</source>
        <translation>0: das Verhältnis gilt</translation>
    </message>
    <message>
        <source>pages in hugetlb pools, not overcommittable</source>
        <translation>Seiten in hugetlb-Pools, kein Overcommit möglich</translation>
    </message>
    <message>
        <source>overcommit_kbytes + SwapTotal</source>
        <translation>overcommit_kbytes + SwapTotal</translation>
    </message>
    <message>
        <source>(MemTotal − Hugetlb) × %1 / 100 + SwapTotal, in whole pages</source>
        <translation>(MemTotal − Hugetlb) × %1 / 100 + SwapTotal, in ganzen Seiten</translation>
    </message>
    <message>
        <source>not reported by this kernel</source>
        <translation>von diesem Kernel nicht gemeldet</translation>
    </message>
    <message>
        <source>agrees with the computed value</source>
        <translation>stimmt mit dem berechneten Wert überein</translation>
    </message>
    <message>
        <source>differs from the computed value</source>
        <translation>weicht vom berechneten Wert ab</translation>
    </message>
    <message>
        <source>%1% of CommitLimit</source>
        <translation>%1 % von CommitLimit</translation>
    </message>
    <message>
        <source>kept back from processes without CAP_SYS_ADMIN in mode 2</source>
        <translation>im Modus 2 Prozessen ohne CAP_SYS_ADMIN vorenthalten</translation>
    </message>
    <message>
        <source>at most this, or total_vm / 32, kept back from each process in mode 2</source>
        <translation>im Modus 2 jedem Prozess vorenthalten: höchstens dies oder total_vm / 32</translation>
    </message>
    <message>
        <source>%1 in mode 2, as root</source>
        <translation>%1 im Modus 2, als root</translation>
    </message>
    <message>
        <source>%1 in mode 2, as a user</source>
        <translation>%1 im Modus 2, als Benutzer</translation>
    </message>
    <message>
        <source>%1 now (mode %2), as a user</source>
        <translation>%1 jetzt (Modus %2), als Benutzer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>expected one process ID</source>
        <translation>genau eine Prozess-ID erwartet</translation>
    </message>
    <message>
        <source>there is no process %1</source>
        <translation>es gibt keinen Prozess %1</translation>
    </message>
    <message>
        <source>unknown argument “%1” (ps takes only -L/--threads)</source>
        <translation>unbekanntes Argument „%1“ (ps nimmt nur -L/--threads an)</translation>
    </message>
    <message>
        <source>expected at most one process ID</source>
        <translation>höchstens eine Prozess-ID erwartet</translation>
    </message>
    <message>
        <source>process %1 has no readable threads (it may have exited)</source>
        <translation>Prozess %1 hat keine lesbaren Threads (er wurde womöglich beendet)</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>all %1 except %2</source>
        <translation>alle %1 außer %2</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>effektiv</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>execve cannot grant privileges</source>
        <translation>execve kann keine Rechte verleihen</translation>
    </message>
    <message>
        <source>every process (with -L every thread), like ps -eo pid,ppid,user,s,ni,pri,rss,vsz,time,comm</source>
        <translation>alle Prozesse (mit -L alle Threads), wie ps -eo pid,ppid,user,s,ni,pri,rss,vsz,time,comm</translation>
    </message>
    <message>
        <source>processes by parent, like pstree -p (kernel threads under kthreadd)</source>
        <translation>Prozesse nach Elternprozess, wie pstree -p (Kernel-Threads unter kthreadd)</translation>
    </message>
    <message>
        <source>the threads of one process: state, CPU time, command</source>
        <translation>die Threads eines Prozesses: Zustand, CPU-Zeit, Befehl</translation>
    </message>
    <message>
        <source>/proc/PID/status decoded: users, capabilities and signals by name</source>
        <translation>/proc/PID/status entschlüsselt: Benutzer, Capabilities und Signale mit Namen</translation>
    </message>
    <message>
        <source>expected one process ID (a positive number)</source>
        <translation>genau eine Prozess-ID erwartet (eine positive Zahl)</translation>
    </message>
    <message>
        <source>a process&apos;s memory areas (/proc/PID/maps), like pmap</source>
        <translation>die Speicherbereiche eines Prozesses (/proc/PID/maps), wie pmap</translation>
    </message>
    <message>
        <source>memory counted per area (/proc/PID/smaps) with totals, like pmap -X</source>
        <translation>Speicher je Bereich gezählt (/proc/PID/smaps), mit Summen, wie pmap -X</translation>
    </message>
    <message>
        <source>usage: kaleido-cli %1</source>
        <translation>Aufruf: kaleido-cli %1</translation>
    </message>
    <message>
        <source>--root only applies when kaleido-cli runs as root; the helper always changes the running system.</source>
        <translation>--root gilt nur, wenn kaleido-cli als root läuft; der Hilfsdienst ändert immer das laufende System.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>modules: %1</source>
        <translation>Module: %1</translation>
    </message>
    <message>
        <source>used by: %1 (reference count %2)</source>
        <translation>verwendet von: %1 (Referenzzähler %2)</translation>
    </message>
    <message>
        <source>kernel: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <source>taint: %1 → %2</source>
        <translation>Taint: %1 → %2</translation>
    </message>
    <message>
        <source>“%1” is not a process ID</source>
        <translation>„%1“ ist keine Prozess-ID</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>ACCEPTS</source>
        <translation>ZULÄSSIG</translation>
    </message>
    <message>
        <source>the kernel settings “set” can change, with their values</source>
        <translation>die Kerneleinstellungen, die „set“ ändern kann, mit ihren Werten</translation>
    </message>
    <message>
        <source>change a kernel setting (see “tunables”), as root or via the helper</source>
        <translation>eine Kerneleinstellung ändern (siehe „tunables“), als root oder über den Hilfsdienst</translation>
    </message>
    <message>
        <source>load a kernel module by name or from a file, with parameters</source>
        <translation>ein Kernelmodul nach Namen oder aus einer Datei laden, mit Parametern</translation>
    </message>
    <message>
        <source>unload a kernel module (never forced)</source>
        <translation>ein Kernelmodul entladen (nie erzwungen)</translation>
    </message>
    <message>
        <source>change a writable parameter of a loaded module</source>
        <translation>einen schreibbaren Parameter eines geladenen Moduls ändern</translation>
    </message>
    <message>
        <source>send a signal (number or name) to any process</source>
        <translation>ein Signal (Nummer oder Name) an einen beliebigen Prozess senden</translation>
    </message>
    <message>
        <source>“%1” is not a signal</source>
        <translation>„%1“ ist kein Signal</translation>
    </message>
    <message>
        <source>set the nice value (-20…19) of any process</source>
        <translation>den Nice-Wert (-20…19) eines beliebigen Prozesses setzen</translation>
    </message>
    <message>
        <source>set oom_score_adj (-1000…1000) of any process</source>
        <translation>oom_score_adj (-1000…1000) eines beliebigen Prozesses setzen</translation>
    </message>
    <message>
        <source>choose the CPUs any process may run on</source>
        <translation>die CPUs wählen, auf denen ein beliebiger Prozess laufen darf</translation>
    </message>
</context>
<context>
    <name>kaleido::main</name>
    <message>
        <source>Try “kaleido --help”.</source>
        <translation>Siehe „kaleido --help“.</translation>
    </message>
    <message>
        <source>The Linux kernel&apos;s view of processes, memory and kernel modules, live.</source>
        <translation>Die Sicht des Linux-Kernels auf Prozesse, Speicher und Kernelmodule, live.</translation>
    </message>
    <message>
        <source>Open the area NAME (as named in the sidebar, in any case).</source>
        <translation>Den Bereich NAME öffnen (wie in der Seitenleiste benannt, Groß-/Kleinschreibung beliebig).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refresh every MS milliseconds (100 to 60000) instead of the saved setting.</source>
        <translation>Alle MS Millisekunden aktualisieren (100 bis 60000) statt gemäß der gespeicherten Einstellung.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Quit after SECONDS seconds, without saving the window&apos;s settings.</source>
        <translation>Nach SEKUNDEN Sekunden beenden, ohne die Fenstereinstellungen zu speichern.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Measure update times and event dispatches, and write them with the CPU time used to FILE (JSON) at exit.</source>
        <translation>Aktualisierungszeiten und Ereigniszustellungen messen und sie beim Beenden zusammen mit der verbrauchten CPU-Zeit in DATEI (JSON) schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>With --bench-report: start measuring only after SECONDS seconds, leaving start-up out.</source>
        <translation>Mit --bench-report: erst nach SEKUNDEN Sekunden mit dem Messen beginnen und den Programmstart auslassen.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--interval takes milliseconds from 100 to 60000, not “%1”</source>
        <translation>--interval nimmt Millisekunden von 100 bis 60000 an, nicht „%1“</translation>
    </message>
    <message>
        <source>--quit-after takes a number of seconds, not “%1”</source>
        <translation>--quit-after nimmt eine Anzahl Sekunden an, nicht „%1“</translation>
    </message>
    <message>
        <source>--bench-warmup takes a number of seconds, not “%1”</source>
        <translation>--bench-warmup nimmt eine Anzahl Sekunden an, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no area “%1”; the areas are: %2</source>
        <translation>es gibt keinen Bereich „%1“; die Bereiche sind: %2</translation>
    </message>
    <message>
        <source>cannot write the benchmark report %1: %2</source>
        <translation>der Benchmark-Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::ModuleOperations</name>
    <message>
        <source>the kernel command line (modprobe.blacklist=)</source>
        <translation>die Kernel-Befehlszeile (modprobe.blacklist=)</translation>
    </message>
    <message>
        <source>This file is not a kernel module: %1</source>
        <translation>Diese Datei ist kein Kernelmodul: %1</translation>
    </message>
    <message>
        <source>The file is compressed (%1). Only uncompressed .ko files can be loaded from a file: decompress it first.</source>
        <translation>Die Datei ist komprimiert (%1). Aus einer Datei lassen sich nur unkomprimierte .ko-Dateien laden: Entpacken Sie sie zuerst.</translation>
    </message>
    <message>
        <source>it is not an ELF object file.</source>
        <translation>Es handelt sich nicht um eine ELF-Objektdatei.</translation>
    </message>
    <message>
        <source>it is not a 64-bit ELF file.</source>
        <translation>Es handelt sich nicht um eine 64-Bit-ELF-Datei.</translation>
    </message>
    <message>
        <source>its byte order is not this machine&apos;s.</source>
        <translation>Die Byte-Reihenfolge ist nicht die dieses Rechners.</translation>
    </message>
    <message>
        <source>its ELF header is cut short.</source>
        <translation>Der ELF-Header ist abgeschnitten.</translation>
    </message>
    <message>
        <source>it is not a relocatable object (kernel modules are).</source>
        <translation>Es handelt sich nicht um ein verschiebbares Objekt (relocatable), wie es Kernelmodule sind.</translation>
    </message>
    <message>
        <source>it was built for another processor architecture.</source>
        <translation>Die Datei wurde für eine andere Prozessorarchitektur gebaut.</translation>
    </message>
    <message>
        <source>it has no section table.</source>
        <translation>Die Datei hat keine Sektionstabelle.</translation>
    </message>
    <message>
        <source>its section table has entries of an unexpected size.</source>
        <translation>Die Sektionstabelle hat Einträge unerwarteter Größe.</translation>
    </message>
    <message>
        <source>its section table lies outside the file.</source>
        <translation>Die Sektionstabelle liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>it has no table of section names.</source>
        <translation>Die Datei hat keine Tabelle der Sektionsnamen.</translation>
    </message>
    <message>
        <source>its table of section names lies outside the file.</source>
        <translation>Die Tabelle der Sektionsnamen liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>its %1 section lies outside the file.</source>
        <translation>Die Sektion %1 liegt außerhalb der Datei.</translation>
    </message>
    <message>
        <source>it has no %1 section.</source>
        <translation>Die Datei hat keine Sektion %1.</translation>
    </message>
    <message>
        <source>Module loading is disabled until reboot (kernel.modules_disabled is 1).</source>
        <translation>Das Laden von Modulen ist bis zum Neustart deaktiviert (kernel.modules_disabled ist 1).</translation>
    </message>
    <message>
        <source>The kernel command line forbids loading %1 (module_blacklist=).</source>
        <translation>Die Kernel-Befehlszeile verbietet das Laden von %1 (module_blacklist=).</translation>
    </message>
    <message>
        <source>The kernel is locked down (%1): it only loads modules signed with a key it trusts, and %2 is not.</source>
        <translation>Der Kernel ist im Lockdown (%1): Er lädt nur Module, die mit einem Schlüssel signiert sind, dem er vertraut, und %2 ist es nicht.</translation>
    </message>
    <message>
        <source>The kernel or a security module (SELinux, AppArmor, LoadPin, IPE…) did not allow loading %1; its log may say why.</source>
        <translation>Der Kernel oder ein Sicherheitsmodul (SELinux, AppArmor, LoadPin, IPE …) hat das Laden von %1 nicht erlaubt; das Kernelprotokoll nennt womöglich den Grund.</translation>
    </message>
    <message>
        <source>%1 is already loaded.</source>
        <translation>%1 ist bereits geladen.</translation>
    </message>
    <message>
        <source>%1 is not a valid module for this kernel: it was built for another kernel version or configuration (vermagic), or the file is damaged.</source>
        <translation>%1 ist kein gültiges Modul für diesen Kernel: Es wurde für eine andere Kernelversion oder -konfiguration gebaut (vermagic), oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The kernel refused %1: a parameter value was not accepted, or the module&apos;s format does not match this kernel. The kernel log below says which.</source>
        <translation>Der Kernel hat %1 abgelehnt: Ein Parameterwert wurde nicht akzeptiert, oder das Format des Moduls passt nicht zu diesem Kernel. Das Kernelprotokoll unten sagt, was davon zutrifft.</translation>
    </message>
    <message>
        <source>The kernel only loads signed modules (module.sig_enforce), and the signature of %1 is missing or was not made with a key it trusts.</source>
        <translation>Der Kernel lädt nur signierte Module (module.sig_enforce), und die Signatur von %1 fehlt oder wurde nicht mit einem Schlüssel erstellt, dem er vertraut.</translation>
    </message>
    <message>
        <source>The signature of %1 was rejected by the kernel.</source>
        <translation>Die Signatur von %1 wurde vom Kernel zurückgewiesen.</translation>
    </message>
    <message>
        <source>%1 is signed with a key the kernel does not know.</source>
        <translation>%1 ist mit einem Schlüssel signiert, den der Kernel nicht kennt.</translation>
    </message>
    <message>
        <source>%1 is signed with a key that has expired.</source>
        <translation>%1 ist mit einem abgelaufenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>%1 needs a symbol no loaded module provides, or its file disappeared. The kernel log below names the missing symbol.</source>
        <translation>%1 benötigt ein Symbol, das kein geladenes Modul bereitstellt, oder seine Datei ist verschwunden. Das Kernelprotokoll unten nennt das fehlende Symbol.</translation>
    </message>
    <message>
        <source>The kernel is busy with another module called %1 (being loaded or unloaded); try again.</source>
        <translation>Der Kernel ist mit einem anderen Modul namens %1 beschäftigt (es wird gerade geladen oder entladen); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The kernel does not have enough memory to load %1.</source>
        <translation>Der Kernel hat nicht genug Speicher, um %1 zu laden.</translation>
    </message>
    <message>
        <source>%1 found no device to drive: its initialisation gave up (ENODEV).</source>
        <translation>%1 hat kein Gerät gefunden, das es ansteuern kann: Seine Initialisierung hat aufgegeben (ENODEV).</translation>
    </message>
    <message>
        <source>The file of %1 is open for writing by another program.</source>
        <translation>Die Datei von %1 ist von einem anderen Programm zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>%1 is too large for the kernel to load.</source>
        <translation>%1 ist zu groß, als dass der Kernel es laden könnte.</translation>
    </message>
    <message>
        <source>This kernel has no loadable-module support.</source>
        <translation>Dieser Kernel unterstützt keine ladbaren Module.</translation>
    </message>
    <message>
        <source>The initialisation of %1 timed out.</source>
        <translation>Bei der Initialisierung von %1 wurde das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>The kernel refused to load %1: %2.</source>
        <translation>Der Kernel hat das Laden von %1 verweigert: %2.</translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation>%1 ist nicht geladen.</translation>
    </message>
    <message>
        <source>Module unloading is disabled until reboot (kernel.modules_disabled is 1).</source>
        <translation>Das Entladen von Modulen ist bis zum Neustart deaktiviert (kernel.modules_disabled ist 1).</translation>
    </message>
    <message>
        <source>The kernel or a security module did not allow unloading %1.</source>
        <translation>Der Kernel oder ein Sicherheitsmodul hat das Entladen von %1 nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 is in use and cannot be unloaded now.</source>
        <translation>%1 wird verwendet und kann jetzt nicht entladen werden.</translation>
    </message>
    <message>
        <source>This kernel cannot unload modules (built without CONFIG_MODULE_UNLOAD).</source>
        <translation>Dieser Kernel kann keine Module entladen (ohne CONFIG_MODULE_UNLOAD gebaut).</translation>
    </message>
    <message>
        <source>Unloading %1 was interrupted; try again.</source>
        <translation>Das Entladen von %1 wurde unterbrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The kernel refused to unload %1: %2.</source>
        <translation>Der Kernel hat das Entladen von %1 verweigert: %2.</translation>
    </message>
    <message>
        <source>Give the module file&apos;s full path, starting with &apos;/&apos;.</source>
        <translation>Geben Sie den vollständigen Pfad der Moduldatei an, beginnend mit &apos;/&apos;.</translation>
    </message>
    <message>
        <source>“%1” is not a usable file path.</source>
        <translation>„%1“ ist kein verwendbarer Dateipfad.</translation>
    </message>
    <message>
        <source>“%1” is not a plain path: write it without “.”, “..”, “//” or a final “/”.</source>
        <translation>„%1“ ist kein einfacher Pfad: Schreiben Sie ihn ohne „.“, „..“, „//“ oder abschließendes „/“.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be examined: %2.</source>
        <translation>„%1“ kann nicht untersucht werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link: give the path of the module file itself.</source>
        <translation>„%1“ ist ein symbolischer Link: Geben Sie den Pfad der Moduldatei selbst an.</translation>
    </message>
    <message>
        <source>“%1” is a directory, not a module file.</source>
        <translation>„%1“ ist ein Verzeichnis, keine Moduldatei.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file (a device, FIFO or socket).</source>
        <translation>„%1“ ist keine reguläre Datei (sondern ein Gerät, ein FIFO oder ein Socket).</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is larger than 64 MiB, more than any kernel module.</source>
        <translation>„%1“ ist größer als 64 MiB, mehr als jedes Kernelmodul.</translation>
    </message>
    <message>
        <source>“%1” lies behind a symbolic link (its real path is “%2”): give the real path.</source>
        <translation>„%1“ liegt hinter einem symbolischen Link (der tatsächliche Pfad ist „%2“): Geben Sie den tatsächlichen Pfad an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read.</source>
        <translation>„%1“ hat sich während des Lesens geändert.</translation>
    </message>
    <message>
        <source>The module index of kernel %1 could not be read: %2.</source>
        <translation>Der Modulindex von Kernel %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>There is no module named “%1” for kernel %2.</source>
        <translation>Es gibt kein Modul namens „%1“ für Kernel %2.</translation>
    </message>
    <message>
        <source>“%1” is an alias of several modules (%2): give the name of the one to load.</source>
        <translation>„%1“ ist ein Alias mehrerer Module (%2): Geben Sie den Namen des Moduls an, das geladen werden soll.</translation>
    </message>
    <message>
        <source>%1 is built into kernel %2: it is always there and cannot be loaded. Its parameters can be set on the kernel command line (%1.parameter=value).</source>
        <translation>%1 ist fest in Kernel %2 eingebaut: Es ist immer vorhanden und kann nicht geladen werden. Seine Parameter lassen sich auf der Kernel-Befehlszeile setzen (%1.parameter=value).</translation>
    </message>
    <message>
        <source>%1 is blacklisted by the administrator.</source>
        <translation>%1 steht auf der Sperrliste des Administrators.</translation>
    </message>
    <message>
        <source>%1 is blacklisted by the administrator (%2).</source>
        <translation>%1 steht auf der Sperrliste des Administrators (%2).</translation>
    </message>
    <message>
        <source>There is no module file for %1 in %2.</source>
        <translation>Es gibt keine Moduldatei für %1 in %2.</translation>
    </message>
    <message>
        <source>The modules %1 needs could not be worked out: %2.</source>
        <translation>Die Module, die %1 benötigt, konnten nicht ermittelt werden: %2.</translation>
    </message>
    <message>
        <source>This kernel has no loadable-module support: every driver it has is built in.</source>
        <translation>Dieser Kernel unterstützt keine ladbaren Module: Alle seine Treiber sind fest eingebaut.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 kann nicht untersucht werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not loaded (there is no /sys/module/%1).</source>
        <translation>%1 ist nicht geladen (es gibt kein /sys/module/%1).</translation>
    </message>
    <message>
        <source>%1 has no parameter “%2” that can be changed while it runs.</source>
        <translation>%1 hat keinen Parameter „%2“, der sich im laufenden Betrieb ändern lässt.</translation>
    </message>
    <message>
        <source>%1 is not a parameter file.</source>
        <translation>%1 ist keine Parameterdatei.</translation>
    </message>
    <message>
        <source>Parameter “%1” of %2 is read-only (mode %3): it can only be given when the module is loaded, or on the kernel command line.</source>
        <translation>Parameter „%1“ von %2 ist schreibgeschützt (Modus %3): Er kann nur beim Laden des Moduls oder auf der Kernel-Befehlszeile angegeben werden.</translation>
    </message>
    <message>
        <source>Too many parameters: at most %1 can be given.</source>
        <translation>Zu viele Parameter: Höchstens %1 können angegeben werden.</translation>
    </message>
    <message>
        <source>No module index is installed for kernel %1 (%2/modules.dep.bin is missing).</source>
        <translation>Für Kernel %1 ist kein Modulindex installiert (%2/modules.dep.bin fehlt).</translation>
    </message>
    <message>
        <source>The module index of kernel %1 could not be opened.</source>
        <translation>Der Modulindex von Kernel %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Parameters cannot be given to %1: the administrator replaced its loading with a command (an install rule in the modprobe configuration).</source>
        <translation>%1 können keine Parameter übergeben werden: Der Administrator hat sein Laden durch einen Befehl ersetzt (eine install-Regel in der modprobe-Konfiguration).</translation>
    </message>
    <message>
        <source>Parameters cannot be given to %1: loading it runs an administrator&apos;s command for %2 (an install rule in the modprobe configuration).</source>
        <translation>%1 können keine Parameter übergeben werden: Sein Laden führt einen Befehl des Administrators für %2 aus (eine install-Regel in der modprobe-Konfiguration).</translation>
    </message>
    <message>
        <source>%1 now resolves to %2; ask again.</source>
        <translation>%1 wird jetzt zu %2 aufgelöst; fragen Sie erneut an.</translation>
    </message>
    <message>
        <source>The administrator&apos;s install command for %1 failed.</source>
        <translation>Der install-Befehl des Administrators für %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 needs %2, which could not be loaded: %3</source>
        <translation>%1 benötigt %2, das nicht geladen werden konnte: %3</translation>
    </message>
    <message>
        <source>Dry run: %1 would be loaded (in this order: %2).</source>
        <translation>Probelauf: %1 würde geladen (in dieser Reihenfolge: %2).</translation>
    </message>
    <message>
        <source>Loaded %1 (in this order: %2).</source>
        <translation>%1 geladen (in dieser Reihenfolge: %2).</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>The administrator&apos;s install command ran for: %1.</source>
        <translation>Der install-Befehl des Administrators wurde ausgeführt für: %1.</translation>
    </message>
    <message>
        <source>“%1” has no module name in its .modinfo section.</source>
        <translation>„%1“ hat keinen Modulnamen in seiner .modinfo-Sektion.</translation>
    </message>
    <message>
        <source>%1 has no version magic (vermagic): it was not built as a module for a kernel.</source>
        <translation>%1 hat keine Versionskennung (vermagic): Es wurde nicht als Modul für einen Kernel gebaut.</translation>
    </message>
    <message>
        <source>%1 was built for kernel %2, but this is kernel %3.</source>
        <translation>%1 wurde für Kernel %2 gebaut, dies ist aber Kernel %3.</translation>
    </message>
    <message>
        <source>No module file was opened.</source>
        <translation>Es wurde keine Moduldatei geöffnet.</translation>
    </message>
    <message>
        <source>%1 changed after it was checked; choose it again.</source>
        <translation>%1 hat sich nach der Prüfung geändert; wählen Sie die Datei erneut aus.</translation>
    </message>
    <message>
        <source>Dry run: %1 would be loaded from %2.</source>
        <translation>Probelauf: %1 würde aus %2 geladen.</translation>
    </message>
    <message>
        <source>Loaded %1 from %2.</source>
        <translation>%1 aus %2 geladen.</translation>
    </message>
    <message>
        <source>This kernel has no loadable-module support: %1 is built in, if it is there at all, and cannot be unloaded.</source>
        <translation>Dieser Kernel unterstützt keine ladbaren Module: %1 ist fest eingebaut, falls es überhaupt vorhanden ist, und kann nicht entladen werden.</translation>
    </message>
    <message>
        <source>The list of loaded modules could not be read: %1</source>
        <translation>Die Liste der geladenen Module konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be unloaded: it has no exit function (the kernel marks it permanent).</source>
        <translation>%1 kann nicht entladen werden: Es hat keine Exit-Funktion (der Kernel kennzeichnet es als permanent).</translation>
    </message>
    <message>
        <source>%1 is built into the kernel and cannot be unloaded.</source>
        <translation>%1 ist fest in den Kernel eingebaut und kann nicht entladen werden.</translation>
    </message>
    <message>
        <source>Dry run: %1 would be unloaded.</source>
        <translation>Probelauf: %1 würde entladen.</translation>
    </message>
    <message>
        <source>Unloaded %1.</source>
        <translation>%1 entladen.</translation>
    </message>
    <message>
        <source>%1 is in use by %2; unload %2 first.</source>
        <translation>%1 wird von %2 verwendet; entladen Sie zuerst %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in use (%n reference(s): an open device, a mounted file system, a network interface…); stop what uses it first.</source>
        <translation>
            <numerusform>%1 wird verwendet (%n Referenz: ein geöffnetes Gerät, ein eingehängtes Dateisystem, eine Netzwerkschnittstelle …); beenden Sie zuerst, was es verwendet.</numerusform>
            <numerusform>%1 wird verwendet (%n Referenzen: ein geöffnetes Gerät, ein eingehängtes Dateisystem, eine Netzwerkschnittstelle …); beenden Sie zuerst, was es verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter “%1” of %2: %3</source>
        <translation>Parameter „%1“ von %2: %3</translation>
    </message>
    <message>
        <source>Dry run: parameter “%1” of %2 would be set to %3.</source>
        <translation>Probelauf: Parameter „%1“ von %2 würde auf %3 gesetzt.</translation>
    </message>
    <message>
        <source>Parameter “%1” of %2 is now %3.</source>
        <translation>Parameter „%1“ von %2 ist jetzt %3.</translation>
    </message>
    <message>
        <source>%1 did not accept %2 for parameter “%3”; the kernel log may say why.</source>
        <translation>%1 hat %2 für Parameter „%3“ nicht akzeptiert; das Kernelprotokoll nennt womöglich den Grund.</translation>
    </message>
    <message>
        <source>%1 was unloaded meanwhile.</source>
        <translation>%1 wurde inzwischen entladen.</translation>
    </message>
    <message>
        <source>The kernel did not allow changing parameter “%1” of %2.</source>
        <translation>Der Kernel hat das Ändern von Parameter „%1“ von %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Parameter “%1” of %2 cannot be changed now (busy); try again.</source>
        <translation>Parameter „%1“ von %2 kann gerade nicht geändert werden (belegt); versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Parameter “%1” of %2 could not be written: %3.</source>
        <translation>Parameter „%1“ von %2 konnte nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for a parameter of type %2: %3</source>
        <translation>„%1“ ist kein gültiger Wert für einen Parameter vom Typ %2: %3</translation>
    </message>
    <message>
        <source>it must be a whole number from %1 to %2.</source>
        <translation>Erlaubt sind ganze Zahlen von %1 bis %2.</translation>
    </message>
    <message>
        <source>it must be a whole number from 0 to %1.</source>
        <translation>Erlaubt sind ganze Zahlen von 0 bis %1.</translation>
    </message>
    <message>
        <source>only digits are allowed.</source>
        <translation>Nur Ziffern sind erlaubt.</translation>
    </message>
    <message>
        <source>write it in decimal (hexadecimal is only accepted for hexint parameters).</source>
        <translation>Schreiben Sie den Wert dezimal (hexadezimal wird nur bei hexint-Parametern akzeptiert).</translation>
    </message>
    <message>
        <source>“0x” must be followed by hexadecimal digits only.</source>
        <translation>Auf „0x“ dürfen nur hexadezimale Ziffern folgen.</translation>
    </message>
    <message>
        <source>write the number without a &apos;+&apos; sign.</source>
        <translation>Schreiben Sie die Zahl ohne &apos;+&apos;-Zeichen.</translation>
    </message>
    <message>
        <source>write it without leading zeros (the kernel would read them as octal).</source>
        <translation>Schreiben Sie den Wert ohne führende Nullen (der Kernel würde ihn sonst als Oktalzahl lesen).</translation>
    </message>
    <message>
        <source>write 0 without a sign.</source>
        <translation>Schreiben Sie 0 ohne Vorzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for a parameter of type %2: use Y or N.</source>
        <translation>„%1“ ist kein gültiger Wert für einen Parameter vom Typ %2: Verwenden Sie Y oder N.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for a parameter of type %2: spaces, control characters and non-ASCII letters are not allowed.</source>
        <translation>„%1“ ist kein gültiger Wert für einen Parameter vom Typ %2: Leerzeichen, Steuerzeichen und Nicht-ASCII-Buchstaben sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for a parameter of type %2: the character “%3” is not allowed.</source>
        <translation>„%1“ ist kein gültiger Wert für einen Parameter vom Typ %2: Das Zeichen „%3“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>A parameter of type %1 needs a value.</source>
        <translation>Ein Parameter vom Typ %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Parameters of type “%1” cannot be set here.</source>
        <translation>Parameter vom Typ „%1“ können hier nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>No module name was given.</source>
        <translation>Es wurde kein Modulname angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a module name: module names are at most 55 characters long.</source>
        <translation>„%1“ ist kein Modulname: Modulnamen sind höchstens 55 Zeichen lang.</translation>
    </message>
    <message>
        <source>“%1” is not a module name: only letters, digits, &apos;_&apos; and &apos;-&apos; are allowed.</source>
        <translation>„%1“ ist kein Modulname: Nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not a module name: it may not start with &apos;-&apos;.</source>
        <translation>„%1“ ist kein Modulname: Er darf nicht mit &apos;-&apos; beginnen.</translation>
    </message>
    <message>
        <source>A parameter name is empty.</source>
        <translation>Ein Parametername ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a parameter name: it is longer than 64 characters.</source>
        <translation>„%1“ ist kein Parametername: Er ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a parameter name: only letters, digits and &apos;_&apos; are allowed.</source>
        <translation>„%1“ ist kein Parametername: Nur Buchstaben, Ziffern und &apos;_&apos; sind erlaubt.</translation>
    </message>
    <message>
        <source>The value is too long: parameter values are at most %1 characters.</source>
        <translation>Der Wert ist zu lang: Parameterwerte haben höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A parameter of type %1 needs at least one element.</source>
        <translation>Ein Parameter vom Typ %1 braucht mindestens ein Element.</translation>
    </message>
    <message>
        <source>Too many elements: a parameter of type %1 takes at most %2 here.</source>
        <translation>Zu viele Elemente: Ein Parameter vom Typ %1 nimmt hier höchstens %2 an.</translation>
    </message>
    <message>
        <source>Element %1 of “%2” is empty.</source>
        <translation>Element %1 von „%2“ ist leer.</translation>
    </message>
    <message>
        <source>Element %1: %2</source>
        <translation>Element %1: %2</translation>
    </message>
    <message>
        <source>It declares no parameters.</source>
        <translation>Es deklariert keine Parameter.</translation>
    </message>
    <message>
        <source>Its parameters are: %1.</source>
        <translation>Seine Parameter sind: %1.</translation>
    </message>
    <message>
        <source>%1 has no parameter “%2”. %3</source>
        <translation>%1 hat keinen Parameter „%2“. %3</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::PrivilegedClient</name>
    <message>
        <source>You are not allowed to do this, or the authentication was cancelled.</source>
        <translation>Sie dürfen das nicht, oder die Authentifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Kaleido&apos;s privileged helper is not installed or could not be started, so this needs to be done as root (%1).</source>
        <translation>Der privilegierte Hilfsdienst von Kaleido ist nicht installiert oder konnte nicht gestartet werden; daher muss dies als root geschehen (%1).</translation>
    </message>
    <message>
        <source>Kaleido&apos;s privileged helper did not answer in time.</source>
        <translation>Der privilegierte Hilfsdienst von Kaleido hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>There is no system message bus, so Kaleido&apos;s privileged helper cannot be reached.</source>
        <translation>Es gibt keinen System-Nachrichtenbus, daher ist der privilegierte Hilfsdienst von Kaleido nicht erreichbar.</translation>
    </message>
    <message>
        <source>The system message bus did not let Kaleido talk to its helper (%1).</source>
        <translation>Der System-Nachrichtenbus hat Kaleido nicht mit seinem Hilfsdienst sprechen lassen (%1).</translation>
    </message>
    <message>
        <source>The call to Kaleido&apos;s privileged helper failed: %1 (%2)</source>
        <translation>Der Aufruf des privilegierten Hilfsdienstes von Kaleido ist fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>There is no process %1.</source>
        <translation>Es gibt keinen Prozess %1.</translation>
    </message>
    <message>
        <source>Could not create a pipe for the stream.</source>
        <translation>Für den Datenstrom konnte keine Pipe angelegt werden.</translation>
    </message>
    <message>
        <source>The helper&apos;s stream could not be received.</source>
        <translation>Der Datenstrom des Hilfsdienstes konnte nicht empfangen werden.</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::PrivilegedStream</name>
    <message>
        <source>closed by the reader</source>
        <translation>vom Leser geschlossen</translation>
    </message>
    <message>
        <source>The stream&apos;s data was not in the expected format.</source>
        <translation>Die Daten des Datenstroms hatten nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The stream ended: the source can no longer be read, or the helper stopped it.</source>
        <translation>Der Datenstrom ist beendet: Die Quelle lässt sich nicht mehr lesen, oder der Hilfsdienst hat ihn angehalten.</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::ProcessControl</name>
    <message>
        <source>Process %1 has exited, or its PID now names another process; nothing was done.</source>
        <translation>Prozess %1 wurde beendet, oder seine PID bezeichnet jetzt einen anderen Prozess; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>Prozess %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>Prozess %1 (%2)</translation>
    </message>
    <message>
        <source>Kaleido is showing a system captured in %1, not the running one: processes can only be changed on the live system.</source>
        <translation>Kaleido zeigt ein in %1 aufgezeichnetes System, nicht das laufende: Prozesse lassen sich nur am laufenden System ändern.</translation>
    </message>
    <message>
        <source>%1 is not a process ID: process IDs run from 1 to %2.</source>
        <translation>%1 ist keine Prozess-ID: Prozess-IDs reichen von 1 bis %2.</translation>
    </message>
    <message>
        <source>The start time of process %1 is missing, so Kaleido cannot make sure the PID still names the same process.</source>
        <translation>Die Startzeit von Prozess %1 fehlt, daher kann Kaleido nicht sicherstellen, dass die PID noch denselben Prozess bezeichnet.</translation>
    </message>
    <message>
        <source>%1 is not a signal: signals run from 1 to %2.</source>
        <translation>%1 ist kein Signal: Signale reichen von 1 bis %2.</translation>
    </message>
    <message>
        <source>A nice value runs from −20 (highest priority) to 19 (lowest priority), so %1 is not one.</source>
        <translation>Ein Nice-Wert reicht von −20 (höchste Priorität) bis 19 (niedrigste Priorität), %1 ist also keiner.</translation>
    </message>
    <message>
        <source>An OOM score adjustment runs from −1000 (never chosen) to 1000 (chosen first), so %1 is not one.</source>
        <translation>Eine OOM-Bewertungsanpassung reicht von −1000 (nie gewählt) bis 1000 (zuerst gewählt), %1 ist also keine.</translation>
    </message>
    <message>
        <source>The number of CPUs of this system is not known, so no CPU can be chosen.</source>
        <translation>Die Anzahl der CPUs dieses Systems ist nicht bekannt, daher kann keine CPU gewählt werden.</translation>
    </message>
    <message>
        <source>Choose at least one CPU for the process to run on.</source>
        <translation>Wählen Sie mindestens eine CPU, auf der der Prozess laufen soll.</translation>
    </message>
    <message>
        <source>The list of CPUs is too long.</source>
        <translation>Die Liste der CPUs ist zu lang.</translation>
    </message>
    <message>
        <source>This system has CPUs 0 to %1; there is no CPU %2.</source>
        <translation>Dieses System hat die CPUs 0 bis %1; es gibt keine CPU %2.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>%1 an %2 gesendet.</translation>
    </message>
    <message>
        <source>Only root or the owner of %1 may send it signals.</source>
        <translation>Nur root oder der Eigentümer von %1 darf ihm Signale senden.</translation>
    </message>
    <message>
        <source>Sending %1 to %2 failed: %3.</source>
        <translation>Das Senden von %1 an %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Only root may raise the priority of %1 (give it a lower nice value).</source>
        <translation>Nur root darf die Priorität von %1 erhöhen (ihm einen niedrigeren Nice-Wert geben).</translation>
    </message>
    <message>
        <source>Only root or the owner of %1 may change its priority.</source>
        <translation>Nur root oder der Eigentümer von %1 darf seine Priorität ändern.</translation>
    </message>
    <message>
        <source>The nice value of %1 is now %2 (it was %3).</source>
        <translation>Der Nice-Wert von %1 ist jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <source>Only root may lower the OOM score adjustment of a process or change it for another user&apos;s process, such as %1.</source>
        <translation>Nur root darf die OOM-Bewertungsanpassung eines Prozesses senken oder sie für den Prozess eines anderen Benutzers ändern, etwa für %1.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The OOM score adjustment of %1 is now %2 (it was %3).</source>
        <translation>Die OOM-Bewertungsanpassung von %1 ist jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <source>The OOM score adjustment of %1 was set to %2, but reading it back failed: %3</source>
        <translation>Die OOM-Bewertungsanpassung von %1 wurde auf %2 gesetzt, aber das Zurücklesen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 cannot run on CPUs %2: they are offline or not allowed for it (by its cpuset).</source>
        <translation>%1 kann nicht auf den CPUs %2 laufen: Sie sind offline oder für ihn nicht erlaubt (durch sein cpuset).</translation>
    </message>
    <message>
        <source>Only root or the owner of %1 may choose its CPUs.</source>
        <translation>Nur root oder der Eigentümer von %1 darf seine CPUs wählen.</translation>
    </message>
    <message>
        <source>%1 now runs on CPU %2 (it ran on %3).</source>
        <translation>%1 läuft jetzt auf CPU %2 (vorher auf %3).</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::ReadStream</name>
    <message>
        <source>the kernel log could not be read: %1</source>
        <translation>das Kernel-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the reader fell too far behind</source>
        <translation>der Leser ist zu weit zurückgefallen</translation>
    </message>
    <message>
        <source>the reader closed the stream</source>
        <translation>der Leser hat den Datenstrom geschlossen</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::RequestHandler</name>
    <message>
        <source>A stream is opened by the helper, not run as an operation.</source>
        <translation>Ein Datenstrom wird vom Hilfsdienst geöffnet, nicht als Operation ausgeführt.</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::Stream</name>
    <message>
        <source>“%1” is not a source Kaleido can stream; the sources are: %2.</source>
        <translation>„%1“ ist keine Quelle, die Kaleido als Datenstrom liefern kann; die Quellen sind: %2.</translation>
    </message>
    <message>
        <source>The memory map of a process needs its process ID, from 1 to %1; %2 is not one.</source>
        <translation>Die Speicherbereiche eines Prozesses brauchen seine Prozess-ID, von 1 bis %1; %2 ist keine.</translation>
    </message>
    <message>
        <source>%1 is not about one process: send 0 as the process ID, not %2.</source>
        <translation>%1 betrifft keinen einzelnen Prozess: Senden Sie 0 als Prozess-ID, nicht %2.</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::Tunable</name>
    <message>
        <source>Overcommit mode</source>
        <translation>Overcommit-Modus</translation>
    </message>
    <message>
        <source>How the kernel answers requests for more memory than is free: 0 refuses only obvious overcommits, 1 always grants them, 2 grants nothing beyond the commit limit.</source>
        <translation>Wie der Kernel Anforderungen nach mehr Speicher beantwortet, als frei ist: 0 lehnt nur offensichtliches Overcommit ab, 1 gewährt es immer, 2 gewährt nichts über die Zusagegrenze hinaus.</translation>
    </message>
    <message>
        <source>Overcommit ratio (%)</source>
        <translation>Overcommit-Verhältnis (%)</translation>
    </message>
    <message>
        <source>In overcommit mode 2, the commit limit is swap plus this percentage of RAM. Setting it sets the overcommit limit in KiB to 0.</source>
        <translation>Im Overcommit-Modus 2 ist die Zusagegrenze der Auslagerungsspeicher plus dieser Prozentsatz des RAM. Das Setzen stellt die Overcommit-Grenze in KiB auf 0.</translation>
    </message>
    <message>
        <source>Overcommit limit (KiB)</source>
        <translation>Overcommit-Grenze (KiB)</translation>
    </message>
    <message>
        <source>In overcommit mode 2, the commit limit is swap plus this much RAM, in KiB. Setting it sets the overcommit ratio to 0; 0 means the ratio applies.</source>
        <translation>Im Overcommit-Modus 2 ist die Zusagegrenze der Auslagerungsspeicher plus so viel RAM, in KiB. Das Setzen stellt das Overcommit-Verhältnis auf 0; 0 bedeutet, dass das Verhältnis gilt.</translation>
    </message>
    <message>
        <source>Swappiness</source>
        <translation>Swappiness</translation>
    </message>
    <message>
        <source>How readily the kernel swaps out program memory rather than dropping file cache: 0 swaps as little as possible, 100 treats both alike, up to 200 prefers swapping.</source>
        <translation>Wie bereitwillig der Kernel Programmspeicher auslagert, statt Seitencache zu verwerfen: 0 lagert so wenig wie möglich aus, 100 behandelt beides gleich, Werte bis 200 bevorzugen das Auslagern.</translation>
    </message>
    <message>
        <source>Minimum free memory (KiB)</source>
        <translation>Minimaler freier Speicher (KiB)</translation>
    </message>
    <message>
        <source>Memory the kernel keeps free for allocations that cannot wait. Too little can hang the system under memory pressure; too much wastes memory or starts the OOM killer.</source>
        <translation>Speicher, den der Kernel für Allokationen frei hält, die nicht warten können. Zu wenig kann das System bei Speicherdruck hängen lassen; zu viel verschwendet Speicher oder ruft den OOM-Killer auf den Plan.</translation>
    </message>
    <message>
        <source>Watermark scale factor</source>
        <translation>Watermark-Skalierungsfaktor</translation>
    </message>
    <message>
        <source>How early kswapd starts reclaiming memory, in units of 0.01 % of memory (10 is 0.1 %). Higher values keep more memory free. Older kernels accept at most 1000.</source>
        <translation>Wie früh kswapd beginnt, Speicher zurückzugewinnen, in Einheiten von 0,01 % des Speichers (10 entspricht 0,1 %). Höhere Werte halten mehr Speicher frei. Ältere Kernel akzeptieren höchstens 1000.</translation>
    </message>
    <message>
        <source>Drop caches</source>
        <translation>Caches verwerfen</translation>
    </message>
    <message>
        <source>Frees clean file cache (1), unused directory and inode caches (2), or both (3). Changed data is not written out first, and the caches fill again with use.</source>
        <translation>Gibt sauberen Seitencache (1), ungenutzte Verzeichnis- und Inode-Caches (2) oder beides (3) frei. Geänderte Daten werden vorher nicht zurückgeschrieben, und die Caches füllen sich bei Nutzung wieder.</translation>
    </message>
    <message>
        <source>Compact memory</source>
        <translation>Speicher kompaktieren</translation>
    </message>
    <message>
        <source>Moves pages together once, now, so that free memory forms larger blocks, which makes huge pages easier to allocate.</source>
        <translation>Schiebt Seiten jetzt einmalig zusammen, sodass freier Speicher größere Blöcke bildet; das erleichtert das Belegen von Huge Pages.</translation>
    </message>
    <message>
        <source>Transparent huge pages</source>
        <translation>Transparent Huge Pages</translation>
    </message>
    <message>
        <source>When program memory is backed by huge pages: always, only in ranges a program marked with madvise(MADV_HUGEPAGE), or never.</source>
        <translation>Wann Programmspeicher mit Huge Pages hinterlegt wird: always (immer), madvise (nur in Bereichen, die ein Programm mit madvise(MADV_HUGEPAGE) markiert hat) oder never (nie).</translation>
    </message>
    <message>
        <source>Huge page defragmentation</source>
        <translation>Huge-Page-Defragmentierung</translation>
    </message>
    <message>
        <source>What a program does when no huge page is free: always waits while memory is compacted, defer leaves that to background threads, madvise waits only in marked ranges, defer+madvise combines the two, never takes a small page.</source>
        <translation>Was ein Programm tut, wenn keine Huge Page frei ist: always wartet, während der Speicher kompaktiert wird, defer überlässt das Hintergrund-Threads, madvise wartet nur in markierten Bereichen, defer+madvise kombiniert beides, never nimmt eine kleine Seite.</translation>
    </message>
    <message>
        <source>Huge pages for shared memory</source>
        <translation>Huge Pages für gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>When shared memory and tmpfs use huge pages: always, within_size (when the file is large enough), advise (when asked with madvise), or never. deny and force override every mount and are meant for emergencies and testing.</source>
        <translation>Wann gemeinsamer Speicher und tmpfs Huge Pages verwenden: always (immer), within_size (wenn die Datei groß genug ist), advise (auf Anforderung mit madvise) oder never (nie). deny und force übersteuern alle Einhängungen und sind für Notfälle und Tests gedacht.</translation>
    </message>
    <message>
        <source>khugepaged defragmentation</source>
        <translation>khugepaged-Defragmentierung</translation>
    </message>
    <message>
        <source>Whether khugepaged may reclaim and compact memory to get huge pages when it merges small pages (1) or not (0).</source>
        <translation>Ob khugepaged Speicher zurückgewinnen und kompaktieren darf, um beim Zusammenführen kleiner Seiten Huge Pages zu bekommen (1), oder nicht (0).</translation>
    </message>
    <message>
        <source>khugepaged pages per pass</source>
        <translation>khugepaged: Seiten pro Durchlauf</translation>
    </message>
    <message>
        <source>How many pages khugepaged looks at each time it wakes up.</source>
        <translation>Wie viele Seiten khugepaged bei jedem Aufwachen durchsieht.</translation>
    </message>
    <message>
        <source>khugepaged pause (ms)</source>
        <translation>khugepaged: Pause (ms)</translation>
    </message>
    <message>
        <source>How long khugepaged sleeps between passes, in milliseconds.</source>
        <translation>Wie lange khugepaged zwischen zwei Durchläufen schläft, in Millisekunden.</translation>
    </message>
    <message>
        <source>khugepaged retry delay (ms)</source>
        <translation>khugepaged: Wartezeit bis zum nächsten Versuch (ms)</translation>
    </message>
    <message>
        <source>How long khugepaged waits after it failed to get a huge page before it tries again, in milliseconds.</source>
        <translation>Wie lange khugepaged nach einem vergeblichen Versuch, eine Huge Page zu bekommen, bis zum nächsten Versuch wartet, in Millisekunden.</translation>
    </message>
    <message>
        <source>khugepaged empty pages allowed</source>
        <translation>khugepaged: erlaubte leere Seiten</translation>
    </message>
    <message>
        <source>How many unused small pages a range may contain and still be merged into a huge page, which then takes memory for them too. 0 never uses extra memory.</source>
        <translation>Wie viele ungenutzte kleine Seiten ein Bereich enthalten darf, um trotzdem zu einer Huge Page zusammengeführt zu werden, die dann auch für sie Speicher belegt. Bei 0 wird nie zusätzlicher Speicher verwendet.</translation>
    </message>
    <message>
        <source>Same-page merging</source>
        <translation>Zusammenführen gleicher Seiten</translation>
    </message>
    <message>
        <source>0 stops ksmd and keeps pages already merged, 1 runs ksmd, 2 stops it and splits every merged page again, which can need a lot of memory.</source>
        <translation>0 hält ksmd an und lässt bereits zusammengeführte Seiten bestehen, 1 startet ksmd, 2 hält ihn an und trennt alle zusammengeführten Seiten wieder auf, was viel Speicher benötigen kann.</translation>
    </message>
    <message>
        <source>KSM pages per pass</source>
        <translation>KSM: Seiten pro Durchlauf</translation>
    </message>
    <message>
        <source>How many pages ksmd looks at before it sleeps.</source>
        <translation>Wie viele Seiten ksmd durchsieht, bevor er schläft.</translation>
    </message>
    <message>
        <source>KSM pause (ms)</source>
        <translation>KSM: Pause (ms)</translation>
    </message>
    <message>
        <source>How long ksmd sleeps between passes, in milliseconds.</source>
        <translation>Wie lange ksmd zwischen zwei Durchläufen schläft, in Millisekunden.</translation>
    </message>
    <message>
        <source>Console log level</source>
        <translation>Log-Stufe der Konsole</translation>
    </message>
    <message>
        <source>Kernel messages more important than this level are printed on the console: 1 only emergencies, 8 everything including debug messages. The kernel log keeps them all.</source>
        <translation>Kernelmeldungen, die wichtiger als diese Stufe sind, werden auf der Konsole ausgegeben: 1 nur Notfälle, 8 alles einschließlich Debug-Meldungen. Das Kernelprotokoll behält sie alle.</translation>
    </message>
    <message>
        <source>expected options with the selected one in brackets</source>
        <translation>Optionen erwartet, die ausgewählte in Klammern</translation>
    </message>
    <message>
        <source>expected a number, not “%1”</source>
        <translation>Zahl erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>This kernel has no %1, so %2 cannot be changed: the kernel was built without this feature or it is not enabled.</source>
        <translation>%1 gibt es bei diesem Kernel nicht, daher kann %2 nicht geändert werden: Der Kernel wurde ohne diese Funktion gebaut, oder sie ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>Changing %1 needs root: only the administrator may write %2.</source>
        <translation>Das Ändern von %1 erfordert root: Nur der Administrator darf %2 schreiben.</translation>
    </message>
    <message>
        <source>The kernel refused the value %1 for %2: this kernel does not accept it.</source>
        <translation>Der Kernel hat den Wert %1 für %2 abgelehnt: Dieser Kernel akzeptiert ihn nicht.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Kernel settings are never written through a link.</source>
        <translation>%1 ist ein symbolischer Link. Kerneleinstellungen werden nie über einen Link geschrieben.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system (as in many containers), so %2 cannot be changed here.</source>
        <translation>%1 liegt auf einem schreibgeschützten Dateisystem (wie in vielen Containern), daher kann %2 hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The kernel is busy and cannot change %1 now.</source>
        <translation>Der Kernel ist beschäftigt und kann %1 gerade nicht ändern.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a setting Kaleido can change.</source>
        <translation>„%1“ ist keine Einstellung, die Kaleido ändern kann.</translation>
    </message>
    <message>
        <source>No value was given for %1.</source>
        <translation>Für %1 wurde kein Wert angegeben.</translation>
    </message>
    <message>
        <source>The value given for %1 is too long.</source>
        <translation>Der für %1 angegebene Wert ist zu lang.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number for %2: use the digits 0–9 only, without spaces, signs or leading zeros.</source>
        <translation>„%1“ ist keine ganze Zahl für %2: Verwenden Sie nur die Ziffern 0–9, ohne Leerzeichen, Vorzeichen oder führende Nullen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2, which takes one of: %3.</source>
        <translation>„%1“ ist kein Wert von %2; zulässig ist einer von: %3.</translation>
    </message>
    <message>
        <source>This kernel does not let the console log level go below %1.</source>
        <translation>Dieser Kernel lässt die Log-Stufe der Konsole nicht unter %1 sinken.</translation>
    </message>
    <message>
        <source>Done: %1 (the kernel accepted %2 in %3).</source>
        <translation>Erledigt: %1 (der Kernel hat %2 in %3 angenommen).</translation>
    </message>
    <message>
        <source>%1 was set to %2, but reading it back failed: %3</source>
        <translation>%1 wurde auf %2 gesetzt, aber das Zurücklesen ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 was set to %2, and the kernel made it %3.</source>
        <translation>%1 wurde auf %2 gesetzt, und der Kernel hat daraus %3 gemacht.</translation>
    </message>
    <message>
        <source>%1 was already %2.</source>
        <translation>%1 war bereits %2.</translation>
    </message>
    <message>
        <source>%1 is now %2 (it was %3).</source>
        <translation>%1 ist jetzt %2 (vorher %3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>kaleido::privileged::Verb</name>
    <message>
        <source>Load a kernel module</source>
        <translation>Ein Kernelmodul laden</translation>
    </message>
    <message>
        <source>Authentication is required to load a kernel module into the running kernel.</source>
        <translation>Zum Laden eines Kernelmoduls in den laufenden Kernel ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Load a kernel module from a file</source>
        <translation>Ein Kernelmodul aus einer Datei laden</translation>
    </message>
    <message>
        <source>Authentication is required to load a kernel module from a file that is not part of the installed kernel. The module&apos;s code will run inside the kernel.</source>
        <translation>Zum Laden eines Kernelmoduls aus einer Datei, die nicht zum installierten Kernel gehört, ist eine Authentifizierung erforderlich. Der Code des Moduls wird im Kernel ausgeführt.</translation>
    </message>
    <message>
        <source>Unload a kernel module</source>
        <translation>Ein Kernelmodul entladen</translation>
    </message>
    <message>
        <source>Authentication is required to unload a kernel module.</source>
        <translation>Zum Entladen eines Kernelmoduls ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Change a parameter of a loaded kernel module</source>
        <translation>Einen Parameter eines geladenen Kernelmoduls ändern</translation>
    </message>
    <message>
        <source>Authentication is required to change a parameter of a loaded kernel module.</source>
        <translation>Zum Ändern eines Parameters eines geladenen Kernelmoduls ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Change a kernel memory setting</source>
        <translation>Eine Speichereinstellung des Kernels ändern</translation>
    </message>
    <message>
        <source>Authentication is required to change a memory management setting of the running kernel.</source>
        <translation>Zum Ändern einer Einstellung der Speicherverwaltung des laufenden Kernels ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Send a signal to another user&apos;s process</source>
        <translation>Ein Signal an den Prozess eines anderen Benutzers senden</translation>
    </message>
    <message>
        <source>Authentication is required to send a signal to a process that belongs to another user.</source>
        <translation>Zum Senden eines Signals an einen Prozess, der einem anderen Benutzer gehört, ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Change the priority of another user&apos;s process</source>
        <translation>Die Priorität des Prozesses eines anderen Benutzers ändern</translation>
    </message>
    <message>
        <source>Authentication is required to change the priority of a process that belongs to another user, or to raise the priority of a process.</source>
        <translation>Zum Ändern der Priorität eines Prozesses, der einem anderen Benutzer gehört, oder zum Erhöhen der Priorität eines Prozesses ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Change how likely the OOM killer picks a process</source>
        <translation>Ändern, wie wahrscheinlich der OOM-Killer einen Prozess wählt</translation>
    </message>
    <message>
        <source>Authentication is required to change the out-of-memory score adjustment of a process.</source>
        <translation>Zum Ändern der OOM-Bewertungsanpassung eines Prozesses ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Change which CPUs another user&apos;s process may run on</source>
        <translation>Ändern, auf welchen CPUs der Prozess eines anderen Benutzers laufen darf</translation>
    </message>
    <message>
        <source>Authentication is required to change the CPU affinity of a process that belongs to another user.</source>
        <translation>Zum Ändern der CPU-Affinität eines Prozesses, der einem anderen Benutzer gehört, ist eine Authentifizierung erforderlich.</translation>
    </message>
    <message>
        <source>Read kernel information that only root may read</source>
        <translation>Kernelinformationen lesen, die nur root lesen darf</translation>
    </message>
    <message>
        <source>Authentication is required to read kernel information that is restricted to the administrator, such as the slab caches or the kernel log.</source>
        <translation>Zum Lesen von Kernelinformationen, die dem Administrator vorbehalten sind, etwa der Slab-Caches oder des Kernelprotokolls, ist eine Authentifizierung erforderlich.</translation>
    </message>
</context>
</TS>
