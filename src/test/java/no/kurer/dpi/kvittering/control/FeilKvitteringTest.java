package no.kurer.dpi.kvittering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.kurer.dpi.control.forretningsmelding.ForretningsmeldingReader;
import no.kurer.dpi.control.forretningsmelding.SchemaValidator;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.Meldingstype;
import org.junit.jupiter.api.Test;

/** Kurer's own feil receipt: valid against Digdir's schema, addressed back to the sender, signed as Kurer. */
class FeilKvitteringTest {

    static final String KURER = "999888771";

    final FeilKvittering cut = new FeilKvittering();
    final Melding melding = new Melding(
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            "digital",
            KvitteringFactory.PROCESS,
            "991825827",
            "889640782",
            "avd-1",
            "987464291",
            "fp",
            "jws");

    @Test
    void isAValidFeilReceiptForTheSenderInTheConversation() {
        String id = FeilKvitteringer.idFor(melding.meldingsid());
        var payload = cut.payload(melding, KURER, id, "corner 3 refused 8 times", OffsetDateTime.now());
        assertEquals(List.of(), new SchemaValidator().validate(Meldingstype.FEIL, payload));

        var kurer = KvitteringFactory.selfSigned(KURER);
        var signer = new JwsSigner(kurer.privateKey(), kurer.chain(), KURER);
        var read = new ForretningsmeldingReader(new SchemaValidator(), KvitteringFactory::orgno, Clock.systemUTC())
                .read(signer.sign(payload.toString()));
        assertEquals(Meldingstype.FEIL, read.type());
        assertEquals(melding.conversationId(), read.conversationId());
        assertEquals("0192:991825827", read.mottaker());
        assertEquals("avd-1", read.avsenderidentifikator());
        assertEquals(KURER, read.signerOrgno());
        assertEquals("corner 3 refused 8 times", read.body().path("detaljer").asText());
        // Kurer's receipt passes the same rules as one from corner 3
        new KvitteringRules().check(read, "991825827", melding.conversationId(), id);
    }

    @Test
    void oneFeilReceiptPerMessage() {
        assertEquals(FeilKvitteringer.idFor("a"), FeilKvitteringer.idFor("a"));
        assertNotEquals(FeilKvitteringer.idFor("a"), FeilKvitteringer.idFor("b"));
    }
}
