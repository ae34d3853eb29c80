// SPDX-License-Identifier: GPL-2.0-or-later
// What every lab workload shares: the line protocol on standard input/output, --help, a lifetime limit and
// the OOM killer's first choice. Kaleido's Labs area sends one command per line and waits for the "ok …"
// answer; a person in a terminal can type the same commands.
#pragma once

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace workload {

/// Answers a command: one line on standard output, flushed at once so the reader sees it now.
template<typename... Args>
void reply(const char* format, Args... args)
{
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

/// Makes this process the OOM killer's first choice (raising one's own score needs no privilege).
inline void volunteerForOomKiller()
{
    if (FILE* file = std::fopen("/proc/self/oom_score_adj", "w")) {
        std::fputs("1000", file);
        std::fclose(file);
    }
}

/// Common options: --help prints @p help and exits; --lifetime S ends the process after S seconds (default
/// 1800) so a forgotten demo cannot run for ever. Returns the index of the first argument it did not consume.
inline int parseCommonOptions(int argc, char** argv, const char* help)
{
    unsigned lifetime = 1800;
    int i = 1;
    for (; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            std::fputs(help, stdout);
            std::exit(0);
        } else if (!std::strcmp(argv[i], "--lifetime") && i + 1 < argc) {
            lifetime = unsigned(std::strtoul(argv[++i], nullptr, 10));
        } else {
            break;
        }
    }
    alarm(lifetime);
    return i;
}

/// On SIGTERM (Kaleido's Stop): end the rest of the process group and reap it before exiting, so no child is
/// left as a zombie for PID 1 to collect. Async-signal-safe calls only.
inline void endProcessGroup(int = 0)
{
    signal(SIGTERM, SIG_IGN);
    kill(-getpgrp(), SIGTERM);
    while (waitpid(-1, nullptr, 0) > 0 || errno == EINTR) {
    }
    _exit(0);
}

/// Reads one command line from standard input; false at end of input (Kaleido went away: time to exit).
inline bool readCommand(std::string& command, std::string& argument)
{
    char line[256];
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    line[std::strcspn(line, "\r\n")] = '\0';
    std::string text(line);
    const auto space = text.find(' ');
    command = text.substr(0, space);
    argument = space == std::string::npos ? std::string() : text.substr(space + 1);
    return true;
}

} // namespace workload
