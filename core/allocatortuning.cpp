// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatortuning.h"

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <unistd.h>
#endif

namespace MailTriage::AllocatorTuning {

void reexecIfUseful(char** argv)
{
#if defined(__GLIBC__) && defined(__linux__)
    const char* mode = std::getenv("MAILTRIAGE_ALLOCATOR");
    if (mode && std::strcmp(mode, "tuned") == 0) {
        // The tuned process: glibc has read the settings; the programs it starts (parser
        // workers, a file manager for "Open Folder") get the environment the user gave.
        unsetenv("GLIBC_TUNABLES");
        unsetenv("MAILTRIAGE_ALLOCATOR");
        return;
    }
    if (mode && std::strcmp(mode, "default") == 0)
        return;
    if (std::getenv("GLIBC_TUNABLES"))
        return; // the user's own settings win
    if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864", 1) != 0
        || setenv("MAILTRIAGE_ALLOCATOR", "tuned", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Not executable again (no /proc, a sandbox): go on untuned, without the variables.
    unsetenv("GLIBC_TUNABLES");
    unsetenv("MAILTRIAGE_ALLOCATOR");
#else
    (void)argv;
#endif
}

} // namespace MailTriage::AllocatorTuning
