<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
