package org.recordrelief.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recordrelief.rules.PolicyException;

/** A bad descriptor fails at start, naming the file, the key and the fix. */
class DescriptorLoaderTest {

    static final String POLICY = "county: Kern\nruleSet: prop64\n";
    static final String GOOD = """
            county: Kern
            description: test layout
            source:
              type: file
              format: delimited
              delimited: {delimiter: "|", header: false}
              columns:
                - {name: ID, description: person number, personal: true}
                - {name: BORN, description: date of birth, personal: true}
                - {name: CODE, description: section, personal: false}
                - {name: DISP, description: disposition, personal: false}
                - {name: DT, description: disposition date, personal: false}
                - {name: LVL, description: level, personal: false}
            person:
              key: [ID]
              dateOfBirth: {from: BORN, date: yyyyMMdd}
            charge:
              code: {from: CODE}
              disposition: {from: DISP, map: {G: CONVICTED, D: DISMISSED}}
              convictionDate: {from: DT, date: yyyyMMdd}
              level: {from: LVL, map: {F: FELONY, M: MISDEMEANOR}}
            output:
              format: delimited
              file: "{source}.out"
              columns:
                - {name: RESULT, from: determination.outcome}
            """;

    static CompiledAdapter load(Path dir, String descriptor) throws Exception {
        return load(dir, descriptor, Map.of());
    }

    static CompiledAdapter load(Path dir, String descriptor, Map<String, String> env) throws Exception {
        Path county = dir.resolve("kern");
        Files.createDirectories(county);
        Files.writeString(county.resolve("policy.yaml"), POLICY);
        Files.writeString(county.resolve("adapter.yaml"), descriptor);
        return new DescriptorLoader(env).load(county);
    }

