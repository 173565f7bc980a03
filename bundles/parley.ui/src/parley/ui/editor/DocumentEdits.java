package parley.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import parley.annotation.Annotated;
import parley.annotation.Decisions;
import parley.annotation.TagChange;
import parley.annotation.WorkingDocument;
import parley.model.Catalogue;
import parley.model.CatalogueException;
import parley.store.DocumentException;
import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Sentence;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;
import parley.ui.dialogs.CatalogueLabelDialog;
import parley.ui.dialogs.NewActorDialog;
import parley.ui.dialogs.StanceDialog;
import parley.ui.services.Analyst;
import parley.ui.services.LabelChooser;
import parley.ui.services.NewActorChooser;
import parley.ui.services.StanceChooser;

/**
 * The analyst's editing commands in a document editor, on its current annotation or selection: each asks what it
 * needs (a label, a stance's holder and target) and makes one {@link Decisions decision} on the working document.
 */
public final class DocumentEdits {

    /** Where a command learns and leaves its place in the editor, and asks its questions. */
    interface Place {
        WorkingDocument working();

        Tag current();

        void select(Tag tag);

        boolean nextSuggestion();

        /** The selected text range: offset and length. */
        Point selection();

        int caret();

        Shell shell();

        Catalogue catalogue();
    }

    @Inject
    @Optional
    private LabelChooser labelChooser;
    @Inject
    @Optional
    private StanceChooser stanceChooser;
    @Inject
    @Optional
    private NewActorChooser newActorChooser;
    @Inject
    @Optional
    private MApplication application;
    @Inject
    private IEclipseContext context;
    private Place place;

    /** Made by injection (the dialogs a test may replace), then given its editor. */
    void setPlace(Place place) {
        this.place = place;
    }

    private LabelChooser labelChooser() {
        return labelChooser != null ? labelChooser : CatalogueLabelDialog::choose;
    }

    private StanceChooser stanceChooser() {
        return stanceChooser != null ? stanceChooser : StanceDialog::choose;
    }

    private boolean run(TagChange change) {
        if (!place.working().execute(change)) {
            return false;
        }
        if (change.focus() != null) {
            place.select(change.focus());
        }
        return true;
    }

    private Annotated current() {
        return Annotated.of(place.working(), place.current());
    }

    /** Accepts the current annotation (a stance: its holder and target too, where suggested) and moves on. */
    public void accept() {
        if (place.current() != null) {
            run(Decisions.accept(List.of(current()), Analyst.origin()));
            place.nextSuggestion();
        }
    }

    /** Rejects the current annotation (kept, so that a re-run does not suggest it again) and moves on. */
    public void reject() {
        if (place.current() != null) {
            run(Decisions.reject(List.of(current()), Analyst.origin()));
            place.nextSuggestion();
        }
    }

    public void relabel() {
        Tag tag = place.current();
        if (tag instanceof Actor || tag instanceof Agreement) {
            String now = tag instanceof Actor a ? a.getActorId() : ((Agreement) tag).getAgreementId();
            String id = labelChooser().choose(place.shell(), "Relabel \u201c" + tag.getCoveredText() + "\u201d", place.catalogue(), now);
            if (id != null) {
                relabel(id);
            }
        }
    }

    /** Gives the current Actor or Agreement another catalogue ID. */
    public void relabel(String id) {
        Tag tag = place.current();
        Catalogue catalogue = place.catalogue();
        boolean known = tag instanceof Actor ? catalogue.actor(id) != null : tag instanceof Agreement && catalogue.agreement(id) != null;
        if (known) {
            String category = tag instanceof Actor ? catalogue.actor(id).category() : null;
            run(Decisions.relabel(current(), id, category, Analyst.origin()));
        }
    }

    public void createFromSelection() {
        Point range = place.selection();
        if (range.y > 0) {
            String text = place.working().text().substring(range.x, range.x + range.y);
            String id = labelChooser().choose(place.shell(), "Tag \u201c" + text + "\u201d", place.catalogue(), null);
            if (id != null && id.startsWith(CatalogueLabelDialog.NEW_ACTOR)) {
                id = newActor(id.substring(CatalogueLabelDialog.NEW_ACTOR.length()), text.strip());
            }
            if (id != null) {
                createFromSelection(id);
            }
        }
    }

    /**
     * A new actor for the project's catalogue, named as the analyst typed it, with the tagged text as an alias;
     * asks for its ID and category. Returns its ID, or null when cancelled or impossible.
     */
    private String newActor(String name, String mention) {
        Shell shell = place.shell();
        WorkingDocument working = place.working();
        if (working.project() == null || working.isReadOnly()) {
            MessageDialog.openInformation(shell, "New actor",
                    "New actors go into the project's catalogue, and this document is not open in a writable project.");
            return null;
        }
        NewActorChooser chooser = newActorChooser != null ? newActorChooser : NewActorDialog::ask;
        NewActorChooser.Answer answer = chooser.ask(shell, name, place.catalogue());
        if (answer == null) {
            return null;
        }
        try {
            Catalogue catalogue = working.project().addActor(answer.id(), name, answer.category(), mention);
            // every view, and the next Tag Corpus, know it now (without an application: this editor at least)
            (application != null ? application.getContext() : context).set(Catalogue.class, catalogue);
        } catch (CatalogueException | DocumentException e) {
            MessageDialog.openError(shell, "New actor", e.getMessage());
            return null;
        }
        return answer.id();
    }

