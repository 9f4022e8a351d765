#!/usr/bin/env bash
# make interop: real clients read what Padan writes.
#   1. every TMX Padan writes is valid against the TMX 1.4b DTD (xmllint --dtdvalid);
#   2. translate-toolkit reads each with the same number of units as padan counts;
#   3. OmegaT, headless, pre-translates Indonesian text from a padan TMX in tm/auto/;
#   4. OmegaT's own glossary reader reads `padan term export --format omegat` entry for entry,
#      and a project holding it in glossary/ and a memory export in tm/ still translates.
# Installs libxml2-utils, translate-toolkit, omegat and (for 4) a JDK when missing. Exit 1 if any check fails.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PADAN=${PADAN:-$ROOT/.build/release/padan}
PADAN_DEV=${PADAN_DEV:-$ROOT/.build/release/padan-dev}
DTD=$ROOT/Scripts/tmx14.dtd
. Scripts/install-package.sh
FAILED=0

pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; FAILED=1; }

command -v xmllint >/dev/null || install_package libxml2-utils
/usr/bin/python3 -c 'import translate.storage.tmx' 2>/dev/null || install_package translate-toolkit
OMEGAT_JAR=$(ls /usr/share/omegat/OmegaT.jar /usr/share/java/omegat.jar 2>/dev/null | head -1)
[ -n "$OMEGAT_JAR" ] || { install_package omegat; OMEGAT_JAR=$(ls /usr/share/omegat/OmegaT.jar /usr/share/java/omegat.jar 2>/dev/null | head -1); }
[ -x "$PADAN" ] || swift build -c release --product padan >&2 || exit 2
[ -x "$PADAN_DEV" ] || swift build -c release --product padan-dev >&2 || exit 2

