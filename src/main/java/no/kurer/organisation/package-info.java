/**
 * One Kurer for many organisations (issue 18): {@code systemuser.org} and the organisations an administrator adds,
 * each with its own key and system user, polled fairly, and isolated from the others in the NextMove API.
 */
package no.kurer.organisation;
