package org.recordrelief.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key that cannot be read names where it was looked for and what to do, never its value. */
class PseudonymKeyTest {

    @Test
    void aKeyIsMadeOnFirstUseAndReadBackTheSame(@TempDir Path work) {
        assertThat(PseudonymKey.present(work, Map.of())).isFalse();
        byte[] key = PseudonymKey.load(work, Map.of());
        assertThat(key).hasSize(32);
        assertThat(PseudonymKey.present(work, Map.of())).isTrue();
        assertThat(PseudonymKey.load(work, Map.of())).isEqualTo(key);
    }

    @Test
    void aDamagedKeyFileNamesTheFileAndSaysToRestoreIt(@TempDir Path work) throws Exception {
        Path file = work.resolve("pseudonym.key");
        for (String damaged : new String[] {"9f3a7c1e5b\u0000\u0000zz", "9f3a7c1e5b2d4f60", ""}) {
            Files.writeString(file, damaged);
            assertThatThrownBy(() -> PseudonymKey.load(work, Map.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the pseudonym key file " + file.toAbsolutePath() + " cannot be read: it does not "
                            + "hold a key (at least 32 hexadecimal digits; the key made here has 64), it may be "
                            + "damaged. Fix: restore it from your backup; a new key would give every person and case "
                            + "new pseudonyms, so earlier runs would no longer match");
        }
    }

    @Test
    void aBadKeyInTheEnvironmentNamesTheVariableNotItsValue(@TempDir Path work) {
        assertThatThrownBy(() -> PseudonymKey.load(work, Map.of(PseudonymKey.ENV, "not-a-key-secret-value")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the environment variable RECORD_RELIEF_PSEUDONYM_KEY cannot be read as a pseudonym key "
                        + "(at least 32 hexadecimal digits). Fix: set it to the installation's key as it was kept "
                        + "(from your secret store or backup); a new key would give every person and case new "
                        + "pseudonyms, so earlier runs would no longer match")
                .message().doesNotContain("not-a-key-secret-value");
        assertThat(work.resolve("pseudonym.key")).doesNotExist();
    }
}
