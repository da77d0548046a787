package org.recordrelief.model.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CodeSectionParserTest {

    private final CodeSectionParser parser = new CodeSectionParser();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11357(A) HS                                   | HS 11357(a)
            HS 11357(a)                                   | HS 11357(a)
            11357 H&S                                     | HS 11357
            H&S 11359                                     | HS 11359
            HS11359                                       | HS 11359
            11359(c)(3) HS                                | HS 11359(c)(3)
            11357(C)HS-POSSESS MARIJUANA                  | HS 11357(c)
            664/11357 HS                                  | PC 664/HS 11357
            11357(A) HS-POSSESS MARIJUANA                 | HS 11357(a)
            11357(B) HS - POSSESS MARIJUANA 28.5 GRMS     | HS 11357(b)
            11360(A) HS-TRANSPORT/SELL MARIJUANA          | HS 11360(a)
            hs 11357(b)                                   | HS 11357(b)
            '  HS   11357 ( b )  '                        | HS 11357(b)
            11357 (B) HS                                  | HS 11357(b)
            H & S 11357                                   | HS 11357
            H.S. 11358                                    | HS 11358
            11358 H.S.                                    | HS 11358
            11359 HSC                                     | HS 11359
            HSC 11360(b)                                  | HS 11360(b)
            11360(a)(3)(C) HS                             | HS 11360(a)(3)(C)
            11360(A)(3)(D) H&S                            | HS 11360(a)(3)(D)
            HEALTH AND SAFETY CODE 11357(b)               | HS 11357(b)
            Health & Safety Code section 11359            | HS 11359
            11357 H/S                                     | HS 11357
            H&S11357(b)                                   | HS 11357(b)
            HS-11357                                      | HS 11357
            11357.5 HS                                    | HS 11357.5
            HS 664/11359                                  | PC 664/HS 11359
            664 / 11360(A) HS                             | PC 664/HS 11360(a)
            182(A)(1) PC                                  | PC 182(a)(1)
            182/11360 HS                                  | PC 182/HS 11360
            187(A) PC                                     | PC 187(a)
            PC 187                                        | PC 187
            664/187(A) PC                                 | PC 664/PC 187(a)
            P.C. 288(a)                                   | PC 288(a)
            PENAL CODE 290                                | PC 290
            647(F) PC-DISORDERLY CONDUCT:INTOX DRUG/ALC   | PC 647(f)
            288A PC                                       | PC 288a
            653F(B) PC                                    | PC 653f(b)
            PC 1203.4a                                    | PC 1203.4a
            667(e)(2)(C)(iv) PC                           | PC 667(e)(2)(C)(iv)
            23152(A) VC                                   | VC 23152(a)
            CVC 23152(b)                                  | VC 23152(b)
            VC 40508(A)                                   | VC 40508(a)
            4060 BP                                       | BP 4060
            B&P 4140                                      | BP 4140
            4149 B & P                                    | BP 4149
            W&I 707(b)                                    | WI 707(b)
            5652 F&G                                      | FG 5652
            HS 11364.1                                    | HS 11364.1
            HS 11357 B                                    | HS 11357(b)
            §11357(a) HS                                  | HS 11357(a)
            011357 HS                                     | HS 11357
            11350(A) HS: POSSESS NARCOTIC CONTROLLED SUB  | HS 11350(a)
            11357A HS                                     | HS 11357(a)
            11357A HS-POSSESSION OF MARIJUANA             | HS 11357(a)
            11359B HS-MARIJUANA POSSESS FOR SALE          | HS 11359(b)
            11360A HS-SELL/FURNISH/ETC MARIJUANA/HASH     | HS 11360(a)
            11357B2 HS-POSSESSION OF MARIJUANA            | HS 11357(b)(2)
            11360A2 HS-SELL/FURNISH/ETC MARIJUANA/HASH    | HS 11360(a)(2)
            HS 11360A3C                                   | HS 11360(a)(3)(C)
            266H(B) PC                                    | PC 266h(b)
            273A(A) PC                                    | PC 273a(a)
            11359 HS/SELL                                 | HS 11359
            """)
    void readsSpelling(String raw, String canonical) {
        ChargeCode code = parser.parse(raw);
        assertThat(code).isInstanceOf(CodeSection.class);
        assertThat(code.canonical()).isEqualTo(canonical);
        assertThat(code.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" stays unparsed: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                  | empty
            SEE COMMENT FOR CHARGE              | see comment
            POSSESS MARIJUANA                   | no code
            11357                               | no code
            11357(A)                            | no code
            11357 XX                            | no code
            11357(A) HS 11360(A) HS             | more than one
            11360(B) SELL/FURNISH/ETC MARIJUANA/HASH | no code
            HSX 11357                           | no code
            """)
    void leavesUnreadableTextUnparsed(String raw, String reasonFragment) {
        ChargeCode code = parser.parse(raw);
        assertThat(code).isInstanceOf(UnparsedCode.class);
        assertThat(((UnparsedCode) code).reason()).containsIgnoringCase(reasonFragment);
        assertThat(code.canonical()).isEqualTo("UNPARSED");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            484(A)/490.5 PC-THEFT/PETTY THEFT MERCHANDISE | PC 484(a) + PC 490.5
            484(A)/490.5 PC                               | PC 484(a) + PC 490.5
            11357 HS/11360 HS                             | HS 11357 + HS 11360
            HS 11357 / HS 11360                           | HS 11357 + HS 11360
            11357HS/11360HS                               | HS 11357 + HS 11360
            HS 11357(a)/11359                             | HS 11357(a) + HS 11359
            11357/11358/11359 HS                          | HS 11357 + HS 11358 + HS 11359
            187 PC/11359 HS                               | PC 187 + HS 11359
            """)
    void keepsEverySectionJoinedByASlash(String raw, String canonical) {
        ChargeCode code = parser.parse(raw);
        assertThat(code).isInstanceOf(MultipleSections.class);
        assertThat(code.canonical()).isEqualTo(canonical);
        assertThat(code.sections()).hasSizeGreaterThan(1);
        assertThat(parser.parse(canonical)).as("reads its own canonical form").isEqualTo(code);
    }

    @Test
    void aNumberGluedToGramsIsNotASecondSection() {
        assertThat(parser.parse("11357(B) HS / 28.5 GRAMS").canonical()).isEqualTo("HS 11357(b)");
    }

    @Test
    void aCodeLessSectionTakesTheDefaultCodeEvenWithADescription() {
        assertThat(parser.parse("11360(B) SELL/FURNISH/ETC MARIJUANA/HASH", LegalCode.HS).canonical())
                .isEqualTo("HS 11360(b)");
    }

    @ParameterizedTest
    @CsvSource({"PC 664/HS 11357(a)", "PC 182/HS 11360", "HS 11360(a)(3)(C)", "PC 667(e)(2)(C)(iv)", "PC 288a",
            "PC 1203.4a", "VC 23152(b)", "HS 11357(b)(2)"})
    void readsItsOwnCanonicalForm(String canonical) {
        assertThat(parser.parse(canonical).canonical()).isEqualTo(canonical);
    }

    @Test
    void usesADefaultCodeOnlyForABareSection() {
        assertThat(parser.parse("11357(b)", LegalCode.HS).canonical()).isEqualTo("HS 11357(b)");
        assertThat(parser.parse("664/11359", LegalCode.HS).canonical()).isEqualTo("PC 664/HS 11359");
        assertThat(parser.parse("187 PC", LegalCode.HS).canonical()).isEqualTo("PC 187");
        assertThat(parser.parse("POSSESS", LegalCode.HS)).isInstanceOf(UnparsedCode.class);
    }

    @Test
    void keepsModifierAndSubdivisionsApart() {
        CodeSection section = (CodeSection) parser.parse("664/11360(a)(3)(C) HS");
        assertThat(section.modifier()).isEqualTo(SectionModifier.ATTEMPT);
        assertThat(section.section()).isEqualTo("11360");
        assertThat(section.subdivisions()).containsExactly("a", "3", "c");
        assertThat(section.codeAndSection()).isEqualTo("HS 11360");
    }

    @Test
    void sectionsCompareByMeaningNotSpelling() {
        assertThat(parser.parse("11357(A) HS")).isEqualTo(parser.parse("hs 11357 (a)"));
        CodeSection narrow = (CodeSection) parser.parse("288(a)(1) PC");
        assertThat(narrow.isWithin(CodeSection.of(LegalCode.PC, "288", "a"))).isTrue();
        assertThat(narrow.isWithin(CodeSection.of(LegalCode.PC, "288", "b"))).isFalse();
        assertThat(narrow.isWithin(CodeSection.of(LegalCode.PC, "288"))).isTrue();
    }
}
