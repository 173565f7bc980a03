package parley.ui.editor;

import org.eclipse.jface.text.source.Annotation;

import parley.type.Tag;

/** A JFace annotation that mirrors one CAS tag; the CAS stays the truth. */
public final class TagAnnotation extends Annotation {

    private final Tag tag;

    TagAnnotation(Tag tag) {
        super(AnnotationStyles.type(tag), false, null);
        this.tag = tag;
    }

    public Tag tag() {
        return tag;
    }
}
