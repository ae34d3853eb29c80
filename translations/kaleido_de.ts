<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kaleido</name>
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
    <name>kaleido::ModuleDatabase::Private</name>
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
    <name>kaleido::ProcessComm</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
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
