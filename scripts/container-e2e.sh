#!/usr/bin/env bash
# container-e2e.sh — sourced by container-check.sh: runs the image as a long-lived bot and measures it.
#
# FAKE_DISCORD_CMD contract (the end-to-end step). The command is run with `bash -c` in its own
# process group, from the repository root, and must listen on 127.0.0.1 only. On stdout, one item a line:
#   ENV NAME=VALUE   passed to the container as `-e NAME=VALUE`: the fake's URLs and its token, e.g.
#                    ENV Discord__GatewayUrl=ws://127.0.0.1:PORT/   ENV Discord__RestBaseUrl=http://127.0.0.1:PORT/api/v10
#                    ENV Discord__Token=fake-token                 (names are the app's configuration keys)
#   LISTENING        all ENV lines are out: the container is started now (within CC_FAKE_START_S, default 180 s)
#   READY_SENT       (optional) the fake has sent READY to the identified bot: "start to ready" is timed here
#   PASS <text>      the fake sent one /ask INTERACTION_CREATE and got an answer (callback with content)
#   FAIL <text>      the scenario failed; the text says why
#   BURST_DONE <text> / BURST_FAIL <text>   answer to a "BURST n" line on its stdin (below)
# After PASS/FAIL the fake keeps serving (so that idle memory and a clean SIGTERM stop are measured
# while connected) until the script ends its process group with SIGTERM. Its stdin is a pipe the script
# writes commands to, one a line: "BURST n" sends n more /ask at once (distinct users, three locales)
# and prints BURST_DONE (all answered) or BURST_FAIL; then memory "after n interactions" is measured.
# CC_E2E_BURST=n sets n (default 2000; 0 skips the burst). A fake that ignores stdin gets the burst SKIPPED.
# The container runs with --network host for this step only (to reach 127.0.0.1), still read-only,
# with no capabilities.

CC_FAKE_PGID=
CC_BURST=${CC_E2E_BURST:-2000}

# Stops a running container with SIGTERM (docker stop, 10 s grace) and checks it exited cleanly.
cc_stop_timed() {
  local name=$1 label=$2 s rc
  s=$(now)
  $DOCKER stop -t 10 "$name" >/dev/null
  local el; el=$(secs "$s" "$(now)")
  rc=$($DOCKER inspect "$name" --format '{{.State.ExitCode}}')
  measure "SIGTERM to exit ($label)" "$el s (exit code $rc)"
  if [ "$rc" = 137 ]; then failc "$label: not stopped by SIGTERM within 10 s (killed, exit 137)"
  else pass "$label: stopped by SIGTERM in $el s, exit code $rc"; fi
}

