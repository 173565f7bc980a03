package parley.ui.editor;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import parley.model.Catalogue;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/**
 * Shows a short annotated text once, in a shell that never opens, and prints it into an image: the text viewer, its
 * painters and SWT's text layout are loaded and initialised then, so that the analyst's first document opens as fast
 * as the ones after it (the first open of a large document took twice as long, most of it loading those classes).
 * The workbench runs it once it has started; nothing of it stays.
 */
public final class EditorWarmup {

    private static final String TEXT = """
            Ankara backed the armed opposition in the north, while Moscow and the government in Damascus rejected the \
            ceasefire that both sides had signed in Sochi.
            The opposition welcomed the agreement; the government ignored it.
            """;

    private EditorWarmup() {
    }

    /** Runs on the UI thread; a failure only means the first open is slower, so it is not shown to anyone. */
    public static void run(Display display) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        Image image = null;
        GC gc = null;
        try {
            JCas jcas = sample();
            Stance current = jcas.getAnnotationIndex(Stance.class).iterator().next();
            AnnotationMirror mirror = new AnnotationMirror();
            mirror.showAll(jcas);
            shell.setLayout(new FillLayout());
            Composite parent = new Composite(shell, SWT.NONE);
            AnnotatedViewer viewer = new AnnotatedViewer(parent, new AnnotatedViewer.Shown() {
                @Override
                public JCas jcas() {
                    return jcas;
                }

                @Override
                public Tag current() {
                    return current;
                }

                @Override
                public Tag tagAt(int offset) {
                    return mirror.tagAt(offset);
                }

                @Override
                public Catalogue catalogue() {
                    return null;
                }
            }, TEXT, mirror, offset -> { });
            shell.setSize(600, 300);
            shell.layout(true, true);
            viewer.viewer().setSelectedRange(current.getHolder().getBegin(), current.getHolder().getEnd() - current.getHolder().getBegin());
            image = new Image(display, 600, 300);
            gc = new GC(image);
            shell.print(gc);
        } catch (ResourceInitializationException | RuntimeException e) {
            // the editor opens all the same, only without this head start
        } finally {
            if (gc != null) {
                gc.dispose();
            }
            if (image != null) {
                image.dispose();
            }
            shell.dispose();
        }
    }

    /** The text with an actor, an agreement and a stance in each review state the editor draws. */
    private static JCas sample() throws ResourceInitializationException {
        JCas jcas = ParleyTypeSystem.newJCas();
        jcas.setDocumentText(TEXT);
        Actor ankara = actor(jcas, "Ankara", "TUR", TagValues.ACCEPTED);
        actor(jcas, "opposition", "OPPOSITION", TagValues.SUGGESTED);
        Actor moscow = actor(jcas, "Moscow", "RUS", TagValues.REJECTED);
        Agreement ceasefire = new Agreement(jcas, TEXT.indexOf("ceasefire"), TEXT.indexOf("ceasefire") + "ceasefire".length());
        ceasefire.setAgreementId("CEASEFIRE");
        ceasefire.setStatus(TagValues.SUGGESTED);
        ceasefire.addToIndexes();
        stance(jcas, ankara, ceasefire, TagValues.SUPPORT, TagValues.SUGGESTED);
        stance(jcas, moscow, ceasefire, TagValues.OPPOSE, TagValues.ACCEPTED);
        return jcas;
    }

    private static void stance(JCas jcas, Actor holder, Tag target, String polarity, String status) {
        Stance s = new Stance(jcas, 0, TEXT.indexOf('\n'));
        s.setHolder(holder);
        s.setTarget(target);
        s.setPolarity(polarity);
        s.setStatus(status);
        s.addToIndexes();
    }

    private static Actor actor(JCas jcas, String name, String id, String status) {
        int begin = TEXT.indexOf(name);
        Actor a = new Actor(jcas, begin, begin + name.length());
        a.setActorId(id);
        a.setStatus(status);
        a.addToIndexes();
        return a;
    }
}
