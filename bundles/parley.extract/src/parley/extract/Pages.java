package parley.extract;

import java.util.List;

/** Page lookups over a list of page start offsets. */
public final class Pages {

    private Pages() {
    }

    /** The page (from 1) that {@code offset} is on, or 0 when there are no pages. */
    public static int pageAt(List<Integer> pageStarts, int offset) {
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return pageStarts.isEmpty() ? 0 : Math.max(page, 1);
    }
}
