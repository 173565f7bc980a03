package parley.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;

import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;

/**
 * The restricted values of the type system (review status, actor category, stance polarity). They are
 * plain String features; their allowed values are written in the descriptor's feature descriptions
 * ("One of: A (…), B, C") and read from there, so that the descriptor stays the one place they are listed.
 * The constants name the values Parley's code sets; a test checks them against the descriptor.
 */
public final class TagValues {

    public static final String SUGGESTED = "SUGGESTED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String CORRECTED = "CORRECTED";
    public static final String REJECTED = "REJECTED";
    public static final String MANUAL = "MANUAL";
    public static final String SUPPORT = "SUPPORT";
    public static final String OPPOSE = "OPPOSE";
    public static final String STATE = "STATE";
    public static final String ARMED_GROUP = "ARMED_GROUP";
    public static final String POLITICAL_BODY = "POLITICAL_BODY";
    public static final String INTERNATIONAL_ORG = "INTERNATIONAL_ORG";
    public static final String PERSON = "PERSON";

    private static final ConcurrentHashMap<String, Set<String>> ALLOWED = new ConcurrentHashMap<>();

    private TagValues() {
    }

    /** The allowed values of a restricted feature, in the descriptor's order; empty for an unrestricted one. */
    public static Set<String> allowed(String typeName, String feature) {
        return ALLOWED.computeIfAbsent(typeName + ":" + feature, k -> parse(typeName, feature));
    }

    public static Set<String> statuses() {
        return allowed("parley.type.Tag", "status");
    }

    public static Set<String> categories() {
        return allowed("parley.type.Actor", "category");
    }

    public static Set<String> polarities() {
        return allowed("parley.type.Stance", "polarity");
    }

    private static Set<String> parse(String typeName, String feature) {
        TypeDescription type = ParleyTypeSystem.description().getType(typeName);
        if (type == null) {
            throw new IllegalArgumentException("no type " + typeName);
        }
        for (FeatureDescription f : type.getFeatures()) {
            if (f.getName().equals(feature)) {
                Set<String> values = new LinkedHashSet<>();
                String d = f.getDescription();
                int start = d == null ? -1 : d.indexOf("One of:");
                if (start < 0) {
                    return Set.of();
                }
                int depth = 0;
                StringBuilder item = new StringBuilder();
                for (char c : (d.substring(start + "One of:".length()) + ",").toCharArray()) {
                    if (c == '(') {
                        depth++;
                    } else if (c == ')') {
                        depth--;
                    } else if (c == ',' && depth == 0) {
                        values.add(item.toString().strip());
                        item.setLength(0);
                    } else if (depth == 0) {
                        item.append(c);
                    }
                }
                return java.util.Collections.unmodifiableSet(values);
            }
        }
        throw new IllegalArgumentException("no feature " + typeName + ":" + feature);
    }

    /**
     * Every restricted value in a CAS that is not allowed, as "Actor at 12-18: category 'FOO' is not one of …".
     * A missing status or polarity is a problem; a missing category is not (an analyst's new tag may have none).
     */
    public static List<String> problems(JCas jcas) {
        List<String> problems = new ArrayList<>();
        for (Tag t : jcas.getAnnotationIndex(Tag.class)) {
            check(problems, t, "status", t.getStatus(), statuses(), false);
            if (t instanceof Actor a) {
                check(problems, t, "category", a.getCategory(), categories(), true);
            } else if (t instanceof Stance s) {
                check(problems, t, "polarity", s.getPolarity(), polarities(), false);
            }
        }
        return problems;
    }

    private static void check(List<String> problems, Tag t, String feature, String value, Set<String> allowed, boolean optional) {
        if (value == null ? !optional : !allowed.contains(value)) {
            problems.add(t.getType().getShortName() + " at " + t.getBegin() + "-" + t.getEnd() + ": " + feature + " "
                    + (value == null ? "is missing" : "'" + value + "'") + " (allowed: " + String.join(", ", allowed) + ")");
        }
    }
}
