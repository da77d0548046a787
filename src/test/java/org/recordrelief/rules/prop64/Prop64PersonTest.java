package org.recordrelief.rules.prop64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recordrelief.model.OffenceLevel.FELONY;
import static org.recordrelief.model.OffenceLevel.MISDEMEANOR;
import static org.recordrelief.testing.HistoryBuilder.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.testing.HistoryBuilder;
import org.recordrelief.testing.Policies;

/** Whole-person behaviour: county scope, related charges, plea bargains, order independence. */
class Prop64PersonTest {

    static final LocalDate AS_OF = LocalDate.of(2020, 7, 1);

    @Test
    void onlyTheCountysOwnConvictionsGetDeterminations() {
        PersonHistory h = person("p").born("1970-01-01")
                .convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                .elsewhere("11359 HS", FELONY, "2005-01-01")
                .build();
        List<Determination> sacramento = Policies.withOptions("").evaluate(h, AS_OF);
        assertThat(sacramento).extracting(Determination::chargeId).containsExactly("main");

        CountyPolicy<?> losAngeles = Policies.fromYaml("county: Los Angeles County\nruleSet: prop64\n", "la.yaml");
        assertThat(losAngeles.evaluate(h, AS_OF)).extracting(Determination::codeSection).containsExactly("HS 11359");
    }

    @Test
    void dismissedChargesAndUnreadableCodesGetNoDetermination() {
        PersonHistory h = person("p").born("1970-01-01")
                .convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                .sameCaseDismissed("11359 HS")
                .prior("SEE COMMENT FOR CHARGE", FELONY, "2004-01-01")
                .build();
        assertThat(Policies.withOptions("").evaluate(h, AS_OF)).extracting(Determination::chargeId)
                .containsExactly("main");
    }

    @Test
    void relatedChargesOfTheSameCaseAreDismissedWithTheCannabisCount() {
        CountyPolicy<?> policy = Policies.withOptions("{relatedCharges: [PC 647(f), HS 11364]}");
        PersonHistory h = person("p").born("1970-01-01")
                .convicted("11357(b) HS", MISDEMEANOR, "2010-01-01")
                .sameCase("647(F) PC", MISDEMEANOR)
                .sameCase("459 PC", MISDEMEANOR)
                .prior("11364 HS", MISDEMEANOR, "2009-01-01")
                .build();
        List<Determination> out = policy.evaluate(h, AS_OF);
        assertThat(out).hasSize(2);
        Determination primary = out.get(0);
        assertThat(primary.role()).isEqualTo(DeterminationRole.PRIMARY);
        assertThat(primary.relatedCharges()).containsExactly("m2");
        Determination related = out.get(1);
        assertThat(related.role()).isEqualTo(DeterminationRole.RELATED_CHARGE);
        assertThat(related.chargeId()).isEqualTo("m2");
        assertThat(related.outcome()).isEqualTo(Outcome.DISMISS);
        assertThat(related.countyOption()).isEqualTo("relatedCharges");
        assertThat(related.reasonText()).isEqualTo("Dismissed with the HS 11357(b) count of the same case "
                + "(county list of related charges).");
    }

    @Test
    void relatedChargesStayWhenTheCannabisCountIsOnlyReduced() {
        CountyPolicy<?> policy = Policies.withOptions("{relatedCharges: [PC 647(f)]}");
        PersonHistory h = person("p").born("1970-01-01")
                .convicted("11359 HS", FELONY, "2010-01-01")
                .sameCase("647(F) PC", MISDEMEANOR)
                .build();
        List<Determination> out = policy.evaluate(h, AS_OF);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.REDUCE);
            assertThat(d.relatedCharges()).isEmpty();
        });
    }

    @Test
    void possiblePleaBargainsInACaseWithACannabisChargeGoToReview() {
        CountyPolicy<?> policy = Policies.withOptions("{pleaBargainReview: [PC 32, HS 11364, HS 11366]}");
        PersonHistory h = person("p").born("1970-01-01")
                .convicted("32 PC", FELONY, "2010-01-01")
                .sameCaseDismissed("11359 HS")
                .prior("11366 HS", FELONY, "2008-01-01")
                .build();
        List<Determination> out = policy.evaluate(h, AS_OF);
        assertThat(out).singleElement().satisfies(d -> {
            assertThat(d.chargeId()).isEqualTo("main");
            assertThat(d.role()).isEqualTo(DeterminationRole.POSSIBLE_PLEA_BARGAIN);
            assertThat(d.outcome()).isEqualTo(Outcome.HAND_REVIEW);
            assertThat(d.reasonText()).isEqualTo("The same case had a cannabis charge (HS 11359); this conviction may "
                    + "be a plea bargain of it: county policy sends it to hand review.");
        });
    }

    @Test
    void evaluationDoesNotDependOnTheOrderOfRecords() {
        CountyPolicy<?> policy = Policies.withOptions("{dismissMisdemeanorsAndInfractions: true, crimeFreeYears: "
                + "{years: 10}, relatedCharges: [PC 647(f)], pleaBargainReview: [PC 32]}");
        List<HistoryBuilder> people = List.of(
                person("a").born("1970-01-01").convicted("11359 HS", FELONY, "2010-01-01")
                        .prior("11359 HS", FELONY, "2001-01-01").prior("11359 HS", MISDEMEANOR, "2003-01-01")
                        .prior("11357(b) HS", MISDEMEANOR, "2004-04-04").sameCase("647(f) PC", MISDEMEANOR),
                person("b").born("1990-01-01").convicted("11357(b) HS", MISDEMEANOR, "2009-01-01")
                        .sameCase("647(f) PC", MISDEMEANOR).sameCase("32 PC", FELONY)
                        .prior("187 PC", FELONY, "2012-01-01").elsewhere("11360(a) HS", FELONY, "2008-01-01"),
                person("c").born("1960-01-01").convicted("11360 HS", FELONY, "2000-01-01")
                        .prior("11360 HS", FELONY, "1990-01-01").prior("11360 HS", FELONY, "1990-01-01")
                        .registered290("1995-01-01"));
        Random random = new Random(64);
        for (HistoryBuilder builder : people) {
            PersonHistory history = builder.build();
            List<Determination> expected = policy.evaluate(history, AS_OF);
            assertThat(expected).isNotEmpty();
            for (int i = 0; i < 25; i++) {
                assertThat(policy.evaluate(shuffled(history, random), AS_OF)).isEqualTo(expected);
            }
        }
    }

    private static PersonHistory shuffled(PersonHistory h, Random random) {
        List<CourtCase> cases = new ArrayList<>();
        for (CourtCase c : h.cases()) {
            List<org.recordrelief.model.Charge> charges = new ArrayList<>(c.charges());
            Collections.shuffle(charges, random);
            cases.add(new CourtCase(c.caseId(), c.caseNumber(), c.court(), c.county(), c.arrestDate(), charges));
        }
        Collections.shuffle(cases, random);
        List<org.recordrelief.model.PersonEvent> events = new ArrayList<>(h.events());
        Collections.shuffle(events, random);
        return new PersonHistory(h.person(), cases, events);
    }
}
