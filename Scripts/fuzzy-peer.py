"""Brute-force word-level fuzzy top-5 with rapidfuzz, the peer of `padan memory lookup`.

Usage: python fuzzy-peer.py MEMORY.sqlite QUERIES.txt THRESHOLD...

Reads every unit's source text from a Padan memory (plain SQL, no Padan code), turns each
sentence into a string of one character per word key (lower-cased words, every number alike,
punctuation dropped: the keys Padan's index sees), and times rapidfuzz's
process.extract(limit=5, score_cutoff) per query: normalized Levenshtein over words, the same
formula as Padan's score without its 0.2 costs for case, numbers and punctuation. Prints load
time and the p50/p95 per threshold, wall and the thread's CPU time.
"""
import re
import resource
import sqlite3
import sys
import time

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

WORD = re.compile(r"[^\W_]+(?:[-'.,][^\W_]+)*")
NUMBER = re.compile(r"[0-9][0-9.,]*$")
ids = {}


def keys(text):
    out = []
    for word in WORD.findall(text):
        key = "#" if NUMBER.match(word) else word.lower()
        code = ids.setdefault(key, len(ids))
        # One character per key, skipping the surrogate range.
        out.append(chr(0x100 + code if code < 0xD700 else 0x100 + code + 0x800))
    return "".join(out)


def quantile(times, q):
    times = sorted(times)
    return times[min(len(times) - 1, int(q * (len(times) - 1)))] * 1000


def main():
    memory, queries_path, *thresholds = sys.argv[1:]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    db = sqlite3.connect(f"file:{memory}?mode=ro", uri=True)
    choices = [keys(text) for (text,) in db.execute("SELECT source_text FROM unit ORDER BY id")]
    loaded = time.perf_counter() - start
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    with open(queries_path, encoding="utf-8") as handle:
        queries = [keys(line.rstrip("\n")) for line in handle if line.strip()]
    print(f"peer rapidfuzz brute force: {len(choices)} units loaded in {loaded:.1f} s (+{grown:.0f} MB)")
    for threshold in thresholds:
        cutoff = float(threshold) / 100
        times, cpu = [], []
        for query in queries:
            begin, begin_cpu = time.perf_counter(), time.thread_time()
            process.extract(query, choices, scorer=Levenshtein.normalized_similarity, limit=5,
                            score_cutoff=cutoff, processor=None)
            times.append(time.perf_counter() - begin)
            cpu.append(time.thread_time() - begin_cpu)
        print(f"peer rapidfuzz, threshold {threshold}: p50 {quantile(times, 0.5):.2f} ms, "
              f"p95 {quantile(times, 0.95):.2f} ms (its thread's CPU time: p50 {quantile(cpu, 0.5):.2f} ms, "
              f"p95 {quantile(cpu, 0.95):.2f} ms)")


main()
