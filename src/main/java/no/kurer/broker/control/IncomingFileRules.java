package no.kurer.broker.control;

import java.util.List;
import java.util.Set;
import no.kurer.broker.entity.Sbd;

/**
 * Who may send what through the broker (issue 13.1). The broker authenticates the organisation that uploads a file
 * and names it in the file transfer's overview ({@code sender}: {@code 0192:<orgno>}, or the Altinn URN form
 * PROTOCOLS.md names); the SBD inside is the sender's own claim. A file is kept only when the SBD's sender is that
 * organisation and its receiver is the organisation Kurer acts for. Without {@code asic.zip} there is no signature tying the SBD to anyone, so only the
 * eFormidling messages that never carry files ({@code status} and {@code arkivmelding_kvittering}, NEXTMOVE.md §2.6,
 * §3) may come without one.
 */
public final class IncomingFileRules {

    static final Set<String> WITHOUT_PAYLOAD = Set.of("status", "arkivmelding_kvittering");
    private static final List<String> PARTY_PREFIXES = List.of("0192:", "urn:altinn:organization:identifier-no:");

    private IncomingFileRules() {}

    /** @throws RefusedDpoFile naming the rule the file breaks */
    public static void check(Sbd sbd, String brokerSender, String organisation, boolean hasPayload) {
        if (!orgno(brokerSender).equals(sbd.sender())) {
            throw new RefusedDpoFile("The standard business document names 0192:" + sbd.sender()
                    + " as sender, but the broker file was sent by "
                    + (brokerSender == null || brokerSender.isBlank() ? "nobody it named" : shortened(brokerSender))
                    + ".");
        }
        if (!sbd.receiver().equals(organisation)) {
            throw new RefusedDpoFile("The standard business document is addressed to 0192:" + sbd.receiver()
                    + ", not to this integration point's organisation 0192:" + organisation + ".");
        }
        if (!hasPayload && (sbd.documentType() == null || !WITHOUT_PAYLOAD.contains(sbd.documentType()))) {
            throw new RefusedDpoFile("The broker file has no asic.zip; only status and arkivmelding_kvittering"
                    + " messages come without one, and this is '" + shortened(sbd.documentType()) + "'.");
        }
    }

    /** The orgno of a broker party, {@code 0192:<orgno>} or {@code urn:altinn:organization:identifier-no:<orgno>}. */
    public static String orgno(String party) {
        String value = party == null ? "" : party.strip();
        for (String prefix : PARTY_PREFIXES) {
            if (value.startsWith(prefix)) {
                return value.substring(prefix.length());
            }
        }
        return value;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
