// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "fork tree": a parent with children, an orphan that gets a new parent, a zombie until it is
// reaped.
#include "workload.h"

#include <cerrno>
#include <csignal>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>

namespace {

const char help[] =
    "Usage: kaleido-lab-forktree [--lifetime S] [--no-subreaper]\n"
    "\n"
    "A small process tree. Commands on standard input, one per line:\n"
    "  children [N]  fork N children (default 3) that wait\n"
    "  orphan        fork a middle process that forks a grandchild and exits: the grandchild\n"
    "                is re-parented (to this process, a child subreaper, or with --no-subreaper\n"
    "                to the nearest subreaper above it, else PID 1)\n"
    "  zombie        fork a child that exits at once and is not waited for: state Z\n"
    "  reap          wait for every child that has exited: the zombies disappear\n"
    "  quit          end the whole tree and exit\n"
    "Each command answers with one line starting with \"ok\" and the PIDs concerned.\n"
    "On SIGTERM it ends the processes of its group and reaps them before it exits.\n";

/// A child that waits: ends with its parent, or by the lifetime limit.
void waitForEver(bool followParent, const char* name)
{
    prctl(PR_SET_NAME, name); // the name Processes shows (at most 15 characters)
    if (followParent)
        prctl(PR_SET_PDEATHSIG, SIGKILL);
    signal(SIGTERM, SIG_DFL);
    alarm(1800);
    for (;;)
        pause();
}

} // namespace

int main(int argc, char** argv)
{
    const int first = workload::parseCommonOptions(argc, argv, help);
    const bool subreaper = !(first < argc && !std::strcmp(argv[first], "--no-subreaper"));
    if (subreaper)
        prctl(PR_SET_CHILD_SUBREAPER, 1);
    signal(SIGTERM, workload::endProcessGroup);
    workload::reply("ready pid=%d subreaper=%d", int(getpid()), subreaper ? 1 : 0);

    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "children") {
            const long count = argument.empty() ? 3 : std::strtol(argument.c_str(), nullptr, 10);
            std::string pids;
            for (long i = 0; i < count && i < 32; ++i) {
                const pid_t child = fork();
                if (child == 0)
                    waitForEver(true, "forktree-child");
                if (child > 0)
                    pids += (pids.empty() ? "" : ",") + std::to_string(child);
            }
            workload::reply("ok children pids=%s", pids.c_str());
        } else if (command == "orphan") {
            int channel[2];
            if (pipe(channel) != 0) {
                workload::reply("error pipe: %s", std::strerror(errno));
                continue;
            }
            const pid_t middle = fork();
            if (middle == 0) {
                prctl(PR_SET_NAME, "forktree-middle");
                const pid_t grandchild = fork();
                if (grandchild == 0) {
                    // Named before it reports, so whoever hears of it sees its name.
                    prctl(PR_SET_NAME, "forktree-orphan");
                    const int value = int(getpid());
                    const ssize_t written = write(channel[1], &value, sizeof value);
                    close(channel[0]);
                    close(channel[1]);
                    if (written != sizeof value)
                        _exit(1);
                    waitForEver(false, "forktree-orphan"); // must outlive its parent: that is the point
                }
                _exit(grandchild > 0 ? 0 : 1);
            }
            close(channel[1]);
            int grandchild = 0;
            const ssize_t got = read(channel[0], &grandchild, sizeof grandchild);
            close(channel[0]);
            waitpid(middle, nullptr, 0); // the middle process is gone for good, not a zombie
            if (got != sizeof grandchild)
                workload::reply("error the grandchild did not report");
            else
                workload::reply("ok orphan pid=%d former-parent=%d", grandchild, int(middle));
        } else if (command == "zombie") {
            const pid_t child = fork();
            if (child == 0) {
                prctl(PR_SET_NAME, "forktree-zombie");
                _exit(7);
            }
            workload::reply("ok zombie pid=%d", int(child));
        } else if (command == "reap") {
            std::string pids;
            int status = 0;
            pid_t pid;
            while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
                pids += (pids.empty() ? "" : ",") + std::to_string(pid);
            workload::reply("ok reap pids=%s", pids.c_str());
        } else if (command == "quit") {
            workload::reply("ok quit");
            workload::endProcessGroup();
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    workload::endProcessGroup();
}
