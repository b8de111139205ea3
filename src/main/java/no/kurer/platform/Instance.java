package no.kurer.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * This process among several Kurer instances on one database: the name it writes in the claims it takes
 * ({@code claimed_by}) and in the DPI forwarding log, its host name and a random suffix (at most 89 characters).
 */
public final class Instance {

    /** The host name (at most 80 characters), a slash, eight random hex digits: new at every start. */
    public static final String ID = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    private Instance() {}

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 80 ? host.substring(0, 80) : host;
        } catch (UnknownHostException unknown) {
            return "kurer";
        }
    }
}
