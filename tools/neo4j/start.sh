#!/usr/bin/env bash
# Start Parley's local Neo4j Community server (tools/neo4j/Launcher.java) in the
# background and wait until it answers Bolt. Idempotent; safe from any cwd.
#
# Env overrides (relative paths are taken from the repo root):
#   NEO4J_HOME_DIR      data/log dir                  (.data/neo4j, kept across restarts)
#   NEO4J_BOLT_PORT     Bolt port on 127.0.0.1         (7687)
#   NEO4J_HEAP          JVM heap, -Xms = -Xmx          (1g)
#   NEO4J_PAGECACHE     server.memory.pagecache.size   (256m)
#   NEO4J_IMPORT_DIR    LOAD CSV file:/// root         ($NEO4J_HOME_DIR/import)
#   NEO4J_ALLOW_CSV_FILES  1: LOAD CSV may read file:/// URLs under the import root (off;
#                       LOAD CSV from the network is always blocked)
#   NEO4J_AUTH          true|false                     (false); NEO4J_PASSWORD sets user neo4j's password
#   NEO4J_TX_TIMEOUT    db.transaction.timeout         (60s)
#   NEO4J_TX_MEMORY     db.memory.transaction.max      (a quarter of the heap)
#   NEO4J_JAVA_HOME     JDK to use (must be >= 21); else JAVA_HOME if >= 21; else auto-detect
#   NEO4J_JAVA_OPTS     extra JVM flags (word-split)
#   NEO4J_CDS           off: no class data sharing archive (java.sh)
#   NEO4J_CDS_DIR       where the class archives are kept (.data/cds)
#   NEO4J_START_TIMEOUT seconds to wait for Bolt       (120)
#   NEO4J_LOG_FILE, NEO4J_PID_FILE                     ($NEO4J_HOME_DIR.log, $NEO4J_HOME_DIR.pid)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
LIB_DIR="$SCRIPT_DIR/lib"
MIN_JAVA=21

# Make a possibly relative path absolute against the repo root.
abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO_ROOT/$1" ;; esac; }

DATA_DIR="$REPO_ROOT/.data"
HOME_DIR=$(abspath "${NEO4J_HOME_DIR:-.data/neo4j}")
HOME_DIR=${HOME_DIR%/}
IMPORT_DIR=$(abspath "${NEO4J_IMPORT_DIR:-$HOME_DIR/import}")
BOLT_PORT=${NEO4J_BOLT_PORT:-7687}
HEAP=${NEO4J_HEAP:-1g}
PAGECACHE=${NEO4J_PAGECACHE:-256m}
START_TIMEOUT=${NEO4J_START_TIMEOUT:-120}
# Log and pid file sit beside the data dir, so instances with different homes don't clash.
LOG_FILE=$(abspath "${NEO4J_LOG_FILE:-$HOME_DIR.log}")
PID_FILE=$(abspath "${NEO4J_PID_FILE:-$HOME_DIR.pid}")

log() { printf 'neo4j: %s\n' "$*"; }
# Alive = exists and is not a zombie (an unreaped dead child still answers kill -0).
alive() { kill -0 "$1" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]; }
die() { printf 'neo4j: ERROR: %s\n' "$*" >&2; exit 1; }

[[ $BOLT_PORT =~ ^[0-9]+$ ]] || die "NEO4J_BOLT_PORT must be a number, got '$BOLT_PORT'"

# True if a Bolt server answers on 127.0.0.1:$BOLT_PORT: sends the Bolt magic and
# proposes 5.0-5.8; any non-zero version in the reply means Bolt is up.
bolt_ready() {
  # shellcheck disable=SC2016 # $1/$v expand in the inner shell
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    v=$(od -An -tx1 -N4 <&3 | tr -d " \n")
    exec 3<&-
    [[ -n $v && $v != 00000000 ]]
  ' _ "$BOLT_PORT" 2>/dev/null
}

# Prints the pid from the pid file if that process is alive and is our launcher.
running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'Launcher\.java' || return 1
  printf '%s\n' "$pid"
}

# JDK choice, jar fetch and JVM flags, shared with import.sh.
# shellcheck source=tools/neo4j/java.sh
source "$SCRIPT_DIR/java.sh"

mkdir -p "$DATA_DIR" "$HOME_DIR" "$IMPORT_DIR" "$(dirname "$LOG_FILE")" "$(dirname "$PID_FILE")"

# Serialise concurrent start.sh runs (e.g. parallel test packages).
exec 9>"$PID_FILE.lock"
flock -w "$((START_TIMEOUT + 300))" 9 || die "timed out waiting for another start.sh"

if bolt_ready; then
  if pid=$(running_pid); then
    log "already running (pid $pid), Bolt answers on bolt://127.0.0.1:$BOLT_PORT"
  else
    log "something already answers Bolt on bolt://127.0.0.1:$BOLT_PORT (not started by this script); using it"
  fi
  exit 0
fi

if pid=$(running_pid); then
  die "pid $pid (from $PID_FILE) is running but Bolt does not answer on port $BOLT_PORT; run tools/neo4j/stop.sh first"
fi
rm -f "$PID_FILE"

JAVA_DIR=$(pick_jdk)
JAVA_MAJOR=$(jdk_major "$JAVA_DIR")
fetch_jars

jvm_flags
cds_flags server
# A pending archive of a server that ended without stop.sh is not trusted.
if [[ -f $PID_FILE.cds ]]; then rm -f "$(head -n1 "$PID_FILE.cds")" "$PID_FILE.cds"; fi

# Keep the previous run's log as .1; the READY check below reads only this run's.
if [[ -f $LOG_FILE ]]; then mv -f "$LOG_FILE" "$LOG_FILE.1"; fi

log "starting Neo4j $(neo4j_version) on Java $JAVA_MAJOR ($JAVA_DIR), data in $HOME_DIR"
started=$SECONDS
nohup "$JAVA_DIR/bin/java" "${jvm_opts[@]}" -cp "$LIB_DIR/*" "$SCRIPT_DIR/Launcher.java" \
  --home="$HOME_DIR" --bolt="127.0.0.1:$BOLT_PORT" --import="$IMPORT_DIR" --pagecache="$PAGECACHE" \
  >"$LOG_FILE" 2>&1 </dev/null 8>&- 9>&- &
pid=$!
printf '%s\n' "$pid" >"$PID_FILE"
# stop.sh keeps the class archive this server writes at exit (java.sh).
if [[ -n $cds_new ]]; then printf '%s\n%s\n' "$cds_new" "$cds_final" >"$PID_FILE.cds"; fi

fail() {
  printf 'neo4j: ERROR: %s\n--- last lines of %s ---\n' "$1" "$LOG_FILE" >&2
  tail -n 40 "$LOG_FILE" >&2 || true
  printf -- '--- more in %s/logs/debug.log ---\n' "$HOME_DIR" >&2
  exit 1
}

until grep -q '^READY ' "$LOG_FILE" && bolt_ready; do
  if ! alive "$pid"; then
    rm -f "$PID_FILE"
    fail "Neo4j exited during startup"
  fi
  if ((SECONDS - started >= START_TIMEOUT)); then
    kill -TERM "$pid" 2>/dev/null || true
    sleep 5
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$PID_FILE"
    fail "Bolt did not answer on port $BOLT_PORT within ${START_TIMEOUT}s"
  fi
  # A quarter second: a grep of the log until READY is cheap, and every
  # start (the offline import's second one among them) waits less.
  sleep 0.25
done

log "ready on bolt://127.0.0.1:$BOLT_PORT (pid $pid, $((SECONDS - started))s); log: $LOG_FILE"
