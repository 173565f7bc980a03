package parley.review;

import parley.type.Actor;
import parley.type.Stance;
import parley.type.Tag;

/** The features of a tag that review decisions change, so that a decision can be undone exactly. */
public record TagState(String status, double confidence, String origin, String polarity, Actor holder, Tag target) {

    public static TagState of(Tag t) {
        if (t instanceof Stance s) {
            return new TagState(t.getStatus(), t.getConfidence(), t.getOrigin(), s.getPolarity(), s.getHolder(), s.getTarget());
        }
        return new TagState(t.getStatus(), t.getConfidence(), t.getOrigin(), null, null, null);
    }

    /** The state after an analyst's decision: confidence 1, the analyst as origin. */
    public TagState decided(String newStatus, String analystOrigin) {
        return new TagState(newStatus, 1.0, analystOrigin, polarity, holder, target);
    }

    public TagState withPolarity(String newPolarity) {
        return new TagState(status, confidence, origin, newPolarity, holder, target);
    }

    public TagState withHolder(Actor newHolder) {
        return new TagState(status, confidence, origin, polarity, newHolder, target);
    }

    public TagState withTarget(Tag newTarget) {
        return new TagState(status, confidence, origin, polarity, holder, newTarget);
    }

    void applyTo(Tag t) {
        t.setStatus(status);
        t.setConfidence(confidence);
        t.setOrigin(origin);
        if (t instanceof Stance s) {
            s.setPolarity(polarity);
            s.setHolder(holder);
            s.setTarget(target);
        }
    }
}
