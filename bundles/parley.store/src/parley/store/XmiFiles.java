package parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.xml.sax.SAXException;

/** Reads and writes one CAS as XMI; writes are atomic. */
public final class XmiFiles {

    private XmiFiles() {
    }

    public static void write(Path target, JCas jcas) throws DocumentException {
        AtomicFiles.write(target, out -> {
            try {
                XmiCasSerializer.serialize(jcas.getCas(), jcas.getTypeSystem(), out, true, null);
            } catch (SAXException e) {
                throw new IOException("XMI serialisation failed: " + e.getMessage(), e);
            }
        });
    }

    /** Replaces the CAS's content with the file's; a file that is not such XMI is named with the problem. */
    public static void read(Path file, JCas jcas) throws DocumentException {
        jcas.reset();
        try (InputStream in = Files.newInputStream(file)) {
            XmiCasDeserializer.deserialize(in, jcas.getCas(), false);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (SAXException e) {
            jcas.reset();
            throw new DocumentException(file, "is not valid XMI for Parley's type system (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            jcas.reset();
            throw new DocumentException(file, "cannot be read as XMI (" + e.getMessage() + ")", e);
        }
    }
}
