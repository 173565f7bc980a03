package parley.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.cli.Cli;

/** Bad input names the file and the problem, exits non-zero, and the good documents are still exported. */
class CliBadInputTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int tag(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "tag";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void invalidUtf8IsNamedAndTheOtherDocumentsAreExported() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), "Russia and Turkey declared a truce.");
        Files.write(corpus.resolve("latin1.txt"), new byte[] {'E', 'r', 'd', 'o', (byte) 0xF0, 'a', 'n'});
        Path export = dir.resolve("export");

        int exit = tag(corpus.toString(), "--export", export.toString());

        assertEquals(Cli.INPUT_PROBLEM, exit);
        assertTrue(errors().contains("latin1.txt") && errors().contains("not valid UTF-8"), errors());
        assertTrue(Files.exists(export.resolve("good.xmi")), "the good document was not exported");
        assertTrue(Files.exists(export.resolve("TypeSystem.xml")));
        assertTrue(!Files.exists(export.resolve("latin1.xmi")), "a broken document must not be exported");
    }

    @Test
    void binaryFileIsNamed() throws Exception {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        int exit = tag(binary.toString(), "--export", dir.resolve("export").toString());

        assertEquals(Cli.INPUT_PROBLEM, exit);
        assertTrue(errors().contains("image.txt") && errors().contains("binary"), errors());
    }

    @Test
    void missingFolderIsNamed() {
        Path missing = dir.resolve("no-such-corpus");

        int exit = tag(missing.toString(), "--export", dir.resolve("export").toString());

        assertEquals(Cli.INPUT_PROBLEM, exit);
        assertTrue(errors().contains("no-such-corpus") && errors().contains("no such file or folder"), errors());
    }

    @Test
    void unreadableFileIsNamedAndOthersStillExported() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ankara argues.");
        Path locked = Files.writeString(dir.resolve("locked.txt"), "Moscow argues.");
        boolean lockable = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        Path export = dir.resolve("export");

        int exit = tag(good.toString(), locked.toString(), "--export", export.toString());

        if (lockable) {
            assertEquals(Cli.INPUT_PROBLEM, exit);
            assertTrue(errors().contains("locked.txt") && errors().contains("permission denied"), errors());
        } else {
            // running as root: permissions do not stop reading, so both are tagged
            assertEquals(Cli.OK, exit, errors());
        }
        assertTrue(Files.exists(export.resolve("good.xmi")));
    }

    @Test
    void emptyDocumentIsExportedWithEmptySofa() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path export = dir.resolve("export");

        int exit = tag(empty.toString(), "--export", export.toString());

        assertEquals(Cli.OK, exit, errors());
        assertTrue(Files.exists(export.resolve("empty.xmi")));
    }

    @Test
    void filesWithoutExportAreAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("good.txt"), "Ankara argues.");
        int exit = tag(file.toString());

        assertEquals(Cli.USAGE, exit);
        assertTrue(errors().contains("--export") && errors().contains("one corpus folder"), errors());
    }

    @Test
    void exportTargetThatIsAFileIsNamed() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "Ankara argues.");
        Path notAFolder = Files.writeString(dir.resolve("out.txt"), "occupied");

        int exit = tag(good.toString(), "--export", notAFolder.toString());

        assertEquals(Cli.INPUT_PROBLEM, exit);
        assertTrue(errors().contains("out.txt") && errors().contains("not a folder"), errors());
        assertEquals("occupied", Files.readString(notAFolder), "the existing file was changed");
    }
}
