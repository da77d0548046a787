package org.recordrelief.rules.prop64;

import org.recordrelief.rules.Reason;

/**
 * Every statute rule of the Prop 64 rule set: its id, its citation and its plain-language text.
 * docs/rules.md documents each id; a test keeps the two in step.
 */
public enum Prop64Rule {
    NO_DATE("P64-NO-DATE", "HS 11361.8(a), (e)",
            "The conviction date is missing, so it cannot be shown that the conviction came before Proposition 64 "
                    + "took effect on 9 November 2016."),
    AFTER_ACT("P64-AFTER-ACT", "HS 11361.8(a), (e)",
            "Convicted on %s, on or after 9 November 2016, when Proposition 64 took effect, and the record shows no "
                    + "offence before that day: relief covers convictions for earlier offences."),
    AFTER_ACT_NO_OFFENCE_DATE("P64-AFTER-ACT-NO-OFFENCE-DATE", "HS 11361.8(a), (e)",
            "Convicted on %s, on or after 9 November 2016, when Proposition 64 took effect, and the record has no "
                    + "offence or arrest date: the statute looks at the law at the time of the offence, so a reviewer "
                    + "must find when it was."),
    OFFENCE_BEFORE_ACT("P64-OFFENCE-BEFORE-ACT", "HS 11361.8(a), (e)",
            "The offence was on %s, before Proposition 64 took effect on 9 November 2016, but the conviction came on "
                    + "%s: the statute looks at the law at the time of the offence, so a reviewer must check which law "
                    + "the conviction applied."),
    ATTEMPT("P64-ATTEMPT", "PC 664; PC 182; HS 11361.8",
            "This is an attempt or a conspiracy to commit a cannabis offence; the statute does not say whether such "
                    + "convictions qualify, so a reviewer decides."),
    SUBDIVISION_UNKNOWN("P64-SUBDIVISION-UNKNOWN", "HS 11357; HS 11360 (as in force on the conviction date)",
            "Subdivision %s of HS %s names no offence, before or after Proposition 64; a reviewer must read the "
                    + "record."),
    LEVEL_UNKNOWN("P64-LEVEL-UNKNOWN", "HS 11361.8(e)",
            "The record does not say whether this was a felony, a misdemeanor or an infraction, and the relief "
                    + "depends on it."),
    AGE_UNKNOWN("P64-AGE-UNKNOWN", "HS 11362.1(a)",
            "The date of birth or the offence date is missing; the person's age at the offence decides whether the "
                    + "conduct is now lawful."),
    POSSESSION_ADULT("P64-POSS-ADULT", "HS 11362.1(a)(1); HS 11361.8(e)",
            "Possession of cannabis by a person 21 or older at the offence is now lawful (up to 28.5 g, or 8 g of "
                    + "concentrated cannabis): dismiss and seal."),
    POSSESSION_UNDER_21("P64-POSS-UNDER21", "HS 11357(a)(1), (a)(2); HS 11361.8(e)",
            "The person was under 21 at the offence: possession of up to 28.5 g is now an infraction, so the %s is "
                    + "redesignated an infraction."),
    POSSESSION_UNDER_21_INFRACTION("P64-POSS-UNDER21-INFRACTION", "HS 11357(a)(1), (a)(2)",
            "The person was under 21 at the offence: possession is still an infraction, the level of this "
                    + "conviction, so the statute gives no relief."),
    POSSESSION_FELONY("P64-POSS-FELONY", "HS 11357(b)(2), (c); HS 11361.8(e)",
            "Felony %s (%s) by a person 18 or older is at most a misdemeanor now: redesignate it a misdemeanor."),
    POSSESSION_OVER_28_5_G("P64-POSS-OVER-28G", "HS 11357(b)(2)",
            "Possession of more than 28.5 g (former HS 11357(c)) is still a misdemeanor, so the statute gives no "
                    + "relief."),
    POSSESSION_SCHOOL("P64-POSS-SCHOOL", "HS 11357(c)",
            "Possession on school grounds (%s) by a person 18 or older is still a misdemeanor, so the statute gives "
                    + "no relief."),
    CULTIVATION_FELONY("P64-CULT-FELONY", "HS 11358(c); HS 11362.1(a)(3); HS 11361.8(e)",
            "Cultivation is now lawful (six plants or fewer) or a misdemeanor (more): redesignate the felony a "
                    + "misdemeanor."),
    CULTIVATION_MISDEMEANOR("P64-CULT-MISD", "HS 11358(c)",
            "Cultivation of more than six plants is still a misdemeanor and the record does not show six or fewer, "
                    + "so the statute gives no relief."),
    FOR_SALE_FELONY("P64-PWS-FELONY", "HS 11359(b); HS 11361.8(e)",
            "Possession for sale by an adult is now a misdemeanor: redesignate the felony a misdemeanor."),
    FOR_SALE_MISDEMEANOR("P64-PWS-MISD", "HS 11359(b)",
            "Possession for sale is still a misdemeanor, the level of this conviction, so the statute gives no "
                    + "relief."),
    SALE_FELONY("P64-SALE-FELONY", "HS 11360(a)(2); HS 11361.8(e)",
            "Sale or transport by an adult is now a misdemeanor: redesignate the felony a misdemeanor."),
    SALE_MISDEMEANOR("P64-SALE-MISD", "HS 11360(a)(2)",
            "Sale or transport is still a misdemeanor, the level of this conviction, so the statute gives no "
                    + "relief."),
    GIVING_AWAY_ADULT("P64-GIVE-ADULT", "HS 11362.1(a)(1); HS 11361.8(e)",
            "Giving away or transporting up to 28.5 g (former HS 11360(b)) by a person 21 or older at the offence "
                    + "is now lawful: dismiss and seal."),
    GIVING_AWAY_UNDER_21("P64-GIVE-UNDER21", "HS 11360(b); HS 11361.8(e)",
            "The person was under 21 at the offence: giving away or transporting up to 28.5 g is now an "
                    + "infraction, so the %s is redesignated an infraction."),
    GIVING_AWAY_UNDER_21_INFRACTION("P64-GIVE-UNDER21-INFRACTION", "HS 11360(b)",
            "The person was under 21 at the offence: giving away or transporting up to 28.5 g is still an "
                    + "infraction, the level of this conviction, so the statute gives no relief."),
    UNDER_18("P64-UNDER18", "HS 11357(b)(1), (d); HS 11358(a); HS 11359(a); HS 11360(a)(1); HS 11361.8(e)",
            "The person was under 18 at the offence: %s by a person under 18 is now an infraction, so the %s is "
                    + "redesignated an infraction."),
    UNDER_18_INFRACTION("P64-UNDER18-INFRACTION", "HS 11357(b)(1), (d); HS 11358(a); HS 11359(a); HS 11360(a)(1)",
            "The person was under 18 at the offence: %s by a person under 18 is still an infraction, the level of "
                    + "this conviction, so the statute gives no relief."),
    SEVERAL_SECTIONS("P64-SEVERAL-SECTIONS", "HS 11361.8",
            "The count names more than one code section (%s); a reviewer must read the record to see which one the "
                    + "conviction was for."),
    CODE_UNREADABLE("P64-CODE-UNREADABLE", "HS 11361.8",
            "The code section could not be read ('%s': %s) and it may be a cannabis offence; a reviewer must read "
                    + "the record."),
    HISTORY_INCOMPLETE("P64-" + Reason.HISTORY_INCOMPLETE, "HS 11361.8; HS 11361.9(b)",
            "%s of this person's records could not be read (see the quarantine report), so the history may be "
                    + "incomplete, and %s rests on the whole history; a reviewer must check."),
    MINOR_INVOLVED("P64-EXCL-MINOR", "HS 11359(c)(3), 11359(d), 11360(a)(3)(C)",
            "The conviction (%s) is for selling or furnishing to a minor or using a minor: that conduct stays a "
                    + "felony under Proposition 64."),
    MINOR_IN_SAME_CASE("P64-EXCL-MINOR-CASE", "HS 11359(c)(3), 11360(a)(3)(C); HS 11361",
            "The same case has a conviction for using or selling to a minor (HS 11361); a reviewer must check "
                    + "whether this count involved a minor."),
    IMPORT_EXPORT("P64-EXCL-IMPORT", "HS 11360(a)(3)(D)",
            "The conviction is for importing or exporting more than 28.5 g: that conduct stays a felony under "
                    + "Proposition 64."),
    ENVIRONMENTAL("P64-EXCL-ENVIRONMENT", "HS 11358(d)(3)",
            "The conviction is for cultivation with environmental violations: that conduct stays a felony under "
                    + "Proposition 64."),
    PRIOR_SUPER_STRIKE("P64-EXCL-SUPER-STRIKE", "HS 11358(d)(1), 11359(c)(1), 11360(a)(3)(A); PC 667(e)(2)(C)(iv)",
            "An earlier conviction for %s (%s, convicted %s) is a 'super strike': Proposition 64 keeps this offence a "
                    + "felony for such a person, so the statute gives no relief."),
    PRIOR_PC290("P64-EXCL-PC290", "HS 11358(d)(1), 11359(c)(1), 11360(a)(3)(A); PC 290(c)",
            "An earlier conviction for %s (%s, convicted %s) requires sex-offender registration: Proposition 64 keeps "
                    + "this offence a felony for such a person, so the statute gives no relief."),
    PC290_REGISTERED("P64-EXCL-PC290-REGISTERED", "HS 11358(d)(1), 11359(c)(1), 11360(a)(3)(A); PC 290(c)",
            "The person was registered as a sex offender (PC 290) before this conviction; the statute excludes an "
                    + "earlier conviction for an offence requiring registration, which the record does not show, so a "
                    + "reviewer must check."),
    PRIORS_SAME_SECTION("P64-EXCL-PRIORS", "HS 11358(d)(2), 11359(c)(2), 11360(a)(3)(B)",
            "The person had %d earlier convictions under %s; with two or more, Proposition 64 keeps this offence a "
                    + "felony, so the statute gives no relief."),
    PRIOR_UNDATED("P64-EXCL-UNDATED-PRIOR", "HS 11358(d), 11359(c), 11360(a)(3)",
            "A record that would disqualify this conviction if it came first (%s) has no date; a reviewer must "
                    + "check the order."),
    PRIOR_NEEDS_FACTS("P64-EXCL-FACTS", "HS 11358(d), 11359(c), 11360(a)(3)",
            "An earlier conviction for %s (%s) disqualifies only if facts the record does not hold are true; a "
                    + "reviewer must check.");

