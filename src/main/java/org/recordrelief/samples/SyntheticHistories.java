package org.recordrelief.samples;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.recordrelief.model.Charge;
import org.recordrelief.model.CourtCase;
import org.recordrelief.model.DispositionClass;
import org.recordrelief.model.IdentifierType;
import org.recordrelief.model.OffenceLevel;
import org.recordrelief.model.Person;
import org.recordrelief.model.PersonEvent;
import org.recordrelief.model.PersonEventType;
import org.recordrelief.model.PersonHistory;
import org.recordrelief.model.PersonIdentifier;
import org.recordrelief.model.PersonName;
import org.recordrelief.model.Sentence;
import org.recordrelief.model.SentencePart;
import org.recordrelief.model.SentenceType;
import org.recordrelief.model.code.CodeSection;
import org.recordrelief.rules.prop64.Prop64Offence;

/**
 * Synthetic people with criminal histories: no real person, but the shapes county data has (several
 * cycles, cannabis and other counts, convictions before and after Proposition 64, sentences, a few
 * registrations and deaths). Person {@code i} of seed {@code s} is always the same person, so any size is
 * reproducible and can be streamed one person at a time.
 */
public final class SyntheticHistories {

    /**
     * @param seed           makes the data reproducible
     * @param homeCounty     the county whose export this is
     * @param otherCounties  other counties a history may include (the DOJ file has them); empty for a
     *                       county's own system
     * @param registrations  whether to record PC 290 registrations (after a registrable conviction)
     * @param deaths         whether some people have died
     */
    public record Options(long seed, String homeCounty, List<String> otherCounties, boolean registrations,
                          boolean deaths) {
    }

    private static final String[] LAST = {"ALDER", "BIRCH", "CEDAR", "DUNE", "ELM", "FERN", "GROVE", "HAZEL", "IVY",
            "JUNIPER", "KELP", "LARCH", "MAPLE", "NUTMEG", "OAK", "PINE", "QUINCE", "REED", "SAGE", "TANSY", "WILLOW",
            "YARROW", "ASPEN", "BRAMBLE", "CLOVER"};
    private static final String[] FIRST = {"ALEX", "BLAKE", "CASEY", "DREW", "EMERSON", "FINLEY", "GRAY", "HARPER",
            "JORDAN", "KENDALL", "LOGAN", "MORGAN", "NOEL", "PARKER", "QUINN", "REESE", "SAWYER", "TAYLOR", "AVERY",
            "ROWAN"};
    private static final LocalDate LAST_DATE = LocalDate.of(2023, 12, 31);

    private final Options options;

    public SyntheticHistories(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** Person number {@code index} (0-based). */
    public PersonHistory person(int index) {
        Random random = new Random(options.seed() * 1_000_003L + index);
        LocalDate dob = LocalDate.of(1945, 1, 1).plusDays(random.nextInt(365 * 55));
        PersonName name = new PersonName(LAST[random.nextInt(LAST.length)], FIRST[random.nextInt(FIRST.length)],
                random.nextInt(3) == 0 ? String.valueOf((char) ('A' + random.nextInt(26))) : null);
        List<PersonIdentifier> ids = List.of(
                new PersonIdentifier(IdentifierType.CII, String.format("%09d", 10_000_000 + index)),
                new PersonIdentifier(IdentifierType.FBI, "SYN" + (100_000 + index)),
                new PersonIdentifier(IdentifierType.SSN, String.format("9%02d-%02d-%04d", random.nextInt(100),
                        1 + random.nextInt(99), 1 + random.nextInt(9999))),
                new PersonIdentifier(IdentifierType.DRIVERS_LICENSE, String.format("Y%07d", index)));
        Person person = new Person("s-" + options.seed() + "-" + index, name, dob, ids);

        List<CourtCase> cases = new ArrayList<>();
        List<PersonEvent> events = new ArrayList<>();
        int cycles = 1 + random.nextInt(random.nextInt(5) == 0 ? 6 : 3);
        LocalDate earliest = dob.plusYears(18);
        if (!earliest.isBefore(LAST_DATE)) {
            earliest = LAST_DATE.minusYears(1);
        }
        List<LocalDate> arrests = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            arrests.add(earliest.plusDays(random.nextInt((int) Math.max(1, earliest.until(LAST_DATE).toTotalMonths() * 30))));
        }
        arrests.sort(null);
        for (int c = 0; c < cycles; c++) {
            cases.add(cycle(random, index, c + 1, arrests.get(c), events));
        }
        if (options.deaths() && random.nextInt(50) == 0) {
            events.add(new PersonEvent(PersonEventType.DECEASED, LocalDate.of(2018, 1, 1).plusDays(random.nextInt(1500))));
        }
        return new PersonHistory(person, cases, events);
    }

