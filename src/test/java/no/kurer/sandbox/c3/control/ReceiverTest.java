package no.kurer.sandbox.c3.control;

import static no.kurer.sandbox.c3.control.Fixtures.AVSENDER;
import static no.kurer.sandbox.c3.control.Fixtures.AVSENDER_IDENTITY;
import static no.kurer.sandbox.c3.control.Fixtures.ISSUER;
import static no.kurer.sandbox.c3.control.Fixtures.MASKINPORTEN;
import static no.kurer.sandbox.c3.control.Fixtures.SCOPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.sender.control.ForretningsmeldingFactory;
import org.junit.jupiter.api.Test;

class ReceiverTest {

    final Clock clock = Clock.systemUTC();
    final String bearer = "Bearer " + Fixtures.operatorToken(clock, SCOPE);
    final byte[] pakke = "an encrypted package".getBytes(StandardCharsets.UTF_8);
    final List<ForwardedMelding> accepted = new ArrayList<>();
    final Faults faults = new Faults(0, 0);
    final Receiver cut = new Receiver(
            new BearerTokenVerifier(MASKINPORTEN.key().getPublicKey(), ISSUER, SCOPE, clock),
            new MeldingVerifier(),
            faults,
            clock,
            accepted::add);
    final ForretningsmeldingFactory melding = new ForretningsmeldingFactory(AVSENDER, clock).dokumentpakke(pakke);

    ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void acceptsTheForretningsmeldingThenItsPackageAndHandsItOnOnce() {
        var posted = cut.post(bearer, melding.meldingsid(), melding.sign(AVSENDER_IDENTITY));
        assertNull(posted.accepted());
        assertTrue(accepted.isEmpty(), "no receipts before the package is there");

        var put = cut.put(bearer, melding.meldingsid(), stream(pakke));

        assertNotNull(put.accepted());
        assertEquals(pakke.length, put.bytes());
        assertEquals(1, put.posts());
        assertEquals(1, put.puts());
        assertEquals(melding.conversationId(), put.conversationId());
        assertEquals(AVSENDER, put.avsender());
        assertEquals(1, accepted.size());
        assertEquals(ForretningsmeldingFactory.PROCESS, accepted.get(0).process());
        assertEquals(List.of(put), cut.received());
    }

    @Test
    void aRepeatedPostIsAConflictAndCounted() {
        String jwt = melding.sign(AVSENDER_IDENTITY);
        cut.post(bearer, melding.meldingsid(), jwt);

        assertEquals(
                409,
                assertThrows(AlreadyReceived.class, () -> cut.post(bearer, melding.meldingsid(), jwt))
                        .status());
        assertEquals(2, cut.received().get(0).posts());
    }

    @Test
    void aRepeatedPutIsAConflictAndHandsNothingOnAgain() {
        cut.post(bearer, melding.meldingsid(), melding.sign(AVSENDER_IDENTITY));
        cut.put(bearer, melding.meldingsid(), stream(pakke));

        assertThrows(AlreadyReceived.class, () -> cut.put(bearer, melding.meldingsid(), stream(pakke)));
        assertEquals(1, accepted.size());
        assertEquals(2, cut.received().get(0).puts());
    }

    @Test
    void aPackageWhoseDigestDiffersIsRefusedAndTheRightOneStillAccepted() {
        cut.post(bearer, melding.meldingsid(), melding.sign(AVSENDER_IDENTITY));

        var refused = assertThrows(
                InvalidMelding.class,
                () -> cut.put(
                        bearer, melding.meldingsid(), stream("another package".getBytes(StandardCharsets.UTF_8))));
        assertEquals(400, refused.status());
        assertTrue(accepted.isEmpty());

        assertNotNull(cut.put(bearer, melding.meldingsid(), stream(pakke)).accepted());
        assertEquals(1, accepted.size());
    }

    @Test
    void aPackageForAnUnknownMeldingIsNotFound() {
        assertEquals(
                404,
                assertThrows(UnknownMelding.class, () -> cut.put(bearer, "nobody", stream(pakke)))
                        .status());
    }

    @Test
    void withoutAValidTokenNothingIsReceived() {
        assertThrows(InvalidToken.class, () -> cut.post(null, melding.meldingsid(), melding.sign(AVSENDER_IDENTITY)));
        assertThrows(
                InvalidToken.class,
                () -> cut.post("Bearer x.y.z", melding.meldingsid(), melding.sign(AVSENDER_IDENTITY)));

        assertTrue(cut.received().isEmpty());
    }

    @Test
    void aTamperedSignatureIsRefused() {
        String[] parts = melding.sign(AVSENDER_IDENTITY).split("\\.");
        String other = new ForretningsmeldingFactory("910076787", clock)
                .meldingsid(melding.meldingsid())
                .sign(AVSENDER_IDENTITY)
                .split("\\.")[1];

        assertThrows(
                InvalidMelding.class,
                () -> cut.post(bearer, melding.meldingsid(), parts[0] + "." + other + "." + parts[2]));
        assertThrows(InvalidMelding.class, () -> cut.post(bearer, melding.meldingsid(), "not a jws"));
        assertTrue(cut.received().isEmpty());
    }

    @Test
    void theMeldingsidMustBeTheSbdhInstanceIdentifier() {
        assertThrows(InvalidMelding.class, () -> cut.post(bearer, "another-id", melding.sign(AVSENDER_IDENTITY)));
    }

    @Test
    void keepsTheAvsenderidentifikatorAndTheAvsenderBehindADataProcessor() {
        var onBehalf = new ForretningsmeldingFactory(AVSENDER, clock)
                .sender("910076787")
                .dokumentpakke(pakke)
                .patch("/standardBusinessDocument/digital/avsender/avsenderidentifikator", "skatt-innkreving");

        var received = cut.post(bearer, onBehalf.meldingsid(), onBehalf.sign(AVSENDER_IDENTITY));

        assertEquals(AVSENDER, received.avsender());
        assertEquals("skatt-innkreving", received.avsenderidentifikator());
    }

    @Test
    void refusesTheFirstNewMessagesWhenAskedThenAcceptsOnce() {
        faults.set(2, 0);
        String jwt = melding.sign(AVSENDER_IDENTITY);

        assertEquals(
                503,
                assertThrows(RefusedByFaultMode.class, () -> cut.post(bearer, melding.meldingsid(), jwt))
                        .status());
        assertThrows(RefusedByFaultMode.class, () -> cut.post(bearer, melding.meldingsid(), jwt));
        assertTrue(cut.received().isEmpty(), "a refused message is not received");

        assertEquals(1, cut.post(bearer, melding.meldingsid(), jwt).posts());
        assertEquals(0, faults.refusalsLeft());
    }

    @Test
    void everyReceivingCallWaitsTheDelay() {
        faults.set(0, 300);
        long start = System.nanoTime();

        cut.post(bearer, melding.meldingsid(), melding.sign(AVSENDER_IDENTITY));
        cut.put(bearer, melding.meldingsid(), stream(pakke));

        assertTrue(System.nanoTime() - start >= 600_000_000L, "two calls, 300 ms each");
    }
}
