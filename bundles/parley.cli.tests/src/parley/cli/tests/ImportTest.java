package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;

/** ./parley import: another tool's work comes back exactly, and hostile input is refused with its file and problem. */
class ImportTest {

    static final String NAME = "003_ba1588f5ea3880b4";

    @TempDir
    Path work;
    Path corpus;
    Path export;
    private String errors = "";
    private String output = "";

    private int cli(String... args) {
        CliRun run = CliRun.of(args);
        output = run.out();
        errors = run.err();
        return run.exit();
    }

    @BeforeEach
    void taggedProjectAndItsExport() throws Exception {
        corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Seeds.folder().resolve(NAME + ".txt"), corpus.resolve(NAME + ".txt"));
        assertEquals(Cli.OK, cli("tag", corpus.toString()), errors);
        export = work.resolve("export");
        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "xmi", "--include-suggested", "--out", export.toString()), errors);
    }

    /** Every tag of the project as one line: type, span, ID(s), status, polarity. */
    private Set<String> snapshot() throws Exception {
        Project project = Project.open(corpus);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(project.corpus().documents().get(0), jcas);
        Set<String> lines = new TreeSet<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            lines.add(t.getType().getShortName() + " " + t.getBegin() + " " + t.getEnd() + " " + ids(t) + " " + t.getStatus()
                    + (t instanceof Stance s ? " " + s.getPolarity() : ""));
        }
        return lines;
    }

    private static String ids(Tag t) {
        if (t instanceof Stance s) {
            return s.getHolder().getActorId() + ">" + ids(s.getTarget());
        }
        return t instanceof Actor a ? a.getActorId() : ((Agreement) t).getAgreementId();
    }

    @Test
    void whatCassisChangedComesBackAndNothingElse() throws Exception {
        Set<String> before = snapshot();
        String changes = CassisContractTest.python(Seeds.e2e().resolve("cassis-edit.py"),
                Seeds.shared().resolve("consumers").toString(), export.toString(), NAME).strip();
        assertEquals(Cli.OK, cli("import", export.toString(), "--into", corpus.toString()), errors);
        assertTrue(output.contains("1 annotations added, 2 updated"), output + errors);
        Set<String> after = snapshot();

        Set<String> gone = new TreeSet<>(before);
        gone.removeAll(after);
        Set<String> come = new TreeSet<>(after);
        come.removeAll(before);
        List<String> expectedCome = new ArrayList<>();
        Matcher added = Pattern.compile("\"added\": \\[(\\d+), (\\d+), \"HTS\"\\]").matcher(changes);
        assertTrue(added.find(), changes);
        expectedCome.add("Actor " + added.group(1) + " " + added.group(2) + " HTS MANUAL");
        Matcher rejected = Pattern.compile("\"rejected\": \\[(\\d+), (\\d+), \"(\\w+)\", \"(\\w+)\"\\]").matcher(changes);
        assertTrue(rejected.find(), changes);
        String rejectedPrefix = "Stance " + rejected.group(1) + " " + rejected.group(2) + " " + rejected.group(3) + ">" + rejected.group(4) + " ";
        Matcher flipped = Pattern.compile("\"flipped\": \\[(\\d+), (\\d+), \"(\\w+)\", \"(\\w+)\", \"(\\w+)\"\\]").matcher(changes);
        assertTrue(flipped.find(), changes);
        String flippedPrefix = "Stance " + flipped.group(1) + " " + flipped.group(2) + " " + flipped.group(3) + ">" + flipped.group(4) + " ";

        assertEquals(2, gone.size(), "exactly the rejected and the flipped stance changed: " + gone + " -> " + come);
        assertTrue(gone.stream().anyMatch(l -> l.startsWith(rejectedPrefix)), gone.toString());
        assertTrue(gone.stream().anyMatch(l -> l.startsWith(flippedPrefix)), gone.toString());
        assertEquals(3, come.size(), come.toString());
        assertTrue(come.containsAll(expectedCome), come.toString());
        assertTrue(come.stream().anyMatch(l -> l.startsWith(rejectedPrefix) && l.contains(" REJECTED ")), come.toString());
        assertTrue(come.stream().anyMatch(l -> l.startsWith(flippedPrefix) && l.endsWith(" " + flipped.group(5))), come.toString());

        assertEquals(Cli.OK, cli("import", export.toString(), "--into", corpus.toString()), errors);
        assertTrue(output.contains("0 annotations added, 0 updated"), "importing the same folder again changes nothing: " + output);
    }

    private void assertRefused(String expected) {
        assertEquals(Cli.INPUT_PROBLEM, cli("import", export.toString(), "--into", corpus.toString()));
        assertTrue(errors.contains(expected), errors);
    }

    @Test
    void aDocumentWhoseTextDiffersIsRefusedWithTheFirstDifferingOffset() throws Exception {
        Path xmi = export.resolve(NAME + ".xmi");
        String text = Files.readString(xmi);
        int at = text.indexOf("Putin won");
        Files.writeString(xmi, text.replace("Putin won", "Putin can"));
        Set<String> before = snapshot();
        assertRefused(NAME + ".xmi: its text differs from the corpus document's from offset");
        assertEquals(before, snapshot());
        assertTrue(at > 0);
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() throws Exception {
        Path xmi = export.resolve(NAME + ".xmi");
        String text = Files.readString(xmi);
        Files.writeString(xmi, text.replaceFirst("<xmi:XMI", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><xmi:XMI"));
        assertRefused(NAME + ".xmi: is not valid XMI");
        Files.writeString(export.resolve("TypeSystem.xml"), "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><name>&x;</name></typeSystemDescription>");
        assertRefused("TypeSystem.xml: is not a valid type system descriptor");
    }

    @Test
    void namesThatClimbOutAreNotFollowed() throws Exception {
        Path outside = work.resolve("outside.xmi");
        Files.copy(export.resolve(NAME + ".xmi"), outside);
        Files.createSymbolicLink(export.resolve("link.xmi"), outside);
        Files.move(export.resolve(NAME + ".xmi"), export.resolve("..%2F" + NAME + ".xmi"));
        assertRefused("link.xmi: is not a regular file");
        assertTrue(errors.contains("names no document of the corpus"), errors);
        try (var files = Files.list(work)) {
            assertEquals(Set.of("corpus", "export", "outside.xmi"),
                    files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()), "nothing written outside the project");
        }
    }

    @Test
    void offsetsOutsideTheTextAreRefused() throws Exception {
        Path xmi = export.resolve(NAME + ".xmi");
        String text = Files.readString(xmi);
        Matcher actor = Pattern.compile("(<type:Actor [^>]*?begin=\")(\\d+)(\" end=\")(\\d+)\"").matcher(text);
        assertTrue(actor.find());
        Files.writeString(xmi, text.substring(0, actor.start()) + actor.group(1) + actor.group(2) + actor.group(3) + "999999\""
                + text.substring(actor.end()));
        assertRefused("outside its text");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path xmi = export.resolve(NAME + ".xmi");
        try (RandomAccessFile f = new RandomAccessFile(xmi.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GB on paper, nothing on disk
        }
        assertRefused(NAME + ".xmi: too large");
    }

    @Test
    void unknownTypesAndIdsAreReportedAndSkipped() throws Exception {
        Path xmi = export.resolve(NAME + ".xmi");
        String text = Files.readString(xmi);
        Matcher actor = Pattern.compile("actorId=\"(\\w+)\"").matcher(text);
        assertTrue(actor.find());
        text = text.substring(0, actor.start()) + "actorId=\"NO_SUCH_ACTOR\"" + text.substring(actor.end());
        // a layer of another tool: declared in the type system, present in the XMI
        text = text.replaceFirst("xmlns:cas=", "xmlns:other=\"http:///other.ecore\" xmlns:cas=")
                .replaceFirst("<cas:NULL xmi:id=\"0\"/>", "<cas:NULL xmi:id=\"0\"/><other:Event xmi:id=\"999999\" sofa=\"1\" begin=\"0\" end=\"5\"/>")
                .replaceFirst("members=\"", "members=\"999999 ");
        Files.writeString(xmi, text);
        Path ts = export.resolve("TypeSystem.xml");
        Files.writeString(ts, Files.readString(ts).replaceFirst("<types>", "<types><typeDescription><name>other.Event</name>"
                + "<supertypeName>uima.tcas.Annotation</supertypeName></typeDescription>"));
        assertEquals(Cli.OK, cli("import", export.toString(), "--into", corpus.toString()), errors);
        assertTrue(errors.contains("NO_SUCH_ACTOR, which the project's catalogue does not know"), errors);
        assertTrue(errors.contains("1 annotation of the unknown type other.Event"), errors);
        CorpusDocument d = Project.open(corpus).corpus().documents().get(0);
        assertTrue(d.name().startsWith(NAME));
    }
}
