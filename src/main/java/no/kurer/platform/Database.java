package no.kurer.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Kurer's one datasource, {@code java:app/jdbc/kurer}. Its URL, driver class and credentials are MicroProfile Config keys
 * ({@code db.url}, {@code db.datasource-class}, {@code db.user}, {@code db.password}) so the same WAR runs on the embedded
 * H2 file database by default and on PostgreSQL when an administrator sets them in the server console.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=db.datasource-class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/kurer";
}
