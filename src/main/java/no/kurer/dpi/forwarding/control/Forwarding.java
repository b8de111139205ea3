package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.configuration.Settings;
import no.kurer.configuration.Storage;
import no.kurer.dpi.control.store.PackageStore;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.platform.Instance;

/**
 * One round of the outbox on this instance: claim what is due, forward each message outside any transaction, record
 * how it went. Several instances may run rounds at once on one database; the claims keep them apart.
 */
@ApplicationScoped
public class Forwarding {

    private static final Logger LOG = Logger.getLogger(Forwarding.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Routing routing;

    @Inject
    Transport transport;

    @Inject
    ForwardingSettings forwardingSettings;

    @Inject
    Settings settings;

    /** Names this instance in claims and in the attempt log. */
    private final String instance = Instance.ID;

    /** Forwards every message due now; returns how many this instance attempted. */
    public int forwardDue() {
        ForwardingPolicy policy = forwardingSettings.policy();
        int attempted = 0;
        List<String> due;
        do {
            due = outbox.due(now(), policy.batchSize());
            for (String meldingsid : due) {
                OffsetDateTime now = now();
                if (outbox.claim(meldingsid, instance, now, now.plus(policy.claimFor()))) {
                    outbox.find(meldingsid).ifPresent(melding -> forward(melding, policy));
                    attempted++;
                }
            }
        } while (due.size() == policy.batchSize());
        return attempted;
    }

    private void forward(Melding melding, ForwardingPolicy policy) {
        OffsetDateTime started = now();
        Path pakke;
        try {
            Route route = routing.route(melding.receiver(), melding.process())
                    .orElseThrow(() -> new NoRoute(
                            melding.receiver(), ForwardingSettings.routeKey(melding.receiver()) + " is not set"));
            pakke = store().pathFor(melding.packageFile());
            transport.forward(melding, route, pakke);
            outbox.accepted(melding.meldingsid(), instance, started, now(), "Levert til hjørne 3 " + route.baseUrl());
        } catch (ForwardingFailed failed) {
            LOG.info(() -> "Forwarding " + melding.meldingsid() + " failed: " + failed.getMessage());
            outbox.failed(melding.meldingsid(), instance, started, now(), failed.getMessage(), policy);
            return;
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Forwarding " + melding.meldingsid() + " failed unexpectedly", unexpected);
            outbox.failed(
                    melding.meldingsid(),
                    instance,
                    started,
                    now(),
                    "Kurer could not forward the message (an internal error; see the server log)",
                    policy);
            return;
        }
        discard(pakke);
    }

    /** After the commit: a crash before this line leaves a file no message refers to, never a message without its file. */
    private void discard(Path pakke) {
        try {
            store().discard(pakke);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the forwarded package " + pakke, e);
        }
    }

    private PackageStore store() {
        return new PackageStore(Storage.folder(settings, "dokumentpakker"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
