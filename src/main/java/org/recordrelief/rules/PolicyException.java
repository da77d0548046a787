package org.recordrelief.rules;

import org.recordrelief.config.ConfigException;

/**
 * A county policy file that cannot be used. The message names the file, the key path and the fix, so
 * county IT staff can correct the YAML without reading Java.
 */
public class PolicyException extends ConfigException {

    public PolicyException(String file, String key, String problem, String fix) {
        super("county policy", file, key, problem, fix);
    }
}
