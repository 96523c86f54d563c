package org.ecrural.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DRL files of the built-in rule base, kept in the jar beside the executable model. */
final class BuiltInSources {
    /** One DRL file per section of the notice, in the notice's order. */
    static final List<String> FILES = List.of(
            "org/ecrural/rules/eligibility.drl",
            "org/ecrural/rules/procedure.drl",
            "org/ecrural/rules/funds.drl",
            "org/ecrural/rules/service-system.drl",
            "org/ecrural/rules/training.drl",
            "org/ecrural/rules/acceptance.drl",
            "org/ecrural/rules/management.drl",
            "org/ecrural/rules/work-plan.drl",
            "org/ecrural/rules/targets.drl");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private BuiltInSources() {
    }

    /** @return the text of a built-in DRL file, or null when the jar does not hold it */
    static String read(String file) {
        try (InputStream in = BuiltInSources.class.getClassLoader().getResourceAsStream(file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the DRL file each rule name is written in */
    static Map<String, String> fileOfRule() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String file : FILES) {
            String text = read(file);
            if (text == null) {
                continue;
            }
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                map.put(m.group(1), file.substring(file.lastIndexOf('/') + 1));
            }
        }
        return map;
    }
}
