#!/usr/bin/env bash
# make install: puts padan under PREFIX, where the installed binary finds what it needs:
#   PREFIX/bin/padan
#   PREFIX/share/padan/Glossaries/     the shipped glossaries (Glossary.shippedDirectory)
#   PREFIX/share/padan/lexicon/        the Indonesian lexicon (IndonesianLexicon.builtIn)
#   PREFIX/share/padan/server/         the web workbench's page, script, style sheet and OpenAPI document (StaticAssets)
#   PREFIX/share/bash-completion/completions/padan, PREFIX/share/zsh/site-functions/_padan,
#   PREFIX/share/fish/vendor_completions.d/padan.fish   (from padan --generate-completion-script)
#   PREFIX/share/man/man1/padan.1      (when a man page is given)
# Usage: Scripts/install.sh PREFIX BIN_DIR [MAN_PAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: Scripts/install.sh PREFIX BIN_DIR [MAN_PAGE]" >&2; exit 64; }
PREFIX=$1 BIN=$2 MAN=${3:-}
[ -x "$BIN/padan" ] || { echo "install: no $BIN/padan; build it first (make build)" >&2; exit 66; }
[ -z "$MAN" ] || [ -f "$MAN" ] || { echo "install: no man page at $MAN" >&2; exit 66; }
SHARE=$PREFIX/share

install -d "$PREFIX/bin" "$SHARE/padan/Glossaries" "$SHARE/padan/lexicon" "$SHARE/padan/server" \
    "$SHARE/bash-completion/completions" "$SHARE/zsh/site-functions" "$SHARE/fish/vendor_completions.d"
install -m 755 "$BIN/padan" "$PREFIX/bin/padan"
install -m 644 Glossaries/*.tsv Glossaries/README.md "$SHARE/padan/Glossaries/"
install -m 644 Sources/Terminology/Resources/*.txt "$SHARE/padan/lexicon/"
install -m 644 Sources/PadanServer/Resources/* "$SHARE/padan/server/"
"$PREFIX/bin/padan" --generate-completion-script bash > "$SHARE/bash-completion/completions/padan"
"$PREFIX/bin/padan" --generate-completion-script zsh > "$SHARE/zsh/site-functions/_padan"
"$PREFIX/bin/padan" --generate-completion-script fish > "$SHARE/fish/vendor_completions.d/padan.fish"
if [ -n "$MAN" ]; then
    install -d "$SHARE/man/man1"
    install -m 644 "$MAN" "$SHARE/man/man1/padan.1"
fi
echo "installed padan under $PREFIX" >&2
