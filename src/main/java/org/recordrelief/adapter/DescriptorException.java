package org.recordrelief.adapter;

import org.recordrelief.config.ConfigException;

/** An adapter descriptor that cannot be used; the message names the file, the key path and the fix. */
public class DescriptorException extends ConfigException {

    public DescriptorException(String file, String key, String problem, String fix) {
        super("adapter descriptor", file, key, problem, fix);
    }
}
