/**
 * Admin API resources (their queries in {@code admin.control}), the admin page's file server, the container's
 * 401/403 as problems, and the guard that refuses cross-site calls and sets the page's security headers.
 */
package no.kurer.admin.boundary;
