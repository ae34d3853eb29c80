// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "threads vs processes": threads are tasks of one thread group (same TGID, same memory map, a
// TID each); a forked process is a new thread group with a copy of the map.
#include "workload.h"

#include <atomic>
#include <csignal>
#include <pthread.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>

namespace {

const char help[] = "Usage: kaleido-lab-threads [--lifetime S]\n"
                    "\n"
                    "Threads and processes side by side. Commands on standard input, one per line:\n"
                    "  threads [N]  start N threads (default 4) that wait; answers with their thread IDs\n"
                    "  fork         fork a child process that waits; answers with its PID\n"
                    "  quit         exit (the child ends with it)\n"
                    "Compare /proc/PID/task/*, the Tgid: and Pid: lines of /proc/TID/status, and the maps.\n";

std::atomic<pid_t> reportedTid{0};

void* waitingThread(void*)
{
    prctl(PR_SET_NAME, "threads-worker");
    reportedTid = pid_t(syscall(SYS_gettid));
    for (;;)
        pause();
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    workload::parseCommonOptions(argc, argv, help);
    signal(SIGTERM, workload::endProcessGroup);
    workload::reply("ready pid=%d tid=%d", int(getpid()), int(syscall(SYS_gettid)));
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "threads") {
            const long count = argument.empty() ? 4 : std::strtol(argument.c_str(), nullptr, 10);
            std::string tids;
            for (long i = 0; i < count && i < 64; ++i) {
                reportedTid = 0;
                pthread_t thread;
                if (pthread_create(&thread, nullptr, waitingThread, nullptr) != 0)
                    break;
                pthread_detach(thread);
                while (reportedTid == 0)
                    sched_yield();
                tids += (tids.empty() ? "" : ",") + std::to_string(reportedTid.load());
            }
            workload::reply("ok threads pid=%d tids=%s", int(getpid()), tids.c_str());
        } else if (command == "fork") {
            const pid_t child = fork();
            if (child == 0) {
                // Only the forking thread is copied into the child: it is single-threaded.
                prctl(PR_SET_NAME, "threads-child");
                prctl(PR_SET_PDEATHSIG, SIGKILL);
                signal(SIGTERM, SIG_DFL);
                for (;;)
                    pause();
            }
            workload::reply("ok fork pid=%d", int(child));
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    workload::endProcessGroup(); // the forked child, if any
}
