package no.kurer.testsupport;

import java.nio.file.Path;
import org.h2.engine.Constants;

/** H2 file databases in a temporary directory, opened the way Kurer's default configuration opens them. */
public final class H2FileDatabase implements DatabaseServer {

    private final Path dir;
    private final String options;

    public H2FileDatabase(Path dir) {
        this(dir, "");
    }

    /** @param options further settings appended to each URL, e.g. {@code ;LOCK_TIMEOUT=10000} */
    public H2FileDatabase(Path dir, String options) {
        this.dir = dir;
        this.options = options;
    }

    @Override
    public String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE" + options;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "H2 " + Constants.FULL_VERSION + " in " + dir;
    }

    @Override
    public void close() {
        // The files live in the test's temporary directory; JUnit deletes them once every connection is closed.
    }
}
