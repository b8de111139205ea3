/**
 * Which organisations Kurer acts for ({@link no.kurer.organisation.control.Organisations}), with whose key
 * ({@link no.kurer.organisation.control.OrganisationKeys}), and which NextMove users act for which (issue 18); an
 * administrator adding one and its onboarding ({@link no.kurer.organisation.control.OrganisationEnrolment}), and each
 * one's state as the admin page lists it ({@link no.kurer.organisation.control.OrganisationOverview}, its backlog and
 * failures counted by {@link no.kurer.organisation.control.MessageCounts}).
 */
package no.kurer.organisation.control;
