package no.kurer.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * System properties for a Kurer process ({@link PayaraMicro}) in the sandbox profile, forwarding to a test corner 3:
 * the set-up the process-level tests share.
 */
public final class KurerProperties {

    private KurerProperties() {}

    /**
     * The settings a server's own configuration scripts ({@code server-config/payara/kurer-postgresql.asadmin}, {@code
     * server-config/wildfly/kurer.cli}) take from the sandbox in {@code sandboxDir} (the directory {@code sandbox.dir}
     * names): its CA, its Maskinporten client and {@code systemuser.org}'s key, and the corner 3 it lets fetch. The
     * caller adds the database, {@code dpi.audience}, {@code storage.dir} and the users.
     */
    public static Map<String, String> fromTheSandbox(Path sandboxDir) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("certificates.trusted-cas", sandboxDir.resolve("ca.pem").toString());
        values.put("maskinporten.client-id", "kurer-sandbox");
        values.put(
                "maskinporten.keystore.path",
                sandboxDir.resolve("identities/999888771.p12").toString());
        values.put("maskinporten.keystore.password", "sandbox");
        values.put("dpi.c3.allowed-consumers", "924918004");
        return values;
    }

    /**
     * Sandbox profile on {@code port}, {@code sandbox.dir} and {@code storage.dir} under {@code dir}, the database at
     * {@code dbUrl}: the sandbox's own stand-ins and nothing else.
     */
    public static Map<String, String> sandbox(Path dir, int port, String dbUrl) {
        Map<String, String> properties = new HashMap<>();
        properties.put("mp.config.profile", "sandbox");
        properties.put("sandbox.base-url", "http://localhost:" + port);
        properties.put("sandbox.dir", dir.resolve("sandbox").toString());
        properties.put("storage.dir", dir.resolve("files").toString());
        properties.put("db.url", dbUrl);
        return properties;
    }

    /** An H2 database in files under {@code dir}, kept from one start of the server to the next. */
    public static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * Sandbox profile on {@code port}, {@code sandbox.dir} and {@code storage.dir} under {@code dir} (shared by every
     * instance given the same dir), the database at {@code dbUrl}, the sandbox mailbox provider routed to
     * {@code corner3Route}, and retries after 1–2 s.
     */
    public static Map<String, String> sandbox(Path dir, int port, String dbUrl, String corner3Route) {
        Map<String, String> properties = sandbox(dir, port, dbUrl);
        properties.put("dpi.route.987464291", corner3Route);
        properties.put("%sandbox.dpi.route.987464291", corner3Route);
        properties.put("dpi.forward.initial-backoff-seconds", "1");
        properties.put("dpi.forward.max-backoff-seconds", "2");
        return properties;
    }

    /** As {@link #sandbox}, on a PostgreSQL database (e.g. an embedded one) as user postgres, the outbox every second. */
    public static Map<String, String> onPostgres(Path dir, int port, String postgresUrl, String corner3Route) {
        Map<String, String> properties = sandbox(dir, port, postgresUrl, corner3Route);
        properties.put("db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
        properties.put("db.user", "postgres");
        properties.put("db.password", "postgres");
        properties.put("dpi.forward.interval-seconds", "1");
        properties.put("dpi.forward.batch-size", "5");
        return properties;
    }
}
