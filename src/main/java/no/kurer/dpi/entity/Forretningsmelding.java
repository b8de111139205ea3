package no.kurer.dpi.entity;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * A forretningsmelding whose JWS signature, signing certificate and JSON schema have been checked.
 * Identifiers are as the SBDH spells them, with their ISO 6523 prefix ({@code 0192:991825827}).
 *
 * @param jws the compact JWS exactly as received
 * @param payload the parsed payload, {@code {"standardBusinessDocument": …}}
 * @param meldingsid SBDH {@code documentIdentification.instanceIdentifier}
 * @param conversationId SBDH {@code businessScope.scope[type=ConversationId].instanceIdentifier}
 * @param processIdentifier that scope's {@code identifier}, e.g. {@code urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0}
 * @param sender SBDH {@code sender[0].identifier.value}: who signed and sent (the data processor when there is one)
 * @param receiver SBDH {@code receiver[0].identifier.value}
 * @param avsender the body's {@code avsender.virksomhetsidentifikator.value} for message types; {@code null} for
 *                 receipts, whose {@code avsender} is the mailbox provider that issued them
 * @param avsenderidentifikator the sender's sub-unit, or {@code null}: for message types the body's
 *                 {@code avsender.avsenderidentifikator}; for receipts the body's {@code mottaker.motakeridentifikator}
 *                 (sic), which names the sub-unit of the sender the receipt goes back to, or the body's
 *                 {@code avsender.avsenderidentifikator} when the body names the sender as its avsender
 * @param fakturaReferanse message types only: the body's {@code avsender.fakturaReferanse}, or {@code null}
 * @param databehandler receipts only: the body's {@code databehandler.virksomhetsidentifikator.value} when present, else {@code null}
 * @param mottaker receipts only: the body's {@code mottaker.virksomhetsidentifikator.value} (in Digdir's samples the
 *                 sender the receipt is addressed to, in the seed's wording the issuer); {@code null} for message types, whose recipient is a citizen
 * @param digestValue message types only: {@code dokumentpakkefingeravtrykk.digestValue}, base64 of the package's SHA-256
 * @param digestMethod message types only: {@code dokumentpakkefingeravtrykk.digestMethod}
 * @param maskinportentoken message types only: the embedded Maskinporten token
 * @param signerOrgno the nine-digit organisation number of the signing enterprise certificate
 * @param signerCertificate the leaf of the JWS {@code x5c} header
 */
public record Forretningsmelding(
        String jws,
        JsonNode payload,
        Meldingstype type,
        String meldingsid,
        String conversationId,
        String processIdentifier,
        String sender,
        String receiver,
        String avsender,
        String avsenderidentifikator,
        String fakturaReferanse,
        String databehandler,
        String mottaker,
        String digestValue,
        String digestMethod,
        String maskinportentoken,
        String signerOrgno,
        X509Certificate signerCertificate) {

    public Forretningsmelding {
        Objects.requireNonNull(jws, "jws");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meldingsid, "meldingsid");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(signerOrgno, "signerOrgno");
        Objects.requireNonNull(signerCertificate, "signerCertificate");
    }

    public boolean isKvittering() {
        return type.isKvittering();
    }

    public Optional<String> avsenderidentifikatorIfAny() {
        return Optional.ofNullable(avsenderidentifikator);
    }

    /** The payload member that holds the message itself, e.g. {@code standardBusinessDocument.digital}. */
    public JsonNode body() {
        return payload.path("standardBusinessDocument").path(type.wireName());
    }
}
