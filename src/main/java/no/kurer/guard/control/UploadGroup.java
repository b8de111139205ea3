package no.kurer.guard.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.kurer.configuration.Key;

/**
 * The endpoints that take large or long request bodies, grouped so that slow uploads to one group cannot take the
 * worker threads of the others (or of the rest of the API). Each group admits at most
 * {@code uploads.<group>.max-concurrent} bodies at once; the defaults together stay well under the worker threads of
 * Payara (200) and of the WildFly set-up in {@code server-config/wildfly/kurer.cli}.
 */
public enum UploadGroup {

    /** Receipts from corner 3 over AS4. */
    AS4("as4", UploadSettings.AS4_MAX_CONCURRENT, List.of("/as4")),
    /** The C2 intake: forretningsmelding, dokumentpakke, the one-call forms and the NextMove-style send. */
    DPI("dpi", UploadSettings.DPI_MAX_CONCURRENT, List.of("/dpi/sendmelding/", "/dpi/send/", "/dpi/messages/out")),
    /** The NextMove API: the business document and the files of an outgoing message. */
    DPO("dpo", UploadSettings.DPO_MAX_CONCURRENT, List.of("/api/messages/out"));

    private final String name;
    private final Key<Long> limit;
    private final List<String> prefixes;

    UploadGroup(String name, Key<Long> limit, List<String> prefixes) {
        this.name = name;
        this.limit = limit;
        this.prefixes = prefixes;
    }

    /** The group of a request that carries a body ({@code POST} or {@code PUT}) to {@code path}, if any. */
    public static Optional<UploadGroup> of(String method, String path) {
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(g -> g.prefixes.stream().anyMatch(path::startsWith))
                .findFirst();
    }

    public String key() {
        return limit.name();
    }

    /** {@code uploads.<group>.max-concurrent}. */
    public Key<Long> limit() {
        return limit;
    }

    public String label() {
        return name;
    }
}
