// SPDX-License-Identifier: GPL-2.0-or-later
#include "labcatalog.h"

#include <QCoreApplication>

namespace kaleido {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kaleido::LabCatalog", text);
}

LabInfo forkTree()
{
    LabInfo lab;
    lab.id = QStringLiteral("forktree");
    lab.number = 1;
    lab.title = tr("Fork tree: children, an orphan, a zombie");
    lab.goal = tr("See how fork() grows the process tree, who becomes the parent of a process whose parent "
                  "exits, and why a child that has finished still shows up until its parent collects it.");
    lab.watch = tr(
        "Processes, as a tree: the lab's process kaleido-lab-for (the kernel keeps only 15 characters of a "
        "name) and the forktree-child, -orphan and -zombie processes below it; the State column.");
    lab.workload = QStringLiteral("kaleido-lab-forktree");
    lab.startFocus = LabFocus::Processes;
    lab.steps = {
        {tr("Fork three children"), QStringLiteral("children 3"),
         tr("Three new processes appear below the lab's process. Each one's parent PID is the lab's PID, and "
            "each "
            "is a copy of it: same program, same memory contents, a new PID."),
         LabFocus::Processes, false},
        {tr("Make an orphan"), QStringLiteral("orphan"),
         tr("A middle process forked a grandchild and exited. The grandchild did not die with it: the kernel "
            "gave "
            "it a new parent, the nearest ancestor marked as a child subreaper — here the lab's own process, "
            "as "
            "systemd --user does for your session. Without a subreaper, PID 1 adopts orphans."),
         LabFocus::Processes, true},
        {tr("Make a zombie"), QStringLiteral("zombie"),
         tr("A child exited at once, but its state is Z (zombie): the kernel keeps its PID and exit status "
            "until "
            "the parent asks for them with wait(). A zombie holds no memory and cannot be killed: it is "
            "already "
            "dead."),
         LabFocus::Processes, true},
        {tr("Reap the zombie"), QStringLiteral("reap"),
         tr("The parent called waitpid(): it got the exit status, and the zombie is gone from the list."),
         LabFocus::Processes, false},
    };
    lab.explanation = tr(
        "fork() creates a child that starts as a copy of its parent, which is how every process but the "
        "first "
        "comes to exist; the tree you saw is the kernel's real_parent links (PPid in /proc/PID/status). When "
        "a "
        "process exits, the kernel hands its children to the closest ancestor that declared itself a child "
        "subreaper (prctl PR_SET_CHILD_SUBREAPER), or to PID 1. A process that has exited stays a zombie "
        "(state "
        "Z) until its parent waits for it; a parent that never waits leaks PIDs, and when such a parent "
        "exits, "
        "its zombies pass to the new parent, which reaps them.");
    return lab;
}

LabInfo threadsLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("threads");
    lab.number = 2;
    lab.title = tr("Threads vs processes: one thread group or two");
    lab.goal =
        tr("See that threads are tasks that share one process — one thread group ID (TGID), one memory "
           "map — while a forked process is a group of its own with a copy of the memory.");
    lab.watch =
        tr("Processes with Threads switched on: the lab's process kaleido-lab-thre and its "
           "threads-worker threads, each with its own thread ID; the forked threads-child as a separate "
           "process. In the details: Threads, TGID.");
    lab.workload = QStringLiteral("kaleido-lab-threads");
    lab.startFocus = LabFocus::Processes;
    lab.steps = {
        {tr("Start four threads"), QStringLiteral("threads 4"),
         tr("Four threads appear under the lab's process. Each has its own thread ID (the kernel's pid), all "
            "share the process's ID as their TGID, and its thread count is now 5. getpid() returns the TGID "
            "in "
            "every one of them."),
         LabFocus::Processes, false},
        {tr("Fork a child process"), QStringLiteral("fork"),
         tr("threads-child is a process: its own PID and TGID, one thread (only the thread that called "
            "fork() is "
            "copied), and its own memory map — a copy of the parent's, shared page by page until one side "
            "writes (copy on write)."),
         LabFocus::Processes, true},
    };
    lab.explanation = tr(
        "Linux schedules tasks. A thread is a task created with clone(CLONE_VM | CLONE_THREAD | …): it "
        "shares "
        "the memory map (mm), open files and signal handlers of its thread group, and has its own stack, "
        "registers and thread ID. /proc/PID/task lists the group's threads; /proc/TID/status shows Pid: (the "
        "thread ID) and Tgid: (the process ID). fork() makes a new thread group with its own mm, which "
        "starts "
        "as a copy-on-write copy of the parent's.");
    return lab;
}

