package parley.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.xml.sax.SAXException;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;

/**
 * The export profile whose type system INCEpTION's layer import maps completely (Project settings › Layers ›
 * Import). INCEpTION imports a type as a span layer only if it derives from {@code uima.tcas.Annotation} and all
 * its own features are primitive, and as a relation layer only if it has exactly two non-primitive features,
 * {@code Governor} and {@code Dependent}, of the same annotation range; inherited features are not imported,
 * and a Double feature has no editor there. So: Actor and Agreement directly under Annotation, each with status,
 * confidence (Float), origin and its ID as its own features; Stance a relation whose Governor is the holder
 * and Dependent the target (range Annotation, so it links actors and agreements alike); sentences as DKPro's
 * Sentence, which INCEpTION knows.
 */
public final class InceptionProfile {

    static final String ANNOTATION = CAS.TYPE_NAME_ANNOTATION;
    static final String SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence";
    static final String STRING = CAS.TYPE_NAME_STRING;
    static final String FLOAT = CAS.TYPE_NAME_FLOAT;

    private final TypeSystemDescription description;
    private final CAS cas;

    public InceptionProfile() throws DocumentException {
        description = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
        description.setName("parley-inception");
        description.setDescription("Parley's annotations shaped for INCEpTION's layer import (see README, \"INCEpTION\").");
        TypeDescription actor = description.addType("parley.type.Actor", "A mention of a conflict actor.", ANNOTATION);
        actor.addFeature("actorId", "codebook ID", STRING);
        actor.addFeature("category", "One of: STATE, ARMED_GROUP, POLITICAL_BODY, INTERNATIONAL_ORG, PERSON", STRING);
        review(actor);
        TypeDescription agreement = description.addType("parley.type.Agreement", "A mention of a specific agreement.", ANNOTATION);
        agreement.addFeature("agreementId", "codebook ID", STRING);
        review(agreement);
        TypeDescription stance = description.addType("parley.type.Stance",
                "A holder's position towards a target: Governor is the holder (an Actor), Dependent the target (an Actor or Agreement).", ANNOTATION);
        stance.addFeature("Governor", "the actor holding the position", ANNOTATION);
        stance.addFeature("Dependent", "the actor or agreement the position is about", ANNOTATION);
        stance.addFeature("polarity", "One of: SUPPORT, OPPOSE", STRING);
        review(stance);
        description.addType(SENTENCE, "A sentence (DKPro Core's type, built into INCEpTION).", ANNOTATION);
        try {
            cas = CasCreationUtils.createCas(description, null, null);
        } catch (ResourceInitializationException e) {
            throw new DocumentException(Path.of("TypeSystem.xml"), "the INCEpTION profile's type system is invalid (" + e.getMessage() + ")", e);
        }
    }

    private static void review(TypeDescription type) {
        type.addFeature("status", "One of: SUGGESTED, ACCEPTED, CORRECTED, REJECTED, MANUAL", STRING);
        type.addFeature("confidence", "0..1; 1 for analysts", FLOAT);
        type.addFeature("origin", "which engine or which analyst made or last changed it", STRING);
    }

    public void writeTypeSystem(OutputStream out) throws IOException {
        try {
            description.toXML(out);
        } catch (SAXException e) {
            throw new IOException("cannot write the type system", e);
        }
    }

    /** Writes a working CAS (already filtered for the export) in this profile's shape. */
    public void write(JCas jcas, Path target) throws DocumentException {
        cas.reset();
        cas.setDocumentText(jcas.getDocumentText());
        cas.setDocumentLanguage(jcas.getDocumentLanguage());
        TypeSystem ts = cas.getTypeSystem();
        Type sentence = ts.getType(SENTENCE);
        for (Sentence s : jcas.getAnnotationIndex(Sentence.class)) {
            cas.addFsToIndexes(cas.createAnnotation(sentence, s.getBegin(), s.getEnd()));
        }
        Map<Tag, AnnotationFS> copies = new HashMap<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            if (t instanceof Actor a) {
                AnnotationFS c = copy(t, "parley.type.Actor");
                c.setStringValue(f(c, "actorId"), a.getActorId());
                c.setStringValue(f(c, "category"), a.getCategory());
                copies.put(t, c);
            } else if (t instanceof Agreement g) {
                AnnotationFS c = copy(t, "parley.type.Agreement");
                c.setStringValue(f(c, "agreementId"), g.getAgreementId());
                copies.put(t, c);
            }
        }
        for (Stance s : jcas.getAnnotationIndex(Stance.class)) {
            AnnotationFS governor = copies.get(s.getHolder());
            AnnotationFS dependent = copies.get(s.getTarget());
            if (governor == null || dependent == null) {
                continue;
            }
            AnnotationFS c = copy(s, "parley.type.Stance");
            c.setFeatureValue(f(c, "Governor"), governor);
            c.setFeatureValue(f(c, "Dependent"), dependent);
            c.setStringValue(f(c, "polarity"), s.getPolarity());
        }
        AtomicFiles.write(target, out -> {
            try {
                XmiCasSerializer.serialize(cas, cas.getTypeSystem(), out, true, null);
            } catch (SAXException e) {
                throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
            }
        });
    }

    private AnnotationFS copy(Tag t, String typeName) {
        AnnotationFS c = cas.createAnnotation(cas.getTypeSystem().getType(typeName), t.getBegin(), t.getEnd());
        c.setStringValue(f(c, "status"), t.getStatus());
        c.setFloatValue(f(c, "confidence"), (float) t.getConfidence());
        c.setStringValue(f(c, "origin"), t.getOrigin());
        cas.addFsToIndexes(c);
        return c;
    }

    private static Feature f(AnnotationFS a, String name) {
        return a.getType().getFeatureByBaseName(name);
    }
}
