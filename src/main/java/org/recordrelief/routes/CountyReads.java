package org.recordrelief.routes;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.recordrelief.adapter.CompiledAdapter;
import org.recordrelief.store.Watermarks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bean the database routes call to read a county incrementally (see {@link ChangedPeople}). */
public final class CountyReads {

    private static final Logger LOG = LoggerFactory.getLogger(CountyReads.class);

    private final Map<String, CompiledAdapter> adapters;
    private final Map<String, DataSource> databases;
    private final Watermarks watermarks;

    CountyReads(Map<String, CompiledAdapter> adapters, Map<String, DataSource> databases, Watermarks watermarks) {
        this.adapters = adapters;
        this.databases = databases;
        this.watermarks = watermarks;
    }

    /** The rows of every person who changed since the county's last completed read (everyone, the first time). */
    public ChangedPeople changedPeople(String adapterId) throws SQLException {
        CompiledAdapter adapter = adapters.get(adapterId);
        Optional<Object> since = watermarks.of(adapterId);
        ChangedPeople changed = ChangedPeople.open(databases.get(adapterId), adapter.query(),
                adapter.descriptor().source().incremental(), since);
        LOG.info("{}: {} people changed {}", adapterId, changed.people(), since.map(s -> "since " + s)
                .orElse("(the first read: every person)"));
        return changed;
    }
}
