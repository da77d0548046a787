package org.recordrelief.routes;

import java.util.Locale;
import org.recordrelief.adapter.SftpSettings;

/**
 * Why an SFTP server could not be read or written, in words a county IT person can act on. The SSH
 * library's messages are matched, never shown whole: they are short, but a server's banner or a path can
 * end up in them.
 */
final class SftpFailures {

    private SftpFailures() {
    }

    static String describe(Throwable failure, SftpSettings server) {
        String text = messages(failure).toLowerCase(Locale.ROOT);
        if (text.contains("reject hostkey") || text.contains("hostkey has been changed")
                || text.contains("host key") && text.contains("changed")) {
            return "the server " + server.host() + ":" + server.port() + " did not show the host key pinned in "
                    + server.knownHostsFile() + ", so nothing was read (a changed or impersonated server is never "
                    + "trusted); if the county changed its server's key, confirm the new key with its administrator "
                    + "and put it in that file";
        }
        // JSch opening the key
        if (text.contains("incorrect passphrase") || text.contains("invalid privatekey")) {
            return "the private key " + server.privateKeyFile() + " could not be opened: its passphrase "
                    + "(sftp.passphraseEnv or sftp.passphraseFile) is wrong or missing, or the file is not a private "
                    + "key; check sftp.privateKeyFile and the passphrase";
        }
        if (text.contains("auth fail") || text.contains("auth cancel") || text.contains("publickey")) {
            return "the server refused the key login of user " + server.user() + "; check sftp.privateKeyFile ("
                    + server.privateKeyFile() + ") and that its public key is in the account's authorized_keys";
        }
        if (text.contains("algorithm negotiation fail")) {
            return "the server and record-relief share no algorithm; for an old server set sftp.serverHostKeys, "
                    + "sftp.publicKeyAlgorithms or sftp.ciphers (for example ssh-rsa)";
        }
        // a server going away mid-transfer can also say the file or folder is missing: the connection comes first
        if (text.contains("connection refused") || text.contains("timeout") || text.contains("timed out")
                || text.contains("connection is closed") || text.contains("session is down")
                || text.contains("unknownhost") || text.contains("connect failed") || text.contains("end of io stream")
                || text.contains("broken pipe") || text.contains("connection reset") || text.contains("channel is not opened")
                || text.contains("inputstream is closed") || text.contains("session.connect")) {
            return "the server " + server.host() + ":" + server.port() + " cannot be reached or dropped the "
                    + "connection; it is tried again at the next poll";
        }
        if (text.contains("no such file") || text.contains("cannot change directory")
                || text.contains("cannot change remote directory")) {
            return "the folder " + server.folder() + " does not exist on the server, or the account may not open it";
        }
        return "the SFTP server " + server + " could not be used (" + rootType(failure) + "); the details are in the "
                + "log at DEBUG";
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String rootType(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
