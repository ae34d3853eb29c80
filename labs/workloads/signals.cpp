// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "signals": a handler installed, a signal ignored, a signal blocked and then pending, delivered
// once unblocked. The masks are in /proc/PID/status: SigCgt, SigIgn, SigBlk, ShdPnd (bit n-1 is signal n).
#include "workload.h"

#include <csignal>

namespace {

const char help[] = "Usage: kaleido-lab-signals [--lifetime S]\n"
                    "\n"
                    "Signal dispositions and masks. Commands on standard input, one per line:\n"
                    "  handle    install a handler for SIGUSR1 (SigCgt gets bit 9, 0x200)\n"
                    "  ignore    ignore SIGUSR2 (SigIgn gets bit 11, 0x800)\n"
                    "  block     block SIGUSR1 (SigBlk gets 0x200)\n"
                    "  send      send SIGUSR1 to this process: blocked, it stays pending (ShdPnd 0x200)\n"
                    "  unblock   unblock SIGUSR1: the pending signal is delivered, the handler runs\n"
                    "  count     how many SIGUSR1 the handler has seen\n"
                    "  quit      exit\n"
                    "SIGSTOP and SIGCONT can be sent from outside (kill -STOP PID): state T, then S again.\n";

volatile sig_atomic_t handled = 0;

void onUsr1(int)
{
    handled = handled + 1;
}

void changeMask(int how)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(how, &set, nullptr);
}

} // namespace

int main(int argc, char** argv)
{
    workload::parseCommonOptions(argc, argv, help);
    workload::reply("ready pid=%d", int(getpid()));
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "handle") {
            struct sigaction action = {};
            action.sa_handler = onUsr1;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_RESTART; // the read() of the next command goes on after the handler
            sigaction(SIGUSR1, &action, nullptr);
            workload::reply("ok handle signal=%d", SIGUSR1);
        } else if (command == "ignore") {
            signal(SIGUSR2, SIG_IGN);
            workload::reply("ok ignore signal=%d", SIGUSR2);
        } else if (command == "block") {
            changeMask(SIG_BLOCK);
            workload::reply("ok block signal=%d", SIGUSR1);
        } else if (command == "send") {
            kill(getpid(), SIGUSR1); // to the process, so it is pending in the shared queue (ShdPnd)
            workload::reply("ok send signal=%d handled=%d", SIGUSR1, int(handled));
        } else if (command == "unblock") {
            changeMask(SIG_UNBLOCK); // a pending SIGUSR1 is delivered before sigprocmask returns
            workload::reply("ok unblock handled=%d", int(handled));
        } else if (command == "count") {
            workload::reply("ok count handled=%d", int(handled));
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
