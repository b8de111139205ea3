package no.kurer.dpi.control.intake;

import no.kurer.dpi.entity.Meldingstype;
import no.kurer.problems.Problem;

/**
 * A send whose address (meldingsid, channel, mailbox provider, conversation) or message type does not fit: 400, with one
 * problem type per failure so that a client can tell them apart.
 */
public class InvalidSend extends Problem {

    private InvalidSend(String slug, String title, String detail) {
        super(400, slug, title, detail);
    }

    /** The path's meldingsid is not an identifier. */
    public static InvalidSend malformedMeldingsid() {
        return new InvalidSend(
                "invalid-meldingsid",
                "Invalid meldingsid",
                "A meldingsid is 1 to 100 letters, digits, '.', '_', ':' or '-' (normally a UUID).");
    }

    /** Senders send messages; a receipt comes from corner 3. */
    public static InvalidSend kvitteringFromSender(Meldingstype type) {
        return new InvalidSend(
                "kvittering-from-sender",
                "A receipt is not a message to send",
                "A " + type + " is a receipt; senders send digital or utskrift messages.");
    }

    public static InvalidSend meldingsidMismatch(String inPath, String instanceIdentifier) {
        return new InvalidSend(
                "meldingsid-mismatch",
                "The meldingsid does not match the forretningsmelding",
                "The meldingsid in the path ('" + inPath + "') differs from the SBDH instanceIdentifier ('"
                        + instanceIdentifier + "').");
    }

    public static InvalidSend unknownKanal(String kanal) {
        return new InvalidSend(
                "unknown-kanal", "Unknown channel", "Unknown channel '" + kanal + "'; use digitalpost or fysiskpost.");
    }

    public static InvalidSend kanalMismatch(String kanal, Meldingstype type) {
        return new InvalidSend(
                "kanal-mismatch",
                "The channel does not match the forretningsmelding",
                "The path says " + kanal + " but the forretningsmelding is of type " + type + ".");
    }

    public static InvalidSend receiverMismatch(String pkOrgno, String receiver) {
        return new InvalidSend(
                "receiver-mismatch",
                "The mailbox provider does not match the forretningsmelding",
                "The path names mailbox provider " + pkOrgno + " but the SBDH receiver is " + receiver + ".");
    }

    public static InvalidSend conversationMismatch(String conversationId, String inMelding) {
        return new InvalidSend(
                "conversation-mismatch",
                "The conversation does not match the forretningsmelding",
                "The path names conversation " + conversationId + " but the forretningsmelding's ConversationId is "
                        + inMelding + ".");
    }
}
