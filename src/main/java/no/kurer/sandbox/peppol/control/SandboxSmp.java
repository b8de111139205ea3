package no.kurer.sandbox.peppol.control;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;

/**
 * The sandbox SMP: for each sandbox receiver it knows, the DPI document types (digital, utskrift, flyttet and the
 * receipts) with the digital and print processes, all served by one AS4 endpoint. Answers are signed by the SMP's
 * sandbox-CA certificate. Anyone else: nothing (404).
 */
public class SandboxSmp {

    static final String DOCUMENT_PREFIX = "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost"
            + "##urn:fdc:digdir.no:2020:innbyggerpost:schema:";
    static final List<String> PROCESSES = List.of(
            "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
            "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
            "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0");

    /** Where a participant's AS4 access point is, and its certificate. */
    public record AccessPoint(String url, X509Certificate certificate) {}

    private final Map<String, AccessPoint> participants;
    private final EnterpriseIdentity signer;

    /** @param participants orgno → its access point */
    public SandboxSmp(Map<String, AccessPoint> participants, EnterpriseIdentity signer) {
        this.participants = Map.copyOf(participants);
        this.signer = signer;
    }

    /** @param participant {@code iso6523-actorid-upis::0192:<orgno>}, @param documentType {@code busdox-docid-qns::…} */
    public Optional<byte[]> serviceMetadata(String participant, String documentType) {
        String prefix = "iso6523-actorid-upis::0192:";
        String docPrefix = "busdox-docid-qns::";
        if (!participant.toLowerCase().startsWith(prefix) || !documentType.startsWith(docPrefix)) {
            return Optional.empty();
        }
        AccessPoint ap = participants.get(participant.substring(prefix.length()));
        String document = documentType.substring(docPrefix.length());
        if (ap == null || !document.startsWith(DOCUMENT_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(ServiceMetadata.signed(
                participant.substring("iso6523-actorid-upis::".length()),
                document,
                PROCESSES,
                ap.url(),
                ap.certificate(),
                signer.privateKey(),
                signer.certificate()));
    }
}