    private CourtCase cycle(Random random, int personIndex, int cycleNumber, LocalDate arrest, List<PersonEvent> events) {
        String county = options.otherCounties().isEmpty() || random.nextInt(4) != 0 ? options.homeCounty()
                : options.otherCounties().get(random.nextInt(options.otherCounties().size()));
        int counts = 1 + random.nextInt(random.nextInt(3) == 0 ? 3 : 2);
        boolean cannabisCycle = random.nextInt(100) < 70;
        List<Charge> charges = new ArrayList<>();
        LocalDate disposed = arrest.plusDays(20 + random.nextInt(300));
        if (disposed.isAfter(LAST_DATE)) {
            disposed = LAST_DATE;
        }
        for (int n = 1; n <= counts; n++) {
            boolean cannabis = cannabisCycle && (n == 1 || random.nextInt(3) == 0);
            Offence offence = cannabis
                    ? Offence.pick(disposed.isBefore(Prop64Offence.ACT_EFFECTIVE) ? Offence.CANNABIS_BEFORE_ACT
                    : Offence.CANNABIS_AFTER_ACT, random)
                    : Offence.pick(Offence.OTHER, random);
            charges.add(charge(random, n, offence, arrest, disposed, events));
        }
        String caseNumber = String.format("%02d%c%06d", disposed.getYear() % 100, charges.get(0).level()
                == OffenceLevel.FELONY ? 'F' : 'M', (personIndex * 7 + cycleNumber) % 1_000_000);
        return new CourtCase("cycle-" + cycleNumber, caseNumber, county + " Superior Court", county, arrest, charges);
    }

    private Charge charge(Random random, int count, Offence offence, LocalDate arrest, LocalDate disposed,
                          List<PersonEvent> events) {
        int d = random.nextInt(100);
        DispositionClass disposition = d < 76 ? DispositionClass.CONVICTED : d < 91 ? DispositionClass.DISMISSED
                : d < 96 ? DispositionClass.ACQUITTED : DispositionClass.OTHER;
        boolean convicted = disposition == DispositionClass.CONVICTED;
        OffenceLevel level = offence.pickLevel(random, disposed);
        Sentence sentence = convicted ? sentence(random, level, disposed) : Sentence.NONE;
        CodeSection section = offence.section();
        if (convicted && options.registrations() && (section.section().equals("288") || section.section().equals("243.4"))) {
            events.add(new PersonEvent(PersonEventType.PC290_REGISTRATION, disposed.plusDays(30)));
        }
        return new Charge(String.valueOf(count), String.valueOf(count), offence.description(), section, arrest, disposition,
                disposition.name(), convicted ? disposed : null, level, sentence);
    }

    private static Sentence sentence(Random random, OffenceLevel level, LocalDate date) {
        List<SentencePart> parts = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            parts.add(SentencePart.of(SentenceType.JAIL, Period.ofDays(10 * (1 + random.nextInt(36)))));
        }
        if (level == OffenceLevel.FELONY && random.nextInt(8) == 0) {
            parts.add(SentencePart.of(SentenceType.PRISON, Period.ofYears(2 + random.nextInt(7))));
        } else if (random.nextInt(10) < 6) {
            parts.add(SentencePart.of(SentenceType.PROBATION, Period.ofYears(1 + random.nextInt(5))));
        }
        return parts.isEmpty() ? Sentence.NONE : new Sentence(date, parts, null);
    }
}
