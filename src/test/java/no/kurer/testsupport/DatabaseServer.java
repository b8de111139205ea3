package no.kurer.testsupport;

/** A database server started for one test class, on which tests create empty databases by name. */
public interface DatabaseServer extends AutoCloseable {

    /** The JDBC URL of the empty database {@code name}, created on first use. */
    String url(String name) throws Exception;

    String user();

    String password();

    /** What the database reports it is, for messages. */
    String description();
}
