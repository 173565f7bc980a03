package parley.types;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLInputSource;
import org.xml.sax.SAXException;

/**
 * The Parley type system (shared/annotation-format.md) and the CASes built on it.
 *
 * <p>Under OSGi, UIMA cannot see this bundle's JCas classes through its own class loader, so every
 * CAS is made with a resource manager whose extension class loader is this bundle's.
 */
public final class ParleyTypeSystem {

    /** Bundle-relative path of the descriptor. */
    public static final String DESCRIPTOR = "/desc/parley-types.xml";

    private static volatile TypeSystemDescription description;

    private ParleyTypeSystem() {
    }

    /** The type system descriptor, parsed once; callers must not modify it. */
    public static TypeSystemDescription description() {
        TypeSystemDescription d = description;
        if (d == null) {
            synchronized (ParleyTypeSystem.class) {
                d = description;
                if (d == null) {
                    d = description = parse();
                }
            }
        }
        return d;
    }

    private static TypeSystemDescription parse() {
        URL url = ParleyTypeSystem.class.getResource(DESCRIPTOR);
        if (url == null) {
            throw new IllegalStateException("type system descriptor missing from bundle: " + DESCRIPTOR);
        }
        try {
            TypeSystemDescription tsd = UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(url));
            tsd.resolveImports();
            return tsd;
        } catch (InvalidXMLException | IOException e) {
            throw new IllegalStateException("cannot read type system descriptor " + DESCRIPTOR, e);
        }
    }

    /** A resource manager that finds Parley's JCas classes and the classes reachable from {@code loader}. */
    public static ResourceManager resourceManager(ClassLoader loader) {
        ResourceManager rm = UIMAFramework.newDefaultResourceManager();
        rm.setExtensionClassLoader(loader != null ? loader : ParleyTypeSystem.class.getClassLoader(), true);
        return rm;
    }

    /** A new empty CAS with the Parley type system. */
    public static JCas newJCas() throws ResourceInitializationException {
        return newJCas(resourceManager(null));
    }

    public static JCas newJCas(ResourceManager rm) throws ResourceInitializationException {
        CAS cas = CasCreationUtils.createCas(description(), null, null, null, rm);
        try {
            return cas.getJCas();
        } catch (org.apache.uima.cas.CASException e) {
            throw new ResourceInitializationException(e);
        }
    }

    /** Writes the descriptor as {@code TypeSystem.xml} content. */
    public static void writeDescriptor(OutputStream out) throws IOException {
        try {
            description().toXML(out);
        } catch (SAXException e) {
            throw new IOException("cannot write type system descriptor", e);
        }
    }
}
