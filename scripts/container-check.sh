#!/usr/bin/env bash
# container-check.sh — builds FeudBot's Dockerfile with a real Docker engine and checks the image the
# way an operator runs it (issue 7). Runs as root on the offline Debian 12 CI machine; see
# the README ("Running in a container"). Prints PASS/FAIL/SKIP lines; exits non-zero
# when any check fails. dockerd is always stopped on exit.
#
# Usage:  bash scripts/container-check.sh
# Env:    IMAGE             image tag to build (default feudbot:ci)
#         CC_CACHE          persistent cache: rootfs tarball + Docker data root (default /var/cache/feudbot-cc)
#         CC_FRESH=1        wipe the Docker data root first (a cold build; the rootfs tarball is kept)
#         ASK_QUESTION, ASK_QUESTION_ZH  questions for the `ask` checks (English, Simplified Chinese)
#         FAKE_DISCORD_CMD  starts the fake Discord for the end-to-end step (contract in container-e2e.sh);
#                           unset: that step is SKIPPED
#         CC_MAX_IMAGE_MIB  fail above this size (default 400)
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
IMAGE=${IMAGE:-feudbot:ci}
CC_CACHE=${CC_CACHE:-/var/cache/feudbot-cc}
ASK_QUESTION=${ASK_QUESTION:-Who founded OpenAI, and when?}
ASK_QUESTION_ZH=${ASK_QUESTION_ZH:-马斯克和奥特曼哪一年共同创办了OpenAI？}
MAX_MIB=${CC_MAX_IMAGE_MIB:-400}
FAIL_FAST_S=${CC_FAIL_FAST_S:-10}
# The production lock-down: no network, read-only root, a tmpfs for /tmp, no capabilities.
LOCKDOWN=(--read-only --tmpfs /tmp:rw,noexec,nosuid,size=64m --cap-drop ALL --security-opt no-new-privileges)

t0=$SECONDS
npass=0 nfail=0 nskip=0
declare -a MEASURES=()
say()     { printf '[container-check +%ss] %s\n' "$((SECONDS - t0))" "$*"; }
pass()    { npass=$((npass + 1)); printf 'PASS  %s\n' "$*"; }
failc()   { nfail=$((nfail + 1)); printf 'FAIL  %s\n' "$*"; }
skip()    { nskip=$((nskip + 1)); printf 'SKIP  %s\n' "$*"; }
measure() { MEASURES+=("$1: $2"); printf 'MEASURE  %s: %s\n' "$1" "$2"; }
fail()    { printf 'FAIL  %s\n' "$*"; exit 1; }   # fatal: the remaining checks cannot run
indent()  { sed 's/^/      | /'; }
now()     { date +%s.%N; }
secs()    { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

mkdir -p "$CC_CACHE"
CC_RUN=$(mktemp -d /tmp/fbcc.XXXXXX)   # short: dockerd's unix sockets live under it
CC_RUN_ID=$(basename "$CC_RUN")
cleanup() {
  local rc=$?
  declare -F cc_stop_fake >/dev/null && cc_stop_fake
  declare -F cc_stop_daemon >/dev/null && cc_stop_daemon
  # dockerd can leave its netns bind mount behind: unmount anything still under the run folder.
  awk -v d="$CC_RUN/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r umount -l 2>/dev/null || true
  rm -rf "$CC_RUN" || true
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# One run at a time per machine: the Docker data root in the cache is shared.
exec 9>"$CC_CACHE/lock"
flock -w 1800 9 || fail "another container-check holds $CC_CACHE/lock"

source "$REPO/scripts/container-engine.sh"
source "$REPO/scripts/container-e2e.sh"

cc_install_tools
if dep=$(bash "$REPO/scripts/container-deploy-check.sh" 2>&1); then
  pass "deploy/ examples (StatefulSet, compose) parse and keep the rules ($(grep -c '^PASS' <<<"$dep") checks)"
else
  failc "deploy/ examples:"; grep -v '^PASS' <<<"$dep" | indent
fi
[ "${CC_FRESH:-0}" = 1 ] && { say "CC_FRESH=1: wiping $CC_CACHE/docker"; rm -rf "$CC_CACHE/docker"; }
say "starting dockerd (private socket, no bridge, no iptables)"
cc_start_daemon
cc_standin_images

# --- Build: the repository's Dockerfile, unchanged, with BuildKit. -----------------------------
say "docker build -t $IMAGE $REPO"
b0=$(now)
if $DOCKER build --network host --progress plain -t "$IMAGE" "$REPO" >"$CC_RUN/build.log" 2>&1; then
  measure "build time" "$(secs "$b0" "$(now)") s"
  # BuildKit's plain log: "#N [build 4/8] RUN dotnet restore ..." then "#N CACHED" when the layer was reused.
  step=$(grep -m1 -oE '^#[0-9]+ \[build [0-9/]+\] RUN dotnet restore' "$CC_RUN/build.log" | cut -d' ' -f1 || true)
  restore=$([ -n "$step" ] && grep -qx "$step CACHED" "$CC_RUN/build.log" && echo cached || echo ran)
  pass "image builds from the unchanged Dockerfile (restore layer: $restore)"
else
  tail -40 "$CC_RUN/build.log" | indent
  fail "docker build failed (last 40 lines above)"
fi
grep -q '^# *syntax' "$REPO/Dockerfile" && failc "Dockerfile has a '# syntax=' line" \
  || pass "Dockerfile has no '# syntax=' line"

# --- What the image says about itself. --------------------------------------------------------
user=$($DOCKER image inspect "$IMAGE" --format '{{.Config.User}}')
uid=$($DOCKER run --rm --network none "${LOCKDOWN[@]}" --entrypoint id "$IMAGE" -u 2>&1 || true)
case "$user" in
  ''|0|root|0:*|root:*) failc "image user is root (Config.User='$user')" ;;
  *) [ "$uid" != 0 ] && pass "image user is not root (Config.User='$user', id -u=$uid)" \
       || failc "process runs as uid 0" ;;
