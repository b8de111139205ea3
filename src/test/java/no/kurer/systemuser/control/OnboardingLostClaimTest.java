package no.kurer.systemuser.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures of an onboarding round are a claim lost to another instance (quiet), and which are told. */
class OnboardingLostClaimTest {

    @Test
    void anOptimisticLockOrADuplicateKeyIsALostClaim() {
        assertTrue(Onboarding.lostClaim(new OptimisticLockException("changed")));
        assertTrue(Onboarding.lostClaim(new IllegalStateException("commit", new OptimisticLockException("changed"))));
        assertTrue(Onboarding.lostClaim(new PersistenceException(new SQLException("duplicate", "23505"))));
    }

    @Test
    void anythingElseIsNot() {
        assertFalse(Onboarding.lostClaim(new IllegalStateException("a bug")));
        assertFalse(Onboarding.lostClaim(new PersistenceException(new SQLException("connection refused", "08001"))));
    }
}
