package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;

/**
 * ./parley export --format inception: a type system that INCEpTION's layer import maps completely (its rules,
 * read from INCEpTION's TypeSystemAnalysis, restated below), XMI that loads with it, in cassis too, and that
 * ./parley import takes back without a change.
 */
class InceptionExportTest {

    static final String NAME = "003_ba1588f5ea3880b4";
    static final Set<String> SUPPORTED = Set.of(CAS.TYPE_NAME_STRING, CAS.TYPE_NAME_BOOLEAN, CAS.TYPE_NAME_INTEGER, CAS.TYPE_NAME_FLOAT,
            CAS.TYPE_NAME_STRING_ARRAY);

    @TempDir
    Path work;
    private String errors = "";
    private String output = "";

    private int cli(String... args) {
        CliRun run = CliRun.of(args);
        output = run.out();
        errors = run.err();
        return run.exit();
    }

    /** How INCEpTION would import each type: "span", "relation", or why it would skip it or drop a feature. */
    static Map<String, String> inceptionLayers(TypeSystemDescription tsd) {
        Map<String, String> layers = new TreeMap<>();
        for (TypeDescription t : tsd.getTypes()) {
            if (t.getName().startsWith("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.")) {
                continue; // INCEpTION's built-in Sentence/Token
            }
            if (!CAS.TYPE_NAME_ANNOTATION.equals(t.getSupertypeName())) {
                layers.put(t.getName(), "skipped or flattened: its supertype is " + t.getSupertypeName() + " (inherited features are not imported)");
                continue;
            }
            List<FeatureDescription> references = java.util.Arrays.stream(t.getFeatures())
                    .filter(f -> !SUPPORTED.contains(f.getRangeTypeName()) && !CAS.TYPE_NAME_DOUBLE.equals(f.getRangeTypeName())).toList();
            String kind;
            if (references.isEmpty()) {
                kind = "span";
            } else if (references.size() == 2 && references.stream().map(FeatureDescription::getName).toList().containsAll(List.of("Governor", "Dependent"))
                    && references.get(0).getRangeTypeName().equals(references.get(1).getRangeTypeName())) {
                kind = "relation";
            } else {
                kind = "skipped: non-primitive features " + references.stream().map(FeatureDescription::getName).toList();
            }
            for (FeatureDescription f : t.getFeatures()) {
                if (!SUPPORTED.contains(f.getRangeTypeName()) && !List.of("Governor", "Dependent").contains(f.getName())) {
                    kind += "; feature " + f.getName() + " (" + f.getRangeTypeName() + ") has no editor";
                }
            }
            layers.put(t.getName(), kind);
        }
        return layers;
    }

    @Test
    void inceptionMapsEveryLayerAndFeatureAndTheWorkComesBack() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Seeds.folder().resolve(NAME + ".txt"), corpus.resolve(NAME + ".txt"));
        assertEquals(Cli.OK, cli("tag", corpus.toString()), errors);
        Path export = work.resolve("inception");
        assertEquals(Cli.OK, cli("export", corpus.toString(), "--format", "inception", "--include-suggested", "--out", export.toString()), errors);

        TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(export.resolve("TypeSystem.xml").toFile()));
        assertTrue(Files.readString(export.resolve("TypeSystem.xml")).startsWith("<?xml"), "INCEpTION takes a file for a type system only if it starts with <?xml");
        assertEquals(Map.of("parley.type.Actor", "span", "parley.type.Agreement", "span", "parley.type.Stance", "relation"), inceptionLayers(tsd));

        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        CasIOUtils.load(export.resolve(NAME + ".xmi").toUri().toURL(), cas);
        var stanceType = cas.getTypeSystem().getType("parley.type.Stance");
        assertTrue(cas.getAnnotationIndex(stanceType).size() > 0);
        for (var s : cas.getAnnotationIndex(stanceType)) {
            assertTrue(s.getFeatureValue(stanceType.getFeatureByBaseName("Governor")) != null
                    && s.getFeatureValue(stanceType.getFeatureByBaseName("Dependent")) != null);
        }
        String loaded = CassisContractTest.python(Seeds.e2e().resolve("cassis-load.py"), Seeds.shared().resolve("consumers").toString(),
                export.toString());
        assertTrue(loaded.contains("cassis loaded 1 of 1 documents") && !loaded.contains("stances_whole=False"), loaded);

        assertEquals(Cli.OK, cli("import", export.toString(), "--into", corpus.toString()), errors);
        assertTrue(output.contains("0 annotations added, 0 updated"), "the INCEpTION profile reads back without a change: " + output + errors);
    }
}
