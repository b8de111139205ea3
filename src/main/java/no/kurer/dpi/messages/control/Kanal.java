package no.kurer.dpi.messages.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Digdir's channel (kanal, an MPC): it lets a sender's systems each read only the receipts of what they sent.
 * Case-insensitive, so Kurer keeps it lower-case.
 */
public final class Kanal {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,28}");

    private Kanal() {}

    /** The channel as stored, or {@code null} when none was given. */
    public static String normalize(String kanal) {
        if (kanal == null || kanal.isEmpty()) {
            return null;
        }
        if (!VALID.matcher(kanal).matches()) {
            throw new InvalidKanal(kanal);
        }
        return kanal.toLowerCase(Locale.ROOT);
    }
}
