// SPDX-License-Identifier: GPL-2.0-or-later
// Lab workload "ASLR": run the same program twice and compare where its stack, heap, mappings, C library, own
// code and vDSO are; then twice more with randomisation switched off for it (what setarch -R does).
#include "workload.h"

#include <cerrno>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/wait.h>

namespace {

const char help[] = "Usage: kaleido-lab-aslr [--lifetime S] [--report]\n"
                    "\n"
                    "Address space layout randomisation. Commands on standard input, one per line:\n"
                    "  sample            run this program again (--report) and answer with its addresses\n"
                    "  sample-norandom   the same with personality(ADDR_NO_RANDOMIZE), like setarch -R\n"
                    "  quit              exit\n"
                    "--report prints the addresses of a stack variable, the heap end (brk), a new anonymous\n"
                    "mapping, the C library (printf), this program's code and the vDSO, then exits.\n"
                    "/proc/sys/kernel/randomize_va_space: 0 off, 1 stack/mmap/vDSO, 2 also the heap.\n";

int codeMarker()
{
    return 42;
}

int report()
{
    int onStack = 0;
    void* mapping = mmap(nullptr, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    std::printf("stack=%p heap=%p mmap=%p libc=%p exe=%p vdso=%p\n", static_cast<void*>(&onStack), sbrk(0),
                mapping, reinterpret_cast<void*>(&std::printf), reinterpret_cast<void*>(&codeMarker),
                reinterpret_cast<void*>(getauxval(AT_SYSINFO_EHDR)));
    return 0;
}

int randomizeSetting()
{
    int value = -1;
    if (FILE* file = std::fopen("/proc/sys/kernel/randomize_va_space", "r")) {
        if (std::fscanf(file, "%d", &value) != 1)
            value = -1;
        std::fclose(file);
    }
    return value;
}

/// Runs this program with --report in a child and returns its line ("" on failure).
std::string sample(bool noRandom)
{
    int channel[2];
    if (pipe(channel) != 0)
        return {};
    const pid_t child = fork();
    if (child == 0) {
        dup2(channel[1], STDOUT_FILENO);
        close(channel[0]);
        close(channel[1]);
        if (noRandom)
            personality(ADDR_NO_RANDOMIZE); // takes effect at the exec below
        execl("/proc/self/exe", "kaleido-lab-aslr", "--report", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(channel[1]);
    std::string line;
    char buffer[512];
    ssize_t got;
    while ((got = read(channel[0], buffer, sizeof buffer)) > 0 || (got < 0 && errno == EINTR))
        line.append(buffer, size_t(std::max<ssize_t>(got, 0)));
    close(channel[0]);
    waitpid(child, nullptr, 0);
    while (!line.empty() && line.back() == '\n')
        line.pop_back();
    return line;
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--report"))
            return report();
    }
    workload::parseCommonOptions(argc, argv, help);
    workload::reply("ready pid=%d randomize_va_space=%d", int(getpid()), randomizeSetting());
    std::string command, argument;
    while (workload::readCommand(command, argument)) {
        if (command == "sample" || command == "sample-norandom") {
            const std::string line = sample(command == "sample-norandom");
            if (line.empty())
                workload::reply("error the sample did not run");
            else
                workload::reply("ok %s randomize_va_space=%d %s", command.c_str(), randomizeSetting(),
                                line.c_str());
        } else if (command == "quit") {
            workload::reply("ok quit");
            break;
        } else {
            workload::reply("error unknown command (try --help)");
        }
    }
    return 0;
}
