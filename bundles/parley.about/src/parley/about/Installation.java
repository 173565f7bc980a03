package parley.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/** What this installation of Parley is: its version, and the libraries it runs with and their licences. */
public final class Installation {

    /** A library the installation runs with. {@code licence} is "not declared" where neither it nor Parley says. */
    public record Library(String name, String symbolicName, String version, String licence) {
    }

    public static final String NOT_DECLARED = "not declared";

    private Installation() {
    }

    /** Parley's version, as its bundles and features carry it (set in one place: the root pom). */
    public static String version() {
        Bundle self = FrameworkUtil.getBundle(Installation.class);
        if (self == null) {
            return "unknown";
        }
        var v = self.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro() + (v.getQualifier().isEmpty() ? "" : " (build " + v.getQualifier() + ")");
    }

    /** Every bundle of the running installation that is not Parley's own, by name. */
    public static List<Library> libraries() {
        Bundle self = FrameworkUtil.getBundle(Installation.class);
        if (self == null || self.getBundleContext() == null) {
            return List.of();
        }
        Properties known = knownLicences();
        List<Library> libraries = new ArrayList<>();
        for (Bundle b : self.getBundleContext().getBundles()) {
            String id = b.getSymbolicName();
            if (id != null && id.startsWith("parley.")) {
                libraries.addAll(embedded(b, known));
                continue;
            }
            if (id == null) {
                continue;
            }
            String name = b.getHeaders().get(Constants.BUNDLE_NAME);
            libraries.add(new Library(name == null || name.startsWith("%") ? id : name, id, b.getVersion().toString(),
                    licence(b.getHeaders().get("Bundle-License"), id, known)));
        }
        libraries.sort(Comparator.comparing(Library::symbolicName));
        return libraries;
    }

    /**
     * The libraries a Parley bundle carries inside it (its {@code Bundle-ClassPath} jars: Tika, PDFBox, POI ... in
     * parley.extract), each named by its jar, versioned and licensed by its own manifest or Parley's list
     * ({@code embedded.<jar name>}).
     */
    static List<Library> embedded(Bundle bundle, Properties known) {
        String classPath = bundle.getHeaders().get(Constants.BUNDLE_CLASSPATH);
        List<Library> out = new ArrayList<>();
        if (classPath == null) {
            return out;
        }
        for (String entry : classPath.split(",")) {
            String path = entry.strip();
            if (!path.endsWith(".jar")) {
                continue;
            }
            String jar = path.substring(path.lastIndexOf('/') + 1, path.length() - ".jar".length());
            java.util.jar.Manifest manifest = null;
            java.net.URL url = bundle.getEntry(path);
            if (url != null) {
                try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(url.openStream())) {
                    manifest = in.getManifest();
                } catch (java.io.IOException e) {
                    manifest = null; // named without version: the jar is there, its manifest unreadable
                }
            }
            java.util.jar.Attributes main = manifest == null ? new java.util.jar.Attributes() : manifest.getMainAttributes();
            String version = first(main.getValue("Bundle-Version"), main.getValue("Implementation-Version"), "");
            out.add(new Library(jar + " (in " + bundle.getSymbolicName() + ")", "embedded." + jar, version,
                    licence(main.getValue("Bundle-License"), "embedded." + jar, known)));
        }
        return out;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** What Parley's tests and build use but the installation does not ship, each with its licence. */
    public static List<Library> testOnly() {
        Properties known = knownLicences();
        List<Library> libraries = new ArrayList<>();
        for (String key : known.stringPropertyNames()) {
            if (key.startsWith(TEST_ONLY)) {
                String[] nameAndLicence = known.getProperty(key).split("\\|");
                String name = nameAndLicence[0].strip();
                libraries.add(new Library(name, key.substring(TEST_ONLY.length()), "",
                        nameAndLicence.length > 1 ? nameAndLicence[1].strip() : NOT_DECLARED));
            }
        }
        libraries.sort(Comparator.comparing(Library::name));
        return libraries;
    }

    private static final String TEST_ONLY = "test-only.";

    /** The licence a bundle declares (its first clause, named plainly), else the one Parley's list gives. */
    static String licence(String declared, String symbolicName, Properties known) {
        if (declared != null && !declared.isBlank()) {
            String first = declared.split("[;,]")[0].replace("\"", "").strip();
            String lower = first.toLowerCase(Locale.ROOT);
            if (lower.contains("apache") && lower.contains("2.0")) {
                return "Apache-2.0";
            }
            if (lower.contains("epl-2.0") || lower.contains("epl-v20") || lower.contains("eclipse public license - v2.0")) {
                return "EPL-2.0";
            }
            if (lower.contains("edl-v10")) {
                return "EDL-1.0 (BSD-3-Clause)";
            }
            if (lower.contains("jsoup.org/license")) {
                return "MIT";
            }
            return first;
        }
        String best = null;
        for (String prefix : known.stringPropertyNames()) {
            if (!prefix.startsWith(TEST_ONLY) && symbolicName.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? NOT_DECLARED : known.getProperty(best);
    }

    private static Properties knownLicences() {
        Properties p = new Properties();
        try (InputStream in = Installation.class.getResourceAsStream("/licences.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // without the list, bundles that declare nothing show as such
        }
        return p;
    }
}
