package org.recordrelief.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks a descriptor's {@code location} and {@code sftp} keys and resolves them to {@link SftpSettings}. */
final class SftpLocations {

    /** A reference to an environment variable, {@code ${NAME}} or {@code ${NAME:-default}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private final String file;
    private final Path folder;
    private final Map<String, String> env;

    SftpLocations(String file, Path folder, Map<String, String> env) {
        this.file = file;
        this.folder = folder;
        this.env = env;
    }

    /**
     * The SFTP folder a location names, or null for the work folder's own ({@code local}, or no location).
     *
     * @param section   {@code source} or {@code output}, for messages
     * @param local     the word for the local folder: {@code inbox} or {@code outbox}
     * @param inherited keys the section leaves out are taken from here (the source's, for the output); may be null
     */
    SftpSettings compile(String section, String local, String location, SftpSpec spec, SftpSpec inherited) {
        String where = location == null ? null : expand(location, section + ".location").trim();
        if (where == null || where.isEmpty() || where.equals(local)) {
            // An sftp block may stay for when the location's variable points at the server (see san-joaquin).
            return null;
        }
        URI uri = parse(where, section, local);
        SftpSpec s = spec == null ? new SftpSpec(null, null, null, null, null, null, null, null, null) : spec;
        SftpSpec from = inherited == null ? s : inherited;
        String key = first(s.privateKeyFile(), from.privateKeyFile());
        String knownHosts = first(s.knownHostsFile(), from.knownHostsFile());
        if (key == null) {
            throw new DescriptorException(file, section + ".sftp.privateKeyFile", "is missing (the tool logs in with a "
                    + "key, never a password)", "give the private key file, e.g. privateKeyFile: ${SJ_SFTP_KEY}");
        }
        if (knownHosts == null) {
            throw new DescriptorException(file, section + ".sftp.knownHostsFile", "is missing (the server's host key "
                    + "must be pinned)", "give a known_hosts file with the server's key, e.g. knownHostsFile: "
                    + "${SJ_SFTP_KNOWN_HOSTS}; get the line with ssh-keyscan -p PORT HOST and check it with the "
                    + "county's administrator");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isEmpty() || path.contains("..")) {
            throw new DescriptorException(file, section + ".location", "'" + where + "' names no folder on the "
                    + "server", "write sftp://USER@HOST[:PORT]/FOLDER, the folder relative to the account's home");
        }
        return new SftpSettings(uri.getHost(), uri.getPort() < 0 ? 22 : uri.getPort(), uri.getUserInfo(), path,
                existing(key, section + ".sftp.privateKeyFile", "the private key file"),
                passphrase(section, hasPassphrase(s) ? s : from),
                existing(knownHosts, section + ".sftp.knownHostsFile",
                        "the known_hosts file that pins the server's key"),
                blankToNull(first(s.serverHostKeys(), from.serverHostKeys())),
                blankToNull(first(s.publicKeyAlgorithms(), from.publicKeyAlgorithms())),
                blankToNull(first(s.ciphers(), from.ciphers())),
                folderName(s.doneFolder(), "done", section + ".sftp.doneFolder"),
                folderName(s.failedFolder(), "failed", section + ".sftp.failedFolder"));
    }

    private static boolean hasPassphrase(SftpSpec spec) {
        return spec.passphraseEnv() != null || spec.passphraseFile() != null;
    }

