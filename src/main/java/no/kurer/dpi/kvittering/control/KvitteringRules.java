package no.kurer.dpi.kvittering.control;

import java.util.Comparator;
import java.util.List;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.dpi.entity.Melding;

/**
 * What a receipt from corner 3 must say to be taken (seed 003, "Kvitteringer"): it is a receipt, its own meldingsid
 * and conversation are the ones in the path, it is signed by the organisation its SBDH names as sender, it is addressed
 * to the sender in the path (its body may name the two parties either way round), and it answers a message that sender
 * sent through Kurer to that same organisation.
 */
public class KvitteringRules {

    /** Checks the receipt against the path {@code /dpi/c3/kvittering/{avsender_orgno}/{conversationid}/{meldingsid}}. */
    public void check(Forretningsmelding kvittering, String avsenderOrgno, String conversationId, String meldingsid) {
        if (!kvittering.isKvittering()) {
            throw new NotAKvittering(kvittering.type().wireName());
        }
        if (!kvittering.meldingsid().equals(meldingsid)) {
            throw new KvitteringMismatch("The meldingsid in the path ('" + meldingsid
                    + "') differs from the receipt's SBDH instanceIdentifier ('" + kvittering.meldingsid() + "').");
        }
        if (!kvittering.conversationId().equals(conversationId)) {
            throw new KvitteringMismatch("The conversation in the path ('" + conversationId
                    + "') differs from the receipt's ConversationId ('" + kvittering.conversationId() + "').");
        }
        if (!orgno(kvittering.sender()).equals(kvittering.signerOrgno())) {
            throw new NotTheIssuer("The receipt's SBDH sender is " + kvittering.sender()
                    + ", but it is signed with the enterprise certificate of " + kvittering.signerOrgno() + ".");
        }
        if (!avsenderOrgno.equals(orgno(kvittering.receiver()))) {
            throw new KvitteringMismatch("The path addresses sender " + avsenderOrgno
                    + ", but the receipt's SBDH receiver is " + kvittering.receiver() + ".");
        }
        checkBodyParties(kvittering, avsenderOrgno);
    }

    /**
     * The body names the two parties, and Digdir's own samples disagree on which way round (PROTOCOLS.md, "Receipt
     * addressing"): either order is taken, provided one is the sender in the path and the other the issuer.
     */
    private static void checkBodyParties(Forretningsmelding kvittering, String avsenderOrgno) {
        String issuer = orgno(kvittering.sender());
        String avsender = party(kvittering, "avsender");
        String mottaker = party(kvittering, "mottaker");
        boolean issuerToSender = avsenderOrgno.equals(mottaker) && issuer.equals(avsender);
        boolean senderThenIssuer = avsenderOrgno.equals(avsender) && issuer.equals(mottaker);
        if (!issuerToSender && !senderThenIssuer) {
            throw new KvitteringMismatch("The receipt's body names avsender " + avsender + " and mottaker " + mottaker
                    + "; one of them must be the sender in the path (" + avsenderOrgno
                    + ") and the other the receipt's issuer (" + issuer + ").");
        }
    }

    private static String party(Forretningsmelding kvittering, String member) {
        var value =
                kvittering.body().path(member).path("virksomhetsidentifikator").path("value");
        return value.isTextual() ? orgno(value.asText()) : null;
    }

    /**
     * The message a checked receipt answers: of the conversation's messages, those {@code avsenderOrgno} sent to the
     * receipt's issuer; the latest of them when there are several.
     *
     * @throws UnknownConversation the sender sent nothing in this conversation
     * @throws NotTheRecipient it did, but not to the organisation that signed the receipt
     */
    public Melding match(Forretningsmelding kvittering, String avsenderOrgno, List<Melding> conversation) {
        List<Melding> sent = conversation.stream()
                .filter(m -> m.avsender().equals(avsenderOrgno))
                .toList();
        if (sent.isEmpty()) {
            throw new UnknownConversation(kvittering.conversationId());
        }
        return sent.stream()
                .filter(m -> m.receiver().equals(kvittering.signerOrgno()))
                .max(Comparator.comparing(Melding::created))
                .orElseThrow(() -> new NotTheRecipient("Conversation " + kvittering.conversationId() + " was sent to "
                        + sent.get(0).receiver() + ", not to " + kvittering.signerOrgno()
                        + ", which signed this receipt."));
    }

    static String orgno(String iso6523) {
        int colon = iso6523.indexOf(':');
        return colon < 0 ? iso6523 : iso6523.substring(colon + 1);
    }
}
