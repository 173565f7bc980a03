package parley.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import parley.store.AtomicFiles;
import parley.store.DocumentException;

/**
 * What analysts decided about learned rules ({@code .parley/learned.json}): the rules kept and dismissed (by
 * {@link LearnedRule#key()}), whether rules that pass the guard apply without being kept one by one, and the
 * thresholds.
 */
public record LearnedChoices(Set<String> accepted, Set<String> dismissed, boolean automatic, LearningSettings settings) {

    public static final String FILE = "learned.json";
    public static final LearnedChoices NONE = new LearnedChoices(Set.of(), Set.of(), false, LearningSettings.DEFAULT);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public LearnedChoices {
        accepted = new TreeSet<>(accepted == null ? Set.of() : accepted);
        dismissed = new TreeSet<>(dismissed == null ? Set.of() : dismissed);
        settings = settings == null ? LearningSettings.DEFAULT : settings;
    }

    public LearnedChoices accept(LearnedRule rule) {
        Set<String> a = new TreeSet<>(accepted);
        Set<String> d = new TreeSet<>(dismissed);
        a.add(rule.key());
        d.remove(rule.key());
        return new LearnedChoices(a, d, automatic, settings);
    }

    public LearnedChoices dismiss(LearnedRule rule) {
        Set<String> a = new TreeSet<>(accepted);
        Set<String> d = new TreeSet<>(dismissed);
        a.remove(rule.key());
        d.add(rule.key());
        return new LearnedChoices(a, d, automatic, settings);
    }

    public LearnedChoices automatic(boolean on) {
        return new LearnedChoices(accepted, dismissed, on, settings);
    }

    public static LearnedChoices read(Path projectRoot) throws DocumentException {
        Path file = projectRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return JSON.readValue(file.toFile(), LearnedChoices.class);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot be read as the project's learned rules (" + e.getMessage() + ")", e);
        }
    }

    public void write(Path projectRoot) throws DocumentException {
        AtomicFiles.write(projectRoot.resolve(FILE), out -> JSON.writeValue(out, this));
    }
}
