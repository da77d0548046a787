package org.recordrelief.rules.prop64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordrelief.model.OffenceLevel.FELONY;
import static org.recordrelief.model.OffenceLevel.INFRACTION;
import static org.recordrelief.model.OffenceLevel.MISDEMEANOR;
import static org.recordrelief.model.OffenceLevel.UNKNOWN;
import static org.recordrelief.rules.Outcome.DISMISS;
import static org.recordrelief.rules.Outcome.HAND_REVIEW;
import static org.recordrelief.rules.Outcome.NOT_ELIGIBLE;
import static org.recordrelief.rules.Outcome.REDUCE;
import static org.recordrelief.testing.HistoryBuilder.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.Outcome;
import org.recordrelief.testing.HistoryBuilder;
import org.recordrelief.testing.Policies;

/**
 * One row per statute case and per county option: the history, the county options, and the expected
 * outcome, rule ids and reason text for the conviction under test. All judged on 1 July 2020, the
 * AB 1793 deadline.
 */
class Prop64RulesTableTest {

    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);
    static final String ADULT = "1970-01-01";
    /** 18 on the usual offence date 2010-05-01. */
    static final String YOUNG = "1992-01-01";

    record Row(String name, HistoryBuilder history, String options, Outcome outcome, OffenceLevel reducedTo,
               String ruleIds, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, HistoryBuilder history, String options, Outcome outcome, String ruleIds,
                   String text) {
        return new Row(name, history, options, outcome, null, ruleIds, text);
    }

    static Row reduce(String name, HistoryBuilder history, String options, OffenceLevel to, String ruleIds,
                      String text) {
        return new Row(name, history, options, REDUCE, to, ruleIds, text);
    }

    static HistoryBuilder adult(String code, OffenceLevel level, String date) {
        return person("p").born(ADULT).convicted(code, level, date);
    }

    static HistoryBuilder young(String code, OffenceLevel level, String date) {
        return person("p").born(YOUNG).convicted(code, level, date);
    }

    static SentencePart probation(int years) {
        return SentencePart.of(SentenceType.PROBATION, Period.ofYears(years));
    }

    static SentencePart jailMonths(int months) {
        return SentencePart.of(SentenceType.JAIL, Period.ofMonths(months));
    }

    static final String NONE = Policies.STATUTE_ONLY;

    static Stream<Row> statuteRows() {
        return Stream.of(
                row("old 11357(b) misdemeanor, adult: dismissed", adult("11357(B) HS", MISDEMEANOR, "2010-05-01"),
                        NONE, DISMISS, "P64-POSS-ADULT", "21 or older at the offence is now lawful"),
                row("old 11357(b) infraction, adult: dismissed", adult("HS 11357(b)", INFRACTION, "2012-05-01"),
                        NONE, DISMISS, "P64-POSS-ADULT", "dismiss and seal"),
                reduce("old 11357(b) misdemeanor, under 21: reduced to an infraction",
                        young("11357(b) HS", MISDEMEANOR, "2010-05-01"), NONE, INFRACTION, "P64-POSS-UNDER21",
                        "now an infraction"),
                row("old 11357(b) infraction, under 21: no lesser offence",
                        young("11357(b) HS", INFRACTION, "2010-05-01"), NONE, NOT_ELIGIBLE,
                        "P64-POSS-UNDER21-INFRACTION", "still an infraction"),
                reduce("old 11357(a) felony (concentrated): reduced", adult("11357(A) HS", FELONY, "2009-03-03"),
                        NONE, MISDEMEANOR, "P64-POSS-FELONY", "at most a misdemeanor now"),
                row("old 11357(a) misdemeanor (concentrated), adult: dismissed",
                        adult("11357(A) HS", MISDEMEANOR, "2009-03-03"), NONE, DISMISS, "P64-POSS-ADULT",
                        "8 g of concentrated cannabis"),
                reduce("11357 felony without subdivision: reduced", adult("11357 HS", FELONY, "2001-01-01"), NONE,
                        MISDEMEANOR, "P64-POSS-FELONY", "redesignate it a misdemeanor"),
                row("11357 misdemeanor without subdivision, adult: dismissed",
                        adult("11357 H&S", MISDEMEANOR, "2001-01-01"), NONE, DISMISS, "P64-POSS-ADULT", "now lawful"),
                row("old 11357(c) over 28.5 g misdemeanor: no lesser offence",
                        adult("11357(C)HS-POSSESS MARIJUANA", MISDEMEANOR, "2008-08-08"), NONE, NOT_ELIGIBLE,
                        "P64-POSS-OVER-28G", "still a misdemeanor"),
                reduce("old 11357(c) felony (before 1976 law): reduced",
                        person("p").born("1950-01-01").convicted("11357(c) HS", FELONY, "1975-06-01"), NONE, MISDEMEANOR,
                        "P64-POSS-FELONY", "Felony possession of more than 28.5 g (HS 11357(c)) by a person 18 or older "
                                + "is at most a misdemeanor now"),
                reduce("old 11357(a) felony names concentrated cannabis", adult("11357(A) HS", FELONY, "2009-03-03"),
                        NONE, MISDEMEANOR, "P64-POSS-FELONY", "Felony possession of concentrated cannabis (HS 11357(a))"),
                reduce("11357 felony without subdivision names no form", adult("HS 11357", FELONY, "2001-01-01"), NONE,
                        MISDEMEANOR, "P64-POSS-FELONY", "Felony possession of cannabis (HS 11357)"),
                row("old 11357(d) school grounds, adult misdemeanor: no lesser offence",
                        adult("11357(d) HS", MISDEMEANOR, "2005-01-01"), NONE, NOT_ELIGIBLE, "P64-POSS-SCHOOL",
                        "Possession on school grounds (HS 11357(d)) by a person 18 or older is still a misdemeanor"),
                reduce("old 11357(e) school grounds, 16 at the offence: reduced to an infraction",
                        young("11357(e) HS", MISDEMEANOR, "2008-01-01"), NONE, INFRACTION, "P64-UNDER18",
                        "possession on school grounds by a person under 18 is now an infraction, so the misdemeanor"),
                reduce("school grounds felony, adult: reduced to a misdemeanor", adult("11357(d) HS", FELONY, "2005-01-01"),
                        NONE, MISDEMEANOR, "P64-POSS-FELONY", "Felony possession on school grounds (HS 11357(d))"),
                row("school grounds, no date of birth: hand review",
                        person("p").born(null).convicted("11357(d) HS", MISDEMEANOR, "2005-01-01"), NONE, HAND_REVIEW,
                        "P64-AGE-UNKNOWN", "age at the offence decides"),
                reduce("old 11357(b) felony, under 21: the felony becomes an infraction",
                        young("11357(b) HS", FELONY, "2010-05-01"), NONE, INFRACTION, "P64-POSS-UNDER21",
                        "so the felony is redesignated an infraction"),
                reduce("11358 felony, 17 at the offence: an infraction under 18",
                        young("11358 HS", FELONY, "2009-06-01"), NONE, INFRACTION, "P64-UNDER18",
                        "cultivation by a person under 18 is now an infraction, so the felony is redesignated"),
                reduce("11359 felony, 17, after a murder: carve-outs are for adults only",
                        young("11359 HS", FELONY, "2009-06-01").prior("187 PC", FELONY, "2008-01-01"), NONE, INFRACTION,
                        "P64-UNDER18", "possession for sale by a person under 18 is now an infraction"),
                reduce("11360(a) misdemeanor, 17: reduced to an infraction", young("11360(a) HS", MISDEMEANOR, "2009-06-01"),
                        NONE, INFRACTION, "P64-UNDER18", "sale or transport by a person under 18"),
                reduce("old 11357(c) misdemeanor, 17: reduced to an infraction",
                        young("11357(c) HS", MISDEMEANOR, "2009-06-01"), NONE, INFRACTION, "P64-UNDER18",
                        "possession of more than 28.5 g by a person under 18"),
                reduce("old 11357(a) felony, 17: reduced to an infraction", young("11357(a) HS", FELONY, "2009-06-01"),
                        NONE, INFRACTION, "P64-UNDER18", "possession of concentrated cannabis by a person under 18"),
                row("11359 infraction, 17: no lesser offence", young("11359 HS", INFRACTION, "2009-06-01"), NONE,
                        NOT_ELIGIBLE, "P64-UNDER18-INFRACTION", "is still an infraction"),
                reduce("11359 felony, 18 on the day of the offence: an adult", young("11359 HS", FELONY, "2010-01-01"),
                        NONE, MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("11357B2 before the Act reads as the post-Act paragraph: more than 28.5 g",
                        adult("11357B2 HS-POSSESSION OF MARIJUANA", MISDEMEANOR, "2008-08-08"), NONE, NOT_ELIGIBLE,
                        "P64-POSS-OVER-28G", "still a misdemeanor"),
                reduce("11360A2 before the Act: sale by a person 18 or older", adult("11360A2 HS", FELONY, "2006-06-06"),
                        NONE, MISDEMEANOR, "P64-SALE-FELONY", "now a misdemeanor"),
                row("11357A glued letter is subdivision (a): concentrated, adult misdemeanor dismissed",
                        adult("11357A HS", MISDEMEANOR, "2009-03-03"), NONE, DISMISS, "P64-POSS-ADULT", "now lawful"),
                row("two cannabis sections in one count: hand review", adult("11357 HS/11360 HS", FELONY, "2009-03-03"),
                        NONE, HAND_REVIEW, "P64-SEVERAL-SECTIONS", "more than one code section (HS 11357 + HS 11360)"),
                row("a cannabis section beside another: hand review", adult("487 PC/11359 HS", FELONY, "2009-03-03"),
                        NONE, HAND_REVIEW, "P64-SEVERAL-SECTIONS", "(PC 487 + HS 11359)"),
                row("two sections that are not cannabis ones: no determination", adult("484(A)/490.5 PC", MISDEMEANOR,
                        "2009-03-03"), NONE, null, "", ""),
                row("unreadable code naming marijuana: hand review", adult("POSSESS MARIJUANA", MISDEMEANOR, "2009-03-03"),
                        NONE, HAND_REVIEW, "P64-CODE-UNREADABLE", "could not be read ('POSSESS MARIJUANA'"),
                row("a super strike named among two sections of a prior: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187/211 PC", FELONY, "1995-03-02"), NONE,
                        HAND_REVIEW, "P64-EXCL-FACTS", "An earlier conviction for PC 187 + PC 211 (murder (667(e)(2)(C)(iv)(IV)), named with "
                                + "other sections) disqualifies only if facts"),
                row("a second same-section prior named among other sections: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("11359 HS", FELONY, "2001-01-01")
                                .prior("11359 HS/11360 HS", FELONY, "2003-01-01"), NONE, HAND_REVIEW, "P64-EXCL-FACTS",
                        "a count that names it with other sections"),
                reduce("one earlier 11359 among two sections is one prior only",
                        adult("11359 HS", FELONY, "2010-01-01").prior("11359 HS/11360 HS", FELONY, "2001-01-01"), NONE,
                        MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("11357(f) did not exist: hand review", adult("11357(f) HS", MISDEMEANOR, "2005-01-01"), NONE,
                        HAND_REVIEW, "P64-SUBDIVISION-UNKNOWN", "Subdivision (f) of HS 11357 names no offence"),
                row("possession, no date of birth: hand review",
                        person("p").born(null).convicted("11357(b) HS", MISDEMEANOR, "2010-05-01"), NONE, HAND_REVIEW,
                        "P64-AGE-UNKNOWN", "age at the offence decides"),
                row("concentrated possession, level unknown: hand review", adult("11357(a) HS", UNKNOWN, "2010-05-01"),
                        NONE, HAND_REVIEW, "P64-LEVEL-UNKNOWN", "felony, a misdemeanor or an infraction"),
                row("convicted 2016-11-08, the day before the Act: dismissed",
                        adult("11357(b) HS", MISDEMEANOR, "2016-11-08"), NONE, DISMISS, "P64-POSS-ADULT", "now lawful"),
                row("convicted 2016-11-09, the day the Act took effect: not eligible",
                        adult("11357(b) HS", MISDEMEANOR, "2016-11-09"), NONE, NOT_ELIGIBLE, "P64-AFTER-ACT",
                        "Convicted on 2016-11-09, on or after 9 November 2016"),
                row("new-law 11357(a) conviction in 2017: not eligible", adult("11357(a) HS", INFRACTION, "2017-03-01"),
                        NONE, NOT_ELIGIBLE, "P64-AFTER-ACT", "relief covers convictions for earlier offences"),
                row("convicted after the Act, no offence or arrest date: hand review (the offence may be earlier)",
                        adult("11357(b) HS", MISDEMEANOR, "2017-02-26").offenceOn(null), NONE, HAND_REVIEW,
                        "P64-AFTER-ACT-NO-OFFENCE-DATE", "Convicted on 2017-02-26, on or after 9 November 2016, when "
                                + "Proposition 64 took effect, and the record has no offence or arrest date"),
                row("offence before the Act, convicted after it: hand review",
                        adult("11359 HS", FELONY, "2017-02-01").offenceOn("2016-10-01"), NONE, HAND_REVIEW,
                        "P64-OFFENCE-BEFORE-ACT", "The offence was on 2016-10-01, before Proposition 64 took effect on "
                                + "9 November 2016, but the conviction came on 2017-02-01"),
                row("offence before the Act, convicted after it: no county option changes the review",
                        adult("11357(b) HS", MISDEMEANOR, "2017-02-01").offenceOn("2016-10-01"),
                        "{dismissMisdemeanorsAndInfractions: true}", HAND_REVIEW, "P64-OFFENCE-BEFORE-ACT",
                        "which law the conviction applied"),
                row("no conviction date: hand review", adult("11359 HS", FELONY, null), NONE, HAND_REVIEW,
                        "P64-NO-DATE", "conviction date is missing"),
                row("attempted possession (PC 664): hand review", adult("664/11357 HS", MISDEMEANOR, "2010-01-01"),
                        NONE, HAND_REVIEW, "P64-ATTEMPT", "attempt or a conspiracy"),
                row("conspiracy to sell (PC 182): hand review", adult("182/11360 HS", FELONY, "2010-01-01"), NONE,
                        HAND_REVIEW, "P64-ATTEMPT", "a reviewer decides"),
                reduce("11358 cultivation felony: reduced", adult("11358 HS", FELONY, "2011-02-02"), NONE, MISDEMEANOR,
                        "P64-CULT-FELONY", "Cultivation is now lawful (six plants or fewer) or a misdemeanor"),
                row("11358 cultivation misdemeanor: no lesser offence", adult("11358 HS", MISDEMEANOR, "2011-02-02"),
                        NONE, NOT_ELIGIBLE, "P64-CULT-MISD", "does not show six or fewer"),
                row("11358 level unknown: hand review", adult("11358 HS", UNKNOWN, "2011-02-02"), NONE, HAND_REVIEW,
                        "P64-LEVEL-UNKNOWN", "relief depends on it"),
                row("11358(d)(3) environmental violations: not eligible",
                        adult("11358(d)(3) HS", FELONY, "2011-02-02"), NONE, NOT_ELIGIBLE, "P64-EXCL-ENVIRONMENT",
                        "environmental violations"),
                reduce("11359 possession for sale felony: reduced", adult("11359 HS", FELONY, "2007-07-07"), NONE,
                        MISDEMEANOR, "P64-PWS-FELONY", "Possession for sale by an adult is now a misdemeanor"),
                row("11359 misdemeanor: no lesser offence", adult("11359 HS", MISDEMEANOR, "2007-07-07"), NONE,
                        NOT_ELIGIBLE, "P64-PWS-MISD", "still a misdemeanor"),
                row("11359(c)(3) using a minor: not eligible", adult("11359(c)(3) HS", FELONY, "2007-07-07"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-MINOR", "The conviction (HS 11359(c)(3)) is for selling or furnishing"),
                row("11359(d) selling to a minor: not eligible", adult("11359(d) HS", FELONY, "2007-07-07"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-MINOR", "stays a felony"),
                reduce("old 11360(a) sale felony: reduced", adult("11360(A) HS-TRANSPORT/SELL", FELONY, "2006-06-06"),
                        NONE, MISDEMEANOR, "P64-SALE-FELONY", "Sale or transport by an adult is now a misdemeanor"),
                row("old 11360(a) sale misdemeanor: no lesser offence", adult("11360(a) HS", MISDEMEANOR, "2006-06-06"),
                        NONE, NOT_ELIGIBLE, "P64-SALE-MISD", "still a misdemeanor"),
                row("old 11360(b) giving away up to 28.5 g, adult: dismissed",
                        adult("11360(b) HS", MISDEMEANOR, "2006-06-06"), NONE, DISMISS, "P64-GIVE-ADULT",
                        "Giving away or transporting up to 28.5 g"),
                reduce("old 11360(b), under 21: reduced to an infraction", young("11360(b) HS", MISDEMEANOR, "2010-05-01"),
                        NONE, INFRACTION, "P64-GIVE-UNDER21", "redesignated an infraction"),
                row("old 11360(b) infraction, under 21: no lesser offence",
                        young("11360(b) HS", INFRACTION, "2011-05-01"), NONE, NOT_ELIGIBLE,
                        "P64-GIVE-UNDER21-INFRACTION", "still an infraction"),
                reduce("11360 felony without subdivision: read as old (a), reduced", adult("HS 11360", FELONY, "2006-06-06"),
                        NONE, MISDEMEANOR, "P64-SALE-FELONY", "now a misdemeanor"),
                row("11360 misdemeanor without subdivision: read as old (b), dismissed",
                        adult("HS 11360", MISDEMEANOR, "2006-06-06"), NONE, DISMISS, "P64-GIVE-ADULT", "now lawful"),
                row("11360(a)(3)(C) selling to a minor: not eligible", adult("11360(a)(3)(C) HS", FELONY, "2006-06-06"),
                        NONE, NOT_ELIGIBLE, "P64-EXCL-MINOR", "HS 11360(a)(3)(C)"),
                row("11360(a)(3)(D) import over 28.5 g: not eligible", adult("11360(a)(3)(D) HS", FELONY, "2006-06-06"),
                        NONE, NOT_ELIGIBLE, "P64-EXCL-IMPORT", "importing or exporting more than 28.5 g"),
                row("11360(c) before the Act did not exist: hand review", adult("11360(c) HS", FELONY, "2006-06-06"),
                        NONE, HAND_REVIEW, "P64-SUBDIVISION-UNKNOWN", "Subdivision (c) of HS 11360 names no offence"),
                row("11359 felony after an earlier murder conviction: not eligible",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187(A) PC", FELONY, "1995-03-02"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "An earlier conviction for PC 187(a) (murder"),
                reduce("11359 felony, murder conviction came later: reduced",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187 PC", FELONY, "2012-03-02"), NONE, MISDEMEANOR,
                        "P64-PWS-FELONY", "now a misdemeanor"),
                reduce("11359 felony, super strike on the same day is not earlier: reduced",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187 PC", FELONY, "2010-01-01"), NONE, MISDEMEANOR,
                        "P64-PWS-FELONY", "now a misdemeanor"),
                row("11360(a) felony after attempted murder: not eligible",
                        adult("11360(a) HS", FELONY, "2010-01-01").prior("664/187(A) PC", FELONY, "2000-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "attempted murder"),
                row("11358 felony after a lewd act on a child: super strike first",
                        adult("11358 HS", FELONY, "2010-01-01").prior("288(A) PC", FELONY, "2000-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "lewd or lascivious act"),
                row("11358 felony after sexual battery (PC 290 offence): not eligible",
                        adult("11358 HS", FELONY, "2010-01-01").prior("243.4 PC", MISDEMEANOR, "2000-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-PC290", "requires sex-offender registration"),
                row("11359 felony after a PC 290 registration, no registrable conviction shown: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").registered290("2001-01-01"), NONE, HAND_REVIEW,
                        "P64-EXCL-PC290-REGISTERED", "which the record does not show, so a reviewer must check"),
                row("11359 felony after a registration and the registrable conviction: excluded",
                        adult("11359 HS", FELONY, "2010-01-01").registered290("2001-01-01")
                                .prior("288(A) PC", FELONY, "2000-06-01"), NONE, NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE",
                        "lewd or lascivious act"),
                reduce("11359 felony, registration came later: reduced",
                        adult("11359 HS", FELONY, "2010-01-01").registered290("2015-01-01"), NONE, MISDEMEANOR,
                        "P64-PWS-FELONY", "now a misdemeanor"),
                row("11359 felony after two earlier 11359 convictions: not eligible",
                        adult("11359 HS", FELONY, "2010-01-01").prior("11359 HS", FELONY, "2001-01-01")
                                .prior("HS 11359", MISDEMEANOR, "2004-01-01"), NONE, NOT_ELIGIBLE, "P64-EXCL-PRIORS",
                        "The person had 2 earlier convictions under HS 11359"),
                reduce("11360(a) felony after two giving-away convictions: not the conduct of 11360(a)(2), reduced",
                        adult("11360(a) HS", FELONY, "2010-01-01").prior("11360(b) HS", MISDEMEANOR, "2001-01-01")
                                .prior("11360 HS", MISDEMEANOR, "2003-01-01"), NONE, MISDEMEANOR, "P64-SALE-FELONY",
                        "now a misdemeanor"),
                row("11360(a) felony after two sale convictions: not eligible",
                        adult("11360(a) HS", FELONY, "2010-01-01").prior("11360(a) HS", MISDEMEANOR, "2001-01-01")
                                .prior("11360 HS", FELONY, "2003-01-01"), NONE, NOT_ELIGIBLE, "P64-EXCL-PRIORS",
                        "2 earlier convictions under HS 11360"),
                reduce("11359 felony after one earlier 11359 conviction: reduced",
                        adult("11359 HS", FELONY, "2010-01-01").prior("11359 HS", FELONY, "2001-01-01"), NONE,
                        MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("11359 felony, one earlier and one undated 11359: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("11359 HS", FELONY, "2001-01-01")
                                .prior("11359 HS", FELONY, null), NONE, HAND_REVIEW, "P64-EXCL-UNDATED-PRIOR",
                        "(another HS 11359 conviction) has no date"),
                row("11359 felony, undated murder conviction: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187 PC", FELONY, null), NONE, HAND_REVIEW,
                        "P64-EXCL-UNDATED-PRIOR", "(PC 187) has no date"),
                row("11359 felony after sodomy: registrable under PC 290(c) whatever the facts, not eligible",
                        adult("11359 HS", FELONY, "2010-01-01").prior("286(b)(1) PC", FELONY, "2000-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-PC290", "requires sex-offender registration"),
                row("11359 felony after kidnapping (registrable only with intent): hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("207(a) PC", FELONY, "2000-01-01"), NONE,
                        HAND_REVIEW, "P64-EXCL-FACTS", "only if facts the record does not hold"),
                row("11359 felony after a rape conviction, subdivision not recorded: hand review",
                        adult("11359 HS", FELONY, "2010-01-01").prior("261 PC", FELONY, "2000-01-01"), NONE,
                        HAND_REVIEW, "P64-EXCL-FACTS", "registrable under subdivisions (a)(1)-(4) and (6) only"),
                row("11359 felony after rape by force, 261(a)(2): not eligible",
                        adult("11359 HS", FELONY, "2010-01-01").prior("261(a)(2) PC", FELONY, "2000-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "rape by force or fear"),
                row("11360(a) felony, same case has HS 11361 (minor): hand review",
                        adult("11360(a) HS", FELONY, "2010-01-01").sameCase("11361(a) HS", FELONY), NONE, HAND_REVIEW,
                        "P64-EXCL-MINOR-CASE", "using or selling to a minor (HS 11361)"),
                row("possession after a murder conviction: still dismissed (no carve-out)",
                        adult("11357(b) HS", MISDEMEANOR, "2010-01-01").prior("187 PC", FELONY, "1995-01-01"), NONE,
                        DISMISS, "P64-POSS-ADULT", "now lawful"),
                row("giving away 28.5 g after two 11360 convictions: still dismissed",
                        adult("11360(b) HS", MISDEMEANOR, "2010-01-01").prior("11360(a) HS", FELONY, "2001-01-01")
                                .prior("11360(a) HS", FELONY, "2003-01-01"), NONE, DISMISS, "P64-GIVE-ADULT",
                        "now lawful"),
                row("super strike in another county still counts",
                        adult("11359 HS", FELONY, "2010-01-01").elsewhere("187 PC", FELONY, "1995-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "'super strike'"),
                row("same-section priors in another county still count",
                        adult("11360(a) HS", FELONY, "2010-01-01").elsewhere("11360(a) HS", FELONY, "2001-01-01")
                                .elsewhere("11360 HS", FELONY, "2002-01-01"), NONE, NOT_ELIGIBLE, "P64-EXCL-PRIORS",
                        "2 earlier convictions under HS 11360"),
                row("11359 misdemeanor after a murder conviction: excluded at any level",
                        adult("11359 HS", MISDEMEANOR, "2010-01-01").prior("187 PC", FELONY, "1995-01-01"), NONE,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "keeps this offence a felony"));
    }

    static Stream<Row> countyOptionRowsForUnknownLevels() {
        return Stream.of(
                row("unknown level, option without levels: applies",
                        adult("11358 HS", UNKNOWN, "2005-01-01"), "{crimeFreeYears: {years: 10}}", DISMISS,
                        "P64-LEVEL-UNKNOWN+COUNTY-crimeFreeYears", "No conviction in the 10 years"),
                row("unknown level, option listing all three levels: applies the same",
                        adult("11358 HS", UNKNOWN, "2005-01-01"),
                        "{crimeFreeYears: {years: 10, levels: [FELONY, MISDEMEANOR, INFRACTION]}}", DISMISS,
                        "P64-LEVEL-UNKNOWN+COUNTY-crimeFreeYears", "No conviction in the 10 years"),
                row("unknown level, option for felonies only: cannot tell, review stays",
                        adult("11358 HS", UNKNOWN, "2005-01-01"), "{crimeFreeYears: {years: 10, levels: [FELONY]}}",
                        HAND_REVIEW, "P64-LEVEL-UNKNOWN", "relief depends on it"),
                row("unknown level, under 21 for misdemeanors only: review stays",
                        person("p").born("1990-01-01").convicted("11358 HS", UNKNOWN, "2009-01-01"),
                        "{youngAtOffence: {underAge: 21, levels: [MISDEMEANOR, INFRACTION]}}", HAND_REVIEW,
                        "P64-LEVEL-UNKNOWN", "relief depends on it"),
                row("unknown level, under 21 without levels: dismissed",
                        person("p").born("1990-01-01").convicted("11358 HS", UNKNOWN, "2009-01-01"),
                        "{youngAtOffence: {underAge: 21}}", DISMISS, "P64-LEVEL-UNKNOWN+COUNTY-youngAtOffence",
                        "under 21 at the offence"),
                row("unknown level is not a misdemeanor to refer", adult("11358 HS", UNKNOWN, "2005-01-01"),
                        "{misdemeanorsReferredTo: City Attorney}", HAND_REVIEW, "P64-LEVEL-UNKNOWN",
                        "relief depends on it"));
    }

    static Stream<Row> incompleteHistoryRows() {
        String sacramento = "{dismissMisdemeanorsAndInfractions: true, crimeFreeYears: {years: 10}, "
                + "onlyConvictionSentenceComplete: true, youngAtOffence: {underAge: 21, levels: [M, I]}}";
        return Stream.of(
                row("11359 felony, a row unreadable: the reduction rests on the history",
                        adult("11359 HS", FELONY, "2010-01-01").unreadable(57), NONE, HAND_REVIEW,
                        "P64-PWS-FELONY+P64-HISTORY-INCOMPLETE", "Line 57 of this person's records could not be read "
                                + "(see the quarantine report), so the history may be incomplete, and relief for this "
                                + "offence (it requires that no earlier conviction disqualifies it) rests on the whole "
                                + "history; a reviewer must check."),
                row("11359 misdemeanor dismissed by county policy: also rests on the history",
                        adult("11359 HS", MISDEMEANOR, "2010-01-01").unreadable(57, 60), sacramento, HAND_REVIEW,
                        "P64-PWS-MISD+P64-HISTORY-INCOMPLETE", "Lines 57 and 60 of this person's records"),
                row("adult possession dismissed by statute: no history needed",
                        adult("11357(b) HS", MISDEMEANOR, "2010-01-01").unreadable(57), sacramento, DISMISS,
                        "P64-POSS-ADULT", "now lawful"),
                row("felony possession, crime-free years the only dismissal: review",
                        adult("11357(a) HS", FELONY, "2005-01-01").unreadable(3, 4, 5, 9), sacramento, HAND_REVIEW,
                        "P64-POSS-FELONY+P64-HISTORY-INCOMPLETE", "Lines 3, 4, 5 and 1 more of this person's records "
                                + "could not be read (see the quarantine report), so the history may be incomplete, and "
                                + "county policy's dismissal under crimeFreeYears rests on the whole history"),
                row("possession misdemeanor, a dismissal that needs no history still stands",
                        adult("11357(c) HS", MISDEMEANOR, "2005-01-01").unreadable(57), sacramento, DISMISS,
                        "P64-POSS-OVER-28G+COUNTY-dismissMisdemeanorsAndInfractions", "outright"),
                reduce("felony possession, no history option applies: the statute's reduction stands",
                        adult("11357(a) HS", FELONY, "2015-01-01").unreadable(57), sacramento, MISDEMEANOR,
                        "P64-POSS-FELONY", "at most a misdemeanor"),
                reduce("17 at the offence: no carve-out, so no history needed",
                        young("11359 HS", FELONY, "2009-06-01").unreadable(57), NONE, INFRACTION, "P64-UNDER18",
                        "under 18"),
                row("an exclusion the record shows still excludes",
                        adult("11359 HS", FELONY, "2010-01-01").prior("187 PC", FELONY, "1995-01-01").unreadable(57),
                        NONE, NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "'super strike'"));
    }

    static Stream<Row> countyOptionRows() {
        String dismissLower = "{dismissMisdemeanorsAndInfractions: true}";
        String young21 = "{youngAtOffence: {underAge: 21, levels: [MISDEMEANOR, INFRACTION]}}";
        String crimeFree10 = "{crimeFreeYears: {years: 10}}";
        String onlyConviction = "{onlyConvictionSentenceComplete: true}";
        String onlyProp64 = "{onlyProp64ConvictionsSentencesComplete: true}";
        String serving = "{handReviewWhileServing: true}";
        String referral = "{misdemeanorsReferredTo: Los Angeles City Attorney}";
        return Stream.of(
                row("misdemeanors dismissed: 11357(c) misdemeanor", adult("11357(c) HS", MISDEMEANOR, "2008-01-01"),
                        dismissLower, DISMISS, "P64-POSS-OVER-28G+COUNTY-dismissMisdemeanorsAndInfractions",
                        "County policy dismisses cannabis misdemeanors and infractions outright."),
                row("misdemeanors dismissed: infraction under 21", young("11357(b) HS", INFRACTION, "2010-05-01"),
                        dismissLower, DISMISS, "P64-POSS-UNDER21-INFRACTION+COUNTY-dismissMisdemeanorsAndInfractions",
                        "dismisses cannabis misdemeanors and infractions"),
                reduce("misdemeanors dismissed: a felony is still only reduced", adult("11359 HS", FELONY, "2008-01-01"),
                        dismissLower, MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("misdemeanors dismissed: never over a statutory exclusion",
                        adult("11359 HS", MISDEMEANOR, "2008-01-01").prior("187 PC", FELONY, "1990-01-01"), dismissLower,
                        NOT_ELIGIBLE, "P64-EXCL-SUPER-STRIKE", "'super strike'"),
                row("misdemeanors dismissed: age unknown no longer matters",
                        person("p").born(null).convicted("11357(b) HS", MISDEMEANOR, "2010-05-01"), dismissLower, DISMISS,
                        "P64-AGE-UNKNOWN+COUNTY-dismissMisdemeanorsAndInfractions", "outright"),
                row("misdemeanors dismissed: never after the Act", adult("11357(b) HS", MISDEMEANOR, "2017-01-01"),
                        dismissLower, NOT_ELIGIBLE, "P64-AFTER-ACT", "on or after 9 November 2016"),
                row("dismiss all 11357: concentrated felony", adult("11357(a) HS", FELONY, "2009-01-01"),
                        "{dismissAll11357: true}", DISMISS, "P64-POSS-FELONY+COUNTY-dismissAll11357",
                        "every HS 11357 possession conviction, felonies included"),
                row("dismiss all 11357: school grounds", adult("11357(d) HS", MISDEMEANOR, "2009-01-01"),
                        "{dismissAll11357: true}", DISMISS, "P64-POSS-SCHOOL+COUNTY-dismissAll11357", "felonies included"),
                reduce("dismiss all 11357: not for 11359", adult("11359 HS", FELONY, "2009-01-01"),
                        "{dismissAll11357: true}", MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("under 21 at the offence: infraction dismissed", young("11357(b) HS", INFRACTION, "2010-05-01"),
                        young21, DISMISS, "P64-POSS-UNDER21-INFRACTION+COUNTY-youngAtOffence",
                        "The person was under 21 at the offence: county policy dismisses."),
                row("under 21: the day before the 21st birthday counts",
                        person("p").born("1989-05-02").convicted("11359 HS", MISDEMEANOR, "2010-06-01")
                                .offenceOn("2010-05-01"), young21, DISMISS, "P64-PWS-MISD+COUNTY-youngAtOffence",
                        "under 21 at the offence"),
                row("under 21: an offence on the 21st birthday does not",
                        person("p").born("1989-05-01").convicted("11359 HS", MISDEMEANOR, "2010-06-01")
                                .offenceOn("2010-05-01"), young21, NOT_ELIGIBLE, "P64-PWS-MISD", "still a misdemeanor"),
                reduce("under 21 for misdemeanors only: a felony is reduced", young("11359 HS", FELONY, "2010-05-01"),
                        young21, MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("age at least 50 on the as-of date: felony dismissed",
                        person("p").born("1965-01-01").convicted("11359 HS", FELONY, "2000-01-01"),
                        "{ageAtLeast: {age: 50, levels: [F]}}", DISMISS, "P64-PWS-FELONY+COUNTY-ageAtLeast",
                        "The person is 50 or older on 2020-07-01"),
                reduce("age 49 on the as-of date: reduced",
                        person("p").born("1971-01-01").convicted("11359 HS", FELONY, "2000-01-01"),
                        "{ageAtLeast: {age: 50, levels: [F]}}", MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("ten years crime-free: dismissed", adult("11359 HS", FELONY, "2005-01-01"), crimeFree10, DISMISS,
                        "P64-PWS-FELONY+COUNTY-crimeFreeYears",
                        "No conviction in the 10 years before 2020-07-01 (the last was on 2005-01-01)"),
                reduce("a 2012 conviction breaks ten crime-free years",
                        adult("11359 HS", FELONY, "2005-01-01").prior("459 PC", FELONY, "2012-01-01"), crimeFree10,
                        MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                reduce("a conviction exactly ten years before is inside the window",
                        adult("11359 HS", FELONY, "2005-01-01").prior("459 PC", MISDEMEANOR, "2010-07-01"), crimeFree10,
                        MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                reduce("a recent conviction in another county breaks the window",
                        adult("11359 HS", FELONY, "2005-01-01").elsewhere("23152(a) VC", MISDEMEANOR, "2015-01-01"),
                        crimeFree10, MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("conviction older than 15 years: dismissed", adult("11360(a) HS", FELONY, "2000-01-01"),
                        "{convictionOlderThan: {years: 15}}", DISMISS, "P64-SALE-FELONY+COUNTY-convictionOlderThan",
                        "more than 15 years old on 2020-07-01"),
                reduce("conviction 10 years old, option 15: reduced", adult("11360(a) HS", FELONY, "2010-01-01"),
                        "{convictionOlderThan: {years: 15}}", MISDEMEANOR, "P64-SALE-FELONY", "now a misdemeanor"),
                row("only conviction, probation complete: dismissed",
                        adult("11359 HS", FELONY, "2014-01-01").sentence("2014-01-01", probation(3)), onlyConviction,
                        DISMISS, "P64-PWS-FELONY+COUNTY-onlyConvictionSentenceComplete",
                        "only conviction and its sentence is complete"),
                reduce("only conviction, probation still running: reduced",
                        adult("11359 HS", FELONY, "2016-01-01").sentence("2016-01-01", probation(5)), onlyConviction,
                        MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                row("only conviction, jail and probation add up and have ended",
                        adult("11359 HS", FELONY, "2016-10-01").sentence("2016-10-01", jailMonths(6), probation(3)),
                        onlyConviction, DISMISS, "P64-PWS-FELONY+COUNTY-onlyConvictionSentenceComplete",
                        "sentence is complete"),
                reduce("only conviction, jail and probation add up past the as-of date",
                        adult("11359 HS", FELONY, "2016-10-01").sentence("2016-10-01", jailMonths(6), probation(4)),
                        onlyConviction, MISDEMEANOR, "P64-PWS-FELONY", "now a misdemeanor"),
                reduce("not the only conviction: reduced",
                        adult("11359 HS", FELONY, "2014-01-01").sentence("2014-01-01", probation(1))
                                .prior("459 PC", MISDEMEANOR, "2001-01-01"), onlyConviction, MISDEMEANOR,
                        "P64-PWS-FELONY", "now a misdemeanor"),
                reduce("only conviction, no sentence recorded: completion unknown, reduced",
                        adult("11359 HS", FELONY, "2014-01-01"), onlyConviction, MISDEMEANOR, "P64-PWS-FELONY",
                        "now a misdemeanor"),
                row("only Prop 64 convictions, all sentences complete: dismissed",
                        adult("11359 HS", FELONY, "2008-01-01").sentence("2008-01-01", probation(2))
                                .prior("11357(b) HS", INFRACTION, "2005-01-01", "2005-01-01", probation(1)), onlyProp64,
                        DISMISS, "P64-PWS-FELONY+COUNTY-onlyProp64ConvictionsSentencesComplete",
                        "All of the person's convictions are Prop 64 offences"),
                reduce("a burglary conviction as well: reduced",
                        adult("11359 HS", FELONY, "2008-01-01").sentence("2008-01-01", probation(2))
                                .prior("459 PC", FELONY, "2005-01-01", "2005-01-01", probation(1)), onlyProp64, MISDEMEANOR,
                        "P64-PWS-FELONY", "now a misdemeanor"),
                row("deceased: dismissed", adult("11358 HS", FELONY, "2003-01-01").deceased(),
                        "{dismissDeceased: true}", DISMISS, "P64-CULT-FELONY+COUNTY-dismissDeceased",
                        "The person has died: county policy dismisses."),
                reduce("not deceased: reduced", adult("11358 HS", FELONY, "2003-01-01"), "{dismissDeceased: true}",
                        MISDEMEANOR, "P64-CULT-FELONY", "misdemeanor"),
                row("still serving: hand review",
                        adult("11359 HS", FELONY, "2016-01-01").sentence("2016-01-01", probation(5)), serving,
                        HAND_REVIEW, "P64-PWS-FELONY+COUNTY-handReviewWhileServing",
                        "still being served on 2020-07-01"),
                row("still serving beats a statutory dismissal",
                        adult("11357(b) HS", MISDEMEANOR, "2016-01-01").sentence("2016-01-01", probation(5)), serving,
                        HAND_REVIEW, "P64-POSS-ADULT+COUNTY-handReviewWhileServing", "county policy sends"),
                reduce("sentence served: no review", adult("11359 HS", FELONY, "2010-01-01")
                        .sentence("2010-01-01", probation(3)), serving, MISDEMEANOR, "P64-PWS-FELONY", "misdemeanor"),
                row("misdemeanors referred to the city attorney", adult("11357(c) HS", MISDEMEANOR, "2009-01-01"),
                        referral, HAND_REVIEW, "P64-POSS-OVER-28G+COUNTY-misdemeanorsReferredTo",
                        "refers cannabis misdemeanors and infractions to Los Angeles City Attorney"),
                reduce("referral leaves felonies alone", adult("11359 HS", FELONY, "2009-01-01"), referral, MISDEMEANOR,
                        "P64-PWS-FELONY", "misdemeanor"),
                row("referral comes before dismissing misdemeanors",
                        adult("11357(b) HS", MISDEMEANOR, "2009-01-01"),
                        "{misdemeanorsReferredTo: City Attorney, dismissMisdemeanorsAndInfractions: true}", HAND_REVIEW,
                        "P64-POSS-ADULT+COUNTY-misdemeanorsReferredTo", "to City Attorney"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("incompleteHistoryRows")
    void incompleteHistory(Row row) {
        check(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuteRows")
    void statute(Row row) {
        check(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"countyOptionRows", "countyOptionRowsForUnknownLevels"})
    void countyOption(Row row) {
        check(row);
    }

    private static void check(Row row) {
        java.util.Optional<Determination> found = Policies.withOptions(row.options()).evaluate(row.history().build(),
                AS_OF).stream().filter(x -> x.chargeId().equals("main")).findFirst();
        if (row.outcome() == null) {
            assertThat(found).as("no determination").isEmpty();
            return;
        }
        Determination d = found.orElseThrow();
        assertThat(d.outcome()).as("outcome").isEqualTo(row.outcome());
        assertThat(d.reducedTo()).as("reduced to").isEqualTo(row.reducedTo());
        assertThat(d.ruleIds()).as("rules").isEqualTo(row.ruleIds());
        assertThat(d.reasonText()).as("reason text").contains(row.text());
        String expectedOption = row.ruleIds().contains("+COUNTY-") ? row.ruleIds().replaceAll(".*\\+COUNTY-", "") : null;
        assertThat(d.countyOption()).as("county option").isEqualTo(expectedOption);
        assertThat(d.ruleSetVersion()).isEqualTo("prop64/" + Prop64RuleSet.VERSION);
    }
}