esac
mib=$(( $($DOCKER image inspect "$IMAGE" --format '{{.Size}}') / 1048576 ))
measure "image size" "$mib MiB"
((mib <= MAX_MIB)) && pass "image size $mib MiB <= $MAX_MIB MiB" || failc "image size $mib MiB > $MAX_MIB MiB"
envs=$($DOCKER image inspect "$IMAGE" --format '{{json .Config.Env}}')
icu=$($DOCKER run --rm --network none "${LOCKDOWN[@]}" --entrypoint sh "$IMAGE" -c \
  'ls /usr/lib/*/libicuuc.so.* /usr/lib/libicuuc.so.* 2>/dev/null | head -1; grep -h -i -o "\"System.Globalization.Invariant\": *true" /app/*.runtimeconfig.json' || true)
if grep -qi 'GLOBALIZATION_INVARIANT=\(1\|true\)' <<<"$envs" || grep -qi 'Invariant' <<<"$icu"; then
  failc "invariant globalization is on (ICU is required for Chinese text)"
elif grep -q libicuuc <<<"$icu"; then pass "ICU present ($(basename "$(head -1 <<<"$icu")")), globalization not invariant"
else failc "no libicuuc in the image"; fi
hc=$($DOCKER image inspect "$IMAGE" --format '{{json .Config.Healthcheck}}')
[ "$hc" != null ] && pass "HEALTHCHECK set: $hc" || failc "no HEALTHCHECK"

