<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>kaleido</name>
    <message>
        <source>Fork tree: children, an orphan, a zombie</source>
        <translation>Fork-Baum: Kinder, eine Waise, ein Zombie</translation>
    </message>
    <message>
        <source>See how fork() grows the process tree, who becomes the parent of a process whose parent exits, and why a child that has finished still shows up until its parent collects it.</source>
        <translation>Sehen Sie, wie fork() den Prozessbaum wachsen lässt, wer zum Elternprozess eines Prozesses wird, dessen Elternprozess endet, und warum ein bereits beendetes Kind so lange sichtbar bleibt, bis sein Elternprozess es abholt.</translation>
    </message>
    <message>
        <source>Processes, as a tree: the lab&apos;s process kaleido-lab-for (the kernel keeps only 15 characters of a name) and the forktree-child, -orphan and -zombie processes below it; the State column.</source>
        <translation>Prozesse als Baum: der Prozess des Versuchs, kaleido-lab-for (der Kernel behält nur 15 Zeichen eines Namens), und darunter die Prozesse forktree-child, -orphan und -zombie; die Spalte Zustand.</translation>
    </message>
    <message>
        <source>Fork three children</source>
        <translation>Drei Kindprozesse forken</translation>
    </message>
    <message>
        <source>Three new processes appear below the lab&apos;s process. Each one&apos;s parent PID is the lab&apos;s PID, and each is a copy of it: same program, same memory contents, a new PID.</source>
        <translation>Unter dem Prozess des Versuchs erscheinen drei neue Prozesse. Die Eltern-PID jedes dieser Prozesse ist die PID des Versuchs, und jeder ist eine Kopie davon: dasselbe Programm, derselbe Speicherinhalt, eine neue PID.</translation>
    </message>
    <message>
        <source>Make an orphan</source>
        <translation>Eine Waise erzeugen</translation>
    </message>
    <message>
        <source>A middle process forked a grandchild and exited. The grandchild did not die with it: the kernel gave it a new parent, the nearest ancestor marked as a child subreaper — here the lab&apos;s own process, as systemd --user does for your session. Without a subreaper, PID 1 adopts orphans.</source>
        <translation>Ein mittlerer Prozess hat einen Enkel geforkt und sich beendet. Der Enkel ist nicht mit ihm gestorben: Der Kernel hat ihm einen neuen Elternprozess gegeben, den nächsten Vorfahren, der als Child Subreaper markiert ist – hier der Prozess des Versuchs selbst, so wie es systemd --user für Ihre Sitzung tut. Ohne Subreaper adoptiert PID 1 verwaiste Prozesse.</translation>
    </message>
    <message>
        <source>Make a zombie</source>
        <translation>Einen Zombie erzeugen</translation>
    </message>
    <message>
        <source>A child exited at once, but its state is Z (zombie): the kernel keeps its PID and exit status until the parent asks for them with wait(). A zombie holds no memory and cannot be killed: it is already dead.</source>
        <translation>Ein Kind hat sich sofort beendet, aber sein Zustand ist Z (Zombie): Der Kernel behält seine PID und seinen Exit-Status, bis der Elternprozess sie mit wait() abfragt. Ein Zombie belegt keinen Speicher und kann nicht getötet werden: Er ist bereits tot.</translation>
    </message>
    <message>
        <source>Reap the zombie</source>
        <translation>Den Zombie einsammeln</translation>
    </message>
    <message>
        <source>The parent called waitpid(): it got the exit status, and the zombie is gone from the list.</source>
        <translation>Der Elternprozess hat waitpid() aufgerufen: Er hat den Exit-Status erhalten, und der Zombie ist aus der Liste verschwunden.</translation>
    </message>
    <message>
        <source>fork() creates a child that starts as a copy of its parent, which is how every process but the first comes to exist; the tree you saw is the kernel&apos;s real_parent links (PPid in /proc/PID/status). When a process exits, the kernel hands its children to the closest ancestor that declared itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER), or to PID 1. A process that has exited stays a zombie (state Z) until its parent waits for it; a parent that never waits leaks PIDs, and when such a parent exits, its zombies pass to the new parent, which reaps them.</source>
        <translation>fork() erzeugt ein Kind, das als Kopie seines Elternprozesses beginnt – so entsteht jeder Prozess außer dem ersten. Der Baum, den Sie gesehen haben, besteht aus den real_parent-Verweisen des Kernels (PPid in /proc/PID/status). Wenn ein Prozess endet, übergibt der Kernel seine Kinder an den nächsten Vorfahren, der sich selbst zum Child Subreaper erklärt hat (prctl PR_SET_CHILD_SUBREAPER), oder an PID 1. Ein beendeter Prozess bleibt ein Zombie (Zustand Z), bis sein Elternprozess auf ihn wartet; ein Elternprozess, der nie wartet, belegt PIDs, ohne sie freizugeben, und wenn ein solcher Elternprozess endet, gehen seine Zombies an den neuen Elternprozess über, der sie einsammelt.</translation>
    </message>
    <message>
        <source>Threads vs processes: one thread group or two</source>
        <translation>Threads und Prozesse: eine Thread-Gruppe oder zwei</translation>
    </message>
    <message>
        <source>See that threads are tasks that share one process — one thread group ID (TGID), one memory map — while a forked process is a group of its own with a copy of the memory.</source>
        <translation>Sehen Sie, dass Threads Tasks sind, die sich einen Prozess teilen – eine Thread-Gruppen-ID (TGID), eine Speicherabbildung –, während ein geforkter Prozess eine eigene Gruppe mit einer Kopie des Speichers bildet.</translation>
    </message>
    <message>
        <source>Processes with Threads switched on: the lab&apos;s process kaleido-lab-thre and its threads-worker threads, each with its own thread ID; the forked threads-child as a separate process. In the details: Threads, TGID.</source>
        <translation>Prozesse mit eingeschalteten Threads: der Prozess des Versuchs, kaleido-lab-thre, und seine threads-worker-Threads, jeder mit eigener Thread-ID; das geforkte threads-child als eigener Prozess. In den Details: Threads, TGID.</translation>
    </message>
    <message>
        <source>Start four threads</source>
        <translation>Vier Threads starten</translation>
    </message>
    <message>
        <source>Four threads appear under the lab&apos;s process. Each has its own thread ID (the kernel&apos;s pid), all share the process&apos;s ID as their TGID, and its thread count is now 5. getpid() returns the TGID in every one of them.</source>
        <translation>Unter dem Prozess des Versuchs erscheinen vier Threads. Jeder hat seine eigene Thread-ID (die pid des Kernels), alle teilen die ID des Prozesses als TGID, und seine Thread-Anzahl ist jetzt 5. getpid() liefert in jedem von ihnen die TGID.</translation>
    </message>
    <message>
        <source>Fork a child process</source>
        <translation>Einen Kindprozess forken</translation>
    </message>
    <message>
        <source>threads-child is a process: its own PID and TGID, one thread (only the thread that called fork() is copied), and its own memory map — a copy of the parent&apos;s, shared page by page until one side writes (copy on write).</source>
        <translation>threads-child ist ein Prozess: mit eigener PID und TGID, einem Thread (nur der Thread, der fork() aufgerufen hat, wird kopiert) und eigener Speicherabbildung – einer Kopie der des Elternprozesses, Seite für Seite geteilt, bis einer der beiden Prozesse schreibt (Copy-on-Write).</translation>
    </message>
    <message>
        <source>Linux schedules tasks. A thread is a task created with clone(CLONE_VM | CLONE_THREAD | …): it shares the memory map (mm), open files and signal handlers of its thread group, and has its own stack, registers and thread ID. /proc/PID/task lists the group&apos;s threads; /proc/TID/status shows Pid: (the thread ID) and Tgid: (the process ID). fork() makes a new thread group with its own mm, which starts as a copy-on-write copy of the parent&apos;s.</source>
        <translation>Linux plant Tasks ein. Ein Thread ist ein Task, der mit clone(CLONE_VM | CLONE_THREAD | …) erzeugt wurde: Er teilt die Speicherabbildung (mm), die offenen Dateien und die Signal-Handler seiner Thread-Gruppe und hat einen eigenen Stack, eigene Register und eine eigene Thread-ID. /proc/PID/task listet die Threads der Gruppe auf; /proc/TID/status zeigt Pid: (die Thread-ID) und Tgid: (die Prozess-ID). fork() erzeugt eine neue Thread-Gruppe mit eigenem mm, das als Copy-on-Write-Kopie des mm des Elternprozesses beginnt.</translation>
    </message>
    <message>
        <source>Signals: caught, ignored, blocked, pending</source>
        <translation>Signale: abgefangen, ignoriert, blockiert, ausstehend</translation>
    </message>
    <message>
        <source>See how a process decides what a signal does to it — its own handler, ignore it, or hold it back — and watch a blocked signal wait as pending until it is unblocked.</source>
        <translation>Sehen Sie, wie ein Prozess bestimmt, was ein Signal bei ihm bewirkt – ein eigener Handler, ignorieren oder zurückhalten –, und beobachten Sie, wie ein blockiertes Signal als ausstehend wartet, bis die Blockierung aufgehoben wird.</translation>
    </message>
    <message>
        <source>Processes ▸ details of the lab&apos;s process, section Signals: Caught, Ignored, Blocked, Pending for the process; and the State column for stop and continue.</source>
        <translation>Prozesse ▸ Details des Prozesses des Versuchs, Abschnitt Signale: Abgefangen, Ignoriert, Blockiert, Ausstehend für den Prozess; und die Spalte Zustand für Anhalten und Fortsetzen.</translation>
    </message>
    <message>
        <source>Catch SIGUSR1</source>
        <translation>SIGUSR1 abfangen</translation>
    </message>
    <message>
        <source>Caught now lists SIGUSR1 (SigCgt bit 9): the process installed its own handler with sigaction().</source>
        <translation>Abgefangen listet jetzt SIGUSR1 (SigCgt Bit 9): Der Prozess hat mit sigaction() einen eigenen Handler installiert.</translation>
    </message>
    <message>
        <source>Ignore SIGUSR2</source>
        <translation>SIGUSR2 ignorieren</translation>
    </message>
    <message>
        <source>Ignored now lists SIGUSR2 (SigIgn): the kernel throws it away on arrival.</source>
        <translation>Ignoriert listet jetzt SIGUSR2 (SigIgn): Der Kernel verwirft es beim Eintreffen.</translation>
    </message>
    <message>
        <source>Block SIGUSR1</source>
        <translation>SIGUSR1 blockieren</translation>
    </message>
    <message>
        <source>Blocked lists SIGUSR1 (SigBlk): sigprocmask() holds it back.</source>
        <translation>Blockiert listet SIGUSR1 (SigBlk): sigprocmask() hält es zurück.</translation>
    </message>
    <message>
        <source>Send SIGUSR1</source>
        <translation>SIGUSR1 senden</translation>
    </message>
    <message>
        <source>Pending for the process lists SIGUSR1 (ShdPnd): it arrived, but it is blocked, so the handler has not run.</source>
        <translation>Ausstehend für den Prozess listet SIGUSR1 (ShdPnd): Es ist eingetroffen, aber blockiert, daher ist der Handler nicht gelaufen.</translation>
    </message>
    <message>
        <source>Unblock SIGUSR1</source>
        <translation>Blockierung von SIGUSR1 aufheben</translation>
    </message>
    <message>
        <source>Pending is empty again and the handler ran once (handled=1 in the program&apos;s answer).</source>
        <translation>Ausstehend ist wieder leer, und der Handler ist einmal gelaufen (handled=1 in der Antwort des Programms).</translation>
    </message>
    <message>
        <source>Stop it (SIGSTOP)</source>
        <translation>Anhalten (SIGSTOP)</translation>
    </message>
    <message>
        <source>The state becomes T (stopped). SIGSTOP cannot be caught, blocked or ignored.</source>
        <translation>Der Zustand wird T (angehalten). SIGSTOP kann weder abgefangen noch blockiert oder ignoriert werden.</translation>
    </message>
    <message>
        <source>Continue it (SIGCONT)</source>
        <translation>Fortsetzen (SIGCONT)</translation>
    </message>
    <message>
        <source>The state is S (sleeping) again: the process waits for its next command.</source>
        <translation>Der Zustand ist wieder S (schlafend): Der Prozess wartet auf seinen nächsten Befehl.</translation>
    </message>
    <message>
        <source>Each signal has a disposition per process (default action, ignore, or a handler) and a block mask per thread. /proc/PID/status shows them as hexadecimal masks in which bit n-1 stands for signal n: SigCgt (caught), SigIgn (ignored), SigBlk (blocked), SigPnd (pending for the thread) and ShdPnd (pending for the whole process). A blocked signal stays pending, one of each kind for standard signals, until it is unblocked. SIGKILL and SIGSTOP bypass all of this: the kernel acts on them itself.</source>
        <translation>Jedes Signal hat pro Prozess eine Behandlung (Standardaktion, Ignorieren oder ein Handler) und pro Thread eine Blockiermaske. /proc/PID/status zeigt sie als hexadezimale Masken, in denen Bit n-1 für Signal n steht: SigCgt (abgefangen), SigIgn (ignoriert), SigBlk (blockiert), SigPnd (ausstehend für den Thread) und ShdPnd (ausstehend für den ganzen Prozess). Ein blockiertes Signal bleibt ausstehend – bei Standardsignalen eines je Art –, bis die Blockierung aufgehoben wird. SIGKILL und SIGSTOP umgehen all das: Der Kernel behandelt sie selbst.</translation>
    </message>
    <message>
        <source>malloc: the heap and anonymous mappings</source>
        <translation>malloc: der Heap und anonyme Mappings</translation>
    </message>
    <message>
        <source>See the two places malloc() takes memory from: the heap, which grows with brk(), for small requests, and a mapping of its own for each large request.</source>
        <translation>Sehen Sie die zwei Quellen, aus denen malloc() Speicher nimmt: den Heap, der mit brk() wächst, für kleine Anforderungen, und ein eigenes Mapping für jede große Anforderung.</translation>
    </message>
    <message>
        <source>Memory ▸ Map of the lab&apos;s process: the [heap] area and the anonymous areas without a file name; the Changes mark what grew or appeared since the last refresh.</source>
        <translation>Speicher ▸ Speicherbereiche des Prozesses des Versuchs: der Bereich [heap] und die anonymen Bereiche ohne Dateinamen; die Änderungsmarkierungen zeigen, was seit der letzten Aktualisierung gewachsen oder hinzugekommen ist.</translation>
    </message>
    <message>
        <source>2 000 small requests (1 KiB each)</source>
        <translation>2 000 kleine Anforderungen (je 1 KiB)</translation>
    </message>
    <message>
        <source>[heap] grows by about 2 MiB. glibc serves small requests from the heap and moves its end, the program break, up with brk() when the heap is full.</source>
        <translation>[heap] wächst um etwa 2 MiB. glibc bedient kleine Anforderungen aus dem Heap und schiebt dessen Ende, den Program Break, mit brk() nach oben, wenn der Heap voll ist.</translation>
    </message>
    <message>
        <source>One large request (1 MiB)</source>
        <translation>Eine große Anforderung (1 MiB)</translation>
    </message>
    <message>
        <source>A new anonymous area of 1 MiB and one page appears outside [heap]: a request above the mmap threshold (128 KiB unless changed) gets its own mmap(), plus a page for glibc&apos;s header.</source>
        <translation>Außerhalb von [heap] erscheint ein neuer anonymer Bereich von 1 MiB plus einer Seite: Eine Anforderung über der mmap-Schwelle (128 KiB, sofern nicht geändert) erhält ein eigenes mmap(), dazu eine Seite für den Header von glibc.</translation>
    </message>
    <message>
        <source>Free everything</source>
        <translation>Alles freigeben</translation>
    </message>
    <message>
        <source>The 1 MiB area disappears at once: free() gave it back with munmap(). The heap shrinks only if the free space is at its top, and only above the trim threshold.</source>
        <translation>Der 1-MiB-Bereich verschwindet sofort: free() hat ihn mit munmap() zurückgegeben. Der Heap schrumpft nur, wenn der freie Platz an seinem oberen Ende liegt, und erst oberhalb der Trim-Schwelle.</translation>
    </message>
    <message>
        <source>malloc() is a library function, not a system call. glibc keeps small blocks in the heap, one area that it extends with brk(); large blocks (above M_MMAP_THRESHOLD, 128 KiB by default, raised dynamically after such blocks are freed) are separate anonymous mappings made with mmap(), so that freeing them returns the memory to the kernel at once. Either way the kernel only reserved addresses: pages are given when first written (see the demand paging lab).</source>
        <translation>malloc() ist eine Bibliotheksfunktion, kein Systemaufruf. glibc verwaltet kleine Blöcke im Heap, einem einzigen Bereich, den sie mit brk() erweitert; große Blöcke (oberhalb von M_MMAP_THRESHOLD, standardmäßig 128 KiB, dynamisch angehoben, nachdem solche Blöcke freigegeben wurden) sind eigene anonyme Mappings, die mit mmap() angelegt werden, sodass ihre Freigabe den Speicher sofort an den Kernel zurückgibt. In beiden Fällen hat der Kernel nur Adressen reserviert: Seiten werden erst beim ersten Schreiben vergeben (siehe den Versuch zu Demand Paging).</translation>
    </message>
    <message>
        <source>Overcommit: promises the kernel may refuse</source>
        <translation>Overcommit: Zusagen, die der Kernel verweigern kann</translation>
    </message>
    <message>
        <source>See that the kernel can promise more memory than it has (overcommit), how the promises are counted (Committed_AS against CommitLimit), and that strict mode 2 refuses a reservation modes 0 and 1 grant.</source>
        <translation>Sehen Sie, dass der Kernel mehr Speicher zusagen kann, als er hat (Overcommit), wie die Zusagen gezählt werden (Committed_AS gegenüber CommitLimit) und dass der strikte Modus 2 eine Reservierung verweigert, die die Modi 0 und 1 gewähren.</translation>
    </message>
    <message>
        <source>Reserve 1 GiB more than CommitLimit leaves</source>
        <translation>1 GiB mehr reservieren, als CommitLimit übrig lässt</translation>
    </message>
    <message>
        <source>In mode 0 (heuristic) and 1 (always) the kernel grants it: Committed_AS now exceeds CommitLimit and nothing else changed, because no page was touched. Mode 0 refuses only a single request larger than all RAM and swap.</source>
        <translation>In Modus 0 (heuristisch) und 1 (immer) gewährt der Kernel die Reservierung: Committed_AS liegt jetzt über CommitLimit, und sonst hat sich nichts geändert, weil keine Seite berührt wurde. Modus 0 verweigert nur eine einzelne Anforderung, die größer ist als RAM und Swap zusammen.</translation>
    </message>
    <message>
        <source>Release it</source>
        <translation>Wieder freigeben</translation>
    </message>
    <message>
        <source>Committed_AS drops back by the same amount.</source>
        <translation>Committed_AS sinkt um denselben Betrag.</translation>
    </message>
    <message>
        <source>Private writable memory is a promise: the kernel adds it to Committed_AS when it is mapped, but gives pages only when they are written. vm.overcommit_memory decides which promises are made: 0 refuses only the obviously impossible, 1 never refuses, 2 refuses anything that would push Committed_AS past CommitLimit. With overcommit, a program can be granted memory and still be killed by the OOM killer when it uses it; without, it gets an error it can handle, but fork() of a large process may fail.</source>
        <translation>Privater beschreibbarer Speicher ist eine Zusage: Der Kernel rechnet ihn beim Einblenden zu Committed_AS hinzu, vergibt Seiten aber erst, wenn sie beschrieben werden. vm.overcommit_memory entscheidet, welche Zusagen gemacht werden: 0 verweigert nur das offensichtlich Unmögliche, 1 verweigert nie, 2 verweigert alles, was Committed_AS über CommitLimit treiben würde. Mit Overcommit kann ein Programm Speicher zugesagt bekommen und trotzdem vom OOM-Killer beendet werden, wenn es ihn benutzt; ohne erhält es einen Fehler, den es behandeln kann, aber fork() eines großen Prozesses kann fehlschlagen.</translation>
    </message>
    <message>
        <source>Demand paging: reserve first, pay on touch</source>
        <translation>Demand Paging: erst reservieren, beim Zugriff bezahlen</translation>
    </message>
    <message>
        <source>See that reserving memory costs nothing but addresses, and that the kernel hands out pages only when the program first writes to them, one page fault at a time.</source>
        <translation>Sehen Sie, dass das Reservieren von Speicher nur Adressen kostet und dass der Kernel Seiten erst vergibt, wenn das Programm zum ersten Mal in sie schreibt – ein Seitenfehler nach dem anderen.</translation>
    </message>
    <message>
        <source>Processes ▸ details of the lab&apos;s process: virtual size (VSZ), resident size (RSS) and minor faults.</source>
        <translation>Prozesse ▸ Details des Versuchsprozesses: virtuelle Größe (VSZ), residente Größe (RSS) und leichte Seitenfehler (Minor Faults).</translation>
    </message>
    <message>
        <source>Reserve 256 MiB</source>
        <translation>256 MiB reservieren</translation>
    </message>
    <message>
        <source>VSZ jumps by 256 MiB, RSS does not move: mmap() only recorded an address range (a VMA). No page frame is used yet.</source>
        <translation>VSZ springt um 256 MiB, RSS bewegt sich nicht: mmap() hat nur einen Adressbereich (eine VMA) eingetragen. Noch wird kein Seitenrahmen belegt.</translation>
    </message>
    <message>
        <source>Touch it page by page</source>
        <translation>Seite für Seite berühren</translation>
    </message>
    <message>
        <source>Over a few seconds RSS climbs by 256 MiB and the minor faults by about 65 536, one per 4 KiB page: each first write faults, and the kernel gives a zeroed page and maps it.</source>
        <translation>Innerhalb weniger Sekunden steigt RSS um 256 MiB und die Zahl der leichten Seitenfehler um etwa 65 536, einer pro 4-KiB-Seite: Jeder erste Schreibzugriff löst einen Seitenfehler aus, und der Kernel vergibt eine mit Nullen gefüllte Seite und blendet sie ein.</translation>
    </message>
    <message>
        <source>VSZ and RSS both drop by 256 MiB: munmap() gave the pages back.</source>
        <translation>VSZ und RSS sinken beide um 256 MiB: munmap() hat die Seiten zurückgegeben.</translation>
    </message>
    <message>
        <source>Linux allocates memory lazily. mmap() and malloc() create or extend a virtual memory area; the page table has no entries for it yet. The first access to each page traps into the kernel (a page fault), which allocates a page, fills it with zeros and maps it — a minor fault, because no disk was read. A read of an untouched anonymous page would map the shared zero page instead and leave RSS unchanged. The lab asks for small pages only (MADV_NOHUGEPAGE), so each fault brings one 4 KiB page.</source>
        <translation>Linux vergibt Speicher verzögert. mmap() und malloc() legen einen virtuellen Speicherbereich an oder erweitern ihn; die Seitentabelle hat dafür noch keine Einträge. Der erste Zugriff auf jede Seite führt in den Kernel (ein Seitenfehler), der eine Seite belegt, sie mit Nullen füllt und einblendet – ein leichter Seitenfehler (Minor Fault), weil nichts von der Festplatte gelesen wurde. Ein Lesezugriff auf eine unberührte anonyme Seite würde stattdessen die gemeinsame Nullseite einblenden und RSS unverändert lassen. Der Versuch fordert nur kleine Seiten an (MADV_NOHUGEPAGE), daher bringt jeder Seitenfehler genau eine 4-KiB-Seite.</translation>
    </message>
    <message>
        <source>OOM killer: when memory runs out</source>
        <translation>OOM-Killer: wenn der Speicher ausgeht</translation>
    </message>
    <message>
        <source>See the kernel end a process when a memory limit is reached and nothing can be reclaimed: the out-of-memory killer picks the victim by oom_score and says so in the kernel log.</source>
        <translation>Sehen Sie, wie der Kernel einen Prozess beendet, wenn eine Speichergrenze erreicht ist und nichts mehr zurückgewonnen werden kann: Der OOM-Killer wählt das Opfer nach oom_score aus und meldet dies im Kernelprotokoll.</translation>
    </message>
    <message>
        <source>Processes: the lab&apos;s resident size climbing, then the process gone. Memory ▸ Faults &amp; OOM for the oom_score order; the kernel log for the line &quot;Memory cgroup out of memory: Killed process …&quot;.</source>
        <translation>Prozesse: Die residente Größe des Versuchs steigt, dann ist der Prozess verschwunden. Speicher ▸ Seitenfehler &amp; OOM für die Reihenfolge nach oom_score; das Kernelprotokoll für die Zeile „Memory cgroup out of memory: Killed process …“.</translation>
    </message>
    <message>
        <source>Grow until the kernel says no</source>
        <translation>Wachsen, bis der Kernel Nein sagt</translation>
    </message>
    <message>
        <source>When an allocation cannot be satisfied — in the whole machine, or inside a cgroup at its memory.max — and reclaim fails, the kernel&apos;s out_of_memory() chooses a victim: the process with the highest oom_score, which grows with its memory use and is shifted by oom_score_adj (-1000 exempts, 1000 volunteers). It gets SIGKILL, which cannot be caught, and the kernel logs the choice with a table of candidates. A cgroup limit keeps the damage inside the group; memory.events counts oom_kill. This is why the lab runs only under a limit: without one, the victim could be anything of yours.</source>
        <translation>Wenn eine Anforderung nicht erfüllt werden kann – im ganzen System oder innerhalb einer cgroup an ihrem memory.max – und das Zurückgewinnen von Speicher scheitert, wählt out_of_memory() im Kernel ein Opfer: den Prozess mit dem höchsten oom_score, der mit seinem Speicherverbrauch wächst und durch oom_score_adj verschoben wird (-1000 nimmt ihn aus, 1000 meldet ihn freiwillig). Er erhält SIGKILL, das nicht abgefangen werden kann, und der Kernel protokolliert die Wahl mit einer Tabelle der Kandidaten. Eine cgroup-Grenze hält den Schaden innerhalb der Gruppe; memory.events zählt oom_kill. Deshalb läuft der Versuch nur unter einer Grenze: Ohne sie könnte jeder Ihrer Prozesse das Opfer sein.</translation>
    </message>
    <message>
        <source>Page cache: cold read, warm read</source>
        <translation>Seitencache: kaltes Lesen, warmes Lesen</translation>
    </message>
    <message>
        <source>See the kernel keep file contents in RAM after a read, so that the second read of the same file comes from memory, and see the cache emptied again.</source>
        <translation>Sehen Sie, wie der Kernel Dateiinhalte nach dem Lesen im RAM behält, sodass das zweite Lesen derselben Datei aus dem Speicher kommt, und wie der Cache wieder geleert wird.</translation>
    </message>
    <message>
        <source>The program&apos;s answers below (read time in ms, pages of the file in the cache, asked with mincore()) and Memory ▸ Overview: Cached grows by the file&apos;s size on the cold read.</source>
        <translation>Die Antworten des Programms unten (Lesezeit in ms, Seiten der Datei im Cache, per mincore() abgefragt) und Speicher ▸ Übersicht: Cached wächst beim kalten Lesen um die Größe der Datei.</translation>
    </message>
    <message>
        <source>Create a 256 MiB file</source>
        <translation>Eine 256-MiB-Datei anlegen</translation>
    </message>
    <message>
        <source>The file was just written, so all its pages are in the page cache already (cached = pages).</source>
        <translation>Die Datei wurde gerade geschrieben, daher sind alle ihre Seiten bereits im Seitencache (cached = pages).</translation>
    </message>
    <message>
        <source>Evict it from the cache</source>
        <translation>Aus dem Cache verdrängen</translation>
    </message>
    <message>
        <source>cached=0: posix_fadvise(POSIX_FADV_DONTNEED) let the kernel drop the file&apos;s clean pages. This needs no privilege, unlike drop_caches, which empties the cache for every file.</source>
        <translation>cached=0: posix_fadvise(POSIX_FADV_DONTNEED) ließ den Kernel die sauberen Seiten der Datei verwerfen. Dafür sind keine Rechte nötig, anders als bei drop_caches, das den Cache für alle Dateien leert.</translation>
    </message>
    <message>
        <source>Read it (cold)</source>
        <translation>Lesen (kalt)</translation>
    </message>
    <message>
        <source>cached-before=0, then all pages: every page came from the disk and stays in RAM. Note the time.</source>
        <translation>cached-before=0, danach alle Seiten: Jede Seite kam von der Festplatte und bleibt im RAM. Merken Sie sich die Zeit.</translation>
    </message>
    <message>
        <source>Read it again (warm)</source>
        <translation>Erneut lesen (warm)</translation>
    </message>
    <message>
        <source>Many times faster: nothing was read from the disk, the kernel copied the pages from the cache.</source>
        <translation>Um ein Vielfaches schneller: Von der Festplatte wurde nichts gelesen, der Kernel hat die Seiten aus dem Cache kopiert.</translation>
    </message>
    <message>
        <source>Linux keeps the contents of files it has read or written in otherwise unused RAM, the page cache, and serves later reads from there; that is why free memory is usually small and Cached large. Clean cached pages are dropped whenever memory is needed, so this RAM is available, not used up. mincore() tells a program which pages of a mapped file are resident; POSIX_FADV_DONTNEED drops one file&apos;s clean pages; writing 1 to /proc/sys/vm/drop_caches (root) drops all clean page cache. The file is deleted when the lab stops.</source>
        <translation>Linux hält den Inhalt gelesener oder geschriebener Dateien im sonst ungenutzten RAM, dem Seitencache, und bedient spätere Lesezugriffe von dort; deshalb ist der freie Speicher meist klein und Cached groß. Saubere Seiten im Cache werden verworfen, sobald Speicher gebraucht wird; dieser RAM ist also verfügbar, nicht verbraucht. mincore() verrät einem Programm, welche Seiten einer eingeblendeten Datei resident sind; POSIX_FADV_DONTNEED verwirft die sauberen Seiten einer einzelnen Datei; eine 1 in /proc/sys/vm/drop_caches zu schreiben (root) verwirft den gesamten sauberen Seitencache. Die Datei wird gelöscht, wenn der Versuch endet.</translation>
    </message>
    <message>
        <source>KSM: identical pages merged</source>
        <translation>KSM: identische Seiten zusammengeführt</translation>
    </message>
    <message>
        <source>See the kernel find pages with the same contents in a region marked mergeable and keep only one copy of them, once its merging thread, ksmd, is switched on.</source>
        <translation>Beobachten Sie, wie der Kernel in einem als zusammenführbar markierten Bereich Seiten mit gleichem Inhalt findet und nur eine Kopie davon behält, sobald sein Zusammenführungs-Thread ksmd eingeschaltet ist.</translation>
    </message>
    <message>
        <source>64 MiB of identical pages, mergeable</source>
        <translation>64 MiB identische Seiten, zusammenführbar</translation>
    </message>
    <message>
        <source>The program wrote the same bytes into 16 384 pages and marked them with madvise(MADV_MERGEABLE). Nothing is merged yet: that is ksmd&apos;s work.</source>
        <translation>Das Programm hat dieselben Bytes in 16 384 Seiten geschrieben und sie mit madvise(MADV_MERGEABLE) markiert. Noch ist nichts zusammengeführt: Das ist die Aufgabe von ksmd.</translation>
    </message>
    <message>
        <source>How much is merged?</source>
        <translation>Wie viel ist zusammengeführt?</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Zusammenführung aufheben</translation>
    </message>
    <message>
        <source>MADV_UNMERGEABLE breaks the sharing: each page gets its own copy again and the counters fall.</source>
        <translation>MADV_UNMERGEABLE hebt die gemeinsame Nutzung auf: Jede Seite erhält wieder eine eigene Kopie, und die Zähler sinken.</translation>
    </message>
    <message>
        <source>Kernel samepage merging scans the regions programs marked with MADV_MERGEABLE (virtual machines, mostly), finds pages with equal contents, and maps one write-protected copy in their place; a write to a merged page gets a private copy again (copy on write). pages_shared counts the kept copies, pages_sharing the places that use them, so pages_sharing is roughly the memory saved. The scan costs CPU, which is why it is off unless /sys/kernel/mm/ksm/run is 1. /proc/PID/ksm_stat gives the figures per process.</source>
        <translation>Kernel Samepage Merging durchsucht die Bereiche, die Programme mit MADV_MERGEABLE markiert haben (meist virtuelle Maschinen), findet Seiten mit gleichem Inhalt und blendet an ihrer Stelle eine schreibgeschützte Kopie ein; ein Schreibzugriff auf eine zusammengeführte Seite erhält wieder eine private Kopie (Copy-on-Write). pages_shared zählt die behaltenen Kopien, pages_sharing die Stellen, die sie nutzen; pages_sharing entspricht also ungefähr dem eingesparten Speicher. Das Durchsuchen kostet CPU-Zeit, deshalb ist es ausgeschaltet, solange /sys/kernel/mm/ksm/run nicht 1 ist. /proc/PID/ksm_stat liefert die Werte pro Prozess.</translation>
    </message>
    <message>
        <source>Transparent huge pages: 2 MiB at a time</source>
        <translation>Transparent Huge Pages: 2 MiB auf einmal</translation>
    </message>
    <message>
        <source>See the kernel back an anonymous region with 2 MiB huge pages instead of 4 KiB pages when the program asks for it with MADV_HUGEPAGE, and not when it opts out or THP is switched off.</source>
        <translation>Beobachten Sie, wie der Kernel einen anonymen Bereich mit Huge Pages von 2 MiB statt mit Seiten von 4 KiB unterlegt, wenn das Programm dies mit MADV_HUGEPAGE anfordert – und nicht, wenn es sich abmeldet oder THP ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>16 MiB with MADV_HUGEPAGE</source>
        <translation>16 MiB mit MADV_HUGEPAGE</translation>
    </message>
    <message>
        <source>A new 16 MiB area whose AnonHugePages is (nearly) 16 MiB: each first touch of a 2 MiB-aligned range got a whole huge page, one page fault instead of 512 — unless enabled is [never].</source>
        <translation>Ein neuer Bereich von 16 MiB, dessen AnonHugePages (fast) 16 MiB beträgt: Jeder erste Zugriff auf einen an 2 MiB ausgerichteten Abschnitt erhielt eine ganze Huge Page, ein Seitenfehler statt 512 – außer enabled steht auf [never].</translation>
    </message>
    <message>
        <source>16 MiB with MADV_NOHUGEPAGE</source>
        <translation>16 MiB mit MADV_NOHUGEPAGE</translation>
    </message>
    <message>
        <source>A second area of the same size, touched the same way, with AnonHugePages 0: 4 096 small pages.</source>
        <translation>Ein zweiter Bereich gleicher Größe, auf die gleiche Weise berührt, mit AnonHugePages 0: 4 096 kleine Seiten.</translation>
    </message>
    <message>
        <source>Release both</source>
        <translation>Beide freigeben</translation>
    </message>
    <message>
        <source>With transparent huge pages the kernel maps a 2 MiB-aligned range of anonymous memory with one page-table entry at the PMD level, which saves page faults and TLB entries. /sys/kernel/mm/transparent_hugepage/enabled decides where: always, only in regions marked with madvise(MADV_HUGEPAGE) (madvise, Debian&apos;s default), or never; MADV_NOHUGEPAGE opts a region out. When no free 2 MiB block is at hand the fault falls back to small pages, and khugepaged may collapse them later. The AnonHugePages line of /proc/PID/smaps counts the huge pages in each area.</source>
        <translation>Mit Transparent Huge Pages bildet der Kernel einen an 2 MiB ausgerichteten Abschnitt anonymen Speichers mit einem einzigen Seitentabelleneintrag auf PMD-Ebene ab; das spart Seitenfehler und TLB-Einträge. /sys/kernel/mm/transparent_hugepage/enabled legt fest, wo: always (immer), nur in mit madvise(MADV_HUGEPAGE) markierten Bereichen (madvise, die Voreinstellung von Debian) oder never (nie); MADV_NOHUGEPAGE nimmt einen Bereich aus. Ist kein freier Block von 2 MiB zur Hand, weicht der Seitenfehler auf kleine Seiten aus, und khugepaged kann sie später zusammenfassen. Die Zeile AnonHugePages in /proc/PID/smaps zählt die Huge Pages in jedem Bereich.</translation>
    </message>
    <message>
        <source>Buddy allocator simulator</source>
        <translation>Buddy-Allokator-Simulator</translation>
    </message>
    <message>
        <source>See how a buddy allocator splits a block in halves until one fits a request, merges two free halves back, and why rounding up to a power of two wastes memory inside each block.</source>
        <translation>Sehen Sie, wie ein Buddy-Allokator einen Block so lange halbiert, bis eine Hälfte zu einer Anforderung passt, wie er zwei freie Hälften wieder zusammenführt und warum das Aufrunden auf eine Zweierpotenz Speicher innerhalb jedes Blocks verschwendet.</translation>
    </message>
    <message>
        <source>The bar of blocks below: splits, the allocated blocks with their wasted bytes, the internal fragmentation figure. Click an allocated block to free it and watch the buddies merge.</source>
        <translation>Die Blockleiste unten: Teilungen, die belegten Blöcke mit ihren verschwendeten Bytes, der Wert der internen Fragmentierung. Klicken Sie auf einen belegten Block, um ihn freizugeben, und beobachten Sie, wie die Buddys verschmelzen.</translation>
    </message>
    <message>
        <source>Exercise 1: 8000, 3000, 2000, 500, 500 bytes</source>
        <translation>Übung 1: 8000, 3000, 2000, 500, 500 Bytes</translation>
    </message>
    <message>
        <source>The 16 KiB arena is split down to 512-byte blocks. Internal fragmentation: 1 360 bytes (192 + 1 096 + 48 + 12 + 12); the free 1 KiB block does not count, it is not inside an allocation.</source>
        <translation>Die Arena von 16 KiB wird bis hinunter zu Blöcken von 512 Bytes geteilt. Interne Fragmentierung: 1 360 Bytes (192 + 1 096 + 48 + 12 + 12); der freie Block von 1 KiB zählt nicht mit, denn er liegt in keiner Belegung.</translation>
    </message>
    <message>
        <source>Exercise 2: 500, 1000, 2000, 4000, 8000, 500, 500 bytes</source>
        <translation>Übung 2: 500, 1000, 2000, 4000, 8000, 500, 500 Bytes</translation>
    </message>
    <message>
        <source>The first six requests take 512 + 1 024 + 2 048 + 4 096 + 8 192 + 512 = 16 384 bytes, the whole arena: the seventh request fails although it asks for only 500 bytes.</source>
        <translation>Die ersten sechs Anforderungen belegen 512 + 1 024 + 2 048 + 4 096 + 8 192 + 512 = 16 384 Bytes, die gesamte Arena: Die siebte Anforderung schlägt fehl, obwohl sie nur 500 Bytes verlangt.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>One free 16 KiB block.</source>
        <translation>Ein freier Block von 16 KiB.</translation>
    </message>
    <message>
        <source>The kernel&apos;s page allocator is a buddy allocator: it keeps free blocks of 2^order pages (order 0 to 10 on x86-64, the columns of /proc/buddyinfo and Memory ▸ Zones), splits a larger block when the wanted order is empty and merges a freed block with its buddy — the block at the address that differs in just the size bit — when that one is free too. Merging keeps external fragmentation down; rounding up to a power of two causes internal fragmentation. The kernel counts in pages and uses slab caches for small objects, so this simulator, like the handbook exercise, works in bytes on a 16 KiB arena with 64-byte minimum blocks.</source>
        <translation>Der Seitenallokator des Kernels ist ein Buddy-Allokator: Er verwaltet freie Blöcke von 2^Ordnung Seiten (Ordnung 0 bis 10 auf x86-64, die Spalten von /proc/buddyinfo und Speicher ▸ Zonen), teilt einen größeren Block, wenn die gewünschte Ordnung leer ist, und führt einen freigegebenen Block mit seinem Buddy zusammen – dem Block, dessen Adresse sich nur im Größenbit unterscheidet –, wenn dieser ebenfalls frei ist. Das Zusammenführen hält die externe Fragmentierung gering; das Aufrunden auf eine Zweierpotenz verursacht interne Fragmentierung. Der Kernel rechnet in Seiten und nutzt Slab-Caches für kleine Objekte; deshalb arbeitet dieser Simulator wie die Übung im Handbuch in Bytes, auf einer Arena von 16 KiB mit Mindestblöcken von 64 Bytes.</translation>
    </message>
    <message>
        <source>ASLR: the same program, different addresses</source>
        <translation>ASLR: dasselbe Programm, andere Adressen</translation>
    </message>
    <message>
        <source>See that the kernel places the stack, the heap, the libraries and even the program&apos;s own code at new random addresses each time a program starts, and what changes when that is switched off for one program.</source>
        <translation>Sehen Sie, wie der Kernel den Stack, den Heap, die Bibliotheken und sogar den eigenen Code des Programms bei jedem Programmstart an neue, zufällige Adressen legt – und was sich ändert, wenn das für ein einzelnes Programm abgeschaltet wird.</translation>
    </message>
    <message>
        <source>The program&apos;s answers below: one line per run, with the addresses of its stack, heap end, a new mapping, the C library, its own code and the vDSO; and randomize_va_space (Memory ▸ Tunables has the kernel&apos;s settings).</source>
        <translation>Die Antworten des Programms unten: eine Zeile pro Lauf mit den Adressen seines Stacks, des Heap-Endes, eines neuen Mappings, der C-Bibliothek, seines eigenen Codes und des vDSO; dazu randomize_va_space (die Einstellungen des Kernels finden Sie unter Speicher ▸ Einstellungen).</translation>
    </message>
    <message>
        <source>Run the program</source>
        <translation>Programm ausführen</translation>
    </message>
    <message>
        <source>One line of addresses from a fresh run of the same program.</source>
        <translation>Eine Zeile mit Adressen aus einem neuen Lauf desselben Programms.</translation>
    </message>
    <message>
        <source>Run it again</source>
        <translation>Noch einmal ausführen</translation>
    </message>
    <message>
        <source>Every address differs from the first run (with randomize_va_space 2; with 1 the heap end follows the program, with 0 nothing moves). Libraries and code keep their last three hexadecimal digits: they move by whole pages; the stack is shifted within its page as well.</source>
        <translation>Jede Adresse unterscheidet sich vom ersten Lauf (bei randomize_va_space 2; bei 1 folgt das Heap-Ende dem Programm, bei 0 bewegt sich nichts). Bibliotheken und Code behalten ihre letzten drei Hexadezimalziffern: Sie werden um ganze Seiten verschoben; der Stack wird zusätzlich innerhalb seiner Seite verschoben.</translation>
    </message>
    <message>
        <source>Run it without randomisation</source>
        <translation>Ohne Randomisierung ausführen</translation>
    </message>
    <message>
        <source>The child set personality(ADDR_NO_RANDOMIZE) before exec, as setarch -R does: the addresses are the kernel&apos;s unrandomised defaults.</source>
        <translation>Der Kindprozess hat vor exec personality(ADDR_NO_RANDOMIZE) gesetzt, wie es setarch -R tut: Die Adressen sind die nicht randomisierten Standardwerte des Kernels.</translation>
    </message>
    <message>
        <source>And once more without</source>
        <translation>Und noch einmal ohne</translation>
    </message>
    <message>
        <source>Exactly the same addresses as the previous run: without randomisation the layout is predictable — which is what an attacker would like.</source>
        <translation>Genau dieselben Adressen wie beim vorigen Lauf: Ohne Randomisierung ist das Layout vorhersagbar – genau das, was sich ein Angreifer wünscht.</translation>
    </message>
    <message>
        <source>Address space layout randomisation is decided at exec(): the kernel picks random offsets for the stack, the mmap base (libraries, anonymous mappings, the vDSO), a position-independent executable and, at level 2, the start of the heap. /proc/sys/kernel/randomize_va_space sets the level for the whole machine (0 off, 1 without the heap, 2 all, the default); a process can turn it off for the programs it starts with the ADDR_NO_RANDOMIZE personality (00040000 in /proc/PID/personality). The kernel&apos;s own addresses are randomised separately at boot (KASLR).</source>
        <translation>Über die Randomisierung des Adressraum-Layouts (ASLR) wird bei exec() entschieden: Der Kernel wählt zufällige Versätze für den Stack, die mmap-Basis (Bibliotheken, anonyme Mappings, das vDSO), ein positionsunabhängiges Programm (PIE) und, auf Stufe 2, den Anfang des Heaps. /proc/sys/kernel/randomize_va_space legt die Stufe für die ganze Maschine fest (0 aus, 1 ohne den Heap, 2 alles, die Voreinstellung); ein Prozess kann sie für die Programme, die er startet, mit der Personality ADDR_NO_RANDOMIZE abschalten (00040000 in /proc/PID/personality). Die Adressen des Kernels selbst werden beim Start gesondert randomisiert (KASLR).</translation>
    </message>
    <message>
        <source>The program&apos;s answers below (granted or refused, with overcommit_memory, CommitLimit and Committed_AS in kB) and Memory ▸ Overview for the commit figures over time. Steps 3 and 5 change overcommit_memory as administrator (Kaleido&apos;s helper asks for the password).</source>
        <translation>Die Antworten des Programms unten (gewährt oder verweigert, mit overcommit_memory, CommitLimit und Committed_AS in kB) und Speicher ▸ Übersicht für den Verlauf der Commit-Werte. Die Schritte 3 und 5 ändern overcommit_memory als Administrator (der Hilfsdienst von Kaleido fragt nach dem Passwort).</translation>
    </message>
    <message>
        <source>Switch to strict mode (overcommit_memory = 2)</source>
        <translation>In den strikten Modus wechseln (overcommit_memory = 2)</translation>
    </message>
    <message>
        <source>Kaleido writes 2 to /proc/sys/vm/overcommit_memory through its helper, which asks for an administrator&apos;s password, and shows old → new. The program&apos;s status line now says overcommit_memory=2.</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst, der nach dem Passwort eines Administrators fragt, eine 2 in /proc/sys/vm/overcommit_memory und zeigt alt → neu an. Die Statuszeile des Programms meldet jetzt overcommit_memory=2.</translation>
    </message>
    <message>
        <source>Reserve again</source>
        <translation>Erneut reservieren</translation>
    </message>
    <message>
        <source>The same request is now refused with ENOMEM (errno 12): in strict mode nothing may be promised beyond CommitLimit = swap + RAM × overcommit_ratio %.</source>
        <translation>Dieselbe Anforderung wird jetzt mit ENOMEM (errno 12) verweigert: Im strikten Modus darf nichts über CommitLimit = Swap + RAM × overcommit_ratio % hinaus zugesagt werden.</translation>
    </message>
    <message>
        <source>Put overcommit_memory back</source>
        <translation>overcommit_memory zurücksetzen</translation>
    </message>
    <message>
        <source>Kaleido writes back the mode this lab found (0 on most systems), again through the helper.</source>
        <translation>Kaleido schreibt, wieder über den Hilfsdienst, den Modus zurück, den dieser Versuch vorgefunden hat (auf den meisten Systemen 0).</translation>
    </message>
    <message>
        <source>The program writes 8 MiB after 8 MiB. At 128 MiB, its group&apos;s memory.max, the kernel first tries to reclaim, finds nothing (no swap is allowed to it), and the OOM killer sends SIGKILL to the process with the highest oom_score in the group: this one, which also set oom_score_adj to 1000. The card reports the end.</source>
        <translation>Das Programm schreibt 8 MiB um 8 MiB. Bei 128 MiB, dem memory.max seiner Gruppe, versucht der Kernel zunächst, Speicher zurückzugewinnen, findet nichts (Swap ist der Gruppe nicht erlaubt), und der OOM-Killer schickt SIGKILL an den Prozess mit dem höchsten oom_score in der Gruppe: diesen hier, der zudem oom_score_adj auf 1000 gesetzt hat. Die Karte meldet das Ende.</translation>
    </message>
    <message>
        <source>Drop all clean page cache</source>
        <translation>Den gesamten sauberen Seitencache verwerfen</translation>
    </message>
    <message>
        <source>Kaleido writes 1 to /proc/sys/vm/drop_caches through its helper (administrator&apos;s password). The status line shows cached=0 again, and Cached in Memory ▸ Overview fell for every file, not only this one.</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst (Administratorpasswort) eine 1 in /proc/sys/vm/drop_caches. Die Statuszeile zeigt wieder cached=0, und Cached unter Speicher ▸ Übersicht ist für alle Dateien gesunken, nicht nur für diese.</translation>
    </message>
    <message>
        <source>The program&apos;s answers below: ksm_merging_pages (this process) and pages_sharing (the whole machine); Memory ▸ Map shows the region&apos;s resident size. Steps 2 and 5 switch ksmd on and off as administrator (Kaleido&apos;s helper asks for the password).</source>
        <translation>Die Antworten des Programms unten: ksm_merging_pages (dieser Prozess) und pages_sharing (das ganze System); Speicher ▸ Speicherbereiche zeigt die residente Größe des Bereichs. Die Schritte 2 und 5 schalten ksmd als Administrator ein und aus (der Hilfsdienst von Kaleido fragt nach dem Passwort).</translation>
    </message>
    <message>
        <source>Switch ksmd on (run = 1)</source>
        <translation>ksmd einschalten (run = 1)</translation>
    </message>
    <message>
        <source>Kaleido writes 1 to /sys/kernel/mm/ksm/run through its helper (administrator&apos;s password). ksmd starts scanning; the status line right after still shows few merged pages.</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst (Administratorpasswort) eine 1 in /sys/kernel/mm/ksm/run. ksmd beginnt zu durchsuchen; die Statuszeile direkt danach zeigt noch wenige zusammengeführte Seiten.</translation>
    </message>
    <message>
        <source>Wait a few seconds and press again: ksm_merging_pages and pages_sharing climb towards 16 384 as ksmd scans (pages_to_scan pages every sleep_millisecs). With run=0 nothing is ever merged.</source>
        <translation>Warten Sie einige Sekunden und drücken Sie erneut: ksm_merging_pages und pages_sharing steigen in Richtung 16 384, während ksmd durchsucht (pages_to_scan Seiten alle sleep_millisecs). Bei run=0 wird nie etwas zusammengeführt.</translation>
    </message>
    <message>
        <source>Put ksmd back as it was</source>
        <translation>ksmd auf den vorherigen Zustand zurücksetzen</translation>
    </message>
    <message>
        <source>Kaleido writes back the run value this lab found (0 on most systems): ksmd stops scanning.</source>
        <translation>Kaleido schreibt den run-Wert zurück, den dieser Versuch vorgefunden hat (auf den meisten Systemen 0): ksmd hört auf zu durchsuchen.</translation>
    </message>
    <message>
        <source>Memory ▸ Map of the lab&apos;s process: the two 16 MiB anonymous areas and their AnonHugePages (the map&apos;s details). Steps 4 and 6 change transparent_hugepage/enabled as administrator (Kaleido&apos;s helper asks for the password).</source>
        <translation>Speicher ▸ Speicherbereiche des Prozesses des Versuchs: die beiden anonymen Bereiche von 16 MiB und ihr AnonHugePages (in den Details der Speicherbereiche). Die Schritte 4 und 6 ändern transparent_hugepage/enabled als Administrator (der Hilfsdienst von Kaleido fragt nach dem Passwort).</translation>
    </message>
    <message>
        <source>Both areas are gone.</source>
        <translation>Beide Bereiche sind weg.</translation>
    </message>
    <message>
        <source>Switch THP off (enabled = never)</source>
        <translation>THP ausschalten (enabled = never)</translation>
    </message>
    <message>
        <source>Kaleido writes never to /sys/kernel/mm/transparent_hugepage/enabled through its helper (administrator&apos;s password); the status line shows enabled=never.</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst (Administratorpasswort) never in /sys/kernel/mm/transparent_hugepage/enabled; die Statuszeile zeigt enabled=never.</translation>
    </message>
    <message>
        <source>16 MiB with MADV_HUGEPAGE again</source>
        <translation>Erneut 16 MiB mit MADV_HUGEPAGE</translation>
    </message>
    <message>
        <source>The same request as step 1, but now AnonHugePages stays 0: with enabled=never the advice is ignored and every fault brings a 4 KiB page.</source>
        <translation>Dieselbe Anforderung wie in Schritt 1, aber jetzt bleibt AnonHugePages bei 0: Mit enabled=never wird der Hinweis ignoriert, und jeder Seitenfehler bringt eine 4-KiB-Seite.</translation>
    </message>
    <message>
        <source>Release and put THP back</source>
        <translation>Freigeben und THP zurücksetzen</translation>
    </message>
    <message>
        <source>The area goes, and Kaleido writes back the mode this lab found (madvise on Debian).</source>
        <translation>Der Bereich verschwindet, und Kaleido schreibt den Modus zurück, den dieser Versuch vorgefunden hat (madvise unter Debian).</translation>
    </message>
</context>
<context>
    <name>kaleido::AddressSpaceStrip</name>
    <message>
        <source>Unmapped address space: %1 to %2, %3 (drawn shortened).</source>
        <translation>Nicht eingeblendeter Adressraum: %1 bis %2, %3 (verkürzt gezeichnet).</translation>
    </message>
    <message>
        <source>No areas to show.</source>
        <translation>Keine Bereiche zum Anzeigen.</translation>
    </message>
    <message>
        <source>Unmapped.</source>
        <translation>Nicht eingeblendet.</translation>
    </message>
    <message>
        <source>anonymous memory</source>
        <translation>anonymer Speicher</translation>
    </message>
    <message>
        <source>%1 to %2, %3, %4</source>
        <translation>%1 bis %2, %3, %4</translation>
    </message>
    <message>
        <source>Resident %1, proportional %2, swapped %3</source>
        <translation>Resident %1, proportional %2, ausgelagert %3</translation>
    </message>
    <message>
        <source>This pixel holds %1 areas, %2 in all; a click selects the one covering most of it.</source>
        <translation>Dieses Pixel enthält %1 Bereiche, insgesamt %2; ein Klick wählt den Bereich, der den größten Teil davon abdeckt.</translation>
    </message>
    <message>
        <source>No process shown</source>
        <translation>Kein Prozess angezeigt</translation>
    </message>
</context>
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
    <name>kaleido::AvailableModulesModel</name>
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
        <source>built in</source>
        <translation>fest eingebaut</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>Signed by %1 with key %2 (%3)</source>
        <translation>Signiert von %1 mit Schlüssel %2 (%3)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>In tree</source>
        <translation>In-Tree</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The module&apos;s name as the kernel knows it (modinfo name; &apos;-&apos; is written &apos;_&apos;).</source>
        <translation>Der Name des Moduls, wie der Kernel ihn kennt (modinfo name; &apos;-&apos; wird als &apos;_&apos; geschrieben).</translation>
    </message>
    <message>
        <source>What the module says it is (MODULE_DESCRIPTION).</source>
        <translation>Was das Modul über sich selbst sagt (MODULE_DESCRIPTION).</translation>
    </message>
    <message>
        <source>The module&apos;s own version string (MODULE_VERSION), when it declares one.</source>
        <translation>Die eigene Versionsangabe des Moduls (MODULE_VERSION), sofern es eine deklariert.</translation>
    </message>
    <message>
        <source>The module&apos;s license (MODULE_LICENSE). One the kernel does not count as GPL-compatible taints it with P on load.</source>
        <translation>Die Lizenz des Moduls (MODULE_LICENSE). Eine Lizenz, die der Kernel nicht als GPL-kompatibel ansieht, versieht ihn beim Laden mit dem Taint P.</translation>
    </message>
    <message>
        <source>MODULE_AUTHOR entries.</source>
        <translation>MODULE_AUTHOR-Einträge.</translation>
    </message>
    <message>
        <source>Whether the module was built with the kernel (intree: Y). Out-of-tree modules taint the kernel with O on load.</source>
        <translation>Ob das Modul mit dem Kernel gebaut wurde (intree: Y). Out-of-Tree-Module versehen den Kernel beim Laden mit dem Taint O.</translation>
    </message>
    <message>
        <source>Who signed the module file (signer), or no. A kernel that checks signatures is tainted with E by an unsigned module, or refuses it with sig_enforce or lockdown.</source>
        <translation>Wer die Moduldatei signiert hat (signer), oder nein. Ein Kernel, der Signaturen prüft, erhält durch ein unsigniertes Modul den Taint E oder lehnt es bei sig_enforce oder Lockdown ab.</translation>
    </message>
    <message>
        <source>Modules that must be loaded first (modinfo depends); modprobe loads them for you.</source>
        <translation>Module, die zuerst geladen werden müssen (modinfo depends); modprobe lädt sie für Sie.</translation>
    </message>
    <message>
        <source>How many parameters the module declares (module_param).</source>
        <translation>Wie viele Parameter das Modul deklariert (module_param).</translation>
    </message>
    <message>
        <source>loadable; built in (always there, modules.builtin); loaded (in /proc/modules now); blacklisted (a modprobe.d blacklist rule names it).</source>
        <translation>ladbar; fest eingebaut (immer vorhanden, modules.builtin); geladen (jetzt in /proc/modules); gesperrt (eine blacklist-Regel in modprobe.d nennt es).</translation>
    </message>
</context>
<context>
    <name>kaleido::AvailableModulesPage</name>
    <message>
        <source>Open .ko…</source>
        <translation>.ko öffnen …</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden …</translation>
    </message>
    <message>
        <source>Why the module pages cannot load anything on this kernel.</source>
        <translation>Warum die Modulseiten auf diesem Kernel nichts laden können.</translation>
    </message>
    <message>
        <source>Search name, alias, description, author or parameter</source>
        <translation>Name, Alias, Beschreibung, Autor oder Parameter suchen</translation>
    </message>
    <message>
        <source>Shows the modules whose name, aliases, description, authors or parameter names contain every word typed. A full alias (e.g. fs-ext3 or a pci: modalias) also shows the modules modprobe would pick for it.</source>
        <translation>Zeigt die Module, deren Name, Aliase, Beschreibung, Autoren oder Parameternamen jedes eingegebene Wort enthalten. Ein vollständiger Alias (z. B. fs-ext3 oder ein pci:-Modalias) zeigt außerdem die Module, die modprobe dafür wählen würde.</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Loadable (with a file)</source>
        <translation>Ladbar (mit Datei)</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Loaded now</source>
        <translation>Jetzt geladen</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Fest eingebaut</translation>
    </message>
    <message>
        <source>Show only modules in this state.</source>
        <translation>Nur Module in diesem Zustand anzeigen.</translation>
    </message>
    <message>
        <source>Reading the metadata of every installed module (libkmod reads each .ko file).</source>
        <translation>Die Metadaten aller installierten Module werden gelesen (libkmod liest jede .ko-Datei).</translation>
    </message>
    <message>
        <source>Indexing %v of %m modules</source>
        <translation>Module werden indiziert: %v von %m</translation>
    </message>
    <message>
        <source>How many modules this kernel has, how many are built in and how many the search shows.</source>
        <translation>Wie viele Module dieser Kernel hat, wie viele davon fest eingebaut sind und wie viele die Suche anzeigt.</translation>
    </message>
    <message>
        <source>Inspect a module file (.ko, .ko.xz, .ko.zst) before loading it: its modinfo, vermagic against this kernel, signature and the taint it would cause. You can also drop a file on this page.</source>
        <translation>Eine Moduldatei (.ko, .ko.xz, .ko.zst) vor dem Laden untersuchen: ihre modinfo, vermagic im Vergleich zu diesem Kernel, die Signatur und den Taint, den sie verursachen würde. Sie können eine Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Open the load form for the selected module: its parameters, the dependencies that load first, then Load through kaleido-helper.</source>
        <translation>Das Ladeformular für das ausgewählte Modul öffnen: seine Parameter, die zuvor geladenen Abhängigkeiten, dann Laden über kaleido-helper.</translation>
    </message>
    <message>
        <source>Every module of this kernel. Select one for its details; double-click to load it.</source>
        <translation>Alle Module dieses Kernels. Wählen Sie eines aus, um seine Details zu sehen; ein Doppelklick lädt es.</translation>
    </message>
    <message>
        <source>The selected module&apos;s modinfo, the modprobe.d rules that apply to it and what loading it would do.</source>
        <translation>Die modinfo des ausgewählten Moduls, die modprobe.d-Regeln, die dafür gelten, und was sein Laden bewirken würde.</translation>
    </message>
    <message>
        <source>Cannot list the modules: %1</source>
        <translation>Die Module können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Kernel %1 was built without loadable-module support: every driver is built in. Nothing can be loaded or unloaded.</source>
        <translation>Kernel %1 wurde ohne Unterstützung für ladbare Module gebaut: Alle Treiber sind fest eingebaut. Es kann nichts geladen oder entladen werden.</translation>
    </message>
    <message>
        <source>Shown for reference: the modules installed for %1.</source>
        <translation>Zur Information angezeigt: die für %1 installierten Module.</translation>
    </message>
    <message>
        <source>Showing the modules installed for %1, not the running kernel&apos;s.</source>
        <translation>Angezeigt werden die für %1 installierten Module, nicht die des laufenden Kernels.</translation>
    </message>
    <message>
        <source>%1 modules, %2 built in</source>
        <translation>%1 Module, %2 fest eingebaut</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <source>Open the load form for %1: its parameters, the dependencies that load first, then Load through kaleido-helper.</source>
        <translation>Das Ladeformular für %1 öffnen: seine Parameter, die zuvor geladenen Abhängigkeiten, dann Laden über kaleido-helper.</translation>
    </message>
    <message>
        <source>%1 is built into the kernel: there is nothing to load.</source>
        <translation>%1 ist fest in den Kernel eingebaut: Es gibt nichts zu laden.</translation>
    </message>
    <message>
        <source>This kernel cannot load modules.</source>
        <translation>Dieser Kernel kann keine Module laden.</translation>
    </message>
    <message>
        <source>Open Module File</source>
        <translation>Moduldatei öffnen</translation>
    </message>
    <message>
        <source>Kernel modules (*.ko *.ko.xz *.ko.zst *.ko.gz)</source>
        <translation>Kernelmodule (*.ko *.ko.xz *.ko.zst *.ko.gz)</translation>
    </message>
    <message>
        <source>No modprobe rules: the captured tree %1 has no modprobe.d directory (etc, run, lib or usr/lib).</source>
        <translation>Keine modprobe-Regeln: Der erfasste Baum %1 hat kein modprobe.d-Verzeichnis (etc, run, lib oder usr/lib).</translation>
    </message>
    <message>
        <source>Select a module to see its modinfo, parameters and the modprobe.d rules that apply.</source>
        <translation>Wählen Sie ein Modul, um seine modinfo-Angaben, Parameter und die geltenden modprobe.d-Regeln zu sehen.</translation>
    </message>
</context>
<context>
    <name>kaleido::BuddyBlocksView</name>
    <message>
        <source>The arena at the top, each row below it half the size: grey blocks were split, pale ones are free, coloured ones are allocated (hatched: bytes wasted inside the block). Click an allocated block to free it.</source>
        <translation>Oben der gesamte Bereich, darunter jede Zeile halb so groß: Graue Blöcke wurden geteilt, blasse sind frei, farbige sind belegt (schraffiert: innerhalb des Blocks verschwendete Bytes). Klicken Sie auf einen belegten Block, um ihn freizugeben.</translation>
    </message>
    <message>
        <source>split %1</source>
        <translation>geteilt %1</translation>
    </message>
    <message>
        <source>free %1</source>
        <translation>frei %1</translation>
    </message>
    <message>
        <source>#%1: %2 B of %3
%4 B wasted</source>
        <translation>#%1: %2 B von %3
%4 B verschwendet</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Allocation #%1: click to free it</source>
        <translation>Belegung #%1: zum Freigeben klicken</translation>
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
    <name>kaleido::BuddyOrderBars</name>
    <message>
        <source>The buddy allocator&apos;s free blocks of the selected zone, one row per order; hover a bar for the exact figures and a heading for what it means</source>
        <translation>Die freien Blöcke des Buddy-Allokators in der ausgewählten Zone, eine Zeile je Ordnung; mit der Maus auf einen Balken zeigen für die genauen Werte, auf eine Überschrift für ihre Bedeutung</translation>
    </message>
    <message>
        <source>Free blocks per order</source>
        <translation>Freie Blöcke je Ordnung</translation>
    </message>
    <message>
        <source>%1
%2 of the zone&apos;s free memory</source>
        <translation>%1
%2 des freien Speichers der Zone</translation>
    </message>
    <message>
        <source>No zone selected.</source>
        <translation>Keine Zone ausgewählt.</translation>
    </message>
</context>
<context>
    <name>kaleido::BuddyOrdersModel</name>
    <message>
        <source>Order</source>
        <translation>Ordnung</translation>
    </message>
    <message>
        <source>The buddy allocator keeps free memory in blocks of 2^order contiguous pages, one free list per order. A request is served from the smallest order that fits; a larger block is split in two &quot;buddies&quot;, and two free buddies are merged again.</source>
        <translation>Der Buddy-Allokator verwaltet freien Speicher in Blöcken aus 2^Ordnung zusammenhängenden Seiten, mit einer Freiliste je Ordnung. Eine Anforderung wird aus der kleinsten passenden Ordnung bedient; ein größerer Block wird dazu in zwei „Buddies“ geteilt, und zwei freie Buddies werden wieder vereinigt.</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>Freie Blöcke</translation>
    </message>
    <message>
        <source>How many free blocks of this order the zone has now (/proc/buddyinfo).</source>
        <translation>Wie viele freie Blöcke dieser Ordnung die Zone derzeit hat (/proc/buddyinfo).</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>The memory in those blocks: blocks × 2^order pages × the page size.</source>
        <translation>Der Speicher in diesen Blöcken: Blöcke × 2^Ordnung Seiten × Seitengröße.</translation>
    </message>
    <message>
        <source>Share of free</source>
        <translation>Anteil am freien Speicher</translation>
    </message>
    <message>
        <source>The part of the zone&apos;s free memory that sits in blocks of this order.</source>
        <translation>Der Teil des freien Speichers der Zone, der in Blöcken dieser Ordnung liegt.</translation>
    </message>
    <message>
        <source>Unusable index</source>
        <translation>Unbrauchbarkeitsindex</translation>
    </message>
    <message>
        <source>Unusable free space index for an allocation of this order: the part of the free memory that sits in blocks too small for it.
index(j) = (F − Σ_{i≥j} n_i·2^i) / F, where n_i is the number of free blocks of order i and F = Σ_i n_i·2^i all free pages.
0: every free page could serve it. Near 1: memory is free, but in pieces too small (external fragmentation), so the kernel has to compact or reclaim first. As in the kernel&apos;s debugfs extfrag/unusable_index, a zone with nothing free counts as 1.</source>
        <translation>Index des unbrauchbaren freien Speichers für eine Allokation dieser Ordnung: der Teil des freien Speichers, der in Blöcken liegt, die dafür zu klein sind.
index(j) = (F − Σ_{i≥j} n_i·2^i) / F, wobei n_i die Anzahl freier Blöcke der Ordnung i ist und F = Σ_i n_i·2^i alle freien Seiten.
0: Jede freie Seite könnte sie bedienen. Nahe 1: Speicher ist frei, aber in zu kleinen Stücken (externe Fragmentierung), daher muss der Kernel zuerst kompaktieren oder Speicher zurückgewinnen. Wie bei extfrag/unusable_index im debugfs des Kernels zählt eine Zone ohne freien Speicher als 1.</translation>
    </message>
    <message>
        <source>order %1 · %2</source>
        <translation>Ordnung %1 · %2</translation>
    </message>
    <message>
        <source>Select a zone to see its free lists.</source>
        <translation>Wählen Sie eine Zone aus, um ihre Freilisten zu sehen.</translation>
    </message>
    <message>
        <source>Nothing has been read yet.</source>
        <translation>Es wurde noch nichts gelesen.</translation>
    </message>
    <message>
        <source>The free lists could not be read: %1</source>
        <translation>Die Freilisten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Zone %1 has no memory, so the buddy allocator has no free lists for it.</source>
        <translation>Zone %1 hat keinen Speicher, daher hat der Buddy-Allokator keine Freilisten für sie.</translation>
    </message>
    <message>
        <source>/proc/buddyinfo has no line for zone %1 of node %2.</source>
        <translation>/proc/buddyinfo enthält keine Zeile für Zone %1 von Knoten %2.</translation>
    </message>
    <message>
        <source>Order %1: blocks of 2^%1 = %2 contiguous pages (%3).</source>
        <translation>Ordnung %1: Blöcke aus 2^%1 = %2 zusammenhängenden Seiten (%3).</translation>
    </message>
    <message>
        <source>%1 free blocks of %2 each</source>
        <translation>%1 freie Blöcke zu je %2</translation>
    </message>
    <message>
        <source>%1 blocks × %2 = %3</source>
        <translation>%1 Blöcke × %2 = %3</translation>
    </message>
    <message>
        <source>Nothing is free in this zone, so nothing of %1 can be allocated from it: the index is 1.</source>
        <translation>In dieser Zone ist nichts frei, daher lässt sich aus ihr kein Block von %1 belegen: Der Index ist 1.</translation>
    </message>
    <message>
        <source>%1 % of the free memory is in blocks smaller than %2, too small for an allocation of order %3.</source>
        <translation>%1 % des freien Speichers liegen in Blöcken kleiner als %2, zu klein für eine Allokation der Ordnung %3.</translation>
    </message>
</context>
<context>
    <name>kaleido::BuddySimulatorWidget</name>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>How many bytes to ask for; the allocator rounds up to a power of two, at least %1 bytes</source>
        <translation>Wie viele Bytes angefordert werden; der Allokator rundet auf eine Zweierpotenz auf, mindestens %1 Bytes</translation>
    </message>
    <message>
        <source>Allocate</source>
        <translation>Anfordern</translation>
    </message>
    <message>
        <source>Ask the allocator for this many bytes: the smallest free block that fits is split in halves until it is just large enough</source>
        <translation>So viele Bytes beim Allokator anfordern: Der kleinste freie Block, der passt, wird so lange halbiert, bis er gerade groß genug ist</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Von vorn beginnen</translation>
    </message>
    <message>
        <source>One free block of %1 again</source>
        <translation>Wieder ein einziger freier Block von %1</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anforderung:</translation>
    </message>
    <message>
        <source>Internal fragmentation: bytes inside allocated blocks that the requests did not ask for. Free blocks do not count.</source>
        <translation>Interne Fragmentierung: Bytes in belegten Blöcken, die von den Anforderungen nicht verlangt wurden. Freie Blöcke zählen nicht.</translation>
    </message>
    <message>
        <source>What the allocator did, oldest first: splits, allocations, failures, frees and merges</source>
        <translation>Was der Allokator getan hat, älteste Aktion zuerst: Teilungen, Belegungen, Fehlschläge, Freigaben und Zusammenführungen</translation>
    </message>
    <message>
        <source>Split the %1 block at offset %2 into two buddies of %3</source>
        <translation>Den %1-Block an Offset %2 in zwei Buddys zu je %3 geteilt</translation>
    </message>
    <message>
        <source>#%1: %2 bytes → block of %3 at offset %4 (%5 bytes wasted)</source>
        <translation>#%1: %2 Bytes → Block von %3 an Offset %4 (%5 Bytes verschwendet)</translation>
    </message>
    <message>
        <source>#%1: %2 bytes: failed, no free block of %3</source>
        <translation>#%1: %2 Bytes: fehlgeschlagen, kein freier Block von %3</translation>
    </message>
    <message>
        <source>Freed #%1 (%2 at offset %3)</source>
        <translation>#%1 freigegeben (%2 an Offset %3)</translation>
    </message>
    <message>
        <source>Merged two free buddies into a %1 block at offset %2</source>
        <translation>Zwei freie Buddys zu einem %1-Block an Offset %2 zusammengeführt</translation>
    </message>
    <message>
        <source>Internal fragmentation: %1 bytes of %2 bytes (%3 %) · in use %4 bytes · free %5 bytes · largest free block %6 bytes</source>
        <translation>Interne Fragmentierung: %1 Bytes von %2 Bytes (%3 %) · belegt %4 Bytes · frei %5 Bytes · größter freier Block %6 Bytes</translation>
    </message>
</context>
<context>
    <name>kaleido::CgroupLimit</name>
    <message>
        <source>cgroup v2 is not mounted at %1 (there is no %1/cgroup.controllers): this system keeps its memory controller in the older cgroup v1, so no memory limit can be set.</source>
        <translation>cgroup v2 ist nicht unter %1 eingehängt (es gibt kein %1/cgroup.controllers): Dieses System führt seinen memory-Controller noch im älteren cgroup v1, daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>cgroup v2 is not mounted at %1 (there is no %1/cgroup.controllers), so no memory limit can be set.</source>
        <translation>cgroup v2 ist nicht unter %1 eingehängt (es gibt kein %1/cgroup.controllers), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 names no cgroup v2 group for Kaleido (no &quot;0::&quot; line), so no memory limit can be set.</source>
        <translation>%1 nennt keine cgroup-v2-Gruppe für Kaleido (keine Zeile „0::“), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>You cannot write to cgroup %1 (its directory, cgroup.subtree_control and cgroup.procs must be writable to make a group there and move a process into it), so no memory limit can be set.</source>
        <translation>Sie können nicht in die cgroup %1 schreiben (ihr Verzeichnis, cgroup.subtree_control und cgroup.procs müssen beschreibbar sein, um dort eine Gruppe anzulegen und einen Prozess hineinzuverschieben), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>The memory controller is not available in cgroup %1 (&quot;memory&quot; is not in its cgroup.controllers), so no memory limit can be set.</source>
        <translation>Der memory-Controller ist in der cgroup %1 nicht verfügbar („memory“ steht nicht in ihrer cgroup.controllers), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>The memory controller is not switched on below cgroup %1 and cannot be, because processes run in %1 itself (cgroup v2 gives controllers to child groups only where the parent has no processes of its own), so no memory limit can be set.</source>
        <translation>Der memory-Controller ist unterhalb der cgroup %1 nicht eingeschaltet und kann es auch nicht werden, weil in %1 selbst Prozesse laufen (cgroup v2 vergibt Controller nur dann an Untergruppen, wenn die übergeordnete Gruppe keine eigenen Prozesse hat), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>kaleido::ChartRoles</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
    <name>kaleido::FaultsPage</name>
    <message>
        <source>Pause chart</source>
        <translation>Diagramm anhalten</translation>
    </message>
    <message>
        <source>Freeze the chart to study it; sampling goes on and the chart catches up on resume</source>
        <translation>Das Diagramm zum Betrachten einfrieren; die Messung läuft weiter, und das Diagramm holt beim Fortsetzen auf</translation>
    </message>
    <message>
        <source>Only processes that &amp;faulted</source>
        <translation>Nur Prozesse mit &amp;Seitenfehlern</translation>
    </message>
    <message>
        <source>&amp;Adjust OOM Score…</source>
        <translation>OOM-Bewertung &amp;anpassen …</translation>
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
        <source>How much of the recorded history the chart shows</source>
        <translation>Wie viel des aufgezeichneten Verlaufs das Diagramm anzeigt</translation>
    </message>
    <message>
        <source>Keep </source>
        <translation>Verlauf: </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How many minutes of rates are kept in memory; older ones are dropped, so the memory used stays the same however long Kaleido runs</source>
        <translation>Wie viele Minuten an Raten im Speicher bleiben; ältere werden verworfen, sodass der Speicherbedarf gleich bleibt, egal wie lange Kaleido läuft</translation>
    </message>
    <message>
        <source>Why the figures could not be updated</source>
        <translation>Warum die Werte nicht aktualisiert werden konnten</translation>
    </message>
    <message>
        <source>Tick a series to draw it; select one to read what it means</source>
        <translation>Eine Datenreihe ankreuzen, um sie zu zeichnen; eine auswählen, um ihre Bedeutung zu lesen</translation>
    </message>
    <message>
        <source>What the selected series counts</source>
        <translation>Was die ausgewählte Datenreihe zählt</translation>
    </message>
    <message>
        <source>The rates of the latest interval in words; all page faults are minor or major</source>
        <translation>Die Raten des letzten Intervalls in Worten; jeder Seitenfehler ist entweder leicht (minor) oder schwer (major)</translation>
    </message>
    <message>
        <source>Click a column to sort by it; click again to reverse</source>
        <translation>Auf eine Spalte klicken, um danach zu sortieren; erneut klicken, um die Reihenfolge umzukehren</translation>
    </message>
    <message>
        <source>Every process with its page faults per second over the last refresh; right-click for the process actions</source>
        <translation>Alle Prozesse mit ihren Seitenfehlern pro Sekunde seit der letzten Aktualisierung; Rechtsklick für die Prozessaktionen</translation>
    </message>
    <message>
        <source>Hide the processes that took no page fault in the last refresh</source>
        <translation>Prozesse ausblenden, die bei der letzten Aktualisierung keinen Seitenfehler hatten</translation>
    </message>
    <message>
        <source>How many processes there are, how many faulted, and how long reading them took</source>
        <translation>Wie viele Prozesse es gibt, wie viele davon Seitenfehler hatten und wie lange das Lesen gedauert hat</translation>
    </message>
    <message>
        <source>The processes in the order the OOM killer would choose them; double-click one to change its adjustment</source>
        <translation>Die Prozesse in der Reihenfolge, in der der OOM-Killer sie wählen würde; auf einen doppelklicken, um seine Anpassung zu ändern</translation>
    </message>
    <message>
        <source>oom_kill in /proc/vmstat: how many processes the OOM killer has ended since boot</source>
        <translation>oom_kill in /proc/vmstat: wie viele Prozesse der OOM-Killer seit dem Systemstart beendet hat</translation>
    </message>
    <message>
        <source>How the kernel chooses the process to end when memory runs out</source>
        <translation>Wie der Kernel den Prozess wählt, der beendet wird, wenn der Speicher ausgeht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;How the kernel chooses.&lt;/b&gt; When memory is exhausted and reclaim has freed nothing, the OOM killer ends one process to get memory back. It gives each process a &lt;i&gt;badness&lt;/i&gt;: the process&apos;s resident pages, its pages in swap and its page tables, as a share of all the memory it could have (RAM plus swap, or its cgroup&apos;s limit) scaled to 1000. To that it adds oom_score_adj, also in thousandths: +500 makes a process look as if it held half of memory more, −500 half less. The process with the highest badness is ended, with any process that shares its memory.&lt;/p&gt;&lt;p&gt;An adjustment of −1000 exempts a process completely; process 1 and kernel threads are never chosen. oom_score shows the badness as (1000 + badness) × 2/3, so 0 … 2000. Anyone may raise the adjustment of their own process; lowering it needs administrator permission.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wie der Kernel wählt.&lt;/b&gt; Wenn der Speicher erschöpft ist und die Zurückgewinnung nichts freigegeben hat, beendet der OOM-Killer einen Prozess, um wieder Speicher zu bekommen. Er gibt jedem Prozess einen Wert, die &lt;i&gt;Badness&lt;/i&gt;: die residenten Seiten des Prozesses, seine Seiten im Swap und seine Seitentabellen als Anteil am gesamten Speicher, den er haben könnte (RAM plus Swap oder das Limit seiner cgroup), skaliert auf 1000. Dazu addiert er oom_score_adj, ebenfalls in Tausendsteln: +500 lässt einen Prozess so erscheinen, als belege er die Hälfte des Speichers mehr, −500 die Hälfte weniger. Der Prozess mit der höchsten Badness wird beendet, zusammen mit allen Prozessen, die seinen Speicher teilen.&lt;/p&gt;&lt;p&gt;Eine Anpassung von −1000 nimmt einen Prozess vollständig aus; Prozess 1 und Kernel-Threads werden nie gewählt. oom_score zeigt die Badness als (1000 + Badness) × 2/3, also 0 … 2000. Jeder darf die Anpassung seiner eigenen Prozesse erhöhen; zum Senken sind Administratorrechte nötig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What the last change of an adjustment did</source>
        <translation>Was die letzte Änderung einer Anpassung bewirkt hat</translation>
    </message>
    <message>
        <source>Processes by fault rate</source>
        <translation>Prozesse nach Seitenfehlerrate</translation>
    </message>
    <message>
        <source>Which processes take the page faults: minor and major faults per second, from /proc/PID/stat</source>
        <translation>Welche Prozesse die Seitenfehler verursachen: leichte und schwere Seitenfehler pro Sekunde, aus /proc/PID/stat</translation>
    </message>
    <message>
        <source>OOM killer ranking</source>
        <translation>Rangfolge des OOM-Killers</translation>
    </message>
    <message>
        <source>Which process the kernel would end first if memory ran out, from /proc/PID/oom_score; change a process&apos;s adjustment here</source>
        <translation>Welchen Prozess der Kernel zuerst beenden würde, wenn der Speicher ausginge, laut /proc/PID/oom_score; hier lässt sich die Anpassung eines Prozesses ändern</translation>
    </message>
    <message>
        <source>The processes behind the system&apos;s page faults, and the OOM killer&apos;s order</source>
        <translation>Die Prozesse hinter den Seitenfehlern des Systems und die Reihenfolge des OOM-Killers</translation>
    </message>
    <message>
        <source>Fault rates could not be updated: %1</source>
        <translation>Die Seitenfehlerraten konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The processes could not be read: %1</source>
        <translation>Die Prozesse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>read in %1 ms</source>
        <translation>gelesen in %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n processes, %1 of them faulted in the last %2 s; %3</source>
        <translation>
            <numerusform>%n Prozess, davon %1 mit Seitenfehlern in den letzten %2 s; %3</numerusform>
            <numerusform>%n Prozesse, davon %1 mit Seitenfehlern in den letzten %2 s; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n processes; the rates come with the next refresh; %1</source>
        <translation>
            <numerusform>%n Prozess; die Raten folgen mit der nächsten Aktualisierung; %1</numerusform>
            <numerusform>%n Prozesse; die Raten folgen mit der nächsten Aktualisierung; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>faults/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Page faults: %1 (minor %2, major %3).</source>
        <translation>Seitenfehler: %1 (leicht %2, schwer %3).</translation>
    </message>
    <message>
        <source>Page faults: %1.</source>
        <translation>Seitenfehler: %1.</translation>
    </message>
    <message>
        <source>Swapped: %1 in, %2 out.</source>
        <translation>Swap: %1 eingelagert, %2 ausgelagert.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>Waiting for a second sample of /proc/vmstat: a rate needs two.</source>
        <translation>Warten auf eine zweite Messung von /proc/vmstat: Für eine Rate braucht es zwei.</translation>
    </message>
    <message>
        <source>This kernel does not count OOM kills (there is no oom_kill in /proc/vmstat; it came with Linux 4.13).</source>
        <translation>Dieser Kernel zählt keine OOM-Kills (/proc/vmstat enthält kein oom_kill; es kam mit Linux 4.13).</translation>
    </message>
    <message numerus="yes">
        <source>The OOM killer has ended %n processes since boot</source>
        <translation>
            <numerusform>Der OOM-Killer hat seit dem Systemstart %n Prozess beendet</numerusform>
            <numerusform>Der OOM-Killer hat seit dem Systemstart %n Prozesse beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n of them since Kaleido started watching.</source>
        <translation>
            <numerusform>, davon %n, seit Kaleido mitzählt.</numerusform>
            <numerusform>, davon %n, seit Kaleido mitzählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make the selected process more or less likely to be chosen: changes its oom_score_adj as you, or through kaleido-helper when that needs administrator permission</source>
        <translation>Festlegen, wie wahrscheinlich der ausgewählte Prozess gewählt wird: ändert sein oom_score_adj mit Ihren Rechten oder über kaleido-helper, wenn dafür Administratorrechte nötig sind</translation>
    </message>
</context>
<context>
    <name>kaleido::GraphLayout</name>
    <message>
        <source>The graph needs graphviz&apos;s “dot” program, which is not installed. Install the graphviz package to see it; the unload order works without it.</source>
        <translation>Der Graph benötigt das Programm „dot“ aus graphviz, das nicht installiert ist. Installieren Sie das Paket graphviz, um ihn zu sehen; die Entladereihenfolge funktioniert auch ohne.</translation>
    </message>
    <message>
        <source>graphviz&apos;s “dot” could not be started: %1</source>
        <translation>„dot“ aus graphviz konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>graphviz&apos;s “dot” took longer than %n second(s) and was stopped.</source>
        <translation>
            <numerusform>„dot“ aus graphviz brauchte länger als %n Sekunde und wurde angehalten.</numerusform>
            <numerusform>„dot“ aus graphviz brauchte länger als %n Sekunden und wurde angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>graphviz&apos;s “dot” failed: %1</source>
        <translation>„dot“ aus graphviz ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>graphviz&apos;s “dot” gave output Kaleido could not read: %1</source>
        <translation>„dot“ aus graphviz lieferte eine Ausgabe, die Kaleido nicht lesen konnte: %1</translation>
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
    <name>kaleido::KernelLogModel</name>
    <message>
        <source>— records lost: %1, overwritten by the kernel before they were read —</source>
        <translation>— Einträge verloren: %1, vom Kernel überschrieben, bevor sie gelesen wurden —</translation>
    </message>
    <message>
        <source>— records lost: the kernel overwrote them before they were read —</source>
        <translation>— Einträge verloren: Der Kernel hat sie überschrieben, bevor sie gelesen wurden —</translation>
    </message>
    <message>
        <source>The kernel keeps its log in a ring buffer of fixed size. Records that arrived faster than they were read were overwritten; the log continues after them.</source>
        <translation>Der Kernel hält sein Protokoll in einem Ringpuffer fester Größe. Einträge, die schneller eintrafen, als sie gelesen wurden, wurden überschrieben; das Protokoll geht nach ihnen weiter.</translation>
    </message>
    <message>
        <source>Record %1, %2 s after boot</source>
        <translation>Eintrag %1, %2 s nach dem Start</translation>
    </message>
    <message>
        <source>Record %1, at %2</source>
        <translation>Eintrag %1 vom %2</translation>
    </message>
    <message>
        <source>Level %1 (%2), facility %3</source>
        <translation>Stufe %1 (%2), Facility %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Since boot (s)</source>
        <translation>Seit dem Start (s)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>When the kernel logged the record, on the wall clock: boot time plus the record&apos;s timestamp, like dmesg -T. After a suspend these times are too early, because the kernel&apos;s clock stands still while the machine sleeps.</source>
        <translation>Wann der Kernel den Eintrag protokolliert hat, als Uhrzeit: Startzeit plus Zeitstempel des Eintrags, wie bei dmesg -T. Nach einem Standby sind diese Zeiten zu früh, weil die Uhr des Kernels stillsteht, während der Rechner schläft.</translation>
    </message>
    <message>
        <source>Seconds since boot when the kernel logged the record (its own timestamp, in microseconds), like dmesg</source>
        <translation>Sekunden seit dem Start, zu denen der Kernel den Eintrag protokolliert hat (sein eigener Zeitstempel, in Mikrosekunden), wie bei dmesg</translation>
    </message>
    <message>
        <source>How serious the message is, from emerg (the system is unusable) through err and warn to debug</source>
        <translation>Wie schwerwiegend die Meldung ist, von emerg (das System ist unbenutzbar) über err und warn bis debug</translation>
    </message>
    <message>
        <source>Who wrote the message: kern for the kernel itself, user for programs writing to /dev/kmsg, and so on</source>
        <translation>Wer die Meldung geschrieben hat: kern für den Kernel selbst, user für Programme, die nach /dev/kmsg schreiben, und so weiter</translation>
    </message>
    <message>
        <source>The device the message is about, when the driver says (the record&apos;s DEVICE or SUBSYSTEM property)</source>
        <translation>Das Gerät, um das es in der Meldung geht, sofern der Treiber es angibt (die Eigenschaft DEVICE oder SUBSYSTEM des Eintrags)</translation>
    </message>
    <message>
        <source>The message; drivers and modules usually begin it with their name. ↵ marks a line break within one message</source>
        <translation>Die Meldung; Treiber und Module beginnen sie meist mit ihrem Namen. ↵ markiert einen Zeilenumbruch innerhalb einer Meldung</translation>
    </message>
</context>
<context>
    <name>kaleido::KernelLogPage</name>
    <message>
        <source>Follow</source>
        <translation>Mitverfolgen</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Keep the newest record in view as the kernel writes more; scrolling up turns this off</source>
        <translation>Den neuesten Eintrag im Blick behalten, während der Kernel weiter schreibt; Hochscrollen schaltet dies aus</translation>
    </message>
    <message>
        <source>The system is unusable</source>
        <translation>Das System ist unbenutzbar</translation>
    </message>
    <message>
        <source>Action must be taken immediately</source>
        <translation>Es muss sofort gehandelt werden</translation>
    </message>
    <message>
        <source>Critical conditions</source>
        <translation>Kritische Zustände</translation>
    </message>
    <message>
        <source>Error conditions</source>
        <translation>Fehlerzustände</translation>
    </message>
    <message>
        <source>Warning conditions</source>
        <translation>Warnzustände</translation>
    </message>
    <message>
        <source>Normal but significant</source>
        <translation>Normal, aber bedeutsam</translation>
    </message>
    <message>
        <source>Informational messages</source>
        <translation>Informationsmeldungen</translation>
    </message>
    <message>
        <source>Debugging messages (many drivers print these only when asked)</source>
        <translation>Debug-Meldungen (viele Treiber geben sie nur auf Anforderung aus)</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Fehler und Schlimmeres</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Which levels to show, from emerg (most serious) to debug</source>
        <translation>Welche Stufen angezeigt werden, von emerg (am schwerwiegendsten) bis debug</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Which writers to show: kern is the kernel itself, user a program writing to /dev/kmsg, and so on (the facilities in the log are listed)</source>
        <translation>Welche Absender angezeigt werden: kern ist der Kernel selbst, user ein Programm, das nach /dev/kmsg schreibt, und so weiter (aufgeführt sind die Facilities, die im Protokoll vorkommen)</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Meldungen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show only records whose message or device contains this text (any case)</source>
        <translation>Nur Einträge anzeigen, deren Meldung oder Gerät diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Read the search text as a regular expression (any case), e.g. ^usb|error</source>
        <translation>Den Suchtext als regulären Ausdruck lesen (ohne Beachtung der Groß-/Kleinschreibung), z. B. ^usb|error</translation>
    </message>
    <message>
        <source>Since boot</source>
        <translation>Seit dem Start</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Times as seconds since boot (the kernel&apos;s own clock), or as date and time like dmesg -T; wall-clock times are too early after a suspend</source>
        <translation>Zeiten als Sekunden seit dem Start (die eigene Uhr des Kernels) oder als Datum und Uhrzeit wie bei dmesg -T; Uhrzeiten sind nach einem Standby zu früh</translation>
    </message>
    <message>
        <source>Clear View</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <source>Empty this table; new records still appear. The kernel&apos;s own log is not touched (dmesg still shows everything)</source>
        <translation>Diese Tabelle leeren; neue Einträge erscheinen weiterhin. Das Protokoll des Kernels selbst bleibt unberührt (dmesg zeigt weiterhin alles)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as text, one line each like dmesg (Ctrl+C)</source>
        <translation>Die ausgewählten Einträge als Text kopieren, je eine Zeile wie bei dmesg (Strg+C)</translation>
    </message>
    <message>
        <source>Save as Text…</source>
        <translation>Als Text speichern …</translation>
    </message>
    <message>
        <source>Write the records shown (after the filters) to a text file, one line each</source>
        <translation>Die angezeigten Einträge (nach den Filtern) in eine Textdatei schreiben, je eine Zeile</translation>
    </message>
    <message>
        <source>Show the whole log again</source>
        <translation>Wieder das ganze Protokoll anzeigen</translation>
    </message>
    <message>
        <source>Only the lines the kernel printed during this operation are shown</source>
        <translation>Nur die Zeilen, die der Kernel während dieses Vorgangs ausgegeben hat, werden angezeigt</translation>
    </message>
    <message>
        <source>Show every module&apos;s messages again</source>
        <translation>Wieder die Meldungen aller Module anzeigen</translation>
    </message>
    <message>
        <source>Only messages that begin with this name (a module&apos;s or a driver&apos;s, as in “pnp: …”) are shown</source>
        <translation>Nur Meldungen, die mit diesem Namen beginnen (dem eines Moduls oder Treibers, wie in „pnp: …“), werden angezeigt</translation>
    </message>
    <message>
        <source>The kernel&apos;s log, oldest first; rows are coloured by level</source>
        <translation>Das Protokoll des Kernels, älteste Einträge zuerst; die Zeilen sind nach Stufe eingefärbt</translation>
    </message>
    <message>
        <source>Only Messages of “%1”</source>
        <translation>Nur Meldungen von „%1“</translation>
    </message>
    <message>
        <source>Records held, shown after the filters, and lost (overwritten by the kernel before they were read); the console level from /proc/sys/kernel/printk</source>
        <translation>Vorhandene Einträge, die nach den Filtern angezeigten und die verlorenen (vom Kernel überschrieben, bevor sie gelesen wurden); die Konsolenstufe aus /proc/sys/kernel/printk</translation>
    </message>
    <message>
        <source>Read through Kaleido&apos;s privileged helper, as the kernel writes.</source>
        <translation>Über den privilegierten Hilfsdienst von Kaleido gelesen, während der Kernel schreibt.</translation>
    </message>
    <message>
        <source>Read as Administrator…</source>
        <translation>Als Administrator lesen …</translation>
    </message>
    <message>
        <source>Read /dev/kmsg through Kaleido&apos;s privileged helper as the kernel writes; the desktop asks for an administrator&apos;s password</source>
        <translation>/dev/kmsg über den privilegierten Hilfsdienst von Kaleido lesen, während der Kernel schreibt; die Desktop-Umgebung fragt nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the helper</source>
        <translation>Nicht länger auf den Hilfsdienst warten</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Lesen beenden</translation>
    </message>
    <message>
        <source>End the helper&apos;s read stream; the records read so far stay</source>
        <translation>Den Lesedatenstrom des Hilfsdienstes beenden; die bisher gelesenen Einträge bleiben erhalten</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the helper again (the desktop may ask for the password again)</source>
        <translation>Den Hilfsdienst erneut fragen (die Desktop-Umgebung fragt womöglich erneut nach dem Passwort)</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Open a new read stream through the helper (the desktop may ask for the password again)</source>
        <translation>Einen neuen Lesedatenstrom über den Hilfsdienst öffnen (die Desktop-Umgebung fragt womöglich erneut nach dem Passwort)</translation>
    </message>
    <message>
        <source>A captured log&apos;s times are relative to that machine&apos;s boot; the wall clock is only known for the running kernel</source>
        <translation>Die Zeiten eines aufgezeichneten Protokolls beziehen sich auf den Start jenes Rechners; die Uhrzeit ist nur für den laufenden Kernel bekannt</translation>
    </message>
    <message>
        <source>A captured log (%1/dev/kmsg), read once: nothing new arrives.</source>
        <translation>Ein aufgezeichnetes Protokoll (%1/dev/kmsg), einmal gelesen: Es kommt nichts Neues hinzu.</translation>
    </message>
    <message>
        <source>The kernel refused to let you read its log (/dev/kmsg), as it does for everyone but the administrator when kernel.dmesg_restrict is 1, so nothing is shown yet. Kaleido can read it for you through its privileged helper; your desktop will ask for an administrator&apos;s password.</source>
        <translation>Der Kernel hat Ihnen das Lesen seines Protokolls (/dev/kmsg) verweigert, wie er es bei allen außer dem Administrator tut, wenn kernel.dmesg_restrict 1 ist; daher wird noch nichts angezeigt. Kaleido kann es über seinen privilegierten Hilfsdienst für Sie lesen; Ihre Desktop-Umgebung fragt dann nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>The kernel log cannot be shown: %1</source>
        <translation>Das Kernelprotokoll kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Not reading: the request to the helper was cancelled. The kernel log is readable by the administrator only.</source>
        <translation>Es wird nicht gelesen: Die Anfrage an den Hilfsdienst wurde abgebrochen. Das Kernelprotokoll kann nur der Administrator lesen.</translation>
    </message>
    <message>
        <source>Waiting for the helper… Your desktop may ask for an administrator&apos;s password to let Kaleido read the kernel log.</source>
        <translation>Warten auf den Hilfsdienst … Ihre Desktop-Umgebung fragt womöglich nach einem Administratorpasswort, damit Kaleido das Kernelprotokoll lesen kann.</translation>
    </message>
    <message>
        <source>You stopped reading.</source>
        <translation>Sie haben das Lesen beendet.</translation>
    </message>
    <message>
        <source>Authorized; waiting for the first records from the helper…</source>
        <translation>Autorisiert; warten auf die ersten Einträge vom Hilfsdienst …</translation>
    </message>
    <message>
        <source>Reading the kernel log was not authorized, so nothing new is shown. %1</source>
        <translation>Das Lesen des Kernelprotokolls wurde nicht autorisiert, daher wird nichts Neues angezeigt. %1</translation>
    </message>
    <message>
        <source>The kernel log cannot be read through the helper. %1 Privileges in Kaleido&apos;s README says how the helper, kaleido-helper, is installed.</source>
        <translation>Das Kernelprotokoll kann nicht über den Hilfsdienst gelesen werden. %1 Der Abschnitt „Privileges“ in der README von Kaleido beschreibt, wie der Hilfsdienst, kaleido-helper, installiert wird.</translation>
    </message>
    <message>
        <source>The helper could not read the kernel log. %1</source>
        <translation>Der Hilfsdienst konnte das Kernelprotokoll nicht lesen. %1</translation>
    </message>
    <message>
        <source>Stopped: %1 The records read so far stay; new ones are not shown.</source>
        <translation>Angehalten: %1 Die bisher gelesenen Einträge bleiben erhalten; neue werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 Einträge, %2 angezeigt</translation>
    </message>
    <message>
        <source>, %1 lost</source>
        <translation>, %1 verloren</translation>
    </message>
    <message>
        <source>, %1 not understood</source>
        <translation>, %1 nicht verstanden</translation>
    </message>
    <message>
        <source> · console level 0: no message reaches the console</source>
        <translation> · Konsolenstufe 0: Keine Meldung erreicht die Konsole</translation>
    </message>
    <message>
        <source> · console level %1: %2 and more serious messages also reach the console</source>
        <translation> · Konsolenstufe %1: Meldungen der Stufe %2 und schwerwiegendere erreichen auch die Konsole</translation>
    </message>
    <message>
        <source> · the search is not a valid regular expression (%1), so it filters nothing</source>
        <translation> · die Suche ist kein gültiger regulärer Ausdruck (%1), daher filtert sie nichts</translation>
    </message>
    <message>
        <source>Levels (some)</source>
        <translation>Stufen (Auswahl)</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Alle Facilities</translation>
    </message>
    <message>
        <source>Facilities: %1</source>
        <translation>Facilities: %1</translation>
    </message>
    <message>
        <source>Lines of: %1</source>
        <translation>Zeilen zu: %1</translation>
    </message>
    <message>
        <source>(not shown: the page is not reading the log; the operation&apos;s result lists them, as the helper captured them)</source>
        <translation>(nicht angezeigt: Die Seite liest das Protokoll nicht; das Ergebnis des Vorgangs führt sie auf, so wie der Hilfsdienst sie aufgezeichnet hat)</translation>
    </message>
    <message>
        <source>(not in the records held here: records %1–%2)</source>
        <translation>(nicht unter den hier vorhandenen Einträgen: Einträge %1–%2)</translation>
    </message>
    <message>
        <source>Messages of: %1</source>
        <translation>Meldungen von: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Kernel Log</source>
        <translation>Kernelprotokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1 records to %2.</source>
        <translation>%1 Einträge in %2 gespeichert.</translation>
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
    <name>kaleido::KmallocClasses</name>
    <message>
        <source>ordinary requests</source>
        <translation>gewöhnliche Anforderungen</translation>
    </message>
    <message>
        <source>requests charged to the caller&apos;s memory cgroup</source>
        <translation>Anforderungen, die der Speicher-cgroup des Aufrufers angerechnet werden</translation>
    </message>
    <message>
        <source>requests for memory the kernel can reclaim</source>
        <translation>Anforderungen für Speicher, den der Kernel zurückgewinnen kann</translation>
    </message>
    <message>
        <source>requests for memory old devices can reach (ZONE_DMA)</source>
        <translation>Anforderungen für Speicher, den alte Geräte erreichen können (ZONE_DMA)</translation>
    </message>
    <message>
        <source>one of several copies picked by the calling code&apos;s address, a hardening measure</source>
        <translation>eine von mehreren Kopien, ausgewählt anhand der Adresse des aufrufenden Codes; eine Härtungsmaßnahme</translation>
    </message>
    <message>
        <source>Serves kmalloc() requests of %1 to %2 bytes (%3). Each takes a %2-byte slot: a %1-byte request leaves %4 bytes of it unused; if request sizes were spread evenly over the range, about %5 bytes (%6 %) per object would be lost on average.</source>
        <translation>Bedient kmalloc()-Anforderungen von %1 bis %2 Bytes (%3). Jede belegt einen Platz von %2 Bytes: Eine Anforderung von %1 Bytes lässt %4 Bytes davon ungenutzt; wären die Anforderungsgrößen gleichmäßig über den Bereich verteilt, gingen pro Objekt im Mittel etwa %5 Bytes (%6 %) verloren.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>These figures are the last ones received; they are no longer updated.</source>
        <translation>Dies sind die zuletzt empfangenen Werte; sie werden nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>The kmalloc size classes</source>
        <translation>Die kmalloc-Größenklassen</translation>
    </message>
    <message>
        <source>kmalloc() is the kernel&apos;s general-purpose allocator, its malloc(). Instead of a cache for every possible size it keeps a ladder of caches, one per &lt;i&gt;size class&lt;/i&gt;: kmalloc-8, -16, -32, -64, -96, -128, -192, -256, -512, -1k, -2k, -4k and -8k. A request goes to the smallest class it fits in and gets that class&apos;s whole slot: 100 bytes are served from kmalloc-128, and 28 bytes of the slot stay unused.</source>
        <translation>kmalloc() ist der Allzweck-Allokator des Kernels, sein malloc(). Statt eines Caches für jede mögliche Größe unterhält er eine Staffel von Caches, einen je &lt;i&gt;Größenklasse&lt;/i&gt;: kmalloc-8, -16, -32, -64, -96, -128, -192, -256, -512, -1k, -2k, -4k und -8k. Eine Anforderung geht an die kleinste Klasse, in die sie passt, und erhält den ganzen Platz dieser Klasse: 100 Bytes werden aus kmalloc-128 bedient, und 28 Bytes des Platzes bleiben ungenutzt.</translation>
    </message>
    <message>
        <source>Above 256 bytes the classes double, so a request just over a class boundary wastes almost half its slot (257 bytes take a 512-byte slot). The 96- and 192-byte classes halve that worst case where small objects are most common. This rounding waste is inside the objects: the kernel counts a full slot as one object, so no column of this table shows it — the &lt;i&gt;Waste (est.)&lt;/i&gt; column counts only the end of each slab that cannot hold another slot. Frequently used kernel objects get their own caches (task_struct, dentry, inode caches) precisely to avoid this rounding.</source>
        <translation>Oberhalb von 256 Bytes verdoppeln sich die Klassen, sodass eine Anforderung knapp über einer Klassengrenze fast die Hälfte ihres Platzes verschwendet (257 Bytes belegen einen 512-Byte-Platz). Die 96- und 192-Byte-Klassen halbieren diesen ungünstigsten Fall dort, wo kleine Objekte am häufigsten sind. Dieser Rundungsverschnitt liegt innerhalb der Objekte: Der Kernel zählt einen vollen Platz als ein Objekt, daher zeigt ihn keine Spalte dieser Tabelle – die Spalte &lt;i&gt;Verschnitt (geschätzt)&lt;/i&gt; zählt nur das Ende jedes Slabs, das keinen weiteren Platz mehr fasst. Häufig genutzte Kernelobjekte erhalten eigene Caches (task_struct-, dentry-, inode-Caches), gerade um diese Rundung zu vermeiden.</translation>
    </message>
    <message>
        <source>Requests larger than the largest class (8 KiB with SLUB and 4 KiB pages) bypass the slab caches: the page allocator hands out a power-of-two number of whole pages. The kernel counts those pages in /proc/meminfo&apos;s Slab (as SUnreclaim) but in no cache, one reason why the caches&apos; total differs from Slab.</source>
        <translation>Anforderungen, die größer als die größte Klasse sind (8 KiB bei SLUB und 4-KiB-Seiten), umgehen die Slab-Caches: Der Seitenallokator vergibt eine Zweierpotenz an ganzen Seiten. Der Kernel zählt diese Seiten in Slab von /proc/meminfo mit (als SUnreclaim), aber in keinem Cache – ein Grund, warum die Summe der Caches von Slab abweicht.</translation>
    </message>
    <message>
        <source>Each class exists in several variants, so that objects with different needs do not share slabs:</source>
        <translation>Jede Klasse gibt es in mehreren Varianten, damit Objekte mit unterschiedlichen Anforderungen keine Slabs teilen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;kmalloc-cg-N&lt;/b&gt;: requests marked __GFP_ACCOUNT (memory a user&apos;s actions cause, such as pipe buffers or file-descriptor tables), charged to the memory cgroup of the process that asked. Kept apart since Linux 5.14 so that charged and uncharged objects never share a slab.</source>
        <translation>&lt;b&gt;kmalloc-cg-N&lt;/b&gt;: mit __GFP_ACCOUNT markierte Anforderungen (Speicher, den die Aktionen eines Benutzers verursachen, etwa Pipe-Puffer oder Dateideskriptortabellen), angerechnet der Speicher-cgroup des anfragenden Prozesses. Seit Linux 5.14 getrennt gehalten, damit angerechnete und nicht angerechnete Objekte nie einen Slab teilen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;kmalloc-rcl-N&lt;/b&gt;: requests marked __GFP_RECLAIMABLE, for memory the kernel can free under pressure; its slabs count as SReclaimable, the others as SUnreclaim.</source>
        <translation>&lt;b&gt;kmalloc-rcl-N&lt;/b&gt;: mit __GFP_RECLAIMABLE markierte Anforderungen für Speicher, den der Kernel unter Speicherdruck freigeben kann; ihre Slabs zählen als SReclaimable, die übrigen als SUnreclaim.</translation>
    </message>
    <message>
        <source>&lt;b&gt;dma-kmalloc-N&lt;/b&gt;: requests marked GFP_DMA, from devices that can only address the lowest 16 MiB of memory (ZONE_DMA). Usually empty on modern machines.</source>
        <translation>&lt;b&gt;dma-kmalloc-N&lt;/b&gt;: mit GFP_DMA markierte Anforderungen für Geräte, die nur die untersten 16 MiB des Speichers adressieren können (ZONE_DMA). Auf modernen Rechnern meist leer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;kmalloc-rnd-NN-N&lt;/b&gt; (Linux 6.6 and later, CONFIG_RANDOM_KMALLOC_CACHES): several copies of each class, one picked from the address of the calling code, so an attacker cannot easily place objects next to a victim&apos;s.</source>
        <translation>&lt;b&gt;kmalloc-rnd-NN-N&lt;/b&gt; (ab Linux 6.6, CONFIG_RANDOM_KMALLOC_CACHES): mehrere Kopien jeder Klasse, von denen eine anhand der Adresse des aufrufenden Codes gewählt wird, sodass ein Angreifer Objekte nicht ohne Weiteres neben denen eines Opfers platzieren kann.</translation>
    </message>
    <message>
        <source>SLUB may merge other caches whose slot size and flags match into a kmalloc cache, so not every object counted there came from kmalloc().</source>
        <translation>SLUB kann andere Caches, deren Platzgröße und Flags passen, mit einem kmalloc-Cache zusammenlegen; daher stammt nicht jedes dort gezählte Objekt von kmalloc().</translation>
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
    <name>kaleido::LabCard</name>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>What this lab shows</source>
        <translation>Was dieser Versuch zeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Worauf Sie achten sollten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Where the effect appears</source>
        <translation>Wo sich die Wirkung zeigt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the lab&apos;s program, %1, as you, in a process group of its own</source>
        <translation>Das Programm des Versuchs, %1, unter Ihrem Benutzer in einer eigenen Prozessgruppe starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the lab&apos;s program and every process it started; nothing keeps running</source>
        <translation>Das Programm des Versuchs und alle von ihm gestarteten Prozesse beenden; nichts läuft weiter</translation>
    </message>
    <message>
        <source>Show in Processes</source>
        <translation>In „Prozesse“ anzeigen</translation>
    </message>
    <message>
        <source>Open Processes with the lab&apos;s process (or the child the last step made) selected</source>
        <translation>„Prozesse“ öffnen und dort den Prozess des Versuchs (oder das Kind aus dem letzten Schritt) auswählen</translation>
    </message>
    <message>
        <source>Show Memory Map</source>
        <translation>Speicherbereiche anzeigen</translation>
    </message>
    <message>
        <source>Open Memory ▸ Map on the lab&apos;s process</source>
        <translation>Speicher ▸ Speicherbereiche für den Prozess des Versuchs öffnen</translation>
    </message>
    <message>
        <source>Whether the lab&apos;s program runs, its process ID, and the safety limits applied</source>
        <translation>Ob das Programm des Versuchs läuft, seine Prozess-ID und die angewendeten Sicherheitsgrenzen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Press the steps in order and watch what changes after each</source>
        <translation>Drücken Sie die Schritte der Reihe nach und beobachten Sie, was sich nach jedem ändert</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Run this on the simulator</source>
        <translation>Dies im Simulator ausführen</translation>
    </message>
    <message>
        <source>Kaleido sends SIG%1 to the lab&apos;s program with kill()</source>
        <translation>Kaleido sendet mit kill() SIG%1 an das Programm des Versuchs</translation>
    </message>
    <message>
        <source>Tell the lab&apos;s program to do this step (it receives &quot;%1&quot;)</source>
        <translation>Das Programm des Versuchs diesen Schritt ausführen lassen (es erhält „%1“)</translation>
    </message>
    <message>
        <source>What this step makes happen</source>
        <translation>Was dieser Schritt bewirkt</translation>
    </message>
    <message>
        <source>What the program says</source>
        <translation>Was das Programm meldet</translation>
    </message>
    <message>
        <source>The lab program&apos;s answers: the process IDs and addresses it works with</source>
        <translation>Die Antworten des Versuchsprogramms: die Prozess-IDs und Adressen, mit denen es arbeitet</translation>
    </message>
    <message>
        <source>What you just saw</source>
        <translation>Was Sie gerade gesehen haben</translation>
    </message>
    <message>
        <source>Why the kernel behaved as it did</source>
        <translation>Warum sich der Kernel so verhalten hat</translation>
    </message>
    <message>
        <source>This lab runs only under a memory limit, so that the OOM killer can only end the lab&apos;s own program. %1</source>
        <translation>Dieser Versuch läuft nur mit einer Speichergrenze, damit der OOM-Killer ausschließlich das eigene Programm des Versuchs beenden kann. %1</translation>
    </message>
    <message>
        <source>Running as process %1.</source>
        <translation>Läuft als Prozess %1.</translation>
    </message>
    <message>
        <source>The last step&apos;s process: %1.</source>
        <translation>Der Prozess des letzten Schritts: %1.</translation>
    </message>
    <message>
        <source>Not running. Press Start.</source>
        <translation>Läuft nicht. Drücken Sie auf „Starten“.</translation>
    </message>
    <message>
        <source>Not running. Press Start. It will run under a memory limit of %1 MiB.</source>
        <translation>Läuft nicht. Drücken Sie auf „Starten“. Der Versuch läuft dann mit einer Speichergrenze von %1 MiB.</translation>
    </message>
    <message>
        <source>This lab cannot run here: it needs a memory limit, so that the OOM killer can only end its own program. %1</source>
        <translation>Dieser Versuch kann hier nicht laufen: Er benötigt eine Speichergrenze, damit der OOM-Killer nur sein eigenes Programm beenden kann. %1</translation>
    </message>
    <message>
        <source>Kaleido writes back the value %1 had before this lab changed it, through its helper (an administrator&apos;s password may be asked)</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst den Wert zurück, den %1 hatte, bevor dieser Versuch ihn geändert hat (möglicherweise wird das Passwort eines Administrators abgefragt)</translation>
    </message>
    <message>
        <source>Kaleido writes %1 to %2 through its helper (an administrator&apos;s password may be asked); the lab remembers the old value so that it can be put back</source>
        <translation>Kaleido schreibt über seinen Hilfsdienst %1 in %2 (möglicherweise wird das Passwort eines Administrators abgefragt); der Versuch merkt sich den alten Wert, damit er ihn zurücksetzen kann</translation>
    </message>
    <message>
        <source>%1 is still changed (it was %2): the lab&apos;s last step puts it back.</source>
        <translation>%1 ist noch geändert (vorher %2): Der letzte Schritt des Versuchs setzt den Wert zurück.</translation>
    </message>
    <message>
        <source>&gt; %1 ← %2 (Kaleido runs as root: written directly)</source>
        <translation>&gt; %1 ← %2 (Kaleido läuft als root: direkt geschrieben)</translation>
    </message>
    <message>
        <source>&gt; %1 ← %2 (as administrator, through Kaleido&apos;s helper)</source>
        <translation>&gt; %1 ← %2 (als Administrator, über den Hilfsdienst von Kaleido)</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>It will make itself the OOM killer&apos;s first choice (oom_score_adj 1000) and run under a memory limit of %1 MiB where cgroup v2 allows it.</source>
        <translation>Das Programm macht sich selbst zur ersten Wahl des OOM-Killers (oom_score_adj 1000) und läuft, wo cgroup v2 es erlaubt, mit einer Speichergrenze von %1 MiB.</translation>
    </message>
    <message>
        <source>%1 (it was %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>Changed by this lab: %1.</source>
        <translation>Von diesem Versuch geändert: %1.</translation>
    </message>
</context>
<context>
    <name>kaleido::LabRunner</name>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>The workload ended with exit code %1.</source>
        <translation>Das Versuchsprogramm wurde mit dem Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <source>cgroup v2 is not mounted at /sys/fs/cgroup, so no memory limit can be set.</source>
        <translation>cgroup v2 ist nicht unter /sys/fs/cgroup eingehängt, daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>The memory controller is not delegated to you (%1), so no memory limit can be set.</source>
        <translation>Der memory-Controller ist nicht an Sie delegiert (%1), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>The workload program %1 was not found; build Kaleido with its labs.</source>
        <translation>Das Versuchsprogramm %1 wurde nicht gefunden; erstellen Sie Kaleido mit seinen Versuchen.</translation>
    </message>
    <message>
        <source>Runs in a systemd scope limited to %1 MiB (memory.max).</source>
        <translation>Läuft in einem systemd-Scope, begrenzt auf %1 MiB (memory.max).</translation>
    </message>
    <message>
        <source>The workload still makes itself the OOM killer&apos;s first choice (oom_score_adj 1000).</source>
        <translation>Das Versuchsprogramm macht sich dennoch selbst zur ersten Wahl des OOM-Killers (oom_score_adj 1000).</translation>
    </message>
    <message>
        <source>The workload could not be started: %1</source>
        <translation>Das Versuchsprogramm konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The workload was not run: it could not enter its memory-limited cgroup.</source>
        <translation>Das Versuchsprogramm wurde nicht ausgeführt: Es konnte nicht in seine speicherbegrenzte cgroup wechseln.</translation>
    </message>
    <message>
        <source>The kernel&apos;s OOM killer ended the workload with SIGKILL inside its cgroup (memory.events: oom_kill %1).</source>
        <translation>Der OOM-Killer des Kernels hat das Versuchsprogramm innerhalb seiner cgroup mit SIGKILL beendet (memory.events: oom_kill %1).</translation>
    </message>
    <message>
        <source>The workload was ended by signal %1 (SIGKILL, 9, is what the OOM killer sends).</source>
        <translation>Das Versuchsprogramm wurde durch Signal %1 beendet (SIGKILL, 9, sendet der OOM-Killer).</translation>
    </message>
    <message>
        <source>systemd manages the cgroups here, but systemd-run is not installed, so no memory limit can be set.</source>
        <translation>Hier verwaltet systemd die cgroups, aber systemd-run ist nicht installiert, daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>systemd manages the cgroups here, but no systemd user manager is running for you, so no memory limit can be set.</source>
        <translation>Hier verwaltet systemd die cgroups, aber für Sie läuft kein systemd-Benutzerdienst (user manager), daher kann keine Speichergrenze gesetzt werden.</translation>
    </message>
    <message>
        <source>Runs in cgroup %1 limited to %2 MiB (memory.max).</source>
        <translation>Läuft in der cgroup %1, begrenzt auf %2 MiB (memory.max).</translation>
    </message>
    <message>
        <source>The memory-limited cgroup could not be made (%1: %2).</source>
        <translation>Die speicherbegrenzte cgroup konnte nicht angelegt werden (%1: %2).</translation>
    </message>
    <message>
        <source>The workload was not started.</source>
        <translation>Das Versuchsprogramm wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>The workload could not enter its memory-limited cgroup %1, so it was not run.</source>
        <translation>Das Versuchsprogramm konnte nicht in seine speicherbegrenzte cgroup %1 wechseln und wurde daher nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The workload could not enter its memory-limited cgroup %1, so it runs without a limit.</source>
        <translation>Das Versuchsprogramm konnte nicht in seine speicherbegrenzte cgroup %1 wechseln und läuft daher ohne Grenze.</translation>
    </message>
</context>
<context>
    <name>kaleido::LabsPage</name>
    <message>
        <source>The labs: each starts a small program and shows what the kernel does with it</source>
        <translation>Die Versuche: Jeder startet ein kleines Programm und zeigt, was der Kernel damit macht</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Presentation Mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <source>Larger text for a projector; Kaleido remembers the choice</source>
        <translation>Größere Schrift für einen Projektor; Kaleido merkt sich die Auswahl</translation>
    </message>
</context>
<context>
    <name>kaleido::LevelBar</name>
    <message>
        <source>The line marks a limit the kernel enforces.</source>
        <translation>Die Linie markiert eine Grenze, die der Kernel durchsetzt.</translation>
    </message>
    <message>
        <source>The dashed line marks a limit the kernel shows but does not enforce.</source>
        <translation>Die gestrichelte Linie markiert eine Grenze, die der Kernel anzeigt, aber nicht durchsetzt.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 %4</source>
        <translation>%1 %2 von %3 %4</translation>
    </message>
    <message>
        <source>%1 %2 of %3 %4 (%5 %)</source>
        <translation>%1 %2 von %3 %4 (%5 %)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>not enforced</source>
        <translation>nicht durchgesetzt</translation>
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
    <name>kaleido::LoadedModulesModel</name>
    <message>
        <source>Live</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Unloading</source>
        <translation>Wird entladen</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Fest eingebaut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>[permanent]</source>
        <translation>[permanent]</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>%1 is compiled into the kernel: it cannot be loaded or unloaded, only its parameters may be changed.</source>
        <translation>%1 ist fest in den Kernel eingebaut: Es kann weder geladen noch entladen werden, nur seine Parameter lassen sich ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) use %1 and must be unloaded before it.</source>
        <translation>
            <numerusform>%n Modul verwendet %1 und muss vorher entladen werden.</numerusform>
            <numerusform>%n Module verwenden %1 und müssen vorher entladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is also used by something other than modules (a mounted file system, an open device, a network interface…): references %2, holding modules %3.</source>
        <translation>%1 wird auch von etwas anderem als Modulen verwendet (einem eingehängten Dateisystem, einem geöffneten Gerät, einer Netzwerkschnittstelle …): %2 Referenzen, davon %3 durch nutzende Module.</translation>
    </message>
    <message>
        <source>Loaded without an exit function: the kernel can never unload it.</source>
        <translation>Ohne Exit-Funktion geladen: Der Kernel kann es nie entladen.</translation>
    </message>
    <message>
        <source>Compiled into the kernel image.</source>
        <translation>In das Kernel-Image kompiliert.</translation>
    </message>
    <message>
        <source>Its init function is still running.</source>
        <translation>Seine Init-Funktion läuft noch.</translation>
    </message>
    <message>
        <source>It is being removed.</source>
        <translation>Es wird gerade entfernt.</translation>
    </message>
    <message>
        <source>The kernel hides module addresses from this user (kptr_restrict); root can see them.</source>
        <translation>Der Kernel verbirgt Moduladressen vor diesem Benutzer (kptr_restrict); root kann sie sehen.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Taint</source>
        <translation>Taint</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Srcversion</source>
        <translation>Srcversion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>The module&apos;s name as the kernel knows it (dashes become underscores).</source>
        <translation>Der Name des Moduls, wie der Kernel es kennt (Bindestriche werden zu Unterstrichen).</translation>
    </message>
    <message>
        <source>Memory of all its sections, as /proc/modules reports it.</source>
        <translation>Speicher aller seiner Sektionen, wie /proc/modules ihn angibt.</translation>
    </message>
    <message>
        <source>Memory that stays while the module is loaded (/sys/module/&lt;module&gt;/coresize).</source>
        <translation>Speicher, der belegt bleibt, solange das Modul geladen ist (/sys/module/&lt;module&gt;/coresize).</translation>
    </message>
    <message>
        <source>Memory used only while its init function runs; 0 once it is live.</source>
        <translation>Speicher, der nur während der Init-Funktion belegt ist; 0, sobald das Modul aktiv ist.</translation>
    </message>
    <message>
        <source>How many references keep it loaded: holding modules plus other users such as mounts, open devices or network interfaces. Unload is refused while it is above 0.</source>
        <translation>Wie viele Referenzen es geladen halten: nutzende Module plus andere Nutzer wie Einhängepunkte, geöffnete Geräte oder Netzwerkschnittstellen. Solange der Wert über 0 liegt, wird das Entladen verweigert.</translation>
    </message>
    <message>
        <source>Modules that use this one (its holders): they must be unloaded first.</source>
        <translation>Module, die dieses verwenden (seine Nutzer): Sie müssen zuerst entladen werden.</translation>
    </message>
    <message>
        <source>Live, Loading (init running), Unloading, Permanent (cannot be unloaded) or Built-in.</source>
        <translation>Aktiv, Wird geladen (Init läuft), Wird entladen, Permanent (nicht entladbar) oder Fest eingebaut.</translation>
    </message>
    <message>
        <source>Why this module taints the kernel, one letter per reason; hover a cell for the meanings.</source>
        <translation>Warum dieses Modul den Kernel markiert (Taint), ein Buchstabe je Grund; zeigen Sie mit der Maus auf eine Zelle, um die Bedeutungen zu sehen.</translation>
    </message>
    <message>
        <source>The version the module declares (MODULE_VERSION), if any.</source>
        <translation>Die Version, die das Modul angibt (MODULE_VERSION), falls vorhanden.</translation>
    </message>
    <message>
        <source>A checksum of the module&apos;s source, to tell builds of the same version apart.</source>
        <translation>Eine Prüfsumme des Modul-Quellcodes, um Builds derselben Version auseinanderzuhalten.</translation>
    </message>
    <message>
        <source>Where its code starts in kernel memory; &quot;hidden&quot; when kptr_restrict hides addresses.</source>
        <translation>Wo sein Code im Kernelspeicher beginnt; „verborgen“, wenn kptr_restrict Adressen verbirgt.</translation>
    </message>
</context>
<context>
    <name>kaleido::LoadedModulesPage</name>
    <message>
        <source>Show built-in</source>
        <translation>Fest eingebaute anzeigen</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Ganzer Graph</translation>
    </message>
    <message>
        <source>Filter by module or user</source>
        <translation>Nach Modul oder Nutzer filtern</translation>
    </message>
    <message>
        <source>Show only modules whose name, or one of whose users, contains this text</source>
        <translation>Nur Module anzeigen, deren Name oder der Name eines ihrer Nutzer diesen Text enthält</translation>
    </message>
    <message>
        <source>Also list code built into the kernel that has a /sys/module directory (parameters, version); it cannot be unloaded</source>
        <translation>Auch fest in den Kernel eingebauten Code auflisten, der ein /sys/module-Verzeichnis hat (Parameter, Version); er kann nicht entladen werden</translation>
    </message>
    <message>
        <source>How many modules are loaded, and how many rows the filter shows</source>
        <translation>Wie viele Module geladen sind und wie viele Zeilen der Filter anzeigt</translation>
    </message>
    <message>
        <source>Loaded modules, as lsmod lists them; right-click a module to unload it</source>
        <translation>Geladene Module, wie lsmod sie auflistet; klicken Sie mit der rechten Maustaste auf ein Modul, um es zu entladen</translation>
    </message>
    <message>
        <source>Draw every loaded module, not only the selected one&apos;s users and dependencies</source>
        <translation>Alle geladenen Module zeichnen, nicht nur die Nutzer und Abhängigkeiten des ausgewählten</translation>
    </message>
    <message>
        <source>The order in which the selected module and the modules using it can be unloaded (the numbers in the graph); what would still block it</source>
        <translation>Die Reihenfolge, in der das ausgewählte Modul und die Module, die es verwenden, entladen werden können (die Zahlen im Graphen); was es noch blockieren würde</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The selected module&apos;s parameters: current values, change the writable ones</source>
        <translation>Die Parameter des ausgewählten Moduls: aktuelle Werte; die schreibbaren lassen sich ändern</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Which modules use which, laid out by graphviz, with the unload order</source>
        <translation>Welche Module welche verwenden, von graphviz angeordnet, mit der Entladereihenfolge</translation>
    </message>
    <message>
        <source>This kernel has no loadable modules.</source>
        <translation>Dieser Kernel hat keine ladbaren Module.</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded</source>
        <translation>
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unload order: %1</source>
        <translation>Entladereihenfolge: %1</translation>
    </message>
    <message>
        <source>Blocked by: %1 (see Unload… for why)</source>
        <translation>Blockiert durch: %1 (den Grund nennt „Entladen …“)</translation>
    </message>
    <message>
        <source>No module is loaded.</source>
        <translation>Kein Modul ist geladen.</translation>
    </message>
    <message>
        <source>Unload %1 with its users</source>
        <translation>%1 mit seinen Nutzern entladen</translation>
    </message>
    <message>
        <source>Unload…</source>
        <translation>Entladen …</translation>
    </message>
    <message>
        <source>Unload %1; the dialog says first whether the kernel will allow it</source>
        <translation>%1 entladen; der Dialog sagt zuerst, ob der Kernel es zulässt</translation>
    </message>
    <message>
        <source>Unload with its users…</source>
        <translation>Mit seinen Nutzern entladen …</translation>
    </message>
    <message>
        <source>Unload the modules that use %1 first, in a safe order, then %1</source>
        <translation>Zuerst die Module, die %1 verwenden, in einer sicheren Reihenfolge entladen, dann %1</translation>
    </message>
    <message>
        <source>Show log lines</source>
        <translation>Protokollzeilen anzeigen</translation>
    </message>
    <message>
        <source>Open the Kernel log filtered to lines that name %1</source>
        <translation>Das Kernelprotokoll öffnen, gefiltert auf Zeilen, die %1 nennen</translation>
    </message>
    <message>
        <source>Show in Available</source>
        <translation>In „Verfügbar“ anzeigen</translation>
    </message>
    <message>
        <source>Open Modules ▸ Available on %1: its file, modinfo and modprobe rules</source>
        <translation>Module ▸ Verfügbar für %1 öffnen: seine Datei, modinfo und modprobe-Regeln</translation>
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
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>Nodes and zones, the buddy allocator&apos;s free blocks per order, fragmentation, migrate types and watermarks, live</source>
        <translation>Knoten und Zonen, die freien Blöcke des Buddy-Allokators je Ordnung, Fragmentierung, Migrationstypen und Wasserzeichen, live</translation>
    </message>
    <message>
        <source>Slab</source>
        <translation>Slab</translation>
    </message>
    <message>
        <source>The kernel&apos;s slab caches, like slabtop: objects, sizes, waste and growth (/proc/slabinfo, read through the helper when not root)</source>
        <translation>Die Slab-Caches des Kernels, wie slabtop: Objekte, Größen, Verschnitt und Wachstum (/proc/slabinfo, ohne root-Rechte über den Hilfsdienst gelesen)</translation>
    </message>
    <message>
        <source>Overcommit, swappiness, watermarks, transparent huge pages and KSM: change them, see what they move, and revert them</source>
        <translation>Overcommit, Swappiness, Wasserzeichen, Transparent Huge Pages und KSM: ändern, die Auswirkungen verfolgen und zurücksetzen</translation>
    </message>
    <message>
        <source>Faults &amp;&amp; OOM</source>
        <translation>Seitenfehler &amp;&amp; OOM</translation>
    </message>
    <message>
        <source>Page-fault and swap rates from /proc/vmstat, the processes that fault most, and the order in which the OOM killer would end processes</source>
        <translation>Seitenfehler- und Swap-Raten aus /proc/vmstat, die Prozesse mit den meisten Seitenfehlern und die Reihenfolge, in der der OOM-Killer Prozesse beenden würde</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Speicherbereiche</translation>
    </message>
    <message>
        <source>One process&apos;s memory areas: where its memory is, what kind, how it changes (/proc/PID/smaps)</source>
        <translation>Die Speicherbereiche eines Prozesses: wo sein Speicher liegt, welcher Art er ist und wie er sich ändert (/proc/PID/smaps)</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Loaded modules as lsmod lists them, with holders, taint, parameters, the dependency graph and a safe unload order</source>
        <translation>Geladene Module, wie lsmod sie auflistet, mit Nutzern, Taint, Parametern, dem Abhängigkeitsgraphen und einer sicheren Entladereihenfolge</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Every module installed for the running kernel, searchable, with its modinfo, parameters and modprobe.d rules; load one with typed parameters, or inspect a .ko file</source>
        <translation>Alle für den laufenden Kernel installierten Module, durchsuchbar, mit modinfo, Parametern und modprobe.d-Regeln; laden Sie eines mit typisierten Parametern oder untersuchen Sie eine .ko-Datei</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Modules: loaded kernel modules, their parameters and dependencies; load and unload them</source>
        <translation>Module: geladene Kernelmodule, ihre Parameter und Abhängigkeiten; laden und entladen</translation>
    </message>
    <message>
        <source>Kernel Log</source>
        <translation>Kernelprotokoll</translation>
    </message>
    <message>
        <source>The kernel&apos;s messages from /dev/kmsg, like dmesg --follow</source>
        <translation>Die Meldungen des Kernels aus /dev/kmsg, wie dmesg --follow</translation>
    </message>
    <message>
        <source>Kernel log</source>
        <translation>Kernelprotokoll</translation>
    </message>
    <message>
        <source>Kernel log: the kernel&apos;s messages as it writes them, filtered and coloured by level</source>
        <translation>Kernelprotokoll: die Meldungen des Kernels, während er sie schreibt, gefiltert und nach Stufe eingefärbt</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Load Module…</source>
        <translation>Modul &amp;laden …</translation>
    </message>
    <message>
        <source>Load the module selected in Modules ▸ Available, with the parameters you choose (Ctrl+L)</source>
        <translation>Das in Module ▸ Verfügbar ausgewählte Modul mit den von Ihnen gewählten Parametern laden (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Unload Module…</source>
        <translation>Modul &amp;entladen …</translation>
    </message>
    <message>
        <source>Unload the module selected in Modules ▸ Loaded; explains first who still uses it and in which order a chain can go</source>
        <translation>Das in Module ▸ Geladen ausgewählte Modul entladen; erklärt zuerst, wer es noch verwendet und in welcher Reihenfolge eine Kette entladen werden kann</translation>
    </message>
    <message>
        <source>&amp;Open Module File…</source>
        <translation>Moduldatei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Inspect a .ko file before loading it: its modinfo, whether it matches the running kernel, its signature and the taint it would cause (Ctrl+O)</source>
        <translation>Eine .ko-Datei vor dem Laden untersuchen: ihre modinfo-Angaben, ob sie zum laufenden Kernel passt, ihre Signatur und den Taint, den sie verursachen würde (Strg+O)</translation>
    </message>
    <message>
        <source>%1 is not among the modules installed for this kernel</source>
        <translation>%1 gehört nicht zu den für diesen Kernel installierten Modulen</translation>
    </message>
    <message>
        <source>Choose a module in Modules ▸ Available, then Load Module…</source>
        <translation>Wählen Sie ein Modul in Module ▸ Verfügbar und dann „Modul laden …“</translation>
    </message>
    <message>
        <source>Choose a module in Modules ▸ Loaded, then Unload Module…</source>
        <translation>Wählen Sie ein Modul in Module ▸ Geladen und dann „Modul entladen …“</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Experiments: start a small program and watch the kernel react</source>
        <translation>Experimente: ein kleines Programm starten und beobachten, wie der Kernel reagiert</translation>
    </message>
    <message>
        <source>Labs: guided experiments for a class, each with a program to run and an effect to watch</source>
        <translation>Versuche: angeleitete Experimente für den Unterricht, jeweils mit einem Programm zum Ausführen und einer Wirkung zum Beobachten</translation>
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
    <name>kaleido::MemoryMapChanges</name>
    <message>
        <source>anonymous memory at %1</source>
        <translation>anonymer Speicher bei %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>grew</source>
        <translation>gewachsen</translation>
    </message>
    <message>
        <source>shrank</source>
        <translation>geschrumpft</translation>
    </message>
    <message>
        <source>Added since the snapshot: %1, %2 resident.</source>
        <translation>Seit der Momentaufnahme hinzugekommen: %1, davon %2 resident.</translation>
    </message>
    <message>
        <source>Removed since the snapshot: %1 at %2.</source>
        <translation>Seit der Momentaufnahme entfernt: %1 bei %2.</translation>
    </message>
    <message>
        <source>Grew by %1 since the snapshot (from %2 to %3); resident %4.</source>
        <translation>Seit der Momentaufnahme um %1 gewachsen (von %2 auf %3); resident %4.</translation>
    </message>
    <message>
        <source>Shrank by %1 since the snapshot (from %2 to %3); resident %4.</source>
        <translation>Seit der Momentaufnahme um %1 geschrumpft (von %2 auf %3); resident %4.</translation>
    </message>
    <message>
        <source>No mapping was added, removed or resized since the snapshot.</source>
        <translation>Seit der Momentaufnahme wurde kein Mapping hinzugefügt, entfernt oder in der Größe geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n added (%1)</source>
        <translation>
            <numerusform>%n hinzugekommen (%1)</numerusform>
            <numerusform>%n hinzugekommen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grew (%1)</source>
        <translation>
            <numerusform>%n gewachsen (%1)</numerusform>
            <numerusform>%n gewachsen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shrank (%1)</source>
        <translation>
            <numerusform>%n geschrumpft (%1)</numerusform>
            <numerusform>%n geschrumpft (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed (%1)</source>
        <translation>
            <numerusform>%n entfernt (%1)</numerusform>
            <numerusform>%n entfernt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Areas since the snapshot: %1.</source>
        <translation>Bereiche seit der Momentaufnahme: %1.</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 hinzugekommen (%2)</translation>
    </message>
    <message>
        <source>%1 removed (%2)</source>
        <translation>%1 entfernt (%2)</translation>
    </message>
    <message>
        <source>%1 grew by %2 to %3</source>
        <translation>%1 um %2 auf %3 gewachsen</translation>
    </message>
    <message>
        <source>%1 shrank by %2 to %3</source>
        <translation>%1 um %2 auf %3 geschrumpft</translation>
    </message>
    <message>
        <source>Largest: %1.</source>
        <translation>Die größten: %1.</translation>
    </message>
    <message>
        <source>In all: address space %1, resident %2, proportional %3, anonymous %4, swap %5.</source>
        <translation>Insgesamt: Adressraum %1, resident %2, proportional %3, anonym %4, Swap %5.</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryMapGroupModel</name>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>All anonymous memory (areas not backed by a file); areas: %1</source>
        <translation>Gesamter anonymer Speicher (Bereiche ohne zugrunde liegende Datei); Bereiche: %1</translation>
    </message>
    <message>
        <source>%1; areas: %2</source>
        <translation>%1; Bereiche: %2</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>The mapped file, or the kernel&apos;s name for the area ([heap], [stack], …); all anonymous memory is one row.</source>
        <translation>Die eingeblendete Datei oder die Bezeichnung des Kernels für den Bereich ([heap], [stack], …); der gesamte anonyme Speicher bildet eine Zeile.</translation>
    </message>
    <message>
        <source>How many areas (lines of /proc/PID/maps) the file or name has: a library usually has four, for its read-only, code, relocated and writable parts.</source>
        <translation>Wie viele Bereiche (Zeilen von /proc/PID/maps) die Datei oder Bezeichnung hat: Eine Bibliothek hat meist vier, für ihren schreibgeschützten Teil, den Code, den relozierten und den beschreibbaren Teil.</translation>
    </message>
    <message>
        <source>The distinct permissions of its areas: r read, w write, x execute; p private or s shared.</source>
        <translation>Die verschiedenen Zugriffsrechte ihrer Bereiche: r lesen, w schreiben, x ausführen; p privat oder s gemeinsam genutzt.</translation>
    </message>
    <message>
        <source>What its areas hold, as coloured in the address-space strip.</source>
        <translation>Was ihre Bereiche enthalten, so wie im Adressraum-Streifen eingefärbt.</translation>
    </message>
    <message>
        <source>Summed over the file&apos;s areas. %1</source>
        <translation>Summiert über die Bereiche der Datei. %1</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryMapModel</name>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>The first virtual address of the area, in hexadecimal.</source>
        <translation>Die erste virtuelle Adresse des Bereichs, hexadezimal.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The address just past the last byte of the area, in hexadecimal.</source>
        <translation>Die Adresse direkt hinter dem letzten Byte des Bereichs, hexadezimal.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The length of the area: address space reserved, whether or not any of it is in RAM.</source>
        <translation>Die Länge des Bereichs: reservierter Adressraum, unabhängig davon, ob etwas davon im RAM liegt.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Zugriffsrechte</translation>
    </message>
    <message>
        <source>r read, w write, x execute; p private (copy-on-write) or s shared with other processes.</source>
        <translation>r lesen, w schreiben, x ausführen; p privat (Copy-on-Write) oder s mit anderen Prozessen gemeinsam genutzt.</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Where in the file the area starts, in hexadecimal bytes (0 for anonymous memory).</source>
        <translation>Wo in der Datei der Bereich beginnt, in Bytes, hexadezimal (0 bei anonymem Speicher).</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The device (major:minor, hexadecimal) holding the mapped file; 00:00 for anonymous memory.</source>
        <translation>Das Gerät (major:minor, hexadezimal), auf dem die eingeblendete Datei liegt; 00:00 bei anonymem Speicher.</translation>
    </message>
    <message>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <source>The mapped file&apos;s inode number on that device; 0 for anonymous memory.</source>
        <translation>Die Inode-Nummer der eingeblendeten Datei auf diesem Gerät; 0 bei anonymem Speicher.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The mapped file, or what the kernel calls the area: [heap] (grown with brk), [stack] (the main thread&apos;s stack), [vdso] and [vvar] (kernel code and data in every process), or anonymous memory.</source>
        <translation>Die eingeblendete Datei oder die Bezeichnung des Kernels für den Bereich: [heap] (wächst mit brk), [stack] (der Stack des Haupt-Threads), [vdso] und [vvar] (Kernelcode und -daten in jedem Prozess) oder anonymer Speicher.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Rss: the part of the area in RAM now, shared pages counted in full.</source>
        <translation>Rss: der Teil des Bereichs, der gerade im RAM liegt; gemeinsam genutzte Seiten werden voll gezählt.</translation>
    </message>
    <message>
        <source>Proportional</source>
        <translation>Proportional</translation>
    </message>
    <message>
        <source>Pss: resident memory with each page divided by the number of processes mapping it; summed over all processes it gives the RAM really used.</source>
        <translation>Pss: residenter Speicher, wobei jede Seite durch die Anzahl der Prozesse geteilt wird, die sie einblenden; über alle Prozesse summiert ergibt das den tatsächlich genutzten RAM.</translation>
    </message>
    <message>
        <source>Shared Clean</source>
        <translation>Gemeinsam, sauber</translation>
    </message>
    <message>
        <source>Resident pages also mapped by other processes and unchanged since they were read: the kernel can drop them and read them again.</source>
        <translation>Residente Seiten, die auch andere Prozesse eingeblendet haben und die seit dem Lesen unverändert sind: Der Kernel kann sie verwerfen und erneut lesen.</translation>
    </message>
    <message>
        <source>Shared Dirty</source>
        <translation>Gemeinsam, geändert</translation>
    </message>
    <message>
        <source>Resident pages also mapped by other processes and modified: they must be written back or swapped before the RAM can be reused.</source>
        <translation>Residente Seiten, die auch andere Prozesse eingeblendet haben und die verändert wurden: Sie müssen zurückgeschrieben oder ausgelagert werden, bevor der RAM wiederverwendet werden kann.</translation>
    </message>
    <message>
        <source>Private Clean</source>
        <translation>Privat, sauber</translation>
    </message>
    <message>
        <source>Resident pages only this process maps, unchanged since they were read.</source>
        <translation>Residente Seiten, die nur dieser Prozess eingeblendet hat, seit dem Lesen unverändert.</translation>
    </message>
    <message>
        <source>Private Dirty</source>
        <translation>Privat, geändert</translation>
    </message>
    <message>
        <source>Resident pages only this process maps and has modified: memory freed only when the process frees it or exits.</source>
        <translation>Residente Seiten, die nur dieser Prozess eingeblendet und verändert hat: Speicher, der erst frei wird, wenn der Prozess ihn freigibt oder endet.</translation>
    </message>
    <message>
        <source>Referenced</source>
        <translation>Referenziert</translation>
    </message>
    <message>
        <source>Resident memory marked as recently accessed; the kernel keeps such pages in RAM longer.</source>
        <translation>Residenter Speicher, der als kürzlich benutzt markiert ist; der Kernel hält solche Seiten länger im RAM.</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Resident memory not backed by a file (including copy-on-write copies of file pages): it can only go to swap.</source>
        <translation>Residenter Speicher ohne zugrunde liegende Datei (einschließlich Copy-on-Write-Kopien von Dateiseiten): Er kann nur in den Swap ausgelagert werden.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Anonymous memory of the area that is in swap now.</source>
        <translation>Anonymer Speicher des Bereichs, der gerade im Swap liegt.</translation>
    </message>
    <message>
        <source>Swap PSS</source>
        <translation>Swap-PSS</translation>
    </message>
    <message>
        <source>SwapPss: swapped memory with each swapped page divided by the number of processes sharing it.</source>
        <translation>SwapPss: ausgelagerter Speicher, wobei jede ausgelagerte Seite durch die Anzahl der Prozesse geteilt wird, die sie gemeinsam nutzen.</translation>
    </message>
    <message>
        <source>Anon Huge Pages</source>
        <translation>Anonyme Huge Pages</translation>
    </message>
    <message>
        <source>Anonymous memory held in transparent huge pages (2 MiB on x86-64).</source>
        <translation>Anonymer Speicher in Transparent Huge Pages (2 MiB auf x86-64).</translation>
    </message>
    <message>
        <source>File PMD Mapped</source>
        <translation>Datei per PMD eingeblendet</translation>
    </message>
    <message>
        <source>File pages mapped as huge pages (one page-middle-directory entry each).</source>
        <translation>Dateiseiten, die als Huge Pages eingeblendet sind (je ein Eintrag im Page Middle Directory).</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Memory locked in RAM with mlock(): it is never swapped out.</source>
        <translation>Mit mlock() im RAM gesperrter Speicher: Er wird nie ausgelagert.</translation>
    </message>
    <message>
        <source>THP Eligible</source>
        <translation>THP-fähig</translation>
    </message>
    <message>
        <source>Whether the area may use transparent huge pages.</source>
        <translation>Ob der Bereich Transparent Huge Pages verwenden darf.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>The kernel&apos;s flags of the area (the VmFlags line of smaps), in words; the tooltip lists the two-letter codes.</source>
        <translation>Die Flags des Kernels für den Bereich (die Zeile VmFlags von smaps) in Worten; der Tooltip listet die Kürzel aus zwei Buchstaben auf.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>file-backed</source>
        <translation>dateigestützt</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>Schutzbereich</translation>
    </message>
    <message>
        <source>vdso/vvar</source>
        <translation>vdso/vvar</translation>
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
        <source>Executable areas: the machine code of the program and its libraries (or of a JIT).</source>
        <translation>Ausführbare Bereiche: der Maschinencode des Programms und seiner Bibliotheken (oder eines JIT-Compilers).</translation>
    </message>
    <message>
        <source>A file&apos;s writable private copy: initialised global variables (.data) of the program and its libraries.</source>
        <translation>Die beschreibbare private Kopie einer Datei: initialisierte globale Variablen (.data) des Programms und seiner Bibliotheken.</translation>
    </message>
    <message>
        <source>[heap]: the area malloc() grows with brk() for small allocations.</source>
        <translation>[heap]: der Bereich, den malloc() für kleine Anforderungen mit brk() vergrößert.</translation>
    </message>
    <message>
        <source>[stack]: the main thread&apos;s stack, growing downwards.</source>
        <translation>[stack]: der Stack des Haupt-Threads, der nach unten wächst.</translation>
    </message>
    <message>
        <source>Memory not backed by a file: large malloc() blocks, thread stacks, zeroed globals (.bss), caches of the program.</source>
        <translation>Speicher ohne zugrunde liegende Datei: große malloc()-Blöcke, Thread-Stacks, mit Nullen initialisierte globale Variablen (.bss), Caches des Programms.</translation>
    </message>
    <message>
        <source>A file mapped read-only: constants (.rodata), fonts, locale data; the kernel can drop these pages and read them again.</source>
        <translation>Eine schreibgeschützt eingeblendete Datei: Konstanten (.rodata), Schriftarten, Locale-Daten; der Kernel kann diese Seiten verwerfen und erneut lesen.</translation>
    </message>
    <message>
        <source>Mapped shared (MAP_SHARED): shared memory or a file whose changes other processes see.</source>
        <translation>Gemeinsam eingeblendet (MAP_SHARED): gemeinsamer Speicher oder eine Datei, deren Änderungen andere Prozesse sehen.</translation>
    </message>
    <message>
        <source>No access at all (---p): guard pages that catch overruns, and address space reserved but not usable yet.</source>
        <translation>Überhaupt kein Zugriff (---p): Schutzseiten, die Überläufe abfangen, sowie reservierter, aber noch nicht nutzbarer Adressraum.</translation>
    </message>
    <message>
        <source>[vdso], [vvar], [vsyscall]: code and data the kernel maps into every process so that some system calls need no switch into the kernel.</source>
        <translation>[vdso], [vvar], [vsyscall]: Code und Daten, die der Kernel in jeden Prozess einblendet, damit manche Systemaufrufe ohne Wechsel in den Kernel auskommen.</translation>
    </message>
    <message>
        <source>anonymous memory</source>
        <translation>anonymer Speicher</translation>
    </message>
    <message>
        <source>Total of %1 areas</source>
        <translation>Summe über %1 Bereiche</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryMapPage</name>
    <message>
        <source>&amp;Group by file</source>
        <translation>Nach &amp;Datei gruppieren</translation>
    </message>
    <message>
        <source>Only &amp;changes</source>
        <translation>Nur Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Take &amp;Snapshot</source>
        <translation>&amp;Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>C&amp;lear Snapshot</source>
        <translation>Momentaufnahme &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Process ID:</source>
        <translation>&amp;Prozess-ID:</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>The process whose memory map to show; Enter shows it. Processes ▸ details ▸ &quot;Memory map…&quot; opens it here too.</source>
        <translation>Der Prozess, dessen Speicherbereiche angezeigt werden sollen; die Eingabetaste zeigt sie an. Auch Prozesse ▸ Details ▸ „Speicherbereiche …“ öffnet sie hier.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the memory map of the process with this ID</source>
        <translation>Die Speicherbereiche des Prozesses mit dieser ID anzeigen</translation>
    </message>
    <message>
        <source>Keep the map as it is now; every later read is compared with it: areas added, removed, grown or shrunk are marked (watch the heap grow)</source>
        <translation>Die Speicherbereiche im jetzigen Zustand festhalten; jedes spätere Lesen wird damit verglichen: Hinzugekommene, entfernte, gewachsene oder geschrumpfte Bereiche werden markiert (so lässt sich beobachten, wie der Heap wächst)</translation>
    </message>
    <message>
        <source>Stop comparing with the snapshot</source>
        <translation>Nicht mehr mit der Momentaufnahme vergleichen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save every area with its raw values (bytes, hexadecimal addresses) and the totals</source>
        <translation>Alle Bereiche mit ihren Rohwerten (Bytes, hexadezimale Adressen) und den Summen speichern</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV …</translation>
    </message>
    <message>
        <source>Comma-separated values, one line per area, for a spreadsheet</source>
        <translation>Kommagetrennte Werte, eine Zeile pro Bereich, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON …</translation>
    </message>
    <message>
        <source>One object per area, with the flags in words and the changes since the snapshot</source>
        <translation>Ein Objekt pro Bereich, mit den Flags in Worten und den Änderungen seit der Momentaufnahme</translation>
    </message>
    <message>
        <source>Read as &amp;Administrator</source>
        <translation>Als &amp;Administrator lesen</translation>
    </message>
    <message>
        <source>Ask Kaleido&apos;s helper to read this process&apos;s memory map as root, again at every refresh; the system asks for an administrator&apos;s password</source>
        <translation>Den Hilfsdienst von Kaleido bitten, die Speicherbereiche dieses Prozesses als root zu lesen, erneut bei jeder Aktualisierung; das System fragt nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>Enter a process ID, or choose a process in Processes and press &quot;Memory map…&quot;.</source>
        <translation>Geben Sie eine Prozess-ID ein, oder wählen Sie unter „Prozesse“ einen Prozess aus und klicken Sie auf „Speicherbereiche …“.</translation>
    </message>
    <message>
        <source>Compressed sizes</source>
        <translation>Gestauchte Größen</translation>
    </message>
    <message>
        <source>True sizes</source>
        <translation>Echte Größen</translation>
    </message>
    <message>
        <source>How wide each area is drawn: by the square root of its size (small areas stay visible beside huge reservations), or in proportion to it. Large unmapped gaps are always shortened and labelled.</source>
        <translation>Wie breit jeder Bereich gezeichnet wird: nach der Quadratwurzel seiner Größe (kleine Bereiche bleiben neben riesigen Reservierungen sichtbar) oder proportional zu ihr. Große nicht eingeblendete Lücken werden immer verkürzt und beschriftet.</translation>
    </message>
    <message>
        <source>One row per file (all of a library&apos;s areas together; all anonymous memory in one row) with the counters summed</source>
        <translation>Eine Zeile pro Datei (alle Bereiche einer Bibliothek zusammen; der gesamte anonyme Speicher in einer Zeile) mit summierten Zählern</translation>
    </message>
    <message>
        <source>Show only the areas added, grown or shrunk since the snapshot</source>
        <translation>Nur die Bereiche anzeigen, die seit der Momentaufnahme hinzugekommen, gewachsen oder geschrumpft sind</translation>
    </message>
    <message>
        <source>Filter by path…</source>
        <translation>Nach Pfad filtern …</translation>
    </message>
    <message>
        <source>Show only areas whose path contains this text (&quot;anonymous&quot;, &quot;[heap]&quot;, &quot;libc&quot;)</source>
        <translation>Nur Bereiche anzeigen, deren Pfad diesen Text enthält („anonym“, „[heap]“, „libc“)</translation>
    </message>
    <message>
        <source>Reading the memory map of process %1…</source>
        <translation>Die Speicherbereiche von Prozess %1 werden gelesen …</translation>
    </message>
    <message>
        <source>No process %1</source>
        <translation>Kein Prozess %1</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, Benutzer %2</translation>
    </message>
    <message>
        <source>Process %1 does not exist any more: it has exited (or never existed). Enter another process ID.</source>
        <translation>Prozess %1 existiert nicht mehr: Er wurde beendet (oder hat nie existiert). Geben Sie eine andere Prozess-ID ein.</translation>
    </message>
    <message>
        <source>Process %1 (%2) belongs to %3: only root may read another user&apos;s memory map. Kaleido&apos;s helper can read it for you; the system will ask for an administrator&apos;s password.</source>
        <translation>Prozess %1 (%2) gehört %3: Nur root darf die Speicherbereiche eines anderen Benutzers lesen. Der Hilfsdienst von Kaleido kann sie für Sie lesen; das System fragt dann nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <source>The memory map of process %1 could not be read: %2</source>
        <translation>Die Speicherbereiche von Prozess %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No map to show.</source>
        <translation>Keine Speicherbereiche zum Anzeigen.</translation>
    </message>
    <message>
        <source>Process %1 has no memory areas: a kernel thread or a zombie has no user address space.</source>
        <translation>Prozess %1 hat keine Speicherbereiche: Ein Kernel-Thread oder ein Zombie hat keinen Adressraum im Userspace.</translation>
    </message>
    <message>
        <source>Areas: %1. Address space %2, resident %3 (proportional %4), anonymous %5, swapped %6.</source>
        <translation>Bereiche: %1. Adressraum %2, resident %3 (proportional %4), anonym %5, ausgelagert %6.</translation>
    </message>
    <message>
        <source>Read as root through Kaleido&apos;s helper at %1.</source>
        <translation>Um %1 als root über den Hilfsdienst von Kaleido gelesen.</translation>
    </message>
    <message>
        <source>Read at %1 in %2 ms.</source>
        <translation>Um %1 in %2 ms gelesen.</translation>
    </message>
    <message>
        <source>Snapshot of %1 (%2 resident). %3</source>
        <translation>Momentaufnahme von %1 (%2 resident). %3</translation>
    </message>
    <message>
        <source>Reading /proc/%1/smaps: %2</source>
        <translation>/proc/%1/smaps wird gelesen: %2</translation>
    </message>
    <message>
        <source>Snapshot of process %1 taken: every read is now compared with it.</source>
        <translation>Momentaufnahme von Prozess %1 erstellt: Jedes Lesen wird jetzt mit ihr verglichen.</translation>
    </message>
    <message>
        <source>Export memory map as JSON</source>
        <translation>Speicherbereiche als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export memory map as CSV</source>
        <translation>Speicherbereiche als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved the memory map of process %1 to %2.</source>
        <translation>Die Speicherbereiche von Prozess %1 wurden in %2 gespeichert.</translation>
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
        <source>Asking Kaleido&apos;s helper to read the memory map of process %1…</source>
        <translation>Der Hilfsdienst von Kaleido wird gebeten, die Speicherbereiche von Prozess %1 zu lesen …</translation>
    </message>
    <message>
        <source>Process %1&apos;s map is read as root by Kaleido&apos;s helper, every %2.</source>
        <translation>Die Speicherbereiche von Prozess %1 werden alle %2 vom Hilfsdienst von Kaleido als root gelesen.</translation>
    </message>
    <message>
        <source>The helper stopped reading the map: %1</source>
        <translation>Der Hilfsdienst hat das Lesen der Speicherbereiche beendet: %1</translation>
    </message>
    <message>
        <source>Process %1 does not exist any more: it has exited.</source>
        <translation>Prozess %1 existiert nicht mehr: Er wurde beendet.</translation>
    </message>
</context>
<context>
    <name>kaleido::MemoryMapTotalsLine</name>
    <message>
        <source>Totals over every area of the process, as pmap -X prints them under its ==== line</source>
        <translation>Summen über alle Bereiche des Prozesses, so wie pmap -X sie unter seiner Zeile ==== ausgibt</translation>
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
    <name>kaleido::MigrateTypesModel</name>
    <message>
        <source>Pages that stay where they are once allocated: most kernel memory (slab caches, page tables, kernel stacks). They are kept together so they do not pin down blocks that compaction could otherwise empty.</source>
        <translation>Seiten, die nach der Allokation bleiben, wo sie sind: der Großteil des Kernelspeichers (Slab-Caches, Seitentabellen, Kernel-Stacks). Sie werden beieinander gehalten, damit sie keine Blöcke blockieren, die die Kompaktierung sonst leeren könnte.</translation>
    </message>
    <message>
        <source>Pages that can be moved by changing the mappings that point to them: the memory of processes and the page cache. Compaction moves them to build large free blocks.</source>
        <translation>Seiten, die sich verschieben lassen, indem die auf sie verweisenden Mappings geändert werden: der Speicher von Prozessen und der Seitencache. Die Kompaktierung verschiebt sie, um große freie Blöcke zu bilden.</translation>
    </message>
    <message>
        <source>Pages that cannot be moved but can be freed when memory runs short, such as the caches of file names and inodes.</source>
        <translation>Seiten, die sich nicht verschieben, aber bei Speicherknappheit freigeben lassen, etwa die Caches für Dateinamen und Inodes.</translation>
    </message>
    <message>
        <source>A small reserve for large allocations that cannot wait for reclaim (atomic, high order); the kernel sets blocks aside for it after such an allocation has failed.</source>
        <translation>Eine kleine Reserve für große Allokationen, die nicht auf die Zurückgewinnung warten können (atomar, hohe Ordnung); der Kernel legt Blöcke dafür beiseite, nachdem eine solche Allokation fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Blocks of the contiguous memory allocator: they take only movable pages, so the area can be emptied when a driver needs one large contiguous buffer.</source>
        <translation>Blöcke des Contiguous Memory Allocator (CMA): Sie nehmen nur verschiebbare Seiten auf, sodass der Bereich geleert werden kann, wenn ein Treiber einen großen zusammenhängenden Puffer braucht.</translation>
    </message>
    <message>
        <source>Blocks taken out of use for a moment, while memory is being taken offline or a contiguous range is being gathered.</source>
        <translation>Blöcke, die vorübergehend aus der Nutzung genommen sind, während Speicher offline genommen oder ein zusammenhängender Bereich zusammengetragen wird.</translation>
    </message>
    <message>
        <source>Select a zone to see its free lists by migrate type.</source>
        <translation>Wählen Sie eine Zone aus, um ihre Freilisten nach Migrationstyp zu sehen.</translation>
    </message>
    <message>
        <source>The migrate types could not be read: %1</source>
        <translation>Die Migrationstypen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/proc/pagetypeinfo has not been read.</source>
        <translation>/proc/pagetypeinfo wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Zone %1 has no memory, so it has no free lists.</source>
        <translation>Zone %1 hat keinen Speicher, daher hat sie keine Freilisten.</translation>
    </message>
    <message>
        <source>/proc/pagetypeinfo lists nothing for zone %1 of node %2.</source>
        <translation>/proc/pagetypeinfo listet nichts für Zone %1 von Knoten %2.</translation>
    </message>
    <message>
        <source>A migrate type this version of Kaleido does not describe.</source>
        <translation>Ein Migrationstyp, den diese Version von Kaleido nicht beschreibt.</translation>
    </message>
    <message>
        <source>%1 free %2 blocks of order %3 (%4 each): %5</source>
        <translation>%1 freie Blöcke vom Typ %2 der Ordnung %3 (je %4): %5</translation>
    </message>
    <message>
        <source>Free memory on the %1 free lists of all orders</source>
        <translation>Freier Speicher auf den Freilisten des Typs %1, alle Ordnungen zusammen</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 page blocks of the zone are marked %2 (%3), free or not</source>
        <translation>%1 Seitenblöcke der Zone (%3) sind als %2 markiert, ob frei oder nicht</translation>
    </message>
    <message>
        <source>Migrate type</source>
        <translation>Migrationstyp</translation>
    </message>
    <message>
        <source>The kernel sorts free memory by how the pages will be used, so that pages that can never move do not end up scattered over every block and large free blocks can still be made. Hover a type for what it holds.</source>
        <translation>Der Kernel sortiert freien Speicher danach, wie die Seiten genutzt werden, damit nicht verschiebbare Seiten nicht über alle Blöcke verstreut werden und sich weiterhin große freie Blöcke bilden lassen. Mit der Maus auf einen Typ zeigen, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Free blocks of order %1 (%2 each) on each migrate type&apos;s free list</source>
        <translation>Freie Blöcke der Ordnung %1 (je %2) auf der Freiliste jedes Migrationstyps</translation>
    </message>
    <message>
        <source>Free memory</source>
        <translation>Freier Speicher</translation>
    </message>
    <message>
        <source>The memory on the type&apos;s free lists, all orders together</source>
        <translation>Der Speicher auf den Freilisten des Typs, alle Ordnungen zusammen</translation>
    </message>
    <message>
        <source>Page blocks</source>
        <translation>Seitenblöcke</translation>
    </message>
    <message>
        <source>several</source>
        <translation>mehrere</translation>
    </message>
    <message>
        <source>How many page blocks of the zone (%1 pages each) carry this type, whether their pages are free or in use. The kernel takes blocks from another type when one runs out (&quot;fallback&quot;), which is how unmovable pages end up in movable blocks.</source>
        <translation>Wie viele Seitenblöcke der Zone (je %1 Seiten) diesen Typ tragen, unabhängig davon, ob ihre Seiten frei oder belegt sind. Geht einem Typ der Vorrat aus, nimmt der Kernel Blöcke eines anderen Typs („Fallback“); so geraten nicht verschiebbare Seiten in verschiebbare Blöcke.</translation>
    </message>
</context>
<context>
    <name>kaleido::MigrateTypesPanel</name>
    <message>
        <source>Ask Kaleido&apos;s privileged helper to read /proc/pagetypeinfo for you at every refresh; the system asks for an administrator&apos;s password first</source>
        <translation>Den privilegierten Hilfsdienst von Kaleido bitten, /proc/pagetypeinfo bei jeder Aktualisierung für Sie zu lesen; das System fragt zuvor nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>Where these figures come from and how large a page block is</source>
        <translation>Woher diese Werte stammen und wie groß ein Seitenblock ist</translation>
    </message>
    <message>
        <source>Free blocks per order on each migrate type&apos;s free list; hover a type for what it holds, a heading for what the column counts</source>
        <translation>Freie Blöcke je Ordnung auf der Freiliste jedes Migrationstyps; mit der Maus auf einen Typ zeigen für seinen Inhalt, auf eine Überschrift für die Bedeutung der Spalte</translation>
    </message>
    <message>
        <source>A page block is %1 pages (%2): the unit in which the kernel assigns migrate types.</source>
        <translation>Ein Seitenblock umfasst %1 Seiten (%2): die Einheit, in der der Kernel Migrationstypen zuweist.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Try again through the helper</source>
        <translation>Erneut über den Hilfsdienst versuchen</translation>
    </message>
    <message>
        <source>Read /proc/pagetypeinfo as administrator…</source>
        <translation>/proc/pagetypeinfo als Administrator lesen …</translation>
    </message>
</context>
<context>
    <name>kaleido::ModprobeConfig</name>
    <message>
        <source>the kernel command line</source>
        <translation>die Kernel-Befehlszeile</translation>
    </message>
    <message>
        <source>the module itself (modules.softdep)</source>
        <translation>das Modul selbst (modules.softdep)</translation>
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
    <name>kaleido::ModuleDetails</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>none: built into the kernel (modules.builtin)</source>
        <translation>keine: fest in den Kernel eingebaut (modules.builtin)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>Quellversion</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>(none declared)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>In tree</source>
        <translation>Im Kernelbaum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (out-of-tree: loading taints with O)</source>
        <translation>nein (Out-of-Tree: Laden markiert den Kernel mit O)</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>hash %1, %2</source>
        <translation>Hash %1, %2</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>matches this kernel</source>
        <translation>passt zu diesem Kernel</translation>
    </message>
    <message>
        <source>this kernel: %1</source>
        <translation>dieser Kernel: %1</translation>
    </message>
    <message>
        <source>Vermagic</source>
        <translation>Vermagic</translation>
    </message>
    <message>
        <source>Depends</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Soft dependencies</source>
        <translation>Weiche Abhängigkeiten</translation>
    </message>
    <message>
        <source>Imports namespaces</source>
        <translation>Importierte Namensräume</translation>
    </message>
    <message>
        <source> … and %1 more</source>
        <translation> … und %1 weitere</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>None declared.</source>
        <translation>Keine angegeben.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>modprobe rules that apply</source>
        <translation>Zutreffende modprobe-Regeln</translation>
    </message>
    <message>
        <source>Before loading</source>
        <translation>Vor dem Laden</translation>
    </message>
    <message>
        <source>The kernel will refuse it (%1): </source>
        <translation>Der Kernel wird es ablehnen (%1): </translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleFileInspector</name>
    <message>
        <source>Load this file…</source>
        <translation>Diese Datei laden …</translation>
    </message>
    <message>
        <source>The module file being inspected.</source>
        <translation>Die untersuchte Moduldatei.</translation>
    </message>
    <message>
        <source>What the file says about itself (modinfo, read with libkmod), compared with the running kernel, and what loading it would do.</source>
        <translation>Was die Datei über sich selbst angibt (modinfo, mit libkmod gelesen), verglichen mit dem laufenden Kernel, und was ihr Laden bewirken würde.</translation>
    </message>
    <message>
        <source>Open the load form for this file: its parameters, then load it with finit_module through kaleido-helper. Its dependencies must already be loaded.</source>
        <translation>Das Ladeformular für diese Datei öffnen: erst ihre Parameter, dann das Laden mit finit_module über kaleido-helper. Ihre Abhängigkeiten müssen bereits geladen sein.</translation>
    </message>
    <message>
        <source>This is not a kernel module Kaleido can read: %1</source>
        <translation>Dies ist kein Kernelmodul, das Kaleido lesen kann: %1</translation>
    </message>
    <message>
        <source>The file is compressed: Kaleido loads a module file with finit_module as it is, so decompress it first (xz -d, zstd -d, gunzip), or load the installed module by name.</source>
        <translation>Die Datei ist komprimiert: Kaleido lädt eine Moduldatei mit finit_module so, wie sie ist. Entpacken Sie sie daher zuerst (xz -d, zstd -d, gunzip), oder laden Sie das installierte Modul über seinen Namen.</translation>
    </message>
    <message>
        <source>kaleido-helper would not load this file: %1</source>
        <translation>kaleido-helper würde diese Datei nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleGraphView</name>
    <message>
        <source>Which module uses which: an arrow points from a module to one it uses (its holder relation). Green: live; blue: loading; orange: unloading; brown: permanent. Numbers: the order in which to unload. Click a module to select it.</source>
        <translation>Welches Modul welches verwendet: Ein Pfeil zeigt von einem Modul auf eines, das es verwendet (seine Nutzer-Beziehung). Grün: aktiv; Blau: wird geladen; Orange: wird entladen; Braun: permanent. Zahlen: die Reihenfolge zum Entladen. Klicken Sie auf ein Modul, um es auszuwählen.</translation>
    </message>
    <message>
        <source>%1 (not loaded; a static dependency from modinfo)</source>
        <translation>%1 (nicht geladen; eine statische Abhängigkeit laut modinfo)</translation>
    </message>
    <message>
        <source>Unload step %1 of %2</source>
        <translation>Entladeschritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleLabCard</name>
    <message>
        <source>A module&apos;s life</source>
        <translation>Das Leben eines Moduls</translation>
    </message>
    <message>
        <source>Load the teaching module kaleido_teach with parameters, find everything it adds to the kernel — its directory in /sys/module, a file in /proc, a slab cache, lines in the kernel log — give it a user, then unload both in the only order the kernel accepts.</source>
        <translation>Laden Sie das Lehrmodul kaleido_teach mit Parametern, finden Sie alles, was es dem Kernel hinzufügt – sein Verzeichnis in /sys/module, eine Datei in /proc, einen Slab-Cache, Zeilen im Kernelprotokoll –, geben Sie ihm einen Nutzer und entladen Sie dann beide in der einzigen Reihenfolge, die der Kernel akzeptiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ziel:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>What this lab shows</source>
        <translation>Was dieser Versuch zeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to watch:&lt;/b&gt; Modules ▸ Loaded (its row, the O and E taint letters, its parameters), the Kernel log filtered to the module, and the text this card reads from /proc and /sys.</source>
        <translation>&lt;b&gt;Worauf Sie achten sollten:&lt;/b&gt; Module ▸ Geladen (seine Zeile, die Taint-Buchstaben O und E, seine Parameter), das auf das Modul gefilterte Kernelprotokoll und der Text, den diese Karte aus /proc und /sys liest.</translation>
    </message>
    <message>
        <source>Where the effect appears</source>
        <translation>Wo sich die Wirkung zeigt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Check that this kernel can load modules and that the teaching modules are built or installed, then enable the steps</source>
        <translation>Prüfen, ob dieser Kernel Module laden kann und ob die Lehrmodule gebaut oder installiert sind, und dann die Schritte freigeben</translation>
    </message>
    <message>
        <source>Whether this kernel can load modules, and where the teaching modules are</source>
        <translation>Ob dieser Kernel Module laden kann und wo sich die Lehrmodule befinden</translation>
    </message>
    <message>
        <source>Load kaleido_teach with parameters…</source>
        <translation>kaleido_teach mit Parametern laden …</translation>
    </message>
    <message>
        <source>Open Kaleido&apos;s load dialog on kaleido_teach with objects=64 and greeting=hello filled in; you press Load</source>
        <translation>Den Ladedialog von Kaleido für kaleido_teach öffnen, mit objects=64 und greeting=hello bereits ausgefüllt; Sie drücken auf „Laden“</translation>
    </message>
    <message>
        <source>The dialog checks the parameters against the module&apos;s own declarations before the kernel sees them, then shows the kernel&apos;s answer and the lines the module logged.</source>
        <translation>Der Dialog prüft die Parameter anhand der eigenen Deklarationen des Moduls, bevor der Kernel sie sieht, und zeigt dann die Antwort des Kernels und die Zeilen, die das Modul protokolliert hat.</translation>
    </message>
    <message>
        <source>Show in Modules ▸ Loaded</source>
        <translation>In Module ▸ Geladen anzeigen</translation>
    </message>
    <message>
        <source>Open Modules ▸ Loaded on kaleido_teach and list its parameters from /sys/module/kaleido_teach/parameters</source>
        <translation>Module ▸ Geladen für kaleido_teach öffnen und seine Parameter aus /sys/module/kaleido_teach/parameters auflisten</translation>
    </message>
    <message>
        <source>Each parameter is a file under /sys/module/kaleido_teach/parameters. The taint letters O (out of tree) and E (unsigned) mark code the distribution did not ship.</source>
        <translation>Jeder Parameter ist eine Datei unter /sys/module/kaleido_teach/parameters. Die Taint-Buchstaben O (Out-of-Tree) und E (unsigniert) kennzeichnen Code, den die Distribution nicht mitgeliefert hat.</translation>
    </message>
    <message>
        <source>Read its /proc file and slab cache</source>
        <translation>Seine /proc-Datei und seinen Slab-Cache lesen</translation>
    </message>
    <message>
        <source>Show /proc/kaleido_teach and the kaleido_teach_obj line of /proc/slabinfo (root only: otherwise open Memory ▸ Slab, which reads it through the helper)</source>
        <translation>/proc/kaleido_teach und die Zeile kaleido_teach_obj aus /proc/slabinfo anzeigen (nur für root; andernfalls Speicher ▸ Slab öffnen, das sie über den Hilfsdienst liest)</translation>
    </message>
    <message>
        <source>The module made a file in /proc and a slab cache of its own; the cache holds the objects it allocated, as many as the objects parameter asked for.</source>
        <translation>Das Modul hat eine Datei in /proc und einen eigenen Slab-Cache angelegt; der Cache enthält die Objekte, die es belegt hat – so viele, wie der Parameter objects verlangt hat.</translation>
    </message>
    <message>
        <source>Show its kernel log lines</source>
        <translation>Seine Zeilen im Kernelprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Open the Kernel log filtered to kaleido_teach&apos;s messages</source>
        <translation>Das Kernelprotokoll öffnen, gefiltert auf die Meldungen von kaleido_teach</translation>
    </message>
    <message>
        <source>What the module&apos;s init function printed with printk, at several levels.</source>
        <translation>Was die init-Funktion des Moduls mit printk ausgegeben hat, auf mehreren Stufen.</translation>
    </message>
    <message>
        <source>Load kaleido_teach_user…</source>
        <translation>kaleido_teach_user laden …</translation>
    </message>
    <message>
        <source>Open the load dialog on kaleido_teach_user, a second module that calls a function kaleido_teach exports</source>
        <translation>Den Ladedialog für kaleido_teach_user öffnen, ein zweites Modul, das eine von kaleido_teach exportierte Funktion aufruft</translation>
    </message>
    <message>
        <source>kaleido_teach now has a holder: the kernel counts the user and will refuse to unload kaleido_teach first (EAGAIN).</source>
        <translation>kaleido_teach hat jetzt einen Nutzer: Der Kernel zählt ihn mit und verweigert es, kaleido_teach zuerst zu entladen (EAGAIN).</translation>
    </message>
    <message>
        <source>Unload both in the safe order…</source>
        <translation>Beide in der sicheren Reihenfolge entladen …</translation>
    </message>
    <message>
        <source>Open Modules ▸ Loaded&apos;s unload dialog for kaleido_teach with its user: the holder goes first; nothing is forced</source>
        <translation>Den Entladedialog von Module ▸ Geladen für kaleido_teach mit seinem Nutzer öffnen: Der Nutzer kommt zuerst an die Reihe; nichts wird erzwungen</translation>
    </message>
    <message>
        <source>kaleido_teach_user goes first, then kaleido_teach: its /proc file, its slab cache and its /sys/module directory disappear with it.</source>
        <translation>Zuerst wird kaleido_teach_user entladen, dann kaleido_teach: Mit ihm verschwinden seine /proc-Datei, sein Slab-Cache und sein Verzeichnis in /sys/module.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Press the steps in order and watch what changes after each</source>
        <translation>Drücken Sie die Schritte der Reihe nach und beobachten Sie, was sich nach jedem ändert</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What this step makes happen</source>
        <translation>Was dieser Schritt bewirkt</translation>
    </message>
    <message>
        <source>What the kernel shows</source>
        <translation>Was der Kernel anzeigt</translation>
    </message>
    <message>
        <source>What the steps read from /sys/module, /proc/kaleido_teach and /proc/slabinfo</source>
        <translation>Was die Schritte aus /sys/module, /proc/kaleido_teach und /proc/slabinfo lesen</translation>
    </message>
    <message>
        <source>What you just saw</source>
        <translation>Was Sie gerade gesehen haben</translation>
    </message>
    <message>
        <source>The kernel&apos;s side of what the steps did</source>
        <translation>Was die Schritte aufseiten des Kernels bewirkt haben</translation>
    </message>
    <message>
        <source>Loading copied the module&apos;s code into kernel memory and ran its init function. Everything it created belongs to it: the parameters the kernel parsed from your text into typed variables (visible, and some writable, under /sys/module), the /proc file, the slab cache, the log lines. A second module that uses an exported symbol pins the first one: the kernel keeps a reference count and a list of holders, and refuses to unload a module something still uses. Unloading the holder first, then the module, runs each exit function, which must give back everything init took — a module that forgot would leave a slab cache or a /proc file behind.</source>
        <translation>Beim Laden wurde der Code des Moduls in den Kernelspeicher kopiert und seine init-Funktion ausgeführt. Alles, was es dabei angelegt hat, gehört ihm: die Parameter, die der Kernel aus Ihrem Text in typisierte Variablen umgewandelt hat (unter /sys/module sichtbar, manche auch beschreibbar), die /proc-Datei, der Slab-Cache und die Protokollzeilen. Ein zweites Modul, das ein exportiertes Symbol verwendet, hält das erste fest: Der Kernel führt einen Referenzzähler und eine Liste der Nutzer und weigert sich, ein Modul zu entladen, das noch verwendet wird. Wird zuerst der Nutzer und dann das Modul entladen, läuft jeweils die exit-Funktion, die alles zurückgeben muss, was init belegt hat – ein Modul, das etwas vergisst, würde einen Slab-Cache oder eine /proc-Datei zurücklassen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This kernel cannot load modules.&lt;/b&gt; Linux %1 was built without loadable-module support (there is no /proc/modules): every driver is built in, and nothing can be loaded or unloaded. Run this lab on a kernel with modules, such as a distribution kernel (Debian&apos;s 6.1 in tests/vm).</source>
        <translation>&lt;b&gt;Dieser Kernel kann keine Module laden.&lt;/b&gt; Linux %1 wurde ohne Unterstützung für ladbare Module gebaut (es gibt kein /proc/modules): Jeder Treiber ist fest eingebaut, und nichts kann geladen oder entladen werden. Führen Sie diesen Versuch auf einem Kernel mit Modulen aus, etwa einem Distributionskernel (Debians 6.1 in tests/vm).</translation>
    </message>
    <message>
        <source>Press Start, then the steps in order.</source>
        <translation>Drücken Sie auf „Starten“ und dann der Reihe nach auf die Schritte.</translation>
    </message>
    <message>
        <source>kaleido_teach.ko is not built for this kernel yet. Install the kernel&apos;s headers (&lt;tt&gt;apt-get install linux-headers-%1&lt;/tt&gt;) and rebuild Kaleido, which then builds labs/kmod; or install the kaleido-teach-dkms package, which builds and installs it for every kernel (labs/README.md).</source>
        <translation>kaleido_teach.ko ist für diesen Kernel noch nicht gebaut. Installieren Sie die Header des Kernels (&lt;tt&gt;apt-get install linux-headers-%1&lt;/tt&gt;) und bauen Sie Kaleido neu, das dann auch labs/kmod baut; oder installieren Sie das Paket kaleido-teach-dkms, das das Modul für jeden Kernel baut und installiert (labs/README.md).</translation>
    </message>
    <message>
        <source>installed for Linux %1; loads by name</source>
        <translation>für Linux %1 installiert; wird über den Namen geladen</translation>
    </message>
    <message>
        <source>built in %1</source>
        <translation>im Verzeichnis %1 gebaut</translation>
    </message>
    <message>
        <source>kaleido_teach is %1. Press the steps in order.</source>
        <translation>kaleido_teach ist %1. Drücken Sie die Schritte der Reihe nach.</translation>
    </message>
    <message>
        <source>%1.ko is neither installed nor built: see the note at the top of this card.</source>
        <translation>%1.ko ist weder installiert noch gebaut: Siehe den Hinweis oben auf dieser Karte.</translation>
    </message>
    <message>
        <source>%1 is loaded.</source>
        <translation>%1 ist geladen.</translation>
    </message>
    <message>
        <source>Loading %1 failed: %2</source>
        <translation>Laden von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>kaleido_teach is not loaded: %1 is missing. Press step 1 first.</source>
        <translation>kaleido_teach ist nicht geladen: %1 fehlt. Drücken Sie zuerst Schritt 1.</translation>
    </message>
    <message>
        <source>%1/taint: %2</source>
        <translation>%1/taint: %2</translation>
    </message>
    <message>
        <source>/proc/kaleido_teach cannot be read: %1</source>
        <translation>/proc/kaleido_teach kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>/proc/kaleido_teach:</source>
        <translation>/proc/kaleido_teach:</translation>
    </message>
    <message>
        <source>/proc/slabinfo is readable by root only: Memory ▸ Slab reads it through the helper; look for the %1 cache there.</source>
        <translation>/proc/slabinfo ist nur für root lesbar: Speicher ▸ Slab liest die Datei über den Hilfsdienst; suchen Sie dort nach dem Cache %1.</translation>
    </message>
    <message>
        <source>/proc/slabinfo (name, active objects, objects, object size, …):</source>
        <translation>/proc/slabinfo (Name, aktive Objekte, Objekte, Objektgröße, …):</translation>
    </message>
    <message>
        <source>No %1 line in /proc/slabinfo: the kernel merged the cache into another one of the same size.</source>
        <translation>Keine Zeile %1 in /proc/slabinfo: Der Kernel hat den Cache mit einem anderen derselben Größe zusammengelegt.</translation>
    </message>
    <message>
        <source>kaleido_teach is not loaded.</source>
        <translation>kaleido_teach ist nicht geladen.</translation>
    </message>
    <message>
        <source>kaleido_teach has no holders (reference count %1).</source>
        <translation>kaleido_teach hat keine Nutzer (Referenzzähler %1).</translation>
    </message>
    <message>
        <source>kaleido_teach is held by %1 (reference count %2): it cannot be unloaded first.</source>
        <translation>kaleido_teach wird von %1 verwendet (Referenzzähler %2): Es kann nicht zuerst entladen werden.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleLoadCheck</name>
    <message>
        <source>%1 is built into the kernel: it is always there and cannot be loaded or unloaded.</source>
        <translation>%1 ist fest in den Kernel eingebaut: Es ist immer vorhanden und kann weder geladen noch entladen werden.</translation>
    </message>
    <message>
        <source>This kernel was built without loadable-module support: nothing can be loaded.</source>
        <translation>Dieser Kernel wurde ohne Unterstützung für ladbare Module gebaut: Es kann nichts geladen werden.</translation>
    </message>
    <message>
        <source>Module loading is disabled until reboot (kernel.modules_disabled is 1).</source>
        <translation>Das Laden von Modulen ist bis zum Neustart deaktiviert (kernel.modules_disabled ist 1).</translation>
    </message>
    <message>
        <source>%1 is already loaded.</source>
        <translation>%1 ist bereits geladen.</translation>
    </message>
    <message>
        <source>The kernel only loads signed modules (module.sig_enforce is Y) and %1 is unsigned.</source>
        <translation>Der Kernel lädt nur signierte Module (module.sig_enforce ist Y), und %1 ist nicht signiert.</translation>
    </message>
    <message>
        <source>The kernel is locked down (%1): it refuses unsigned modules such as %2.</source>
        <translation>Der Kernel ist im Lockdown (%1): Er weist nicht signierte Module wie %2 zurück.</translation>
    </message>
    <message>
        <source>%1 has no version magic (vermagic): the kernel refuses it as built for an unknown kernel.</source>
        <translation>%1 hat keine Versionskennung (vermagic): Der Kernel weist es zurück, da es für einen unbekannten Kernel gebaut wurde.</translation>
    </message>
    <message>
        <source>Built for a kernel configured differently: vermagic flags “%1”, this kernel “%2”.</source>
        <translation>Für einen anders konfigurierten Kernel gebaut: vermagic-Flags „%1“, dieser Kernel „%2“.</translation>
    </message>
    <message>
        <source>Built for kernel %1, this is %2: the kernel accepts it only if the symbol versions (CRCs) it uses match, otherwise ENOEXEC.</source>
        <translation>Für Kernel %1 gebaut, dies ist %2: Der Kernel akzeptiert es nur, wenn die verwendeten Symbolversionen (CRCs) übereinstimmen, sonst ENOEXEC.</translation>
    </message>
    <message>
        <source>Built for kernel %1, this is %2.</source>
        <translation>Für Kernel %1 gebaut, dies ist %2.</translation>
    </message>
    <message>
        <source>Loading it taints the kernel with %1: %2</source>
        <translation>Das Laden markiert den Kernel mit dem Taint %1: %2</translation>
    </message>
    <message>
        <source>It is unsigned; if this kernel checks signatures, loading it also taints it with E.</source>
        <translation>Es ist nicht signiert; falls dieser Kernel Signaturen prüft, markiert das Laden ihn zusätzlich mit dem Taint E.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleLoadDialog</name>
    <message>
        <source>The module and what its modinfo says about it.</source>
        <translation>Das Modul und was seine modinfo-Angaben darüber sagen.</translation>
    </message>
    <message>
        <source>What Kaleido predicts the kernel will say. A predicted refusal does not stop you: the kernel has the last word, and a refused load changes nothing.</source>
        <translation>Was der Kernel laut Kaleidos Vorhersage antworten wird. Eine vorhergesagte Ablehnung hält Sie nicht auf: Der Kernel hat das letzte Wort, und ein abgelehnter Ladeversuch ändert nichts.</translation>
    </message>
    <message>
        <source>What modprobe would do: the modules loaded first, those already loaded and those loaded after it (softdep post:).</source>
        <translation>Was modprobe tun würde: die zuerst geladenen Module, die bereits geladenen und die danach geladenen (softdep post:).</translation>
    </message>
    <message>
        <source>Why Load is disabled.</source>
        <translation>Warum Laden deaktiviert ist.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Unload the module, then load it again with the checked parameters. Needs administrator permission (kaleido-helper).</source>
        <translation>Das Modul entladen und mit den angekreuzten Parametern erneut laden. Erfordert Administratorrechte (kaleido-helper).</translation>
    </message>
    <message>
        <source>Load the module with the checked parameters. Needs administrator permission (kaleido-helper).</source>
        <translation>Das Modul mit den angekreuzten Parametern laden. Erfordert Administratorrechte (kaleido-helper).</translation>
    </message>
    <message>
        <source>The parameters the module declares. Check a parameter to pass it.</source>
        <translation>Die Parameter, die das Modul deklariert. Kreuzen Sie einen Parameter an, um ihn zu übergeben.</translation>
    </message>
    <message>
        <source>Close this dialog.</source>
        <translation>Diesen Dialog schließen.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Reload %1</source>
        <translation>%1 neu laden</translation>
    </message>
    <message>
        <source>No module “%1” is installed for kernel %2.</source>
        <translation>Für Kernel %2 ist kein Modul „%1“ installiert.</translation>
    </message>
    <message>
        <source>modprobe.d also passes %1 (%2).</source>
        <translation>modprobe.d übergibt außerdem %1 (%2).</translation>
    </message>
    <message>
        <source>An install rule runs “%1” instead of loading it (%2).</source>
        <translation>Eine install-Regel führt „%1“ aus, statt das Modul zu laden (%2).</translation>
    </message>
    <message>
        <source>The kernel will refuse it (%1): %2</source>
        <translation>Der Kernel wird es ablehnen (%1): %2</translation>
    </message>
    <message>
        <source>Loading a file loads nothing else; its dependencies are loaded.</source>
        <translation>Das Laden einer Datei lädt nichts weiter; ihre Abhängigkeiten sind geladen.</translation>
    </message>
    <message>
        <source>Loading a file loads nothing else: %1 must be loaded first, or the kernel refuses with ENOENT (unknown symbols).</source>
        <translation>Das Laden einer Datei lädt nichts weiter: %1 muss zuerst geladen werden, sonst lehnt der Kernel mit ENOENT ab (unbekannte Symbole).</translation>
    </message>
    <message>
        <source>Unloads %1, then loads it again with these parameters.</source>
        <translation>Entlädt %1 und lädt es dann mit diesen Parametern erneut.</translation>
    </message>
    <message>
        <source>Loads no other module first.</source>
        <translation>Lädt vorher kein anderes Modul.</translation>
    </message>
    <message>
        <source>Loads first: %1.</source>
        <translation>Lädt zuerst: %1.</translation>
    </message>
    <message>
        <source>Already loaded: %1.</source>
        <translation>Bereits geladen: %1.</translation>
    </message>
    <message>
        <source>After it: %1.</source>
        <translation>Danach: %1.</translation>
    </message>
    <message>
        <source>No connection to kaleido-helper.</source>
        <translation>Keine Verbindung zu kaleido-helper.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleLoadForm</name>
    <message>
        <source>This module declares no parameters.</source>
        <translation>Dieses Modul deklariert keine Parameter.</translation>
    </message>
    <message>
        <source>modinfo lists no parm or parmtype entries for this module.</source>
        <translation>modinfo führt für dieses Modul keine parm- oder parmtype-Einträge auf.</translation>
    </message>
    <message>
        <source>Pass %1 to the module. Unchecked parameters keep the module&apos;s default.</source>
        <translation>%1 an das Modul übergeben. Nicht angekreuzte Parameter behalten den Standardwert des Moduls.</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>The module&apos;s own description of %1 (MODULE_PARM_DESC).</source>
        <translation>Die Beschreibung von %1 durch das Modul selbst (MODULE_PARM_DESC).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleOperationPane</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the module is already loaded</source>
        <translation>das Modul ist bereits geladen</translation>
    </message>
    <message>
        <source>invalid module format or version magic mismatch</source>
        <translation>ungültiges Modulformat oder abweichende Versionskennung (vermagic)</translation>
    </message>
    <message>
        <source>the signature was rejected</source>
        <translation>die Signatur wurde zurückgewiesen</translation>
    </message>
    <message>
        <source>signed with a key the kernel does not have</source>
        <translation>mit einem Schlüssel signiert, den der Kernel nicht hat</translation>
    </message>
    <message>
        <source>unknown symbol or missing file</source>
        <translation>unbekanntes Symbol oder fehlende Datei</translation>
    </message>
    <message>
        <source>invalid parameter or argument</source>
        <translation>ungültiger Parameter oder ungültiges Argument</translation>
    </message>
    <message>
        <source>not permitted (lockdown, modules_disabled or blacklist)</source>
        <translation>nicht erlaubt (Lockdown, modules_disabled oder Sperrliste)</translation>
    </message>
    <message>
        <source>the module is busy (not live, or permanent)</source>
        <translation>das Modul ist beschäftigt (nicht aktiv oder permanent)</translation>
    </message>
    <message>
        <source>the module is in use</source>
        <translation>das Modul wird verwendet</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <source>bad address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>Kernel log during the operation:</source>
        <translation>Kernelprotokoll während des Vorgangs:</translation>
    </message>
    <message>
        <source>Show in Loaded</source>
        <translation>In „Geladen“ zeigen</translation>
    </message>
    <message>
        <source>Show in Kernel log</source>
        <translation>Im Kernelprotokoll zeigen</translation>
    </message>
    <message>
        <source>The operation this result is about.</source>
        <translation>Der Vorgang, auf den sich dieses Ergebnis bezieht.</translation>
    </message>
    <message>
        <source>Whether the operation succeeded; on failure the system error the kernel returned and what it means.</source>
        <translation>Ob der Vorgang erfolgreich war; bei einem Fehler der Systemfehler, den der Kernel zurückgegeben hat, und was er bedeutet.</translation>
    </message>
    <message>
        <source>Why it happened, in plain words, from the error and the kernel log.</source>
        <translation>Warum es dazu kam, in einfachen Worten, anhand des Fehlers und des Kernelprotokolls.</translation>
    </message>
    <message>
        <source>How the request was made: in this process, or through kaleido-helper with administrator permission.</source>
        <translation>Wie die Anfrage gestellt wurde: in diesem Prozess oder über kaleido-helper mit Administratorrechten.</translation>
    </message>
    <message>
        <source>The kernel&apos;s taint flags (/proc/sys/kernel/tainted) before and after the operation. Taints stay until reboot.</source>
        <translation>Die Taint-Flags des Kernels (/proc/sys/kernel/tainted) vor und nach dem Vorgang. Taints bleiben bis zum Neustart bestehen.</translation>
    </message>
    <message>
        <source>The lines the kernel printed to /dev/kmsg while the operation ran, coloured by level (red: error or worse, orange: warning, blue: notice, grey: debug).</source>
        <translation>Die Zeilen, die der Kernel während des Vorgangs nach /dev/kmsg geschrieben hat, nach Stufe eingefärbt (Rot: Fehler oder schlimmer, Orange: Warnung, Blau: Hinweis, Grau: Debug).</translation>
    </message>
    <message>
        <source>Select the module in Modules ▸ Loaded.</source>
        <translation>Das Modul unter Module ▸ Geladen auswählen.</translation>
    </message>
    <message>
        <source>Open the Kernel log with the lines this operation printed highlighted. Disabled when the lines&apos; sequence numbers are not known.</source>
        <translation>Das Kernelprotokoll öffnen, mit den Zeilen dieses Vorgangs hervorgehoben. Deaktiviert, wenn die Sequenznummern der Zeilen nicht bekannt sind.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Refused before anything was asked of the kernel</source>
        <translation>Abgelehnt, bevor der Kernel überhaupt gefragt wurde</translation>
    </message>
    <message>
        <source>Not authorized: administrator permission was not given</source>
        <translation>Nicht autorisiert: Administratorrechte wurden nicht erteilt</translation>
    </message>
    <message>
        <source>kaleido-helper could not be reached</source>
        <translation>kaleido-helper war nicht erreichbar</translation>
    </message>
    <message>
        <source>Taint: %1 → %2</source>
        <translation>Taint: %1 → %2</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>The kernel printed nothing while it ran.</source>
        <translation>Der Kernel hat während des Vorgangs nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleParametersModel</name>
    <message>
        <source>Writable</source>
        <translation>Schreibbar</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Root only</source>
        <translation>Nur root</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Can be changed while the module is loaded (the change goes through the privileged helper).</source>
        <translation>Kann geändert werden, während das Modul geladen ist (die Änderung läuft über den privilegierten Hilfsdienst).</translation>
    </message>
    <message>
        <source>Read-only (mode 0444): set at load only. Use “Reload with these parameters…” to change it.</source>
        <translation>Schreibgeschützt (Modus 0444): nur beim Laden festzulegen. Verwenden Sie „Mit diesen Parametern neu laden …“, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Only root can read it (mode 0400); set at load only.</source>
        <translation>Nur root kann ihn lesen (Modus 0400); nur beim Laden festzulegen.</translation>
    </message>
    <message>
        <source>Declared by the module but not shown in /sys (mode 0): it can only be given at load time.</source>
        <translation>Vom Modul deklariert, aber nicht in /sys sichtbar (Modus 0): Er kann nur beim Laden angegeben werden.</translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(nicht sichtbar)</translation>
    </message>
    <message>
        <source>(root only)</source>
        <translation>(nur root)</translation>
    </message>
    <message>
        <source>Double-click to change it; the kernel applies it at once.</source>
        <translation>Zum Ändern doppelklicken; der Kernel übernimmt den Wert sofort.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The parameter&apos;s name, as given on the modprobe command line.</source>
        <translation>Der Name des Parameters, wie er auf der modprobe-Befehlszeile angegeben wird.</translation>
    </message>
    <message>
        <source>The current value, read from /sys/module/&lt;module&gt;/parameters.</source>
        <translation>Der aktuelle Wert, gelesen aus /sys/module/&lt;module&gt;/parameters.</translation>
    </message>
    <message>
        <source>The type the module declares (modinfo parmtype).</source>
        <translation>Der Typ, den das Modul deklariert (modinfo parmtype).</translation>
    </message>
    <message>
        <source>Whether it can be changed now (Writable) or only when the module is loaded.</source>
        <translation>Ob er jetzt geändert werden kann (Schreibbar) oder nur beim Laden des Moduls.</translation>
    </message>
    <message>
        <source>What the module says the parameter does (modinfo parm).</source>
        <translation>Was der Parameter laut Modul bewirkt (modinfo parm).</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleParametersPanel</name>
    <message>
        <source>Reload with these parameters…</source>
        <translation>Mit diesen Parametern neu laden …</translation>
    </message>
    <message>
        <source>The module&apos;s parameters; double-click a writable value to change it</source>
        <translation>Die Parameter des Moduls; zum Ändern auf einen schreibbaren Wert doppelklicken</translation>
    </message>
    <message>
        <source>The module whose parameters are shown</source>
        <translation>Das Modul, dessen Parameter angezeigt werden</translation>
    </message>
    <message>
        <source>How the selected parameter can be changed</source>
        <translation>Wie der ausgewählte Parameter geändert werden kann</translation>
    </message>
    <message>
        <source>The last change: the value before → the value the kernel reports now</source>
        <translation>Die letzte Änderung: der vorherige Wert → der Wert, den der Kernel jetzt meldet</translation>
    </message>
    <message>
        <source>Unload the module and load it again with parameters you choose: the way to change read-only ones</source>
        <translation>Das Modul entladen und mit selbst gewählten Parametern erneut laden: so ändern Sie schreibgeschützte Parameter</translation>
    </message>
    <message>
        <source>Select a module to see its parameters.</source>
        <translation>Wählen Sie ein Modul aus, um seine Parameter zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no parameters.</source>
        <translation>%1 hat keine Parameter.</translation>
    </message>
    <message>
        <source>Parameters of %1</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <source>Unload the module and load it again with parameters you choose: the way to change read-only ones (loading an already loaded module would ignore new values).</source>
        <translation>Das Modul entladen und mit selbst gewählten Parametern erneut laden: so ändern Sie schreibgeschützte Parameter (ein bereits geladenes Modul erneut zu laden, würde neue Werte ignorieren).</translation>
    </message>
    <message>
        <source>%1 cannot be read here and will return to the module&apos;s defaults unless you set them.</source>
        <translation>%1: hier nicht lesbar; ohne Ihre Angabe gelten wieder die Standardwerte des Moduls.</translation>
    </message>
    <message>
        <source>Select a parameter to see how it can be changed.</source>
        <translation>Wählen Sie einen Parameter aus, um zu sehen, wie er geändert werden kann.</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 setzen</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Select a loaded module to reload it with other parameters.</source>
        <translation>Wählen Sie ein geladenes Modul, um es mit anderen Parametern neu zu laden.</translation>
    </message>
    <message>
        <source>%1 is built into the kernel: it cannot be unloaded, so it cannot be reloaded with other parameters.</source>
        <translation>%1 ist fest in den Kernel eingebaut: Es kann nicht entladen und daher nicht mit anderen Parametern neu geladen werden.</translation>
    </message>
    <message>
        <source>%1 has no parameters: reloading it could not change anything.</source>
        <translation>%1 hat keine Parameter: Neu laden würde nichts ändern.</translation>
    </message>
</context>
<context>
    <name>kaleido::ModulePreflightStrip</name>
    <message>
        <source>What the kernel will allow for modules right now, read before anything is tried</source>
        <translation>Was der Kernel gerade bei Modulen zulässt – gelesen, bevor etwas versucht wird</translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation>(unbekanntes Release)</translation>
    </message>
    <message>
        <source>Kernel %1 was built without loadable-module support: every driver is built in. Nothing can be loaded or unloaded.</source>
        <translation>Kernel %1 wurde ohne Unterstützung für ladbare Module gebaut: Alle Treiber sind fest eingebaut. Es kann nichts geladen oder entladen werden.</translation>
    </message>
    <message>
        <source>There is no /proc/modules: the kernel was configured without CONFIG_MODULES. Built-in code and its parameters are still listed under /sys/module.</source>
        <translation>/proc/modules existiert nicht: Der Kernel wurde ohne CONFIG_MODULES konfiguriert. Fest eingebauter Code und seine Parameter werden weiterhin unter /sys/module aufgeführt.</translation>
    </message>
    <message>
        <source>Module loading is switched off (modules_disabled = 1)</source>
        <translation>Laden von Modulen ist abgeschaltet (modules_disabled = 1)</translation>
    </message>
    <message>
        <source>Module loading allowed</source>
        <translation>Laden von Modulen erlaubt</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/modules_disabled is 1: every load and unload fails with EPERM until the next boot. It cannot be switched back on.</source>
        <translation>/proc/sys/kernel/modules_disabled ist 1: Jedes Laden und Entladen schlägt bis zum nächsten Start mit EPERM fehl. Es lässt sich nicht wieder einschalten.</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/modules_disabled is 0: modules may be loaded and unloaded.</source>
        <translation>/proc/sys/kernel/modules_disabled ist 0: Module dürfen geladen und entladen werden.</translation>
    </message>
    <message>
        <source>modules_disabled unknown</source>
        <translation>modules_disabled unbekannt</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/modules_disabled could not be read.</source>
        <translation>/proc/sys/kernel/modules_disabled konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Lockdown: %1</source>
        <translation>Lockdown: %1</translation>
    </message>
    <message>
        <source>Kernel lockdown is in force (%1): unsigned modules are refused with EPERM, and some parameters cannot be changed.</source>
        <translation>Kernel-Lockdown ist aktiv (%1): Unsignierte Module werden mit EPERM abgewiesen, und manche Parameter lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>Kernel lockdown is off; the kernel offers: %1.</source>
        <translation>Kernel-Lockdown ist aus; der Kernel bietet an: %1.</translation>
    </message>
    <message>
        <source>Lockdown: not available</source>
        <translation>Lockdown: nicht verfügbar</translation>
    </message>
    <message>
        <source>/sys/kernel/security/lockdown is missing: no lockdown LSM, or securityfs is not mounted.</source>
        <translation>/sys/kernel/security/lockdown fehlt: kein Lockdown-LSM, oder securityfs ist nicht eingehängt.</translation>
    </message>
    <message>
        <source>Signatures required (sig_enforce = Y)</source>
        <translation>Signaturen erforderlich (sig_enforce = Y)</translation>
    </message>
    <message>
        <source>Signatures not required</source>
        <translation>Signaturen nicht erforderlich</translation>
    </message>
    <message>
        <source>The kernel refuses modules without a valid signature (EKEYREJECTED or ENOKEY). This cannot be switched off until reboot.</source>
        <translation>Der Kernel weist Module ohne gültige Signatur ab (EKEYREJECTED oder ENOKEY). Das lässt sich bis zum Neustart nicht abschalten.</translation>
    </message>
    <message>
        <source>Unsigned modules load, but taint the kernel with E.</source>
        <translation>Unsignierte Module werden geladen, markieren den Kernel aber mit dem Taint E.</translation>
    </message>
    <message>
        <source>Secure Boot on</source>
        <translation>Secure Boot an</translation>
    </message>
    <message>
        <source>Secure Boot off</source>
        <translation>Secure Boot aus</translation>
    </message>
    <message>
        <source>The firmware booted with Secure Boot: distribution kernels then enforce lockdown and module signatures.</source>
        <translation>Die Firmware hat mit Secure Boot gestartet: Distributionskernel erzwingen dann Lockdown und Modulsignaturen.</translation>
    </message>
    <message>
        <source>The firmware booted without Secure Boot (EFI variable SecureBoot is 0).</source>
        <translation>Die Firmware hat ohne Secure Boot gestartet (EFI-Variable SecureBoot ist 0).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kernel taint: %1</source>
        <translation>Kernel-Taint: %1</translation>
    </message>
    <message>
        <source>Kernel not tainted</source>
        <translation>Kernel nicht markiert (kein Taint)</translation>
    </message>
    <message>
        <source>/proc/sys/kernel/tainted is 0: nothing has tainted the kernel since boot.</source>
        <translation>/proc/sys/kernel/tainted ist 0: Seit dem Start hat nichts den Kernel markiert (kein Taint).</translation>
    </message>
    <message>
        <source>Taint unknown</source>
        <translation>Taint unbekannt</translation>
    </message>
</context>
<context>
    <name>kaleido::ModuleUnloadDialog</name>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (in Verwendung)</translation>
    </message>
    <message>
        <source>%1 (busy)</source>
        <translation>%1 (beschäftigt)</translation>
    </message>
    <message>
        <source>%1 (not permitted)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (nicht geladen)</translation>
    </message>
    <message>
        <source>Unload %1</source>
        <translation>%1 entladen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation>%1 ist nicht geladen.</translation>
    </message>
    <message>
        <source>No module uses %1.</source>
        <translation>Kein Modul verwendet %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n module(s): %2. They must be unloaded first.</source>
        <translation>
            <numerusform>%1 wird von %n Modul verwendet: %2. Es muss zuerst entladen werden.</numerusform>
            <numerusform>%1 wird von %n Modulen verwendet: %2. Sie müssen zuerst entladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kernel cannot unload modules (no reference counts).</source>
        <translation>Dieser Kernel kann keine Module entladen (keine Referenzzähler).</translation>
    </message>
    <message>
        <source>Its reference count is 0: nothing else keeps it loaded.</source>
        <translation>Sein Referenzzähler ist 0: Nichts anderes hält es geladen.</translation>
    </message>
    <message>
        <source>Its reference count is %1</source>
        <translation>Sein Referenzzähler ist %1</translation>
    </message>
    <message numerus="yes">
        <source>: %n reference(s) come from something other than a module — a mounted file system, an open device, a network interface… — which must be stopped first.</source>
        <translation>
            <numerusform>: %n Referenz stammt nicht von einem Modul, sondern etwa von einem eingehängten Dateisystem, einem geöffneten Gerät oder einer Netzwerkschnittstelle …; diese Nutzung muss zuerst beendet werden.</numerusform>
            <numerusform>: %n Referenzen stammen nicht von einem Modul, sondern etwa von einem eingehängten Dateisystem, einem geöffneten Gerät oder einer Netzwerkschnittstelle …; diese Nutzung muss zuerst beendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>, all from the modules above.</source>
        <translation>, alle von den obigen Modulen.</translation>
    </message>
    <message>
        <source>%1 has no exit function: the kernel marks it permanent and will never unload it.</source>
        <translation>%1 hat keine Exit-Funktion: Der Kernel markiert es als permanent und wird es nie entladen.</translation>
    </message>
    <message>
        <source>Read from /proc/modules just now: holders and reference count</source>
        <translation>Soeben aus /proc/modules gelesen: Nutzer und Referenzzähler</translation>
    </message>
    <message>
        <source>Unload in this order: %1</source>
        <translation>In dieser Reihenfolge entladen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still in use outside modules (reference count %2, %n holding module(s)): the kernel will refuse it until that use stops.</source>
        <translation>
            <numerusform>%1 wird noch außerhalb von Modulen verwendet (Referenzzähler %2, %n verwendendes Modul): Der Kernel verweigert das Entladen, bis diese Verwendung endet.</numerusform>
            <numerusform>%1 wird noch außerhalb von Modulen verwendet (Referenzzähler %2, %n verwendende Module): Der Kernel verweigert das Entladen, bis diese Verwendung endet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is permanent and can never be unloaded.</source>
        <translation>%1 ist permanent und kann niemals entladen werden.</translation>
    </message>
    <message>
        <source>%1 is still loading or already unloading.</source>
        <translation>%1 wird noch geladen oder bereits entladen.</translation>
    </message>
    <message>
        <source>This kernel cannot unload %1.</source>
        <translation>Dieser Kernel kann %1 nicht entladen.</translation>
    </message>
    <message>
        <source>Holders first, the module last; nothing is ever forced</source>
        <translation>Erst die Nutzer, das Modul zuletzt; nichts wird jemals erzwungen</translation>
    </message>
    <message>
        <source>Each request of this dialog and the kernel&apos;s answer</source>
        <translation>Jede Anfrage dieses Dialogs und die Antwort des Kernels</translation>
    </message>
    <message>
        <source>Ask the kernel to unload only %1; it will refuse while %2 use it</source>
        <translation>Den Kernel bitten, nur %1 zu entladen; er verweigert es, solange %2 es verwenden</translation>
    </message>
    <message>
        <source>Ask the kernel to unload %1 (never forced)</source>
        <translation>Den Kernel bitten, %1 zu entladen (nie erzwungen)</translation>
    </message>
    <message numerus="yes">
        <source>Unload all %n in this order</source>
        <translation>
            <numerusform>Alle %n in dieser Reihenfolge entladen</numerusform>
            <numerusform>Alle %n in dieser Reihenfolge entladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unload %1 one after the other, stopping at the first refusal</source>
        <translation>%1 nacheinander entladen, beim ersten Abweisen anhalten</translation>
    </message>
    <message>
        <source>Close this dialog; a running request still finishes</source>
        <translation>Diesen Dialog schließen; eine laufende Anfrage wird trotzdem abgeschlossen</translation>
    </message>
    <message>
        <source>✓ %1: unloaded</source>
        <translation>✓ %1: entladen</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::ModulesDep</name>
    <message>
        <source>expected “path.ko: dependencies”</source>
        <translation>erwartet „Pfad.ko: Abhängigkeiten“</translation>
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
    <name>kaleido::OomScoreModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Process 1 (init) is never chosen: the system cannot run without it.</source>
        <translation>Prozess 1 (init) wird nie gewählt: Ohne ihn kann das System nicht laufen.</translation>
    </message>
    <message>
        <source>oom_score_adj is −1000: the OOM killer never chooses this process.</source>
        <translation>oom_score_adj ist −1000: Der OOM-Killer wählt diesen Prozess nie.</translation>
    </message>
    <message>
        <source>An OOM score of 0: the kernel does not consider this process.</source>
        <translation>Eine OOM-Bewertung von 0: Der Kernel zieht diesen Prozess nicht in Betracht.</translation>
    </message>
    <message>
        <source>If memory ran out now, the kernel would end this process first.</source>
        <translation>Ginge der Speicher jetzt aus, würde der Kernel diesen Prozess zuerst beenden.</translation>
    </message>
    <message>
        <source>The file could not be read (the process may have exited, or belongs to someone else and the system hides it).</source>
        <translation>Die Datei konnte nicht gelesen werden (der Prozess wurde womöglich beendet oder gehört jemand anderem, und das System verbirgt sie).</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>OOM score</source>
        <translation>OOM-Bewertung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>The order in which the OOM killer would choose: 1 goes first. Ties in the score are broken by memory, then by age (the younger first). Click a header to sort by that column.</source>
        <translation>Die Reihenfolge, in der der OOM-Killer wählen würde: 1 kommt zuerst. Bei gleicher Bewertung entscheidet der Speicher, dann das Alter (der jüngere zuerst). Auf eine Überschrift klicken, um nach dieser Spalte zu sortieren.</translation>
    </message>
    <message>
        <source>The process ID</source>
        <translation>Die Prozess-ID</translation>
    </message>
    <message>
        <source>The command name the kernel keeps for the process (/proc/PID/comm)</source>
        <translation>Der Befehlsname, den der Kernel für den Prozess speichert (/proc/PID/comm)</translation>
    </message>
    <message>
        <source>The user the process runs as (its effective user)</source>
        <translation>Der Benutzer, unter dem der Prozess läuft (sein effektiver Benutzer)</translation>
    </message>
    <message>
        <source>/proc/PID/oom_score: the kernel&apos;s badness of the process right now, shown as (1000 + badness) × 2/3, so 0 … 2000 and about 666 for a small process without adjustment; the highest is chosen first</source>
        <translation>/proc/PID/oom_score: die aktuelle Badness des Prozesses laut Kernel, angezeigt als (1000 + Badness) × 2/3, also 0 … 2000 und etwa 666 für einen kleinen Prozess ohne Anpassung; der höchste Wert wird zuerst gewählt</translation>
    </message>
    <message>
        <source>/proc/PID/oom_score_adj, −1000 … 1000: added to the badness in thousandths of memory; −1000 means never chosen. Double-click a row (or use Adjust…) to change it.</source>
        <translation>/proc/PID/oom_score_adj, −1000 … 1000: wird in Tausendsteln des Speichers zur Badness addiert; −1000 bedeutet, dass der Prozess nie gewählt wird. Zum Ändern auf eine Zeile doppelklicken (oder „OOM-Bewertung anpassen …“ verwenden).</translation>
    </message>
    <message>
        <source>Resident memory: the process&apos;s pages in RAM, the largest part of its badness</source>
        <translation>Residenter Speicher: die Seiten des Prozesses im RAM, der größte Teil seiner Badness</translation>
    </message>
    <message>
        <source>Its pages in swap (VmSwap in /proc/PID/status): they count towards the badness like RAM</source>
        <translation>Seine Seiten im Swap (VmSwap in /proc/PID/status): Sie zählen zur Badness wie RAM</translation>
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
    <name>kaleido::ParameterEditor</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no declared type</source>
        <translation>kein deklarierter Typ</translation>
    </message>
    <message>
        <source>Y (yes)</source>
        <translation>Y (ja)</translation>
    </message>
    <message>
        <source>N (no)</source>
        <translation>N (nein)</translation>
    </message>
    <message>
        <source>An invbool stores the opposite of what is given.</source>
        <translation>Ein invbool speichert das Gegenteil des angegebenen Werts.</translation>
    </message>
</context>
<context>
    <name>kaleido::ParameterField</name>
    <message>
        <source>hexadecimal integer from 0x0 to 0x%1</source>
        <translation>hexadezimale Ganzzahl von 0x0 bis 0x%1</translation>
    </message>
    <message>
        <source>integer from %1 to %2</source>
        <translation>Ganzzahl von %1 bis %2</translation>
    </message>
    <message>
        <source>Y or N</source>
        <translation>Y oder N</translation>
    </message>
    <message>
        <source>text (the module declares no type)</source>
        <translation>Text (das Modul deklariert keinen Typ)</translation>
    </message>
    <message>
        <source>text (the module&apos;s own type “%1”)</source>
        <translation>Text (eigener Typ des Moduls „%1“)</translation>
    </message>
    <message>
        <source>text without spaces, quotes or commas</source>
        <translation>Text ohne Leerzeichen, Anführungszeichen oder Kommas</translation>
    </message>
    <message>
        <source>comma-separated list of up to 128 values, each: %1</source>
        <translation>kommagetrennte Liste von bis zu 128 Werten, jeweils: %1</translation>
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
    <name>kaleido::ProcessFaultsModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>faults/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Kaleido has seen this process in one refresh only: its rate needs a second one.</source>
        <translation>Kaleido hat diesen Prozess erst bei einer Aktualisierung gesehen: Für seine Rate braucht es eine zweite.</translation>
    </message>
    <message>
        <source>The kernel&apos;s count went backwards (it adds an exiting thread&apos;s faults to its process, and a read can catch it midway): no rate for this interval, the next one has it again.</source>
        <translation>Der Zähler des Kernels ist zurückgegangen (er addiert die Seitenfehler eines endenden Threads zu seinem Prozess, und ein Lesevorgang kann ihn mittendrin erwischen): keine Rate für dieses Intervall, das nächste hat wieder eine.</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Minor faults</source>
        <translation>Minor Faults</translation>
    </message>
    <message>
        <source>Major faults</source>
        <translation>Major Faults</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>The process ID. Click a header to sort by that column.</source>
        <translation>Die Prozess-ID. Auf eine Überschrift klicken, um nach dieser Spalte zu sortieren.</translation>
    </message>
    <message>
        <source>The command name the kernel keeps for the process (/proc/PID/comm)</source>
        <translation>Der Befehlsname, den der Kernel für den Prozess speichert (/proc/PID/comm)</translation>
    </message>
    <message>
        <source>The user the process runs as (its effective user)</source>
        <translation>Der Benutzer, unter dem der Prozess läuft (sein effektiver Benutzer)</translation>
    </message>
    <message>
        <source>Minor page faults per second since the last refresh: pages the kernel could map at once, without waiting for the disk — first touches of new memory, copy-on-write, cached file pages (minflt in /proc/PID/stat)</source>
        <translation>Leichte Seitenfehler (Minor Faults) pro Sekunde seit der letzten Aktualisierung: Seiten, die der Kernel sofort einblenden konnte, ohne auf den Datenträger zu warten – erster Zugriff auf neuen Speicher, Copy-on-Write, Dateiseiten im Cache (minflt in /proc/PID/stat)</translation>
    </message>
    <message>
        <source>Major page faults per second since the last refresh: pages the process had to wait for while the kernel read them from a file or from swap (majflt in /proc/PID/stat)</source>
        <translation>Schwere Seitenfehler (Major Faults) pro Sekunde seit der letzten Aktualisierung: Seiten, auf die der Prozess warten musste, während der Kernel sie aus einer Datei oder aus dem Swap las (majflt in /proc/PID/stat)</translation>
    </message>
    <message>
        <source>Resident memory: the process&apos;s pages in RAM now (/proc/PID/statm)</source>
        <translation>Residenter Speicher: die Seiten des Prozesses, die gerade im RAM liegen (/proc/PID/statm)</translation>
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
    <name>kaleido::SlabCacheModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: a kmalloc() size class — requests of %2 to %3 bytes are rounded up to %3 bytes here (%4). Select the row to read more.</source>
        <translation>%1: eine kmalloc()-Größenklasse – Anforderungen von %2 bis %3 Bytes werden hier auf %3 Bytes aufgerundet (%4). Die Zeile auswählen, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>%1: a dedicated cache for one kind of kernel object</source>
        <translation>%1: ein eigener Cache für eine Art von Kernelobjekt</translation>
    </message>
    <message>
        <source>%1 of %2 object slots hold a live object; %3 are free</source>
        <translation>%1 von %2 Objektplätzen enthalten ein belegtes Objekt; %3 sind frei</translation>
    </message>
    <message>
        <source>Free object slots: %1 × %2 bytes = %3</source>
        <translation>Freie Objektplätze: %1 × %2 Bytes = %3</translation>
    </message>
    <message>
        <source>%1 bytes per object slot</source>
        <translation>%1 Bytes pro Objektplatz</translation>
    </message>
    <message>
        <source>A slab of %1 page(s) = %2 bytes holds %3 objects of %4 bytes</source>
        <translation>Ein Slab aus %1 Seite(n) = %2 Bytes fasst %3 Objekte zu %4 Bytes</translation>
    </message>
    <message>
        <source>%1 slabs, %2 of them with at least one live object</source>
        <translation>%1 Slabs, davon %2 mit mindestens einem belegten Objekt</translation>
    </message>
    <message>
        <source>%1 slabs × %2 page(s) × %3 bytes = %4 bytes</source>
        <translation>%1 Slabs × %2 Seite(n) × %3 Bytes = %4 Bytes</translation>
    </message>
    <message>
        <source>%1 − %2 × %3 = %4 bytes per slab, × %5 slabs = %6 bytes</source>
        <translation>%1 − %2 × %3 = %4 Bytes pro Slab, × %5 Slabs = %6 Bytes</translation>
    </message>
    <message>
        <source> (%1 % of the cache)</source>
        <translation> (%1 % des Caches)</translation>
    </message>
    <message>
        <source>No earlier sample to compare with yet</source>
        <translation>Noch keine frühere Messung zum Vergleich</translation>
    </message>
    <message>
        <source>Since the previous sample (%1): size %2, active objects %3, slabs %4</source>
        <translation>Seit der vorigen Messung (%1): Größe %2, aktive Objekte %3, Slabs %4</translation>
    </message>
    <message>
        <source>Since %1: size %2, active objects %3, slabs %4</source>
        <translation>Seit %1: Größe %2, aktive Objekte %3, Slabs %4</translation>
    </message>
    <message>
        <source>Stopped: these figures are from %1 and are no longer updated.</source>
        <translation>Angehalten: Diese Werte haben den Stand %1 und werden nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Obj. size</source>
        <translation>Obj.-Größe</translation>
    </message>
    <message>
        <source>Obj./slab</source>
        <translation>Obj./Slab</translation>
    </message>
    <message>
        <source>Pages/slab</source>
        <translation>Seiten/Slab</translation>
    </message>
    <message>
        <source>Slabs</source>
        <translation>Slabs</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source>Waste (est.)</source>
        <translation>Verschnitt (geschätzt)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The cache&apos;s name as /proc/slabinfo prints it. Caches of compatible size and flags may be merged by the kernel: one line then serves several names. kmalloc-N lines are the general-purpose size classes (select one to read how they work).</source>
        <translation>Der Name des Caches, wie /proc/slabinfo ihn ausgibt. Caches mit kompatibler Größe und kompatiblen Flags kann der Kernel zusammenlegen: Eine Zeile steht dann für mehrere Namen. kmalloc-N-Zeilen sind die Allzweck-Größenklassen (eine auswählen, um zu lesen, wie sie funktionieren).</translation>
    </message>
    <message>
        <source>Objects in use (active_objs, a count). Under SLUB the objects held in per-CPU slabs count as in use, so this is an upper bound.</source>
        <translation>Belegte Objekte (active_objs, eine Anzahl). Unter SLUB zählen die Objekte in CPU-eigenen Slabs als belegt, daher ist dies eine Obergrenze.</translation>
    </message>
    <message>
        <source>Object slots in the cache&apos;s slabs, used or free (num_objs, a count)</source>
        <translation>Objektplätze in den Slabs des Caches, belegt oder frei (num_objs, eine Anzahl)</translation>
    </message>
    <message>
        <source>Active objects ÷ objects, in percent: how full the cache&apos;s slabs are. Low values mean memory held by free slots.</source>
        <translation>Aktive Objekte ÷ Objekte, in Prozent: wie voll die Slabs des Caches sind. Niedrige Werte bedeuten, dass freie Plätze Speicher binden.</translation>
    </message>
    <message>
        <source>Bytes per object slot (objsize), including alignment and any debugging metadata</source>
        <translation>Bytes pro Objektplatz (objsize), einschließlich Ausrichtung und etwaiger Debug-Metadaten</translation>
    </message>
    <message>
        <source>How many objects fit in one slab (objperslab, a count)</source>
        <translation>Wie viele Objekte in einen Slab passen (objperslab, eine Anzahl)</translation>
    </message>
    <message>
        <source>Pages per slab (pagesperslab, a count of %1-byte pages): the slab is one block of 2^order contiguous pages</source>
        <translation>Seiten pro Slab (pagesperslab, eine Anzahl von %1-Byte-Seiten): Der Slab ist ein Block aus 2^Ordnung zusammenhängenden Seiten</translation>
    </message>
    <message>
        <source>Slabs the cache holds (num_slabs, a count)</source>
        <translation>Slabs, die der Cache hält (num_slabs, eine Anzahl)</translation>
    </message>
    <message>
        <source>Memory held by the cache: slabs × pages per slab × page size, in bytes (slabtop&apos;s CACHE SIZE)</source>
        <translation>Vom Cache belegter Speicher: Slabs × Seiten pro Slab × Seitengröße, in Bytes (CACHE SIZE bei slabtop)</translation>
    </message>
    <message>
        <source>Estimated internal fragmentation, in bytes: for each slab, its size (pages per slab × page size) minus objects per slab × object size — the tail too small for one more object — times the number of slabs. Not included: free object slots (see Use), padding inside each slot (object size already contains it), and the rounding of kmalloc() requests up to their size class, which the kernel does not count.</source>
        <translation>Geschätzte interne Fragmentierung in Bytes: für jeden Slab seine Größe (Seiten pro Slab × Seitengröße) minus Objekte pro Slab × Objektgröße – der Rest, der für ein weiteres Objekt zu klein ist –, mal die Anzahl der Slabs. Nicht enthalten: freie Objektplätze (siehe Auslastung), Auffüllung innerhalb jedes Platzes (die Objektgröße enthält sie bereits) und das Aufrunden von kmalloc()-Anforderungen auf ihre Größenklasse, das der Kernel nicht zählt.</translation>
    </message>
    <message>
        <source>Change of the cache size since the previous sample, in bytes (+ grew, − shrank). A cache that appeared since counts from 0.</source>
        <translation>Änderung der Cache-Größe seit der vorigen Messung, in Bytes (+ gewachsen, − geschrumpft). Ein seitdem hinzugekommener Cache zählt ab 0.</translation>
    </message>
    <message>
        <source>Change of the cache size since %1 (when the page started reading, or when you last pressed &quot;Compare from now&quot;), in bytes. A cache that appeared since counts from 0.</source>
        <translation>Änderung der Cache-Größe seit %1 (als die Seite mit dem Lesen begann oder als Sie zuletzt „Ab jetzt vergleichen“ gedrückt haben), in Bytes. Ein seitdem hinzugekommener Cache zählt ab 0.</translation>
    </message>
    <message>
        <source>the first sample</source>
        <translation>der ersten Messung</translation>
    </message>
</context>
<context>
    <name>kaleido::SlabHistoryModel</name>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>When the sample was taken (local time)</source>
        <translation>Wann die Messung erfolgte (Ortszeit)</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (ausgewählt)</translation>
    </message>
    <message>
        <source>Memory held by the selected cache %1 (slabs × pages per slab × page size), in bytes</source>
        <translation>Vom ausgewählten Cache %1 belegter Speicher (Slabs × Seiten pro Slab × Seitengröße), in Bytes</translation>
    </message>
    <message>
        <source>Memory held by %1, one of the %2 largest slab caches (slabs × pages per slab × page size), in bytes</source>
        <translation>Von %1 belegter Speicher, einem der %2 größten Slab-Caches (Slabs × Seiten pro Slab × Seitengröße), in Bytes</translation>
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
    <name>kaleido::SlabPage</name>
    <message>
        <source>Where the slab figures come from: /proc/slabinfo can be read by the administrator (root) only</source>
        <translation>Woher die Slab-Werte stammen: /proc/slabinfo kann nur der Administrator (root) lesen</translation>
    </message>
    <message>
        <source>Filter caches by name</source>
        <translation>Caches nach Namen filtern</translation>
    </message>
    <message>
        <source>Show only the caches whose name contains this text (upper and lower case alike), e.g. &quot;kmalloc&quot; or &quot;inode&quot;</source>
        <translation>Nur die Caches anzeigen, deren Name diesen Text enthält (ohne Unterscheidung von Groß- und Kleinschreibung), z. B. „kmalloc“ oder „inode“</translation>
    </message>
    <message>
        <source>Compare from Now</source>
        <translation>Ab jetzt vergleichen</translation>
    </message>
    <message>
        <source>Start the &quot;Change since&quot; column again from the current figures, to see what a workload you start now allocates</source>
        <translation>Die Spalte „Seit …“ wieder bei den aktuellen Werten beginnen lassen, um zu sehen, was eine jetzt gestartete Arbeitslast belegt</translation>
    </message>
    <message>
        <source>Chart the </source>
        <translation>Diagramm der </translation>
    </message>
    <message>
        <source> largest caches</source>
        <translation> größten Caches</translation>
    </message>
    <message>
        <source>How many of the largest caches (by cache size) the chart follows; the selected row is charted too</source>
        <translation>Wie vielen der größten Caches (nach Cache-Größe) das Diagramm folgt; die ausgewählte Zeile wird ebenfalls gezeichnet</translation>
    </message>
    <message>
        <source>Sums over every cache of the last sample, beside /proc/meminfo&apos;s Slab = SReclaimable + SUnreclaim. The two need not agree: meminfo also counts kmalloc() requests above 8 KiB, which get whole pages and belong to no cache, and the two files are read a moment apart.</source>
        <translation>Summen über alle Caches der letzten Messung, neben Slab = SReclaimable + SUnreclaim aus /proc/meminfo. Beide müssen nicht übereinstimmen: meminfo zählt auch kmalloc()-Anforderungen über 8 KiB mit, die ganze Seiten erhalten und zu keinem Cache gehören, und die beiden Dateien werden kurz nacheinander gelesen.</translation>
    </message>
    <message>
        <source>The kernel&apos;s slab caches; click a header to sort, select a kmalloc row to read about its size class</source>
        <translation>Die Slab-Caches des Kernels; zum Sortieren auf eine Überschrift klicken, eine kmalloc-Zeile auswählen, um mehr über ihre Größenklasse zu lesen</translation>
    </message>
    <message>
        <source>How kmalloc() rounds requests up to size classes; select a kmalloc-N row for that class</source>
        <translation>Wie kmalloc() Anforderungen auf Größenklassen aufrundet; für eine bestimmte Klasse eine kmalloc-N-Zeile auswählen</translation>
    </message>
    <message>
        <source>Cache size of the largest caches over the kept history; move the mouse over the chart to read the values</source>
        <translation>Cache-Größe der größten Caches über den gespeicherten Verlauf; mit der Maus über das Diagramm fahren, um die Werte abzulesen</translation>
    </message>
    <message>
        <source>The charted caches with their latest and largest size; untick one to hide its line</source>
        <translation>Die gezeichneten Caches mit ihrer aktuellen und ihrer höchsten Größe; das Häkchen bei einem entfernen, um seine Linie auszublenden</translation>
    </message>
    <message>
        <source>Read as Administrator…</source>
        <translation>Als Administrator lesen …</translation>
    </message>
    <message>
        <source>Read /proc/slabinfo through Kaleido&apos;s privileged helper, every %1 (the refresh interval); the desktop asks for an administrator&apos;s password</source>
        <translation>/proc/slabinfo über den privilegierten Hilfsdienst von Kaleido lesen, alle %1 (das Aktualisierungsintervall); die Desktop-Umgebung fragt nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the helper</source>
        <translation>Nicht länger auf den Hilfsdienst warten</translation>
    </message>
    <message>
        <source>Stop Reading</source>
        <translation>Lesen beenden</translation>
    </message>
    <message>
        <source>End the helper&apos;s read stream; the last figures stay, marked as stopped</source>
        <translation>Den Lesedatenstrom des Hilfsdienstes beenden; die letzten Werte bleiben stehen und werden als angehalten markiert</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the helper again (the desktop may ask for the password again)</source>
        <translation>Den Hilfsdienst erneut fragen (die Desktop-Umgebung fragt womöglich erneut nach dem Passwort)</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Open a new read stream through the helper (the desktop may ask for the password again)</source>
        <translation>Einen neuen Lesedatenstrom über den Hilfsdienst öffnen (die Desktop-Umgebung fragt womöglich erneut nach dem Passwort)</translation>
    </message>
    <message>
        <source>The slab caches are readable by the administrator only (/proc/slabinfo has mode 0400), so nothing is shown yet. Kaleido can read them for you through its privileged helper; your desktop will ask for an administrator&apos;s password.</source>
        <translation>Die Slab-Caches kann nur der Administrator lesen (/proc/slabinfo hat den Modus 0400), daher wird noch nichts angezeigt. Kaleido kann sie über seinen privilegierten Hilfsdienst für Sie lesen; Ihre Desktop-Umgebung fragt dann nach einem Administratorpasswort.</translation>
    </message>
    <message>
        <source>The slab caches cannot be shown: %1 Kaleido tries again at every refresh.</source>
        <translation>Die Slab-Caches können nicht angezeigt werden: %1 Kaleido versucht es bei jeder Aktualisierung erneut.</translation>
    </message>
    <message>
        <source>Some lines of /proc/slabinfo were not understood and are left out: %1</source>
        <translation>Einige Zeilen von /proc/slabinfo wurden nicht verstanden und werden ausgelassen: %1</translation>
    </message>
    <message>
        <source>Not reading: the request to the helper was cancelled. The slab caches are readable by the administrator only.</source>
        <translation>Es wird nicht gelesen: Die Anfrage an den Hilfsdienst wurde abgebrochen. Die Slab-Caches kann nur der Administrator lesen.</translation>
    </message>
    <message>
        <source>Waiting for the helper… Your desktop may ask for an administrator&apos;s password to let Kaleido read the slab caches.</source>
        <translation>Warten auf den Hilfsdienst … Ihre Desktop-Umgebung fragt womöglich nach einem Administratorpasswort, damit Kaleido die Slab-Caches lesen darf.</translation>
    </message>
    <message>
        <source>You stopped reading.</source>
        <translation>Sie haben das Lesen beendet.</translation>
    </message>
    <message>
        <source>Authorized; waiting for the first figures from the helper…</source>
        <translation>Autorisiert; warten auf die ersten Werte vom Hilfsdienst …</translation>
    </message>
    <message>
        <source>Reading the slab caches was not authorized, so nothing is shown. %1</source>
        <translation>Das Lesen der Slab-Caches wurde nicht autorisiert, daher wird nichts angezeigt. %1</translation>
    </message>
    <message>
        <source>The slab caches cannot be read, so nothing is shown. %1 Privileges in Kaleido&apos;s README says how the helper, kaleido-helper, is installed.</source>
        <translation>Die Slab-Caches können nicht gelesen werden, daher wird nichts angezeigt. %1 Wie der Hilfsdienst kaleido-helper installiert wird, steht im Abschnitt „Privileges“ der README von Kaleido.</translation>
    </message>
    <message>
        <source>The helper could not read the slab caches, so nothing is shown. %1</source>
        <translation>Der Hilfsdienst konnte die Slab-Caches nicht lesen, daher wird nichts angezeigt. %1</translation>
    </message>
    <message>
        <source>The helper sent figures that could not be read, so nothing is shown: %1</source>
        <translation>Der Hilfsdienst hat Werte gesendet, die nicht gelesen werden konnten, daher wird nichts angezeigt: %1</translation>
    </message>
    <message>
        <source>Read through Kaleido&apos;s privileged helper, every %1.</source>
        <translation>Über den privilegierten Hilfsdienst von Kaleido gelesen, alle %1.</translation>
    </message>
    <message>
        <source>Stopped before any figures arrived: %1</source>
        <translation>Angehalten, bevor Werte eingetroffen sind: %1</translation>
    </message>
    <message>
        <source>Stopped: %1 The greyed-out figures below are the last ones, from %2, and are no longer updated.</source>
        <translation>Angehalten: %1 Die ausgegrauten Werte unten sind die letzten (Stand %2) und werden nicht mehr aktualisiert.</translation>
    </message>
    <message>
        <source>The helper has sent no figures yet; still waiting.</source>
        <translation>Der Hilfsdienst hat noch keine Werte gesendet; es wird weiter gewartet.</translation>
    </message>
    <message>
        <source>No new figures from the helper since %1: the greyed-out figures are not live.</source>
        <translation>Keine neuen Werte vom Hilfsdienst seit %1: Die ausgegrauten Werte sind nicht aktuell.</translation>
    </message>
    <message>
        <source>No slab figures are shown.</source>
        <translation>Es werden keine Slab-Werte angezeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;All %1 caches&lt;/b&gt; hold %2 in slabs: live objects %3 (active objects × object size), all object slots %4, estimated waste at the slabs&apos; ends %5.</source>
        <translation>&lt;b&gt;Alle %1 Caches&lt;/b&gt; belegen %2 in Slabs: belegte Objekte %3 (aktive Objekte × Objektgröße), alle Objektplätze %4, geschätzter Verschnitt an den Enden der Slabs %5.</translation>
    </message>
    <message>
        <source>&lt;b&gt;/proc/meminfo&lt;/b&gt;: Slab %1 = SReclaimable %2 + SUnreclaim %3; the caches account for %4 of it.</source>
        <translation>&lt;b&gt;/proc/meminfo&lt;/b&gt;: Slab %1 = SReclaimable %2 + SUnreclaim %3; die Caches machen %4 davon aus.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen Teil</translation>
    </message>
    <message>
        <source>&lt;i&gt;Stopped, as of %1:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Angehalten, Stand %1:&lt;/i&gt; </translation>
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
    <name>kaleido::SmapsStreamReader</name>
    <message>
        <source>Reading the map as root was not authorized: %1</source>
        <translation>Das Lesen der Speicherbereiche als root wurde nicht autorisiert: %1</translation>
    </message>
    <message>
        <source>Kaleido&apos;s helper is not available, so the map cannot be read as root: %1</source>
        <translation>Der Hilfsdienst von Kaleido ist nicht verfügbar, daher können die Speicherbereiche nicht als root gelesen werden: %1</translation>
    </message>
    <message>
        <source>The helper could not read the map: %1</source>
        <translation>Der Hilfsdienst konnte die Speicherbereiche nicht lesen: %1</translation>
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
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
</context>
<context>
    <name>kaleido::TimeSeriesModel</name>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>When the sample was taken (local time)</source>
        <translation>Wann die Messung erfolgte (Ortszeit)</translation>
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
        <source>Choose what to do; it runs as soon as you pick it</source>
        <translation>Wählen Sie, was geschehen soll; es wird ausgeführt, sobald Sie es auswählen</translation>
    </message>
    <message>
        <source>Choose the new value; it is applied as soon as you pick it</source>
        <translation>Wählen Sie den neuen Wert; er wird übernommen, sobald Sie ihn auswählen</translation>
    </message>
    <message>
        <source>%1 Press Enter to apply, Esc to cancel.</source>
        <translation>%1 Zum Übernehmen die Eingabetaste drücken, zum Abbrechen Esc.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>kaleido::TunableDetailsPanel</name>
    <message>
        <source>% of RAM</source>
        <translation>% des RAM</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>× 0.01 % of each zone</source>
        <translation>× 0,01 % jeder Zone</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to &amp;Original</source>
        <translation>Auf &amp;Originalwert zurücksetzen</translation>
    </message>
    <message>
        <source>The key kaleido-cli set uses, and the kernel file behind it</source>
        <translation>Der Schlüssel, den kaleido-cli set verwendet, und die Kerneldatei dahinter</translation>
    </message>
    <message>
        <source>The value the kernel reports now, refreshed with the rest of the page</source>
        <translation>Der Wert, den der Kernel derzeit meldet, zusammen mit dem Rest der Seite aktualisiert</translation>
    </message>
    <message>
        <source>The value Kaleido found the first time it read this setting on this system; Revert to Original writes it back</source>
        <translation>Der Wert, den Kaleido beim ersten Lesen dieser Einstellung auf diesem System vorgefunden hat; „Auf Originalwert zurücksetzen“ schreibt ihn zurück</translation>
    </message>
    <message>
        <source>The value before you first changed it in this session; Revert writes it back</source>
        <translation>Der Wert vor Ihrer ersten Änderung in dieser Sitzung; „Zurücksetzen“ schreibt ihn zurück</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>Before this session:</source>
        <translation>Vor dieser Sitzung:</translation>
    </message>
    <message>
        <source>Write the new value; the system asks for an administrator&apos;s password</source>
        <translation>Den neuen Wert schreiben; das System fragt nach einem Administratorpasswort</translation>
    </message>
    <message>
        <source>Put this setting back to the value it had before you changed it in this session</source>
        <translation>Diese Einstellung auf den Wert zurücksetzen, den sie vor Ihrer Änderung in dieser Sitzung hatte</translation>
    </message>
    <message>
        <source>Put this setting back to the value Kaleido found the first time it ran on this system</source>
        <translation>Diese Einstellung auf den Wert zurücksetzen, den Kaleido bei seinem ersten Start auf diesem System vorgefunden hat</translation>
    </message>
    <message>
        <source>What happened to the last change of this setting</source>
        <translation>Was bei der letzten Änderung dieser Einstellung geschehen ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zulässige Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The values Kaleido will write, and what each choice does</source>
        <translation>Die Werte, die Kaleido schreibt, und was jede Wahl bewirkt</translation>
    </message>
    <message>
        <source>&lt;b&gt;What it does&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wirkung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A plain explanation of the setting</source>
        <translation>Eine verständliche Erklärung der Einstellung</translation>
    </message>
    <message>
        <source>Select a setting</source>
        <translation>Wählen Sie eine Einstellung aus</translation>
    </message>
    <message>
        <source>Its value, what it accepts and what it does appear here.</source>
        <translation>Ihr Wert, ihre zulässigen Werte und ihre Wirkung erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 · /%2</source>
        <translation>%1 · /%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>Runs at once through the privileged helper.</source>
        <translation>Wird sofort über den privilegierten Hilfsdienst ausgeführt.</translation>
    </message>
    <message>
        <source>Each button runs the action once</source>
        <translation>Jede Schaltfläche führt die Aktion einmal aus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick the new value, then Apply; hover a choice to read what it does</source>
        <translation>Den neuen Wert wählen, dann „Übernehmen“; mit der Maus auf eine Auswahl zeigen, um zu lesen, was sie bewirkt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; press Enter or Apply to write it</source>
        <translation>Eine ganze Zahl von %1 bis %2; zum Schreiben die Eingabetaste oder „Übernehmen“ drücken</translation>
    </message>
    <message>
        <source>The unit of the number</source>
        <translation>Die Einheit der Zahl</translation>
    </message>
    <message>
        <source>an action, run with the buttons below; it has no value to read back</source>
        <translation>eine Aktion, die mit den Schaltflächen unten ausgeführt wird; sie hat keinen Wert, der sich zurücklesen ließe</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not recorded yet: it is recorded the first time the value can be read</source>
        <translation>noch nicht erfasst: Das geschieht, sobald sich der Wert zum ersten Mal lesen lässt</translation>
    </message>
    <message>
        <source>%1, Linux %2</source>
        <translation>%1, Linux %2</translation>
    </message>
    <message>
        <source>%1 (first seen %2)</source>
        <translation>%1 (erstmals erfasst: %2)</translation>
    </message>
    <message>
        <source>%1 — differs from now</source>
        <translation>%1 — weicht vom aktuellen Wert ab</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>(now)</source>
        <translation>(aktuell)</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(Original)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>kaleido::TunableFiguresView</name>
    <message>
        <source>Counters and amounts the selected setting moves, read again on every refresh; the grey column is the change since the previous refresh</source>
        <translation>Zähler und Mengen, die die ausgewählte Einstellung beeinflusst, bei jeder Aktualisierung neu gelesen; die graue Spalte ist die Änderung seit der vorigen Aktualisierung</translation>
    </message>
    <message>
        <source>How to read the figures above</source>
        <translation>Wie die Werte oben zu lesen sind</translation>
    </message>
    <message>
        <source>Sources that could not be read</source>
        <translation>Quellen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>What it affects, live</source>
        <translation>Was sie beeinflusst, live</translation>
    </message>
    <message>
        <source>What “%1” affects, live</source>
        <translation>Was „%1“ beeinflusst, live</translation>
    </message>
    <message>
        <source>Select a setting to see the counters and amounts it moves.</source>
        <translation>Wählen Sie eine Einstellung aus, um die Zähler und Mengen zu sehen, die sie beeinflusst.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>kaleido::TunableGuide</name>
    <message>
        <source>Programs reserve memory (malloc, mmap, fork) long before they touch it, and often never do. This setting decides whether the kernel checks those reservations against what it could really supply. The running total of reservations is Committed_AS; the most the kernel would promise is CommitLimit. With mode 0 or 1, running out shows up later, when the OOM killer ends a process; with mode 2 a program is told at once (malloc returns NULL, fork fails).</source>
        <translation>Programme reservieren Speicher (malloc, mmap, fork) lange bevor sie ihn nutzen, und oft nutzen sie ihn nie. Diese Einstellung legt fest, ob der Kernel diese Reservierungen mit dem abgleicht, was er tatsächlich bereitstellen könnte. Die laufende Summe der Reservierungen ist Committed_AS; das Höchste, was der Kernel zusagen würde, ist CommitLimit. In Modus 0 oder 1 zeigt sich Speichermangel erst später, wenn der OOM-Killer einen Prozess beendet; in Modus 2 erfährt ein Programm es sofort (malloc gibt NULL zurück, fork schlägt fehl).</translation>
    </message>
    <message>
        <source>heuristic</source>
        <translation>heuristisch</translation>
    </message>
    <message>
        <source>The default. Grants nearly every request and refuses only a single one larger than all RAM and swap. CommitLimit is shown but not enforced.</source>
        <translation>Die Voreinstellung. Gewährt fast jede Anforderung und lehnt nur eine einzelne ab, die größer ist als der gesamte RAM plus Swap. CommitLimit wird angezeigt, aber nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Grants every request, however large: for programs that reserve huge sparse areas. CommitLimit is not enforced; running out is left to the OOM killer.</source>
        <translation>Gewährt jede Anforderung, egal wie groß: für Programme, die riesige, dünn besetzte Bereiche reservieren. CommitLimit wird nicht durchgesetzt; geht der Speicher aus, bleibt das dem OOM-Killer überlassen.</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>Refuses any request that would take Committed_AS to CommitLimit. Nothing is promised that cannot be kept, but a large process may fail to fork.</source>
        <translation>Lehnt jede Anforderung ab, die Committed_AS bis an CommitLimit bringen würde. Es wird nichts zugesagt, was nicht eingehalten werden kann, aber bei einem großen Prozess kann fork scheitern.</translation>
    </message>
    <message>
        <source>Sets CommitLimit, which only strict mode (overcommit_memory 2) enforces: the share of RAM, less the huge page pools, that may be promised on top of swap. CommitLimit = (RAM − huge pages) × ratio / 100 + swap. Writing it sets overcommit_kbytes to 0.</source>
        <translation>Legt CommitLimit fest, das nur der strikte Modus (overcommit_memory 2) durchsetzt: den Anteil des RAM abzüglich der Huge-Page-Pools, der zusätzlich zum Swap zugesagt werden darf. CommitLimit = (RAM − Huge Pages) × Verhältnis / 100 + Swap. Das Schreiben setzt overcommit_kbytes auf 0.</translation>
    </message>
    <message>
        <source>The same limit as an amount instead of a share: when it is not 0, CommitLimit = overcommit_kbytes + swap and the ratio is ignored. Writing any value here, 0 included, sets overcommit_ratio to 0; to go back to a ratio, write the ratio.</source>
        <translation>Dieselbe Grenze als feste Menge statt als Anteil: Ist der Wert nicht 0, gilt CommitLimit = overcommit_kbytes + Swap, und das Verhältnis wird ignoriert. Jeder hier geschriebene Wert, auch 0, setzt overcommit_ratio auf 0; um zu einem Verhältnis zurückzukehren, schreiben Sie das Verhältnis.</translation>
    </message>
    <message>
        <source>When memory runs short the kernel can drop file pages from the page cache (they can be read again from disk) or write program memory to swap. Swappiness weighs the two: 0 swaps only when nothing else is left, 100 treats them alike, and up to 200 prefers swapping, which suits fast swap such as zram. Without swap it has nothing to act on.</source>
        <translation>Wird der Speicher knapp, kann der Kernel Dateiseiten aus dem Seitencache verwerfen (sie lassen sich erneut vom Datenträger lesen) oder Programmspeicher in den Swap schreiben. Swappiness gewichtet beides: 0 lagert erst aus, wenn nichts anderes mehr bleibt, 100 behandelt beides gleich, und Werte bis 200 bevorzugen das Auslagern, was zu schnellem Swap wie zram passt. Ohne Swap hat die Einstellung keine Wirkung.</translation>
    </message>
    <message>
        <source>The reserve of free memory kept for allocations that cannot wait, such as those of interrupt handlers and of the reclaim code itself. It is split over the zones in proportion to their size and becomes each zone&apos;s min watermark; low and high sit above it. More makes kswapd start earlier and leaves more memory idle. Too little can hang the system under pressure; far too much starves programs and wakes the OOM killer.</source>
        <translation>Die Reserve an freiem Speicher für Allokationen, die nicht warten können, etwa die von Interrupt-Handlern und vom Rückgewinnungscode selbst. Sie wird im Verhältnis ihrer Größe auf die Zonen verteilt und bildet das Wasserzeichen min jeder Zone; low und high liegen darüber. Ein höherer Wert lässt kswapd früher starten und hält mehr Speicher ungenutzt. Zu wenig kann das System unter Speicherdruck hängen lassen; viel zu viel lässt Programme darben und weckt den OOM-Killer.</translation>
    </message>
    <message>
        <source>The gap between the zones&apos; watermarks, in ten-thousandths of each zone&apos;s memory (10 is 0.1 %), and at least a quarter of min. kswapd, the background reclaimer, wakes when free memory falls below low and sleeps again above high. A wider gap makes it start earlier and free more each time, so programs less often have to reclaim memory themselves (direct reclaim, counted in allocstall).</source>
        <translation>Der Abstand zwischen den Wasserzeichen der Zonen, in Zehntausendsteln des Speichers jeder Zone (10 entspricht 0,1 %), mindestens aber ein Viertel von min. kswapd, der im Hintergrund Speicher zurückgewinnt, wacht auf, wenn der freie Speicher unter low fällt, und schläft oberhalb von high wieder ein. Ein größerer Abstand lässt ihn früher starten und jedes Mal mehr freigeben, sodass Programme seltener selbst Speicher zurückgewinnen müssen (Direct Reclaim, gezählt in allocstall).</translation>
    </message>
    <message>
        <source>An action, not a setting: it frees memory the kernel only keeps as a cache. Nothing is lost, but files are read from disk again afterwards, so things are slower for a while and the caches fill up again. Pages not yet written out (dirty) stay: run sync first to include them. Mostly useful for measurements and to see how much memory really is in use.</source>
        <translation>Eine Aktion, keine Einstellung: Sie gibt Speicher frei, den der Kernel nur als Cache hält. Es geht nichts verloren, aber Dateien werden danach erneut vom Datenträger gelesen; daher ist das System eine Weile langsamer, bis sich die Caches wieder gefüllt haben. Noch nicht zurückgeschriebene Seiten (dirty) bleiben erhalten: Führen Sie zuerst sync aus, um sie einzubeziehen. Vor allem nützlich für Messungen und um zu sehen, wie viel Speicher wirklich belegt ist.</translation>
    </message>
    <message>
        <source>page cache</source>
        <translation>Seitencache</translation>
    </message>
    <message>
        <source>Drops clean file pages from the page cache (Cached, Buffers).</source>
        <translation>Verwirft saubere Dateiseiten aus dem Seitencache (Cached, Buffers).</translation>
    </message>
    <message>
        <source>dentries and inodes</source>
        <translation>Dentries und Inodes</translation>
    </message>
    <message>
        <source>Drops unused directory entries and inodes, the reclaimable slab (SReclaimable).</source>
        <translation>Verwirft ungenutzte Verzeichniseinträge und Inodes, also den zurückgewinnbaren Slab (SReclaimable).</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beides</translation>
    </message>
    <message>
        <source>Drops the page cache and the dentries and inodes.</source>
        <translation>Verwirft den Seitencache sowie Dentries und Inodes.</translation>
    </message>
    <message>
        <source>An action: moves pages in use together in every zone, so that free memory forms large unbroken blocks. Huge pages and other large allocations need such blocks. The kernel also compacts by itself, in kcompactd or when a program waits for a huge page (compact_stall).</source>
        <translation>Eine Aktion: Schiebt belegte Seiten in jeder Zone zusammen, sodass freier Speicher große zusammenhängende Blöcke bildet. Huge Pages und andere große Allokationen brauchen solche Blöcke. Der Kernel kompaktiert auch von selbst, in kcompactd oder wenn ein Programm auf eine Huge Page wartet (compact_stall).</translation>
    </message>
    <message>
        <source>compact now</source>
        <translation>jetzt kompaktieren</translation>
    </message>
    <message>
        <source>Compacts every zone once, now.</source>
        <translation>Kompaktiert jetzt einmal jede Zone.</translation>
    </message>
    <message>
        <source>Transparent huge pages back program memory with 2 MiB pages instead of 4 KiB ones where a range is large and aligned enough. One huge page replaces 512 small ones: far fewer page faults and address translations, but memory is taken in 2 MiB steps and getting a free huge page may need compaction first.</source>
        <translation>Transparent Huge Pages hinterlegen Programmspeicher mit 2-MiB-Seiten statt mit 4-KiB-Seiten, wo ein Bereich groß genug und passend ausgerichtet ist. Eine Huge Page ersetzt 512 kleine: weit weniger Seitenfehler und Adressübersetzungen, aber Speicher wird in 2-MiB-Schritten belegt, und um eine freie Huge Page zu bekommen, muss eventuell erst kompaktiert werden.</translation>
    </message>
    <message>
        <source>Every large enough range of program memory may get huge pages.</source>
        <translation>Jeder ausreichend große Bereich von Programmspeicher kann Huge Pages bekommen.</translation>
    </message>
    <message>
        <source>only where asked</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <source>Only ranges a program marked with madvise(MADV_HUGEPAGE) get huge pages.</source>
        <translation>Nur Bereiche, die ein Programm mit madvise(MADV_HUGEPAGE) markiert hat, bekommen Huge Pages.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Program memory uses small pages only.</source>
        <translation>Programmspeicher verwendet nur kleine Seiten.</translation>
    </message>
    <message>
        <source>What happens when a program could use a huge page but no free 2 MiB block exists: wait while memory is reclaimed and compacted (more huge pages, longer pauses), or take small pages now and let background threads do the work.</source>
        <translation>Was geschieht, wenn ein Programm eine Huge Page nutzen könnte, aber kein freier 2-MiB-Block vorhanden ist: warten, während Speicher zurückgewonnen und kompaktiert wird (mehr Huge Pages, längere Pausen), oder sofort kleine Seiten nehmen und die Arbeit Hintergrund-Threads überlassen.</translation>
    </message>
    <message>
        <source>always wait</source>
        <translation>immer warten</translation>
    </message>
    <message>
        <source>The program stops until reclaim and compaction have made a huge page.</source>
        <translation>Das Programm hält an, bis Rückgewinnung und Kompaktierung eine Huge Page geschaffen haben.</translation>
    </message>
    <message>
        <source>defer</source>
        <translation>aufschieben</translation>
    </message>
    <message>
        <source>The program takes small pages at once; kswapd and kcompactd are woken to make huge pages, and khugepaged merges the small pages later.</source>
        <translation>Das Programm nimmt sofort kleine Seiten; kswapd und kcompactd werden geweckt, um Huge Pages zu schaffen, und khugepaged führt die kleinen Seiten später zusammen.</translation>
    </message>
    <message>
        <source>defer, wait where asked</source>
        <translation>aufschieben, auf Anforderung warten</translation>
    </message>
    <message>
        <source>Ranges marked with madvise(MADV_HUGEPAGE) wait as with always; all others defer.</source>
        <translation>Mit madvise(MADV_HUGEPAGE) markierte Bereiche warten wie bei always; alle anderen schieben auf.</translation>
    </message>
    <message>
        <source>wait where asked</source>
        <translation>auf Anforderung warten</translation>
    </message>
    <message>
        <source>Only ranges marked with madvise(MADV_HUGEPAGE) wait; others take small pages at once.</source>
        <translation>Nur mit madvise(MADV_HUGEPAGE) markierte Bereiche warten; andere nehmen sofort kleine Seiten.</translation>
    </message>
    <message>
        <source>never wait</source>
        <translation>nie warten</translation>
    </message>
    <message>
        <source>A huge page is used only if one happens to be free.</source>
        <translation>Eine Huge Page wird nur verwendet, wenn zufällig eine frei ist.</translation>
    </message>
    <message>
        <source>Huge pages for shared memory: the kernel&apos;s internal tmpfs behind shared anonymous mappings, memfd and System V shared memory. tmpfs mounts of your own follow their huge= mount option instead, unless deny or force is chosen here.</source>
        <translation>Huge Pages für gemeinsamen Speicher: das interne tmpfs des Kernels hinter gemeinsamen anonymen Mappings, memfd und System-V-Shared-Memory. Eigene tmpfs-Einhängungen folgen stattdessen ihrer Einhängeoption huge=, außer hier ist deny oder force gewählt.</translation>
    </message>
    <message>
        <source>Huge pages wherever they fit.</source>
        <translation>Huge Pages überall, wo sie passen.</translation>
    </message>
    <message>
        <source>within size</source>
        <translation>nach Dateigröße</translation>
    </message>
    <message>
        <source>Huge pages only where the file is large enough to fill them.</source>
        <translation>Huge Pages nur, wo die Datei groß genug ist, um sie zu füllen.</translation>
    </message>
    <message>
        <source>where asked</source>
        <translation>auf Anforderung</translation>
    </message>
    <message>
        <source>Huge pages only for ranges marked with madvise(MADV_HUGEPAGE).</source>
        <translation>Huge Pages nur für Bereiche, die mit madvise(MADV_HUGEPAGE) markiert sind.</translation>
    </message>
    <message>
        <source>No huge pages for shared memory (the default).</source>
        <translation>Keine Huge Pages für gemeinsamen Speicher (die Voreinstellung).</translation>
    </message>
    <message>
        <source>deny everywhere</source>
        <translation>überall verweigern</translation>
    </message>
    <message>
        <source>Emergency switch: no huge pages for any shared memory or tmpfs mount, whatever the mount says.</source>
        <translation>Notschalter: keine Huge Pages für gemeinsamen Speicher oder tmpfs-Einhängungen, gleich, was die Einhängung vorgibt.</translation>
    </message>
    <message>
        <source>force everywhere</source>
        <translation>überall erzwingen</translation>
    </message>
    <message>
        <source>Testing switch: huge pages for all shared memory and tmpfs mounts, whatever the mount says.</source>
        <translation>Testschalter: Huge Pages für sämtlichen gemeinsamen Speicher und alle tmpfs-Einhängungen, gleich, was die Einhängung vorgibt.</translation>
    </message>
    <message>
        <source>khugepaged is the background thread that merges runs of small pages into huge pages. This decides whether it may reclaim and compact memory to get a free huge page for that.</source>
        <translation>khugepaged ist der Hintergrund-Thread, der Folgen kleiner Seiten zu Huge Pages zusammenführt. Hier wird festgelegt, ob er dafür Speicher zurückgewinnen und kompaktieren darf, um eine freie Huge Page zu bekommen.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Merges only when a huge page happens to be free.</source>
        <translation>Führt nur zusammen, wenn zufällig eine Huge Page frei ist.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>May reclaim and compact memory to get one (the default).</source>
        <translation>Darf Speicher zurückgewinnen und kompaktieren, um eine zu bekommen (die Voreinstellung).</translation>
    </message>
    <message>
        <source>How many pages khugepaged examines each time it wakes up. More merges sooner and costs more processor time.</source>
        <translation>Wie viele Seiten khugepaged bei jedem Aufwachen prüft. Mehr Seiten führen früher zusammen und kosten mehr Prozessorzeit.</translation>
    </message>
    <message>
        <source>The pause between khugepaged&apos;s passes. Shorter pauses merge sooner and cost more processor time.</source>
        <translation>Die Pause zwischen den Durchläufen von khugepaged. Kürzere Pausen führen früher zusammen und kosten mehr Prozessorzeit.</translation>
    </message>
    <message>
        <source>How long khugepaged waits after it failed to get a huge page before it tries again, so that it does not keep hammering a fragmented system.</source>
        <translation>Wie lange khugepaged nach einem vergeblichen Versuch, eine Huge Page zu bekommen, wartet, bevor er es erneut versucht, damit er ein fragmentiertes System nicht ständig weiter belastet.</translation>
    </message>
    <message>
        <source>How many of a range&apos;s 512 small pages may be missing (never touched) for khugepaged still to merge it into a huge page; the missing ones then take memory too. 511 merges even nearly empty ranges; 0 merges only full ones and never uses extra memory.</source>
        <translation>Wie viele der 512 kleinen Seiten eines Bereichs fehlen (also nie benutzt worden sein) dürfen, damit khugepaged ihn trotzdem zu einer Huge Page zusammenführt; die fehlenden belegen dann ebenfalls Speicher. Bei 511 werden auch fast leere Bereiche zusammengeführt; bei 0 nur volle, und es wird nie zusätzlicher Speicher verwendet.</translation>
    </message>
    <message>
        <source>Kernel same-page merging: the ksmd thread scans memory that programs marked as mergeable (madvise(MADV_MERGEABLE), as QEMU does for virtual machines) and replaces identical pages by one shared, write-protected copy. It trades processor time for memory.</source>
        <translation>Kernel Same-Page Merging: Der Thread ksmd durchsucht Speicher, den Programme als zusammenführbar markiert haben (madvise(MADV_MERGEABLE), wie es QEMU für virtuelle Maschinen tut), und ersetzt identische Seiten durch eine gemeinsame, schreibgeschützte Kopie. Dabei wird Prozessorzeit gegen Speicher eingetauscht.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ksmd sleeps; pages merged so far stay merged.</source>
        <translation>ksmd schläft; bisher zusammengeführte Seiten bleiben zusammengeführt.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>ksmd scans and merges.</source>
        <translation>ksmd durchsucht und führt zusammen.</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>auftrennen</translation>
    </message>
    <message>
        <source>ksmd stops and gives every merged page its own copy again, which needs as much memory as merging saved.</source>
        <translation>ksmd hält an und gibt jeder zusammengeführten Seite wieder eine eigene Kopie, was so viel Speicher braucht, wie das Zusammenführen eingespart hat.</translation>
    </message>
    <message>
        <source>How many pages ksmd scans in one pass before it sleeps. With the pause this sets how fast it merges and how much processor time it takes.</source>
        <translation>Wie viele Seiten ksmd in einem Durchlauf durchsucht, bevor er schläft. Zusammen mit der Pause bestimmt das, wie schnell er zusammenführt und wie viel Prozessorzeit er braucht.</translation>
    </message>
    <message>
        <source>How long ksmd sleeps between passes.</source>
        <translation>Wie lange ksmd zwischen zwei Durchläufen schläft.</translation>
    </message>
    <message>
        <source>Which kernel messages are also printed on the console (the text screen or a serial line): those more important than this level. The kernel log keeps every message whatever this says.</source>
        <translation>Welche Kernelmeldungen zusätzlich auf der Konsole (dem Textbildschirm oder einer seriellen Leitung) ausgegeben werden: die, die wichtiger sind als diese Stufe. Das Kernelprotokoll behält jede Meldung, unabhängig von dieser Einstellung.</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>Only emergencies (the system is unusable).</source>
        <translation>Nur Notfälle (das System ist unbenutzbar).</translation>
    </message>
    <message>
        <source>alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts and emergencies.</source>
        <translation>Alarme und Notfälle.</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>Critical conditions and worse.</source>
        <translation>Kritische Zustände und alles Schwerwiegendere.</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors and worse.</source>
        <translation>Fehler und alles Schwerwiegendere.</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings and worse.</source>
        <translation>Warnungen und alles Schwerwiegendere.</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Notices and worse.</source>
        <translation>Hinweise und alles Schwerwiegendere.</translation>
    </message>
    <message>
        <source>information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Information and worse: everything but debugging.</source>
        <translation>Informationen und alles Schwerwiegendere: alles außer Debug-Meldungen.</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>Every message, debugging included.</source>
        <translation>Jede Meldung, einschließlich Debug-Meldungen.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a numbered choice and its name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <comment>watermark_scale_factor and the share of memory it stands for</comment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2.</source>
        <translation>Eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>An action: write one of %1 to run it.</source>
        <translation>Eine Aktion: Zum Ausführen einen der Werte %1 schreiben.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer der Werte %1.</translation>
    </message>
</context>
<context>
    <name>kaleido::TunableLiveFigures</name>
    <message>
        <source>%1 From %2.</source>
        <translation>%1 Quelle: %2.</translation>
    </message>
    <message>
        <source>0, heuristic</source>
        <translation>0, heuristisch</translation>
    </message>
    <message>
        <source>1, always</source>
        <translation>1, immer</translation>
    </message>
    <message>
        <source>2, strict</source>
        <translation>2, strikt</translation>
    </message>
    <message>
        <source>%1 pages (%2)</source>
        <translation>%1 Seiten (%2)</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Memory promised to all processes: their private writable mappings, touched or not.</source>
        <translation>Allen Prozessen zugesagter Speicher: ihre privaten beschreibbaren Mappings, ob benutzt oder nicht.</translation>
    </message>
    <message>
        <source>CommitLimit (kernel)</source>
        <translation>CommitLimit (Kernel)</translation>
    </message>
    <message>
        <source>The most the kernel would promise in strict mode, as it reports it.</source>
        <translation>Das Höchste, was der Kernel im strikten Modus zusagen würde, so wie er es meldet.</translation>
    </message>
    <message>
        <source>CommitLimit (computed)</source>
        <translation>CommitLimit (berechnet)</translation>
    </message>
    <message>
        <source>Worked out by Kaleido from MemTotal, the huge page pools, SwapTotal and the overcommit settings, with the kernel&apos;s rounding to whole pages.</source>
        <translation>Von Kaleido aus MemTotal, den Huge-Page-Pools, SwapTotal und den Overcommit-Einstellungen berechnet, mit der Rundung des Kernels auf ganze Seiten.</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Spielraum</translation>
    </message>
    <message>
        <source>What may still be promised before requests are refused (root keeps admin_reserve_kbytes more: %1).</source>
        <translation>Was noch zugesagt werden kann, bevor Anforderungen abgelehnt werden (root stehen zusätzlich admin_reserve_kbytes zur Verfügung: %1).</translation>
    </message>
    <message>
        <source>none: over by %1</source>
        <translation>keiner: um %1 überschritten</translation>
    </message>
    <message>
        <source>All RAM the kernel manages.</source>
        <translation>Der gesamte RAM, den der Kernel verwaltet.</translation>
    </message>
    <message>
        <source>Huge page pools</source>
        <translation>Huge-Page-Pools</translation>
    </message>
    <message>
        <source>Memory set aside in hugetlbfs pools (/sys/kernel/mm/hugepages); it cannot be promised to ordinary allocations, so the ratio leaves it out.</source>
        <translation>In hugetlbfs-Pools zurückgelegter Speicher (/sys/kernel/mm/hugepages); er kann gewöhnlichen Allokationen nicht zugesagt werden, daher lässt das Verhältnis ihn außen vor.</translation>
    </message>
    <message>
        <source>All swap space.</source>
        <translation>Der gesamte Swap-Bereich.</translation>
    </message>
    <message>
        <source>CommitLimit = overcommit_kbytes %1 + swap %2 = %3.</source>
        <translation>CommitLimit = overcommit_kbytes %1 + Swap %2 = %3.</translation>
    </message>
    <message>
        <source>CommitLimit = (RAM %1 − huge pages %2) × %3 / 100 + swap %4 = %5.</source>
        <translation>CommitLimit = (RAM %1 − Huge Pages %2) × %3 / 100 + Swap %4 = %5.</translation>
    </message>
    <message>
        <source>The kernel&apos;s CommitLimit is exactly this.</source>
        <translation>Das CommitLimit des Kernels ist genau dieser Wert.</translation>
    </message>
    <message>
        <source>The kernel reports %1, %2 apart: a pool or swap changed between the reads, or the kernel counts huge pages differently.</source>
        <translation>Der Kernel meldet %1, eine Abweichung von %2: Ein Pool oder der Swap hat sich zwischen den Lesevorgängen geändert, oder der Kernel zählt Huge Pages anders.</translation>
    </message>
    <message>
        <source>Mode 0 does not enforce CommitLimit: Committed_AS may grow past it. Only a single request larger than RAM plus swap (%1) is refused.</source>
        <translation>Modus 0 setzt CommitLimit nicht durch: Committed_AS kann darüber hinauswachsen. Nur eine einzelne Anforderung, die größer als RAM plus Swap (%1) ist, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Mode 1 does not enforce CommitLimit and refuses nothing: when memory really runs out, the OOM killer ends a process.</source>
        <translation>Modus 1 setzt CommitLimit nicht durch und lehnt nichts ab: Geht der Speicher wirklich aus, beendet der OOM-Killer einen Prozess.</translation>
    </message>
    <message>
        <source>Mode 2 enforces CommitLimit: a request that would take Committed_AS to it fails with ENOMEM (processes without CAP_SYS_ADMIN stop %1 earlier).</source>
        <translation>Modus 2 setzt CommitLimit durch: Eine Anforderung, die Committed_AS bis dorthin bringen würde, schlägt mit ENOMEM fehl (für Prozesse ohne CAP_SYS_ADMIN schon %1 früher).</translation>
    </message>
    <message>
        <source>Committed_AS against CommitLimit</source>
        <translation>Committed_AS im Vergleich zu CommitLimit</translation>
    </message>
    <message>
        <source>Swap in use</source>
        <translation>Belegter Swap</translation>
    </message>
    <message>
        <source>SwapTotal − SwapFree: program memory written out to swap.</source>
        <translation>SwapTotal − SwapFree: in den Swap ausgelagerter Programmspeicher.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Pages both in swap and in memory: read back, or about to be written out.</source>
        <translation>Seiten, die sowohl im Swap als auch im Speicher liegen: zurückgelesen oder kurz vor dem Auslagern.</translation>
    </message>
    <message>
        <source>This system has no swap, so swappiness has nothing to act on: only file cache can be reclaimed, and program memory stays in RAM.</source>
        <translation>Dieses System hat keinen Swap, daher hat Swappiness keine Wirkung: Nur Dateicache kann zurückgewonnen werden, und Programmspeicher bleibt im RAM.</translation>
    </message>
    <message>
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <source>Pages read back in from swap since boot.</source>
        <translation>Seit dem Systemstart aus dem Swap zurückgelesene Seiten.</translation>
    </message>
    <message>
        <source>Pages written out to swap since boot.</source>
        <translation>Seit dem Systemstart in den Swap geschriebene Seiten.</translation>
    </message>
    <message>
        <source>Program (anonymous) pages reclaimed since boot: swapped out.</source>
        <translation>Seit dem Systemstart zurückgewonnene (anonyme) Programmseiten: ausgelagert.</translation>
    </message>
    <message>
        <source>File pages reclaimed since boot: dropped from the page cache.</source>
        <translation>Seit dem Systemstart zurückgewonnene Dateiseiten: aus dem Seitencache verworfen.</translation>
    </message>
    <message>
        <source>Higher swappiness moves reclaim from pgsteal_file towards pgsteal_anon and pswpout.</source>
        <translation>Eine höhere Swappiness verlagert die Rückgewinnung von pgsteal_file hin zu pgsteal_anon und pswpout.</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 Zone</translation>
    </message>
    <message>
        <source>%1 zones</source>
        <translation>%1 Zonen</translation>
    </message>
    <message>
        <source>min, all zones</source>
        <translation>min, alle Zonen</translation>
    </message>
    <message>
        <source>Below min, a program that needs memory must reclaim it itself (direct reclaim); only urgent kernel allocations may go lower. Summed over %1.</source>
        <translation>Unter min muss ein Programm, das Speicher braucht, ihn selbst zurückgewinnen (Direct Reclaim); nur dringende Kernel-Allokationen dürfen tiefer gehen. Summe über %1.</translation>
    </message>
    <message>
        <source>low, all zones</source>
        <translation>low, alle Zonen</translation>
    </message>
    <message>
        <source>Below low, kswapd wakes up to reclaim memory in the background.</source>
        <translation>Unter low wacht kswapd auf, um im Hintergrund Speicher zurückzugewinnen.</translation>
    </message>
    <message>
        <source>high, all zones</source>
        <translation>high, alle Zonen</translation>
    </message>
    <message>
        <source>Above high, kswapd goes back to sleep.</source>
        <translation>Über high schläft kswapd wieder ein.</translation>
    </message>
    <message>
        <source>promo, all zones</source>
        <translation>promo, alle Zonen</translation>
    </message>
    <message>
        <source>How far kswapd reclaims when pages are moved up from slower memory tiers.</source>
        <translation>Wie weit kswapd zurückgewinnt, wenn Seiten aus langsameren Speicherebenen heraufgestuft werden.</translation>
    </message>
    <message>
        <source>boost, all zones</source>
        <translation>boost, alle Zonen</translation>
    </message>
    <message>
        <source>A temporary raise of the watermarks after fragmentation (watermark_boost_factor).</source>
        <translation>Eine vorübergehende Anhebung der Wasserzeichen nach Fragmentierung (watermark_boost_factor).</translation>
    </message>
    <message>
        <source>Free, these zones</source>
        <translation>Frei, diese Zonen</translation>
    </message>
    <message>
        <source>Free pages of the same zones, to compare with the watermarks.</source>
        <translation>Freie Seiten derselben Zonen, zum Vergleich mit den Wasserzeichen.</translation>
    </message>
    <message>
        <source>Computed from the settings</source>
        <translation>Aus den Einstellungen berechnet</translation>
    </message>
    <message>
        <source>min_free_kbytes %1 KiB is %2 pages, shared out over the zones in proportion to their managed pages; each step up to low and high is the larger of a quarter of min and managed × watermark_scale_factor (%3) / 10000.</source>
        <translation>min_free_kbytes %1 KiB entspricht %2 Seiten, verteilt auf die Zonen im Verhältnis ihrer verwalteten Seiten; jeder Schritt hinauf zu low und high ist das Größere von einem Viertel von min und verwalteten Seiten × watermark_scale_factor (%3) / 10000.</translation>
    </message>
    <message>
        <source>min %1 · low %2 · high %3 pages</source>
        <translation>min %1 · low %2 · high %3 Seiten</translation>
    </message>
    <message>
        <source>The kernel&apos;s watermarks are exactly what min_free_kbytes and watermark_scale_factor give.</source>
        <translation>Die Wasserzeichen des Kernels entsprechen genau dem, was min_free_kbytes und watermark_scale_factor ergeben.</translation>
    </message>
    <message>
        <source>The kernel computed its watermarks when the zones had other managed page counts (memory freed after boot or hot-plugged); writing either setting recomputes them as shown.</source>
        <translation>Der Kernel hat seine Wasserzeichen berechnet, als die Zonen andere Anzahlen verwalteter Seiten hatten (Speicher nach dem Booten freigegeben oder per Hotplug hinzugefügt); das Schreiben einer der beiden Einstellungen berechnet sie wie angezeigt neu.</translation>
    </message>
    <message>
        <source>Node %1, %2</source>
        <translation>Knoten %1, %2</translation>
    </message>
    <message>
        <source>This zone&apos;s free pages and watermarks, as %1 prints them; %2 pages managed.</source>
        <translation>Die freien Seiten und Wasserzeichen dieser Zone, wie %1 sie ausgibt; %2 Seiten verwaltet.</translation>
    </message>
    <message>
        <source>free %1 · min %2 · low %3 · high %4 pages</source>
        <translation>frei %1 · min %2 · low %3 · high %4 Seiten</translation>
    </message>
    <message>
        <source>Pages kswapd examined for reclaim in the background since boot.</source>
        <translation>Seiten, die kswapd seit dem Systemstart im Hintergrund zur Rückgewinnung geprüft hat.</translation>
    </message>
    <message>
        <source>Pages programs examined for reclaim themselves since boot.</source>
        <translation>Seiten, die Programme seit dem Systemstart selbst zur Rückgewinnung geprüft haben.</translation>
    </message>
    <message>
        <source>Times kswapd found the zones back above low at once.</source>
        <translation>Wie oft kswapd die Zonen sofort wieder über low vorfand.</translation>
    </message>
    <message>
        <source>Times kswapd reached high quickly and went back to sleep.</source>
        <translation>Wie oft kswapd high schnell erreichte und wieder einschlief.</translation>
    </message>
    <message>
        <source>Times a program had to reclaim memory itself since boot (all allocstall_ counters).</source>
        <translation>Wie oft ein Programm seit dem Systemstart selbst Speicher zurückgewinnen musste (alle allocstall_-Zähler).</translation>
    </message>
    <message>
        <source>File contents kept in memory (page cache), shared memory included; 1 drops the clean file pages.</source>
        <translation>Im Speicher gehaltene Dateiinhalte (Seitencache), einschließlich gemeinsamem Speicher; 1 verwirft die sauberen Dateiseiten.</translation>
    </message>
    <message>
        <source>Cache of block devices, mostly file system metadata; 1 drops it.</source>
        <translation>Cache für Blockgeräte, meist Dateisystem-Metadaten; 1 verwirft ihn.</translation>
    </message>
    <message>
        <source>Kernel caches that can be freed, mostly directory entries and inodes; 2 drops them.</source>
        <translation>Freigebbare Kernel-Caches, meist Verzeichniseinträge und Inodes; 2 verwirft sie.</translation>
    </message>
    <message>
        <source>Memory not used for anything: what a drop gives back.</source>
        <translation>Für nichts genutzter Speicher: Hier landet, was ein Verwerfen freigibt.</translation>
    </message>
    <message>
        <source>%1 lacks Cached, Buffers, SReclaimable or MemFree.</source>
        <translation>In %1 fehlt Cached, Buffers, SReclaimable oder MemFree.</translation>
    </message>
    <message>
        <source>Times the page cache was dropped since boot, by anyone.</source>
        <translation>Wie oft der Seitencache seit dem Systemstart verworfen wurde, egal von wem.</translation>
    </message>
    <message>
        <source>Times dentries and inodes were dropped since boot, by anyone.</source>
        <translation>Wie oft Dentries und Inodes seit dem Systemstart verworfen wurden, egal von wem.</translation>
    </message>
    <message>
        <source>%1 at the last drop</source>
        <translation>%1 beim letzten Verwerfen</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Just before and just after Kaleido wrote %1 to drop_caches at %2.</source>
        <translation>Direkt vor und direkt nach dem Schreiben von %1 in drop_caches durch Kaleido um %2.</translation>
    </message>
    <message>
        <source>Last drop: %1 at %2.</source>
        <translation>Letztes Verwerfen: %1 um %2.</translation>
    </message>
    <message>
        <source>Run a drop here to see Cached, Buffers and SReclaimable before and after it.</source>
        <translation>Lösen Sie hier ein Verwerfen aus, um Cached, Buffers und SReclaimable davor und danach zu sehen.</translation>
    </message>
    <message>
        <source>Free in %1 blocks</source>
        <translation>Frei in Blöcken zu %1</translation>
    </message>
    <message>
        <source>Free memory in blocks large enough for a huge page (order %1 and up); the rest of the free memory is too scattered for one.</source>
        <translation>Freier Speicher in Blöcken, die groß genug für eine Huge Page sind (Ordnung %1 und höher); der Rest des freien Speichers ist dafür zu zersplittert.</translation>
    </message>
    <message>
        <source>%1 of %2 free</source>
        <translation>%1 von %2 frei</translation>
    </message>
    <message>
        <source>Times a program waited while memory was compacted for it.</source>
        <translation>Wie oft ein Programm gewartet hat, während Speicher für es kompaktiert wurde.</translation>
    </message>
    <message>
        <source>Of those, compactions that made the block it wanted.</source>
        <translation>Davon Kompaktierungen, die den gewünschten Block geschaffen haben.</translation>
    </message>
    <message>
        <source>Of those, compactions that did not.</source>
        <translation>Davon Kompaktierungen, denen das nicht gelang.</translation>
    </message>
    <message>
        <source>Times kcompactd, the background compactor, woke up.</source>
        <translation>Wie oft kcompactd, der Kompaktierer im Hintergrund, aufgewacht ist.</translation>
    </message>
    <message>
        <source>Pages compaction looked at to move.</source>
        <translation>Seiten, die die Kompaktierung als zu verschiebende geprüft hat.</translation>
    </message>
    <message>
        <source>Free pages compaction looked at as places to move pages to.</source>
        <translation>Freie Seiten, die die Kompaktierung als Ziel zum Verschieben von Seiten geprüft hat.</translation>
    </message>
    <message>
        <source>Pages compaction took aside to move.</source>
        <translation>Seiten, die die Kompaktierung zum Verschieben isoliert hat.</translation>
    </message>
    <message>
        <source>A compaction run shows as more memory in large free blocks; the compact_ counters count the kernel&apos;s own runs (writing compact_memory is not counted as a stall).</source>
        <translation>Ein Kompaktierungslauf zeigt sich als mehr Speicher in großen freien Blöcken; die compact_-Zähler zählen die eigenen Läufe des Kernels (das Schreiben von compact_memory wird nicht als Stall gezählt).</translation>
    </message>
    <message>
        <source>Huge pages khugepaged made by merging small pages since boot.</source>
        <translation>Huge Pages, die khugepaged seit dem Systemstart durch Zusammenführen kleiner Seiten geschaffen hat.</translation>
    </message>
    <message>
        <source>Times khugepaged went over all memory it may merge since boot.</source>
        <translation>Wie oft khugepaged seit dem Systemstart den gesamten Speicher durchgegangen ist, den er zusammenführen darf.</translation>
    </message>
    <message>
        <source>Program memory backed by transparent huge pages now.</source>
        <translation>Programmspeicher, der derzeit mit Transparent Huge Pages hinterlegt ist.</translation>
    </message>
    <message>
        <source>Shared memory and tmpfs held in huge pages now.</source>
        <translation>Gemeinsamer Speicher und tmpfs, die derzeit in Huge Pages liegen.</translation>
    </message>
    <message>
        <source>Of those, mapped into programs as whole huge pages.</source>
        <translation>Davon als ganze Huge Pages in Programme eingeblendet.</translation>
    </message>
    <message>
        <source>File cache held in huge pages now.</source>
        <translation>Dateicache, der derzeit in Huge Pages liegt.</translation>
    </message>
    <message>
        <source>Huge pages given to programs at a page fault since boot.</source>
        <translation>Huge Pages, die Programme seit dem Systemstart bei einem Seitenfehler bekommen haben.</translation>
    </message>
    <message>
        <source>Page faults that wanted a huge page and got small pages.</source>
        <translation>Seitenfehler, die eine Huge Page wollten und kleine Seiten bekamen.</translation>
    </message>
    <message>
        <source>Of those, because the memory cgroup&apos;s limit had no room for a huge page.</source>
        <translation>Davon, weil das Limit der Memory-Cgroup keinen Platz für eine Huge Page hatte.</translation>
    </message>
    <message>
        <source>Huge pages khugepaged allocated to merge small pages into.</source>
        <translation>Huge Pages, die khugepaged belegt hat, um kleine Seiten darin zusammenzuführen.</translation>
    </message>
    <message>
        <source>Times khugepaged could not get a huge page to merge into.</source>
        <translation>Wie oft khugepaged keine Huge Page zum Zusammenführen bekommen konnte.</translation>
    </message>
    <message>
        <source>Huge pages split back into small pages.</source>
        <translation>Wieder in kleine Seiten aufgeteilte Huge Pages.</translation>
    </message>
    <message>
        <source>Partly unmapped huge pages queued to be split later.</source>
        <translation>Teilweise nicht mehr eingeblendete Huge Pages, die zum späteren Aufteilen vorgemerkt sind.</translation>
    </message>
    <message>
        <source>Huge pages allocated for shared memory and tmpfs.</source>
        <translation>Für gemeinsamen Speicher und tmpfs belegte Huge Pages.</translation>
    </message>
    <message>
        <source>Times shared memory wanted a huge page and took small pages.</source>
        <translation>Wie oft gemeinsamer Speicher eine Huge Page wollte und kleine Seiten nahm.</translation>
    </message>
    <message>
        <source>Shared memory or file huge pages mapped into programs.</source>
        <translation>In Programme eingeblendete Huge Pages von gemeinsamem Speicher oder Dateien.</translation>
    </message>
    <message>
        <source>Times the huge zero page was set up for reads of untouched memory.</source>
        <translation>Wie oft die Huge Zero Page für Lesezugriffe auf unberührten Speicher eingerichtet wurde.</translation>
    </message>
    <message>
        <source>Times a program waited while memory was compacted (defrag at work).</source>
        <translation>Wie oft ein Programm gewartet hat, während Speicher kompaktiert wurde (Defragmentierung bei der Arbeit).</translation>
    </message>
    <message>
        <source>Ranges khugepaged left alone: more pages missing than max_ptes_none allows.</source>
        <translation>Von khugepaged ausgelassene Bereiche: mehr fehlende Seiten, als max_ptes_none erlaubt.</translation>
    </message>
    <message>
        <source>Ranges khugepaged left alone: more pages in swap than max_ptes_swap allows.</source>
        <translation>Von khugepaged ausgelassene Bereiche: mehr Seiten im Swap, als max_ptes_swap erlaubt.</translation>
    </message>
    <message>
        <source>Ranges khugepaged left alone: more shared pages than max_ptes_shared allows.</source>
        <translation>Von khugepaged ausgelassene Bereiche: mehr gemeinsam genutzte Seiten, als max_ptes_shared erlaubt.</translation>
    </message>
    <message>
        <source>thp_fault_alloc counts faults that got a huge page, thp_fault_fallback those that did not; AnonHugePages is how much program memory is in huge pages now.</source>
        <translation>thp_fault_alloc zählt Seitenfehler, die eine Huge Page bekamen, thp_fault_fallback die, die keine bekamen; AnonHugePages gibt an, wie viel Programmspeicher derzeit in Huge Pages liegt.</translation>
    </message>
    <message>
        <source>khugepaged works in the background: pages_collapsed and full_scans grow with each pass; a shorter pause or more pages per pass make them grow faster.</source>
        <translation>khugepaged arbeitet im Hintergrund: pages_collapsed und full_scans wachsen mit jedem Durchlauf; eine kürzere Pause oder mehr Seiten pro Durchlauf lassen sie schneller wachsen.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>unmerging</source>
        <translation>trennt auf</translation>
    </message>
    <message>
        <source>ksmd</source>
        <translation>ksmd</translation>
    </message>
    <message>
        <source>Whether the merging thread runs.</source>
        <translation>Ob der Thread zum Zusammenführen läuft.</translation>
    </message>
    <message>
        <source>Merged pages kept: one for each set of identical pages.</source>
        <translation>Behaltene zusammengeführte Seiten: eine für jede Gruppe identischer Seiten.</translation>
    </message>
    <message>
        <source>Further pages now pointing at those: the memory saved.</source>
        <translation>Weitere Seiten, die jetzt auf diese verweisen: der eingesparte Speicher.</translation>
    </message>
    <message>
        <source>Pages scanned again and again without a twin: effort without gain.</source>
        <translation>Immer wieder durchsuchte Seiten ohne Zwilling: Aufwand ohne Ertrag.</translation>
    </message>
    <message>
        <source>Pages that change too often to be merged.</source>
        <translation>Seiten, die sich zu oft ändern, um zusammengeführt zu werden.</translation>
    </message>
    <message>
        <source>Memory saved</source>
        <translation>Eingesparter Speicher</translation>
    </message>
    <message>
        <source>pages_sharing × the page size: the copies merging made unnecessary.</source>
        <translation>pages_sharing × Seitengröße: die Kopien, die das Zusammenführen überflüssig gemacht hat.</translation>
    </message>
    <message>
        <source>The memory saved less what KSM&apos;s own bookkeeping costs; negative when merging costs more than it saves.</source>
        <translation>Der eingesparte Speicher abzüglich der Kosten für die eigene Verwaltung von KSM; negativ, wenn das Zusammenführen mehr kostet, als es spart.</translation>
    </message>
    <message>
        <source>This kernel does not report general_profit (Linux 6.4 and later do).</source>
        <translation>Dieser Kernel meldet general_profit nicht (erst ab Linux 6.4).</translation>
    </message>
    <message>
        <source>Times ksmd went over all mergeable memory.</source>
        <translation>Wie oft ksmd den gesamten zusammenführbaren Speicher durchgegangen ist.</translation>
    </message>
    <message>
        <source>Each kept page stands in for %1 others on average; a high number means merging pays.</source>
        <translation>Jede behaltene Seite steht im Durchschnitt für %1 andere; ein hoher Wert bedeutet, dass sich das Zusammenführen lohnt.</translation>
    </message>
    <message>
        <source>ksmd is not running and nothing is merged. Only memory that programs marked with madvise(MADV_MERGEABLE) (or prctl(PR_SET_MEMORY_MERGE)) is ever merged.</source>
        <translation>ksmd läuft nicht, und nichts ist zusammengeführt. Zusammengeführt wird nur Speicher, den Programme mit madvise(MADV_MERGEABLE) (oder prctl(PR_SET_MEMORY_MERGE)) markiert haben.</translation>
    </message>
    <message>
        <source>Console level</source>
        <translation>Log-Stufe der Konsole</translation>
    </message>
    <message>
        <source>Messages more important than this reach the console.</source>
        <translation>Meldungen, die wichtiger sind als diese Stufe, erscheinen auf der Konsole.</translation>
    </message>
    <message>
        <source>Default message level</source>
        <translation>Standardstufe für Meldungen</translation>
    </message>
    <message>
        <source>The level of a message that names none.</source>
        <translation>Die Stufe einer Meldung, die selbst keine angibt.</translation>
    </message>
    <message>
        <source>Lowest console level allowed</source>
        <translation>Niedrigste erlaubte Log-Stufe der Konsole</translation>
    </message>
    <message>
        <source>The console level cannot be set below this.</source>
        <translation>Niedriger lässt sich die Log-Stufe der Konsole nicht setzen.</translation>
    </message>
    <message>
        <source>Console level at boot</source>
        <translation>Log-Stufe der Konsole beim Booten</translation>
    </message>
    <message>
        <source>What the console level was when the kernel started.</source>
        <translation>Die Log-Stufe der Konsole beim Start des Kernels.</translation>
    </message>
    <message>
        <source>This setting changes no memory figure; it sits here with the other kernel settings Kaleido can change.</source>
        <translation>Diese Einstellung ändert keinen Speicherwert; sie steht hier bei den anderen Kerneleinstellungen, die Kaleido ändern kann.</translation>
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
    <message>
        <source>%1 on Linux %2</source>
        <translation>%1 unter Linux %2</translation>
    </message>
    <message>
        <source>Kaleido first saw %1 here (%2). Revert to Original writes it back.</source>
        <translation>Kaleido hat hier zuerst %1 vorgefunden (%2). „Auf Originalwert zurücksetzen“ schreibt diesen Wert zurück.</translation>
    </message>
    <message>
        <source>Differs from the original value, %1.</source>
        <translation>Weicht vom ursprünglichen Wert %1 ab.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>What the setting controls; select a row to read more and see what it affects</source>
        <translation>Was die Einstellung steuert; eine Zeile auswählen, um mehr darüber zu lesen und zu sehen, was sie beeinflusst</translation>
    </message>
    <message>
        <source>The value the kernel reports now, with its unit; double-click to change it</source>
        <translation>Der Wert, den der Kernel derzeit meldet, mit Einheit; zum Ändern doppelklicken</translation>
    </message>
    <message>
        <source>The value Kaleido found the first time it ran on this system; highlighted where the value now differs. Revert to Original writes it back</source>
        <translation>Der Wert, den Kaleido beim ersten Start auf diesem System vorgefunden hat; hervorgehoben, wo der aktuelle Wert davon abweicht. „Auf Originalwert zurücksetzen“ schreibt ihn zurück</translation>
    </message>
</context>
<context>
    <name>kaleido::TunablesPage</name>
    <message>
        <source>Revert &amp;All</source>
        <translation>A&amp;lle zurücksetzen</translation>
    </message>
    <message>
        <source>Kernel settings for memory management. Changes take effect at once and last until the next reboot; the system asks for an administrator&apos;s password.</source>
        <translation>Kerneleinstellungen der Speicherverwaltung. Änderungen wirken sofort und gelten bis zum nächsten Neustart; das System fragt nach dem Administratorpasswort.</translation>
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
        <source>Revert All to Ori&amp;ginal</source>
        <translation>Alle auf Ori&amp;ginal zurücksetzen</translation>
    </message>
    <message>
        <source>Double-click a value to change it; select a row to read about it on the right</source>
        <translation>Zum Ändern auf einen Wert doppelklicken; eine Zeile auswählen, um rechts mehr darüber zu lesen</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten auszuwählen</translation>
    </message>
    <message>
        <source>What happened to the last change: the value before → the value after</source>
        <translation>Was aus der letzten Änderung wurde: der Wert vorher → der Wert danach</translation>
    </message>
    <message>
        <source>No change made yet.</source>
        <translation>Noch keine Änderung vorgenommen.</translation>
    </message>
    <message>
        <source>Put every setting that differs from the value Kaleido first found back to that value</source>
        <translation>Alle Einstellungen, die von dem zuerst von Kaleido vorgefundenen Wert abweichen, auf diesen Wert zurücksetzen</translation>
    </message>
    <message>
        <source>1 more change was not tried.</source>
        <translation>1 weitere Änderung wurde nicht versucht.</translation>
    </message>
    <message>
        <source>%1 more changes were not tried.</source>
        <translation>%1 weitere Änderungen wurden nicht versucht.</translation>
    </message>
    <message>
        <source>%1 was not changed to %2: %3</source>
        <translation>%1 wurde nicht auf %2 geändert: %3</translation>
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
    <message>
        <source>%1 /s</source>
        <extracomment>a rate without a named unit, e.g. &quot;12.3 /s&quot;</extracomment>
        <translation>%1 /s</translation>
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
    <name>kaleido::VmstatRateModel</name>
    <message>
        <source>waiting for a second sample</source>
        <translation>warte auf eine zweite Messung</translation>
    </message>
    <message>
        <source>not reported by this kernel</source>
        <translation>von diesem Kernel nicht gemeldet</translation>
    </message>
    <message>
        <source>counter went backwards (reset): no rate for this interval</source>
        <translation>Zähler ist zurückgegangen (zurückgesetzt): keine Rate für dieses Intervall</translation>
    </message>
    <message>
        <source>When the interval ended (local time)</source>
        <translation>Wann das Intervall endete (Ortszeit)</translation>
    </message>
    <message>
        <source>%1 (%2 in /proc/vmstat, in %3)</source>
        <translation>%1 (%2 in /proc/vmstat, Einheit: %3)</translation>
    </message>
</context>
<context>
    <name>kaleido::VmstatRateSeries</name>
    <message>
        <source>Page faults</source>
        <translation>Seitenfehler</translation>
    </message>
    <message>
        <source>faults/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Every time a program touches a page of its address space that has no page behind it yet — freshly allocated memory, a copy-on-write after fork(), a file page that is already cached — the processor stops it and the kernel puts a page there. This counts all of them; the minor ones are these minus the major ones.</source>
        <translation>Jedes Mal, wenn ein Programm auf eine Seite seines Adressraums zugreift, hinter der noch keine Seite liegt – frisch belegter Speicher, ein Copy-on-Write nach fork(), eine bereits zwischengespeicherte Dateiseite –, hält der Prozessor es an, und der Kernel blendet dort eine Seite ein. Hier werden alle gezählt; die leichten Seitenfehler sind diese abzüglich der schweren.</translation>
    </message>
    <message>
        <source>Major faults</source>
        <translation>Schwere Seitenfehler</translation>
    </message>
    <message>
        <source>Page faults the kernel could only settle by reading the page first, from a file or from swap: the program waits for the disk. A lasting rate here means RAM is too small for the work (thrashing), or a program is starting from a cold cache.</source>
        <translation>Seitenfehler, die der Kernel nur beheben konnte, indem er die Seite zuerst aus einer Datei oder aus dem Swap las: Das Programm wartet auf den Datenträger. Eine anhaltende Rate bedeutet hier, dass der RAM für die Arbeit zu klein ist (Thrashing) oder dass ein Programm mit kaltem Cache startet.</translation>
    </message>
    <message>
        <source>Swapped in</source>
        <translation>Eingelagert</translation>
    </message>
    <message>
        <source>pages/s</source>
        <translation>Seiten/s</translation>
    </message>
    <message>
        <source>Pages read back from swap because a program needed them again.</source>
        <translation>Seiten, die aus dem Swap zurückgelesen wurden, weil ein Programm sie wieder brauchte.</translation>
    </message>
    <message>
        <source>Swapped out</source>
        <translation>Ausgelagert</translation>
    </message>
    <message>
        <source>Pages of anonymous memory the kernel wrote to swap to free RAM for something else.</source>
        <translation>Seiten anonymen Speichers, die der Kernel in den Swap geschrieben hat, um RAM für anderes freizumachen.</translation>
    </message>
    <message>
        <source>Read from storage</source>
        <translation>Vom Datenträger gelesen</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Data the kernel asked block devices to read into memory, files and swap together. Hidden at first: it is in KiB, not in faults.</source>
        <translation>Daten, die der Kernel von Blockgeräten in den Speicher lesen ließ, Dateien und Swap zusammen. Anfangs ausgeblendet: Der Wert ist in KiB, nicht in Seitenfehlern.</translation>
    </message>
    <message>
        <source>Written to storage</source>
        <translation>Auf Datenträger geschrieben</translation>
    </message>
    <message>
        <source>Data the kernel wrote from memory to block devices: dirty file pages and swap. Hidden at first: it is in KiB, not in faults.</source>
        <translation>Daten, die der Kernel aus dem Speicher auf Blockgeräte geschrieben hat: geänderte (dirty) Dateiseiten und Swap. Anfangs ausgeblendet: Der Wert ist in KiB, nicht in Seitenfehlern.</translation>
    </message>
</context>
<context>
    <name>kaleido::ZoneFactsModel</name>
    <message>
        <source>unknown: a watermark or the free count is missing</source>
        <translation>unbekannt: ein Wasserzeichen oder die Anzahl freier Seiten fehlt</translation>
    </message>
    <message>
        <source>no memory in this zone</source>
        <translation>kein Speicher in dieser Zone</translation>
    </message>
    <message>
        <source>above high: kswapd sleeps</source>
        <translation>über high: kswapd schläft</translation>
    </message>
    <message>
        <source>between low and high: kswapd, once woken, reclaims until high</source>
        <translation>zwischen low und high: kswapd gewinnt, einmal geweckt, bis high zurück</translation>
    </message>
    <message>
        <source>below low: kswapd is reclaiming in the background</source>
        <translation>unter low: kswapd gewinnt im Hintergrund zurück</translation>
    </message>
    <message>
        <source>at or below min: allocations must reclaim first (stalls)</source>
        <translation>bei oder unter min: Allokationen müssen zuerst selbst zurückgewinnen (Wartezeiten)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Where the free memory stands against the min, low and high watermarks: this decides whether kswapd sleeps, reclaims in the background, or allocations have to wait.</source>
        <translation>Wo der freie Speicher im Verhältnis zu den Wasserzeichen min, low und high steht: Davon hängt ab, ob kswapd schläft, im Hintergrund zurückgewinnt oder Allokationen warten müssen.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Memory the buddy allocator can hand out now (&quot;pages free&quot;).</source>
        <translation>Speicher, den der Buddy-Allokator jetzt vergeben kann („pages free“).</translation>
    </message>
    <message>
        <source>Min watermark</source>
        <translation>Wasserzeichen min</translation>
    </message>
    <message>
        <source>Below this an allocating task must reclaim memory itself before it gets any (direct reclaim); only urgent kernel allocations may go lower. Set from vm.min_free_kbytes.</source>
        <translation>Darunter muss ein Task, der Speicher anfordert, selbst Speicher zurückgewinnen, bevor er welchen bekommt (Direct Reclaim); nur dringende Kernel-Allokationen dürfen tiefer gehen. Abgeleitet aus vm.min_free_kbytes.</translation>
    </message>
    <message>
        <source>Low watermark</source>
        <translation>Wasserzeichen low</translation>
    </message>
    <message>
        <source>Below this the kernel wakes kswapd to reclaim memory in the background. The gap to min grows with vm.watermark_scale_factor.</source>
        <translation>Darunter weckt der Kernel kswapd, um im Hintergrund Speicher zurückzugewinnen. Der Abstand zu min wächst mit vm.watermark_scale_factor.</translation>
    </message>
    <message>
        <source>High watermark</source>
        <translation>Wasserzeichen high</translation>
    </message>
    <message>
        <source>kswapd reclaims until free memory is above this, then sleeps again.</source>
        <translation>kswapd gewinnt Speicher zurück, bis der freie Speicher darüber liegt, und schläft dann wieder.</translation>
    </message>
    <message>
        <source>Promo watermark</source>
        <translation>Wasserzeichen promo</translation>
    </message>
    <message>
        <source>Used by memory tiering: pages are promoted from slower memory into this node only while it has more than this free.</source>
        <translation>Für Memory-Tiering: Seiten werden nur dann aus langsamerem Speicher in diesen Knoten heraufgestuft, wenn er mehr als diesen Wert frei hat.</translation>
    </message>
    <message>
        <source>Watermark boost</source>
        <translation>Wasserzeichen-Boost</translation>
    </message>
    <message>
        <source>Added to every watermark for a while after the allocator had to mix migrate types (vm.watermark_boost_factor), so kswapd reclaims and compacts a little more. The watermarks above already include it.</source>
        <translation>Wird für eine Weile zu jedem Wasserzeichen addiert, nachdem der Allokator Migrationstypen mischen musste (vm.watermark_boost_factor), damit kswapd etwas mehr zurückgewinnt und kompaktiert. Die Wasserzeichen oben enthalten ihn bereits.</translation>
    </message>
    <message>
        <source>Spanned</source>
        <translation>Umspannt</translation>
    </message>
    <message>
        <source>The zone&apos;s range, from its first to its last page frame, holes included.</source>
        <translation>Der Bereich der Zone, vom ersten bis zum letzten Seitenrahmen, einschließlich Lücken.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>RAM that really exists within that range.</source>
        <translation>RAM, der in diesem Bereich tatsächlich existiert.</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>What the buddy allocator manages: the present pages minus what was set aside at boot.</source>
        <translation>Was der Buddy-Allokator verwaltet: die vorhandenen Seiten abzüglich dessen, was beim Booten zurückgelegt wurde.</translation>
    </message>
    <message>
        <source>Holes (spanned − present)</source>
        <translation>Lücken (umspannt − vorhanden)</translation>
    </message>
    <message>
        <source>Parts of the range with no RAM behind them, such as the gap below 4 GiB kept for devices.</source>
        <translation>Teile des Bereichs ohne RAM dahinter, etwa die für Geräte freigehaltene Lücke unterhalb von 4 GiB.</translation>
    </message>
    <message>
        <source>Reserved (present − managed)</source>
        <translation>Reserviert (vorhanden − verwaltet)</translation>
    </message>
    <message>
        <source>RAM of the zone the allocator never sees: the kernel&apos;s code and data, the struct page array, crash-kernel and firmware reservations.</source>
        <translation>RAM der Zone, den der Allokator nie zu sehen bekommt: Code und Daten des Kernels, das struct-page-Array, Reservierungen für den Crash-Kernel und die Firmware.</translation>
    </message>
    <message>
        <source>CMA</source>
        <translation>CMA</translation>
    </message>
    <message>
        <source>Memory reserved for the contiguous memory allocator: lent to movable pages until a driver needs a large contiguous buffer.</source>
        <translation>Für den Contiguous Memory Allocator reservierter Speicher: an verschiebbare Seiten verliehen, bis ein Treiber einen großen zusammenhängenden Puffer braucht.</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <source>The zone&apos;s first physical page: its number (the page frame number) is in the Pages column; times the page size it gives the physical address where the zone begins, here %1.</source>
        <translation>Die erste physische Seite der Zone: Ihre Nummer (die Seitenrahmennummer) steht in der Spalte „Seiten“; mal der Seitengröße ergibt sie die physische Adresse, an der die Zone beginnt, hier %1.</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>This kernel printed no protection line for the zone.</source>
        <translation>Dieser Kernel hat für die Zone keine protection-Zeile ausgegeben.</translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation>Zone %1</translation>
    </message>
    <message>
        <source>Protection from %1</source>
        <translation>Schutz vor %1</translation>
    </message>
    <message>
        <source>lowmem_reserve: an allocation that could have used %1 may fall back to this zone only while it keeps this much free above its watermark, so that memory only lower zones can give (e.g. for devices limited to 32-bit addresses) is not used up by ordinary allocations. Scaled by vm.lowmem_reserve_ratio.</source>
        <translation>lowmem_reserve: Eine Allokation, die %1 hätte nutzen können, darf nur dann auf diese Zone ausweichen, wenn dabei noch so viel über ihrem Wasserzeichen frei bleibt. So wird Speicher, den nur niedrigere Zonen liefern können (z. B. für Geräte, die auf 32-Bit-Adressen beschränkt sind), nicht von gewöhnlichen Allokationen aufgebraucht. Skaliert mit vm.lowmem_reserve_ratio.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>What /proc/zoneinfo says about the selected zone; hover a row for its meaning</source>
        <translation>Was /proc/zoneinfo über die ausgewählte Zone sagt; für die Bedeutung mit der Maus auf eine Zeile zeigen</translation>
    </message>
    <message>
        <source>The figure in bytes (pages × page size), or in words</source>
        <translation>Der Wert in Bytes (Seiten × Seitengröße) oder in Worten</translation>
    </message>
    <message>
        <source>The figure as the kernel prints it, in pages</source>
        <translation>Der Wert, wie der Kernel ihn ausgibt, in Seiten</translation>
    </message>
</context>
<context>
    <name>kaleido::ZoneHistoryModel</name>
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
        <translation>Wann die Messung erfolgte (Ortszeit)</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Memory of the zone the buddy allocator can hand out (&quot;pages free&quot; in /proc/zoneinfo)</source>
        <translation>Speicher der Zone, den der Buddy-Allokator vergeben kann („pages free“ in /proc/zoneinfo)</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>The min watermark: below it an allocating task reclaims memory itself before it gets any, and stalls</source>
        <translation>Das Wasserzeichen min: Darunter gewinnt ein Task, der Speicher anfordert, selbst Speicher zurück, bevor er welchen bekommt, und muss warten</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>The low watermark: below it the kernel wakes kswapd to reclaim memory in the background</source>
        <translation>Das Wasserzeichen low: Darunter weckt der Kernel kswapd, um im Hintergrund Speicher zurückzugewinnen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>The high watermark: kswapd reclaims until free memory is above it, then sleeps</source>
        <translation>Das Wasserzeichen high: kswapd gewinnt Speicher zurück, bis der freie Speicher darüber liegt, und schläft dann</translation>
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
    <name>kaleido::ZoneTreeModel</name>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>A NUMA node (CPUs and the memory closest to them) and its zones: ranges of physical memory kept apart because some devices can only reach part of it. DMA is the first 16 MiB, DMA32 the first 4 GiB, Normal the rest; Movable holds only pages that can be moved. Zones in italics have no memory.</source>
        <translation>Ein NUMA-Knoten (CPUs und der ihnen nächstgelegene Speicher) und seine Zonen: Bereiche des physischen Speichers, die getrennt gehalten werden, weil manche Geräte nur einen Teil davon erreichen. DMA sind die ersten 16 MiB, DMA32 die ersten 4 GiB, Normal der Rest; Movable enthält nur verschiebbare Seiten. Kursiv dargestellte Zonen haben keinen Speicher.</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Memory the buddy allocator can hand out now (&quot;pages free&quot; in /proc/zoneinfo).</source>
        <translation>Speicher, den der Buddy-Allokator jetzt vergeben kann („pages free“ in /proc/zoneinfo).</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>The min watermark: below it an allocating task must first reclaim memory itself (direct reclaim, a stall); only urgent kernel allocations may dip lower.</source>
        <translation>Das Wasserzeichen min: Darunter muss ein Task, der Speicher anfordert, erst selbst Speicher zurückgewinnen (Direct Reclaim, eine Wartezeit); nur dringende Kernel-Allokationen dürfen tiefer gehen.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>The low watermark: when free memory falls below it the kernel wakes kswapd, which reclaims memory in the background.</source>
        <translation>Das Wasserzeichen low: Fällt der freie Speicher darunter, weckt der Kernel kswapd, der im Hintergrund Speicher zurückgewinnt.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>The high watermark: kswapd reclaims until free memory is above it again, then goes back to sleep.</source>
        <translation>Das Wasserzeichen high: kswapd gewinnt Speicher zurück, bis der freie Speicher wieder darüber liegt, und schläft dann wieder ein.</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Memory the buddy allocator manages: the present pages minus what was set aside at boot (the kernel image, page tables of struct page, firmware areas).</source>
        <translation>Speicher, den der Buddy-Allokator verwaltet: die vorhandenen Seiten abzüglich dessen, was beim Booten zurückgelegt wurde (Kernel-Image, Seitentabellen für struct page, Firmware-Bereiche).</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>RAM that really exists within the zone&apos;s range.</source>
        <translation>RAM, der im Bereich der Zone tatsächlich existiert.</translation>
    </message>
    <message>
        <source>Spanned</source>
        <translation>Umspannt</translation>
    </message>
    <message>
        <source>The zone&apos;s range from its first to its last page frame, holes included.</source>
        <translation>Der Bereich der Zone vom ersten bis zum letzten Seitenrahmen, einschließlich Lücken.</translation>
    </message>
    <message>
        <source>Not reported by this kernel.</source>
        <translation>Von diesem Kernel nicht gemeldet.</translation>
    </message>
    <message>
        <source>%1 pages of %2 = %3</source>
        <translation>%1 Seiten zu %2 = %3</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Knoten %1</translation>
    </message>
    <message>
        <source>NUMA node %1: its CPUs reach this memory fastest. The figures are the sums of its zones.</source>
        <translation>NUMA-Knoten %1: Seine CPUs erreichen diesen Speicher am schnellsten. Die Werte sind die Summen seiner Zonen.</translation>
    </message>
    <message>
        <source>Zone %1 of node %2 has no memory: the kernel lists it, but no RAM lies in its range (Movable, for instance, stays empty unless kernelcore= or movablecore= is given).</source>
        <translation>Zone %1 von Knoten %2 hat keinen Speicher: Der Kernel führt sie auf, aber in ihrem Bereich liegt kein RAM (Movable etwa bleibt leer, sofern nicht kernelcore= oder movablecore= angegeben ist).</translation>
    </message>
    <message>
        <source>Zone %1 of node %2: select it to see its free lists, watermarks and migrate types.</source>
        <translation>Zone %1 von Knoten %2: auswählen, um ihre Freilisten, Wasserzeichen und Migrationstypen zu sehen.</translation>
    </message>
</context>
<context>
    <name>kaleido::ZonesFeed</name>
    <message>
        <source>The migrate-type breakdown comes from /proc/pagetypeinfo, which only root may read: producing it holds the allocator&apos;s locks, so the kernel does not let every user do it. Kaleido can read it through its helper; the system asks for an administrator&apos;s password.</source>
        <translation>Die Aufschlüsselung nach Migrationstyp stammt aus /proc/pagetypeinfo, das nur root lesen darf: Beim Erzeugen hält der Kernel die Sperren des Allokators, daher erlaubt er das nicht jedem Benutzer. Kaleido kann die Datei über sein Hilfsprogramm lesen; das System fragt nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>no new data from kaleido-helper for %1 s</source>
        <translation>seit %1 s keine neuen Daten von kaleido-helper</translation>
    </message>
    <message>
        <source>Read directly from /proc/pagetypeinfo with each refresh (Kaleido runs as root).</source>
        <translation>Bei jeder Aktualisierung direkt aus /proc/pagetypeinfo gelesen (Kaleido läuft als root).</translation>
    </message>
    <message>
        <source>This kernel has no /proc/pagetypeinfo, so the free blocks cannot be split by migrate type.</source>
        <translation>Dieser Kernel hat kein /proc/pagetypeinfo, daher lassen sich die freien Blöcke nicht nach Migrationstyp aufteilen.</translation>
    </message>
    <message>
        <source>Asking kaleido-helper for /proc/pagetypeinfo… The system may be asking for an administrator&apos;s password.</source>
        <translation>kaleido-helper wird nach /proc/pagetypeinfo gefragt … Das System fragt möglicherweise nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>Read through kaleido-helper every %1, as root may.</source>
        <translation>Alle %1 über kaleido-helper gelesen, mit den Rechten von root.</translation>
    </message>
    <message>
        <source>kaleido-helper did not open /proc/pagetypeinfo: %1</source>
        <translation>kaleido-helper hat /proc/pagetypeinfo nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>The stream of /proc/pagetypeinfo from kaleido-helper ended: %1</source>
        <translation>Der Datenstrom von /proc/pagetypeinfo aus kaleido-helper ist beendet: %1</translation>
    </message>
    <message>
        <source>kaleido-helper opened /proc/pagetypeinfo; the first figures are on their way.</source>
        <translation>kaleido-helper hat /proc/pagetypeinfo geöffnet; die ersten Werte sind unterwegs.</translation>
    </message>
</context>
<context>
    <name>kaleido::ZonesPage</name>
    <message>
        <source>How the kernel&apos;s page allocator sees physical memory: each NUMA node is split into zones, and each zone hands out its free memory in blocks of 2^order pages. Select a zone on the left.</source>
        <translation>Wie der Seitenallokator des Kernels den physischen Speicher sieht: Jeder NUMA-Knoten ist in Zonen aufgeteilt, und jede Zone vergibt ihren freien Speicher in Blöcken von 2^Ordnung Seiten. Wählen Sie links eine Zone aus.</translation>
    </message>
    <message>
        <source>NUMA nodes and their memory zones; select a zone to see it on the right. Zones in italics have no memory.</source>
        <translation>NUMA-Knoten und ihre Speicherzonen; eine Zone auswählen, um sie rechts zu sehen. Kursiv dargestellte Zonen haben keinen Speicher.</translation>
    </message>
    <message>
        <source>What /proc/zoneinfo says about the selected zone; hover a row for its meaning</source>
        <translation>Was /proc/zoneinfo über die ausgewählte Zone sagt; für die Bedeutung mit der Maus auf eine Zeile zeigen</translation>
    </message>
    <message>
        <source>The zone shown in the tabs below</source>
        <translation>Die in den Registerkarten unten gezeigte Zone</translation>
    </message>
    <message>
        <source>Free blocks</source>
        <translation>Freie Blöcke</translation>
    </message>
    <message>
        <source>The buddy allocator&apos;s free blocks per order, and how fragmented they are (/proc/buddyinfo)</source>
        <translation>Die freien Blöcke des Buddy-Allokators pro Ordnung und wie fragmentiert sie sind (/proc/buddyinfo)</translation>
    </message>
    <message>
        <source>Migrate types</source>
        <translation>Migrationstypen</translation>
    </message>
    <message>
        <source>The free blocks split by how their pages may be used (/proc/pagetypeinfo, root only)</source>
        <translation>Die freien Blöcke, aufgeteilt danach, wie ihre Seiten verwendet werden dürfen (/proc/pagetypeinfo, nur root)</translation>
    </message>
    <message>
        <source>The buddy allocator keeps free memory in blocks of 2^order contiguous pages. A request takes the smallest block that fits, splitting a larger one into two halves (&quot;buddies&quot;) when it must; two free buddies merge again. Plenty of free memory but few large blocks means fragmentation: the unusable index tells, for each size, how much of the free memory is in pieces too small for it.</source>
        <translation>Der Buddy-Allokator hält freien Speicher in Blöcken von 2^Ordnung zusammenhängenden Seiten. Eine Anforderung nimmt den kleinsten passenden Block und teilt bei Bedarf einen größeren in zwei Hälften („Buddys“); zwei freie Buddys verschmelzen wieder. Viel freier Speicher, aber wenige große Blöcke bedeutet Fragmentierung: Der Unbrauchbarkeitsindex gibt für jede Größe an, wie viel des freien Speichers in Stücken liegt, die dafür zu klein sind.</translation>
    </message>
    <message>
        <source>Free memory is also sorted by how its pages will be used. Pages that can be moved (most memory of processes) are kept apart from pages that cannot (most kernel memory), in page blocks of their own, so that compaction can still put large free blocks together.</source>
        <translation>Freier Speicher wird außerdem danach sortiert, wie seine Seiten verwendet werden. Verschiebbare Seiten (der meiste Speicher von Prozessen) werden von nicht verschiebbaren (dem meisten Kernelspeicher) in eigenen Seitenblöcken getrennt gehalten, damit die Kompaktierung weiterhin große freie Blöcke zusammensetzen kann.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Free memory against the watermarks.&lt;/b&gt; When free memory falls below &lt;i&gt;low&lt;/i&gt;, the kernel wakes kswapd, which reclaims memory in the background until free memory is above &lt;i&gt;high&lt;/i&gt; again. Below &lt;i&gt;min&lt;/i&gt;, a task that asks for memory has to reclaim some itself first, and waits. Untick Free in the legend to see the watermarks up close.</source>
        <translation>&lt;b&gt;Freier Speicher im Vergleich zu den Wasserzeichen.&lt;/b&gt; Fällt der freie Speicher unter &lt;i&gt;low&lt;/i&gt;, weckt der Kernel kswapd, der im Hintergrund Speicher zurückgewinnt, bis der freie Speicher wieder über &lt;i&gt;high&lt;/i&gt; liegt. Unter &lt;i&gt;min&lt;/i&gt; muss ein Task, der Speicher anfordert, zuerst selbst welchen zurückgewinnen und wartet dabei. Entfernen Sie in der Legende das Häkchen bei „Frei“, um die Wasserzeichen aus der Nähe zu sehen.</translation>
    </message>
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
        <source>Whole history (10 minutes)</source>
        <translation>Gesamter Verlauf (10 Minuten)</translation>
    </message>
    <message>
        <source>How much of the recorded history the chart shows; ten minutes are kept per zone, recorded while this page is shown</source>
        <translation>Wie viel des aufgezeichneten Verlaufs das Diagramm anzeigt; pro Zone werden zehn Minuten aufbewahrt, aufgezeichnet, solange diese Seite angezeigt wird</translation>
    </message>
    <message>
        <source>Tick a line to draw it; hover one for what it means</source>
        <translation>Eine Linie ankreuzen, um sie zu zeichnen; für ihre Bedeutung mit der Maus darauf zeigen</translation>
    </message>
    <message>
        <source>Zone figures could not be read: %1</source>
        <translation>Die Zonenwerte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Some lines of /proc/zoneinfo were not understood and are left out: %1</source>
        <translation>Einige Zeilen von /proc/zoneinfo wurden nicht verstanden und werden ausgelassen: %1</translation>
    </message>
    <message>
        <source>Free lists could not be read: %1</source>
        <translation>Die Freilisten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Some lines of /proc/buddyinfo were not understood and are left out: %1</source>
        <translation>Einige Zeilen von /proc/buddyinfo wurden nicht verstanden und werden ausgelassen: %1</translation>
    </message>
    <message>
        <source>No zone selected.</source>
        <translation>Keine Zone ausgewählt.</translation>
    </message>
    <message>
        <source>Reading the zones…</source>
        <translation>Zonen werden gelesen …</translation>
    </message>
    <message>
        <source>Node %1 · %2</source>
        <translation>Knoten %1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no memory in this zone</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: kein Speicher in dieser Zone</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 free of %3 managed; %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 frei von %3 verwaltet; %4</translation>
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
    <message>
        <source>Read /proc and /sys below DIR instead of the running kernel&apos;s (a captured tree such as tests/fixtures/linux-6.1-debian).</source>
        <translation>/proc und /sys unterhalb von DIR lesen statt die des laufenden Kernels (ein aufgezeichneter Baum wie tests/fixtures/linux-6.1-debian).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--root needs a directory with a proc folder, not “%1”</source>
        <translation>--root braucht ein Verzeichnis mit einem proc-Ordner, nicht „%1“</translation>
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
    <message>
        <source>%1 uses %2, which no loaded module provides (Unknown symbol): load the module that exports it first.</source>
        <translation>%1 verwendet %2, das kein geladenes Modul bereitstellt (Unknown symbol): Laden Sie zuerst das Modul, das es exportiert.</translation>
    </message>
    <message>
        <source>%1 was built for another kernel: the kernel says “%2”.</source>
        <translation>%1 wurde für einen anderen Kernel gebaut: Der Kernel meldet „%2“.</translation>
    </message>
    <message>
        <source>%1 was built against other versions of the kernel&apos;s symbols: the kernel says “%2”.</source>
        <translation>%1 wurde gegen andere Versionen der Kernel-Symbole gebaut: Der Kernel meldet „%2“.</translation>
    </message>
    <message>
        <source>The kernel refused a parameter of %1: “%2”.</source>
        <translation>Der Kernel hat einen Parameter von %1 abgewiesen: „%2“.</translation>
    </message>
    <message>
        <source>The kernel is locked down and refused %1: “%2”.</source>
        <translation>Der Kernel ist im Lockdown und hat %1 abgewiesen: „%2“.</translation>
    </message>
    <message>
        <source>The kernel command line forbids %1 (module_blacklist=): “%2”.</source>
        <translation>Die Kernel-Befehlszeile verbietet %1 (module_blacklist=): „%2“.</translation>
    </message>
    <message>
        <source>The kernel only loads signed modules and refused %1: “%2”.</source>
        <translation>Der Kernel lädt nur signierte Module und hat %1 abgewiesen: „%2“.</translation>
    </message>
    <message>
        <source>%1 started and its initialisation returned %2; its last message was “%3”. %4</source>
        <translation>%1 wurde gestartet und seine Initialisierung lieferte %2; seine letzte Meldung war „%3“. %4</translation>
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
