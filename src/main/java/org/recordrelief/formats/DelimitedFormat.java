package org.recordrelief.formats;

/**
 * How a delimited export is written.
 *
 * @param delimiter one character, default ","; write "\t" for tab
 * @param quote     the quote character, default '"'; empty for none
 * @param header    true when the first line names the columns (checked against the descriptor)
 * @param endMarker a literal last field every row ends with (San Francisco's "EOR"); checked and dropped
 */
public record DelimitedFormat(String delimiter, String quote, Boolean header, String endMarker) {

    public static final DelimitedFormat CSV = new DelimitedFormat(",", "\"", true, null);

    public char delimiterChar() {
        String d = delimiter == null ? "," : delimiter.replace("\\t", "\t");
        return d.charAt(0);
    }

    public Character quoteChar() {
        if (quote == null) {
            return '"';
        }
        return quote.isEmpty() ? null : quote.charAt(0);
    }

    public boolean hasHeader() {
        return header == null || header;
    }
}
