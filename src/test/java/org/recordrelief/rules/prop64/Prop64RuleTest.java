package org.recordrelief.rules.prop64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A rule's reason puts its particulars where {@code String.format} would, and only there. */
class Prop64RuleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");

    @ParameterizedTest
    @EnumSource(Prop64Rule.class)
    void particularsGoWhereStringFormatPutsThem(Prop64Rule rule) {
        List<Object> args = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(rule.text());
        while (m.find()) {
            args.add(m.group().equals("%d") ? (Object) (args.size() + 2) : args.size() % 2 == 0
                    ? LocalDate.of(2015, 3, 9 + args.size()) : "HS 11359(b)");
        }
        Object[] particulars = args.toArray();
        String expected = particulars.length == 0 ? rule.text() : String.format(Locale.ROOT, rule.text(), particulars);
        assertThat(rule.reason(particulars).text()).isEqualTo(expected);
        assertThat(rule.reason(particulars).ruleId()).isEqualTo(rule.id());
    }

    @Test
    void aCountIsWrittenInAsciiDigitsWhateverTheLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(Prop64Rule.PRIORS_SAME_SECTION.reason(2, "HS 11359").text())
                    .startsWith("The person had 2 earlier convictions under HS 11359;");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theWrongNumberOfParticularsIsRefused() {
        assertThatThrownBy(() -> Prop64Rule.AFTER_ACT.reason(LocalDate.of(2017, 1, 2), "extra"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AFTER_ACT takes 1 particulars, not 2");
    }
}
