package parley.ui.editor;

import java.util.Locale;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

import parley.model.ActorEntry;
import parley.model.AgreementEntry;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;

/** Hovers: what an annotation is, by catalogue name, with its review state. */
final class DocumentViewerConfiguration extends SourceViewerConfiguration {

    private final AnnotatedViewer.Shown editor;

    DocumentViewerConfiguration(AnnotatedViewer.Shown editor) {
        this.editor = editor;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new ITextHover() {
            @Override
            public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
                Tag t = editor.tagAt(offset);
                return t == null ? new Region(offset, 0) : new Region(t.getBegin(), t.getEnd() - t.getBegin());
            }

            @Override
            public String getHoverInfo(ITextViewer textViewer, IRegion region) {
                Tag t = editor.tagAt(region.getOffset());
                return t == null ? null : describe(t);
            }
        };
    }

    String describe(Tag t) {
        StringBuilder b = new StringBuilder();
        if (t instanceof Actor a) {
            ActorEntry e = editor.catalogue().actor(a.getActorId());
            b.append("Actor ").append(a.getActorId()).append(" \u2014 ").append(e == null ? "not in the catalogue" : e.name());
            if (a.getCategory() != null) {
                b.append(" (").append(a.getCategory()).append(')');
            }
        } else if (t instanceof Agreement g) {
            AgreementEntry e = editor.catalogue().agreement(g.getAgreementId());
            b.append("Agreement ").append(g.getAgreementId()).append(" \u2014 ").append(e == null ? "not in the catalogue" : e.name());
        } else if (t instanceof Stance s) {
            b.append("Stance ").append(s.getHolder() == null ? "?" : s.getHolder().getActorId()).append(' ').append(s.getPolarity())
                    .append(' ').append(s.getTarget() instanceof Actor ta ? ta.getActorId()
                            : s.getTarget() instanceof Agreement tg ? tg.getAgreementId() : "?");
        }
        b.append(String.format(Locale.ROOT, "%nstatus %s \u00b7 confidence %.2f \u00b7 origin %s", t.getStatus(), t.getConfidence(), t.getOrigin()));
        return b.toString();
    }
}
