package org.recordrelief.adapter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A county database connection with its placeholders resolved. The password is read when a connection
 * is made, from the environment or a file, so it is never held in a descriptor or printed.
 */
public record DatabaseSettings(String url, String user, String passwordEnv, Path passwordFile) {

    /** A placeholder whose default holds no other placeholder; inner ones are expanded first. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^{}$]*))?}");

    /** Resolves {@code ${NAME}} and {@code ${NAME:-default}} from the environment. */
    static String expand(String text, Map<String, String> env) {
        if (text == null) {
            return null;
        }
        String expanded = expandOnce(text, env);
        while (!expanded.equals(text)) {
            text = expanded;
            expanded = expandOnce(text, env);
        }
        return expanded;
    }

    private static String expandOnce(String text, Map<String, String> env) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = env.get(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new IllegalArgumentException("the environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The password, or null for a database without one (the embedded samples). */
    public String password() {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new IllegalStateException("the environment variable " + passwordEnv + " (the database "
                        + "password) is not set");
            }
            return value;
        }
        if (passwordFile != null) {
            try {
                return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the database password file " + passwordFile, e);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + url + ", user=" + user + "]";
    }
}
