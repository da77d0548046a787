package org.recordrelief.web;

import org.apache.camel.support.DefaultHeaderFilterStrategy;

/**
 * Which headers cross between Camel and the review pages' HTTP server. Platform-http's default strategy
 * drops {@code Cache-Control} from responses, and a page with conviction records must say {@code no-store}:
 * here only Camel's own headers are kept out of responses. Requests keep every header, Camel's (the
 * method, the query) among them.
 */
public final class ResponseHeaders extends DefaultHeaderFilterStrategy {

    public ResponseHeaders() {
        setOutFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
        setLowerCase(true);
    }
}
