/**
 * Guards in front of the endpoints that take request bodies (issue 13, items 6 and 7): a limit on concurrent uploads
 * per endpoint group, so slow bodies cannot take every worker thread, and {@code Connection: close} after a refusal
 * whose body was not read, so the server does not read and discard what it already refused. The server-level read
 * timeouts that go with them are in {@code server-config/} (docs/deployment.md).
 */
package no.kurer.guard;
