package org.recordrelief.samples;

import java.util.List;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.model.code.CodeSectionParser;

/** An offence the generator can charge, with its description and the share of felony convictions. */
record Offence(CodeSection section, String description, double felonyShare, boolean infractionPossible, int weight) {

    private static final CodeSectionParser PARSER = new CodeSectionParser();

    static Offence of(String code, String description, double felonyShare, boolean infraction, int weight) {
        return new Offence((CodeSection) PARSER.parse(code), description, felonyShare, infraction, weight);
    }

    /** Cannabis offences as lettered before Proposition 64. */
    static final List<Offence> CANNABIS_BEFORE_ACT = List.of(
            of("HS 11357(b)", "POSSESS MARIJUANA 28.5 GRAMS OR LESS", 0, true, 30),
            of("HS 11357(a)", "POSSESS CONCENTRATED CANNABIS", 0.5, false, 8),
            of("HS 11357(c)", "POSSESS MARIJUANA OVER 28.5 GRAMS", 0, false, 8),
            of("HS 11357(d)", "POSSESS MARIJUANA ON SCHOOL GROUNDS", 0, false, 1),
            of("HS 11358", "CULTIVATE MARIJUANA", 0.8, false, 10),
            of("HS 11359", "POSSESS MARIJUANA FOR SALE", 0.85, false, 22),
            of("HS 11360(a)", "TRANSPORT/SELL MARIJUANA", 0.85, false, 14),
            of("HS 11360(b)", "GIVE AWAY/TRANSPORT 28.5 GRAMS OR LESS", 0, true, 5),
            of("PC 664/HS 11359", "ATTEMPT POSSESS MARIJUANA FOR SALE", 0.5, false, 1));

    /** Cannabis offences as lettered since Proposition 64. */
    static final List<Offence> CANNABIS_AFTER_ACT = List.of(
            of("HS 11357(a)", "POSSESS CANNABIS UNDER 21", 0, true, 5),
            of("HS 11359(b)", "POSSESS CANNABIS FOR SALE", 0, false, 3),
            of("HS 11360(a)", "SELL/TRANSPORT CANNABIS", 0.2, false, 2));

    static final List<Offence> OTHER = List.of(
            of("PC 459", "BURGLARY", 0.6, false, 12),
            of("PC 484(a)", "PETTY THEFT", 0, false, 12),
            of("PC 647(f)", "DISORDERLY CONDUCT: INTOXICATION", 0, false, 10),
            of("PC 148(a)(1)", "RESIST/OBSTRUCT OFFICER", 0, false, 8),
            of("PC 602", "TRESPASS", 0, false, 6),
            of("HS 11364", "POSSESS DRUG PARAPHERNALIA", 0, false, 8),
            of("HS 11350(a)", "POSSESS NARCOTIC CONTROLLED SUBSTANCE", 0.6, false, 8),
            of("VC 23152(a)", "DUI ALCOHOL", 0.05, false, 12),
            of("PC 245(a)(1)", "ASSAULT WITH DEADLY WEAPON", 0.9, false, 5),
            of("PC 211", "ROBBERY", 1, false, 3),
            of("PC 32", "ACCESSORY AFTER THE FACT", 0.5, false, 2),
            of("PC 243.4(a)", "SEXUAL BATTERY", 0.3, false, 1),
            of("PC 288(a)", "LEWD ACT WITH CHILD UNDER 14", 1, false, 1),
            of("PC 187(a)", "MURDER", 1, false, 1));

    OffenceLevel pickLevel(java.util.Random random, java.time.LocalDate convicted) {
        if (random.nextDouble() < felonyShare) {
            return OffenceLevel.FELONY;
        }
        // Possession of up to 28.5 g became an infraction in 2011 (SB 1449).
        if (infractionPossible && convicted != null && convicted.getYear() >= 2011) {
            return OffenceLevel.INFRACTION;
        }
        return OffenceLevel.MISDEMEANOR;
    }

    static Offence pick(List<Offence> offences, java.util.Random random) {
        int total = offences.stream().mapToInt(Offence::weight).sum();
        int r = random.nextInt(total);
        for (Offence o : offences) {
            r -= o.weight();
            if (r < 0) {
                return o;
            }
        }
        throw new IllegalStateException();
    }
}
