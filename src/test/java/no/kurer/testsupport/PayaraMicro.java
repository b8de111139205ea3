package no.kurer.testsupport;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kurer's WAR on a Payara Micro process of its own, started and stopped as an operator would, for tests that need a
 * real restart (Arquillian keeps one server for a whole deployment).
 */
public final class PayaraMicro implements AutoCloseable {

    private final Process process;
    private final URI base;

    private PayaraMicro(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /** Starts Kurer on {@code port} with these system properties and waits until it answers. */
    public static PayaraMicro start(int port, Map<String, String> properties, Path log) throws IOException {
        return start(port, properties, List.of(), log);
    }

    /** As above, with more Payara Micro options (e.g. {@code --postbootcommandfile}). */
    public static PayaraMicro start(int port, Map<String, String> properties, List<String> options, Path log)
            throws IOException {
        return start(port, properties, options, null, log);
    }

    /** As above, in {@code workDir} (relative paths, such as the default {@code ./data}, resolve there), if not null. */
    public static PayaraMicro start(
            int port, Map<String, String> properties, List<String> options, Path workDir, Path log) throws IOException {
        return start(port, List.of("-Xmx512m"), properties, options, workDir, log);
    }

    /** As above, with these JVM options (e.g. {@code -Xmx128m}) instead of {@code -Xmx512m}. */
    public static PayaraMicro start(
            int port,
            List<String> jvmOptions,
            Map<String, String> properties,
            List<String> options,
            Path workDir,
            Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of(
                "-jar",
                new File(System.getProperty("payara.microJar", "target/payara-micro.jar")).getAbsolutePath(),
                "--nocluster",
                "--deploy",
                new File(System.getProperty("kurer.war", "target/kurer.war")).getAbsolutePath(),
                "--contextroot",
                "/",
                "--port",
                String.valueOf(port)));
        command.addAll(options);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (workDir != null) {
            builder.directory(Files.createDirectories(workDir).toFile());
        }
        Process process = builder.start();
        PayaraMicro server = new PayaraMicro(process, URI.create("http://localhost:" + port + "/"));
        server.awaitDeployed(Duration.ofSeconds(Long.getLong("kurer.it.start-seconds", 180)), log);
        return server;
    }

    /** Whether the process still runs (a JVM option such as {@code -XX:+ExitOnOutOfMemoryError} may end it). */
    public boolean alive() {
        return process.isAlive();
    }

    public URI base() {
        return base;
    }

    /** Kills the process at once (SIGKILL), as a crash or a pulled plug would: no shutdown, nothing finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops the server the way a service manager does (SIGTERM), waiting for Payara's own shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitDeployed(Duration timeout, Path log) throws IOException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            try {
                HttpResponse<Void> live = http.send(
                        HttpRequest.newBuilder(base.resolve("/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (live.statusCode() == 200 && Files.readString(log).contains("Deployed 1 archive")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("Kurer did not start within " + timeout + "; see " + log);
    }
}
