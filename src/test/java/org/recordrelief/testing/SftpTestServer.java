package org.recordrelief.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpFileSystemAccessor;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.sshd.sftp.server.SftpSubsystemProxy;

/**
 * A real SFTP server (Apache MINA SSHD) on a free local port, serving one folder to one user who logs in
 * with a key: what a county's server is to the routes. It writes the client's key and a known_hosts
 * file naming its host key, as a county IT person would be given them. It can be stopped and started
 * again on the same port with the same host key, and made to serve files slowly, for fault tests.
 */
public final class SftpTestServer implements AutoCloseable {

    public static final String USER = "county";

    private final Path root;
    private final Path hostKey;
    private final Path clientKey;
    private final Path knownHosts;
    private final PublicKey clientPublicKey;
    private volatile long readDelayMillis;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final List<Rename> renames = new CopyOnWriteArrayList<>();
    private boolean sha1Only;
    private String onlyCipher;
    private int port;
    private SshServer server;

    private SftpTestServer(Path dir, String keyPassphrase) throws IOException, GeneralSecurityException {
        this.root = Files.createDirectories(dir.resolve("sftp-root"));
        this.hostKey = dir.resolve("sftp-host-key.ser");
        this.clientKey = dir.resolve("county_id_rsa");
        this.knownHosts = dir.resolve("county_known_hosts");
        KeyPair client = rsa();
        this.clientPublicKey = client.getPublic();
        OpenSSHKeyEncryptionContext encryption = null;
        if (keyPassphrase != null) { // as ssh-keygen -N writes it: OpenSSH format, bcrypt, aes256-ctr
            encryption = new OpenSSHKeyEncryptionContext();
            encryption.setCipherName(OpenSSHKeyEncryptionContext.AES);
            encryption.setCipherType("256");
            encryption.setCipherMode("CTR");
            encryption.setPassword(keyPassphrase);
        }
        try (OutputStream out = Files.newOutputStream(clientKey)) {
            new OpenSSHKeyPairResourceWriter().writePrivateKey(client, "record-relief test", encryption, out);
        }
    }

    /** Starts a server on a free port; its files live under {@code dir/sftp-root}. */
    public static SftpTestServer start(Path dir) throws Exception {
        return start(dir, false);
    }

    /**
     * Starts a server that offers one cipher only, as an old county server may (e.g. {@code aes128-cbc},
     * which the SSH library no longer offers unless told to).
     */
    public static SftpTestServer startOfferingOnlyCipher(Path dir, String cipher) throws Exception {
        SftpTestServer s = new SftpTestServer(dir, null);
        s.onlyCipher = cipher;
        return s.startAndPin();
    }

    /** Starts a server whose client key ({@link #clientKey()}) is encrypted with this passphrase. */
    public static SftpTestServer startWithKeyPassphrase(Path dir, String passphrase) throws Exception {
        return start(dir, false, passphrase);
    }

    /**
     * @param sha1Only sign with SHA-1 {@code ssh-rsa} only, as an old county server does: the SSH library
     *                 refuses that unless the descriptor allows it
     */
    public static SftpTestServer start(Path dir, boolean sha1Only) throws Exception {
        return start(dir, sha1Only, null);
    }

    private static SftpTestServer start(Path dir, boolean sha1Only, String keyPassphrase) throws Exception {
        SftpTestServer s = new SftpTestServer(dir, keyPassphrase);
        s.sha1Only = sha1Only;
        return s.startAndPin();
    }

    private SftpTestServer startAndPin() throws IOException {
        startOn(0);
        Files.writeString(knownHosts, "[localhost]:" + port + " " + PublicKeyEntry.toString(hostPublicKey()) + "\n");
        return this;
    }

    private void startOn(int wantedPort) throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("localhost");
        server.setPort(wantedPort);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm(KeyUtils.RSA_ALGORITHM);
        server.setKeyPairProvider(keys);
        if (sha1Only) {
            server.setSignatureFactories(List.of(org.apache.sshd.common.signature.BuiltinSignatures.rsa));
        }
        if (onlyCipher != null) {
            BuiltinCiphers cipher = BuiltinCiphers.fromFactoryName(onlyCipher);
            server.setCipherFactories(List.<NamedFactory<Cipher>>of(cipher));
        }
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && KeyUtils.compareKeys(key, clientPublicKey));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory.Builder().withFileSystemAccessor(new SlowReads()).build();
        sftp.addSftpEventListener(new Uploads());
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root.toAbsolutePath()));
        server.start();
        port = server.getPort();
    }

    private PublicKey hostPublicKey() throws IOException {
        try {
            return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** Stops the server and drops every session, as a server that goes away does. */
    public void stop() throws IOException {
        server.stop(true);
    }

    /** Starts it again on the same port with the same host key. */
    public void restart() throws IOException {
        startOn(port);
    }

    /** Serves every read of a file this much later (0: at once). */
    public void slowReads(long millisPerRead) {
        this.readDelayMillis = millisPerRead;
    }

    /** A known_hosts file naming another key for this server: what a changed or spoofed server looks like. */
    public Path wrongKnownHosts() throws Exception {
        Path wrong = knownHosts.resolveSibling("wrong_known_hosts");
        Files.writeString(wrong, "[localhost]:" + port + " " + PublicKeyEntry.toString(rsa().getPublic()) + "\n");
        return wrong;
    }

    /** A file renamed by a client, each path relative to the served folder ({@code results/x.txt}). */
    public record Rename(String from, String to) {
    }

    /** The files clients wrote into, relative to the served folder, each once, in the order first written. */
    public List<String> writtenFiles() {
        return List.copyOf(writes);
    }

    /** The renames clients made, in order. */
    public List<Rename> renames() {
        return List.copyOf(renames);
    }

    public Path root() {
        return root;
    }

    public Path folder(String name) throws IOException {
        return Files.createDirectories(root.resolve(name));
    }

    public int port() {
        return port;
    }

    public Path clientKey() {
        return clientKey;
    }

    public Path knownHosts() {
        return knownHosts;
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    /** Records what clients write and rename, to tell how a file was uploaded. */
    private final class Uploads implements SftpEventListener {
        @Override
        public void written(ServerSession session, String remoteHandle, FileHandle localHandle, long offset,
                            byte[] data, int dataOffset, int dataLen, Throwable thrown) {
            String file = relative(localHandle.getFile());
            if (thrown == null) {
                synchronized (writes) {
                    if (!writes.contains(file)) {
                        writes.add(file);
                    }
                }
            }
        }

        @Override
        public void moved(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts,
                          Throwable thrown) {
            if (thrown == null) {
                renames.add(new Rename(relative(srcPath), relative(dstPath)));
            }
        }

        private String relative(Path path) {
            return path.toString().replace('\\', '/').replaceFirst("^/", "");
        }
    }

    private final class SlowReads implements SftpFileSystemAccessor {
        @Override
        public SeekableByteChannel openFile(SftpSubsystemProxy subsystem, FileHandle fileHandle, Path file,
                                            String handle, Set<? extends OpenOption> options,
                                            FileAttribute<?>... attrs) throws IOException {
            SeekableByteChannel channel = SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file, handle,
                    options, attrs);
            return new DelayedChannel(channel);
        }
    }

    private final class DelayedChannel implements SeekableByteChannel {
        private final SeekableByteChannel channel;

        DelayedChannel(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            long delay = readDelayMillis;
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return channel.read(dst);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return channel.write(src);
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            channel.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public SeekableByteChannel truncate(long size) throws IOException {
            channel.truncate(size);
            return this;
        }

        @Override
        public boolean isOpen() {
            return channel.isOpen();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
