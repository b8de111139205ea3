package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.forretningsmelding.SchemaValidator;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.Meldingstype;
import no.kurer.dpi.kvittering.entity.Kvittering;

/**
 * Issues Kurer's own {@code feil} receipt when a message finally fails, signed with Kurer's enterprise certificate
 * and stored with the receipts from corner 3, so the sender reads it the same way. One per message: its meldingsid
 * is derived from the message's, so a second failure event finds it already there.
 */
@ApplicationScoped
public class FeilKvitteringer {

    @Inject
    Meldinger meldinger;

    @Inject
    Kvitteringer kvitteringer;

    @Inject
    KurerSigner signer;

    private final FeilKvittering factory = new FeilKvittering();
    private final SchemaValidator schemas = new SchemaValidator();

    /** @return the receipt, or empty when the message is unknown */
    public Optional<Kvittering> issue(String meldingsid, String reason) {
        Optional<Melding> melding = meldinger.find(meldingsid);
        if (melding.isEmpty()) {
            return Optional.empty();
        }
        String id = idFor(meldingsid);
        Optional<Kvittering> existing = kvitteringer.find(id);
        if (existing.isPresent()) {
            return existing;
        }
        var payload = factory.payload(melding.get(), signer.orgno(), id, reason, OffsetDateTime.now(ZoneOffset.UTC));
        var violations = schemas.validate(Meldingstype.FEIL, payload);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Kurer's feil receipt breaks Digdir's schema: " + violations);
        }
        Melding m = melding.get();
        try {
            return Optional.of(kvitteringer.store(new Kvittering(
                    id,
                    m.conversationId(),
                    m.meldingsid(),
                    "feil",
                    m.avsender(),
                    m.databehandler(),
                    m.avsenderidentifikator(),
                    m.kanal(),
                    signer.orgno(),
                    signer.sign(payload.toString()))));
        } catch (Kvitteringer.Race race) {
            return kvitteringer.find(id);
        }
    }

    static String idFor(String meldingsid) {
        return UUID.nameUUIDFromBytes(("kurer-feil:" + meldingsid).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
