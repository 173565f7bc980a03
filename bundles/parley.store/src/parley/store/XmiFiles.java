package parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.jcas.JCas;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

import parley.types.TagValues;

/** Reads and writes one CAS as XMI; writes are atomic. */
public final class XmiFiles {

    private XmiFiles() {
    }

    private static SAXParserFactory secureParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return factory;
    }

    /**
     * Reads a UIMA type system descriptor written by another tool: first checked with the secure parser (no DTD,
     * so no external entity and no entity expansion), then read by UIMA.
     */
    public static org.apache.uima.resource.metadata.TypeSystemDescription readTypeSystem(Path file) throws DocumentException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentException(file, "too large (" + Files.size(file) + " bytes)");
            }
            XMLReader reader = secureParserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler());
            try (InputStream in = Files.newInputStream(file)) {
                reader.parse(new InputSource(in));
            }
            var tsd = org.apache.uima.UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new org.apache.uima.util.XMLInputSource(file.toFile()));
            if (tsd.getImports() != null && tsd.getImports().length > 0) {
                throw new DocumentException(file, "imports other descriptors; Parley reads a self-contained TypeSystem.xml only");
            }
            return tsd;
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (SAXParseException e) {
            throw new DocumentException(file, "is not a valid type system descriptor (line " + e.getLineNumber() + ": " + e.getMessage() + ")", e);
        } catch (SAXException | ParserConfigurationException | org.apache.uima.util.InvalidXMLException e) {
            throw new DocumentException(file, "is not a valid type system descriptor (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
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

    /**
     * Replaces the CAS's content with the file's; a file that is not such XMI is named with the
     * problem. No DTD is accepted, so no external entity is read and no entity can expand.
     */
    public static void read(Path file, JCas jcas) throws DocumentException {
        read(file, jcas, false);
    }

    /** @param lenient accept types and features the CAS does not know (XMI written by other tools) */
    public static void read(Path file, JCas jcas, boolean lenient) throws DocumentException {
        read(file, jcas.getCas(), lenient);
        if (!lenient) {
            List<String> problems = TagValues.problems(jcas);
            if (!problems.isEmpty()) {
                jcas.reset();
                throw new DocumentException(file, "has values the type system does not allow: " + problems.get(0)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            }
        }
    }

    /** Larger XMI files are refused before they are parsed. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    /** Replaces a CAS's content with an XMI file's, read with the secure parser; any type system. */
    public static void read(Path file, org.apache.uima.cas.CAS cas, boolean lenient) throws DocumentException {
        cas.reset();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentException(file, "too large (" + Files.size(file) + " bytes; the limit is " + MAX_BYTES + ")");
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (IOException e) {
            throw new DocumentException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = secureParserFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, lenient));
            reader.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // not a reason to refuse the file
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new DocumentException(file, "cannot be read: no secure XML parser (" + e.getMessage() + ")", e);
        } catch (SAXParseException e) {
            cas.reset();
            throw new DocumentException(file, "is not valid XMI (line " + e.getLineNumber() + ": " + e.getMessage() + ")", e);
        } catch (NoSuchFileException e) {
            throw new DocumentException(file, "no such file", e);
        } catch (SAXException e) {
            cas.reset();
            throw new DocumentException(file, "is not valid XMI for Parley's type system (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            cas.reset();
            throw new DocumentException(file, "cannot be read as XMI (" + e.getMessage() + ")", e);
        }
    }
}
