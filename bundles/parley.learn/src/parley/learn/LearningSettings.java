package parley.learn;

/**
 * When a pattern in the analysts' decisions becomes a learned rule (the Learned part's preferences and
 * {@code parley simulate} flags set them).
 *
 * @param aliasMinDocuments     a surface form tagged by hand in at least this many documents ...
 * @param aliasMinShare         ... with this share of them the same ID becomes an alias candidate
 * @param suppressMinRejections a suggestion pattern rejected at least this many times ...
 * @param suppressMaxAcceptance ... and kept at most at this rate is no longer suggested
 * @param flipMinimum           a stance cue whose polarity analysts changed this many times is flagged
 * @param priorWeight           how many decisions the shipped confidence counts as when blended with the project's rate
 */
public record LearningSettings(int aliasMinDocuments, double aliasMinShare, int suppressMinRejections, double suppressMaxAcceptance,
        int flipMinimum, double priorWeight) {

    public static final LearningSettings DEFAULT = new LearningSettings(2, 0.8, 3, 0.2, 3, 5);
}
