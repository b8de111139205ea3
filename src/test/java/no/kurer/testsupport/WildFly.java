package no.kurer.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of its own for one test, set up as an administrator does it: a server base directory (configuration,
 * data, log) of its own next to the WildFly installation the build unpacked and prepared with {@code install.cli}, the
 * scripts of {@code server-config/wildfly/} run with {@code jboss-cli.sh}, {@code standalone.sh} started, and the WAR
 * deployed with the CLI. The installation itself (its modules) is shared and not changed; nor is the Arquillian
 * server's configuration.
 */
public final class WildFly implements AutoCloseable {

    /** What the build kept of the server configuration after {@code install.cli}, before any Kurer setting. */
    public static final String INSTALLED = "standalone-microprofile-installed.xml";

    public static final String CONFIG = "standalone-microprofile.xml";

    private final Path home;
    private final Path base;
    private final Path dir;
    private final int httpPort;
    private Process process;
    private List<ProcessHandle> processes = List.of();

    /** A base directory under {@code dir}; the server's ports are {@code httpPort} to {@code httpPort + 4}. */
    public WildFly(Path home, Path dir, int httpPort) {
        this.home = home.toAbsolutePath();
        this.dir = dir.toAbsolutePath();
        this.base = this.dir.resolve("base");
        this.httpPort = httpPort;
    }

    /** The WildFly the build prepared (system property {@code jboss.home}, set by the {@code wildfly} profile). */
    public static Path preparedHome() {
        String home = System.getProperty("jboss.home");
        if (home == null || !Files.isRegularFile(Path.of(home, "standalone", "configuration", INSTALLED))) {
            throw new IllegalStateException("No WildFly prepared by this build at " + home + " (no " + INSTALLED
                    + "): run with -Pwildfly, after mvn clean if target/ holds a WildFly from an older build");
        }
        return Path.of(home);
    }

    public URI base() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    /** The management interface, where WildFly serves MicroProfile Health. */
    public URI management() {
        return URI.create("http://localhost:" + managementPort() + "/");
    }

    public int managementPort() {
        return httpPort + 2;
    }

    /** The server configuration as {@code install.cli} left it, in a base directory of this server's own. */
    public WildFly prepareBaseDir() throws IOException {
        Path source = home.resolve("standalone").resolve("configuration");
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(source.resolve(INSTALLED), configuration.resolve(CONFIG), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(base.resolve("deployments"));
        return this;
    }

    /**
     * Runs CLI scripts in one embedded (offline) server on this base directory, each as a batch, with the values in
     * {@code values} written to a properties file ({@code --properties}, {@code --resolve-parameter-values}).
     */
    public void runScripts(Map<String, String> values, List<Path> scripts) throws IOException, InterruptedException {
        Properties properties = new Properties();
        properties.putAll(values);
        Path file = dir.resolve("kurer-wildfly.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "values for server-config/wildfly/*.cli");
        }
        StringBuilder commands = new StringBuilder("embed-server --server-config=" + CONFIG + " --std-out=discard");
        for (Path script : scripts) {
            commands.append(",run-batch --file=").append(script.toAbsolutePath());
        }
        commands.append(",stop-embedded-server");
        cli(
                dir.resolve("cli.log"),
                "--resolve-parameter-values",
                "--properties=" + file,
                "--commands=" + commands,
                "-Djboss.server.base.dir=" + base);
        String log = Files.readString(dir.resolve("cli.log"));
        long succeeded = log.lines()
                .filter(l -> l.contains("The batch executed successfully"))
                .count();
        if (succeeded != scripts.size()) {
            throw new IllegalStateException("not every script ran: " + log);
        }
    }

    /** {@code standalone.sh -c standalone-microprofile.xml} with these system properties; waits until it answers. */
    public void start(Map<String, String> systemProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                CONFIG,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + httpPort,
                "-Djboss.https.port=" + (httpPort + 1),
                "-Djboss.management.http.port=" + managementPort(),
                "-Djboss.management.https.port=" + (httpPort + 3),
                "-Djboss.ajp.port=" + (httpPort + 4)));
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.out").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // standalone.sh then passes SIGTERM on to the server's JVM and waits for it
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        process = builder.start();
        awaitAnswer(management().resolve("/health/live"), Duration.ofSeconds(240));
        processes = process.descendants().toList();
    }

    /** {@code jboss-cli.sh --connect --command="deploy <war> --runtime-name=ROOT.war"}, as docs/deployment.md says. */
    public void deploy(Path war) throws IOException, InterruptedException {
        cli(
                dir.resolve("deploy.log"),
                "--connect",
                "--controller=localhost:" + managementPort(),
                "--command=deploy " + war.toAbsolutePath() + " --runtime-name=ROOT.war");
    }

    public Path log() {
        return base.resolve("log").resolve("server.log");
    }

    /** Stops the server as a service manager does (SIGTERM), then makes sure nothing of it is left running. */
    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(processes);
        all.addAll(process.descendants().toList());
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        for (ProcessHandle child : all) {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception stillAlive) {
                    child.destroyForcibly();
                }
            }
        }
    }

    private void cli(Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/jboss-cli.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process cli = builder.start();
        if (!cli.waitFor(180, TimeUnit.SECONDS)) {
            cli.destroyForcibly().waitFor();
            throw new IllegalStateException("jboss-cli.sh did not finish; see " + log);
        }
        if (cli.exitValue() != 0) {
            throw new IllegalStateException("jboss-cli.sh failed (" + cli.exitValue() + "): " + Files.readString(log));
        }
    }

    private void awaitAnswer(URI uri, Duration timeout) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited; see " + dir.resolve("server.out"));
            }
            try {
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Admin.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(
                "WildFly did not answer within " + timeout + "; see " + dir.resolve("server.out"));
    }
}
