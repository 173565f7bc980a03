package parley.eval;

import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.cas.FeatureStructure;
import parley.types.TagValues;

/**
 * Reads predictions from any CAS with the Parley type system, through the plain CAS API so that
 * it works on XMI written by other tools too. REJECTED annotations are left out.
 */
public final class CasReader {

    private CasReader() {
    }

    public static AnnotatedDocument read(String name, CAS cas) {
        TypeSystem ts = cas.getTypeSystem();
        Type actorType = ts.getType("parley.type.Actor");
        Type agreementType = ts.getType("parley.type.Agreement");
        Type stanceType = ts.getType("parley.type.Stance");
        Type tagType = ts.getType("parley.type.Tag");
        Feature status = tagType.getFeatureByBaseName("status");
        Feature actorId = actorType.getFeatureByBaseName("actorId");
        Feature agreementId = agreementType.getFeatureByBaseName("agreementId");
        Feature holder = stanceType.getFeatureByBaseName("holder");
        Feature target = stanceType.getFeatureByBaseName("target");
        Feature polarity = stanceType.getFeatureByBaseName("polarity");
        Feature origin = tagType.getFeatureByBaseName("origin");

        List<Mention> actors = new ArrayList<>();
        for (AnnotationFS a : cas.getAnnotationIndex(actorType)) {
            if (!rejected(a, status)) {
                actors.add(new Mention(name, a.getBegin(), a.getEnd(), a.getStringValue(actorId), false));
            }
        }
        List<Mention> agreements = new ArrayList<>();
        for (AnnotationFS a : cas.getAnnotationIndex(agreementType)) {
            if (!rejected(a, status)) {
                agreements.add(new Mention(name, a.getBegin(), a.getEnd(), a.getStringValue(agreementId), false));
            }
        }
        List<StanceMention> stances = new ArrayList<>();
        for (AnnotationFS s : cas.getAnnotationIndex(stanceType)) {
            if (rejected(s, status)) {
                continue;
            }
            FeatureStructure h = s.getFeatureValue(holder);
            FeatureStructure t = s.getFeatureValue(target);
            stances.add(new StanceMention(name, s.getBegin(), s.getEnd(), idOf(h, actorId, agreementId),
                    s.getStringValue(polarity), idOf(t, actorId, agreementId), origin == null ? null : s.getStringValue(origin)));
        }
        return new AnnotatedDocument(name, cas.getDocumentText(), actors, agreements, stances);
    }

    private static boolean rejected(FeatureStructure fs, Feature status) {
        return TagValues.REJECTED.equals(fs.getStringValue(status));
    }

    private static String idOf(FeatureStructure fs, Feature actorId, Feature agreementId) {
        if (fs == null) {
            return null;
        }
        if (fs.getType().getFeatureByBaseName("actorId") != null) {
            return fs.getStringValue(actorId);
        }
        if (fs.getType().getFeatureByBaseName("agreementId") != null) {
            return fs.getStringValue(agreementId);
        }
        return null;
    }
}
