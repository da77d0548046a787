package org.recordrelief.adapter;

/**
 * How to reach a county's SFTP server: by key only, with the server's host key pinned in a known_hosts
 * file of the county's own (never the user's {@code ~/.ssh/known_hosts}). Every value may read an
 * environment variable ({@code ${NAME}}, {@code ${NAME:-default}}); the key's passphrase is only ever named: the
 * variable or the file that holds it.
 *
 * @param privateKeyFile      the private key the tool logs in with (OpenSSH or PEM)
 * @param passphraseEnv       the environment variable holding the key's passphrase, if it has one
 * @param passphraseFile      or the file holding it (the whole file, without its last line break)
 * @param knownHostsFile      a known_hosts file with the server's host key
 * @param serverHostKeys      host key algorithms to accept, for an old server (e.g. {@code ssh-rsa})
 * @param publicKeyAlgorithms key algorithms to log in with, for an old server (e.g. {@code ssh-rsa})
 * @param ciphers             ciphers to offer, for an old server
 * @param doneFolder          for a source: where a processed export is moved on the server (default {@code done})
 * @param failedFolder        for a source: where an export that cannot be read is moved (default {@code failed})
 */
public record SftpSpec(String privateKeyFile, String passphraseEnv, String passphraseFile, String knownHostsFile,
                       String serverHostKeys, String publicKeyAlgorithms, String ciphers, String doneFolder,
                       String failedFolder) {
}
