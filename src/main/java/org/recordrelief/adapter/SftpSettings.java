package org.recordrelief.adapter;

import java.nio.file.Path;

/**
 * A folder on a county's SFTP server and how to log in to it, checked and resolved.
 *
 * @param host                the server
 * @param port                its port (22 unless the location says otherwise)
 * @param user                the account
 * @param folder              the folder, relative to the account's home
 * @param privateKeyFile      the key the tool logs in with
 * @param passphrase          the key's passphrase, read from its variable or file when the descriptor was
 *                            loaded; empty when the key has none. Never printed
 * @param knownHostsFile      the known_hosts file pinning the server's host key
 * @param serverHostKeys      host key algorithms, or null for the client's defaults
 * @param publicKeyAlgorithms login key algorithms, or null for the client's defaults
 * @param ciphers             ciphers, or null for the client's defaults
 * @param doneFolder          where processed exports go on the server (sources)
 * @param failedFolder        where unreadable exports go on the server (sources)
 */
public record SftpSettings(String host, int port, String user, String folder, Path privateKeyFile,
                           String passphrase, Path knownHostsFile, String serverHostKeys,
                           String publicKeyAlgorithms, String ciphers, String doneFolder, String failedFolder) {

    /** Where, for messages: never a secret. */
    @Override
    public String toString() {
        return "sftp://" + user + "@" + host + ":" + port + "/" + folder;
    }
}
