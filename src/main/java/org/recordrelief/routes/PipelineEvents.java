package org.recordrelief.routes;

/** What the routes tell whoever started them: a one-shot run waits on these, a service logs them. */
public interface PipelineEvents {

    /** A run ended: completed, skipped or failed. */
    void ended(RunOutcome outcome);

    /** A poll of a county's inbox (or SFTP folder) found nothing more to take. */
    default void idle(String adapterId) {
    }

    /** A county's source could not be read at all; it is tried again at its next poll. */
    default void unavailable(String adapterId, String reason) {
    }
}
