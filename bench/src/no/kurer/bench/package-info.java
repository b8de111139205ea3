/**
 * Load drivers for the DPI C2 intake (issue "C2 access point, part 1"): {@link no.kurer.bench.IntakeBench} (a trivial
 * endpoint, then {@code POST}+{@code PUT /dpi/sendmelding/{meldingsid}} with pre-signed messages) and
 * {@link no.kurer.bench.BigPut} (one streamed 1 GiB {@code PUT} against a small heap). They act as corner 1 through
 * the sandbox, reusing the integration tests' client ({@code no.kurer.testsupport.Corner1}). Run by {@code bench/run.sh}.
 * {@link no.kurer.bench.PollBench} measures receipt polling ({@code GET /dpi/kvittering/{conversationid}}) over many
 * stored conversations (issue 3); run by {@code bench/poll.sh}.
 */
package no.kurer.bench;