    private final String id;
    private final String citation;
    private final String text;
    /** The text cut at its placeholders ({@code %s}, {@code %d}): a reason is these joined by the particulars. */
    private final String[] pieces;

    Prop64Rule(String id, String citation, String text) {
        this.id = id;
        this.citation = citation;
        this.text = text;
        this.pieces = text.split("%[sd]", -1);
    }

    public String id() {
        return id;
    }

    public String citation() {
        return citation;
    }

    /** The reason text, with %s where the particulars go. */
    public String text() {
        return text;
    }

    /**
     * The reason with these particulars in place, as {@code String.format} would put them, but without
     * parsing the text again for each of the hundreds of thousands of convictions a run decides, and with
     * numbers always in ASCII digits whatever the machine's locale.
     */
    Reason reason(Object... args) {
        if (args.length == 0) {
            return new Reason(id, citation, text);
        }
        if (args.length != pieces.length - 1) {
            throw new IllegalArgumentException(name() + " takes " + (pieces.length - 1) + " particulars, not "
                    + args.length);
        }
        StringBuilder out = new StringBuilder(text.length() + 16 * args.length).append(pieces[0]);
        for (int i = 0; i < args.length; i++) {
            out.append(args[i]).append(pieces[i + 1]);
        }
        return new Reason(id, citation, out.toString());
    }
}
