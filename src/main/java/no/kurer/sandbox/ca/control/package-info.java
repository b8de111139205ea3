/**
 * The sandbox test CA ("Kurer Sandbox Root CA"): issues Norwegian-style enterprise certificates
 * (virksomhetssertifikat: {@code serialNumber} and {@code organizationIdentifier=NTRNO-<orgno>})
 * with Bouncy Castle and persists its root in {@code sandbox.dir}. Never trusted unless the sandbox
 * is enabled and an administrator points {@code certificates.trusted-cas} at {@code ca.pem}.
 */
package no.kurer.sandbox.ca.control;
