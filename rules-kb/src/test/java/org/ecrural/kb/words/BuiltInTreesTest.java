package org.ecrural.kb.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.model.SubmissionForm;
import org.junit.jupiter.api.Test;

/**
 * The trees of the built-in words that the build writes ({@link BuiltInTrees}, by
 * {@link BuiltInTreesWriter} in rules-kb's process-classes phase), and start-up's reading of them
 * instead of the YAML: the same trees, used when they fit the text, ignored when they do not.
 */
class BuiltInTreesTest {
    static final RuleFolder FOLDER = RuleFolder.builtIn();

    static Map<String, String> texts(Map<String, String> wordsFiles) {
        Map<String, String> texts = new HashMap<>(wordsFiles);
        texts.put(Wording.LABELS_FILE, FOLDER.labelsText());
        return texts;
    }

    static byte[] resource() throws IOException {
        try (InputStream in = BuiltInTrees.class.getResourceAsStream(BuiltInTrees.RESOURCE)) {
            assertThat(in).as("the build writes " + BuiltInTrees.RESOURCE + " (exec-maven-plugin in rules-kb/pom.xml)").isNotNull();
            return in.readAllBytes();
        }
    }

    static Wording builtIn(byte[] resource, Map<String, String> wordsFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        Wording w = Wording.readBuiltIn(resource == null ? null : new ByteArrayInputStream(resource), wordsFiles,
                FOLDER.labelsText(), FOLDER.drlFiles(), ClauseKeys.ALL, problems);
        assertThat(problems).isEmpty();
        return w;
    }

    /** The built-in words read from their YAML and checked against their DRL. */
    static Wording yaml(Map<String, String> wordsFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        Wording w = Wording.read(wordsFiles, FOLDER.labelsText(), FOLDER.drlFiles(), ClauseKeys.ALL, problems);
        assertThat(problems).isEmpty();
        return w;
    }

    @Test
    void everyBuiltInFileHasATreeEqualToItsYamlParsedLineForLine() throws Exception {
        Map<String, String> texts = texts(FOLDER.wordsFiles());
        Map<String, Node> trees = BuiltInTrees.read(new ByteArrayInputStream(resource()), texts);
        assertThat(trees.keySet()).containsExactlyInAnyOrderElementsOf(texts.keySet());
        for (Map.Entry<String, String> f : texts.entrySet()) {
            assertSameTree(trees.get(f.getKey()), Node.parse(f.getValue()), f.getKey());
        }
    }

    @Test
    void startUpTakesEveryBuiltInFileFromTheBuildsTreesAndReadsTheWordsOfTheYaml() {
        List<RuleProblem> problems = new ArrayList<>();
        Wording w = Wording.readBuiltIn(FOLDER.wordsFiles(), FOLDER.labelsText(), FOLDER.drlFiles(), ClauseKeys.ALL, problems);
        assertThat(problems).isEmpty();
        assertThat(w.filesFromTrees).as("files read from the build's trees rather than parsed from their YAML")
                .isEqualTo(FOLDER.wordsFiles().size() + 1);
        assertSameWords(w, yaml(FOLDER.wordsFiles()));
    }

    @Test
    void aFileEditedSinceTheBuildIsParsedFromItsYaml() throws Exception {
        String title = "The filing reaches the ministries by the filing deadline";
        for (String edited : List.of("EDITED", "THE FILING REACHES THE MINISTRIES BY THE FILING DEADLINE")) {
            Map<String, String> words = new LinkedHashMap<>(FOLDER.wordsFiles());
            words.put("procedure.words.yaml", words.get("procedure.words.yaml").replace(title, edited));
            Wording w = builtIn(resource(), words);
            assertThat(w.filesFromTrees).as(edited).isEqualTo(FOLDER.wordsFiles().size());
            assertThat(w.rule("PROC-FILING-DEADLINE").info().title()).startsWith(edited + ",");
            assertSameWords(w, yaml(words));
        }
    }

    @Test
    void withoutTheResourceTheWordsAreParsedFromTheirYaml() {
        Wording w = builtIn(null, FOLDER.wordsFiles());
        assertThat(w.filesFromTrees).isZero();
        assertSameWords(w, yaml(FOLDER.wordsFiles()));
    }

    @Test
    void aTruncatedOrDamagedResourceIsIgnoredAndTheWordsAreParsedFromTheirYaml() throws Exception {
        byte[] resource = resource();
        Map<String, String> texts = texts(FOLDER.wordsFiles());
        List<byte[]> broken = new ArrayList<>();
        for (int length : new int[] {0, 3, 4, 8, resource.length / 2, resource.length - 1}) {
            broken.add(Arrays.copyOf(resource, length));
        }
        for (int at : new int[] {0, 3, 9, resource.length / 3, resource.length / 2, resource.length - 1}) {
            byte[] damaged = resource.clone();
            damaged[at] ^= 0x20;
            broken.add(damaged);
        }
        broken.add(Arrays.copyOf(resource, resource.length + 1));
        for (byte[] b : broken) {
            assertThat(BuiltInTrees.read(new ByteArrayInputStream(b), texts)).as(b.length + " bytes").isEmpty();
        }
        byte[] damaged = resource.clone();
        damaged[resource.length / 2] ^= 0x20;
        for (byte[] b : List.of(Arrays.copyOf(resource, resource.length / 2), damaged)) {
            Wording w = builtIn(b, FOLDER.wordsFiles());
            assertThat(w.filesFromTrees).isZero();
            assertSameWords(w, yaml(FOLDER.wordsFiles()));
        }
    }

