/**
 * Onboarding logic ({@code OnboardingSteps}, plain), its storage ({@code Registrations}), the Altinn Authentication
 * client (MicroProfile Rest Client {@code AltinnAuthenticationClient}, configKey {@code altinn-authentication}) and
 * the active system user ({@code SystemUsers}). One problem class per failure.
 */
package no.kurer.systemuser.control;
