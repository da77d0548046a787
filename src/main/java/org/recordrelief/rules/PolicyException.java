package org.recordrelief.rules;

/**
 * A county policy file that cannot be used. The message names the file, the key path and the fix, so
 * county IT staff can correct the YAML without reading Java.
 */
public class PolicyException extends RuntimeException {

    private final String file;
    private final String key;

    public PolicyException(String file, String key, String problem, String fix) {
        super("Bad county policy " + file + " at '" + key + "': " + problem + ". Fix: " + fix);
        this.file = file;
        this.key = key;
    }

    public String file() {
        return file;
    }

    public String key() {
        return key;
    }
}
