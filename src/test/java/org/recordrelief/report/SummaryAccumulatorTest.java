package org.recordrelief.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordrelief.model.OffenceLevel.FELONY;
import static org.recordrelief.model.OffenceLevel.MISDEMEANOR;
import static org.recordrelief.testing.HistoryBuilder.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.CodeSectionParser;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.prop64.Prop64RuleSet;
import org.recordrelief.testing.Policies;

class SummaryAccumulatorTest {

    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);

    /** Five people of the press release's figures, each with what the rules make of them. */
    private static final List<PersonHistory> PRESS_RELEASE_PEOPLE = List.of(
            // only conviction dismissed: left with no conviction
            person("a").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01").build(),
            // two cannabis convictions, one dismissed one reduced, plus a burglary misdemeanor
            person("b").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01")
                    .prior("11357(b) HS", MISDEMEANOR, "2008-01-01").prior("459 PC", MISDEMEANOR, "2012-01-01")
                    .build(),
            // excluded by a super strike: not counted as eligible
            person("c").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01")
                    .prior("187 PC", FELONY, "1990-01-01").build(),
            // dismissed, but a burglary felony remains
            person("d").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                    .prior("459 PC", FELONY, "2012-01-01").build(),
            // no cannabis conviction at all
            person("e").born("1970-01-01").convicted("23152(a) VC", MISDEMEANOR, "2010-01-01").build());

    private RunSummary summarise(CountyPolicy<?> policy, List<PersonHistory> people) {
        SummaryAccumulator acc = new SummaryAccumulator(policy.county(), policy.ruleSet().version(), AS_OF);
        people.forEach(h -> acc.add(h, policy.evaluate(h, AS_OF)));
        return acc.summary();
    }

    @Test
    void countsThePressReleaseFiguresPersonByPerson() {
        RunSummary s = summarise(Policies.withOptions(""), PRESS_RELEASE_PEOPLE);

        assertThat(s.county()).isEqualTo("SACRAMENTO");
        assertThat(s.personsEvaluated()).isEqualTo(5);
        assertThat(s.convictionsEligible()).isEqualTo(4);
        assertThat(s.individualsEligible()).isEqualTo(3);
        assertThat(s.dismissed()).isEqualTo(3);
        assertThat(s.reduced()).isEqualTo(1);
        assertThat(s.individualsLeftWithNoConviction()).isEqualTo(1);
        assertThat(s.individualsLeftWithNoFelony()).as("b had one felony, now reduced").isEqualTo(1);
        assertThat(s.byOutcome()).containsEntry(Outcome.DISMISS, 3L).containsEntry(Outcome.REDUCE, 1L)
                .containsEntry(Outcome.NOT_ELIGIBLE, 1L).doesNotContainKey(Outcome.HAND_REVIEW);
        assertThat(s.byCodeSection()).containsEntry("HS 11357", 3L).containsEntry("HS 11359", 2L).hasSize(2);
        assertThat(s.byReason()).containsEntry("P64-POSS-ADULT", 3L).containsEntry("P64-PWS-FELONY", 1L)
                .containsEntry("P64-EXCL-SUPER-STRIKE", 1L);
    }

    @Test
    void relatedChargesCountTowardsLeavingNoConviction() {
        CountyPolicy<?> policy = Policies.withOptions("{relatedCharges: [PC 647(f)]}");
        PersonHistory h = person("a").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                .sameCase("647(f) PC", MISDEMEANOR).build();
        RunSummary s = summarise(policy, List.of(h));
        assertThat(s.convictionsEligible()).as("related counts are not cannabis convictions").isEqualTo(1);
        assertThat(s.relatedChargesDismissed()).isEqualTo(1);
        assertThat(s.individualsLeftWithNoConviction()).isEqualTo(1);
    }

    @Test
    void printsTheFiveFiguresFirst() {
        RunSummary s = summarise(Policies.withOptions(""), List.of(
                person("a").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01").build()));
        String text = SummaryPrinter.format(s);
        assertThat(text.lines().toList().subList(1, 6)).containsExactly(
                "  Convictions eligible for relief                   1",
                "  Individuals with eligible convictions             1",
                "  Convictions dismissed                             1",
                "  Convictions reduced                               0",
                "  Individuals left with no conviction               1");
        assertThat(text).startsWith("== SACRAMENTO: Prop 64 determinations (prop64/" + Prop64RuleSet.VERSION
                + ", as of 2020-07-01) ==");
        assertThat(text).as("no line about unreadable rows when there are none").doesNotContain("unreadable");
    }

    @Test
    void countsPeopleWithUnreadableRowsAndTheReviewsTheyCause() {
        RunSummary s = summarise(Policies.withOptions(""), List.of(
                person("a").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01").unreadable(7).build(),
                person("b").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01").unreadable(9).build(),
                person("c").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01").build()));
        assertThat(s.individualsWithUnreadableRecords()).isEqualTo(2);
        assertThat(s.reviewsForIncompleteHistory()).as("only a's reduction rested on the history").isEqualTo(1);
        assertThat(s.convictionsEligible()).as("b's dismissal and c's reduction").isEqualTo(2);
        assertThat(SummaryPrinter.format(s)).contains("People with unreadable rows (see the quarantine report): 2; "
                + "convictions sent to review because their history may be incomplete: 1");
    }

    /**
     * A run sums each chunk of people on the evaluation thread and adds the chunks up: cut anywhere, the sum of
     * the parts is the sum of the whole, figure by figure.
     */
    @Test
    void chunksSummedApartAddUpToTheWhole() {
        CountyPolicy<?> policy = Policies.withOptions("{relatedCharges: [PC 647(f)], pleaBargainReview: [PC 32]}");
        List<PersonHistory> people = new ArrayList<>(PRESS_RELEASE_PEOPLE);
        people.addAll(List.of(
                person("r").born("1970-01-01").convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                        .sameCase("647(f) PC", MISDEMEANOR).build(),
                person("u").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01").unreadable(7).build(),
                // a count of accessory after a cannabis count dismissed in the same case: a possible plea bargain
                person("p").born("1970-01-01").convicted("32 PC", FELONY, "2010-01-01").sameCaseDismissed("11359 HS")
                        .build()));
        RunSummary whole = summarise(policy, people);
        // every figure the parts must add up to is there at least once
        assertThat(List.of(whole.personsEvaluated(), whole.convictionsEligible(), whole.individualsEligible(),
                whole.dismissed(), whole.reduced(), whole.individualsLeftWithNoConviction(),
                whole.individualsLeftWithNoFelony(), whole.relatedChargesDismissed(), whole.pleaBargainReviews(),
                whole.individualsWithUnreadableRecords(), whole.reviewsForIncompleteHistory()))
                .as("the people cover every figure").allMatch(figure -> figure > 0);
        assertThat(whole.byOutcome()).hasSizeGreaterThan(2);
        for (int cut = 0; cut <= people.size(); cut++) {
            SummaryAccumulator run = new SummaryAccumulator(policy.county(), policy.ruleSet().version(), AS_OF);
            for (List<PersonHistory> chunk : List.of(people.subList(0, cut), people.subList(cut, people.size()))) {
                SummaryAccumulator part = new SummaryAccumulator(policy.county(), policy.ruleSet().version(), AS_OF);
                chunk.forEach(h -> part.add(h, policy.evaluate(h, AS_OF)));
                run.addAll(part);
            }
            assertThat(run.summary()).as("cut after %d people", cut).isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"HS 11357(b)", "HS 11357", "HS 11357(a) + HS 11360",
            "PC 664/HS 11359(b)(1)", "HS 11360(a)(3)(B)", "HS 11357(", "HS 11357)(b", "((a)b)", "(a)(", ""})
    void aSectionCountsWithoutItsSubdivisionsAsThePatternRemovesThem(String canonical) {
        assertThat(SummaryAccumulator.codeAndSection(canonical)).isEqualTo(canonical.replaceAll("\\([^)]*\\)", ""));
    }

    // Hand-made counts and determinations, for the figures' edge cases (the review of the loops that replaced streams)

    private static final CodeSectionParser CODES = new CodeSectionParser();

    private static Charge count(String id, DispositionClass disposition, OffenceLevel level) {
        return new Charge(id, "1", "11357 HS", CODES.parse("11357 HS"), null, disposition, null, null, level, null);
    }

    private static CourtCase inCase(String id, Charge... counts) {
        return new CourtCase(id, null, null, "SACRAMENTO", null, List.of(counts));
    }

    private static Determination decided(String caseId, String chargeId, Outcome outcome, DeterminationRole role) {
        return new Determination("p", caseId, chargeId, "HS 11357", MISDEMEANOR, outcome, null, List.of(), null,
                null, role, null, "prop64/test");
    }

    private static RunSummary figures(List<Determination> determinations, CourtCase... cases) {
        SummaryAccumulator acc = new SummaryAccumulator("SACRAMENTO", "prop64/test", AS_OF);
        acc.add(new PersonHistory(Person.of("p", null), List.of(cases), List.of()), determinations);
        return acc.summary();
    }

    /** Counts were told apart by "case/count" strings: case A count 1/2 and case A/1 count 2 were one count. */
    @Test
    void aCountIsItsCaseAndCountIdsNotTheirJoinedText() {
        RunSummary s = figures(List.of(decided("A", "1/2", Outcome.DISMISS, DeterminationRole.PRIMARY)),
                inCase("A", count("1/2", DispositionClass.CONVICTED, FELONY)),
                inCase("A/1", count("2", DispositionClass.CONVICTED, FELONY)));
        assertThat(s.individualsLeftWithNoConviction()).as("A/1 count 2 is still a conviction").isZero();
        assertThat(s.individualsLeftWithNoFelony()).as("A/1 count 2 is still a felony").isZero();
    }

    @Test
    void anyRoleRelievesACountAndOnlyConvictionsCount() {
        // one felony dismissed, the other reduced as a related charge, an acquitted felony, a case with no counts
        RunSummary s = figures(List.of(decided("c1", "1", Outcome.DISMISS, DeterminationRole.PRIMARY),
                        decided("c1", "2", Outcome.REDUCE, DeterminationRole.RELATED_CHARGE)),
                inCase("c1", count("1", DispositionClass.CONVICTED, FELONY), count("2", DispositionClass.CONVICTED, FELONY),
                        count("3", DispositionClass.ACQUITTED, FELONY)), inCase("c2"));
        assertThat(s.individualsLeftWithNoConviction()).as("count 2 was reduced, not dismissed").isZero();
        assertThat(s.individualsLeftWithNoFelony()).isEqualTo(1);
        // a misdemeanor reduced is still a conviction; a felony reduced under one role and not under another is reduced
        RunSummary mixed = figures(List.of(decided("c1", "1", Outcome.REDUCE, DeterminationRole.PRIMARY),
                        decided("c1", "2", Outcome.NOT_ELIGIBLE, DeterminationRole.PRIMARY),
                        decided("c1", "2", Outcome.REDUCE, DeterminationRole.POSSIBLE_PLEA_BARGAIN)),
                inCase("c1", count("1", DispositionClass.CONVICTED, MISDEMEANOR), count("2", DispositionClass.CONVICTED, FELONY)));
        assertThat(mixed.individualsLeftWithNoConviction()).isZero();
        assertThat(mixed.individualsLeftWithNoFelony()).isEqualTo(1);
        // relief only as a possible plea bargain: not among the individuals with eligible convictions at all
        RunSummary plea = figures(List.of(decided("c1", "1", Outcome.DISMISS, DeterminationRole.POSSIBLE_PLEA_BARGAIN)),
                inCase("c1", count("1", DispositionClass.CONVICTED, FELONY)));
        assertThat(plea.individualsEligible()).isZero();
        assertThat(plea.individualsLeftWithNoConviction()).isZero();
    }
}
