package org.recordrelief.adapter;

import java.util.List;
import org.recordrelief.formats.Column;
import org.recordrelief.formats.DelimitedFormat;
import org.recordrelief.formats.FixedWidthFormat;

/**
 * Where a county's export comes from and how it is written.
 *
 * @param type       {@code file} (a drop folder) or {@code database} (a query on the county's database)
 * @param format     {@code delimited}, {@code fixed-width}, {@code doj-research-file} or, for a database, {@code table}
 * @param encoding   character set of files (default UTF-8)
 * @param include    for files: which file names to pick up (an Ant pattern such as {@code *.csv})
 * @param delimited  delimiter, quote, header and end marker of a delimited file
 * @param fixedWidth record length and header lines of a fixed-width file
 * @param columns    every column with its description and whether it is personal data (fixed-width
 *                   columns add start and length); not needed for the DOJ research file
 * @param database   for a database source: the connection and the query
 * @param emptyValues values that mean "empty" in every column of this source (the DOJ file writes "-"), on
 *                    top of each field's own {@code emptyValues}
 * @param minAgeSeconds for files: how long a file must have been left unchanged before it is read, so one
 *                      still being written is never read half (default 10)
 * @param doneFile   for files: the name of the empty file the county's system writes once an export is
 *                   complete ({@code "{name}.done"}, {@code "{base}.ready"}); when given, an export is read
 *                   only once its done file is there
 * @param location   for files: where exports arrive: the work folder's inbox (the default, or {@code inbox}),
 *                   or a folder on the county's SFTP server, {@code sftp://USER@HOST[:PORT]/FOLDER}
 * @param sftp       for an SFTP location: the key, the known_hosts file and, for old servers, algorithms
 * @param incremental for a database: read only the people whose rows changed since the last completed run
 */
public record SourceSpec(
        String type,
        String format,
        String encoding,
        String include,
        DelimitedFormat delimited,
        FixedWidthFormat fixedWidth,
        List<Column> columns,
        DatabaseSpec database,
        List<String> emptyValues,
        Integer minAgeSeconds,
        String doneFile,
        String location,
        SftpSpec sftp,
        IncrementalSpec incremental) {
}
