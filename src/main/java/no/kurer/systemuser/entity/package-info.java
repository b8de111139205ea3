/** System user onboardings and their status history (tables {@code systemuser_registration}, {@code systemuser_status}). */
package no.kurer.systemuser.entity;
