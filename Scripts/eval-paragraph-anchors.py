# Paragraph anchors on the real align-dev set (which has no paragraphs): cut both sides into
# paragraphs at gold link boundaries every K links ("clean"), or with 30 % of the English
# breaks dropped so its paragraphs merge ("noisy"); align with `padan align --presplit`, with
# and without the blank lines, and score strict link F1 against the gold.
#   python3 Scripts/eval-paragraph-anchors.py 3 clean      (after swift build -c release)
import os, random, subprocess, sys
DEV = os.environ.get('ALIGN_DEV', '../shared/align-dev')
PADAN = os.environ.get('PADAN', '.build/release/padan')
K = int(sys.argv[1]) if len(sys.argv) > 1 else 3
mode = sys.argv[2] if len(sys.argv) > 2 else 'clean'
names = sorted(n[:-5] for n in os.listdir(DEV) if n.endswith('.gold'))
def parse(line):
    a, b = line.rstrip('\n').split('\t')
    return (tuple(int(x) for x in a.split(',') if x), tuple(int(x) for x in b.split(',') if x))
tot = {'flat': [0, 0, 0], 'para': [0, 0, 0]}
rng = random.Random(7)
for name in names:
    gold = [parse(l) for l in open(f'{DEV}/{name}.gold') if l.strip()]
    src = open(f'{DEV}/{name}.id.txt').read().split('\n'); src = [s for s in src if s.strip()]
    tgt = open(f'{DEV}/{name}.en.txt').read().split('\n'); tgt = [s for s in tgt if s.strip()]
    # paragraph ends after link i when (i+1) % K == 0
    sb, tb = set(), set()
    for i, (a, b) in enumerate(gold):
        if (i + 1) % K == 0 and i + 1 < len(gold):
            # end after the last sentence so far on each side
            sa = max([x for l in gold[:i+1] for x in l[0]], default=-1)
            ta = max([x for l in gold[:i+1] for x in l[1]], default=-1)
            if sa >= 0: sb.add(sa)
            if ta >= 0:
                if mode == 'noisy' and rng.random() < 0.3:
                    continue  # the English side merged this paragraph with the next
                tb.add(ta)
    def write(lines, breaks, path):
        with open(path, 'w') as f:
            for i, s in enumerate(lines):
                f.write(s + '\n')
                if i in breaks: f.write('\n')
    w = os.environ.get('TMPDIR', '/tmp') + '/padan-paragraph-eval'
    os.makedirs(w, exist_ok=True)
    for variant, (b1, b2) in {'flat': (set(), set()), 'para': (sb, tb)}.items():
        write(src, b1, f'{w}/a.id.txt'); write(tgt, b2, f'{w}/a.en.txt')
        out = subprocess.run([PADAN, 'align', '--presplit', '--format', 'links', '--keep-unaligned', '--quiet', f'{w}/a.id.txt', f'{w}/a.en.txt'],
                             capture_output=True, text=True, check=True).stdout
        hyp = set(parse(l) for l in out.splitlines() if l.strip())
        g = set(gold)
        tot[variant][0] += len(hyp & g); tot[variant][1] += len(hyp); tot[variant][2] += len(g)
for v, (c, h, g) in [(k, x) for k, x in tot.items() if x[1]]:
    p, r = c / h, c / g
    print(f'{v}: strict link F1 {2*p*r/(p+r):.4f} (P {p:.4f}, R {r:.4f}, {c} of {g} gold links)')
