package org.recordrelief.routes;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says, in one line, that a county database could not be reached and is being tried again. */
final class DatabaseRetries implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRetries.class);

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("{}: {}; trying again (attempt {} of 3)", exchange.getIn().getHeader("RecordReliefAdapter"),
                cause == null ? "the county database cannot be reached" : FailureReasons.reasonFor(cause),
                exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class) + 1);
    }
}
