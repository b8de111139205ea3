package no.kurer.sandbox.sender.control;

/**
 * What to send: {@code title} (ikkesensitivtittel), {@code text} (the document), {@code receiverOrgno}
 * (the mailbox provider, default 987464291) and {@code supplierOrgno} (a data processor signing and
 * fetching the token for the avsender). Every field may be null.
 */
public record SendRequest(String title, String text, String receiverOrgno, String supplierOrgno) {

    public static SendRequest defaults() {
        return new SendRequest(null, null, null, null);
    }
}
