package no.kurer.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A PostgreSQL server for {@code DB=postgresql} runs (zonky's embedded binaries, the same the integration tests use),
 * with its data under {@code dir}. Writes its JDBC URL to {@code url-file} once it accepts connections, and runs until
 * the process is stopped.
 *
 * <pre>java no.kurer.bench.Postgres port=18300 dir=/tmp/pg url-file=/tmp/pg.url</pre>
 */
public final class Postgres {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(Integer.parseInt(a.getOrDefault("port", "18300")))
                .setDataDirectory(Path.of(a.get("dir")))
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }));
        Files.writeString(Path.of(a.get("url-file")), postgres.getJdbcUrl("postgres", "postgres"));
        Thread.currentThread().join();
    }
}
