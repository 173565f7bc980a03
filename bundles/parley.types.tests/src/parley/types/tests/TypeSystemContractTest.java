package parley.types.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.junit.jupiter.api.Test;

import parley.type.Actor;
import parley.type.Stance;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/** The type system is exactly the contract of shared/annotation-format.md. */
class TypeSystemContractTest {

    /** type -> supertype, then feature -> range; written from the contract, not from the descriptor. */
    private static final Map<String, String> SUPERTYPES = new LinkedHashMap<>();
    private static final Map<String, Map<String, String>> FEATURES = new LinkedHashMap<>();

    static {
        type("parley.type.Sentence", "uima.tcas.Annotation");
        type("parley.type.Token", "uima.tcas.Annotation", "pos", "uima.cas.String", "lemma", "uima.cas.String");
        type("parley.type.Tag", "uima.tcas.Annotation", "status", "uima.cas.String", "confidence", "uima.cas.Double",
                "origin", "uima.cas.String");
        type("parley.type.Actor", "parley.type.Tag", "actorId", "uima.cas.String", "category", "uima.cas.String");
        type("parley.type.Agreement", "parley.type.Tag", "agreementId", "uima.cas.String");
        type("parley.type.Stance", "parley.type.Tag", "holder", "parley.type.Actor", "target", "parley.type.Tag",
                "polarity", "uima.cas.String");
        type("parley.type.DocumentInfo", "uima.tcas.Annotation", "sourceName", "uima.cas.String", "title",
                "uima.cas.String", "date", "uima.cas.String", "publisher", "uima.cas.String");
    }

    private static void type(String name, String supertype, String... featureAndRange) {
        SUPERTYPES.put(name, supertype);
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < featureAndRange.length; i += 2) {
            features.put(featureAndRange[i], featureAndRange[i + 1]);
        }
        FEATURES.put(name, features);
    }

    private static TypeSystem committedTypeSystem() throws Exception {
        return CasCreationUtils.createCas(ParleyTypeSystem.description(), null, null).getTypeSystem();
    }

    @Test
    void everyContractTypeHasItsSupertype() throws Exception {
        TypeSystem ts = committedTypeSystem();
        for (var e : SUPERTYPES.entrySet()) {
            Type type = ts.getType(e.getKey());
            assertNotNull(type, "missing type " + e.getKey());
            assertEquals(e.getValue(), ts.getParent(type).getName(), "supertype of " + e.getKey());
        }
    }

    @Test
    void everyContractFeatureHasExactlyItsRange() throws Exception {
        TypeSystem ts = committedTypeSystem();
        for (var typeEntry : FEATURES.entrySet()) {
            Type type = ts.getType(typeEntry.getKey());
            for (var f : typeEntry.getValue().entrySet()) {
                Feature feature = type.getFeatureByBaseName(f.getKey());
                assertNotNull(feature, "missing feature " + typeEntry.getKey() + ":" + f.getKey());
                assertEquals(f.getValue(), feature.getRange().getName(), typeEntry.getKey() + ":" + f.getKey()
                        + ": restricted values are plain uima.cas.String features (no string subtypes: cassis cannot load them)");
            }
        }
    }

    @Test
    void noStringSubtypes() {
        for (TypeDescription t : ParleyTypeSystem.description().getTypes()) {
            assertTrue(!CAS.TYPE_NAME_STRING.equals(t.getSupertypeName()), t.getName() + " is a string subtype");
        }
    }

    @Test
    void noFeatureBeyondTheContractOnContractTypes() throws Exception {
        TypeSystem ts = committedTypeSystem();
        for (var typeEntry : FEATURES.entrySet()) {
            Type type = ts.getType(typeEntry.getKey());
            Set<String> declared = type.getFeatures().stream()
                    .filter(f -> f.getDomain().equals(type))
                    .map(Feature::getShortName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(typeEntry.getValue().keySet()), declared, "features of " + typeEntry.getKey());
        }
    }

    @Test
    void restrictedStringsAllowExactlyTheCodebookValues() {
        assertEquals(List.of("SUGGESTED", "ACCEPTED", "CORRECTED", "REJECTED", "MANUAL"), List.copyOf(TagValues.statuses()));
        assertEquals(List.of("STATE", "ARMED_GROUP", "POLITICAL_BODY", "INTERNATIONAL_ORG", "PERSON"), List.copyOf(TagValues.categories()));
        assertEquals(List.of("SUPPORT", "OPPOSE"), List.copyOf(TagValues.polarities()));
    }

    @Test
    void theConstantsAreAllowedValues() {
        for (String status : List.of(TagValues.SUGGESTED, TagValues.ACCEPTED, TagValues.CORRECTED, TagValues.REJECTED, TagValues.MANUAL)) {
            assertTrue(TagValues.statuses().contains(status), status);
        }
        assertTrue(TagValues.polarities().containsAll(List.of(TagValues.SUPPORT, TagValues.OPPOSE)));
        assertEquals(List.copyOf(TagValues.categories()),
                List.of(TagValues.STATE, TagValues.ARMED_GROUP, TagValues.POLITICAL_BODY, TagValues.INTERNATIONAL_ORG, TagValues.PERSON));
    }

    @Test
    void parleyNamesAValueOutsideTheAllowedOnes() throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText("Russia backs the deal.");
        Actor russia = new Actor(jcas, 0, 6);
        russia.setStatus("ACCEPTED");
        russia.setCategory("STATE");
        russia.addToIndexes();
        Stance stance = new Stance(jcas, 0, 22);
        stance.setStatus("SUGGESTED");
        stance.setHolder(russia);
        stance.setPolarity("SUPPORT");
        stance.addToIndexes();
        assertEquals(List.of(), TagValues.problems(jcas));
        stance.setPolarity("MAYBE");
        russia.setStatus(null);
        List<String> problems = TagValues.problems(jcas);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("polarity 'MAYBE'") && p.contains("SUPPORT, OPPOSE")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Actor at 0-6: status is missing")), problems.toString());
    }

    @Test
    void jcasClassesAreUsedForParleyTypes() throws Exception {
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText("Moscow argues.");
        new Actor(jcas, 0, 6).addToIndexes();
        var it = jcas.getCas().getAnnotationIndex(jcas.getTypeSystem().getType("parley.type.Actor")).iterator();
        assertTrue(it.next() instanceof Actor, "the CAS hands back generic feature structures, not the JCas class");
    }

    @Test
    void writtenDescriptorParsesBackToTheSameTypes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParleyTypeSystem.writeDescriptor(out);
        TypeSystemDescription reparsed = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(new ByteArrayInputStream(out.toByteArray()), null));
        Set<String> names = Arrays.stream(reparsed.getTypes()).map(TypeDescription::getName).collect(Collectors.toSet());
        assertTrue(names.containsAll(SUPERTYPES.keySet()), "written TypeSystem.xml lacks types: " + names);
    }
}
