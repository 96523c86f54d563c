package org.ecrural.kb.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A placeholder's name and property path, checked by hand at start-up, against the regular expression it stands for. */
class TemplateNamesTest {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*");

    @Test
    void namesAndPathsAreTakenAndEverythingElseIsNot() {
        for (String ok : new String[] {"a", "item", "item.centralFunds", "missing.size", "a_1.b2.c_", "Z9"}) {
            assertThat(Template.isPlaceholder(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", ".", "a.", ".a", "a..b", "1a", "_a", "a.1b", "a-b", "a b", "名称", "a.b.", "é"}) {
            assertThat(Template.isPlaceholder(bad)).as(bad).isFalse();
        }
    }

    @Test
    void randomTextIsJudgedAsTheRegularExpressionJudgesIt() {
        char[] alphabet = "aZ09_.-: é名".toCharArray();
        Random random = new Random(2018);
        int taken = 0;
        for (int i = 0; i < 50_000; i++) {
            char[] s = new char[random.nextInt(7)];
            for (int j = 0; j < s.length; j++) {
                s[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(s);
            boolean expected = NAME.matcher(text).matches();
            assertThat(Template.isPlaceholder(text)).as("\"%s\"", text).isEqualTo(expected);
            taken += expected ? 1 : 0;
        }
        assertThat(taken).as("names among the random texts").isGreaterThan(1_000);
    }
}
