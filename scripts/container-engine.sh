#!/usr/bin/env bash
# container-engine.sh — sourced by container-check.sh: a private Docker engine on an offline Debian 12
# machine (root; only Debian apt, NuGet and npm are reachable). Based on ../shared/docs/container.md.
#
# Nothing is pulled. The mcr.microsoft.com/dotnet/{runtime-deps,runtime,sdk}:10.0 names used by the
# Dockerfile are local stand-ins built from Debian packages (mmdebstrap) plus this machine's own
# /usr/share/dotnet, so the Dockerfile is built unchanged (with internet, the real images are used).
#
# Needs: CC_CACHE (persistent: rootfs tarball, Docker data root), CC_RUN (short per-run folder:
# unix sockets must stay under 108 bytes), say() and fail() from the caller.

DOCKER=/usr/bin/docker   # Debian's 20.10 client has BuildKit built in; the newer client on PATH has no buildx.
SUITE=bookworm
STANDIN_REV=3            # bump when the stand-in recipe below changes: forces a rebuild of the stand-ins

# Installs docker.io, iptables and mmdebstrap from Debian when missing (idempotent).
cc_install_tools() {
  local need=()
  command -v dockerd >/dev/null || need+=(docker.io)
  [ -x "$DOCKER" ] || need+=(docker.io)
  command -v iptables >/dev/null || need+=(iptables)
  command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
  ((${#need[@]})) || return 0
  say "installing ${need[*]} (apt)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
}

# Starts dockerd on a private socket without touching the host network: no docker0 bridge, no
# iptables rules, no ip_forward. Builds use --network host; runs use --network none (or host, for
# the loopback-only end-to-end step).
cc_start_daemon() {
  export DOCKER_BUILDKIT=1 DOCKER_HOST="unix://$CC_RUN/docker.sock"
  mkdir -p "$CC_CACHE/docker"
  dockerd --data-root "$CC_CACHE/docker" --exec-root "$CC_RUN/exec" --pidfile "$CC_RUN/dockerd.pid" \
    -H "$DOCKER_HOST" --bridge=none --iptables=false --ip-forward=false --ip-masq=false \
    >"$CC_RUN/dockerd.log" 2>&1 &
  CC_DOCKERD_PID=$!
  for _ in $(seq 120); do $DOCKER info >/dev/null 2>&1 && return 0; sleep 0.5; done
  tail -20 "$CC_RUN/dockerd.log"
  fail "dockerd did not start (log above)"
}

# Stops what this run started: its containers, then dockerd (by its PID), waiting for it to exit.
cc_stop_daemon() {
  [ -n "${CC_DOCKERD_PID:-}" ] || return 0
  local ids
  ids=$($DOCKER ps -aq --filter "label=feudbot-cc=$CC_RUN_ID" 2>/dev/null || true)
  [ -z "$ids" ] || $DOCKER rm -f $ids >/dev/null 2>&1 || true
  # Keep the cache from growing run after run: dangling images, and build cache beyond 2 GB.
  $DOCKER image prune -f >/dev/null 2>&1 || true
  $DOCKER builder prune -f --keep-storage 2gb >/dev/null 2>&1 || true
  kill "$CC_DOCKERD_PID" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$CC_DOCKERD_PID" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$CC_DOCKERD_PID" 2>/dev/null || true
  wait "$CC_DOCKERD_PID" 2>/dev/null || true
  CC_DOCKERD_PID=
}

# Hard links when on the same file system (the SDK is ~1 GB), a copy otherwise.
cpl() { cp -al "$@" 2>/dev/null || cp -a "$@"; }

# Builds the stand-in base images when missing or made from another .NET / recipe.
cc_standin_images() {
  local d=/usr/share/dotnet rtv sdkv id have tar ctx
  rtv=$(ls "$d/shared/Microsoft.NETCore.App" | sort -V | tail -1)
  sdkv=$(ls "$d/sdk" | sort -V | tail -1)
  id="$SUITE-$rtv-$sdkv-r$STANDIN_REV"
  have=$($DOCKER image inspect mcr.microsoft.com/dotnet/sdk:10.0 \
    --format '{{index .Config.Labels "feudbot.standin"}}' 2>/dev/null || true)
  if [ "$have" = "$id" ]; then say "stand-in base images present ($id)"; return 0; fi
  tar=$CC_CACHE/runtime-deps-$SUITE-r$STANDIN_REV.tar
  if [ ! -s "$tar" ]; then
    say "mmdebstrap $SUITE rootfs (about a minute, cached in $tar)"
    # Like the real (Ubuntu, minimized) images: no recommends, no docs, man pages or translations,
    # and merged /usr made by mmdebstrap's hook rather than the usrmerge package (which drags in perl).
    TMPDIR=$CC_RUN mmdebstrap --quiet --format=tar --variant=minbase \
      --hook-dir=/usr/share/mmdebstrap/hooks/merged-usr \
      --aptopt='APT::Install-Recommends "false"' \
      --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
      --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
      --include=ca-certificates,libicu72,libssl3,tzdata \
      --customize-hook='chroot "$1" groupadd --gid=1654 app' \
      --customize-hook='chroot "$1" useradd -l --uid=1654 --gid=1654 --create-home app' \
      "$SUITE" "$tar.part" /etc/apt/sources.list.d/debian.sources >"$CC_RUN/mmdebstrap.log" 2>&1 \
      || { tail -30 "$CC_RUN/mmdebstrap.log"; fail "mmdebstrap failed (log above)"; }
    mv "$tar.part" "$tar"
  fi
  find "$CC_CACHE" -maxdepth 1 -name 'runtime-deps-*.tar*' ! -name "${tar##*/}" -delete   # older recipes
  say "building stand-in base images ($id)"
  # Same environment as the real images (APP_UID, ASPNETCORE_HTTP_PORTS, DOTNET_RUNNING_IN_CONTAINER).
  $DOCKER import -c 'ENV APP_UID=1654' -c 'ENV DOTNET_RUNNING_IN_CONTAINER=true' \
    -c 'ENV ASPNETCORE_HTTP_PORTS=8080' -c 'CMD ["bash"]' \
    "$tar" mcr.microsoft.com/dotnet/runtime-deps:10.0 >/dev/null
  ctx=$CC_RUN/standin; rm -rf "$ctx"; mkdir -p "$ctx/runtime/dotnet/shared" "$ctx/aspnet/dotnet/shared" "$ctx/sdk/extra-ca"
  cpl "$d/dotnet" "$d/host" "$ctx/runtime/dotnet/"
  cpl "$d/shared/Microsoft.NETCore.App" "$ctx/runtime/dotnet/shared/"
  cpl "$d/shared/Microsoft.AspNetCore.App" "$ctx/aspnet/dotnet/shared/"
  cpl "$d" "$ctx/sdk/dotnet"
  # The machine's extra CAs (its egress to NuGet goes through them): copied at build time only,
  # into the SDK stand-in, never into the repository or the final image.
  cp /usr/local/share/ca-certificates/*.crt "$ctx/sdk/extra-ca/" 2>/dev/null || true
  printf '%s\n' 'FROM mcr.microsoft.com/dotnet/runtime-deps:10.0' "ENV DOTNET_VERSION=$rtv" \
    'COPY dotnet /usr/share/dotnet' 'RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet' \
    "LABEL feudbot.standin=$id" >"$ctx/runtime/Dockerfile"
  # aspnet:10.0 too, so that moving the final stage to it (a Kestrel health endpoint) is one line.
  printf '%s\n' 'FROM mcr.microsoft.com/dotnet/runtime:10.0' 'COPY dotnet /usr/share/dotnet' \
    "LABEL feudbot.standin=$id" >"$ctx/aspnet/Dockerfile"
  printf '%s\n' 'FROM mcr.microsoft.com/dotnet/runtime-deps:10.0' \
    "ENV DOTNET_VERSION=$rtv DOTNET_SDK_VERSION=$sdkv DOTNET_NOLOGO=true DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip NUGET_CERT_REVOCATION_MODE=offline" \
    'COPY extra-ca/ /usr/local/share/ca-certificates/' 'RUN update-ca-certificates >/dev/null' \
    'COPY dotnet /usr/share/dotnet' 'RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet' \
    "LABEL feudbot.standin=$id" >"$ctx/sdk/Dockerfile"
  $DOCKER build -q --network none -t mcr.microsoft.com/dotnet/runtime:10.0 "$ctx/runtime" >/dev/null
  $DOCKER build -q --network none -t mcr.microsoft.com/dotnet/aspnet:10.0 "$ctx/aspnet" >/dev/null
  $DOCKER build -q --network none -t mcr.microsoft.com/dotnet/sdk:10.0 "$ctx/sdk" >/dev/null
  rm -rf "$ctx"
}
