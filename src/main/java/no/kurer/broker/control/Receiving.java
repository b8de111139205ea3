package no.kurer.broker.control;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.kurer.platform.ConstraintViolation;
import no.kurer.problems.Problem;

/**
 * One poll of the broker inbox of each organisation Kurer acts for, with that organisation's system user token:
 * confirm what is held but unconfirmed, take over files whose claimant gave up, then search
 * {@code status=Published&recipientStatus=Initialized} for {@code broker.resource-id}, again while a full page (100)
 * comes back and this round took something; the organisations' pages are taken in turn, a file from each. Each file: claimed in the database, downloaded to the file store
 * (MD5 checked against the broker's checksum), unpacked, its payload decrypted and its signature checked
 * ({@link DpoPayload#open}; a file that fails is kept as FAILED with the reason), persisted and committed, and only
 * then confirmed. A file whose entries inflate past {@link EntryLimits}, or that breaks {@link IncomingFileRules}
 * (a sender other than the broker's, a receiver other than the organisation whose inbox held it), is FAILED and confirmed with
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
    BrokerConnection connection;

    @Inject
    InboxSearch inboxes;

    @Inject
    DpoFiles files;

    @Inject
    IncomingPackages packages;

    /**
     * One poll of every organisation's inbox ({@link #polled()}), fairly: each organisation's page of new files is
     * taken in turn, one file from each, so one organisation's backlog never makes another's file wait for it. An
     * organisation whose search fails is told ({@link #failures()}) and does not hold up the others.
     *
     * @return the number of files taken in this poll
     */
    public int poll() {
        List<String> polled = inboxes.polled();
        for (IncomingTransfers.Taken held : transfers.unconfirmed()) {
            if (polled.contains(held.organisation())) {
                confirm(held.fileTransferId(), held.organisation());
            }
        }
        int taken = 0;
        for (IncomingTransfers.Taken abandoned : transfers.abandoned()) {
            if (polled.contains(abandoned.organisation())
                    && transfers.takeOver(abandoned.fileTransferId(), config.lease())) {
                fetch(abandoned.fileTransferId(), abandoned.organisation());
                taken++;
            }
        }
        List<String> searching = polled;
        while (!searching.isEmpty()) {
            Map<String, List<String>> found = inboxes.search(searching);
            Map<String, Integer> claimed = new HashMap<>();
            for (IncomingTransfers.Taken file : inTurn(found)) {
                if (claim(file.fileTransferId(), file.organisation())) {
                    claimed.merge(file.organisation(), 1, Integer::sum);
                    fetch(file.fileTransferId(), file.organisation());
                    taken++;
                }
            }
            // another page for a backlog: every inbox is searched again with it, so a file that came meanwhile waits
            // for one page of the backlog, not for all of it
            boolean backlog = searching.stream()
                    .anyMatch(orgno ->
                            found.getOrDefault(orgno, List.of()).size() >= PAGE && claimed.getOrDefault(orgno, 0) > 0);
            searching = backlog ? polled : List.of();
        }
        return taken;
    }

    /** The files of each organisation's page taken in turn: the first of each, then the second of each, and so on. */
    static List<IncomingTransfers.Taken> inTurn(Map<String, List<String>> pages) {
        List<IncomingTransfers.Taken> order = new ArrayList<>();
        Map<String, Deque<String>> left = new LinkedHashMap<>();
        pages.forEach((orgno, ids) -> left.put(orgno, new ArrayDeque<>(ids)));
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, Deque<String>> inbox : left.entrySet()) {
                String id = inbox.getValue().poll();
                if (id != null) {
                    order.add(new IncomingTransfers.Taken(id, inbox.getKey()));
                    more = true;
                }
            }
        }
        return order;
    }

    /** Another instance inserting the same claim at the same moment makes ours fail on the primary key. */
    private boolean claim(String id, String orgno) {
        try {
            return transfers.claim(id, orgno, config.lease());
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
    void fetch(String id, String orgno) {
        Path file = files.incomingPackage(id);
        String sender = null;
        Broker broker = connection.broker(orgno);
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
            packages.keep(id, orgno, sender, file);
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
        confirm(id, orgno);
    }

    /**
     * Not the file's fault: the broker unavailable or rate-limited, Maskinporten or Altinn's token exchange failing
     * (5xx problems), or a key Kurer lacks.
     */
    private static boolean outage(Problem e) {
        return e instanceof BrokerUnreachable || e.status() >= 500;
    }

    private void confirm(String id, String orgno) {
        try {
            connection.broker(orgno).confirmDownload(id);
            transfers.confirmed(id);
        } catch (BrokerRefused refused) {
            LOG.warning(() -> "the broker refused to confirm " + id + " (" + refused.detail() + "); not asking again");
            transfers.confirmed(id);
        } catch (BrokerUnreachable e) {
            LOG.info(() -> "confirming " + id + " waits for the next poll: " + e.getMessage());
        }
    }
}
