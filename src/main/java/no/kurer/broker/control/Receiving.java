package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import no.kurer.platform.ConstraintViolation;
import no.kurer.problems.Problem;

/**
 * One poll of the broker inbox: confirm what is held but unconfirmed, take over files whose claimant gave up, then
 * search {@code status=Published&recipientStatus=Initialized} for {@code broker.resource-id}, again while a full page
 * (100) comes back and this round took something. Each file: claimed in the database, downloaded to the file store
 * (MD5 checked against the broker's checksum), unpacked, its payload decrypted and its signature checked
 * ({@link DpoPayload#open}; a file that fails is kept as FAILED with the reason), persisted and committed, and only
 * then confirmed. A file whose entries inflate past {@link EntryLimits}, or that breaks {@link IncomingFileRules}
 * (a sender other than the broker's, a receiver other than Kurer's organisation), is FAILED and confirmed with
 * nothing of it left in the file store. A file that fails for another reason of its own is tried
 * {@code broker.receive.max-attempts} times, then kept FAILED (the raw file stays in the file store for the
 * administrator) and confirmed; an outage is retried.
 */
@ApplicationScoped
public class Receiving {

    public static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(Receiving.class.getName());

    @Inject
    IncomingTransfers transfers;

    @Inject
    DpoConfiguration config;

    @Inject
    Broker broker;

    @Inject
    DpoFiles files;

    @Inject
    IncomingPackages packages;

    /** @return the number of files taken in this poll */
    public int poll() {
        transfers.unconfirmed().forEach(this::confirm);
        int taken = 0;
        for (String id : transfers.abandoned()) {
            if (transfers.takeOver(id, config.lease())) {
                fetch(id);
                taken++;
            }
        }
        List<String> found;
        int claimed;
        do {
            found = broker.search(config.resourceId(), "Published", "Initialized");
            claimed = 0;
            for (String id : found) {
                if (claim(id)) {
                    claimed++;
                    fetch(id);
                }
            }
            taken += claimed;
        } while (found.size() >= PAGE && claimed > 0);
        return taken;
    }

    /** Another instance inserting the same claim at the same moment makes ours fail on the primary key. */
    private boolean claim(String id) {
        try {
            return transfers.claim(id, config.lease());
        } catch (PersistenceException e) {
            if (ConstraintViolation.in(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes one file. The broker, the token services or the database failing is not the file's fault ({@link
     * #outage}; a database that cannot even record the failure leaves the claim to lapse): tried again, without a
     * bound. A failure of the file's own (the broker refusing it, a wrong checksum, a package that is not what it must
     * be) counts as an attempt; after {@code broker.receive.max-attempts} the file is kept FAILED with the reason, and
     * confirmed. Anything else (a local disk, a defect of Kurer's) is no failure of the file: it ends the round, which
     * logs it, and the file is taken over again once its claim lapses ({@code broker.claim-seconds}).
     */
    void fetch(String id) {
        Path file = files.incomingPackage(id);
        String sender = null;
        try {
            JsonNode overview = broker.overview(id);
            sender = overview.path("sender").asText(null);
            String md5 =
                    broker.download(id, file, overview.path("fileTransferSize").asLong(-1));
            String expected = overview.path("checksum").asText("");
            if (!expected.isBlank() && !expected.equalsIgnoreCase(md5)) {
                throw CorruptPackage.checksumMismatch(
                        "The download's MD5 " + md5 + " is not the broker's checksum " + expected);
            }
            packages.keep(id, sender, file);
        } catch (BrokerRefused e) {
            if (!transfers.failedAttempt(id, sender, file, e.detail())) {
                return;
            }
        } catch (Problem e) {
            if (outage(e)) {
                transfers.retryLater(id, e.detail());
                return;
            }
            if (!transfers.failedAttempt(id, sender, file, e.detail())) {
                return;
            }
        }
        confirm(id);
    }

    /**
     * Not the file's fault: the broker unavailable or rate-limited, Maskinporten or Altinn's token exchange failing
     * (5xx problems), or a key Kurer lacks.
     */
    private static boolean outage(Problem e) {
        return e instanceof BrokerUnreachable || e.status() >= 500;
    }

    private void confirm(String id) {
        try {
            broker.confirmDownload(id);
            transfers.confirmed(id);
        } catch (BrokerRefused refused) {
            LOG.warning(() -> "the broker refused to confirm " + id + " (" + refused.detail() + "); not asking again");
            transfers.confirmed(id);
        } catch (BrokerUnreachable e) {
            LOG.info(() -> "confirming " + id + " waits for the next poll: " + e.getMessage());
        }
    }
}