LabInfo signalsLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("signals");
    lab.number = 3;
    lab.title = tr("Signals: caught, ignored, blocked, pending");
    lab.goal =
        tr("See how a process decides what a signal does to it — its own handler, ignore it, or hold it "
           "back — and watch a blocked signal wait as pending until it is unblocked.");
    lab.watch =
        tr("Processes ▸ details of the lab's process, section Signals: Caught, Ignored, Blocked, Pending "
           "for the process; and the State column for stop and continue.");
    lab.workload = QStringLiteral("kaleido-lab-signals");
    lab.startFocus = LabFocus::Processes;
    lab.steps = {
        {tr("Catch SIGUSR1"), QStringLiteral("handle"),
         tr("Caught now lists SIGUSR1 (SigCgt bit 9): the process installed its own handler with "
            "sigaction()."),
         LabFocus::Processes, false},
        {tr("Ignore SIGUSR2"), QStringLiteral("ignore"),
         tr("Ignored now lists SIGUSR2 (SigIgn): the kernel throws it away on arrival."), LabFocus::Processes,
         false},
        {tr("Block SIGUSR1"), QStringLiteral("block"),
         tr("Blocked lists SIGUSR1 (SigBlk): sigprocmask() holds it back."), LabFocus::Processes, false},
        {tr("Send SIGUSR1"), QStringLiteral("send"),
         tr("Pending for the process lists SIGUSR1 (ShdPnd): it arrived, but it is blocked, so the handler "
            "has "
            "not run."),
         LabFocus::Processes, false},
        {tr("Unblock SIGUSR1"), QStringLiteral("unblock"),
         tr("Pending is empty again and the handler ran once (handled=1 in the program's answer)."),
         LabFocus::Processes, false},
        {tr("Stop it (SIGSTOP)"), QStringLiteral("kill:STOP"),
         tr("The state becomes T (stopped). SIGSTOP cannot be caught, blocked or ignored."),
         LabFocus::Processes, false},
        {tr("Continue it (SIGCONT)"), QStringLiteral("kill:CONT"),
         tr("The state is S (sleeping) again: the process waits for its next command."), LabFocus::Processes,
         false},
    };
    lab.explanation = tr(
        "Each signal has a disposition per process (default action, ignore, or a handler) and a block mask "
        "per "
        "thread. /proc/PID/status shows them as hexadecimal masks in which bit n-1 stands for signal n: "
        "SigCgt "
        "(caught), SigIgn (ignored), SigBlk (blocked), SigPnd (pending for the thread) and ShdPnd (pending "
        "for "
        "the whole process). A blocked signal stays pending, one of each kind for standard signals, until it "
        "is unblocked. SIGKILL and SIGSTOP bypass all of this: the kernel acts on them itself.");
    return lab;
}

LabInfo mallocLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("malloc");
    lab.number = 4;
    lab.title = tr("malloc: the heap and anonymous mappings");
    lab.goal =
        tr("See the two places malloc() takes memory from: the heap, which grows with brk(), for small "
           "requests, and a mapping of its own for each large request.");
    lab.watch =
        tr("Memory ▸ Map of the lab's process: the [heap] area and the anonymous areas without a file "
           "name; the Changes mark what grew or appeared since the last refresh.");
    lab.workload = QStringLiteral("kaleido-lab-malloc");
    lab.memoryHungry = true;
    lab.memoryMaxBytes = qint64(256) * 1024 * 1024;
    lab.startFocus = LabFocus::MemoryMap;
    lab.steps = {
        {tr("2 000 small requests (1 KiB each)"), QStringLiteral("small 2000"),
         tr("[heap] grows by about 2 MiB. glibc serves small requests from the heap and moves its end, the "
            "program break, up with brk() when the heap is full."),
         LabFocus::MemoryMap, false},
        {tr("One large request (1 MiB)"), QStringLiteral("large 1024"),
         tr("A new anonymous area of 1 MiB and one page appears outside [heap]: a request above the mmap "
            "threshold (128 KiB unless changed) gets its own mmap(), plus a page for glibc's header."),
         LabFocus::MemoryMap, false},
        {tr("Free everything"), QStringLiteral("free"),
         tr("The 1 MiB area disappears at once: free() gave it back with munmap(). The heap shrinks only if "
            "the "
            "free space is at its top, and only above the trim threshold."),
         LabFocus::MemoryMap, false},
    };
    lab.explanation = tr(
        "malloc() is a library function, not a system call. glibc keeps small blocks in the heap, one area "
        "that it extends with brk(); large blocks (above M_MMAP_THRESHOLD, 128 KiB by default, raised "
        "dynamically after such blocks are freed) are separate anonymous mappings made with mmap(), so that "
        "freeing them returns the memory to the kernel at once. Either way the kernel only reserved "
        "addresses: "
        "pages are given when first written (see the demand paging lab).");
    return lab;
}

