/**
 * Which organisations Kurer acts for ({@link no.kurer.organisation.control.Organisations}), with whose key
 * ({@link no.kurer.organisation.control.OrganisationKeys}), and which NextMove users act for which (issue 18).
 */
package no.kurer.organisation.control;
