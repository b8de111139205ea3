package no.kurer.dpi.peppol.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.dpi.forwarding.control.NoRoute;
import no.kurer.dpi.forwarding.control.Routing;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.dpi.peppol.entity.PeppolIds;
import no.kurer.dpi.peppol.entity.SmpEndpoint;

/**
 * Routes by SMP lookup: receiver {@code 0192:<orgno>}, the DPI document type of the process (digital, utskrift or
 * flyttet) and the process itself. Answers are cached for {@code ttl}; failures are not, so the next attempt asks
 * again. A receiver the SMP does not know is a {@link NoRoute} that says what was asked where.
 */
public class SmpRouting implements Routing {

    private record Cached(SmpEndpoint endpoint, Instant until) {}

    private final SmpClient smp;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public SmpRouting(SmpClient smp, Duration ttl, Clock clock) {
        this.smp = smp;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public Optional<Route> route(String receiverOrgno, String process) {
        return Optional.of(
                new Route(receiverOrgno, endpoint(receiverOrgno, process).url()));
    }

    /** The receiver's AS4 endpoint and certificate, from the cache while fresh. */
    public SmpEndpoint endpoint(String receiverOrgno, String process) {
        String p = PeppolIds.process(process);
        String key = receiverOrgno + "|" + p;
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.until())) {
            return cached.endpoint();
        }
        try {
            SmpEndpoint found = smp.lookup(PeppolIds.participant(receiverOrgno), documentType(p), p);
            cache.put(key, new Cached(found, now.plus(ttl)));
            return found;
        } catch (SmpRefused | SmpUnreachable e) {
            cache.remove(key);
            throw new NoRoute(receiverOrgno, e.getMessage());
        }
    }

    /** The document type a message of the process carries: its last path word (digital, utskrift, flyttet). */
    static String documentType(String process) {
        for (String type : new String[] {"utskrift", "flyttet"}) {
            if (process.contains(":" + type + ":")) {
                return PeppolIds.documentType(type);
            }
        }
        return PeppolIds.documentType("digital");
    }
}
