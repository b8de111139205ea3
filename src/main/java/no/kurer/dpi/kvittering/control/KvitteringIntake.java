package no.kurer.dpi.kvittering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.kurer.configuration.Settings;
import no.kurer.dpi.control.IntakeSettings;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.forretningsmelding.Forretningsmeldinger;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.kvittering.entity.Kvittering;
import no.kurer.maskinporten.control.MaskinportenAuthentication;
import no.kurer.maskinporten.entity.MaskinportenToken;

/**
 * Takes receipts from corner 3 (seed 003, "Kvitteringer"): an allowed corner 3 with a valid token, a receipt whose
 * signature, certificate chain and schema hold, that {@link KvitteringRules} ties to a message Kurer sent. Stored once:
 * a byte-identical repeat is answered as the first delivery was.
 */
@ApplicationScoped
public class KvitteringIntake {

    @Inject
    MaskinportenAuthentication authentication;

    @Inject
    Settings settings;

    @Inject
    KvitteringSettings kvitteringSettings;

    @Inject
    Forretningsmeldinger forretningsmeldinger;

    @Inject
    Meldinger meldinger;

    @Inject
    Kvitteringer kvitteringer;

    private final KvitteringRules rules = new KvitteringRules();

    /**
     * A corner 3: a token for this access point with {@code dpi.c3.scope}, from a consumer in
     * {@code dpi.c3.allowed-consumers}. ({@code dpi.audience} and {@code dpi.require-audience} are the intake's keys.)
     */
    public MaskinportenToken authenticate(String authorization) {
        MaskinportenToken token = authentication.authenticate(
                authorization,
                settings.get(IntakeSettings.AUDIENCE),
                settings.get(IntakeSettings.REQUIRE_AUDIENCE),
                kvitteringSettings.scope());
        String consumer = token.consumer().orgno();
        if (!kvitteringSettings.allowedConsumers().contains(consumer)) {
            throw new C3NotAllowed(consumer);
        }
        return token;
    }

    public Kvittering accept(String avsenderOrgno, String conversationId, String meldingsid, String jws) {
        Forretningsmelding kvittering = forretningsmeldinger.read(jws);
        rules.check(kvittering, avsenderOrgno, conversationId, meldingsid);
        var stored = kvitteringer.find(meldingsid);
        if (stored.isPresent()) {
            return sameOrRefuse(stored.get(), kvittering);
        }
        Melding melding = rules.match(kvittering, avsenderOrgno, meldinger.conversation(conversationId));
        try {
            return kvitteringer.store(new Kvittering(
                    meldingsid,
                    conversationId,
                    melding.meldingsid(),
                    kvittering.type().wireName(),
                    melding.avsender(),
                    melding.databehandler(),
                    melding.avsenderidentifikator(),
                    melding.kanal(),
                    kvittering.signerOrgno(),
                    kvittering.jws()));
        } catch (Kvitteringer.Race race) {
            return sameOrRefuse(
                    kvitteringer.find(meldingsid).orElseThrow(() -> new KvitteringIdUsed(meldingsid)), kvittering);
        }
    }

    private static Kvittering sameOrRefuse(Kvittering stored, Forretningsmelding delivered) {
        if (!stored.kvittering().equals(delivered.jws())) {
            throw new KvitteringIdUsed(stored.meldingsid());
        }
        return stored;
    }
}
