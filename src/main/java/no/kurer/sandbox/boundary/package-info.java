/**
 * What every sandbox stand-in shares: the on/off switch ({@code sandbox.enabled}, a pre-matching
 * filter answering 404 for every {@code /sandbox} path when off), the lazily built components
 * (test CA, Maskinporten key) that exist only when the sandbox is on, and JSON responses.
 */
package no.kurer.sandbox.boundary;
