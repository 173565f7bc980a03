package parley.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import parley.types.TagValues;

/** Annotation access for the painter and the overview ruler; Parley's annotations are one-line marks. */
final class TagAccess implements IAnnotationAccess, IAnnotationAccessExtension {

    @Override
    public Object getType(Annotation annotation) {
        return annotation.getType();
    }

    @Override
    public boolean isMultiLine(Annotation annotation) {
        return true;
    }

    @Override
    public boolean isTemporary(Annotation annotation) {
        return true;
    }

    @Override
    public String getTypeLabel(Annotation annotation) {
        return annotation.getType();
    }

    @Override
    public int getLayer(Annotation annotation) {
        return annotation.getType().endsWith(TagValues.SUGGESTED) ? 2 : 1;
    }

    @Override
    public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
        // the overview ruler draws its own marks
    }

    @Override
    public boolean isPaintable(Annotation annotation) {
        return false;
    }

    @Override
    public boolean isSubtype(Object annotationType, Object potentialSupertype) {
        return annotationType.equals(potentialSupertype);
    }

    @Override
    public Object[] getSupertypes(Object annotationType) {
        return new Object[0];
    }
}
