package no.kurer.conversation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** One round of the expiry timer: each due conversation expired in a transaction of its own ({@link Expiry}). */
@ApplicationScoped
public class ExpiryRound {

    private static final Logger LOG = Logger.getLogger(ExpiryRound.class.getName());

    @Inject
    Expiry expiry;

    /** @return how many conversations this instance expired */
    public int work() {
        int expired = 0;
        for (long id : expiry.due()) {
            if (expiry.expireNow(id)) {
                expired++;
            }
        }
        int count = expired;
        if (count > 0) {
            LOG.info(() -> count + " conversation(s) expired: LEVETID_UTLOPT");
        }
        return count;
    }
}