LabInfo overcommitLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("overcommit");
    lab.number = 6;
    lab.title = tr("Overcommit: promises the kernel may refuse");
    lab.goal =
        tr("See that the kernel can promise more memory than it has (overcommit), how the promises are "
           "counted (Committed_AS against CommitLimit), and that strict mode 2 refuses a reservation "
           "modes 0 and 1 grant.");
    lab.watch =
        tr("The program's answers below (granted or refused, with overcommit_memory, CommitLimit and "
           "Committed_AS in kB) and Memory ▸ Overview for the commit figures over time. Steps 3 and 5 change "
           "overcommit_memory as administrator (Kaleido's helper asks for the password).");
    lab.workload = QStringLiteral("kaleido-lab-overcommit");
    lab.memoryHungry = true;
    lab.memoryMaxBytes = qint64(256) * 1024 * 1024; // it reserves, it never touches: a low limit is harmless
    lab.steps = {
        {tr("Reserve 1 GiB more than CommitLimit leaves"), QStringLiteral("reserve"),
         tr("In mode 0 (heuristic) and 1 (always) the kernel grants it: Committed_AS now exceeds CommitLimit "
            "and "
            "nothing else changed, because no page was touched. Mode 0 refuses only a single request larger "
            "than "
            "all RAM and swap."),
         LabFocus::None, false},
        {tr("Release it"), QStringLiteral("release"), tr("Committed_AS drops back by the same amount."),
         LabFocus::None, false},
        {tr("Switch to strict mode (overcommit_memory = 2)"), QStringLiteral("status"),
         tr("Kaleido writes 2 to /proc/sys/vm/overcommit_memory through its helper, which asks for an "
            "administrator's password, and shows old → new. The program's status line now says "
            "overcommit_memory=2."),
         LabFocus::None, false, QStringLiteral("vm.overcommit_memory"), QStringLiteral("2")},
        {tr("Reserve again"), QStringLiteral("reserve"),
         tr("The same request is now refused with ENOMEM (errno 12): in strict mode nothing may be promised "
            "beyond CommitLimit = swap + RAM × overcommit_ratio %."),
         LabFocus::None, false},
        {tr("Put overcommit_memory back"), QStringLiteral("status"),
         tr("Kaleido writes back the mode this lab found (0 on most systems), again through the helper."),
         LabFocus::None, false, QStringLiteral("vm.overcommit_memory"), QString()},
    };
    lab.explanation = tr(
        "Private writable memory is a promise: the kernel adds it to Committed_AS when it is mapped, but "
        "gives "
        "pages only when they are written. vm.overcommit_memory decides which promises are made: 0 refuses "
        "only the obviously impossible, 1 never refuses, 2 refuses anything that would push Committed_AS "
        "past "
        "CommitLimit. With overcommit, a program can be granted memory and still be killed by the OOM killer "
        "when it uses it; without, it gets an error it can handle, but fork() of a large process may fail.");
    return lab;
}

