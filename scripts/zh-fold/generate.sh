#!/usr/bin/env bash
# Regenerates the Traditional->Simplified fold table and the Taiwan->mainland vocabulary list that
# FeudBot.Knowledge embeds (src/FeudBot.Knowledge/Text/Data). Needs Debian 12 (root) and the .NET 10 SDK.
# Sources: Debian `opencc` (OpenCC dictionaries, Apache-2.0) and `unicode-data` (Unihan, Unicode License);
# see NOTICE at the repository root. Usage: scripts/zh-fold/generate.sh [OUTDIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/../../src/FeudBot.Knowledge/Text/Data}"
mkdir -p "$out"
out="$(realpath "$out")"
if ! dpkg -s unicode-data opencc >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 install -y -q unicode-data opencc >/dev/null \
    || { apt-get update -q >/dev/null && apt-get -o DPkg::Lock::Timeout=300 install -y -q unicode-data opencc >/dev/null; }
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bzcat /usr/share/unicode/Unihan_Variants.txt.bz2 > "$work/Unihan_Variants.txt"
# OpenCC ships binary .ocd2 dictionaries; opencc_dict dumps them as "key<TAB>candidate candidate...".
for dict in TSCharacters TWPhrasesRev; do
  opencc_dict -i "/usr/share/opencc/$dict.ocd2" -o "$work/$dict.txt" -f ocd2 -t text
done
dotnet run "$here/FoldTableGenerator.cs" -- "$work/TSCharacters.txt" "$work/Unihan_Variants.txt" "$work/TWPhrasesRev.txt" "$out"
