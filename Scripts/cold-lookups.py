"""Times `padan memory lookup` as a new process per query, the memory file out of the page cache.

Usage: python cold-lookups.py PADAN MEMORY QUERIES.txt COUNT THRESHOLD

Before each run the memory file's pages (and its -wal's) are dropped from the page cache with
posix_fadvise(DONTNEED), so each lookup reads what it needs from disk as a first lookup of the
day does. Prints the load average, p50/p95 wall and processor time (user + system) cold, the same
for the same processes with the file cached, the bytes a cold process read from the disk (its
`ru_inblock`), and what it left in the page cache (util-linux `fincore`: the pages SQLite read and
the kernel's read-ahead around them), median and largest.
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
    # A read-only lookup leaves an empty -wal behind, which fincore refuses.
    names = [name for name in (path, path + "-wal") if os.path.exists(name) and os.path.getsize(name) > 0]
    output = subprocess.run(["fincore", "--bytes", "--noheadings", "--raw", "--output", "RES"] + names,
                            check=True, capture_output=True, text=True).stdout
    return sum(int(line) for line in output.split())


def quantile(times, q):
    times = sorted(times)
    return times[min(len(times) - 1, int(q * (len(times) - 1)))] * 1000


def run(padan, memory, query, threshold):
    """Wall seconds, processor seconds (user + system), bytes read from disk and times it waited
    (voluntary context switches: each read that missed the page cache is one) of one lookup process."""
    begin = time.perf_counter()
    process = subprocess.Popen([padan, "memory", "lookup", query, "--memory", memory, "--threshold", threshold],
                               stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - begin
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise subprocess.CalledProcessError(process.returncode, process.args)
    # ru_inblock counts 512-byte blocks the process read from the disk, its read-ahead requests included.
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_inblock * 512, usage.ru_nvcsw


def main():
    padan, memory, queries_path, count, threshold = sys.argv[1:]
    with open(queries_path, encoding="utf-8") as handle:
        queries = [line.rstrip("\n") for line in handle if line.strip()]
    step = max(1, len(queries) // int(count))
    picked = queries[::step][: int(count)]
    cold, cold_cpu, disk, waits, warm, warm_cpu, warm_waits, read = [], [], [], [], [], [], [], []
    load = os.getloadavg()[0]
    for query in picked:
        evict(memory)
        wall, cpu, read_bytes, switches = run(padan, memory, query, threshold)
        cold.append(wall)
        cold_cpu.append(cpu)
        disk.append(read_bytes)
        waits.append(switches)
        read.append(cached_bytes(memory))
        wall, cpu, _, switches = run(padan, memory, query, threshold)
        warm.append(wall)
        warm_cpu.append(cpu)
        warm_waits.append(switches)
    load = (load + os.getloadavg()[0]) / 2
    print(f"single lookup process, threshold {threshold}, {len(picked)} queries, load average {load:.1f}: "
          f"cold p50 {quantile(cold, 0.5):.1f} ms, p95 {quantile(cold, 0.95):.1f} ms wall "
          f"(CPU p50 {quantile(cold_cpu, 0.5):.1f}, p95 {quantile(cold_cpu, 0.95):.1f} ms); "
          f"cached p50 {quantile(warm, 0.5):.1f} ms, p95 {quantile(warm, 0.95):.1f} ms wall "
          f"(CPU p50 {quantile(warm_cpu, 0.5):.1f}, p95 {quantile(warm_cpu, 0.95):.1f} ms)")
    megabytes = sorted(value / 1048576 for value in disk)
    print(f"  read from disk by a cold lookup process (ru_inblock): median {megabytes[len(megabytes) // 2]:.2f} MB, "
          f"most {megabytes[-1]:.2f} MB; waits (voluntary context switches) p50 {quantile(waits, 0.5) / 1000:.0f}, "
          f"p95 {quantile(waits, 0.95) / 1000:.0f} (cached p50 {quantile(warm_waits, 0.5) / 1000:.0f})")
    if None not in read:
        megabytes = sorted(value / 1048576 for value in read)
        print(f"  memory file in the page cache after it: median {megabytes[len(megabytes) // 2]:.1f} MB, "
              f"most {megabytes[-1]:.1f} MB (pages read and the kernel's read-ahead around them)")


main()
