package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.recordrelief.model.CaseCharge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.MultipleSections;
import org.recordrelief.model.code.UnparsedCode;
import org.recordrelief.rules.CountyPolicy;
import org.recordrelief.rules.Determination;
import org.recordrelief.rules.DeterminationRole;
import org.recordrelief.rules.Outcome;
import org.recordrelief.rules.Reason;
import org.recordrelief.rules.RuleSet;

/**
 * Proposition 64 (HS 11361.8, as AB 1793 asks prosecutors to apply it): for each HS 11357, 11358, 11359
 * and 11360 conviction of the county, the statute's result ({@link Prop64Statute}) and then the county's
 * options ({@link CountyRules}). Convictions in other counties are history only.
 */
public final class Prop64RuleSet implements RuleSet<Prop64Options> {

    public static final String ID = "prop64";
    /** Bump whenever a rule or a reason text changes, so old and new determinations can be told apart. */
    public static final String VERSION = "2026.11.3";

    private static final Comparator<Determination> OUTPUT_ORDER = Comparator
            .comparing(Determination::caseId).thenComparing(Determination::role).thenComparing(Determination::chargeId);

    private static final Pattern MAY_BE_CANNABIS = Pattern.compile(
            "(?<!\\d)(?:1135[789]|11360)(?!\\d)|MARIJ|MARIHUANA|CANNABIS|HASH");

    private final Prop64Statute statute = new Prop64Statute();
    private final Map<Prop64Options, CountyRules> compiled = new ConcurrentHashMap<>();
    /** The rules of the options asked for last: a run asks with the same options for every person. */
    private volatile Compiled last;

    private record Compiled(Prop64Options options, CountyRules rules) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return ID + "/" + VERSION;
    }

    @Override
    public Class<Prop64Options> optionsType() {
        return Prop64Options.class;
    }

    @Override
    public Prop64Options statuteOnly() {
        return Prop64Options.none();
    }

    @Override
    public List<Determination> evaluate(PersonHistory history, CountyPolicy<Prop64Options> policy, LocalDate asOf) {
        PersonFacts person = new PersonFacts(history, asOf);
        CountyRules rules = rules(policy.options());
        List<Determination> out = new ArrayList<>();
        Set<CaseCharge> decided = Collections.newSetFromMap(new IdentityHashMap<>());
        for (CaseCharge cc : person.convictions()) {
            if (!cc.courtCase().isInCounty(policy.county())) {
                continue;
            }
            Optional<Baseline> unclear = unclearSection(cc.charge().code());
            if (unclear.isPresent()) {
                decided.add(cc);
                out.add(primary(history, cc, CountyRules.Decision.of(unclear.get()), List.of()));
                continue;
            }
            if (!(cc.charge().code() instanceof CodeSection section) || !Prop64Offence.isInScope(section)) {
                continue;
            }
            ConvictionFacts facts = ConvictionFacts.of(cc, section, person);
            CountyRules.Decision decision = rules.decide(facts, statute.baseline(facts), policy.authority());
            List<CaseCharge> related = decision.outcome() == Outcome.DISMISS
                    ? rules.relatedConvictions(cc, person).stream().filter(decided::add).toList()
                    : List.of();
            decided.add(cc);
            out.add(primary(history, cc, decision, related));
            for (CaseCharge r : related) {
                out.add(related(history, r, cc, policy.authority()));
            }
        }
        if (rules.hasPleaBargainList()) {
            addPleaBargainReviews(history, person, rules, policy, decided, out);
        }
        out.sort(OUTPUT_ORDER);
        return out;
    }

    /** Options are records: hashing them (for the map) for every person cost more than their rules. */
    private CountyRules rules(Prop64Options options) {
        Compiled known = last;
        if (known == null || known.options() != options) {
            known = new Compiled(options, compiled.computeIfAbsent(options, CountyRules::new));
            last = known;
        }
        return known.rules();
    }

    /**
     * A conviction that may be a cannabis one but whose section is not clear: it is never left without a
     * determination; a reviewer reads the record.
     */
    private Optional<Baseline> unclearSection(ChargeCode code) {
        if (code instanceof MultipleSections several && Prop64Offence.namesProp64Section(several)) {
            return Optional.of(Baseline.review(Prop64Rule.SEVERAL_SECTIONS.reason(several.canonical())));
        }
        if (code instanceof UnparsedCode unread && mayConcern(unread.raw())) {
            return Optional.of(Baseline.review(Prop64Rule.CODE_UNREADABLE.reason(unread.raw().strip(),
                    unread.reason())));
        }
        return Optional.empty();
    }

    /** Text that names a cannabis section number or cannabis itself may be a Prop 64 conviction. */
    @Override
    public boolean mayConcern(String codeText) {
        return codeText != null && MAY_BE_CANNABIS.matcher(codeText.toUpperCase(Locale.ROOT)).find();
    }

    private void addPleaBargainReviews(PersonHistory history, PersonFacts person, CountyRules rules,
                                       CountyPolicy<Prop64Options> policy, Set<CaseCharge> decided,
                                       List<Determination> out) {
        for (CourtCase courtCase : history.cases()) {
            if (!courtCase.isInCounty(policy.county())) {
                continue;
            }
            // The lowest section names the cannabis charge, so the text does not depend on row order.
            courtCase.charges().stream()
                    .filter(ch -> Prop64Offence.namesProp64Section(ch.code()))
                    .map(ch -> ch.code().canonical())
                    .min(Comparator.naturalOrder())
                    .ifPresent(cannabis -> rules.possiblePleaBargains(courtCase.caseId(), person).stream()
                            .filter(decided::add)
                            .forEach(cc -> out.add(pleaBargain(history, cc, cannabis, policy.authority()))));
        }
    }

    private Determination primary(PersonHistory history, CaseCharge cc, CountyRules.Decision d,
                                  List<CaseCharge> related) {
        return new Determination(history.person().personId(), cc.courtCase().caseId(), cc.charge().chargeId(),
                cc.charge().code().canonical(), cc.charge().level(), d.outcome(), d.reducedTo(), d.reasons(),
                d.option(), d.referredTo(), DeterminationRole.PRIMARY,
                related.stream().map(r -> r.charge().chargeId()).toList(), version());
    }

    private Determination related(PersonHistory history, CaseCharge r, CaseCharge cannabis, String authority) {
        Reason reason = new Reason("COUNTY-relatedCharges", authority, "Dismissed with the "
                + cannabis.charge().code().canonical() + " count of the same case (county list of related charges).");
        return new Determination(history.person().personId(), r.courtCase().caseId(), r.charge().chargeId(),
                r.charge().code().canonical(), r.charge().level(), Outcome.DISMISS, null, List.of(reason),
                "relatedCharges", null, DeterminationRole.RELATED_CHARGE, List.of(), version());
    }

    private Determination pleaBargain(PersonHistory history, CaseCharge cc, String cannabisSection, String authority) {
        Reason reason = new Reason("COUNTY-pleaBargainReview", authority, "The same case had a cannabis charge ("
                + cannabisSection + "); this conviction may be a plea bargain of it: county policy sends it to hand "
                + "review.");
        return new Determination(history.person().personId(), cc.courtCase().caseId(), cc.charge().chargeId(),
                cc.charge().code().canonical(), cc.charge().level(), Outcome.HAND_REVIEW, null, List.of(reason),
                "pleaBargainReview", null, DeterminationRole.POSSIBLE_PLEA_BARGAIN, List.of(), version());
    }
}
