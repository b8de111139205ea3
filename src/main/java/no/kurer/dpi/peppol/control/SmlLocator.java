package no.kurer.dpi.peppol.control;

import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.smpclient.url.PeppolNaptrURLProvider;
import java.net.URI;
import java.util.function.Function;
import no.kurer.dpi.peppol.entity.PeppolIds;

/** Finds a participant's SMP through the SML's DNS (Peppol's NAPTR records under {@code zone}). */
public class SmlLocator implements Function<String, URI> {

    private final String zone;

    public SmlLocator(String zone) {
        this.zone = zone.endsWith(".") ? zone : zone + ".";
    }

    @Override
    public URI apply(String participant) {
        try {
            return PeppolNaptrURLProvider.INSTANCE.getSMPURIOfParticipant(
                    PeppolIdentifierFactory.INSTANCE.createParticipantIdentifier(
                            PeppolIds.PARTICIPANT_SCHEME, participant),
                    zone);
        } catch (Exception e) {
            throw new SmpRefused(
                    "The SML " + zone + " knows no SMP for participant " + participant + " (" + e.getMessage() + ")");
        }
    }
}