    @Test
    void theBundledCountiesLoad() {
        // a county folder added by whoever onboards a county must not break this test: the four pilots are checked
        Map<String, CompiledAdapter> all = new DescriptorLoader(Map.of("WORK", "/tmp/work"))
                .loadAll(Path.of("county-adapters")).stream().collect(java.util.stream.Collectors.toMap(
                        CompiledAdapter::id, a -> a));
        assertThat(all.get("los-angeles").sourceKind()).isEqualTo(SourceKind.TABLE);
        assertThat(all.get("sacramento").sourceKind()).isEqualTo(SourceKind.DOJ_RESEARCH_FILE);
        assertThat(all.get("san-francisco").sourceKind()).isEqualTo(SourceKind.DELIMITED);
        assertThat(all.get("san-joaquin").sourceKind()).isEqualTo(SourceKind.FIXED_WIDTH);
        assertThat(all.get("los-angeles").database().url()).isEqualTo("jdbc:h2:file:/tmp/work/los-angeles/county-db;"
                + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        assertThat(all.get("sacramento").personalColumns()).contains("PRI_NAME", "PRI_DOB", "CII_NUMBER", "PRI_SSN")
                .doesNotContain("OFFENSE_DESCR");
    }

    @Test
    void aGoodDescriptorLoads(@TempDir Path dir) throws Exception {
        CompiledAdapter kern = load(dir, GOOD);
        assertThat(kern.county()).isEqualTo("KERN");
        assertThat(kern.output().fileName("nightly.dat")).isEqualTo("nightly.out");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt top-level key   | 'output:'                             | 'outptu:'                                  | outptu                         | did you mean 'output'?
            misspelt nested key      | 'dateOfBirth: {from: BORN, date'      | 'dateOfBirth: {from: BORN, daet'           | person.dateOfBirth.daet        | did you mean 'date'?
            unknown column           | 'key: [ID]'                           | 'key: [IDX]'                               | person.key[0]                  | column 'IDX' is not among the source's columns (did you mean 'ID'?)
            no date pattern          | '{from: DT, date: yyyyMMdd}'          | '{from: DT}'                               | charge.convictionDate          | needs 'date' (a pattern) or 'julian'
            two-digit year, no pivot | '{from: DT, date: yyyyMMdd}'          | '{from: DT, date: MMddyy}'                 | charge.convictionDate          | needs pivotYear
            bad map value            | 'G: CONVICTED'                        | 'G: GUILTY'                                | charge.disposition.map.G       | 'GUILTY' is not a valid value
            map missing              | '{from: DISP, map: {G: CONVICTED, D: DISMISSED}}' | '{from: DISP}'                 | charge.disposition             | needs a 'map'
            both from and constant   | '{from: CODE}'                        | '{from: CODE, constant: HS 11357}'         | charge.code                    | has both 'from' and 'constant'
            date on a text field     | 'code: {from: CODE}'                  | 'code: {from: CODE, date: yyyy}'           | charge.code.date               | 'date' does not apply to this field
            bad regex                | 'code: {from: CODE}'                  | 'code: {from: CODE, regex: \"(\"}'          | charge.code.regex              | not a valid regular expression
            unknown format           | 'format: delimited'                   | 'format: excel'                            | source.format                  | unknown format 'excel'
            bad encoding             | 'type: file'                          | 'type: file\\n  encoding: UTF-9'           | source.encoding                | unknown encoding 'UTF-9'
            column without a flag    | '{name: LVL, description: level, personal: false}' | '{name: LVL, description: level}' | source.columns[5].personal | does not say whether it is personal data
            unknown output value     | 'from: determination.outcome'         | 'from: determination.outcom'               | output.columns[0].from         | did you mean 'determination.outcome'?
            output map incomplete    | '{name: RESULT, from: determination.outcome}' | '{name: RESULT, from: determination.outcome, map: {DISMISS: D}}' | output.columns[0].map | has no code for REDUCE
            output file is a path    | 'file: \"{source}.out\"'              | 'file: \"../{source}.out\"'                | output.file                    | must be a file name, not a path
            output file is constant  | 'file: \"{source}.out\"'              | 'file: \"results.out\"'                    | output.file                    | has no {source}: every export would overwrite the last one's results
            output file is the report | 'file: \"{source}.out\"'             | 'file: \"{source}-quarantine.csv\"'        | output.file                    | is the name of the quarantine report
            output file is dots      | 'file: \"{source}.out\"'              | 'file: \"..\"'                             | output.file                    | '..' is not a file name
            secret in a descriptor   | 'description: test layout'            | 'description: test layout\\npassword: hunter2' | password                   | secrets must not be written in a descriptor
            missing person key       | 'key: [ID]'                           | 'name: {from: ID, name: \"LAST,FIRST\"}'   | person.key                     | is missing
            when outside a fallback  | 'code: {from: CODE}'                  | 'code: {from: CODE, when: X}'              | charge.code.when               | 'when' only belongs inside a 'fallback'
            key on a file output     | 'file: \"{source}.out\"'              | 'file: \"{source}.out\"\n  key: [RESULT]'   | output.key                     | only applies to a table
            a YAML alias             | 'description: test layout'           | 'description: &d test layout\nsummary: *d' | summary                        | uses the YAML alias *d
            output map empty key     | '{name: RESULT, from: determination.outcome}' | '{name: RESULT, from: determination.role, map: {\"\": NONE, PRIMARY: P, RELATED_CHARGE: R, POSSIBLE_PLEA_BARGAIN: B}}' | output.columns[0].map | has an empty key, which never matches
            output map unknown key   | '{name: RESULT, from: determination.outcome}' | '{name: RESULT, from: determination.role, map: {PRIMARY: P, RELATED: R, RELATED_CHARGE: R, POSSIBLE_PLEA_BARGAIN: B}}' | output.columns[0].map | 'RELATED' is not a value of determination.role, so it can never match
            trim on a determination  | '{name: RESULT, from: determination.outcome}' | '{name: RESULT, from: determination.outcome, trim: true}' | output.columns[0].trim | only applies to an input.COLUMN value
            a TODO left              | 'description: test layout'           | 'description: test layout   # TODO: say what'  | line 2                         | a TODO is left: description: test layout   # TODO: say what
            """)
    void aBadDescriptorNamesFileKeyAndFix(String what, String find, String replace, String key, String problem,
                                          @TempDir Path dir) {
        String yaml = GOOD.replace(find, replace.replace("\\n", "\n").replace("\\\"", "\""));
        assertThat(yaml).as("the test changes the descriptor").isNotEqualTo(GOOD);
        assertThatThrownBy(() -> load(dir, yaml)).isInstanceOfSatisfying(DescriptorException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.file()).endsWith("kern/adapter.yaml");
        }).hasMessageContaining(problem).hasMessageContaining("Fix: ");
    }

    /** {@link #GOOD} reading its exports from an SFTP folder, with a key and a known_hosts file in the county's folder. */
    static final String GOOD_SFTP = GOOD.replace("  type: file\n", """
              type: file
              location: "sftp://recordrelief@sftp.court.example.gov:2222/outgoing"
              sftp:
                privateKeyFile: id_ed25519
                knownHostsFile: court_known_hosts
            """);

    static CompiledAdapter loadSftp(Path dir, String descriptor) throws Exception {
        return loadSftp(dir, descriptor, Map.of("SJ_SFTP_KEY_PASSPHRASE", "correct horse"));
    }

    static CompiledAdapter loadSftp(Path dir, String descriptor, Map<String, String> env) throws Exception {
        Path county = dir.resolve("kern");
        Files.createDirectories(county);
        Files.writeString(county.resolve("id_ed25519"), "not read when the descriptor loads\n");
        Files.writeString(county.resolve("court_known_hosts"), "not read when the descriptor loads\n");
        Files.writeString(county.resolve("passphrase.txt"), "battery staple \n");
        Files.createDirectories(county.resolve("secrets"));
        Files.writeString(county.resolve("empty.txt"), "\n");
        return load(dir, descriptor, env);
    }

    /**
     * The key's passphrase is read when the descriptor loads, from the file it names (its last line break
     * left off) or from the variable it names, among the loader's variables; without either, none.
     */
    @Test
    void theKeysPassphraseIsReadFromItsFileOrItsVariable(@TempDir Path dir) throws Exception {
        assertThat(loadSftp(dir, GOOD_SFTP).sftpSource().passphrase()).as("none named").isEmpty();
        String key = "    privateKeyFile: id_ed25519\n";
        assertThat(loadSftp(dir, GOOD_SFTP.replace(key, key + "    passphraseFile: passphrase.txt\n")).sftpSource()
                .passphrase()).isEqualTo("battery staple ");
        assertThat(loadSftp(dir, GOOD_SFTP.replace(key, key + "    passphraseEnv: SJ_SFTP_KEY_PASSPHRASE\n"))
                .sftpSource().passphrase()).as("the loader's variables, not the process's").isEqualTo("correct horse");
        assertThat(loadSftp(dir, GOOD_SFTP.replace(key, key + "    passphraseFile: ${PASS_FILE}\n"),
                Map.of("PASS_FILE", dir.resolve("kern/passphrase.txt").toString())).sftpSource().passphrase())
                .as("a file named by a variable").isEqualTo("battery staple ");
        assertThat(loadSftp(dir, GOOD_SFTP.replace(key, key + "    passphraseFile: passphrase.txt\n")).sftpSource())
                .as("never printed").asString().doesNotContain("battery");
    }

    @Test
    void aGoodSftpDescriptorLoads(@TempDir Path dir) throws Exception {
        SftpSettings sftp = loadSftp(dir, GOOD_SFTP).sftpSource();
        assertThat(sftp.host()).isEqualTo("sftp.court.example.gov");
        assertThat(sftp.port()).isEqualTo(2222);
        assertThat(sftp.user()).isEqualTo("recordrelief");
        assertThat(sftp.folder()).isEqualTo("outgoing");
        assertThat(sftp.privateKeyFile()).isEqualTo(dir.resolve("kern/id_ed25519"));
        assertThat(sftp.knownHostsFile()).isEqualTo(dir.resolve("kern/court_known_hosts"));
    }

    /** An SFTP source without a key, without a pinned host key, or with a password in its address is refused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no private key           | '    privateKeyFile: id_ed25519\\n'   | ''                                    | source.sftp.privateKeyFile | is missing (the tool logs in with a key, never a password) | give the private key file
            no known_hosts file      | '    knownHostsFile: court_known_hosts\\n' | ''                               | source.sftp.knownHostsFile | is missing (the server's host key must be pinned) | give a known_hosts file with the server's key
            password in the address  | 'sftp://recordrelief@'               | 'sftp://recordrelief:hunter2@'        | source.location            | recordrelief:(hidden)@sftp.court.example.gov:2222/outgoing' holds a password | take the password out: write sftp://USER@HOST[:PORT]/FOLDER and give the key as source.sftp.privateKeyFile
            password, not an address | 'sftp://recordrelief@'               | 'sftp://recordrelief:hunter2/^@'      | source.location            | recordrelief:(hidden)@sftp.court.example.gov:2222/outgoing' is not an address | leave it out for the work folder's inbox, or write sftp://USER@HOST[:PORT]/FOLDER
            key file not there       | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_rsa'              | source.sftp.privateKeyFile | id_rsa does not exist                             | check the path
            passphrase written in    | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_ed25519\\n    passphrase: hunter2' | source.sftp.passphrase | secrets must not be written in a descriptor | use passphraseEnv: NAME_OF_ENVIRONMENT_VARIABLE or passphraseFile: path/to/file
            passphrase file missing  | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_ed25519\\n    passphraseFile: pass.txt' | source.sftp.passphraseFile | pass.txt cannot be read (it does not exist) | check the path
            passphrase file a folder | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_ed25519\\n    passphraseFile: secrets' | source.sftp.passphraseFile | secrets cannot be read (it is a folder) | check the path
            passphrase file empty    | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_ed25519\\n    passphraseFile: empty.txt' | source.sftp.passphraseFile | empty.txt is empty | write the key's passphrase in it
            passphrase variable unset | 'privateKeyFile: id_ed25519'        | 'privateKeyFile: id_ed25519\\n    passphraseEnv: NOT_SET' | source.sftp.passphraseEnv | the environment variable NOT_SET (the key's passphrase) is not set | set it, or leave passphraseEnv out
            passphrase twice         | 'privateKeyFile: id_ed25519'         | 'privateKeyFile: id_ed25519\\n    passphraseFile: passphrase.txt\\n    passphraseEnv: SJ_SFTP_KEY_PASSPHRASE' | source.sftp | has both passphraseEnv and passphraseFile | keep one
            known_hosts not there    | 'knownHostsFile: court_known_hosts'  | 'knownHostsFile: ~/.ssh/known_hosts'  | source.sftp.knownHostsFile | known_hosts does not exist                        | check the path
            """)
    void aBadSftpSourceNamesFileKeyAndFix(String what, String find, String replace, String key, String problem,
                                          String fix, @TempDir Path dir) {
        String yaml = GOOD_SFTP.replace(find.replace("\\n", "\n"), replace.replace("\\n", "\n"));
        assertThat(yaml).as("the test changes the descriptor").isNotEqualTo(GOOD_SFTP);
        assertThatThrownBy(() -> loadSftp(dir, yaml)).isInstanceOfSatisfying(DescriptorException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.file()).endsWith("kern/adapter.yaml");
        }).hasMessageContaining(problem).hasMessageContaining("Fix: " + fix).hasMessageNotContaining("hunter2");
    }

    /** ifEmpty writes a word where a value is empty; trim takes an input field's padding off. */
    @Test
    void ifEmptyAndTrimShapeOutputValues(@TempDir Path dir) throws Exception {
        CompiledAdapter kern = load(dir, GOOD.replace("{name: RESULT, from: determination.outcome}",
                "{name: RESULT, from: determination.reducedTo, ifEmpty: NONE}\n    - {name: ID, from: input.ID, trim: "
                        + "true}"));
        List<OutputPlan.Column> columns = kern.output().columns();
        assertThat(columns).extracting(OutputPlan.Column::name).containsExactly("RESULT", "ID");
        org.recordrelief.formats.Columns input = new org.recordrelief.formats.Columns(
                List.of("ID", "BORN", "CODE", "DISP", "DT", "LVL"));
        OutputRecord noDetermination = new OutputRecord(2, List.of("  0042  ", "", "", "", "", ""), input, key -> null);
        OutputRecord reduced = new OutputRecord(3, List.of("0043", "", "", "", "", ""), input,
                key -> key.equals("determination.reducedTo") ? "MISDEMEANOR" : null);
        assertThat(columns.get(0).value().apply(noDetermination)).isEqualTo("NONE");
        assertThat(columns.get(0).value().apply(reduced)).isEqualTo("MISDEMEANOR");
        assertThat(columns.get(1).value().apply(noDetermination)).isEqualTo("0042");
    }

    /**
     * A row without a determination gets the same columns whatever the row when each column is a determination's
     * value or a constant, mapped and filled in as written: worked out once. A column of the input row's own
     * values differs from row to row, so there is no such row then.
     */
    @Test
    void theColumnsOfARowWithoutADeterminationAreKnownOnceWhenNoneReadsTheRow(@TempDir Path dir) throws Exception {
        CompiledAdapter kern = load(dir, GOOD.replace("{name: RESULT, from: determination.outcome}",
                "{name: RESULT, from: determination.outcome, map: {DISMISS: D, REDUCE: R, NOT_ELIGIBLE: N, HAND_REVIEW: H}}\n"
                        + "    - {name: REDUCED, from: determination.reducedTo, ifEmpty: NONE}\n"
                        + "    - {name: SOURCE, constant: DA}\n"
                        + "    - {name: REASONS, from: determination.reasons}"));
        assertThat(kern.output().valuesWithoutDetermination()).containsExactly("", "NONE", "DA", "");

        CompiledAdapter withInput = load(dir, GOOD.replace("{name: RESULT, from: determination.outcome}",
                "{name: RESULT, from: determination.outcome}\n    - {name: ID, from: input.ID}"));
        assertThat(withInput.output().valuesWithoutDetermination()).isNull();
    }

    /** A file hundreds of kilobytes long is not a descriptor: refused before it is parsed. */
    @Test
    void anOversizedDescriptorIsRefusedBeforeParsing(@TempDir Path dir) {
        String yaml = GOOD + "#" + "x".repeat(300 * 1024) + "\n";
        assertThatThrownBy(() -> load(dir, yaml)).isInstanceOfSatisfying(DescriptorException.class,
                e -> assertThat(e.key()).isEqualTo("(document)")).hasMessageContaining("is larger than 256 KB")
                .hasMessageContaining("Fix: a descriptor or policy is a few kilobytes");
    }

    @Test
    void aPolicyForAnotherCountyIsRefused(@TempDir Path dir) throws Exception {
        Path county = dir.resolve("kern");
        Files.createDirectories(county);
        Files.writeString(county.resolve("policy.yaml"), "county: Tulare\nruleSet: prop64\n");
        Files.writeString(county.resolve("adapter.yaml"), GOOD);
        assertThatThrownBy(() -> new DescriptorLoader(Map.of()).load(county)).isInstanceOf(DescriptorException.class)
                .hasMessageContaining("the descriptor says KERN but").hasMessageContaining("says TULARE");
    }

    @Test
    void aBadPolicyFailsTheLoadWithThePolicysOwnMessage(@TempDir Path dir) throws Exception {
        Path county = dir.resolve("kern");
        Files.createDirectories(county);
        Files.writeString(county.resolve("policy.yaml"), "county: Kern\nruleSet: prop64\noptions: {crimeFreeYear: 3}\n");
        Files.writeString(county.resolve("adapter.yaml"), GOOD);
        assertThatThrownBy(() -> new DescriptorLoader(Map.of()).load(county)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy.yaml at 'options.crimeFreeYear'");
    }

    @Test
    void environmentPlaceholdersNestAndFailClearlyWhenUnset() {
        assertThat(DatabaseSettings.expand("${URL:-jdbc:h2:file:${WORK}/db}", Map.of("WORK", "/w")))
                .isEqualTo("jdbc:h2:file:/w/db");
        assertThat(DatabaseSettings.expand("${URL:-jdbc:h2:file:${WORK}/db}", Map.of("WORK", "/w", "URL", "jdbc:pg")))
                .isEqualTo("jdbc:pg");
        assertThatThrownBy(() -> DatabaseSettings.expand("${MISSING}", Map.of()))
                .hasMessage("the environment variable MISSING is not set");
    }

    /**
     * San Joaquin's key and known_hosts are {@code ${SJ_SFTP_KEY:-}}: with the server set and the variable not,
     * the message names the variable to set (it said the county folder itself was a file that does not exist).
     */
    @Test
    void anSftpKeyWhoseVariableIsUnsetNamesTheVariable(@TempDir Path tmp) {
        Path county = tmp.resolve("san-joaquin");
        org.recordrelief.routes.TestFiles.copyFolder(Path.of("county-adapters", "san-joaquin"), county);
        Path descriptor = county.resolve("adapter.yaml");
        assertThatThrownBy(() -> new DescriptorLoader(Map.of("WORK", tmp.toString(), "SJ_COURT_SFTP",
                "sftp://court@localhost/exports")).load(county)).isInstanceOf(DescriptorException.class)
                .hasMessage("Bad adapter descriptor " + descriptor + " at 'source.sftp.privateKeyFile': the value is "
                        + "empty: the environment variable SJ_SFTP_KEY it reads is not set. Fix: set SJ_SFTP_KEY to "
                        + "the path of the private key file");
        assertThatThrownBy(() -> new DescriptorLoader(Map.of("WORK", tmp.toString(), "SJ_COURT_SFTP",
                "sftp://court@localhost/exports", "SJ_SFTP_KEY", descriptor.toString())).load(county))
                .hasMessage("Bad adapter descriptor " + descriptor + " at 'source.sftp.knownHostsFile': the value is "
                        + "empty: the environment variable SJ_SFTP_KNOWN_HOSTS it reads is not set. Fix: set "
                        + "SJ_SFTP_KNOWN_HOSTS to the path of the known_hosts file that pins the server's key");
    }
}
