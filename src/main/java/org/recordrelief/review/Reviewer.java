package org.recordrelief.review;

import java.util.Set;

/** A person who reviews and approves results, and the county folders whose runs they may see. */
public record Reviewer(String username, Set<String> counties) {

    public Reviewer {
        counties = Set.copyOf(counties);
    }

    public boolean maySee(String adapterId) {
        return counties.contains(adapterId);
    }
}
