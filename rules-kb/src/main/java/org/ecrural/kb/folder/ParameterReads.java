package org.ecrural.kb.folder;

import org.ecrural.kb.edition.Editions;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the DRL's reads of edition parameters by name ({@code share("upwardMinShare")},
 * {@code money(...)}, {@code date(...)}, {@code count(...)}, {@code codes(...)}, {@code text(...)})
 * and reports each that names no parameter of the edition, or reads one with the wrong type, at
 * its file and line: a misspelt name would otherwise fail only when the rule runs.
 *
 * <p>Internal: public only for the engine, which runs it when it compiles a folder; not for hosts.
 */
public final class ParameterReads {
    private ParameterReads() {
    }

    /** An accessor call whose only argument is a string literal (strings are blanked, so match on the shape). */
    private static final Pattern CALL = Pattern.compile("\\b(share|money|date|count|codes|text)\\s*\\(\\s*\"");

    public static List<RuleProblem> check(Map<String, String> drlFiles, EditionParameters edition) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> names = edition.parameters().stream().map(EditionParameters.Parameter::name).toList();
        drlFiles.forEach((file, text) -> {
            String code = DrlText.blankCommentsAndStrings(text);
            // find the call's shape in the text; it counts where its name is code, not inside a comment or string
            Matcher m = CALL.matcher(text);
            while (m.find()) {
                int quote = m.end() - 1;
                if (!code.startsWith(m.group(1), m.start())) {
                    continue; // inside a comment or a string
                }
                int close = text.indexOf('"', quote + 1);
                int nl = text.indexOf('\n', quote + 1);
                if (close < 0 || (nl >= 0 && nl < close)) {
                    continue;
                }
                String rest = text.substring(close + 1).stripLeading();
                if (!rest.startsWith(")")) {
                    continue; // more arguments: a recording call such as .share("share", $part, $whole, $limit)
                }
                String name = text.substring(quote + 1, close);
                String accessor = m.group(1);
                String type = edition.typeOf(name);
                String message = null;
                if (type == null) {
                    message = accessor + "(\"" + name + "\") reads a parameter that edition " + edition.getEdition()
                            + " does not have" + Editions.didYouMean(name, names);
                } else if (!type.equals(accessor)) {
                    message = accessor + "(\"" + name + "\") reads parameter " + name + " as a " + accessor + ", but it is a "
                            + type + (type.equals("table") ? "" : "; read it with " + type + "(\"" + name + "\")");
                }
                if (message != null) {
                    RuleProblem at = RuleProblem.atOffset(file, text, m.start(), message);
                    problems.add(at);
                }
            }
        });
        return problems;
    }
}