LabInfo demandPaging()
{
    LabInfo lab;
    lab.id = QStringLiteral("paging");
    lab.number = 5;
    lab.title = tr("Demand paging: reserve first, pay on touch");
    lab.goal =
        tr("See that reserving memory costs nothing but addresses, and that the kernel hands out pages "
           "only when the program first writes to them, one page fault at a time.");
    lab.watch =
        tr("Processes ▸ details of the lab's process: virtual size (VSZ), resident size (RSS) and minor "
           "faults.");
    lab.workload = QStringLiteral("kaleido-lab-paging");
    lab.arguments = {QStringLiteral("--size"), QStringLiteral("256")};
    lab.memoryHungry = true;
    lab.memoryMaxBytes = qint64(512) * 1024 * 1024;
    lab.startFocus = LabFocus::Processes;
    lab.steps = {
        {tr("Reserve 256 MiB"), QStringLiteral("reserve"),
         tr("VSZ jumps by 256 MiB, RSS does not move: mmap() only recorded an address range (a VMA). No page "
            "frame is used yet."),
         LabFocus::Processes, false},
        {tr("Touch it page by page"), QStringLiteral("touch"),
         tr("Over a few seconds RSS climbs by 256 MiB and the minor faults by about 65 536, one per 4 KiB "
            "page: "
            "each first write faults, and the kernel gives a zeroed page and maps it."),
         LabFocus::Processes, false},
        {tr("Release it"), QStringLiteral("release"),
         tr("VSZ and RSS both drop by 256 MiB: munmap() gave the pages back."), LabFocus::Processes, false},
    };
    lab.explanation = tr(
        "Linux allocates memory lazily. mmap() and malloc() create or extend a virtual memory area; the page "
        "table has no entries for it yet. The first access to each page traps into the kernel (a page "
        "fault), "
        "which allocates a page, fills it with zeros and maps it — a minor fault, because no disk was read. "
        "A read of an untouched anonymous page would map the shared zero page instead and leave RSS "
        "unchanged. "
        "The lab asks for small pages only (MADV_NOHUGEPAGE), so each fault brings one 4 KiB page.");
    return lab;
}

LabInfo oomLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("oom");
    lab.number = 7;
    lab.title = tr("OOM killer: when memory runs out");
    lab.goal =
        tr("See the kernel end a process when a memory limit is reached and nothing can be reclaimed: the "
           "out-of-memory killer picks the victim by oom_score and says so in the kernel log.");
    lab.watch =
        tr("Processes: the lab's resident size climbing, then the process gone. Memory ▸ Faults & OOM "
           "for the oom_score order; the kernel log for the line \"Memory cgroup out of memory: Killed "
           "process …\".");
    lab.workload = QStringLiteral("kaleido-lab-oom");
    lab.memoryHungry = true;
    lab.requiresLimit = true;
    lab.memoryMaxBytes = qint64(128) * 1024 * 1024;
    lab.startFocus = LabFocus::Processes;
    lab.steps = {
        {tr("Grow until the kernel says no"), QStringLiteral("grow"),
         tr("The program writes 8 MiB after 8 MiB. At 128 MiB, its group's memory.max, the kernel first "
            "tries to "
            "reclaim, finds nothing (no swap is allowed to it), and the OOM killer sends SIGKILL to the "
            "process "
            "with the highest oom_score in the group: this one, which also set oom_score_adj to 1000. The "
            "card "
            "reports the end."),
         LabFocus::Processes, false},
    };
    lab.explanation =
        tr("When an allocation cannot be satisfied — in the whole machine, or inside a cgroup at its "
           "memory.max — "
           "and reclaim fails, the kernel's out_of_memory() chooses a victim: the process with the highest "
           "oom_score, which grows with its memory use and is shifted by oom_score_adj (-1000 exempts, 1000 "
           "volunteers). It gets SIGKILL, which cannot be caught, and the kernel logs the choice with a "
           "table of "
           "candidates. A cgroup limit keeps the damage inside the group; memory.events counts oom_kill. "
           "This is "
           "why the lab runs only under a limit: without one, the victim could be anything of yours.");
    return lab;
}

