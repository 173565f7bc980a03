package parley.learn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.learn.StanceModelTrainer;
import parley.pipeline.PairModel;

/** The trainer of the learned stance model on candidates made up for the test: does it learn, and measure honestly? */
class StanceModelTrainerTest {

    /** In every group: "armed" between the two mentions means SUPPORT, "shelled" OPPOSE, "met" nothing. */
    private static List<StanceModelTrainer.Example> examples(String... groups) {
        List<StanceModelTrainer.Example> out = new ArrayList<>();
        for (String g : groups) {
            for (int i = 0; i < 20; i++) {
                out.add(new StanceModelTrainer.Example(g, List.of("B:armed", "B:w" + i, "stated:none"), "SUPPORT", false));
                out.add(new StanceModelTrainer.Example(g, List.of("B:shelle", "B:w" + i, "stated:none"), "OPPOSE", false));
                out.add(new StanceModelTrainer.Example(g, List.of("B:met", "B:w" + i, "stated:none"), PairModel.NONE, false));
                out.add(new StanceModelTrainer.Example(g, List.of("B:w" + i, "stated:none"), PairModel.NONE, false));
            }
        }
        return out;
    }

    @Test
    void learnsTheWordsThatMarkEachPolarityAndClaimsThePrecisionMeasuredOnGroupsHeldOut() {
        StanceModelTrainer trainer = new StanceModelTrainer(1.0, 0.5);
        List<StanceModelTrainer.Example> examples = examples("a", "b", "c");
        List<StanceModelTrainer.Fold> folds = trainer.crossValidate(examples, Map.of("a", 40, "b", 40, "c", 40));
        assertEquals(3, folds.size());
        for (StanceModelTrainer.Fold f : folds) {
            assertEquals(40, f.right(), "group " + f.group() + ": every held-out SUPPORT and OPPOSE found");
            assertEquals(0, f.wrong(), "group " + f.group());
        }
        PairModel model = trainer.train(examples, folds);
        assertEquals("SUPPORT", model.reading(List.of("B:armed", "stated:none")).label());
        assertEquals("OPPOSE", model.reading(List.of("B:shelle", "stated:none")).label());
        assertEquals(PairModel.NONE, model.reading(List.of("B:met", "stated:none")).label());
        assertEquals((120 + 1) / 122.0, model.precision(), 1e-9, "smoothed held-out precision");
    }

    @Test
    void aGroupHeldOutCountsWhatTheOthersDidNotTeach() {
        // group "b" marks SUPPORT with a word the other groups never use: held out, it is not found
        List<StanceModelTrainer.Example> examples = new ArrayList<>(examples("a", "c"));
        for (int i = 0; i < 20; i++) {
            examples.add(new StanceModelTrainer.Example("b", List.of("B:backed", "B:w" + i, "stated:none"), "SUPPORT", false));
        }
        List<StanceModelTrainer.Fold> folds = new StanceModelTrainer(1.0, 0.5).crossValidate(examples, Map.of("a", 40, "b", 20, "c", 40));
        StanceModelTrainer.Fold b = folds.stream().filter(f -> f.group().equals("b")).findFirst().orElseThrow();
        assertEquals(0, b.right());
        assertEquals(20, b.gold());
        assertTrue(folds.stream().filter(f -> !f.group().equals("b")).allMatch(f -> f.right() == 40));
    }
}
