package org.ecrural.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's own list of rule ids (a public contract), with the clause, severity, subject and
 * statement of each, as {@code shared/spec/clauses.md} defines them. The rule base must hold
 * exactly these ids with the same clause and severity; a test checks it.
 */
public final class Catalogue {
    static final String RESOURCE = "org/ecrural/rules/catalogue.tsv";

    /**
     * One rule of the catalogue.
     *
     * @param subject   what it judges, in the catalogue's words (nomination, demo area, project …)
     * @param statement what it checks, from clauses.md
     */
    public record Entry(String id, String clause, Severity severity, String subject, String statement) {
    }

    private static final List<Entry> ENTRIES = load();

    private Catalogue() {
    }

    /** @return every rule of the 2018 catalogue, in catalogue order */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** @return the catalogue entry of a rule id */
    public static Optional<Entry> entry(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static List<Entry> load() {
        List<Entry> list = new ArrayList<>();
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                list.add(new Entry(f[0], f[1], Severity.valueOf(f[2]), f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}
