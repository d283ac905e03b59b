#!/usr/bin/env bash
# Stop the Neo4j started by tools/neo4j/start.sh: SIGTERM (the launcher's shutdown
# hook runs dbms.shutdown()), wait up to NEO4J_STOP_TIMEOUT (30) s, then SIGKILL.
# Exits 0 if nothing is running. Safe from any cwd. Honours NEO4J_HOME_DIR /
# NEO4J_PID_FILE like start.sh, to stop a non-default instance.
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO_ROOT/$1" ;; esac; }
# Same defaults as start.sh: the pid file sits beside the data dir (.data/neo4j.pid).
HOME_DIR=$(abspath "${NEO4J_HOME_DIR:-.data/neo4j}")
HOME_DIR=${HOME_DIR%/}
PID_FILE=$(abspath "${NEO4J_PID_FILE:-$HOME_DIR.pid}")
STOP_TIMEOUT=${NEO4J_STOP_TIMEOUT:-30}

log() { printf 'neo4j: %s\n' "$*"; }
# The class archive the server wrote at exit (start.sh, java.sh): kept if
# it stopped cleanly ($1 = keep), else deleted, as it may be partial.
finish_cds() {
  [[ -f $PID_FILE.cds ]] || return 0
  local new final
  { read -r new; read -r final; } <"$PID_FILE.cds" || true
  rm -f "$PID_FILE.cds"
  if [[ $1 == keep && -n ${new:-} && -n ${final:-} && -s $new ]]; then mv -f "$new" "$final"; else rm -f "${new:-}"; fi
}
# Alive = exists and is not a zombie (an unreaped dead child still answers kill -0).
alive() { kill -0 "$1" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]; }

if [[ ! -f $PID_FILE ]]; then
  log "not running (no $PID_FILE)"
  exit 0
fi
pid=$(<"$PID_FILE")

if ! [[ $pid =~ ^[0-9]+$ ]] || ! alive "$pid"; then
  log "not running (stale pid file removed)"
  rm -f "$PID_FILE"
  finish_cds drop
  exit 0
fi
# Guard against pid reuse: only signal our own launcher.
if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'Launcher\.java'; then
  log "pid $pid is not the Neo4j launcher; removing stale pid file, not killing it"
  rm -f "$PID_FILE"
  finish_cds drop
  exit 0
fi

log "stopping pid $pid ..."
kill -TERM "$pid" 2>/dev/null || true
for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
  if ! alive "$pid"; then
    rm -f "$PID_FILE"
    finish_cds keep
    log "stopped cleanly ($((i / 10)).$((i % 10))s)"
    exit 0
  fi
  sleep 0.1
done

log "still running after ${STOP_TIMEOUT}s; sending SIGKILL"
kill -KILL "$pid" 2>/dev/null || true
for ((i = 0; i < 50; i++)); do alive "$pid" || break; sleep 0.1; done
rm -f "$PID_FILE"
finish_cds drop
log "killed"
