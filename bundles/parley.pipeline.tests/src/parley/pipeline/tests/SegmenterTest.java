package parley.pipeline.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.type.Sentence;
import parley.type.Token;

class SegmenterTest {

    @Test
    void lineBreakEndsASentenceEvenWithoutAStop() throws Exception {
        Tagged t = Tagged.text("Silencing the Guns in Syria’s Idlib\nThe parties should pursue a ceasefire. Turkey agreed.");
        List<String> sentences = t.jcas.getAnnotationIndex(Sentence.class).select().map(s -> s.getCoveredText()).toList();
        assertEquals(List.of("Silencing the Guns in Syria’s Idlib", "The parties should pursue a ceasefire.", "Turkey agreed."), sentences);
    }

    @Test
    void anInitialismBeforeAHyphenEndsNoSentence() throws Exception {
        List<String> sentences = Tagged.text("Russia backed the U.S.-Russian framework. Turkey did not.").jcas
                .getAnnotationIndex(Sentence.class).select().map(s -> s.getCoveredText()).toList();
        assertEquals(List.of("Russia backed the U.S.-Russian framework.", "Turkey did not."), sentences);
    }

    @Test
    void anInitialismBeforeANameEndsNoSentence() throws Exception {
        List<String> sentences = Tagged.text("U.N. Secretary-General Antonio Guterres welcomed the truce. Talks were held in the U.S. The "
                + "next day Turkey agreed.").jcas.getAnnotationIndex(Sentence.class).select().map(s -> s.getCoveredText()).toList();
        assertEquals(List.of("U.N. Secretary-General Antonio Guterres welcomed the truce.", "Talks were held in the U.S.",
                "The next day Turkey agreed."), sentences);
    }

    @Test
    void aNoteReferenceAfterAStopEndsTheSentence() throws Exception {
        List<String> sentences = Tagged.text("HTS held them without charge.[11] Turkey objected. Russia said so.”[12] It did.").jcas
                .getAnnotationIndex(Sentence.class).select().map(s -> s.getCoveredText()).toList();
        assertEquals(List.of("HTS held them without charge.[11]", "Turkey objected.", "Russia said so.”[12]", "It did."), sentences);
    }

    @Test
    void possessiveIsItsOwnTokenAndNoBreakSpaceIsNoToken() throws Exception {
        Tagged t = Tagged.text("Russia’s\u00a0arms U.S. officials");
        List<String> tokens = t.jcas.getAnnotationIndex(Token.class).select().map(s -> s.getCoveredText()).toList();
        assertEquals(List.of("Russia", "’s", "arms", "U.S.", "officials"), tokens);
    }
}