# Memory of a running container: docker stats (cgroup usage less page cache, so mapped runtime files
# are not counted) and the main process's resident set (VmRSS, seen from the host).
cc_mem() {
  local stats pid rss
  stats=$($DOCKER stats --no-stream --format '{{.MemUsage}}' "$1" | cut -d/ -f1 | tr -d ' ')
  pid=$($DOCKER inspect "$1" --format '{{.State.Pid}}')
  rss=$(awk '/^VmRSS/ { printf "%.1fMiB", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo '?')
  echo "docker stats $stats, RSS $rss"
}

# Runs the bot detached with the lock-down flags plus "$@"; if it stays up, measures idle memory and
# the SIGTERM stop. The finished bot retries its gateway connection when the network is absent.
cc_measure_idle() {
  local label=$1; shift
  local name="cc-idle-$CC_RUN_ID"
  $DOCKER run -d --name "$name" --label "feudbot-cc=$CC_RUN_ID" "${LOCKDOWN[@]}" "$@" "$IMAGE" >/dev/null
  sleep 5
  if [ "$($DOCKER inspect "$name" --format '{{.State.Running}}')" != true ]; then
    skip "idle run ($label, fake token): the container exited with code" \
      "$($DOCKER inspect "$name" --format '{{.State.ExitCode}}') before it could be measured"
    $DOCKER logs "$name" 2>&1 | head -5 | indent
  else
    measure "memory idle ($label, not connected, 5 s after start)" "$(cc_mem "$name")"
    cc_stop_timed "$name" "idle run ($label)"
  fi
  $DOCKER rm -f "$name" >/dev/null 2>&1 || true
}

# Waits (30 s at most) for Docker to report the container healthy through the image's HEALTHCHECK.
cc_wait_healthy() {
  local name=$1 s0=$2 st="" deadline=$((SECONDS + 30))
  while ((SECONDS <= deadline)); do
    st=$($DOCKER inspect "$name" --format '{{if .State.Health}}{{.State.Health.Status}}{{end}}')
    [ "$st" = healthy ] && break
    sleep 0.5
  done
  if [ "$st" = healthy ]; then
    measure "container start to healthy (HEALTHCHECK every 2 s)" "$(secs "$s0" "$(now)") s"
    pass "HEALTHCHECK reports the connected bot healthy"
  else
    failc "HEALTHCHECK: status '$st' after 30 s (expected healthy once connected)"
    $DOCKER inspect "$name" --format '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{end}}' | tail -3 | indent
  fi
}

cc_stop_fake() {
  [ -n "$CC_FAKE_PGID" ] || return 0
  exec 8>&- 2>/dev/null || true
  kill -TERM -- "-$CC_FAKE_PGID" 2>/dev/null || true
  for _ in $(seq 20); do kill -0 "$CC_FAKE_PGID" 2>/dev/null || break; sleep 0.25; done
  kill -KILL -- "-$CC_FAKE_PGID" 2>/dev/null || true
  CC_FAKE_PGID=
CC_BURST=${CC_E2E_BURST:-2000}
}

# Asks the fake for CC_BURST more /ask at once, then measures memory after them (issue 7, "Measure").
cc_burst() {
  local name=$1 out=$2 deadline line
  ((CC_BURST > 0)) || { skip "burst: CC_E2E_BURST=0"; return 0; }
  echo "BURST $CC_BURST" >&8
  deadline=$((SECONDS + ${CC_BURST_TIMEOUT_S:-150}))
  until grep -qE '^BURST_(DONE|FAIL)' "$out"; do
    if ((SECONDS > deadline)) || [ "$($DOCKER inspect "$name" --format '{{.State.Running}}')" != true ]; then
      if grep -q '^BURST' "$out" || [ "$($DOCKER inspect "$name" --format '{{.State.Running}}')" != true ]; then
        failc "burst of $CC_BURST /ask: no BURST_DONE within ${CC_BURST_TIMEOUT_S:-150} s or the container exited"
      else
        skip "burst of $CC_BURST /ask: the fake Discord does not answer BURST on stdin"
      fi
      return 0
    fi
    sleep 0.5
  done
  line=$(grep -m1 -E '^BURST_(DONE|FAIL)' "$out")
  if [[ "$line" == BURST_DONE* ]]; then pass "burst: ${line#BURST_DONE }"
  else failc "burst: ${line#BURST_FAIL }"; fi
  sleep 2
  measure "memory after $CC_BURST more /ask (connected, 2 s after the burst)" "$(cc_mem "$name")"
}

cc_e2e() {
  if [ -z "${FAKE_DISCORD_CMD:-}" ]; then
    skip "end-to-end /ask against the fake Discord: FAKE_DISCORD_CMD is not set (no fake wired in)"
    return 0
  fi
  local out=$CC_RUN/fake.out name="cc-e2e-$CC_RUN_ID" deadline s0 t_ready="" envargs=() line hport
  say "starting the fake Discord: $FAKE_DISCORD_CMD"
  # A pipe for the fake's commands; opened read-write here so that neither side blocks on open.
  mkfifo "$CC_RUN/fake.in"
  exec 8<>"$CC_RUN/fake.in"
  (cd "$REPO" && exec setsid bash -c "$FAKE_DISCORD_CMD") >"$out" 2>"$CC_RUN/fake.err" <"$CC_RUN/fake.in" &
  CC_FAKE_PGID=$!
  deadline=$((SECONDS + ${CC_FAKE_START_S:-180}))
  until grep -q '^LISTENING' "$out"; do
    if ! kill -0 "$CC_FAKE_PGID" 2>/dev/null || ((SECONDS > deadline)); then
      failc "end-to-end: the fake Discord did not print LISTENING"; tail -10 "$CC_RUN/fake.err" | indent
      cc_stop_fake; return 0
    fi
    sleep 0.2
  done
  while IFS= read -r line; do envargs+=(-e "${line#ENV }"); done < <(grep '^ENV ' "$out")
  s0=$(now)
  # On the host network the loopback health port is the host's: take a free one, not the image's 8080.
  hport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # The image's HEALTHCHECK command, run every 2 s here instead of every 30 s.
  $DOCKER run -d --name "$name" --label "feudbot-cc=$CC_RUN_ID" --network host "${LOCKDOWN[@]}" \
    --health-interval 2s --health-start-period 1s -e "Health__Port=$hport" "${envargs[@]}" "$IMAGE" >/dev/null
  deadline=$((SECONDS + ${CC_E2E_TIMEOUT_S:-120}))
  while :; do
    [ -z "$t_ready" ] && grep -q '^READY_SENT' "$out" && t_ready=$(secs "$s0" "$(now)")
    grep -qE '^(PASS|FAIL)' "$out" && break
    if [ "$($DOCKER inspect "$name" --format '{{.State.Running}}')" != true ] || ((SECONDS > deadline)); then
      break
    fi
    sleep 0.1
  done
  [ -n "$t_ready" ] && measure "container start to READY (against the fake)" "$t_ready s"
  if grep -q '^PASS' "$out"; then
    pass "end-to-end: the container connected to the fake Discord and answered /ask: $(grep -m1 '^PASS' "$out" | cut -c6-)"
    [ -n "$t_ready" ] || skip "start to READY: the fake printed no READY_SENT line"
    cc_wait_healthy "$name" "$s0"
    sleep 3
    measure "memory idle (connected to the fake, after one /ask)" "$(cc_mem "$name")"
    cc_burst "$name" "$out"
    cc_stop_timed "$name" "connected bot"
  else
    failc "end-to-end: $(grep -m1 '^FAIL' "$out" || echo "no PASS within ${CC_E2E_TIMEOUT_S:-120} s or the container exited")"
    { tail -10 "$out"; $DOCKER logs "$name" 2>&1 | tail -15; } | indent
  fi
  $DOCKER rm -f "$name" >/dev/null 2>&1 || true
  cc_stop_fake
}