    @Test
    void theBinaryFormKeepsEveryKindOfValueAndLongTextAndLeavesOutWhatIsNotYaml() throws Exception {
        String longText = "示".repeat(30_000) + "x";
        Map<String, String> texts = new TreeMap<>(Map.of(
                "kinds.yaml", "a:\n  b: [1, \"two\", ~]\n  c:\n    - d: 4.10\n      e: no\n  f:\n  g: |\n    block\n    text\n",
                "empty.yaml", "",
                "long.yaml", "text: " + longText + "\n",
                "broken.yaml", "a: [\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(BuiltInTrees.write(texts, out)).containsExactly("broken.yaml");
        Map<String, Node> trees = BuiltInTrees.read(new ByteArrayInputStream(out.toByteArray()), texts);
        assertThat(trees.keySet()).containsExactlyInAnyOrder("kinds.yaml", "empty.yaml", "long.yaml");
        for (String file : trees.keySet()) {
            assertSameTree(trees.get(file), Node.parse(texts.get(file)), file);
        }
        assertThat(trees.get("long.yaml").get("text").text()).isEqualTo(longText);
    }

    /** Asserts that two trees hold the same values in the same order, each on the same line under a key on the same line. */
    static void assertSameTree(Node actual, Node expected, String at) {
        assertThat(actual).as(at).isNotNull();
        assertThat(actual.line()).as(at + ": line").isEqualTo(expected.line());
        assertThat(actual.keyLine()).as(at + ": key line").isEqualTo(expected.keyLine());
        assertThat(List.of(actual.isNull(), actual.isScalar(), actual.isMap(), actual.isList())).as(at + ": kind")
                .isEqualTo(List.of(expected.isNull(), expected.isScalar(), expected.isMap(), expected.isList()));
        assertThat(actual.text()).as(at).isEqualTo(expected.text());
        assertThat(actual.map().keySet()).as(at + ": keys").containsExactlyElementsOf(expected.map().keySet());
        for (String key : expected.map().keySet()) {
            assertSameTree(actual.get(key), expected.get(key), at + "/" + key);
        }
        assertThat(actual.list()).as(at + ": elements").hasSameSizeAs(expected.list());
        for (int i = 0; i < expected.list().size(); i++) {
            assertSameTree(actual.list().get(i), expected.list().get(i), at + "/" + i);
        }
    }

    /** Asserts that two readings of the built-in words give the same rules, templates, labels and rendered findings. */
    static void assertSameWords(Wording actual, Wording expected) {
        assertThat(actual.rules()).extracting(RuleWords::info)
                .containsExactlyElementsOf(expected.rules().stream().map(RuleWords::info).toList());
        for (RuleWords e : expected.rules()) {
            RuleWords a = actual.rule(e.info().id());
            assertThat(a.subjectTypes()).as(e.info().id()).isEqualTo(e.subjectTypes());
            assertThat(a.wordsFile + ":" + a.line).isEqualTo(e.wordsFile + ":" + e.line);
            assertThat(templates(a)).as(e.info().id()).isEqualTo(templates(e));
        }
        for (Check check : Check.values()) {
            assertThat(actual.sectionTitle(check)).isEqualTo(expected.sectionTitle(check));
        }
        for (Class<? extends Enum<?>> type : Labels.ENUMS) {
            for (Enum<?> value : type.getEnumConstants()) {
                for (Language lang : Language.values()) {
                    assertThat(actual.labels().of(value, lang)).isEqualTo(expected.labels().of(value, lang));
                }
            }
        }
        for (String clause : ClauseKeys.ALL) {
            assertThat(actual.labels().clause(clause)).isEqualTo(expected.labels().clause(clause));
        }
        assertThat(actual.labels().province("610622")).isEqualTo(expected.labels().province("610622")).isNotNull();
        Map<String, Object> filing = Map.of("subject", "陕西省", "received", LocalDate.of(2018, 6, 2),
                "deadline", LocalDate.of(2018, 5, 31), "nominations", 3);
        List<Map.Entry<String, Object>> received = List.of(Map.entry("received", LocalDate.of(2018, 6, 2)));
        assertThat(actual.rule("PROC-FILING-DEADLINE").render(null, filing, received))
                .isEqualTo(expected.rule("PROC-FILING-DEADLINE").render(null, filing, received));
        Map<String, Object> form = Map.of("subject", "陕西省", "form", SubmissionForm.OTHER,
                "required", SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
        List<Map.Entry<String, Object>> other = List.of(Map.entry("form", SubmissionForm.OTHER));
        for (String variant : Arrays.asList(null, "NO_FORM")) {
            assertThat(actual.rule("PROC-FINAL-FORM").render(variant, form, other))
                    .isEqualTo(expected.rule("PROC-FINAL-FORM").render(variant, form, other));
        }
    }

    /** @return every template of a rule, its section's evidence ones too, by part: where it is written and its text in each language */
    static Map<String, String> templates(RuleWords w) {
        Map<String, String> out = new TreeMap<>();
        w.templates.forEach((part, p) -> out.put(part, show(p)));
        w.evidence.forEach((name, p) -> out.put("evidence " + name, show(p)));
        w.variants.forEach((v, parts) -> parts.forEach((part, p) -> out.put(v + " " + part, show(p))));
        w.variantEvidence.forEach((v, parts) -> parts.forEach((name, p) -> out.put(v + " evidence " + name, show(p))));
        w.section.evidence().forEach((name, p) -> out.put("section evidence " + name, show(p)));
        return out;
    }

    private static String show(RuleWords.Pair p) {
        return p.zh().file + ":" + p.zh().line + " " + p.zh() + " | " + p.en().file + ":" + p.en().line + " " + p.en();
    }
}