LabInfo pageCacheLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("pagecache");
    lab.number = 8;
    lab.title = tr("Page cache: cold read, warm read");
    lab.goal =
        tr("See the kernel keep file contents in RAM after a read, so that the second read of the same "
           "file comes from memory, and see the cache emptied again.");
    lab.watch = tr("The program's answers below (read time in ms, pages of the file in the cache, asked with "
                   "mincore()) and Memory ▸ Overview: Cached grows by the file's size on the cold read.");
    lab.workload = QStringLiteral("kaleido-lab-pagecache");
    lab.steps = {
        {tr("Create a 256 MiB file"), QStringLiteral("create"),
         tr("The file was just written, so all its pages are in the page cache already (cached = pages)."),
         LabFocus::None, false},
        {tr("Evict it from the cache"), QStringLiteral("evict"),
         tr("cached=0: posix_fadvise(POSIX_FADV_DONTNEED) let the kernel drop the file's clean pages. This "
            "needs "
            "no privilege, unlike drop_caches, which empties the cache for every file."),
         LabFocus::None, false},
        {tr("Read it (cold)"), QStringLiteral("read"),
         tr("cached-before=0, then all pages: every page came from the disk and stays in RAM. Note the "
            "time."),
         LabFocus::None, false},
        {tr("Read it again (warm)"), QStringLiteral("read"),
         tr("Many times faster: nothing was read from the disk, the kernel copied the pages from the cache."),
         LabFocus::None, false},
        {tr("Drop all clean page cache"), QStringLiteral("status"),
         tr("Kaleido writes 1 to /proc/sys/vm/drop_caches through its helper (administrator's password). "
            "The status line shows cached=0 again, and Cached in Memory ▸ Overview fell for every file, not "
            "only this one."),
         LabFocus::None, false, QStringLiteral("vm.drop_caches"), QStringLiteral("1")},
    };
    lab.explanation = tr(
        "Linux keeps the contents of files it has read or written in otherwise unused RAM, the page cache, "
        "and "
        "serves later reads from there; that is why free memory is usually small and Cached large. Clean "
        "cached pages are dropped whenever memory is needed, so this RAM is available, not used up. "
        "mincore() "
        "tells a program which pages of a mapped file are resident; POSIX_FADV_DONTNEED drops one file's "
        "clean pages; writing 1 to /proc/sys/vm/drop_caches (root) drops all clean page cache. The file is "
        "deleted when the lab stops.");
    return lab;
}

LabInfo ksmLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("ksm");
    lab.number = 9;
    lab.title = tr("KSM: identical pages merged");
    lab.goal =
        tr("See the kernel find pages with the same contents in a region marked mergeable and keep only "
           "one copy of them, once its merging thread, ksmd, is switched on.");
    lab.watch =
        tr("The program's answers below: ksm_merging_pages (this process) and pages_sharing (the whole "
           "machine); Memory ▸ Map shows the region's resident size. Steps 2 and 5 switch ksmd on and off "
           "as administrator (Kaleido's helper asks for the password).");
    lab.workload = QStringLiteral("kaleido-lab-ksm");
    lab.memoryHungry = true;
    lab.memoryMaxBytes = qint64(256) * 1024 * 1024;
    lab.startFocus = LabFocus::MemoryMap;
    lab.steps = {
        {tr("64 MiB of identical pages, mergeable"), QStringLiteral("share"),
         tr("The program wrote the same bytes into 16 384 pages and marked them with "
            "madvise(MADV_MERGEABLE). "
            "Nothing is merged yet: that is ksmd's work."),
         LabFocus::MemoryMap, false},
        {tr("Switch ksmd on (run = 1)"), QStringLiteral("status"),
         tr("Kaleido writes 1 to /sys/kernel/mm/ksm/run through its helper (administrator's password). ksmd "
            "starts scanning; the status line right after still shows few merged pages."),
         LabFocus::None, false, QStringLiteral("ksm.run"), QStringLiteral("1")},
        {tr("How much is merged?"), QStringLiteral("status"),
         tr("Wait a few seconds and press again: ksm_merging_pages and pages_sharing climb towards 16 384 "
            "as ksmd scans (pages_to_scan pages every sleep_millisecs). With run=0 nothing is ever merged."),
         LabFocus::None, false},
        {tr("Unmerge"), QStringLiteral("unmerge"),
         tr("MADV_UNMERGEABLE breaks the sharing: each page gets its own copy again and the counters fall."),
         LabFocus::None, false},
        {tr("Put ksmd back as it was"), QStringLiteral("status"),
         tr("Kaleido writes back the run value this lab found (0 on most systems): ksmd stops scanning."),
         LabFocus::None, false, QStringLiteral("ksm.run"), QString()},
    };
    lab.explanation = tr(
        "Kernel samepage merging scans the regions programs marked with MADV_MERGEABLE (virtual machines, "
        "mostly), finds pages with equal contents, and maps one write-protected copy in their place; a write "
        "to a merged page gets a private copy again (copy on write). pages_shared counts the kept copies, "
        "pages_sharing the places that use them, so pages_sharing is roughly the memory saved. The scan "
        "costs "
        "CPU, which is why it is off unless /sys/kernel/mm/ksm/run is 1. /proc/PID/ksm_stat gives the "
        "figures per process.");
    return lab;
}

