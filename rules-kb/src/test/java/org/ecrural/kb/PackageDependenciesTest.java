package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * The layout of rules-kb as its compiled classes show it: every class a main class names in its
 * constant pool (class entries, and every descriptor and generic signature) gives an edge from its
 * package to the other's. The packages inside {@code org.ecrural.kb} form no cycle; the engine API
 * does not know its renderers or the authoring helpers; the report values know nothing else of the
 * library.
 */
class PackageDependenciesTest {
    private static final String ROOT = "org.ecrural.kb";
    /** A class named in a descriptor or signature: {@code Lorg/ecrural/kb/report/Finding;} or {@code <}. */
    private static final Pattern TYPE_IN_UTF8 = Pattern.compile("L(org/ecrural/kb/[\\w/$]+)[;<]");

    /** package to the packages it names, each with an example class pair "From -> To" */
    private static Map<String, Map<String, String>> graph;

    @BeforeAll
    static void readClasses() throws URISyntaxException, IOException {
        Path classes = Path.of(PolicyEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(classes).as("the main classes of rules-kb as a folder").isDirectory();
        graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/ecrural/kb"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                ClassReader reader = new ClassReader(Files.readAllBytes(f));
                String from = reader.getClassName();
                for (String to : referencedClasses(reader)) {
                    addEdge(graph, from, to);
                }
            }
        }
    }

    /** Every class of org.ecrural.kb.** the class's constant pool names. */
    static Set<String> referencedClasses(ClassReader reader) {
        Set<String> names = new TreeSet<>();
        char[] buf = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset == 0) {
                continue; // the second slot of a long or double
            }
            int tag = reader.readByte(offset - 1);
            if (tag == 7) { // CONSTANT_Class: a name, or an array descriptor
                String name = reader.readUTF8(offset, buf);
                addNames(names, name.startsWith("[") ? name : "L" + name + ";");
            } else if (tag == 1) { // CONSTANT_Utf8: descriptors and signatures among the strings
                addNames(names, utf8(reader, offset));
            }
        }
        names.remove(reader.getClassName());
        return names;
    }

    /** The text of a CONSTANT_Utf8 entry (its length, then its bytes); modified UTF-8 reads as UTF-8 for class names. */
    private static String utf8(ClassReader reader, int offset) {
        int length = reader.readUnsignedShort(offset);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) reader.readByte(offset + 2 + i);
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void addNames(Set<String> names, String text) {
        Matcher m = TYPE_IN_UTF8.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
    }

    static void addEdge(Map<String, Map<String, String>> g, String fromClass, String toClass) {
        String from = packageOf(fromClass);
        String to = packageOf(toClass);
        g.computeIfAbsent(from, k -> new TreeMap<>());
        if (!from.equals(to) && to.startsWith(ROOT)) {
            g.computeIfAbsent(to, k -> new TreeMap<>());
            g.get(from).putIfAbsent(to, simple(fromClass) + " -> " + simple(toClass));
        }
    }

    private static String packageOf(String internalName) {
        return internalName.substring(0, internalName.lastIndexOf('/')).replace('/', '.');
    }

    private static String simple(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }

    /**
     * @return a cycle of packages, each step with the classes that make it ("a -> b (A -> B)"), or
     *         null when there is none
     */
    static List<String> findCycle(Map<String, Map<String, String>> g) {
        Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
        for (String start : g.keySet()) {
            if (!state.containsKey(start)) {
                Deque<String> path = new ArrayDeque<>();
                List<String> cycle = visit(g, start, state, path);
                if (cycle != null) {
                    return cycle;
                }
            }
        }
        return null;
    }

    private static List<String> visit(Map<String, Map<String, String>> g, String node, Map<String, Integer> state,
                                      Deque<String> path) {
        state.put(node, 1);
        path.addLast(node);
        for (String next : g.getOrDefault(node, Map.of()).keySet()) {
            Integer s = state.get(next);
            if (s == null) {
                List<String> cycle = visit(g, next, state, path);
                if (cycle != null) {
                    return cycle;
                }
            } else if (s == 1) {
                List<String> onPath = new ArrayList<>(path);
                List<String> loop = new ArrayList<>(onPath.subList(onPath.indexOf(next), onPath.size()));
                loop.add(next);
                List<String> steps = new ArrayList<>();
                for (int i = 0; i + 1 < loop.size(); i++) {
                    steps.add(loop.get(i) + " -> " + loop.get(i + 1) + " (" + g.get(loop.get(i)).get(loop.get(i + 1)) + ")");
                }
                return steps;
            }
        }
        path.removeLast();
        state.put(node, 2);
        return null;
    }

    @Test
    void thePackagesOfRulesKbFormNoCycle() {
        assertThat(findCycle(graph)).as("a cycle between packages of rules-kb").isNull();
    }

    @Test
    void theEngineApiKnowsNeitherItsRenderersNorTheAuthoringHelpers() {
        assertThat(graph.get(ROOT)).as("what " + ROOT + " depends on")
                .doesNotContainKeys(ROOT + ".render", ROOT + ".authoring");
    }

    @Test
    void theReportValuesDependOnNothingElseOfTheLibrary() {
        assertThat(graph.get(ROOT + ".report")).as("what " + ROOT + ".report depends on").isEmpty();
    }

    @Test
    void theGraphIsReadFromTheClassesWithTheirSignatures() {
        assertThat(graph).containsKeys(ROOT, ROOT + ".report", ROOT + ".render", ROOT + ".edition", ROOT + ".folder",
                ROOT + ".authoring", ROOT + ".facts", ROOT + ".rulesupport", ROOT + ".words");
        assertThat(graph.get(ROOT + ".render")).containsKeys(ROOT + ".report", ROOT + ".edition");
        assertThat(graph.get(ROOT)).containsKeys(ROOT + ".report", ROOT + ".folder", ROOT + ".edition");
        // a type named only in a generic signature counts
        assertThat(referencedClasses(reader(SignatureOnly.class))).contains("org/ecrural/kb/report/Clause");
    }

    @Test
    void aCycleIsFoundAndNamedWithTheClassesThatMakeIt() {
        Map<String, Map<String, String>> g = new TreeMap<>();
        addEdge(g, "org/ecrural/kb/render/TextReport", "org/ecrural/kb/report/Report");
        addEdge(g, "org/ecrural/kb/report/Report", "org/ecrural/kb/edition/ClauseTexts");
        addEdge(g, "org/ecrural/kb/edition/ClauseTexts", "org/ecrural/kb/render/TextReport");
        addEdge(g, "org/ecrural/kb/edition/ClauseTexts", "java/util/List");
        assertThat(findCycle(g)).containsExactly(
                "org.ecrural.kb.edition -> org.ecrural.kb.render (ClauseTexts -> TextReport)",
                "org.ecrural.kb.render -> org.ecrural.kb.report (TextReport -> Report)",
                "org.ecrural.kb.report -> org.ecrural.kb.edition (Report -> ClauseTexts)");
        g.get("org.ecrural.kb.report").clear();
        assertThat(findCycle(g)).isNull();
    }

    /** Names Clause in its field's signature alone (the descriptor is java/util/List). */
    static final class SignatureOnly {
        List<org.ecrural.kb.report.Clause> clauses;
    }

    private static ClassReader reader(Class<?> c) {
        try (var in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return new ClassReader(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
