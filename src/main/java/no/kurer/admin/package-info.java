/**
 * The administrator's API and page (issue 4, item 5): {@code /admin/systemusers} lists system user onboardings,
 * starts one and retries one; {@code /admin/} serves the page (static HTML and JavaScript from
 * {@code src/main/webapp/admin}) that uses the API. Everything under {@code /admin/} needs a user in the server's role
 * {@code admin} (container security, HTTP Basic, declared in {@code WEB-INF/web.xml}; the user is defined in the
 * server, see {@code server-config/}); the container's 401 and 403 are answered as problems by
 * {@code AuthenticationProblems}.
 */
package no.kurer.admin;
