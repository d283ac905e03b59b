/*
 * Parley's local Neo4j Community server: an embedded DatabaseManagementService
 * with the Bolt connector, run in Java single-file source mode (no build step):
 *
 *   java -cp 'tools/neo4j/lib/*' tools/neo4j/Launcher.java [--key=value ...]
 *
 * Normally started by tools/neo4j/start.sh. Every option can be given as
 * --key=value, as -Dneo4j.<key>=value, or through the environment variable
 * shown; the first one found wins.
 *
 *   home       NEO4J_HOME_DIR   data/log directory   (default <repo>/.data/neo4j)
 *   bolt       NEO4J_BOLT       Bolt listen address  (default 127.0.0.1:7687;
 *              NEO4J_BOLT_PORT  alone sets the port on 127.0.0.1)
 *   import     NEO4J_IMPORT_DIR LOAD CSV file:/// root (default <home>/import)
 *   auth       NEO4J_AUTH       true|false           (default false)
 *   password   NEO4J_PASSWORD   password for user neo4j when auth=true (>= 8 chars)
 *   pagecache  NEO4J_PAGECACHE  page cache size      (default 256m)
 *   txtimeout  NEO4J_TX_TIMEOUT db.transaction.timeout (default 60s)
 *   csvfiles   NEO4J_ALLOW_CSV_FILES  LOAD CSV from file:/// URLs (default false;
 *              true or 1 allows files under the import directory: the benchmark)
 *   setting.X  -                any other Neo4j setting X, passed through verbatim
 *
 * The server only ever binds to loopback; HTTP/HTTPS are off. On success it
 * prints one line starting with "READY " to stdout. SIGTERM/SIGINT shut the
 * DBMS down cleanly through a shutdown hook.
 */

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {

    private static final Map<String, String> ARGS = new HashMap<>();

    public static void main(String[] argv) {
        try {
            run(argv);
        } catch (Throwable t) {
            // Without this a failure after build() could leave Neo4j's non-daemon threads running.
            System.err.println("neo4j launcher: startup failed");
            t.printStackTrace();
            System.exit(1); // runs the shutdown hook, if it was registered
        }
    }

    private static void run(String[] argv) throws Exception {
        for (String a : argv) {
            if (a.equals("-h") || a.equals("--help")) {
                System.out.println("usage: java -cp 'lib/*' Launcher.java [--home=DIR] [--bolt=HOST:PORT] "
                        + "[--import=DIR] [--auth=true|false] [--password=PW] [--pagecache=256m] [--txtimeout=60s] [--csvfiles=false] [--setting.NAME=VALUE ...]");
                return;
            }
            if (!a.startsWith("--") || !a.contains("=")) {
                die("unrecognised argument: " + a + " (expected --key=value)");
            }
            int eq = a.indexOf('=');
            ARGS.put(a.substring(2, eq), a.substring(eq + 1));
        }

        Path home = Paths.get(opt("home", "NEO4J_HOME_DIR", defaultHome().toString()))
                .toAbsolutePath().normalize();
        String port = opt("port", "NEO4J_BOLT_PORT", "7687");
        String bolt = opt("bolt", "NEO4J_BOLT", "127.0.0.1:" + port);
        String host = hostOf(bolt);
        if (!isLoopback(bolt)) die("refusing to bind Bolt to non-loopback address " + bolt);
        Path importDir = Paths.get(opt("import", "NEO4J_IMPORT_DIR", home.resolve("import").toString()))
                .toAbsolutePath().normalize();
        boolean auth = Boolean.parseBoolean(opt("auth", "NEO4J_AUTH", "false"));
        String password = opt("password", "NEO4J_PASSWORD", "");
        String pagecache = opt("pagecache", "NEO4J_PAGECACHE", "256m");
        String txTimeout = opt("txtimeout", "NEO4J_TX_TIMEOUT", "60s");
        String txMemory = opt("txmemory", "NEO4J_TX_MEMORY", defaultTxMemory());
        String csvFiles = opt("csvfiles", "NEO4J_ALLOW_CSV_FILES", "false");
        boolean allowCsvFiles = csvFiles.equals("1") || Boolean.parseBoolean(csvFiles);

        Files.createDirectories(home);
        Files.createDirectories(importDir);

        Map<String, String> cfg = new LinkedHashMap<>();
        // Network: loopback only, Bolt on, HTTP(S) off.
        cfg.put("server.default_listen_address", "127.0.0.1");
        cfg.put("server.default_advertised_address", host);
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", bolt);
        // Advertised address is what the ROUTE reply hands to neo4j:// clients.
        cfg.put("server.bolt.advertised_address", bolt);
        cfg.put("server.bolt.tls_level", "DISABLED");
        // Bolt's Netty event loops otherwise idle 2x5s on shutdown (stop.sh took ~10s).
        // Internal setting: if a later Neo4j drops it, startup fails with "Unrecognized
        // setting" (strict validation) -- then just delete this line.
        cfg.put("internal.dbms.bolt.netty_server_shutdown_quiet_period_duration", "0s");
        cfg.put("server.http.enabled", "false");
        cfg.put("server.https.enabled", "false");
        // Security / resources.
        cfg.put("dbms.security.auth_enabled", Boolean.toString(auth));
        cfg.put("server.memory.pagecache.size", pagecache);
        cfg.put("db.transaction.timeout", txTimeout);
        // A transaction that would take more heap than this fails at once with
        // a memory error, rather than leaving the whole server collecting
        // garbage until the timeout: one analyst's runaway console query must
        // not starve everyone else's reads.
        cfg.put("db.memory.transaction.max", txMemory);
        // LOAD CSV, whatever the query and whoever sends it: never from the
        // network (every IPv4 and IPv6 address is blocked, checked on the
        // resolved address), and from files only when asked for (the
        // benchmark's LOAD CSV reference), then confined to the import
        // directory. The blocklist is an internal setting in Neo4j 2026.x;
        // if a later Neo4j renames it, startup fails on the unknown name.
        cfg.put("internal.dbms.cypher_ip_blocklist", "0.0.0.0/0,::/0");
        cfg.put("server.directories.import", importDir.toString());
        cfg.put("dbms.security.allow_csv_import_from_file_urls", Boolean.toString(allowCsvFiles));
        // No phoning home or LAN broadcasts from a dev/CI box.
        cfg.put("dbms.usage_report.enabled", "false");
        cfg.put("server.fleet_discovery.enabled", "false");

        // Anything passed as --setting.<name>=<value> is added verbatim (e.g. --setting.db.logs.query.enabled=OFF).
        ARGS.forEach((k, v) -> {
            if (k.startsWith("setting.")) cfg.put(k.substring("setting.".length()), v);
        });
        cfg.forEach((k, v) -> {
            if (k.endsWith("listen_address") && !isLoopback(v)) die(k + "=" + v + " is not a loopback address");
        });

        // The public builder API takes typed Settings or a properties file; a generated
        // neo4j.conf-style file keeps this launcher independent of settings classes.
        Path conf = home.resolve("conf").resolve("launcher-generated.conf");
        Files.createDirectories(conf.getParent());
        StringBuilder sb = new StringBuilder("# Generated by tools/neo4j/Launcher.java on every start; edits are lost.\n");
        cfg.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Files.writeString(conf, sb.toString());

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j: shutting down");
            try {
                dbms.shutdown();
                System.out.println("neo4j: shutdown complete");
            } catch (Throwable t) {
                System.out.println("neo4j: shutdown failed: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        if (auth && !password.isEmpty()) {
            // Embedded transactions run with full privileges, so this works without logging in.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                    Map.of("pw", password));
        }

        String version = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "?");

        System.out.printf("READY bolt://%s neo4j=%s java=%s home=%s import=%s auth=%s startup_ms=%d%n",
                bolt, version, Runtime.version(), home, importDir, auth, (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();

        stopped.await(); // park until the shutdown hook has run
    }

    private static String hostOf(String address) {
        return address.contains(":") ? address.substring(0, address.lastIndexOf(':')) : address;
    }

    private static boolean isLoopback(String address) {
        String h = hostOf(address);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]");
    }

    /** --key=value, then -Dneo4j.key, then $ENV, then the default. */
    // defaultTxMemory is a quarter of the heap, in MiB: room for Parley's own
    // largest writes (a bulk batch, a rebuild's chunk) while a query that
    // needs more is refused long before the heap runs out.
    private static String defaultTxMemory() {
        return Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024)) + "m";
    }

    private static String opt(String key, String env, String def) {
        String v = ARGS.get(key);
        if (v == null || v.isEmpty()) v = System.getProperty("neo4j." + key);
        if ((v == null || v.isEmpty()) && env != null) v = System.getenv(env);
        return (v == null || v.isEmpty()) ? def : v;
    }

    /** <repo>/.data/neo4j, where <repo> is two levels above this source file; else ./.data/neo4j. */
    private static Path defaultHome() {
        try {
            var src = Launcher.class.getProtectionDomain().getCodeSource();
            if (src != null && src.getLocation() != null) {
                Path p = Paths.get(src.getLocation().toURI()).toAbsolutePath();
                Path dir = Files.isDirectory(p) ? p : p.getParent(); // source mode: the .java file
                if (dir != null && dir.endsWith(Paths.get("tools", "neo4j"))) {
                    return dir.getParent().getParent().resolve(".data").resolve("neo4j");
                }
            }
        } catch (URISyntaxException | RuntimeException ignored) {
            // fall through
        }
        return Paths.get(".data", "neo4j");
    }

    private static void die(String msg) {
        System.err.println("neo4j launcher: " + msg);
        System.exit(2);
    }
}
