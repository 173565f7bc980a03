package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;

/**
 * Tags the sample corpus through the CLI and reads the export back the way another UIMA tool
 * would: with the exported TypeSystem.xml alone, none of Parley's classes.
 */
class ExportContractTest {

    @TempDir
    static Path out;
    static List<Path> seeds;
    static String stdout;

    @BeforeAll
    static void tagSeeds() throws Exception {
        try (Stream<Path> files = Files.list(Seeds.folder())) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = Cli.run(new String[] {"tag", Seeds.folder().toString(), "--export", out.toString()},
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        stdout = o.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.OK, exit, "tag failed: " + e.toString(StandardCharsets.UTF_8));
    }

    private static CAS emptyCasFromExportedTypeSystem() throws Exception {
        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile()));
        return CasCreationUtils.createCas(tsd, null, null);
    }

    @Test
    void exportHoldsTypeSystemAndOneXmiPerSeed() throws Exception {
        assertEquals(5, seeds.size(), "the sample corpus has five documents");
        Set<String> expected = seeds.stream().map(p -> p.getFileName().toString().replace(".txt", ".xmi")).collect(Collectors.toSet());
        expected.add("TypeSystem.xml");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertTrue(stdout.contains("Tagged 5 documents"), stdout);
    }

    @Test
    void eachXmiLoadsWithCasIOUtilsAndHasTheExactSourceText() throws Exception {
        for (Path seed : seeds) {
            CAS cas = emptyCasFromExportedTypeSystem();
            Path xmi = out.resolve(seed.getFileName().toString().replace(".txt", ".xmi"));
            CasIOUtils.load(xmi.toUri().toURL(), cas);
            assertEquals(Files.readString(seed, StandardCharsets.UTF_8), cas.getDocumentText(), "sofa of " + xmi);
        }
    }

    @Test
    void eachXmiLoadsWithXmiCasDeserializerAndNamesItsSource() throws Exception {
        for (Path seed : seeds) {
            CAS cas = emptyCasFromExportedTypeSystem();
            try (InputStream in = Files.newInputStream(out.resolve(seed.getFileName().toString().replace(".txt", ".xmi")))) {
                XmiCasDeserializer.deserialize(in, cas);
            }
            Type infoType = cas.getTypeSystem().getType("parley.type.DocumentInfo");
            List<AnnotationFS> infos = cas.getAnnotationIndex(infoType).stream().toList();
            assertEquals(1, infos.size(), "one DocumentInfo in " + seed);
            Feature sourceName = infoType.getFeatureByBaseName("sourceName");
            assertEquals(seed.getFileName().toString(), infos.get(0).getStringValue(sourceName));
        }
    }

    @Test
    void sentencesCoverEveryNonBlankCharacterAndDoNotOverlap() throws Exception {
        for (Path seed : seeds) {
            CAS cas = emptyCasFromExportedTypeSystem();
            CasIOUtils.load(out.resolve(seed.getFileName().toString().replace(".txt", ".xmi")).toUri().toURL(), cas);
            String text = cas.getDocumentText();
            boolean[] covered = new boolean[text.length()];
            int lastEnd = 0;
            Type sentence = cas.getTypeSystem().getType("parley.type.Sentence");
            for (AnnotationFS s : cas.getAnnotationIndex(sentence)) {
                assertTrue(s.getBegin() >= lastEnd, "sentences overlap at " + s.getBegin() + " in " + seed);
                assertTrue(s.getEnd() > s.getBegin(), "empty sentence in " + seed);
                for (int i = s.getBegin(); i < s.getEnd(); i++) {
                    covered[i] = true;
                }
                lastEnd = s.getEnd();
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    assertTrue(covered[i], "character " + i + " ('" + text.charAt(i) + "') of " + seed + " is in no sentence");
                }
            }
            Type token = cas.getTypeSystem().getType("parley.type.Token");
            assertFalse(cas.getAnnotationIndex(token).isEmpty(), "no tokens in " + seed);
        }
    }

    @Test
    void documentInfoCarriesTitleAndDateWhereTheTextShowsThem() throws Exception {
        CAS cas = emptyCasFromExportedTypeSystem();
        CasIOUtils.load(out.resolve("003_ba1588f5ea3880b4.xmi").toUri().toURL(), cas);
        Type infoType = cas.getTypeSystem().getType("parley.type.DocumentInfo");
        AnnotationFS info = cas.getAnnotationIndex(infoType).iterator().next();
        assertNotNull(info);
        assertEquals("2018-09-17", info.getStringValue(infoType.getFeatureByBaseName("date")));
        assertEquals("Putin won’t stop the slaughter of Idlib.", info.getStringValue(infoType.getFeatureByBaseName("title")));
    }
}
