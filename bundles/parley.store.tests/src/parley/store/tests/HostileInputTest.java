package parley.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.store.CorpusDocument;
import parley.store.DocumentException;
import parley.store.Project;
import parley.store.SourceText;
import parley.type.Actor;
import parley.types.ParleyTypeSystem;

/**
 * Hostile files: each is refused with a message that names it, or read correctly; nothing else
 * escapes, nothing hangs. The number of fuzz cases is {@code -Dparley.fuzz.cases} (default 300).
 */
class HostileInputTest {

    static final int CASES = Integer.getInteger("parley.fuzz.cases", 300);

    @TempDir
    Path corpus;

    private Project projectWithOneDocument(String text) throws Exception {
        Files.writeString(corpus.resolve("doc.txt"), text);
        Project project = Project.open(corpus);
        JCas jcas = ParleyTypeSystem.newJCas();
        CorpusDocument doc = project.corpus().documents().get(0);
        project.load(doc, jcas);
        Actor a = new Actor(jcas, 0, 6);
        a.setActorId("RUS");
        a.setStatus("ACCEPTED");
        a.addToIndexes();
        project.save(doc, jcas);
        return project;
    }

    @Test
    void documentNameThatClimbsOutOfTheExportFolderIsRefusedAndNothingIsWrittenOutside() throws Exception {
        Path export = Files.createDirectories(corpus.resolve("out/export"));
        for (String name : new String[] {"../../escaped.txt", "..", "sub/inner.txt", "..\\win.txt", "/etc/passwd"}) {
            JCas jcas = ParleyTypeSystem.newJCas();
            parley.store.DocumentImport.fromText(name, "Ankara argues.", jcas);
            // as read from another tool's XMI: the name is data, not a path
            Path xmi = corpus.resolve("foreign.xmi");
            parley.store.XmiFiles.write(xmi, jcas);
            JCas imported = ParleyTypeSystem.newJCas();
            parley.store.XmiFiles.read(xmi, imported);
            parley.store.ExportFolder folder = parley.store.ExportFolder.create(export);
            DocumentException e = assertThrows(DocumentException.class, () -> folder.write(imported), name);
            assertTrue(e.getMessage().contains(name) && e.getMessage().contains("not a plain file name"), e.getMessage());
        }
        try (var all = Files.walk(corpus)) {
            assertEquals(java.util.List.of("TypeSystem.xml"), all.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("foreign.xmi"))
                    .map(p -> p.getFileName().toString()).toList(), "only the type system was written");
        }
    }

    @Test
    void externalEntitiesInXmiAreNotResolved() throws Exception {
        Path secret = Files.writeString(corpus.getParent().resolve("secret-" + System.nanoTime() + ".txt"), "TOP-SECRET");
        Project project = projectWithOneDocument("Moscow argues.");
        CorpusDocument doc = project.corpus().documents().get(0);
        Path xmi = project.casFile(doc);
        String original = Files.readString(xmi);
        String hostile = original.replaceFirst("<\\?xml[^>]*\\?>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("sofaString=\"Moscow argues.\"", "sofaString=\"&s;\"");
        Files.writeString(xmi, hostile);
        JCas jcas = ParleyTypeSystem.newJCas();
        DocumentException e = assertThrows(DocumentException.class, () -> project.load(doc, jcas));
        assertTrue(e.getMessage().contains("doc.xmi"), e.getMessage());
        assertFalse(String.valueOf(jcas.getDocumentText()).contains("TOP-SECRET"));
        Files.deleteIfExists(secret);
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() throws Exception {
        Project project = projectWithOneDocument("Moscow argues.");
        CorpusDocument doc = project.corpus().documents().get(0);
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]><xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"><cas:Sofa xmlns:cas=\"http:///uima/cas.ecore\" xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"&l9;\"/></xmi:XMI>");
        Files.writeString(project.casFile(doc), bomb);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            DocumentException e = assertThrows(DocumentException.class, () -> project.load(doc, ParleyTypeSystem.newJCas()));
            assertTrue(e.getMessage().contains("doc.xmi"), e.getMessage());
        });
    }

    @Test
    void mutatedXmiIsReadOrRefusedWithItsName() throws Exception {
        Project project = projectWithOneDocument("Moscow argues that the Sochi memorandum holds.");
        CorpusDocument doc = project.corpus().documents().get(0);
        Path xmi = project.casFile(doc);
        byte[] valid = Files.readAllBytes(xmi);
        Random random = new Random(42);
        JCas jcas = ParleyTypeSystem.newJCas();
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            Files.write(xmi, mutate(valid, random));
            String problem = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    project.load(doc, jcas);
                    return null;
                } catch (DocumentException e) {
                    return e.getMessage();
                }
            }, "case " + i);
            if (problem != null) {
                refused++;
                assertTrue(problem.contains("doc.xmi"), "case " + i + ": " + problem);
            }
        }
        assertTrue(refused > 0, "no mutation was refused: the mutator is broken");
    }

    @Test
    void mutatedTextIsReadExactlyOrRefusedWithItsName() throws Exception {
        Random random = new Random(7);
        byte[] valid = "Ankara’s «position» — Erdoğan, 2020.".getBytes(StandardCharsets.UTF_8);
        Path file = corpus.resolve("text.txt");
        int refused = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] bytes = mutate(valid, random);
            Files.write(file, bytes);
            try {
                String text = SourceText.read(file);
                assertEquals(new String(bytes, StandardCharsets.UTF_8), text, "case " + i + " was not read exactly");
            } catch (DocumentException e) {
                refused++;
                assertTrue(e.getMessage().contains("text.txt"), "case " + i + ": " + e.getMessage());
            }
        }
        assertTrue(refused > 0);
    }

    /** Byte flips, truncations, duplicated and deleted runs, and inserted markup. */
    static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        int kind = random.nextInt(5);
        int at = random.nextInt(Math.max(1, b.length));
        switch (kind) {
            case 0 -> {
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> b = java.util.Arrays.copyOf(b, at);
            case 2 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(40));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, at + len);
                System.arraycopy(b, at, out, at + len, b.length - at);
                b = out;
            }
            case 3 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(40));
                byte[] out = new byte[b.length - len];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + len, out, at, b.length - at - len);
                b = out;
            }
            default -> {
                String[] junk = {"<", ">", "\"", "&", "&amp;", "<x>", "</xmi:XMI>", "\u0000", "begin=\"-5\"", "end=\"999999\"", "xmi:id=\"1\""};
                byte[] add = junk[random.nextInt(junk.length)].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[b.length + add.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(add, 0, out, at, add.length);
                System.arraycopy(b, at, out, at + add.length, b.length - at);
                b = out;
            }
        }
        return b;
    }
}
