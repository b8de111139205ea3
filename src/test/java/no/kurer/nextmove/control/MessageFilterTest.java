package no.kurer.nextmove.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFilterTest {

    @Test
    void noFilterSelectsTheDirectionOnly() {
        MessageFilter.Condition condition = new MessageFilter(null, " ", null, null, null, null).condition();
        assertEquals("m.direction = :direction", condition.jpql());
        assertEquals(Map.of(), condition.parameters());
    }

    @Test
    void identifiersAreBareOrganisationNumbersWithOrWithoutTheIcdPrefix() {
        MessageFilter.Condition condition =
                new MessageFilter("m-1", "c-1", null, "0192:910077473", "910075918", null).condition();
        assertEquals(
                "m.direction = :direction AND m.messageId = :messageId AND m.conversationId = :conversationId"
                        + " AND m.sender = :sender AND m.receiver = :receiver",
                condition.jpql());
        assertEquals("910077473", condition.parameters().get("sender"));
        assertEquals("910075918", condition.parameters().get("receiver"));
    }

    @Test
    void theProcessMatchesTheStoredJsonWithLikesWildcardsEscaped() {
        MessageFilter.Condition condition = new MessageFilter(
                        null, null, "urn:no:difi:profile:arkivmelding:a_b%:ver1.0", null, null, null)
                .condition();
        assertTrue(condition.jpql().contains("m.sbd LIKE :process"));
        assertEquals(
                "%\"identifier\":\"urn:no:difi:profile:arkivmelding:a\\_b\\%:ver1.0\"%",
                condition.parameters().get("process"));
    }

    @Test
    void onlyTheServiceDpoMatches() {
        assertTrue(new MessageFilter(null, null, null, null, null, "DPV")
                .condition()
                .jpql()
                .endsWith("AND 1 = 0"));
        assertEquals(
                "m.direction = :direction",
                new MessageFilter(null, null, null, null, null, "dpo")
                        .condition()
                        .jpql());
    }
}