WORK=$(mktemp -d /tmp/padan-interop.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cp "$DTD" "$WORK/tmx14.dtd"   # the DOCTYPE Padan writes names tmx14.dtd

# The TMX files Padan writes.
"$PADAN" tmx convert -q TMX/sample.tmx -o "$WORK/sample.tmx"
"$PADAN" tmx convert -q Tests/TMXTests/Fixtures/omegat-level1-tmx11.tmx -o "$WORK/from-tmx11.tmx"
"$PADAN" tmx convert -q Tests/TMXTests/Fixtures/trados-workbench-utf16.tmx -o "$WORK/from-trados-utf16.tmx"
"$PADAN" tmx convert -q Tests/TMXTests/Fixtures/heartsome.tmx -o "$WORK/from-heartsome.tmx"
printf 'id\ten\nKapal selam itu tiba di Surabaya.\tThe submarine arrived in Surabaya.\nLatihan <bpt i="1">&lt;b&gt;</bpt>Garuda Shield<ept i="1">&lt;/b&gt;</ept> dimulai.\tThe <bpt i="1">&lt;b&gt;</bpt>Garuda Shield<ept i="1">&lt;/b&gt;</ept> exercise began.\n' > "$WORK/aligned.tsv"
"$PADAN" tmx from-tsv "$WORK/aligned.tsv" -o "$WORK/aligned.tmx"
"$PADAN_DEV" generate-tmx --units 2000 -o "$WORK/generated.tmx"
"$PADAN" align --quiet --batch Examples/archive -o "$WORK/align-batch.tmx"
mkdir -p "$WORK/home"
PADAN_HOME="$WORK/home" "$PADAN" memory import --quiet TMX/sample.tmx TMX/desk-memory.tmx Tests/PadanCLITests/Fixtures/trados-header.tmx >/dev/null
PADAN_HOME="$WORK/home" "$PADAN" memory export -o "$WORK/memory-export.tmx"

for tmx in "$WORK"/*.tmx; do
    name=$(basename "$tmx")
    if xmllint --noout --nonet --dtdvalid "$DTD" "$tmx" 2>"$WORK/dtd.err"; then
        pass "$name is valid against the TMX 1.4b DTD"
    else
        fail "$name is not valid against the TMX 1.4b DTD:"; head -5 "$WORK/dtd.err"
    fi
    expected=$("$PADAN" tmx stats --json "$tmx" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["result"][0]["statistics"]["unitCount"])')
    counted=$(/usr/bin/python3 - "$tmx" <<'PY'
import sys
from translate.storage import tmx
with open(sys.argv[1], "rb") as handle:
    store = tmx.tmxfile(handle)
print(len([unit for unit in store.units if not unit.isheader()]))
PY
)
    if [ "$counted" = "$expected" ]; then
        pass "translate-toolkit reads $name: $counted units, as padan counts"
    else
        fail "translate-toolkit reads $name: ${counted:-error} units, padan counts $expected"
    fi
done

# XLIFF: translate-toolkit reads the file `padan suggest --xliff` writes, a unit per sentence.
PADAN_HOME="$WORK/home" "$PADAN" suggest Examples/new-launch.id.txt --xliff "$WORK/suggest.xlf" >/dev/null
sentences=$(PADAN_HOME="$WORK/home" "$PADAN" suggest Examples/new-launch.id.txt --json | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["result"]["sentences"]))')
read -r units alternatives < <(/usr/bin/python3 - "$WORK/suggest.xlf" <<'PY'
import sys
from translate.storage import xliff
with open(sys.argv[1], "rb") as handle:
    store = xliff.xlifffile(handle)
units = [unit for unit in store.units if not unit.isheader()]
print(len(units), sum(len(unit.getalttrans()) for unit in units))
PY
)
if [ "$units" = "$sentences" ] && [ "${alternatives:-0}" -gt 0 ]; then
    pass "translate-toolkit reads suggest.xlf: $units trans-units (one per sentence), $alternatives alt-trans matches"
else
    fail "translate-toolkit reads suggest.xlf: ${units:-error} units for $sentences sentences, ${alternatives:-0} alt-trans"
fi

# OmegaT: a project whose tm/auto/ holds a padan TMX pre-translates Indonesian source text.
if [ -z "$OMEGAT_JAR" ] || ! command -v java >/dev/null; then
    fail "OmegaT: no OmegaT.jar or java after installing the omegat package"
else
    PROJECT=$WORK/omegat-project
    mkdir -p "$PROJECT"/{source,target,tm/auto,glossary,dictionary,omegat}
    cat > "$PROJECT/omegat.project" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>id</source_lang>
        <target_lang>en</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneIndonesianTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
XML
    cp "$WORK/sample.tmx" "$PROJECT/tm/auto/padan.tmx"
    # What README tells a translator to do: the glossary in glossary/, a memory export in tm/.
    "$PADAN" term export --format omegat -o "$PROJECT/glossary/padan.txt"
    cp "$WORK/memory-export.tmx" "$PROJECT/tm/padan-memory.tmx"
    cat > "$PROJECT/source/berita.txt" <<'TXT'
Berdasarkan kesepakatan baru, porsi Indonesia turun dari 20 persen menjadi 7,5 persen dari biaya pengembangan. Nilai porsi itu sekitar Rp6 triliun, menurut Kementerian Pertahanan.

TNI Angkatan Udara belum memutuskan berapa pesawat yang akan dibeli.
TXT
    if timeout 120 java -Djava.awt.headless=true -jar "$OMEGAT_JAR" "$PROJECT" --mode=console-translate >"$WORK/omegat.log" 2>&1 \
        && [ -f "$PROJECT/target/berita.txt" ]; then
        missing=0
        for english in "Under the new agreement, Indonesia's share falls from 20 percent to 7.5 percent of the development cost." \
                       "That share is worth about Rp6 trillion, according to the Defence Ministry." \
                       "The Indonesian Air Force has not decided how many aircraft it will buy."; do
            grep -qF "$english" "$PROJECT/target/berita.txt" || { missing=1; echo "      missing: $english"; }
        done
        if [ $missing = 0 ]; then
            pass "OmegaT ($(basename "$OMEGAT_JAR"), headless console-translate) pre-translates 3 Indonesian sentences from a padan TMX in tm/auto/"
        else
            fail "OmegaT left sentences untranslated; target was:"; cat "$PROJECT/target/berita.txt"
        fi
    else
        fail "OmegaT console-translate did not produce target/berita.txt:"; tail -20 "$WORK/omegat.log"
    fi
fi

# OmegaT's glossary reader (run from its jar with the JDK's single-file launcher) reads every line
# of the OmegaT glossary padan writes, with the same source, target and comment.
command -v javac >/dev/null || install_package default-jdk-headless
if [ -z "$OMEGAT_JAR" ] || ! command -v javac >/dev/null; then
    fail "OmegaT glossary: no OmegaT.jar, or no JDK to run Scripts/OmegaTGlossary.java"
else
    "$PADAN" term export --format omegat -o "$WORK/glossary.txt"
    if java -Djava.awt.headless=true -cp "$OMEGAT_JAR" Scripts/OmegaTGlossary.java "$WORK/glossary.txt" >"$WORK/omegat-glossary.out" 2>"$WORK/omegat-glossary.err"; then
        read_count=$(head -1 "$WORK/omegat-glossary.out")
        written=$(wc -l < "$WORK/glossary.txt")
        if [ "$read_count" = "$written" ] && tail -n +2 "$WORK/omegat-glossary.out" | cmp -s - "$WORK/glossary.txt"; then
            pass "OmegaT's glossary reader reads padan's OmegaT glossary: $read_count entries, each with the same source, target and comment"
        else
            fail "OmegaT's glossary reader read ${read_count:-no} entries of $written, or changed some:"
            tail -n +2 "$WORK/omegat-glossary.out" | diff - "$WORK/glossary.txt" | head -5
        fi
    else
        fail "OmegaT's glossary reader failed:"; tail -5 "$WORK/omegat-glossary.err"
    fi
fi

exit $FAILED
