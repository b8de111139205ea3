package no.kurer.dpi.messages.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import no.kurer.dpi.entity.Melding;
import no.kurer.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** An upgrade loses no channel: a kanal stored beside its message before V7 is on the message after it. */
class KanalMigrationTest {

    @Test
    void aChannelStoredBeforeTheMoveIsOnItsMessageAfterIt() throws SQLException {
        String url = TestDatabase.h2Url("kanal");
        Flyway.configure()
                .configuration(TestDatabase.flyway(url, "sa", "").getConfiguration())
                .target("6")
                .load()
                .migrate();
        String withKanal = UUID.randomUUID().toString();
        String without = UUID.randomUUID().toString();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insert(db, withKanal);
            insert(db, without);
            try (PreparedStatement kanal =
                    db.prepareStatement("INSERT INTO dpi_message_kanal VALUES (?, 'minkanal')")) {
                kanal.setString(1, withKanal);
                kanal.executeUpdate();
            }
        }

        try (TestDatabase upgraded = TestDatabase.at(url, "sa", "")) {
            assertEquals(
                    "minkanal",
                    upgraded.transaction(em -> em.find(Melding.class, withKanal))
                            .kanal());
            assertNull(
                    upgraded.transaction(em -> em.find(Melding.class, without)).kanal());
        }
    }

    private static void insert(Connection db, String meldingsid) throws SQLException {
        try (PreparedStatement melding = db.prepareStatement("""
                INSERT INTO dpi_message (meldingsid, conversation_id, message_type, avsender, receiver, fingerprint,
                    forretningsmelding, state, created, updated, version)
                VALUES (?, 'c', 'digital', '991825827', '987464291', 'fp', 'eyJ', 'FORWARDED',
                    CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)""")) {
            melding.setString(1, meldingsid);
            melding.executeUpdate();
        }
    }
}
