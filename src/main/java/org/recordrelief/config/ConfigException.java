package org.recordrelief.config;

/**
 * A configuration file (county policy, adapter descriptor) that cannot be used. The message names the
 * file, the key path and the fix, so county IT staff can correct the YAML without reading Java.
 */
public class ConfigException extends RuntimeException {

    private final String file;
    private final String key;

    public ConfigException(String kind, String file, String key, String problem, String fix) {
        super("Bad " + kind + " " + file + " at '" + key + "': " + problem + ". Fix: " + fix);
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
