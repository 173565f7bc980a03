package parley.extract;

/** One paragraph, heading or list item of a document's text, and the page (from 1; 0: no pages) it starts on. */
record Block(String text, int page) {
}
