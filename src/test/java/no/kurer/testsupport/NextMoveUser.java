package no.kurer.testsupport;

/**
 * The user of the NextMove API ({@code /api}) in the tests: a user in the server's group/role {@code nextmove}, created
 * beside the admin user by the test servers' set-up.
 */
public final class NextMoveUser {

    public static final String USER = "fagsystem";
    public static final String PASSWORD = "kurer-nextmove";

    /** The {@code Authorization} header value for this user. */
    public static String basic() {
        return Admin.basic(USER, PASSWORD);
    }

    private NextMoveUser() {}
}
