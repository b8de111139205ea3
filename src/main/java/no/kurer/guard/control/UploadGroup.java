package no.kurer.guard.control;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints that take large or long request bodies, grouped so that slow uploads to one group cannot take the
 * worker threads of the others (or of the rest of the API). Each group admits at most
 * {@code uploads.<group>.max-concurrent} bodies at once; the defaults together stay well under the worker threads of
 * Payara (200) and of the WildFly set-up in {@code server-config/wildfly/kurer.cli}.
 */
public enum UploadGroup {

    /** Receipts from corner 3 over AS4. */
    AS4("as4", 8, List.of("/as4")),
    /** The C2 intake: forretningsmelding, dokumentpakke, the one-call forms and the NextMove-style send. */
    DPI("dpi", 32, List.of("/dpi/sendmelding/", "/dpi/send/", "/dpi/messages/out")),
    /** Local DPO API: the business document and the files of an outgoing message. */
    DPO("dpo", 16, List.of("/dpo/messages/out"));

    private final String name;
    private final long defaultLimit;
    private final List<String> prefixes;

    UploadGroup(String name, long defaultLimit, List<String> prefixes) {
        this.name = name;
        this.defaultLimit = defaultLimit;
        this.prefixes = prefixes;
    }

    /** The group of a request that carries a body ({@code POST} or {@code PUT}) to {@code path}, if any. */
    public static Optional<UploadGroup> of(String method, String path) {
        if (!"POST".equals(method) && !"PUT".equals(method)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(g -> g.prefixes.stream().anyMatch(path::startsWith)).findFirst();
    }

    public String key() {
        return "uploads." + name + ".max-concurrent";
    }

    public String label() {
        return name;
    }

    public long defaultLimit() {
        return defaultLimit;
    }
}