# --- ask: answers locally, locked down, no network, no token. ---------------------------------
# ask_json LABEL QUESTION: `ask --json` must exit 0 with answered=true, an answer text ("answer", per the README's ask contract) and citations.
ask_json() {
  local label=$1 question=$2 json rc verdict a0
  a0=$(now)
  set +e
  json=$(timeout 60 $DOCKER run --rm --network none "${LOCKDOWN[@]}" "$IMAGE" ask "$question" --json 2>"$CC_RUN/ask.err")
  rc=$?
  set -e
  measure "ask $label (docker run to exit)" "$(secs "$a0" "$(now)") s"
  verdict=$(printf '%s' "$json" | python3 -c '
import json, sys
try: doc = json.load(sys.stdin)
except Exception as e: print("not JSON: %s" % e); sys.exit()
if isinstance(doc, list): doc = doc[0] if doc else {}
low = {k.lower(): v for k, v in doc.items()} if isinstance(doc, dict) else {}
if low.get("answered") is not True: print("answered is not true"); sys.exit()
if not str(low.get("answer") or low.get("text") or "").strip(): print("empty answer text"); sys.exit()
if not low.get("citations"): print("no citations (source)"); sys.exit()
print("ok: %d citation(s), language %s" % (len(low["citations"]), low.get("language")))' 2>&1)
  if [ "$rc" = 0 ] && [[ "$verdict" == ok* ]]; then
    pass "ask --json $label under --network none --read-only --cap-drop ALL: answered, ${verdict#ok: }"
  else
    failc "ask --json $label: exit $rc, $verdict"
    { head -c 600 <<<"$json"; echo; head -5 "$CC_RUN/ask.err"; } | indent
  fi
}
ask_json "(en)" "$ASK_QUESTION"
# A Simplified-Chinese question against the Traditional-Chinese note: needs ICU in the image.
ask_json "(zh-Hans)" "$ASK_QUESTION_ZH"
set +e
text=$(timeout 60 $DOCKER run --rm --network none "${LOCKDOWN[@]}" "$IMAGE" ask "$ASK_QUESTION" 2>&1)
rc=$?
set -e
if [ "$rc" = 0 ] && [ "$(grep -c . <<<"$text")" -ge 2 ] && grep -qiE 'https?://|source|reference|來源|来源|參考|参考|出處|出处' <<<"$text"; then
  pass "ask (text) answers with a source"; head -4 <<<"$text" | indent
else
  failc "ask (text): exit $rc, expected an answer and a source line"; head -8 <<<"$text" | indent
fi

# --- No token: fails fast with one clear line naming Discord__Token. --------------------------
for verb in "" run; do
  s0=$(now)
  set +e
  out=$(timeout 30 $DOCKER run --rm --network none "${LOCKDOWN[@]}" "$IMAGE" $verb 2>&1)
  rc=$?
  set -e
  el=$(secs "$s0" "$(now)")
  label="start without a token (${verb:-no verb})"
  if [ "$rc" = 0 ] || [ "$rc" = 124 ]; then failc "$label: exit $rc (expected a fast non-zero exit)"
  elif awk -v e="$el" -v m="$FAIL_FAST_S" 'BEGIN { exit !(e > m) }'; then failc "$label: took $el s (> $FAIL_FAST_S s)"
  elif ! grep -q 'Discord__Token' <<<"$out"; then failc "$label: exit $rc but no line mentions Discord__Token"
  elif grep -qE '^[[:space:]]+at |Unhandled exception' <<<"$out"; then failc "$label: prints a stack trace"
  elif (( $(grep -c . <<<"$out") > 3 )); then failc "$label: $(grep -c . <<<"$out") lines (expected one clear line)"
  else pass "$label: exit $rc in $el s: $(grep -m1 'Discord__Token' <<<"$out")"; continue; fi
  head -8 <<<"$out" | indent
done

# --- Secrets: nothing in the image; a token given with -e stays out of it. ---------------------
TOKEN="cc-$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
$DOCKER run -d --name "cc-secret-$CC_RUN_ID" --label "feudbot-cc=$CC_RUN_ID" --network none \
  "${LOCKDOWN[@]}" -e "Discord__Token=$TOKEN" "$IMAGE" >/dev/null
sleep 2
$DOCKER rm -f "cc-secret-$CC_RUN_ID" >/dev/null 2>&1 || true
meta=$({ $DOCKER image inspect "$IMAGE"; $DOCKER image history --no-trunc "$IMAGE"; } 2>&1)
if grep -q "$TOKEN" <<<"$meta" || grep -qi 'Discord__Token=' <<<"$meta"; then
  failc "the token or a Discord__Token setting is in the image metadata"
else pass "token given with -e is not in docker image inspect/history; no Discord__Token in the image"; fi
leaks=$($DOCKER run --rm --network none "${LOCKDOWN[@]}" --entrypoint sh "$IMAGE" -c '
  grep -rIlE "[MN][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,}|sk-[A-Za-z0-9]{20,}" /app 2>/dev/null
  for f in /app/appsettings*.json; do
    grep -HiE "\"(token|apikey|api_key|secret|password)\" *: *\"[^\"]+\"" "$f"
  done' 2>&1 || true)
[ -z "$leaks" ] && pass "no secret in /app (appsettings*.json token/key values empty, no token-shaped strings)" \
  || { failc "secret-like content in the image:"; indent <<<"$leaks"; }

# --- Idle without Discord (fake token, no network): memory and SIGTERM-to-exit. ---------------
cc_measure_idle "offline" --network none -e "Discord__Token=$TOKEN"

# --- End to end against the fake Discord on loopback. -----------------------------------------
cc_e2e

# --- Summary. ---------------------------------------------------------------------------------
echo
say "summary"
for m in "${MEASURES[@]}"; do printf '  %s\n' "$m"; done
printf 'container-check %s: %d checks passed, %d failed, %d skipped, in %d s\n' \
  "$( ((nfail == 0)) && echo PASSED || echo FAILED)" "$npass" "$nfail" "$nskip" "$((SECONDS - t0))"
((nfail == 0))
