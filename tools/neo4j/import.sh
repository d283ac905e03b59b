#!/usr/bin/env bash
# Run Neo4j's offline importer (`neo4j-admin database import full`, Community
# edition, from the jars in lib/) on the stopped instance of start.sh, into
# its database "neo4j", replacing what that database holds. `parley import
# --offline` calls it, with the files it wrote, after checking that the
# database is empty and stopping it. Arguments are passed to the importer
# (--nodes=..., --relationships=..., ...). If the import fails, the partial
# store is deleted, so the next start.sh creates an empty database again.
#
# Env: NEO4J_HOME_DIR, NEO4J_PID_FILE as for start.sh; NEO4J_IMPORT_HEAP
# (JVM heap, 1g), NEO4J_IMPORT_MEMORY (--max-off-heap-memory, 2g),
# NEO4J_IMPORT_THREADS (--threads, all cores); NEO4J_CDS as for start.sh.
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
REPO_ROOT=$(cd -- "$SCRIPT_DIR/../.." && pwd -P)
LIB_DIR="$SCRIPT_DIR/lib"
MIN_JAVA=21
abspath() { case $1 in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$REPO_ROOT/$1" ;; esac; }
DATA_DIR="$REPO_ROOT/.data"
HOME_DIR=$(abspath "${NEO4J_HOME_DIR:-.data/neo4j}")
HOME_DIR=${HOME_DIR%/}
PID_FILE=$(abspath "${NEO4J_PID_FILE:-$HOME_DIR.pid}")
HEAP=${NEO4J_IMPORT_HEAP:-1g}

log() { printf 'neo4j: %s\n' "$*"; }
alive() { kill -0 "$1" 2>/dev/null && [[ $(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) != Z ]]; }
die() { printf 'neo4j: ERROR: %s\n' "$*" >&2; exit 1; }

# shellcheck source=tools/neo4j/java.sh
source "$SCRIPT_DIR/java.sh"

if [[ -f $PID_FILE ]]; then
  pid=$(<"$PID_FILE")
  if [[ $pid =~ ^[0-9]+$ ]] && alive "$pid"; then
    die "Neo4j is running (pid $pid, $PID_FILE): the offline import needs it stopped (tools/neo4j/stop.sh)"
  fi
fi

# Interrupted (parley import --offline cancelled sends TERM) or failed: the
# partial store is deleted, so the next start.sh creates an empty database.
discard() { rm -rf "$HOME_DIR/data/databases/neo4j" "$HOME_DIR/data/transactions/neo4j"; }
importer=""
trap 'if [[ -n $importer ]]; then kill -TERM "$importer" 2>/dev/null; wait "$importer" || true; discard; rm -f "${cds_new:-}"; fi
  die "the offline import was interrupted; the partial store, if any, was deleted"' TERM INT

mkdir -p "$DATA_DIR" "$HOME_DIR"
JAVA_DIR=$(pick_jdk)
JAVA_MAJOR=$(jdk_major "$JAVA_DIR")
fetch_jars
jvm_flags
cds_flags import

args=(--overwrite-destination=true --max-off-heap-memory="${NEO4J_IMPORT_MEMORY:-2g}")
if [[ -n ${NEO4J_IMPORT_THREADS:-} ]]; then args+=(--threads="$NEO4J_IMPORT_THREADS"); fi

log "offline import into $HOME_DIR (Neo4j $(neo4j_version) on Java $JAVA_MAJOR)"
# No server runs: the tool reads its settings from $NEO4J_HOME/conf/neo4j.conf (none:
# defaults) and writes the store under $NEO4J_HOME/data, where the launcher reads it.
NEO4J_HOME=$HOME_DIR "$JAVA_DIR/bin/java" "${jvm_opts[@]}" -cp "$LIB_DIR/*" \
  org.neo4j.cli.AdminTool database import full neo4j "${args[@]}" "$@" </dev/null &
importer=$!
if ! wait "$importer"; then
  rm -f "$cds_new"
  discard
  die "the offline import failed (output above); the partial store was deleted"
fi
cds_keep "$cds_new" "$cds_final"
