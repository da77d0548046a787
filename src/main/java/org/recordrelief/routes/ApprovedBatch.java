package org.recordrelief.routes;

import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.pipeline.PendingResults;

/**
 * A run's results that a reviewer approved, with the reviewer's changes written in, ready to deliver.
 *
 * @param folder where the run's results waited for approval; removed once they are delivered
 */
public record ApprovedBatch(long runId, CompiledAdapter adapter, PendingResults results, String reviewer,
                            java.nio.file.Path folder) implements Delivery {

    @Override
    public String toString() {
        return "approved run " + runId + " of " + adapter.id();
    }
}
