package no.kurer.webhooks.control;

import java.nio.file.Path;
import no.kurer.testsupport.DatabaseServer;
import no.kurer.testsupport.H2FileDatabase;
import org.junit.jupiter.api.io.TempDir;

/** Delivery claiming on H2 files, Kurer's default database. */
class H2DeliveryClaimTest extends DeliveryClaimContract {

    @TempDir
    static Path dir;

    @Override
    DatabaseServer startDatabase() {
        return new H2FileDatabase(dir);
    }
}
