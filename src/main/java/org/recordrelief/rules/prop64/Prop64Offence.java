package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.LegalCode;

/**
 * What a cannabis conviction was for, read against the statute in force on the conviction date.
 *
 * <p>Proposition 64 relettered HS 11357 and 11360 on 9 November 2016: before it, 11357(a) was
 * concentrated cannabis, (b) up to 28.5 g, (c) more than 28.5 g, (d)/(e) school grounds, and 11360(a)
 * any sale or transport, (b) up to 28.5 g. After it, 11357(a) is up to 28.5 g, (b) more, (c) school
 * grounds. Deeper subdivisions such as 11360(a)(3)(C) exist only in the new text and are read as such.
 */
public enum Prop64Offence {
    POSSESSION_SMALL,
    POSSESSION_CONCENTRATED,
    POSSESSION_UNSPECIFIED,
    POSSESSION_OVER_28_5_G,
    POSSESSION_SCHOOL_GROUNDS,
    CULTIVATION,
    POSSESSION_FOR_SALE,
    SALE_OR_TRANSPORT,
    GIVING_AWAY_SMALL,
    /** HS 11360 with no subdivision: felony means old (a), misdemeanor or infraction old (b). */
    SALE_UNSPECIFIED,
    MINOR_INVOLVED,
    IMPORT_EXPORT,
    ENVIRONMENTAL,
    /** A subdivision that did not exist on the conviction date. */
    UNKNOWN_SUBDIVISION;

    /** The day Proposition 64 took effect (the day after the 8 November 2016 election). */
    public static final LocalDate ACT_EFFECTIVE = LocalDate.of(2016, 11, 9);

    private static final Set<String> SECTIONS = Set.of("11357", "11358", "11359", "11360");

    /** HS 11357, 11358, 11359 and 11360, with or without an attempt / conspiracy modifier. */
    public static boolean isInScope(CodeSection section) {
        return section.code() == LegalCode.HS && SECTIONS.contains(section.section());
    }

    public static Prop64Offence classify(CodeSection section, LocalDate convictionDate) {
        boolean beforeAct = convictionDate == null || convictionDate.isBefore(ACT_EFFECTIVE);
        List<String> subs = section.subdivisions();
        String first = section.subdivision();
        return switch (section.section()) {
            case "11357" -> beforeAct ? possessionBeforeAct(first) : possessionAfterAct(first);
            case "11358" -> startsWith(subs, "d", "3") ? ENVIRONMENTAL : CULTIVATION;
            case "11359" -> startsWith(subs, "c", "3") || startsWith(subs, "d") ? MINOR_INVOLVED : POSSESSION_FOR_SALE;
            case "11360" -> saleOrTransport(subs, beforeAct);
            default -> throw new IllegalArgumentException("not a Prop 64 section: " + section.canonical());
        };
    }

    private static Prop64Offence possessionBeforeAct(String subdivision) {
        if (subdivision == null) {
            return POSSESSION_UNSPECIFIED;
        }
        return switch (subdivision) {
            case "a" -> POSSESSION_CONCENTRATED;
            case "b" -> POSSESSION_SMALL;
            case "c" -> POSSESSION_OVER_28_5_G;
            case "d", "e" -> POSSESSION_SCHOOL_GROUNDS;
            default -> UNKNOWN_SUBDIVISION;
        };
    }

    private static Prop64Offence possessionAfterAct(String subdivision) {
        if (subdivision == null) {
            return POSSESSION_UNSPECIFIED;
        }
        return switch (subdivision) {
            case "a" -> POSSESSION_SMALL;
            case "b" -> POSSESSION_OVER_28_5_G;
            case "c" -> POSSESSION_SCHOOL_GROUNDS;
            default -> UNKNOWN_SUBDIVISION;
        };
    }

    private static Prop64Offence saleOrTransport(List<String> subs, boolean beforeAct) {
        if (startsWith(subs, "a", "3", "c")) {
            return MINOR_INVOLVED;
        }
        if (startsWith(subs, "a", "3", "d")) {
            return IMPORT_EXPORT;
        }
        if (subs.isEmpty()) {
            return SALE_UNSPECIFIED;
        }
        return switch (subs.get(0)) {
            case "a" -> SALE_OR_TRANSPORT;
            case "b" -> GIVING_AWAY_SMALL;
            default -> beforeAct ? UNKNOWN_SUBDIVISION : SALE_OR_TRANSPORT;
        };
    }

    private static boolean startsWith(List<String> subs, String... prefix) {
        return subs.size() >= prefix.length && subs.subList(0, prefix.length).equals(List.of(prefix));
    }

    /** Offences whose felony form survives Proposition 64 for people with disqualifying priors. */
    boolean hasFelonyCarveOuts() {
        return this == CULTIVATION || this == POSSESSION_FOR_SALE || this == SALE_OR_TRANSPORT || this == SALE_UNSPECIFIED;
    }
}
