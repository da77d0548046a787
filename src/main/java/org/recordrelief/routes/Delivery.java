package org.recordrelief.routes;

import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.pipeline.PendingResults;

/**
 * Results on their way to a county, for the delivery routes: those of a run just finished (a
 * {@link RunContext}, for a county that needs no approval) or of a batch a reviewer approved.
 */
public interface Delivery {

    long runId();

    CompiledAdapter adapter();

    PendingResults results();
}
