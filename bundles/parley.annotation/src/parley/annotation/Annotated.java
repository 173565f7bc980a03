package parley.annotation;

import parley.type.Tag;

/** A tag together with the working document it belongs to: what a decision is made on. */
public interface Annotated {

    WorkingDocument working();

    Tag tag();

    static Annotated of(WorkingDocument working, Tag tag) {
        record Pair(WorkingDocument working, Tag tag) implements Annotated {
        }
        return new Pair(working, tag);
    }
}
