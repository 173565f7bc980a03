package parley.extract;

/** What a file says about itself: each value null where the file does not say it. Dates are ISO 8601 days. */
public record DocumentMetadata(String title, String author, String date, String publisher) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);
}
