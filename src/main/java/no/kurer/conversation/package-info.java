/**
 * eFormidling conversations and their statuses (OPPRETTET … LEVERT, LEVETID_UTLOPT), as Digdir's integration point
 * records them: one status at most once per conversation, announced by the {@code StatusRecorded} event.
 */
package no.kurer.conversation;
