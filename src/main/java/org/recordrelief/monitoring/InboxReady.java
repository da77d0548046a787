package org.recordrelief.monitoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** A county's drop folder is there and this account can take exports out of it. */
public final class InboxReady extends AbstractHealthCheck {

    private final Path inbox;

    public InboxReady(String adapterId, Path inbox) {
        super("record-relief", "county-" + adapterId + "-inbox");
        this.inbox = inbox;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("folder", inbox.toString());
        if (!Files.isDirectory(inbox)) {
            builder.message("the inbox " + inbox + " is missing").down();
        } else if (!Files.isReadable(inbox) || !Files.isWritable(inbox)) {
            builder.message("the inbox " + inbox + " cannot be read and emptied by this account").down();
        } else {
            builder.up();
        }
    }
}