    /**
     * The key's passphrase, read now from the loader's variables or from its file; empty when neither is named.
     * A variable that is not set, or a file that cannot be read or is empty, is refused here rather than
     * leaving the SSH library to fail on the key later.
     */
    private String passphrase(String section, SftpSpec spec) {
        if (spec.passphraseEnv() != null && spec.passphraseFile() != null) {
            throw new DescriptorException(file, section + ".sftp", "has both passphraseEnv and passphraseFile",
                    "keep one");
        }
        if (spec.passphraseEnv() != null) {
            String value = env.get(spec.passphraseEnv());
            if (value == null || value.isEmpty()) {
                throw new DescriptorException(file, section + ".sftp.passphraseEnv", "the environment variable "
                        + spec.passphraseEnv() + " (the key's passphrase) is not set", "set it, or leave "
                        + "passphraseEnv out if the key has no passphrase");
            }
            return value;
        }
        if (spec.passphraseFile() != null) {
            String key = section + ".sftp.passphraseFile";
            Path path = folder.resolve(expand(spec.passphraseFile(), key));
            String value;
            try {
                value = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException | UncheckedIOException e) {
                throw new DescriptorException(file, key, "the file " + path + " cannot be read ("
                        + (e instanceof NoSuchFileException ? "it does not exist"
                        : e instanceof AccessDeniedException ? "permission denied"
                        : Files.isDirectory(path) ? "it is a folder" : "reading it failed") + ")", "check the path (or the variable it reads), and that the account the tool runs as "
                        + "can read the file (mode 600, owned by it)");
            }
            value = value.replaceFirst("\\R\\z", "");
            if (value.isEmpty()) {
                throw new DescriptorException(file, key, "the file " + path + " is empty", "write the key's "
                        + "passphrase in it, or leave passphraseFile out if the key has no passphrase");
            }
            return value;
        }
        return "";
    }

    private URI parse(String where, String section, String local) {
        String fix = "leave it out for the work folder's " + local + ", or write sftp://USER@HOST[:PORT]/FOLDER";
        try {
            URI uri = new URI(where);
            if ("sftp".equals(uri.getScheme()) && uri.getUserInfo() != null && uri.getUserInfo().contains(":")) {
                throw new DescriptorException(file, section + ".location", "'" + hidden(where) + "' holds a password (a "
                        + "password never goes in a descriptor, and the tool logs in with a key only)", "take the password out: write sftp://USER@HOST[:PORT]/FOLDER "
                        + "and give the key as " + section + ".sftp.privateKeyFile");
            }
            if (!"sftp".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null) {
                throw new DescriptorException(file, section + ".location", "'" + hidden(where) + "' is not the "
                        + local + " nor an sftp://USER@HOST/FOLDER address (a password never goes in it)", fix);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new DescriptorException(file, section + ".location", "'" + hidden(where) + "' is not an address", fix);
        }
    }

    /** The address without the password it may hold (any characters up to the last @): it is shown in messages. */
    private static String hidden(String where) {
        return where.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^:/@]*):.*@", "$1:(hidden)@");
    }

    private Path existing(String name, String key, String what) {
        String value = expand(name, key);
        if (value.isBlank()) {
            // ${SJ_SFTP_KEY:-} with the variable unset would resolve to the county folder itself
            List<String> variables = new ArrayList<>();
            Matcher m = VARIABLE.matcher(name);
            while (m.find()) {
                String v = env.get(m.group(1));
                if ((v == null || v.isBlank()) && !variables.contains(m.group(1))) {
                    variables.add(m.group(1));
                }
            }
            if (variables.isEmpty()) {
                throw new DescriptorException(file, key, "the value is empty", "give the path of " + what);
            }
            String names = String.join(", ", variables);
            throw new DescriptorException(file, key, "the value is empty: the environment variable"
                    + (variables.size() == 1 ? " " : "s ") + names + " it reads " + (variables.size() == 1 ? "is"
                    : "are") + " not set", "set " + names + " to the path of " + what);
        }
        Path path = folder.resolve(value);
        if (!Files.isRegularFile(path)) {
            throw new DescriptorException(file, key, "the file " + path + " does not exist", "check the path (or the "
                    + "variable it reads)");
        }
        return path;
    }

    private String folderName(String name, String fallback, String key) {
        String value = name == null ? fallback : name;
        if (value.isBlank() || value.startsWith("/") || value.contains("..")) {
            throw new DescriptorException(file, key, "'" + value + "' is not a folder beside the exports",
                    "give a name such as " + fallback + " (made on the server when missing)");
        }
        return value;
    }

    private String expand(String text, String key) {
        try {
            return DatabaseSettings.expand(text, env);
        } catch (IllegalArgumentException e) {
            throw new DescriptorException(file, key, e.getMessage(), "set the variable, or give a default as "
                    + "${NAME:-default}");
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
