package no.kurer.platform;

/**
 * Kurer's one datasource. Code injects it through the standard resource reference {@code java:comp/env/jdbc/kurer},
 * which {@code WEB-INF/web.xml} links to the datasource of the server Kurer runs on; the persistence unit names the
 * same datasource.
 *
 * <ul>
 * <li>Payara (the default build): the reference and the persistence unit name the datasource in the key
 * {@code db.jndi-name}, read when Kurer is deployed: a JDBC resource the administrator created in the server (e.g.
 * {@code jdbc/kurer}, server-config/payara/kurer-postgresql.asadmin). Without it they name {@code java:app/jdbc/kurer},
 * which web.xml defines itself from the keys {@code db.datasource-class}, {@code db.url}, {@code db.user} and
 * {@code db.password} (Payara's {@code ${MPCONFIG=key}} expressions), so the WAR alone runs on the embedded H2
 * database under ./data, and on PostgreSQL once an administrator sets those keys.</li>
 * <li>WildFly ({@code mvn -Pwildfly package}): a WildFly persistence unit cannot use a datasource the application
 * defines, so the server defines {@code java:jboss/datasources/kurer} (server-config/wildfly/kurer.cli) and the WAR
 * refers to it.</li>
 * </ul>
 */
public final class Database {

    /** The resource reference ({@code java:comp/env/jdbc/kurer}) code injects the datasource by. */
    public static final String REFERENCE = "jdbc/kurer";

    private Database() {}
}
