#!/usr/bin/env python3
"""The peer aligner of `make eval` and `make bench`: Gale and Church's length-only model as
NLTK ships it (nltk.translate.gale_church), the model hunalign and most classic aligners start
from, with its published parameters. (Setting the expected length ratio to the pair's own, as
Padan does, scored lower on Eval/alignment: 0.680 against 0.709.)

    gale-church-peer.py DIR OUT

For each NAME.links (or NAME.gold) in DIR, aligns NAME.id.txt with NAME.en.txt (one sentence a line) and
writes OUT/NAME.links (or .gold) in the gold format (`0,1<TAB>0`; an empty side for 1-0 and 0-1), so that
`padan-dev eval-alignment --predicted OUT` scores it as it scores Padan.
"""
import os
import sys

from nltk.translate.gale_church import align_blocks


def sentences(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def links(source_count, target_count, pairs):
    """Beads from NLTK's sentence pairs: the pairs of one bead are connected, beads share no
    sentence, so each connected group is a link; sentences in no pair are 1-0 or 0-1 links."""
    groups = []  # [sources, targets], in order
    source_group, target_group = {}, {}
    for source, target in pairs:
        group = source_group.get(source, target_group.get(target))
        if group is None:
            group = len(groups)
            groups.append([set(), set()])
        groups[group][0].add(source)
        groups[group][1].add(target)
        source_group[source] = group
        target_group[target] = group
    result = []
    next_source = next_target = 0
    for sources, targets in groups:
        while next_source < min(sources):
            result.append(([next_source], []))
            next_source += 1
        while next_target < min(targets):
            result.append(([], [next_target]))
            next_target += 1
        result.append((sorted(sources), sorted(targets)))
        next_source, next_target = max(sources) + 1, max(targets) + 1
    result += [([index], []) for index in range(next_source, source_count)]
    result += [([], [index]) for index in range(next_target, target_count)]
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gale-church-peer.py DIR OUT")
    folder, output = sys.argv[1], sys.argv[2]
    os.makedirs(output, exist_ok=True)
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".links", ".gold")):
            continue
        stem = name.rsplit(".", 1)[0]
        source = sentences(os.path.join(folder, stem + ".id.txt"))
        target = sentences(os.path.join(folder, stem + ".en.txt"))
        pairs = align_blocks([max(len(s), 1) for s in source], [max(len(t), 1) for t in target])
        with open(os.path.join(output, name), "w", encoding="utf-8") as handle:
            for sources, targets in links(len(source), len(target), pairs):
                handle.write(",".join(map(str, sources)) + "\t" + ",".join(map(str, targets)) + "\n")


main()
