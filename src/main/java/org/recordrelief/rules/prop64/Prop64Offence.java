package org.recordrelief.rules.prop64;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.recordrelief.model.code.ChargeCode;
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
    POSSESSION_SMALL("possession of up to 28.5 g"),
    POSSESSION_CONCENTRATED("possession of concentrated cannabis"),
    POSSESSION_UNSPECIFIED("possession of cannabis"),
    POSSESSION_OVER_28_5_G("possession of more than 28.5 g"),
    POSSESSION_SCHOOL_GROUNDS("possession on school grounds"),
    CULTIVATION("cultivation"),
    POSSESSION_FOR_SALE("possession for sale"),
    SALE_OR_TRANSPORT("sale or transport"),
    GIVING_AWAY_SMALL("giving away or transporting up to 28.5 g"),
    /** HS 11360 with no subdivision: felony means old (a), misdemeanor or infraction old (b). */
    SALE_UNSPECIFIED("sale, transport or giving away"),
    MINOR_INVOLVED("selling to or using a minor"),
    IMPORT_EXPORT("importing or exporting more than 28.5 g"),
    ENVIRONMENTAL("cultivation with environmental violations"),
    /** A subdivision that did not exist on the conviction date. */
    UNKNOWN_SUBDIVISION("an unknown form of the offence");

    private final String plain;

    Prop64Offence(String plain) {
        this.plain = plain;
    }

    /** The offence in words, for reason texts ("possession for sale"). */
    String plain() {
        return plain;
    }

    /** The day Proposition 64 took effect (the day after the 8 November 2016 election). */
    public static final LocalDate ACT_EFFECTIVE = LocalDate.of(2016, 11, 9);

    private static final Set<String> SECTIONS = Set.of("11357", "11358", "11359", "11360");

    /** HS 11357, 11358, 11359 and 11360, with or without an attempt / conspiracy modifier. */
    public static boolean isInScope(CodeSection section) {
        return section.code() == LegalCode.HS && SECTIONS.contains(section.section());
    }

    /** True when the code names at least one HS 11357-11360 section (alone or among others). */
    public static boolean namesProp64Section(ChargeCode code) {
        return code.sections().stream().anyMatch(Prop64Offence::isInScope);
    }

    /** True when every section the code names is HS 11357-11360 (false for unreadable text). */
    public static boolean isOnlyProp64(ChargeCode code) {
        return !code.sections().isEmpty() && code.sections().stream().allMatch(Prop64Offence::isInScope);
    }

    public static Prop64Offence classify(CodeSection section, LocalDate convictionDate) {
        boolean beforeAct = convictionDate == null || convictionDate.isBefore(ACT_EFFECTIVE);
        List<String> subs = section.subdivisions();
        String first = section.subdivision();
        return switch (section.section()) {
            // Paragraphs such as 11357(b)(2) exist only in the post-Act text, so they mean what it says.
            case "11357" -> beforeAct && subs.size() < 2 ? possessionBeforeAct(first) : possessionAfterAct(first);
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
            case "c", "d" -> POSSESSION_SCHOOL_GROUNDS;
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
