package no.kurer.dpi.control.intake;

import java.util.Objects;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.maskinporten.entity.MaskinportenToken;

/**
 * The rules of seed 003 ("Aksesspunkt-leverandør mottek melding") that tie a forretningsmelding to the token it came
 * with. The token proves who is calling; the signed message must say the same thing.
 */
public class SenderRules {

    /** Refuses a forretningsmelding that does not belong to the caller, or that does not belong at this address. */
    public void check(Forretningsmelding melding, MaskinportenToken token, String meldingsidInPath) {
        if (melding.isKvittering()) {
            throw InvalidSend.kvitteringFromSender(melding.type());
        }
        if (!melding.meldingsid().equals(meldingsidInPath)) {
            throw InvalidSend.meldingsidMismatch(meldingsidInPath, melding.meldingsid());
        }
        String consumer = token.consumer().id();
        String supplier = token.supplierIfAny().map(o -> o.id()).orElse(null);
        // Digdir's own "pa-vegne-av" example names the data processor as SBDH sender, so the supplier may stand there.
        if (!consumer.equals(melding.sender()) && !melding.sender().equals(supplier)) {
            throw new NotTheSender("The SBDH sender " + melding.sender() + " is neither the token's consumer "
                    + consumer + (supplier == null ? "" : " nor its supplier " + supplier) + ".");
        }
        if (!consumer.equals(melding.avsender())) {
            throw new NotTheSender(
                    "The avsender " + melding.avsender() + " is not the token's consumer " + consumer + ".");
        }
        if (!token.raw().equals(melding.maskinportentoken())) {
            throw new NotTheSender(
                    "The maskinportentoken in the forretningsmelding is not the bearer token of this request.");
        }
        String acting = token.actingOrganisation().orgno();
        if (!Objects.equals(acting, melding.signerOrgno())) {
            throw new NotTheSender("The forretningsmelding is signed by organisation " + melding.signerOrgno()
                    + ", but the " + (token.supplier() != null ? "supplier" : "consumer") + " of the token is " + acting
                    + ".");
        }
    }

    /** The one-call form names the channel, the mailbox provider and the conversation in its path. */
    public void checkPath(Forretningsmelding melding, String kanal, String pkOrgno, String conversationId) {
        String expectedType = switch (kanal) {
            case "digitalpost" -> "digital";
            case "fysiskpost" -> "utskrift";
            default -> throw InvalidSend.unknownKanal(kanal);
        };
        if (!expectedType.equals(melding.type().wireName())) {
            throw InvalidSend.kanalMismatch(kanal, melding.type());
        }
        if (!("0192:" + pkOrgno).equals(melding.receiver())) {
            throw InvalidSend.receiverMismatch(pkOrgno, melding.receiver());
        }
        if (!conversationId.equals(melding.conversationId())) {
            throw InvalidSend.conversationMismatch(conversationId, melding.conversationId());
        }
    }
}
