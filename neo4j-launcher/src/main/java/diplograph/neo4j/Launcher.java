package diplograph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs the embedded Neo4j community kernel with a Bolt connector until it is told to stop.
 *
 * <p>Contract with the Node side (src/db/local-neo4j.ts):
 * <ul>
 *   <li>stdout carries exactly one line, {@code DIPLOGRAPH_NEO4J_READY bolt://HOST:PORT},
 *       once the database accepts Bolt connections; everything else goes to stderr;</li>
 *   <li>SIGTERM / SIGINT shut the database down cleanly (shutdown hook);</li>
 *   <li>with {@code --exit-on-stdin-eof}, the end of stdin (the parent's pipe closing, which
 *       happens even when the parent is SIGKILLed) shuts it down too, so no JVM outlives
 *       the process that started it;</li>
 *   <li>a port already in use is reported on stderr with exit code 3.</li>
 * </ul>
 */
public final class Launcher {
    static final String READY_PREFIX = "DIPLOGRAPH_NEO4J_READY ";
    static final int EXIT_USAGE = 2;
    static final int EXIT_PORT_IN_USE = 3;
    static final int EXIT_START_FAILED = 4;

    private Launcher() {}

    public static void main(String[] argv) {
        // Claim stdout for the ready line alone: anything a library prints goes to stderr.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        Options options;
        try {
            options = Options.parse(argv);
        } catch (IllegalArgumentException e) {
            fail(EXIT_USAGE, e.getMessage() + "\n" + Options.USAGE);
            return;
        }

        // Checked before the kernel starts, so a taken port fails in milliseconds, not after
        // the store has been opened.
        if (!portIsFree(options.host, options.port)) {
            fail(EXIT_PORT_IN_USE, portInUseMessage(options));
            return;
        }

        AtomicReference<DatabaseManagementService> service = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService dbms = service.getAndSet(null);
            if (dbms != null) {
                log("shutting down");
                dbms.shutdown();
                log("stopped");
            }
        }, "diplograph-neo4j-shutdown"));

        if (options.exitOnStdinEof) {
            watchStdin();
        }

        try {
            Files.createDirectories(options.dataDir);
            DatabaseManagementService dbms = build(options);
            service.set(dbms);
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                fail(EXIT_START_FAILED, "the database did not become available within 2 minutes");
                return;
            }
            if (options.password != null) {
                setPassword(dbms, options.user, options.password);
            }
        } catch (Throwable e) {
            if (causedByBind(e)) {
                fail(EXIT_PORT_IN_USE, portInUseMessage(options));
            } else {
                e.printStackTrace(System.err);
                fail(EXIT_START_FAILED, "Neo4j failed to start: " + rootMessage(e));
            }
            return;
        }

        stdout.println(READY_PREFIX + "bolt://" + options.advertisedHost + ":" + options.port);
        stdout.flush();
        log("ready; data in " + options.dataDir.toAbsolutePath());
        // The kernel's threads keep the JVM alive; main has nothing more to do.
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
                .setConfig(BoltConnector.advertised_address,
                        new SocketAddress(options.advertisedHost, options.port))
                .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                // Preallocating transaction logs writes hundreds of MB up front: wasted on a
                // development database.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Netty's graceful shutdown waits two quiet periods of 5 s by default; the
                // store is already checkpointed by then, so waiting adds nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .build();
    }

    /** Community edition knows users (not roles); the embedded API runs as an admin. */
    private static void setPassword(DatabaseManagementService dbms, String user, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        Map<String, Object> params = Map.of("user", user, "password", password);
        system.executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            // A restart with the password already set: Neo4j refuses to "change" it to itself.
            // (Neo4j 5.26 gives this refusal no status code of its own, so its text is matched.)
            if (!rootMessage(e).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            InputStream in = System.in;
            try {
                while (in.read(buffer) != -1) {
                    // Input is ignored; only its end matters.
                }
            } catch (IOException ignored) {
                // A broken pipe means the same as end of input.
            }
            log("stdin closed (parent gone); shutting down");
            System.exit(0);
        }, "diplograph-stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    static boolean portIsFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String portInUseMessage(Options options) {
        return "port " + options.port + " on " + options.host
                + " is already in use; stop whatever listens there or choose another port";
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || t.getClass().getSimpleName().equals("PortBindException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void log(String message) {
        System.err.println("diplograph-neo4j: " + message);
    }

    private static void fail(int code, String message) {
        System.err.println("diplograph-neo4j: error: " + message);
        System.err.flush();
        System.exit(code);
    }

    /** Command-line options; every value has a default except the data directory. */
    static final class Options {
        static final String PASSWORD_ENV = "DIPLOGRAPH_NEO4J_PASSWORD";
        static final String USAGE = String.join("\n",
                "usage: Launcher --data-dir DIR [--host 127.0.0.1] [--port 7687]",
                "                [--advertised-host HOST] [--page-cache 64m]",
                "                [--user neo4j] [--password PASSWORD] [--exit-on-stdin-eof]",
                "auth is off unless a password is given, by --password or by the environment",
                "variable DIPLOGRAPH_NEO4J_PASSWORD (Neo4j wants at least 8 characters).");

        Path dataDir;
        String host = "127.0.0.1";
        int port = 7687;
        String advertisedHost;
        long pageCacheBytes = 64L * 1024 * 1024;
        String user = "neo4j";
        String password;
        boolean exitOnStdinEof;

        static Options parse(String[] argv) {
            Options o = new Options();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                switch (arg) {
                    case "--data-dir" -> o.dataDir = Path.of(value(argv, ++i, arg));
                    case "--host" -> o.host = value(argv, ++i, arg);
                    case "--port" -> o.port = port(value(argv, ++i, arg));
                    case "--advertised-host" -> o.advertisedHost = value(argv, ++i, arg);
                    case "--page-cache" -> o.pageCacheBytes = bytes(value(argv, ++i, arg));
                    case "--user" -> o.user = value(argv, ++i, arg);
                    case "--password" -> o.password = value(argv, ++i, arg);
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (o.dataDir == null) {
                throw new IllegalArgumentException("--data-dir is required");
            }
            if (o.password == null) {
                // Preferred over --password: the environment does not show up in `ps`.
                String fromEnv = System.getenv(PASSWORD_ENV);
                o.password = fromEnv == null || fromEnv.isEmpty() ? null : fromEnv;
            }
            if (o.advertisedHost == null) {
                o.advertisedHost = o.host;
            }
            if (o.password != null && o.password.length() < 8) {
                throw new IllegalArgumentException("the password must have at least 8 characters");
            }
            return o;
        }

        private static String value(String[] argv, int i, String name) {
            if (i >= argv.length || argv[i].startsWith("--")) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return argv[i];
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be 1-65535, got: " + text);
            }
        }

        /** "64m", "1g", "512k" or a plain byte count. */
        static long bytes(String text) {
            String t = text.trim().toLowerCase();
            long unit = 1;
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            if (last == 'k' || last == 'm' || last == 'g') {
                unit = last == 'k' ? 1024L : last == 'm' ? 1024L * 1024 : 1024L * 1024 * 1024;
                t = t.substring(0, t.length() - 1);
            }
            try {
                long n = Long.parseLong(t);
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                return n * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--page-cache must look like 64m, 1g or 512k, got: " + text);
            }
        }
    }
}
