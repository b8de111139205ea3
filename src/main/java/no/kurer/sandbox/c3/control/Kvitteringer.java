package no.kurer.sandbox.c3.control;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import no.kurer.sandbox.c3.entity.ReceivedMelding.Receipt;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/**
 * What the mailbox provider answers an accepted message with: after {@code delay}, a mottakskvittering, and
 * when that delivery is over, a leveringskvittering, both signed by the provider and delivered to Kurer.
 */
public class Kvitteringer {

    private static final Logger LOG = Logger.getLogger(Kvitteringer.class.getName());

    /** Told about every receipt once its delivery is over. */
    @FunctionalInterface
    public interface Log {
        void delivered(String meldingsid, Receipt receipt);
    }

    private final EnterpriseIdentity provider;
    private final KvitteringDelivery delivery;
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Clock clock;
    private final Log log;

    public Kvitteringer(
            EnterpriseIdentity provider,
            KvitteringDelivery delivery,
            ScheduledExecutorService scheduler,
            Duration delay,
            Clock clock,
            Log log) {
        this.provider = provider;
        this.delivery = delivery;
        this.scheduler = scheduler;
        this.delay = delay;
        this.clock = clock;
        this.log = log;
    }

    public CompletableFuture<Void> acknowledge(ForwardedMelding melding) {
        CompletableFuture<Void> waited = new CompletableFuture<>();
        scheduler.schedule(() -> waited.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        return waited.thenCompose(none -> send(melding, Kvitteringstype.MOTTAKSKVITTERING))
                .thenCompose(none -> send(melding, Kvitteringstype.LEVERINGSKVITTERING))
                .whenComplete((none, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "cannot send the receipts for " + melding.meldingsid(), failure);
                    }
                });
    }

    private CompletableFuture<Void> send(ForwardedMelding melding, Kvitteringstype type) {
        KvitteringFactory kvittering = KvitteringFactory.answering(melding, type, provider.orgno(), clock);
        return delivery.deliver(
                        melding.avsender(),
                        melding.conversationId(),
                        kvittering.meldingsid(),
                        kvittering.sign(provider))
                .thenAccept(outcome -> log.delivered(
                        melding.meldingsid(),
                        new Receipt(type.wireName(), kvittering.meldingsid(), outcome.status(), outcome.attempts())));
    }
}
