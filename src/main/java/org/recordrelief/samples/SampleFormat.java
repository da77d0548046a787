package org.recordrelief.samples;

import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** The sample county formats the generator writes, each with the options that fit its source. */
public enum SampleFormat {
    /** The state DOJ research file (Sacramento's sample): every county, registrations and deaths. */
    DOJ("doj", new SyntheticHistories.Options(0, "SACRAMENTO", List.of("PLACER", "YOLO", "EL DORADO", "LOS ANGELES"),
            true, true), StandardCharsets.UTF_8, DojResearchFileWriter::new),
    /** San Francisco's DA case-management CSV: the county's own cases only. */
    SF_CMS("sf-cms", new SyntheticHistories.Options(0, "SAN FRANCISCO", List.of(), false, false),
            StandardCharsets.UTF_8, SanFranciscoCmsWriter::new),
    /** San Joaquin's fixed-width court extract. */
    SJ_COURT("sj-court", new SyntheticHistories.Options(0, "SAN JOAQUIN", List.of(), false, false),
            StandardCharsets.ISO_8859_1, SanJoaquinCourtWriter::new),
    /** Los Angeles's case-management database, as a SQL script. */
    LA_SQL("la-sql", new SyntheticHistories.Options(0, "LOS ANGELES", List.of(), false, true),
            StandardCharsets.UTF_8, LosAngelesCmsSqlWriter::new);

    private final String id;
    private final SyntheticHistories.Options options;
    private final Charset charset;
    private final Function<Writer, ExportWriter> writer;

    SampleFormat(String id, SyntheticHistories.Options options, Charset charset, Function<Writer, ExportWriter> writer) {
        this.id = id;
        this.options = options;
        this.charset = charset;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    public Charset charset() {
        return charset;
    }

    public SyntheticHistories histories(long seed) {
        return new SyntheticHistories(new SyntheticHistories.Options(seed, options.homeCounty(),
                options.otherCounties(), options.registrations(), options.deaths()));
    }

    public ExportWriter writer(Writer out) {
        return writer.apply(out);
    }

    public static SampleFormat byId(String id) {
        for (SampleFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (use doj, sf-cms, sj-court or la-sql)");
    }
}
