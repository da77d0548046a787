package org.recordrelief.adapter;

import java.util.List;
import java.util.Map;
import org.recordrelief.formats.DelimitedFormat;

/**
 * How determinations go back to the county, in its own format.
 *
 * @param rows                {@code perInputRow}: every loaded input row, with the determination of its
 *                            count (the DOJ file back with determination columns); {@code perDetermination}:
 *                            one row per determination
 * @param format              {@code delimited}, {@code fixed-width} or {@code table}
 * @param file                output file name; {@code {source}} is the input file's name without extension
 * @param encoding            character set (default UTF-8)
 * @param lineTerminator      {@code CRLF} (default) or {@code LF}
 * @param delimited           delimiter, quote, header, end marker of a delimited output
 * @param includeInputColumns for perInputRow: write the input columns first
 * @param columns             the columns the county wants, each from a determination, the count or the input row
 * @param database            for a table output: the connection and the table
 * @param key                 for a table output: the columns that identify a row (the source record, the
 *                            rule set); a row with the same key replaces the earlier one, so a re-run never
 *                            adds a second copy
 * @param location            for files: where results go: the work folder's outbox (the default, or
 *                            {@code outbox}), or a folder on an SFTP server, {@code sftp://USER@HOST[:PORT]/FOLDER}
 * @param sftp                for an SFTP location: as the source's {@code sftp}; a key left out is taken
 *                            from the source's
 */
public record OutputSpec(
        String rows,
        String format,
        String file,
        String encoding,
        String lineTerminator,
        DelimitedFormat delimited,
        Boolean includeInputColumns,
        List<OutputColumn> columns,
        DatabaseSpec database,
        List<String> key,
        String location,
        SftpSpec sftp) {

    /**
     * One output column.
     *
     * @param name     the column's name (header text, table column)
     * @param from     what fills it: {@code determination.outcome}, {@code charge.code}, {@code input.COLUMN}, ...
     * @param constant a fixed value instead
     * @param map      canonical value to the county's code (every possible value must be mapped)
     * @param date     output pattern for a date value (default yyyy-MM-dd)
     * @param width    fixed-width: the field's width
     * @param align    fixed-width: {@code left} (default) or {@code right}
     * @param pad      fixed-width: padding character (default space)
     * @param trim     for {@code input.COLUMN}: write the value without leading and trailing blanks (default
     *                 false: the export's field as it stands, fixed-width padding included)
     * @param ifEmpty  the text written when the value is empty, e.g. for an input row without a determination
     */
    public record OutputColumn(String name, String from, String constant, Map<String, String> map, String date,
                               Integer width, String align, String pad, Boolean trim, String ifEmpty) {
    }
}
