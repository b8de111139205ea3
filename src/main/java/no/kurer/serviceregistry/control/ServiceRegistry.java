package no.kurer.serviceregistry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.kurer.maskinporten.control.AccessTokens;
import no.kurer.maskinporten.entity.TokenRequest;
import no.kurer.serviceregistry.entity.ServiceRecord;
import no.kurer.serviceregistry.entity.ServiceRecords;

/**
 * The registry as Kurer uses it: a receiver's records for a process, kept for {@code serviceregistry.cache-seconds}
 * when the lookup succeeded (a failure, or an organisation the registry does not know, is asked again next time).
 */
@ApplicationScoped
public class ServiceRegistry {

    /** More entries than this and the expired ones are dropped; past it again, all are. */
    static final int MAX_ENTRIES = 10_000;

    private ServiceRegistrySettings settings;
    private ServiceRegistryClient client;
    private Clock clock;
    private final Map<Lookup, Kept> cache = new ConcurrentHashMap<>();

    protected ServiceRegistry() {
        // for CDI's proxy
    }

    @Inject
    public ServiceRegistry(ServiceRegistrySettings settings, AccessTokens maskinporten) {
        this(settings, client(settings, maskinporten), Clock.systemUTC());
    }

    public ServiceRegistry(ServiceRegistrySettings settings, ServiceRegistryClient client, Clock clock) {
        this.settings = settings;
        this.client = client;
        this.clock = clock;
    }

    /** The organisation's records for the process; empty when the registry does not know the organisation. */
    public Optional<ServiceRecords> records(String orgno, String process) {
        return records(orgno, process, null);
    }

    /**
     * @param process       null for every process
     * @param securityLevel null, or the security level to ask for
     */
    public Optional<ServiceRecords> records(String orgno, String process, Integer securityLevel) {
        Lookup lookup = new Lookup(orgno, process, securityLevel);
        Instant now = clock.instant();
        Kept kept = cache.get(lookup);
        if (kept != null && now.isBefore(kept.until())) {
            return Optional.of(kept.records());
        }
        Optional<ServiceRecords> found = client.lookup(settings.url(), orgno, process, securityLevel);
        found.ifPresent(records -> keep(lookup, new Kept(records, now.plus(settings.cacheTime())), now));
        return found;
    }

    /** The receiver's DPO record for the process and document type, if the registry routes them to DPO. */
    public Optional<ServiceRecord> dpo(String orgno, String process, String documentType) {
        return records(orgno, process).flatMap(records -> records.dpo(documentType));
    }

    private static ServiceRegistryClient client(ServiceRegistrySettings settings, AccessTokens maskinporten) {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new ServiceRegistryClient(
                http,
                new RegistryKeys(http, settings::jwkUrl, settings::timeout),
                () -> maskinporten.accessToken(TokenRequest.of(settings.scope())),
                settings::timeout);
    }

    private void keep(Lookup lookup, Kept kept, Instant now) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
        }
        cache.put(lookup, kept);
    }

    private record Lookup(String orgno, String process, Integer securityLevel) {}

    private record Kept(ServiceRecords records, Instant until) {}
}
