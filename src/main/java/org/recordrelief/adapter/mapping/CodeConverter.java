package org.recordrelief.adapter.mapping;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.recordrelief.model.code.ChargeCode;
import org.recordrelief.model.code.CodeSectionParser;
import org.recordrelief.model.code.LegalCode;
import org.recordrelief.model.code.UnparsedCode;

/**
 * Reads a charge's code section. A number without a code takes the default code when the text names it
 * ({@code defaultCodeWhen}, or always when that is not given). Text the parser cannot read is refused,
 * unless the rule set must still decide it (then it is kept as unread). Offence descriptions repeat a
 * great deal, so each distinct text is parsed once.
 */
public final class CodeConverter implements Converter<ChargeCode> {

    private static final int DISTINCT_TEXTS_REMEMBERED = 20_000;

    private final Predicate<String> keepUnreadable;
    private final Memo<ChargeCode> parsed;

    /**
     * @param defaultCode    the code of a bare section number, or null
     * @param defaultWhen    when the default code applies (null: always)
     * @param keepUnreadable which unreadable texts the rule set must still decide
     */
    public CodeConverter(CodeSectionParser parser, LegalCode defaultCode, Pattern defaultWhen,
                         Predicate<String> keepUnreadable) {
        this.keepUnreadable = keepUnreadable;
        this.parsed = new Memo<>(text -> parser.parse(text, defaultApplies(defaultWhen, text) ? defaultCode : null),
                DISTINCT_TEXTS_REMEMBERED);
    }

    /** The descriptor's regex runs with a budget, like every other: one unlucky text must not hold the run. */
    private static boolean defaultApplies(Pattern defaultWhen, String text) {
        try {
            return defaultWhen == null || BoundedMatch.matcher(defaultWhen, text).find();
        } catch (BoundedMatch.TooSlow slow) {
            throw new IllegalArgumentException(slow.getMessage() + " (defaultCodeWhen)");
        }
    }

    @Override
    public ChargeCode convert(String text) {
        ChargeCode code = parsed.apply(text);
        if (code instanceof UnparsedCode unparsed && !keepUnreadable.test(unparsed.raw())) {
            throw new IllegalArgumentException("is not a code section the parser can read: "
                    + unparsed.reason());
        }
        return code;
    }
}
