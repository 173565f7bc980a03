package parley.ui.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * The look of each annotation: a colour per type and actor category; SUGGESTED drawn as a dashed
 * box, reviewed (ACCEPTED, CORRECTED, MANUAL) as a solid tint, REJECTED struck through in grey.
 */
public final class AnnotationStyles {

    public enum Look { SUGGESTED, REVIEWED, REJECTED }

    /** Colour of each kind: actor categories, agreements, stances. */
    static final Map<String, RGB> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put(TagValues.STATE, new RGB(52, 120, 214));
        COLOURS.put(TagValues.ARMED_GROUP, new RGB(212, 68, 60));
        COLOURS.put(TagValues.POLITICAL_BODY, new RGB(142, 68, 173));
        COLOURS.put(TagValues.INTERNATIONAL_ORG, new RGB(22, 150, 150));
        COLOURS.put(TagValues.PERSON, new RGB(224, 130, 20));
        COLOURS.put("AGREEMENT", new RGB(46, 150, 70));
        COLOURS.put("STANCE", new RGB(110, 110, 110));
    }

    static final RGB REJECTED_COLOUR = new RGB(150, 150, 150);

    private AnnotationStyles() {
    }

    public static String kind(Tag tag) {
        if (tag instanceof Actor a) {
            return a.getCategory() != null && COLOURS.containsKey(a.getCategory()) ? a.getCategory() : TagValues.STATE;
        }
        return tag instanceof Agreement ? "AGREEMENT" : tag instanceof Stance ? "STANCE" : TagValues.STATE;
    }

    public static Look look(Tag tag) {
        String status = tag.getStatus();
        if (TagValues.REJECTED.equals(status)) {
            return Look.REJECTED;
        }
        return status == null || TagValues.SUGGESTED.equals(status) ? Look.SUGGESTED : Look.REVIEWED;
    }

    /** The JFace annotation type of a tag: "parley.<kind>.<look>". */
    public static String type(Tag tag) {
        return type(kind(tag), look(tag));
    }

    static String type(String kind, Look look) {
        return "parley." + kind + "." + look.name();
    }

    static RGB tint(RGB c) {
        return new RGB(255 - (255 - c.red) / 5, 255 - (255 - c.green) / 5, 255 - (255 - c.blue) / 5);
    }
}
