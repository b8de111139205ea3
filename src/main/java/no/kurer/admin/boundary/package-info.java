/** Admin API resources, the admin page's file server, and the container's 401/403 as problems. */
package no.kurer.admin.boundary;
