package no.kurer.conversation.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import no.kurer.configuration.Settings;
import no.kurer.conversation.control.ExpiryRound;
import no.kurer.platform.Intervals;
import no.kurer.platform.RoundTimer;

/**
 * Every {@code dpo.expiry-interval-seconds} (efm: 30 s): LEVETID_UTLOPT for the unfinished conversations past their
 * expiry, in both directions ({@link ExpiryRound}); instances on one database keep apart by a conditional update.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExpiryTimer extends RoundTimer {

    @Inject
    Intervals intervals;

    @Inject
    Settings settings;

    @Inject
    ExpiryRound round;

    public ExpiryTimer() {
        super("Conversation expiry round", "efm-conversation-expiry");
    }

    @Override
    protected Duration interval() {
        return intervals.conversationExpiry();
    }

    @Override
    protected boolean enabled() {
        return settings.get(Settings.DPO_ENABLED);
    }

    @Override
    protected void work() {
        round.work();
    }
}
