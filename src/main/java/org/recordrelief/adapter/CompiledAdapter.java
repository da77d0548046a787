package org.recordrelief.adapter;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.recordrelief.adapter.mapping.FieldReader;
import org.recordrelief.adapter.mapping.Pseudonymizer;
import org.recordrelief.adapter.mapping.RowKindClassifier;
import org.recordrelief.adapter.mapping.RowMapper;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.Columns;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.DelimitedRowReader;
import org.recordrelief.formats.FixedWidthFormat;
import org.recordrelief.formats.FixedWidthRowReader;
import org.recordrelief.formats.RowReader;
import org.recordrelief.rules.CountyPolicy;

/**
 * One county's adapter, checked and compiled from {@code county-adapters/<id>/adapter.yaml}: everything
 * the pipeline needs to read, map, evaluate and write back that county's export.
 *
 * @param id            the county folder's name, e.g. {@code san-francisco}; names routes and work folders
 * @param folder        the county folder
 * @param descriptor    the descriptor as written
 * @param county        the county, normalised ("SAN FRANCISCO")
 * @param sourceKind    the export's format
 * @param charset       the export's character set
 * @param columns       the export's columns
 * @param delimited     delimited layout (delimited and DOJ sources)
 * @param fixedWidth    fixed-width layout
 * @param database      for a database source, the connection
 * @param policy        the county's Prop 64 policy
 * @param mapping       compiled field readers
 * @param output        how results go back
 * @param sftpSource    the SFTP folder exports are taken from, or null for the work folder's inbox
 * @param sftpOutput    the SFTP folder result files go to, or null for the work folder's outbox
 * @param configurationSha256 the SHA-256 of the descriptor and policy files as loaded, for the audit trail
 */
public record CompiledAdapter(
        String id,
        Path folder,
        AdapterDescriptor descriptor,
        String county,
        SourceKind sourceKind,
        Charset charset,
        List<Column> columns,
        DelimitedFormat delimited,
        FixedWidthFormat fixedWidth,
        DatabaseSettings database,
        CountyPolicy<?> policy,
        MappingPlan mapping,
        OutputPlan output,
        SftpSettings sftpSource,
        SftpSettings sftpOutput,
        String configurationSha256) {

    /** True unless the descriptor says {@code approval: none}: results wait for a reviewer's approval. */
    public boolean approvalRequired() {
        return !"none".equals(descriptor.approval());
    }

    /** The compiled readers of the person, case, charge and event sections. */
    public record MappingPlan(RowKindClassifier kinds, RowMapper.PersonReaders person, RowMapper.CaseReaders caseReaders,
                              RowMapper.ChargeReaders charge, FieldReader<java.time.LocalDate> eventDate) {
    }

    /** A file unchanged for this long is taken as complete, unless the descriptor says otherwise. */
    public static final int DEFAULT_MIN_AGE_SECONDS = 10;

    public boolean isFileSource() {
        return sourceKind != SourceKind.TABLE;
    }

    /** When serve reads this county, or null when the descriptor gives no schedule. */
    public ScheduleSpec schedule() {
        return descriptor.schedule();
    }

    /** The SELECT that reads a database source. */
    public String query() {
        return descriptor.source().database().query();
    }

    /** The file pattern a file source picks up (Ant style). */
    public String include() {
        String include = descriptor.source().include();
        return include == null ? "*" : include;
    }

    /** How long a file must stay unchanged before it is read, in milliseconds. */
    public long minAgeMillis() {
        Integer seconds = descriptor.source().minAgeSeconds();
        return 1000L * (seconds == null ? DEFAULT_MIN_AGE_SECONDS : seconds);
    }

    /** The done file an export waits for, as a Camel file expression, or null when the county writes none. */
    public String doneFileName() {
        String done = descriptor.source().doneFile();
        return done == null ? null : done.replace("{name}", "${file:name}").replace("{base}", "${file:name.noext}");
    }

    /** The done file an export of this name waits for, or null when the county writes none. */
    public String doneFileFor(String exportName) {
        String done = descriptor.source().doneFile();
        if (done == null) {
            return null;
        }
        int dot = exportName.lastIndexOf('.');
        return done.replace("{name}", exportName).replace("{base}", dot > 0 ? exportName.substring(0, dot) : exportName);
    }

    public Columns sourceColumns() {
        return new Columns(columns.stream().map(Column::name).toList());
    }

    /** Opens a streaming reader on one export file; throws UnreadableSourceException for a file it cannot read. */
    public RowReader openReader(InputStream in) {
        return switch (sourceKind) {
            case DELIMITED, DOJ_RESEARCH_FILE -> new DelimitedRowReader(in, charset, delimited, columns);
            case FIXED_WIDTH -> new FixedWidthRowReader(in, charset, fixedWidth, columns);
            case TABLE -> throw new IllegalStateException(id + " reads a database, not a file");
        };
    }

    /** A row mapper for one run: ids keyed by the installation's pseudonym key, dates checked against today. */
    public RowMapper mapper(Pseudonymizer pseudonymizer, LocalDate today) {
        return new RowMapper(county, mapping.kinds(), mapping.person(), mapping.caseReaders(), mapping.charge(),
                mapping.eventDate(), pseudonymizer, today, policy.ruleSet()::mayConcern);
    }

    /** Columns of the export marked as personal data. */
    public List<String> personalColumns() {
        return columns.stream().filter(Column::isPersonal).map(Column::name).toList();
    }
}