LabInfo thpLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("thp");
    lab.number = 10;
    lab.title = tr("Transparent huge pages: 2 MiB at a time");
    lab.goal =
        tr("See the kernel back an anonymous region with 2 MiB huge pages instead of 4 KiB pages when the "
           "program asks for it with MADV_HUGEPAGE, and not when it opts out or THP is switched off.");
    lab.watch =
        tr("Memory ▸ Map of the lab's process: the two 16 MiB anonymous areas and their AnonHugePages "
           "(the map's details). Steps 4 and 6 change transparent_hugepage/enabled as administrator "
           "(Kaleido's helper asks for the password).");
    lab.workload = QStringLiteral("kaleido-lab-thp");
    lab.memoryHungry = true;
    lab.memoryMaxBytes = qint64(256) * 1024 * 1024;
    lab.startFocus = LabFocus::MemoryMap;
    lab.steps = {
        {tr("16 MiB with MADV_HUGEPAGE"), QStringLiteral("huge"),
         tr("A new 16 MiB area whose AnonHugePages is (nearly) 16 MiB: each first touch of a 2 MiB-aligned "
            "range got a whole huge page, one page fault instead of 512 — unless enabled is [never]."),
         LabFocus::MemoryMap, false},
        {tr("16 MiB with MADV_NOHUGEPAGE"), QStringLiteral("small"),
         tr("A second area of the same size, touched the same way, with AnonHugePages 0: 4 096 small pages."),
         LabFocus::MemoryMap, false},
        {tr("Release both"), QStringLiteral("release"), tr("Both areas are gone."), LabFocus::MemoryMap,
         false},
        {tr("Switch THP off (enabled = never)"), QStringLiteral("status"),
         tr("Kaleido writes never to /sys/kernel/mm/transparent_hugepage/enabled through its helper "
            "(administrator's password); the status line shows enabled=never."),
         LabFocus::None, false, QStringLiteral("thp.enabled"), QStringLiteral("never")},
        {tr("16 MiB with MADV_HUGEPAGE again"), QStringLiteral("huge"),
         tr("The same request as step 1, but now AnonHugePages stays 0: with enabled=never the advice is "
            "ignored and every fault brings a 4 KiB page."),
         LabFocus::MemoryMap, false},
        {tr("Release and put THP back"), QStringLiteral("release"),
         tr("The area goes, and Kaleido writes back the mode this lab found (madvise on Debian)."),
         LabFocus::None, false, QStringLiteral("thp.enabled"), QString()},
    };
    lab.explanation =
        tr("With transparent huge pages the kernel maps a 2 MiB-aligned range of anonymous memory with one "
           "page-table entry at the PMD level, which saves page faults and TLB entries. "
           "/sys/kernel/mm/transparent_hugepage/enabled decides where: always, only in regions marked with "
           "madvise(MADV_HUGEPAGE) (madvise, Debian's default), or never; MADV_NOHUGEPAGE opts a region out. "
           "When "
           "no free 2 MiB block is at hand the fault falls back to small pages, and khugepaged may collapse "
           "them "
           "later. The AnonHugePages line of /proc/PID/smaps counts the huge pages in each area.");
    return lab;
}

