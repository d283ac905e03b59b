# Shared by start.sh and import.sh (sourced, not run): picking a JDK,
# fetching the Neo4j jars into lib/, and the JVM flags Neo4j needs. The
# caller sets SCRIPT_DIR, LIB_DIR, DATA_DIR, MIN_JAVA, HEAP and defines
# log, die and abspath.

# Major version of the JDK at $1, or nothing if it is not a usable JDK (source mode needs javac).
jdk_major() {
  [[ -x $1/bin/java && -x $1/bin/javac ]] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# Pick a JDK >= MIN_JAVA: NEO4J_JAVA_HOME (strict), JAVA_HOME, Temurin 25, newest under /usr/lib/jvm.
pick_jdk() {
  local jh major best="" best_major=0
  if [[ -n ${NEO4J_JAVA_HOME:-} ]]; then
    major=$(jdk_major "$NEO4J_JAVA_HOME")
    [[ -n $major && $major -ge $MIN_JAVA ]] ||
      die "NEO4J_JAVA_HOME=$NEO4J_JAVA_HOME is not a JDK >= $MIN_JAVA (found: ${major:-none})"
    printf '%s\n' "$NEO4J_JAVA_HOME"; return
  fi
  for jh in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [[ -n $jh ]] || continue
    major=$(jdk_major "$jh")
    if [[ -n $major && $major -ge $MIN_JAVA ]]; then printf '%s\n' "$jh"; return; fi
  done
  for jh in /usr/lib/jvm/*/; do
    jh=${jh%/}
    [[ -L $jh ]] && continue # skip Debian's alias symlinks
    major=$(jdk_major "$jh")
    if [[ -n $major && $major -ge $MIN_JAVA && $major -gt $best_major ]]; then best=$jh best_major=$major; fi
  done
  [[ -n $best ]] || die "no JDK >= $MIN_JAVA found (JAVA_HOME=${JAVA_HOME:-unset}; looked in /usr/lib/jvm).
  Neo4j $(neo4j_version) needs Java $MIN_JAVA+; install one or set NEO4J_JAVA_HOME."
  printf '%s\n' "$best"
}

neo4j_version() { sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$SCRIPT_DIR/pom.xml"; }

# Fetch the runtime jars into lib/ unless lib/ matches the current pom.xml.
# Downloads go through ~/.m2 (Maven's cache); lib/ is swapped in atomically.
FETCH_TMP=""
fetch_jars() {
  local sum
  sum=$(sha256sum "$SCRIPT_DIR/pom.xml" | cut -d' ' -f1)
  if [[ -f $LIB_DIR/.pom.sha256 && $(<"$LIB_DIR/.pom.sha256") == "$sum" ]]; then return; fi
  # lib/ is shared by all instances: one fetch at a time, then re-check.
  exec 8>"$DATA_DIR/neo4j-fetch.lock"
  flock -w 900 8 || die "timed out waiting for another jar fetch"
  if [[ -f $LIB_DIR/.pom.sha256 && $(<"$LIB_DIR/.pom.sha256") == "$sum" ]]; then return; fi
  command -v mvn >/dev/null || die "mvn not found; it is needed once to fetch the Neo4j jars (apt-get install maven)"
  FETCH_TMP="$SCRIPT_DIR/lib.tmp.$$"
  rm -rf "$FETCH_TMP"
  trap 'rm -rf "$FETCH_TMP"' EXIT
  log "fetching Neo4j $(neo4j_version) jars from Maven Central into $LIB_DIR ..."
  # Output goes to a file (Maven 3.8 prints stray colour codes even with -B -q); shown on failure.
  if ! mvn -B -q -f "$SCRIPT_DIR/pom.xml" dependency:copy-dependencies -Dneo4j.lib.dir="$FETCH_TMP" \
    >"$DATA_DIR/neo4j-fetch.log" 2>&1; then
    cat "$DATA_DIR/neo4j-fetch.log" >&2
    die "Maven could not fetch the Neo4j jars (output above, also in $DATA_DIR/neo4j-fetch.log)"
  fi
  printf '%s\n' "$sum" >"$FETCH_TMP/.pom.sha256"
  rm -rf "$LIB_DIR"
  mv "$FETCH_TMP" "$LIB_DIR"
  trap - EXIT
}

# JVM flags (sets the array jvm_opts, from HEAP and JAVA_MAJOR): Neo4j's default server.jvm.additional set plus what the bootloader adds on new JDKs.
# No -XX:+ExitOnOutOfMemoryError (Neo4j's neo4j.conf leaves it off too): with
# it, one read that fills the heap (the console allows reads) would stop the
# database; without it Neo4j fails that transaction with
# Neo.TransientError.General.OutOfMemoryError and goes on serving.
jvm_flags() {
  jvm_opts=(
    -Xms"$HEAP" -Xmx"$HEAP"
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
    -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
    -Dfile.encoding=UTF-8 -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true -Dorg.neo4j.shaded.lucene9.vectorization.upperJavaFeatureVersion=25
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
    --enable-native-access=ALL-UNNAMED --add-modules=jdk.incubator.vector
  )
  if ((JAVA_MAJOR >= 24)); then jvm_opts+=(--sun-misc-unsafe-memory-access=allow); fi
  # shellcheck disable=SC2206 # intentional word splitting of user-supplied flags
  if [[ -n ${NEO4J_JAVA_OPTS:-} ]]; then jvm_opts+=($NEO4J_JAVA_OPTS); fi
}

# Class data sharing (sets cds_new and appends to jvm_opts; $1 names the
# program, "server" or "import"). The JVM maps the classes that an earlier
# run of the same program, JDK, jars and flags loaded from an archive
# instead of reading and verifying them from the jars again: the server's
# start went from about 9 s to about 4.5 s (1M-meeting store, loaded
# machine), the importer's start from about 3 s to about 2 s. A run
# without an archive writes one when its JVM exits, under a temporary
# name (cds_new) that the caller renames with cds_keep once the JVM has
# exited cleanly, so a killed JVM leaves no partial archive to be read.
# NEO4J_CDS=off turns it off; NEO4J_CDS_DIR is where the archives are
# kept (.data/cds). Only the first start of each kind pays for
# writing it (a second or so when the JVM exits).
cds_flags() {
  cds_new="" cds_final=""
  [[ ${NEO4J_CDS:-on} != off ]] || return 0
  local dir key
  dir=$(abspath "${NEO4J_CDS_DIR:-.data/cds}")
  key=$({ cat "$JAVA_DIR/release" 2>/dev/null; printf '%s\n' "$JAVA_DIR" "$(cat "$LIB_DIR/.pom.sha256" 2>/dev/null)" "${NEO4J_JAVA_OPTS:-}"; } |
    sha256sum | cut -c1-16)
  mkdir -p "$dir"
  # Leftovers of JVMs that did not exit cleanly.
  find "$dir" -name "*.jsa.new.*" -mmin +1440 -delete 2>/dev/null || true
  cds_final="$dir/$1-$key.jsa"
  if [[ -s $cds_final ]]; then
    jvm_opts+=(-XX:SharedArchiveFile="$cds_final")
  else
    cds_new="$cds_final.new.$$"
    jvm_opts+=(-XX:ArchiveClassesAtExit="$cds_new")
  fi
  # The JDK's own archive was made without Neo4j's module flags, so every
  # start would log "[error][cds] Mismatched values ..." (harmless: only
  # the optimized module handling is off); a JVM that cannot use or write
  # an archive runs without one.
  jvm_opts+=(-Xlog:cds*=off)
  if ((JAVA_MAJOR >= 25)); then jvm_opts+=(-Xlog:aot*=off); fi
}

# cds_keep NEW FINAL: the archive NEW, written by a JVM that exited cleanly,
# becomes FINAL (an atomic rename: concurrent first runs each write their
# own NEW, and the last rename wins).
cds_keep() {
  if [[ -n $1 && -s $1 ]]; then mv -f "$1" "$2"; else rm -f "$1"; fi
}
