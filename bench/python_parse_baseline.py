#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Baseline for bench/import_bench: read and parse every file below a folder with Python's
email package (email.message_from_bytes(data, policy=policy.default)), one process, and print
{"messages", "bytes", "seconds", "peak_rss_kib"} as JSON."""
import email
import json
import os
import sys
import time
from email import policy


def peak_rss_kib() -> int:
    # VmHWM, not getrusage(): ru_maxrss survives execve and would include the parent that forked us.
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    root = sys.argv[1]
    files = []
    for folder, _dirs, names in os.walk(root):
        files.extend(os.path.join(folder, n) for n in names
                     if not n.startswith(".") and not n.endswith((".json", ".md", ".tsv", ".py")))
    files.sort()
    total = 0
    start = time.perf_counter()
    for path in files:
        with open(path, "rb") as f:
            data = f.read()
        total += len(data)
        email.message_from_bytes(data, policy=policy.default)
    seconds = time.perf_counter() - start
    print(json.dumps({"messages": len(files), "bytes": total, "seconds": seconds,
                      "peak_rss_kib": peak_rss_kib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
