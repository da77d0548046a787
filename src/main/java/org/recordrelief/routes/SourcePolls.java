package org.recordrelief.routes;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.recordrelief.adapter.SftpSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one county's SFTP source route: a poll that cannot reach the folder (server down, wrong host
 * key, refused login) and a download that breaks off are told once, in one line and in words, instead of
 * Camel's stack trace at every poll; the county is told unavailable so that a one-shot run stops waiting
 * for it. Nothing is read from such a poll, and the export stays on the server for the next one, which
 * comes later and later while the failures go on (the route's backoff).
 */
final class SourcePolls implements PollingConsumerPollStrategy, ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SourcePolls.class);

    private final String adapterId;
    private final SftpSettings server;
    private final CountyRuns runs;
    private volatile String failing;

    SourcePolls(String adapterId, SftpSettings server, CountyRuns runs) {
        this.adapterId = adapterId;
        this.server = server;
        this.runs = runs;
    }

    static String beanName(String adapterId) {
        return "sourcePolls-" + adapterId;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        if (failing != null) {
            LOG.info("{}: the SFTP folder {} can be read again", adapterId, server);
            failing = null;
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        unavailable(cause);
        return false; // no immediate retry: the next poll comes after the route's (growing) delay
    }

    /** A download that broke off, or a file that could not be moved on the server. */
    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        if (exchange != null && exchange.getProperty("recordReliefFailureRecorded") != null) {
            LOG.debug("{}: a failed run, already recorded", adapterId, exception);
            return; // the run's own failure: CountyRuns recorded and logged it
        }
        unavailable(exception);
    }

    private void unavailable(Throwable cause) {
        String reason = SftpFailures.describe(cause, server);
        LOG.debug("{}: SFTP failure", adapterId, cause);
        if (!reason.equals(failing)) {
            failing = reason;
            LOG.warn("{}: cannot read its SFTP folder: {}", adapterId, reason);
        }
        runs.sourceUnavailable(adapterId, reason);
    }
}
