"""Times `padan memory lookup` as a new process per query, the memory file out of the page cache.

Usage: python cold-lookups.py PADAN MEMORY QUERIES.txt COUNT THRESHOLD

Before each run the memory file's pages (and its -wal's) are dropped from the page cache with
posix_fadvise(DONTNEED), so each lookup reads what it needs from disk as a first lookup of the
day does. Prints p50/p95 cold, and p50/p95 of the same processes with the file cached, and what
a cold lookup brought into the page cache (util-linux `fincore`: the pages SQLite read and the
kernel's read-ahead around them), median and largest.
"""
import os
import shutil
import subprocess
import sys
import time


def evict(path):
    for name in (path, path + "-wal", path + "-shm"):
        if os.path.exists(name):
            fd = os.open(name, os.O_RDONLY)
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)


def cached_bytes(path):
    """Bytes of the memory file (and its -wal) in the page cache, or None without `fincore`."""
    if not shutil.which("fincore"):
        return None
    names = [name for name in (path, path + "-wal") if os.path.exists(name)]
    output = subprocess.run(["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES"] + names,
                            check=True, capture_output=True, text=True).stdout
    return sum(int(line) for line in output.split())


def quantile(times, q):
    times = sorted(times)
    return times[min(len(times) - 1, int(q * (len(times) - 1)))] * 1000


def run(padan, memory, query, threshold):
    begin = time.perf_counter()
    subprocess.run([padan, "memory", "lookup", query, "--memory", memory, "--threshold", threshold],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - begin


def main():
    padan, memory, queries_path, count, threshold = sys.argv[1:]
    with open(queries_path, encoding="utf-8") as handle:
        queries = [line.rstrip("\n") for line in handle if line.strip()]
    step = max(1, len(queries) // int(count))
    picked = queries[::step][: int(count)]
    cold, warm, read = [], [], []
    for query in picked:
        evict(memory)
        cold.append(run(padan, memory, query, threshold))
        read.append(cached_bytes(memory))
        warm.append(run(padan, memory, query, threshold))
    print(f"single lookup process, threshold {threshold}, {len(picked)} queries: "
          f"cold p50 {quantile(cold, 0.5):.1f} ms, p95 {quantile(cold, 0.95):.1f} ms; "
          f"cached p50 {quantile(warm, 0.5):.1f} ms, p95 {quantile(warm, 0.95):.1f} ms")
    if None not in read:
        megabytes = sorted(value / 1048576 for value in read)
        print(f"  read from disk by a cold lookup: median {megabytes[len(megabytes) // 2]:.1f} MB, "
              f"most {megabytes[-1]:.1f} MB (pages read and the kernel's read-ahead around them)")


main()
