/**
 * The administrator's API and page (issue 4, item 5; issue 17, items 3 and 4): {@code /admin/systemusers} lists system
 * user onboardings, starts one and retries one; {@code /admin/dpo} the DPO messages and the failed incoming files with
 * their raw files; {@code /admin/dpi} the C2 operator's view (letters by state, the outbox and "retry now", FEILET
 * letters, receipts, the last hour's refusals, activity per minute); {@code /admin/} serves the page (static HTML and
 * JavaScript from {@code src/main/webapp/admin}) that uses the API. Everything under {@code /admin/} needs a user in
 * the server's role {@code admin} (container security, HTTP Basic, declared in {@code WEB-INF/web.xml}; the user is
 * defined in the server, see {@code server-config/}); the container's 401 and 403 are answered as problems by {@code
 * AuthenticationProblems}.
 */
package no.kurer.admin;
