package no.kurer.platform;

import java.nio.file.Path;
import org.h2.engine.Constants;

/** H2 file databases in a temporary directory, opened the way Kurer's default configuration opens them. */
final class H2FileDatabase implements TestDatabase {

    private final Path dir;

    H2FileDatabase(Path dir) {
        this.dir = dir;
    }

    @Override
    public String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
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
