package no.kurer.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * A database for unit tests that need one: migrated by Kurer's own Flyway migrations (never schema generation), and an
 * EntityManagerFactory on it over the Java SE twin of the "kurer" unit ({@code META-INF/kurer-test-persistence.xml}).
 * The one place that sets this up; {@link #close()} closes the factory, not the server it runs on.
 */
public final class TestDatabase implements AutoCloseable {

    /** Flyway reports every step at INFO; kept here so that the level sticks. */
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

    private final String url;
    private final String user;
    private final String password;
    private final EntityManagerFactory emf;

    private TestDatabase(String url, String user, String password, Map<String, String> properties) {
        this.url = url;
        this.user = user;
        this.password = password;
        flyway(url, user, password).migrate();
        Map<String, String> unit = new HashMap<>(Map.of(
                "eclipselink.persistencexml", "META-INF/kurer-test-persistence.xml",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
        unit.putAll(properties);
        this.emf = Persistence.createEntityManagerFactory("kurer-test", unit);
    }

    /** A fresh in-memory H2 database of its own, named after {@code name} (made unique). */
    public static TestDatabase h2(String name) {
        return at(h2Url(name), "sa", "");
    }

    /** The URL of a fresh in-memory H2 database, named after {@code name} (made unique), kept until the JVM ends. */
    public static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** The database at {@code url}, empty or migrated part of the way, migrated the rest of it. */
    public static TestDatabase at(String url, String user, String password) {
        return new TestDatabase(url, user, password, Map.of());
    }

    /**
     * The empty database {@code name} on {@code server}, migrated.
     *
     * @param properties persistence unit properties beside the connection (pool size, log level)
     */
    public static TestDatabase on(DatabaseServer server, String name, Map<String, String> properties) throws Exception {
        return new TestDatabase(server.url(name), server.user(), server.password(), properties);
    }

    /** Kurer's migrations for the database at {@code url}, not yet applied. */
    public static Flyway flyway(String url, String user, String password) {
        FLYWAY.setLevel(Level.WARNING);
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public String url() {
        return url;
    }

    /** {@code work} in one resource-local transaction on an entity manager of its own; committed unless it throws. */
    public <T> T transaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        transaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
