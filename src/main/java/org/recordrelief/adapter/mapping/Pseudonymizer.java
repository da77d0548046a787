package org.recordrelief.adapter.mapping;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns person and case keys (often a CII number or a court number) into ids that are safe to log and
 * report. A keyed hash (HMAC-SHA-256) rather than a plain hash, because identifier spaces are small
 * enough to be guessed; the key is an installation secret, never in a descriptor.
 */
public final class Pseudonymizer {

    private final ThreadLocal<Mac> mac;

    public Pseudonymizer(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key must have at least 16 bytes");
        }
        byte[] copy = key.clone();
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(copy, "HmacSHA256"));
                return m;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
    }

    /** "p-" and 16 hex digits, the same for the same county and key. */
    public String personId(String county, String personKey) {
        return "p-" + hash(county + '\u001E' + personKey, 8);
    }

    /** "c-" and 12 hex digits, unique within the person. */
    public String caseId(String personId, String caseKey) {
        return "c-" + hash(personId + '\u001E' + caseKey, 6);
    }

    private String hash(String text, int bytes) {
        byte[] digest = mac.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, bytes);
    }
}
