// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace MailTriage::AllocatorTuning {

/// @brief Starts the program again with glibc's allocator tuned for a large case, once, before
/// anything else runs: the heap grows in 64 MiB steps backed by transparent huge pages.
///
/// Opening a 100,000-message case builds some 850 MiB of small objects (rows, the lean analysis);
/// with 4 KiB pages that is 200,000 page faults, and on virtual machines a page fault is costly:
/// the stored analysis read back in 2.3 s instead of 1.0 s. glibc reads these settings
/// (GLIBC_TUNABLES) only at start, so the process re-executes itself with them. Nothing happens
/// when the user set GLIBC_TUNABLES, when MAILTRIAGE_ALLOCATOR=default, off glibc, or when the
/// program cannot be executed again (it then simply goes on).
void reexecIfUseful(char** argv);

} // namespace MailTriage::AllocatorTuning
