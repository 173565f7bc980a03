package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.jcas.JCas;
import org.apache.uima.json.jsoncas2.JsonCas2Deserializer;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;
import parley.pipeline.Pipeline;
import parley.pipeline.Retagger;
import parley.store.CorpusDocument;
import parley.store.Project;
import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;

/** ./parley export of a project with decisions in it, read back the way other tools would. */
class ProjectExportTest {

    static final String TEXT = "Russia supports the Syrian government. Turkey condemned the Assad regime, \"firmly\".";

    @TempDir
    Path corpus;
    @TempDir
    Path out;

    private String lastErrors = "";
    private int reviewed;
    private int suggested;
    private int rejected;

    @BeforeEach
    void projectWithDecisions() throws Exception {
        Files.writeString(corpus.resolve("report.txt"), TEXT);
        Project project = Project.open(corpus);
        CorpusDocument doc = project.corpus().documents().get(0);
        JCas jcas = ParleyTypeSystem.newJCas();
        project.load(doc, jcas);
        new Retagger(Pipeline.createFull()).retag(jcas);
        List<Tag> tags = new ArrayList<>(jcas.getAnnotationIndex(Tag.class).select().asList());
        for (Tag t : tags) {
            if (t instanceof Actor a && a.getCoveredText().equals("Russia")) {
                a.setStatus("REJECTED");
            } else if (!(t instanceof Stance)) {
                t.setStatus("ACCEPTED");
            } else if (((Stance) t).getHolder().getCoveredText().equals("Turkey")) {
                t.setStatus("ACCEPTED");
            }
        }
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            switch (t.getStatus()) {
                case "REJECTED" -> rejected++;
                case "SUGGESTED" -> suggested++;
                default -> reviewed++;
            }
        }
        project.save(doc, jcas);
    }

    private int export(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "export";
        all[1] = corpus.toString();
        all[2] = "--out";
        all[3] = out.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(all, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        lastErrors = err.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private CAS casFromExportedTypeSystem() throws Exception {
        return CasCreationUtils.createCas(UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile())), null, null);
    }

    private static int count(CAS cas, String type) {
        Type t = cas.getTypeSystem().getType(type);
        return cas.getAnnotationIndex(t).size();
    }

    @Test
    void xmiHoldsTheReviewedAnnotationsAndLoadsFromTheTypeSystemAlone() throws Exception {
        assertEquals(Cli.OK, export("--format", "xmi"));
        CAS cas = casFromExportedTypeSystem();
        CasIOUtils.load(out.resolve("report.xmi").toUri().toURL(), cas);
        assertEquals(TEXT, cas.getDocumentText());
        assertEquals(reviewed, count(cas, "parley.type.Tag"), "only reviewed annotations by default");
    }

    @Test
    void suggestedAndRejectedOnRequest() throws Exception {
        assertEquals(Cli.OK, export("--format", "xmi", "--include-suggested", "--include-rejected"));
        CAS cas = casFromExportedTypeSystem();
        CasIOUtils.load(out.resolve("report.xmi").toUri().toURL(), cas);
        assertEquals(reviewed + suggested + rejected, count(cas, "parley.type.Tag"));
    }

    @Test
    void jsonCasLoadsBackToTheSameAnnotations() throws Exception {
        assertEquals(Cli.OK, export("--format", "json"), () -> lastErrors);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Cli.OK, Cli.run(new String[] {"export", corpus.toString(), "--out", out.resolve("xmi").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        CAS fromJson = casFromExportedTypeSystem();
        new JsonCas2Deserializer().deserialize(out.resolve("report.json").toFile(), fromJson);
        CAS fromXmi = casFromExportedTypeSystem();
        CasIOUtils.load(out.resolve("xmi/report.xmi").toUri().toURL(), fromXmi);
        assertEquals(TEXT, fromJson.getDocumentText());
        assertEquals(describe(fromXmi), describe(fromJson));
    }

    private static List<String> describe(CAS cas) {
        List<String> out = new ArrayList<>();
        Type tag = cas.getTypeSystem().getType("parley.type.Tag");
        cas.getAnnotationIndex(tag).forEach(a -> out.add(a.getType().getShortName() + " " + a.getBegin() + "-" + a.getEnd() + " "
                + a.getStringValue(tag.getFeatureByBaseName("status"))));
        return out;
    }

    @Test
    void csvHasOneParsableRowPerStance() throws Exception {
        assertEquals(Cli.OK, export("--format", "csv", "--include-suggested"));
        List<List<String>> rows = parseCsv(Files.readString(out.resolve("stances.csv"), StandardCharsets.UTF_8));
        assertEquals("document", rows.get(0).get(0));
        int stances = (int) rows.stream().skip(1).count();
        assertTrue(stances >= 1, "no stance rows");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(10, row.size(), "row " + row);
            assertEquals("report.txt", row.get(0));
            int b = Integer.parseInt(row.get(1));
            int e = Integer.parseInt(row.get(2));
            assertEquals(TEXT.substring(b, e), row.get(9), "evidence text must be the sentence, quotes and commas intact");
        }
        List<String> turkey = rows.stream().filter(r -> r.get(3).equals("TUR")).findFirst().orElseThrow();
        assertEquals("Turkey", turkey.get(4));
        assertEquals("OPPOSE", turkey.get(5));
        assertEquals("SYR_GOV", turkey.get(6));
        assertEquals("Syrian government", turkey.get(7));
    }

    /** RFC 4180, enough to check the file as a spreadsheet would read it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of the CRLF
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    @Test
    void aFolderThatIsNoProjectIsNamed() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"export", out.toString(), "--out", corpus.resolve("x").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.INPUT_PROBLEM, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a Parley project"), err.toString(StandardCharsets.UTF_8));
    }
}
