package parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a source document exactly as the codebook defines its text: the file's bytes decoded as
 * UTF-8, nothing normalised. Anything that is not such a text is refused with a reason.
 */
public final class SourceText {

    /** Larger files are refused rather than risk exhausting the heap of the workbench. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private SourceText() {
    }

    public static String read(Path file) throws DocumentException {
        return decode(file, bytes(file));
    }

    /**
     * Reads a text that is known to be in another encoding (an analyst chose it). NUL bytes still
     * mark a binary file; every other byte maps to a character in single-byte encodings like Windows-1252.
     */
    public static String read(Path file, java.nio.charset.Charset charset) throws DocumentException {
        byte[] bytes = bytes(file);
        checkNotBinary(file, bytes, charset.name());
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, "is not " + charset.name() + " text either", e);
        }
    }

    /** The file's bytes; a folder, a missing or unreadable file and one over {@link #MAX_BYTES} are named. */
    private static byte[] bytes(Path file) throws DocumentException {
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(file, "is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DocumentException(file, "too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new DocumentException(file, "cannot be read (permission denied)", e);
        } catch (DocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new DocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void checkNotBinary(Path file, byte[] bytes, String encoding) throws DocumentException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new DocumentException(file, "is a binary file (NUL byte at offset " + i + "), not " + encoding + " text");
            }
        }
    }

    static String decode(Path file, byte[] bytes) throws DocumentException {
        checkNotBinary(file, bytes, "UTF-8");
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(file, "is not valid UTF-8 text (" + firstBadByte(bytes) + ")", e);
        }
    }

    private static String firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? "invalid byte sequence at offset " + in.position() : "invalid byte sequence";
    }
}
