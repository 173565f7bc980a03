package parley.annotation;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;

/** Every feature of a tag a decision can change, so that a decision can be undone exactly. */
public record TagState(int begin, int end, String status, double confidence, String origin, String id, String category,
        String polarity, Actor holder, Tag target) {

    public static TagState of(Tag t) {
        String id = null;
        String category = null;
        String polarity = null;
        Actor holder = null;
        Tag target = null;
        if (t instanceof Actor a) {
            id = a.getActorId();
            category = a.getCategory();
        } else if (t instanceof Agreement g) {
            id = g.getAgreementId();
        } else if (t instanceof Stance s) {
            polarity = s.getPolarity();
            holder = s.getHolder();
            target = s.getTarget();
        }
        return new TagState(t.getBegin(), t.getEnd(), t.getStatus(), t.getConfidence(), t.getOrigin(), id, category, polarity, holder, target);
    }

    /** The state after an analyst's decision: this status, confidence 1, the analyst as origin. */
    public TagState decided(String newStatus, String analystOrigin) {
        return new TagState(begin, end, newStatus, 1.0, analystOrigin, id, category, polarity, holder, target);
    }

    public TagState withSpan(int newBegin, int newEnd) {
        return new TagState(newBegin, newEnd, status, confidence, origin, id, category, polarity, holder, target);
    }

    public TagState withId(String newId, String newCategory) {
        return new TagState(begin, end, status, confidence, origin, newId, newCategory, polarity, holder, target);
    }

    public TagState withPolarity(String newPolarity) {
        return new TagState(begin, end, status, confidence, origin, id, category, newPolarity, holder, target);
    }

    public TagState withHolder(Actor newHolder) {
        return new TagState(begin, end, status, confidence, origin, id, category, polarity, newHolder, target);
    }

    public TagState withTarget(Tag newTarget) {
        return new TagState(begin, end, status, confidence, origin, id, category, polarity, holder, newTarget);
    }

    /** Writes the state into the tag (UIMA re-indexes it itself when its span changes). */
    void applyTo(Tag t) {
        // a span feature set on an indexed tag makes UIMA take it out of its indexes and put it back: only where it changes
        if (t.getBegin() != begin) {
            t.setBegin(begin);
        }
        if (t.getEnd() != end) {
            t.setEnd(end);
        }
        t.setStatus(status);
        t.setConfidence(confidence);
        t.setOrigin(origin);
        if (t instanceof Actor a) {
            a.setActorId(id);
            a.setCategory(category);
        } else if (t instanceof Agreement g) {
            g.setAgreementId(id);
        } else if (t instanceof Stance s) {
            s.setPolarity(polarity);
            s.setHolder(holder);
            s.setTarget(target);
        }
    }
}
