package org.recordrelief.routes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.recordrelief.adapter.mapping.MappedRow;
import org.recordrelief.adapter.mapping.QuarantinedRow;
import org.recordrelief.adapter.mapping.RowResult;
import org.recordrelief.formats.SourceRow;
import org.recordrelief.store.StagingStore;

/** Parse, map, validate and stage: a chunk of source rows at a time, so memory stays flat. */
final class IngestStage {

    static final int CHUNK = 1000;

    private final StagingStore staging;

    IngestStage(StagingStore staging) {
        this.staging = staging;
    }

    /** The run's rows in chunks; the route splits over this iterator, streaming. */
    Iterator<List<SourceRow>> chunks(RunContext run) {
        Iterator<SourceRow> rows = run.reader();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<SourceRow> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<SourceRow> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && rows.hasNext()) {
                    chunk.add(rows.next());
                }
                return chunk;
            }
        };
    }

    void stage(RunContext run, List<SourceRow> chunk) {
        List<MappedRow> mapped = new ArrayList<>(chunk.size());
        List<QuarantinedRow> quarantined = new ArrayList<>();
        for (SourceRow row : chunk) {
            RowResult result = run.mapper().map(row);
            if (result instanceof MappedRow m) {
                mapped.add(m);
            } else {
                quarantined.add((QuarantinedRow) result);
            }
        }
        staging.stage(run.runId(), mapped);
        staging.quarantine(run.runId(), run.sourceName(), quarantined);
        run.countRead(chunk.size());
    }
}
