package parley.ui.editor;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Stance;
import parley.type.Tag;

/** Every feature of a tag an edit can change, so that an edit can be undone exactly. */
record TagSnapshot(int begin, int end, String status, double confidence, String origin, String id, String category,
        String polarity, Actor holder, Tag target) {

    static TagSnapshot of(Tag t) {
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
        return new TagSnapshot(t.getBegin(), t.getEnd(), t.getStatus(), t.getConfidence(), t.getOrigin(), id, category, polarity, holder, target);
    }

    TagSnapshot withStatus(String newStatus, double newConfidence, String newOrigin) {
        return new TagSnapshot(begin, end, newStatus, newConfidence, newOrigin, id, category, polarity, holder, target);
    }

    TagSnapshot withSpan(int newBegin, int newEnd) {
        return new TagSnapshot(newBegin, newEnd, status, confidence, origin, id, category, polarity, holder, target);
    }

    TagSnapshot withId(String newId, String newCategory) {
        return new TagSnapshot(begin, end, status, confidence, origin, newId, newCategory, polarity, holder, target);
    }

    TagSnapshot withPolarity(String newPolarity) {
        return new TagSnapshot(begin, end, status, confidence, origin, id, category, newPolarity, holder, target);
    }

    /** Writes the snapshot into the tag (UIMA re-indexes it itself when its span changes). */
    void applyTo(Tag t) {
        t.setBegin(begin);
        t.setEnd(end);
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