LabInfo buddy()
{
    LabInfo lab;
    lab.id = QStringLiteral("buddy");
    lab.number = 11;
    lab.title = tr("Buddy allocator simulator");
    lab.goal =
        tr("See how a buddy allocator splits a block in halves until one fits a request, merges two free "
           "halves back, and why rounding up to a power of two wastes memory inside each block.");
    lab.watch =
        tr("The bar of blocks below: splits, the allocated blocks with their wasted bytes, the internal "
           "fragmentation figure. Click an allocated block to free it and watch the buddies merge.");
    lab.steps = {
        {tr("Exercise 1: 8000, 3000, 2000, 500, 500 bytes"), QStringLiteral("exercise1"),
         tr("The 16 KiB arena is split down to 512-byte blocks. Internal fragmentation: 1 360 bytes "
            "(192 + 1 096 + 48 + 12 + 12); the free 1 KiB block does not count, it is not inside an "
            "allocation."),
         LabFocus::None, false},
        {tr("Exercise 2: 500, 1000, 2000, 4000, 8000, 500, 500 bytes"), QStringLiteral("exercise2"),
         tr("The first six requests take 512 + 1 024 + 2 048 + 4 096 + 8 192 + 512 = 16 384 bytes, the whole "
            "arena: the seventh request fails although it asks for only 500 bytes."),
         LabFocus::None, false},
        {tr("Start again"), QStringLiteral("reset"), tr("One free 16 KiB block."), LabFocus::None, false},
    };
    lab.explanation = tr(
        "The kernel's page allocator is a buddy allocator: it keeps free blocks of 2^order pages (order 0 to "
        "10 on x86-64, the columns of /proc/buddyinfo and Memory ▸ Zones), splits a larger block when the "
        "wanted order is empty and merges a freed block with its buddy — the block at the address that "
        "differs "
        "in just the size bit — when that one is free too. Merging keeps external fragmentation down; "
        "rounding "
        "up to a power of two causes internal fragmentation. The kernel counts in pages and uses slab caches "
        "for small objects, so this simulator, like the handbook exercise, works in bytes on a 16 KiB arena "
        "with 64-byte minimum blocks.");
    return lab;
}

LabInfo aslrLab()
{
    LabInfo lab;
    lab.id = QStringLiteral("aslr");
    lab.number = 13;
    lab.title = tr("ASLR: the same program, different addresses");
    lab.goal =
        tr("See that the kernel places the stack, the heap, the libraries and even the program's own code "
           "at new random addresses each time a program starts, and what changes when that is switched "
           "off for one program.");
    lab.watch =
        tr("The program's answers below: one line per run, with the addresses of its stack, heap end, a "
           "new mapping, the C library, its own code and the vDSO; and randomize_va_space (Memory ▸ "
           "Tunables has the kernel's settings).");
    lab.workload = QStringLiteral("kaleido-lab-aslr");
    lab.steps = {
        {tr("Run the program"), QStringLiteral("sample"),
         tr("One line of addresses from a fresh run of the same program."), LabFocus::None, false},
        {tr("Run it again"), QStringLiteral("sample"),
         tr("Every address differs from the first run (with randomize_va_space 2; with 1 the heap end "
            "follows the "
            "program, with 0 nothing moves). Libraries and code keep their last three hexadecimal digits: "
            "they move by "
            "whole pages; the stack is shifted within its page as well."),
         LabFocus::None, false},
        {tr("Run it without randomisation"), QStringLiteral("sample-norandom"),
         tr("The child set personality(ADDR_NO_RANDOMIZE) before exec, as setarch -R does: the addresses are "
            "the "
            "kernel's unrandomised defaults."),
         LabFocus::None, false},
        {tr("And once more without"), QStringLiteral("sample-norandom"),
         tr("Exactly the same addresses as the previous run: without randomisation the layout is predictable "
            "— "
            "which is what an attacker would like."),
         LabFocus::None, false},
    };
    lab.explanation = tr(
        "Address space layout randomisation is decided at exec(): the kernel picks random offsets for the "
        "stack, the mmap base (libraries, anonymous mappings, the vDSO), a position-independent executable "
        "and, "
        "at level 2, the start of the heap. /proc/sys/kernel/randomize_va_space sets the level for the whole "
        "machine (0 off, 1 without the heap, 2 all, the default); a process can turn it off for the programs "
        "it starts with the ADDR_NO_RANDOMIZE personality (00040000 in /proc/PID/personality). The kernel's "
        "own addresses are randomised separately at boot (KASLR).");
    return lab;
}

} // namespace

QList<LabInfo> LabCatalog::labs()
{
    return {forkTree(), threadsLab(),   signalsLab(), mallocLab(), demandPaging(), overcommitLab(),
            oomLab(),   pageCacheLab(), ksmLab(),     thpLab(),    buddy(),        aslrLab()};
}

LabInfo LabCatalog::lab(const QString& id)
{
    const QList<LabInfo> all = labs();
    for (const LabInfo& lab : all) {
        if (lab.id == id)
            return lab;
    }
    return {};
}

} // namespace kaleido
