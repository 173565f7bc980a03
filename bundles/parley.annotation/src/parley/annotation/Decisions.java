package parley.annotation;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;
import parley.types.TagValues;

/**
 * An analyst's decisions, each one undoable {@link TagChange}, written once for the editor and the review: what a
 * decision does to a tag's status, confidence and origin is said here and nowhere else. A decided tag has
 * confidence 1 and the analyst as origin; changing a suggestion makes it CORRECTED, and an analyst's own (MANUAL)
 * tag stays MANUAL.
 */
public final class Decisions {

    private Decisions() {
    }

    /** Accepts tags as they are. Accepting a stance confirms its holder and target too, where they were suggestions. */
    public static TagChange accept(Collection<? extends Annotated> tags, String origin) {
        return status(tags.size() == 1 ? "Accept" : "Accept " + tags.size(), TagValues.ACCEPTED, tags, origin);
    }

    /** Rejects tags: they stay, set aside, so that a re-run does not suggest them again. */
    public static TagChange reject(Collection<? extends Annotated> tags, String origin) {
        return status(tags.size() == 1 ? "Reject" : "Reject " + tags.size(), TagValues.REJECTED, tags, origin);
    }

    /** Sets a review status as chosen (the Properties part). */
    public static TagChange setStatus(Annotated a, String status, String origin) {
        TagChange change = new TagChange("Set status");
        return change.update(a.working(), a.tag(), TagState.of(a.tag()).decided(status, origin)).focus(a.tag());
    }

    private static TagChange status(String label, String status, Collection<? extends Annotated> tags, String origin) {
        TagChange change = new TagChange(label);
        // by identity: a UIMA tag's hash is its id within its CAS, and a bulk decision spans hundreds of CASes
        Set<Tag> decided = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Annotated a : tags) {
            decide(change, a.working(), a.tag(), status, origin, decided);
            if (TagValues.ACCEPTED.equals(status) && a.tag() instanceof Stance s) {
                for (Tag argument : new Tag[] {s.getHolder(), s.getTarget()}) {
                    if (argument != null && TagValues.SUGGESTED.equals(argument.getStatus())) {
                        decide(change, a.working(), argument, status, origin, decided);
                    }
                }
            }
        }
        return change;
    }

    private static void decide(TagChange change, WorkingDocument working, Tag tag, String status, String origin, Set<Tag> decided) {
        TagState before = TagState.of(tag);
        // a tag already so, by the same analyst, is left as it is (its confidence too)
        if (decided.add(tag) && (!status.equals(before.status()) || !origin.equals(before.origin()))) {
            change.update(working, tag, before, before.decided(status, origin));
        }
    }

    /** SUPPORT becomes OPPOSE and back. */
    public static TagChange flipPolarity(Annotated stance, String origin) {
        String polarity = ((Stance) stance.tag()).getPolarity();
        return setPolarity(stance, TagValues.SUPPORT.equals(polarity) ? TagValues.OPPOSE : TagValues.SUPPORT, origin, "Flip polarity");
    }

    public static TagChange setPolarity(Annotated stance, String polarity, String origin) {
        return setPolarity(stance, polarity, origin, "Set polarity");
    }

    private static TagChange setPolarity(Annotated stance, String polarity, String origin, String label) {
        if (polarity.equals(((Stance) stance.tag()).getPolarity())) {
            return new TagChange(label);
        }
        return corrected(label, stance, TagState.of(stance.tag()).withPolarity(polarity), origin);
    }

    public static TagChange changeHolder(Annotated stance, Actor holder, String origin) {
        return corrected("Change holder", stance, TagState.of(stance.tag()).withHolder(holder), origin);
    }

    public static TagChange changeTarget(Annotated stance, Tag target, String origin) {
        return corrected("Change target", stance, TagState.of(stance.tag()).withTarget(target), origin);
    }

    /** Another catalogue ID for an actor or agreement tag ({@code category}: an actor's, else null). */
    public static TagChange relabel(Annotated a, String id, String category, String origin) {
        return corrected("Relabel", a, TagState.of(a.tag()).withId(id, a.tag() instanceof Actor ? category : null), origin);
    }

    /** Another span for an actor or agreement tag. */
    public static TagChange resize(Annotated a, int begin, int end, String origin, boolean grow) {
        if (begin == a.tag().getBegin() && end == a.tag().getEnd()) {
            return new TagChange(grow ? "Grow span" : "Shrink span");
        }
        return corrected(grow ? "Grow span" : "Shrink span", a, TagState.of(a.tag()).withSpan(begin, end), origin);
    }

    private static TagChange corrected(String label, Annotated a, TagState changed, String origin) {
        String status = TagValues.MANUAL.equals(a.tag().getStatus()) ? TagValues.MANUAL : TagValues.CORRECTED;
        return new TagChange(label).update(a.working(), a.tag(), changed.decided(status, origin)).focus(a.tag());
    }

    /** An analyst's own actor tag. */
    public static TagChange createActor(WorkingDocument working, int begin, int end, String id, String category, String origin) {
        Actor a = new Actor(working.jcas(), begin, end);
        a.setActorId(id);
        a.setCategory(category);
        return create("Create " + id, working, a, origin);
    }

    public static TagChange createAgreement(WorkingDocument working, int begin, int end, String id, String origin) {
        Agreement g = new Agreement(working.jcas(), begin, end);
        g.setAgreementId(id);
        return create("Create " + id, working, g, origin);
    }

    /** An analyst's own stance, its span the evidence sentence. */
    public static TagChange createStance(WorkingDocument working, int begin, int end, Actor holder, Tag target, String polarity,
            String origin) {
        Stance s = new Stance(working.jcas(), begin, end);
        s.setHolder(holder);
        s.setTarget(target);
        s.setPolarity(polarity);
        return create("Create stance", working, s, origin);
    }

    private static TagChange create(String label, WorkingDocument working, Tag tag, String origin) {
        tag.setStatus(TagValues.MANUAL);
        tag.setConfidence(1.0);
        tag.setOrigin(origin);
        return new TagChange(label).add(working, tag).focus(tag);
    }

    /** Deletes a tag and, for an actor or agreement, the stances that point to it. */
    public static TagChange delete(Annotated a) {
        TagChange change = new TagChange("Delete");
        if (!(a.tag() instanceof Stance)) {
            for (Stance s : a.working().jcas().getAnnotationIndex(Stance.class)) {
                if (s.getHolder() == a.tag() || s.getTarget() == a.tag()) {
                    change.remove(a.working(), s);
                }
            }
        }
        return change.remove(a.working(), a.tag());
    }
}