    /** Tags the selected text (trimmed of spaces) as an Actor or Agreement with the catalogue ID. */
    public Tag createFromSelection(String id) {
        Point range = place.selection();
        int begin = range.x;
        int end = range.x + range.y;
        String text = place.working().text();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Catalogue catalogue = place.catalogue();
        TagChange change;
        if (begin == end) {
            return null;
        } else if (catalogue.actor(id) != null) {
            change = Decisions.createActor(place.working(), begin, end, id, catalogue.actor(id).category(), Analyst.origin());
        } else if (catalogue.agreement(id) != null) {
            change = Decisions.createAgreement(place.working(), begin, end, id, Analyst.origin());
        } else {
            return null;
        }
        return run(change) ? change.focus() : null;
    }

    /** Deletes the current annotation and, for an actor or agreement, the stances that point to it. */
    public void deleteCurrent() {
        if (place.current() != null) {
            run(Decisions.delete(current()));
            place.select(null);
            place.nextSuggestion();
        }
    }

    public void growEnd() {
        resize(false, true);
    }

    public void shrinkEnd() {
        resize(false, false);
    }

    public void growStart() {
        resize(true, true);
    }

    public void shrinkStart() {
        resize(true, false);
    }

    /** Moves one edge of the current Actor or Agreement by a token. */
    private void resize(boolean start, boolean grow) {
        Tag tag = place.current();
        if (!(tag instanceof Actor || tag instanceof Agreement)) {
            return;
        }
        int begin = tag.getBegin();
        int end = tag.getEnd();
        List<int[]> tokens = ReviewOrder.tokensAround(place.working().jcas(), tag);
        if (start && grow) {
            begin = tokens.stream().filter(t -> t[1] <= tag.getBegin()).mapToInt(t -> t[0]).max().orElse(begin);
        } else if (start) {
            begin = tokens.stream().filter(t -> t[0] > tag.getBegin() && t[0] < tag.getEnd()).mapToInt(t -> t[0]).min().orElse(begin);
        } else if (grow) {
            end = tokens.stream().filter(t -> t[0] >= tag.getEnd()).mapToInt(t -> t[1]).min().orElse(end);
        } else {
            end = tokens.stream().filter(t -> t[1] < tag.getEnd() && t[1] > tag.getBegin()).mapToInt(t -> t[1]).max().orElse(end);
        }
        run(Decisions.resize(current(), begin, end, Analyst.origin(), grow));
    }

    /**
     * S: a new stance in the sentence at the caret. Its target is in the sentence (codebook); its holder is an
     * actor of the sentence or, for a pronoun ("It condemned the deal"), of the two sentences before it.
     * Where no pair is possible the analyst is told why, not left with nothing.
     */
    public void createStance() {
        var jcas = place.working().jcas();
        Sentence sentence = ReviewOrder.sentenceAt(jcas, place.current() != null ? place.current().getBegin() : place.caret());
        Shell shell = place.shell();
        if (sentence == null) {
            MessageDialog.openInformation(shell, "New stance", "Put the caret in a sentence first.");
            return;
        }
        List<Actor> holders = new ArrayList<>();
        List<Tag> targets = new ArrayList<>();
        for (Tag t : jcas.select(Tag.class).coveredBy(sentence)) {
            if (!TagValues.REJECTED.equals(t.getStatus())) {
                if (t instanceof Actor a) {
                    holders.add(a);
                    targets.add(a);
                } else if (t instanceof Agreement) {
                    targets.add(t);
                }
            }
        }
        List<Sentence> before = jcas.select(Sentence.class).preceding(sentence).limit(2).asList();
        int from = before.isEmpty() ? sentence.getBegin() : before.stream().mapToInt(Sentence::getBegin).min().getAsInt();
        for (Actor a : jcas.select(Actor.class).coveredBy(from, sentence.getBegin())) {
            if (!TagValues.REJECTED.equals(a.getStatus())) {
                holders.add(a);
            }
        }
        if (targets.isEmpty()) {
            MessageDialog.openInformation(shell, "New stance", "This sentence has no actor or agreement tagged: "
                    + "a stance's target is in its sentence. Select the target's words and tag them first (T).");
            return;
        }
        if (holders.isEmpty() || (targets.size() == 1 && holders.size() == 1 && holders.get(0) == targets.get(0))) {
            MessageDialog.openInformation(shell, "New stance", "A stance needs a holder and a different target, and "
                    + "this sentence and the two before it have only \u201c" + targets.get(0).getCoveredText() + "\u201d. Tag the other "
                    + "actor or agreement first (select its words, T).");
            return;
        }
        StanceChooser.Choice choice = stanceChooser().choose(shell, holders, targets);
        if (choice != null) {
            createStance(choice.holder(), choice.target(), choice.polarity(), sentence);
        }
    }

    /** Adds a MANUAL stance whose evidence is the holder's sentence. */
    public Stance createStance(Actor holder, Tag target, String polarity) {
        return createStance(holder, target, polarity, ReviewOrder.sentenceAt(place.working().jcas(), holder.getBegin()));
    }

    /** Adds a MANUAL stance with this evidence sentence (the target's: the holder may be in an earlier one). */
    public Stance createStance(Actor holder, Tag target, String polarity, Sentence sentence) {
        if (sentence == null || holder == target) {
            return null;
        }
        TagChange change = Decisions.createStance(place.working(), sentence.getBegin(), sentence.getEnd(), holder, target, polarity,
                Analyst.origin());
        return run(change) ? (Stance) change.focus() : null;
    }

    /** Sets a stance's polarity (Properties part); a suggestion becomes CORRECTED. */
    public void setPolarity(Stance stance, String polarity) {
        run(Decisions.setPolarity(Annotated.of(place.working(), stance), polarity, Analyst.origin()));
    }

    /** Sets the review status (Properties part). */
    public void setStatus(Tag tag, String status) {
        if (!status.equals(tag.getStatus())) {
            run(Decisions.setStatus(Annotated.of(place.working(), tag), status, Analyst.origin()));
        }
    }
}
