#!/usr/bin/env bash
# container-deploy-check.sh — checks the deploy/ examples: the YAML parses, and each example keeps
# the rules of the README ("Scale-out") (the shards of all services, by Discord__ShardId or the range
# Discord__ShardIds, cover 0..N-1 once with N = ShardCount; StatefulSet replicas = ShardCount; token
# from a secret/variable only, read-only root, no capabilities, a writable /tmp, health probes).
# Uses python3-yaml (installed from Debian when missing); `docker-compose config` too when present.
# Prints PASS/FAIL lines; exits non-zero on a failure.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! python3 -c 'import yaml' 2>/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-yaml >/dev/null
fi
python3 - "$REPO/deploy" <<'PY'
import sys, yaml, pathlib
root = pathlib.Path(sys.argv[1]); bad = 0
def check(ok, what):
    global bad
    print(("PASS  " if ok else "FAIL  ") + what); bad += not ok

def shard_ids(env):
    """Discord__ShardIds ("0-1", "2,3") when set, else Discord__ShardId: the shards one process runs."""
    text = str(env.get("Discord__ShardIds", "")).strip()
    if not text:
        return [int(env["Discord__ShardId"])]
    out = []
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        out += range(int(lo), int(hi or lo) + 1)
    return out

def env_map(env):
    return {e["name"]: e for e in env or []}

for path in sorted(root.rglob("*.y*ml")):
    try:
        docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    except yaml.YAMLError as e:
        check(False, f"{path.relative_to(root)}: YAML does not parse: {e}"); continue
    check(True, f"{path.relative_to(root)}: YAML parses ({len(docs)} document(s))")
    for d in docs:
        if d.get("kind") == "StatefulSet":
            spec = d["spec"]; pod = spec["template"]["spec"]; c = pod["containers"][0]; env = env_map(c.get("env"))
            n = spec["replicas"]
            check(str(n) == env.get("Discord__ShardCount", {}).get("value"), f"StatefulSet: replicas ({n}) = Discord__ShardCount")
            check("pod-index" in str(env.get("Discord__ShardId", {}).get("valueFrom", {}).get("fieldRef", {}).get("fieldPath")),
                  "StatefulSet: Discord__ShardId comes from the pod ordinal (pod-index label)")
            check("secretKeyRef" in env.get("Discord__Token", {}).get("valueFrom", {}), "StatefulSet: token from a Secret")
            sc = c.get("securityContext", {})
            check(pod.get("securityContext", {}).get("runAsNonRoot") is True, "StatefulSet: runAsNonRoot")
            check(sc.get("readOnlyRootFilesystem") is True and sc.get("allowPrivilegeEscalation") is False
                  and "ALL" in sc.get("capabilities", {}).get("drop", []), "StatefulSet: read-only root, no privilege escalation, drop ALL")
            tmp = [m for m in c.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
            vols = {v["name"]: v for v in pod.get("volumes", [])}
            check(bool(tmp) and "emptyDir" in vols.get(tmp[0]["name"], {}), "StatefulSet: /tmp is an emptyDir")
            check("livenessProbe" in c and "readinessProbe" in c, "StatefulSet: liveness and readiness probes")
            services = [x for x in docs if x.get("kind") == "Service" and x["metadata"]["name"] == spec["serviceName"]]
            check(bool(services), f"StatefulSet: serviceName '{spec['serviceName']}' is defined")
        if "services" in d:
            svcs = d["services"]
            ids = sorted(i for s in svcs.values() for i in shard_ids(s["environment"]))
            counts = {str(s["environment"]["Discord__ShardCount"]) for s in svcs.values()}
            n = int(next(iter(counts))) if len(counts) == 1 else -1
            check(ids == list(range(n)),
                  f"compose: shards {ids} (Discord__ShardId / Discord__ShardIds) cover 0..N-1 once, N = Discord__ShardCount {sorted(counts)}")
            check(all(str(s["environment"]["Discord__Token"]).startswith("${") for s in svcs.values()),
                  "compose: token from a variable only")
            check(all(s.get("read_only") is True and "ALL" in s.get("cap_drop", []) and
                      any(t.startswith("/tmp") for t in s.get("tmpfs", [])) for s in svcs.values()),
                  "compose: read_only, cap_drop ALL, tmpfs /tmp on every shard")
sys.exit(1 if bad else 0)
PY
if command -v docker-compose >/dev/null; then
  for f in "$REPO"/deploy/compose/*.y*ml; do
    DISCORD_TOKEN=placeholder docker-compose -f "$f" config -q && echo "PASS  docker-compose config: ${f#$REPO/}" \
      || { echo "FAIL  docker-compose config: ${f#$REPO/}"; exit 1; }
  done
fi
