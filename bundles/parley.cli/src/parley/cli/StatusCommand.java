package parley.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.TagCounts;
import parley.types.ParleyTypeSystem;
import parley.types.TagValues;

/** {@code parley status <corpus>}: per document, its tags by type and review status. */
final class StatusCommand {

    static final List<String> TYPES = List.of("Actor", "Agreement", "Stance");
    static final List<String> STATUSES = List.of(TagValues.SUGGESTED, TagValues.ACCEPTED, TagValues.CORRECTED, TagValues.MANUAL, TagValues.REJECTED);

    private final PrintStream out;
    private final PrintStream err;

    StatusCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length != 1 || args[0].startsWith("--")) {
            throw new Cli.UsageException("name one corpus folder");
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder.resolve(Project.FOLDER))) {
            err.println("parley status: " + folder + ": not a Parley project yet (./parley tag " + folder + " creates it)");
            return Cli.INPUT_PROBLEM;
        }
        int problems = 0;
        try {
            Project project = Project.open(folder);
            JCas jcas = ParleyTypeSystem.newJCas();
            StringBuilder header = new StringBuilder(String.format("%-34s", "document"));
            for (String type : TYPES) {
                for (String status : STATUSES) {
                    header.append(String.format(" %s", abbreviation(type, status)));
                }
            }
            out.println(header);
            for (CorpusDocument d : project.corpus().documents()) {
                if (!project.hasWorkingCas(d)) {
                    out.printf("%-34s not tagged yet%n", d.name());
                    continue;
                }
                try {
                    project.load(d, jcas);
                } catch (DocumentException e) {
                    err.println("parley status: " + e.getMessage());
                    problems++;
                    continue;
                }
                TagCounts counts = TagCounts.of(jcas);
                StringBuilder row = new StringBuilder(String.format("%-34s", d.name()));
                for (String type : TYPES) {
                    for (String status : STATUSES) {
                        row.append(String.format(" %" + abbreviation(type, status).length() + "d", counts.count(type, status)));
                    }
                }
                out.println(row);
            }
            out.println("columns: type (actor, agreement, stance) and status: sug(gested) acc(epted) cor(rected) man(ual) rej(ected)");
        } catch (DocumentException e) {
            err.println("parley status: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        } catch (ResourceInitializationException e) {
            err.println("parley status: cannot create a CAS: " + e.getMessage());
            return Cli.INPUT_PROBLEM;
        }
        return problems > 0 ? Cli.INPUT_PROBLEM : Cli.OK;
    }

    private static String abbreviation(String type, String status) {
        return type.substring(0, 2).toLowerCase() + "." + status.substring(0, 3).toLowerCase();
    }
}
