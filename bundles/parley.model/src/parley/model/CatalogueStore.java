package parley.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emfcloud.jackson.module.EMFModule;
import org.eclipse.emfcloud.jackson.resource.JsonResourceFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the actor and agreement catalogue: an EMF model ({@code model/catalogue.ecore}, used
 * dynamically, so no generated code) persisted as JSON through emfjson-jackson. Every catalogue is
 * validated before a tagger sees it.
 */
public final class CatalogueStore {

    public static final String NS_URI = "http://parley/catalogue/1.0";
    /** Bundle-relative path of the catalogue that ships with Parley. */
    public static final String DEFAULT_CATALOGUE = "/catalogue/default-catalogue.json";
    private static final String ECORE = "/model/catalogue.ecore";
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> CATEGORIES = Set.of("STATE", "ARMED_GROUP", "POLITICAL_BODY", "INTERNATIONAL_ORG", "PERSON");

    private static volatile EPackage ePackage;

    private CatalogueStore() {
    }

    /** The catalogue EPackage, loaded once from the bundle. */
    public static EPackage ePackage() {
        EPackage p = ePackage;
        if (p == null) {
            synchronized (CatalogueStore.class) {
                p = ePackage;
                if (p == null) {
                    try (InputStream in = CatalogueStore.class.getResourceAsStream(ECORE)) {
                        if (in == null) {
                            throw new IllegalStateException("catalogue model missing from bundle: " + ECORE);
                        }
                        // the package resource carries the namespace URI, so that saved JSON names its classes by it
                        Resource r = new EcoreResourceFactoryImpl().createResource(URI.createURI(NS_URI));
                        r.load(in, null);
                        p = ePackage = (EPackage) r.getContents().get(0);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read catalogue model " + ECORE, e);
                    }
                }
            }
        }
        return p;
    }

    public static EClass eClass(String name) {
        return (EClass) ePackage().getEClassifier(name);
    }

    /** A resource set that reads and writes catalogue JSON. */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        ObjectMapper mapper = EMFModule.setupDefaultMapper();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new JsonResourceFactory(mapper));
        rs.getPackageRegistry().put(NS_URI, ePackage());
        return rs;
    }

    /** Reads a catalogue file as an editable EMF resource (not yet validated). */
    public static Resource loadResource(Path file) throws CatalogueException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CatalogueException(file, null, "no such file");
        } catch (IOException e) {
            throw new CatalogueException(String.valueOf(file), null, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(String.valueOf(file), bytes, URI.createFileURI(file.toAbsolutePath().toString()));
    }

    private static Resource parse(String source, byte[] bytes, URI uri) throws CatalogueException {
        Resource resource = newResourceSet().createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(bytes), null);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new CatalogueException(source, null, "is not a valid catalogue JSON" + where + " (" + e.getOriginalMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new CatalogueException(source, null, "is not a valid catalogue JSON (" + e.getMessage() + ")", e);
        }
        if (resource.getContents().isEmpty() || resource.getContents().get(0).eClass() != eClass("Catalogue")) {
            throw new CatalogueException(source, null, "holds no Catalogue object", null);
        }
        return resource;
    }

    /** The shipped catalogue as an editable EMF resource (the catalogue editor starts from it). */
    public static Resource loadDefaultResource() throws CatalogueException {
        String source = "default catalogue (" + DEFAULT_CATALOGUE + ")";
        try (InputStream in = CatalogueStore.class.getResourceAsStream(DEFAULT_CATALOGUE)) {
            if (in == null) {
                throw new CatalogueException(source, null, "missing from the bundle", null);
            }
            return parse(source, in.readAllBytes(), URI.createURI("default-catalogue.json"));
        } catch (IOException e) {
            if (e instanceof CatalogueException ce) {
                throw ce;
            }
            throw new CatalogueException(source, null, "cannot be read", e);
        }
    }

    /** The catalogue JSON of a resource, after validating it: an invalid catalogue is never written. */
    public static byte[] toJson(String source, Resource resource) throws CatalogueException {
        toCatalogue(source, resource.getContents().get(0));
        var out = new java.io.ByteArrayOutputStream();
        try {
            resource.save(out, null);
        } catch (IOException e) {
            throw new CatalogueException(source, null, "cannot be written as JSON (" + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }

    /** Reads and validates a catalogue file. */
    public static Catalogue load(Path file) throws CatalogueException {
        return toCatalogue(String.valueOf(file), loadResource(file).getContents().get(0));
    }

    /** The catalogue that ships with Parley. */
    public static Catalogue loadDefault() throws CatalogueException {
        return toCatalogue("default catalogue (" + DEFAULT_CATALOGUE + ")", loadDefaultResource().getContents().get(0));
    }

    /** Validates a catalogue model and returns its immutable view. */
    public static Catalogue toCatalogue(String source, EObject root) throws CatalogueException {
        List<ActorEntry> actors = new ArrayList<>();
        List<AgreementEntry> agreements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EObject a : list(root, "actors")) {
            String id = checkId(source, str(a, "id"), ids);
            List<ActorEntry.FormerName> former = new ArrayList<>();
            for (EObject f : list(a, "formerNames")) {
                former.add(new ActorEntry.FormerName(str(f, "name"), str(f, "validFrom"), str(f, "validTo")));
            }
            actors.add(new ActorEntry(id, str(a, "name"), literal(a, "category"), str(a, "affiliation"),
                    strings(a, "aliases"), strings(a, "metonyms"), strings(a, "demonyms"), List.copyOf(former)));
        }
        for (EObject a : list(root, "agreements")) {
            String id = checkId(source, str(a, "id"), ids);
            agreements.add(new AgreementEntry(id, str(a, "name"), literal(a, "kind"), str(a, "dateSigned"),
                    strings(a, "parties"), strings(a, "thirdParties"), str(a, "parentProcess"), str(a, "stage"),
                    strings(a, "aliases"), strings(a, "descriptions")));
        }
        Catalogue catalogue = new Catalogue(source, actors, agreements);
        validate(source, catalogue);
        return catalogue;
    }

    private static void validate(String source, Catalogue c) throws CatalogueException {
        if (c.actors().isEmpty()) {
            throw new CatalogueException(source, null, "has no actors", null);
        }
        Map<String, String> surfaceOwner = new HashMap<>();
        for (ActorEntry a : c.actors()) {
            if (a.category() == null || !CATEGORIES.contains(a.category())) {
                throw new CatalogueException(source, a.id(), "category must be one of " + CATEGORIES, null);
            }
            if (a.affiliation() != null) {
                ActorEntry aff = c.actor(a.affiliation());
                if (aff == null) {
                    throw new CatalogueException(source, a.id(), "unknown affiliation '" + a.affiliation() + "'", null);
                }
                if (aff.isPerson()) {
                    throw new CatalogueException(source, a.id(), "affiliation '" + a.affiliation() + "' is a person", null);
                }
            } else if (a.isPerson()) {
                throw new CatalogueException(source, a.id(), "a PERSON needs an affiliation", null);
            }
            List<String> forms = new ArrayList<>(a.aliases());
            forms.addAll(a.metonyms());
            a.formerNames().forEach(f -> forms.add(f.name()));
            if (forms.isEmpty() && (a.name() == null || a.name().isBlank())) {
                throw new CatalogueException(source, a.id(), "has no name, alias or metonym to find it by", null);
            }
            for (String form : forms) {
                if (form == null || form.isBlank()) {
                    throw new CatalogueException(source, a.id(), "has an empty alias", null);
                }
                String owner = surfaceOwner.putIfAbsent(form, a.id());
                if (owner != null && !owner.equals(a.id())) {
                    throw new CatalogueException(source, a.id(), "alias '" + form + "' is also an alias of " + owner, null);
                }
            }
            for (ActorEntry.FormerName f : a.formerNames()) {
                checkDate(source, a.id(), "validFrom", f.validFrom());
                checkDate(source, a.id(), "validTo", f.validTo());
            }
        }
        for (AgreementEntry g : c.agreements()) {
            checkDate(source, g.id(), "dateSigned", g.dateSigned());
            for (String party : concat(g.parties(), g.thirdParties())) {
                if (c.actor(party) == null) {
                    throw new CatalogueException(source, g.id(), "unknown party '" + party + "'", null);
                }
            }
            if (g.parentProcess() != null && c.agreement(g.parentProcess()) == null) {
                throw new CatalogueException(source, g.id(), "unknown parent process '" + g.parentProcess() + "'", null);
            }
            for (String form : concat(g.aliases(), g.descriptions())) {
                if (form == null || form.isBlank()) {
                    throw new CatalogueException(source, g.id(), "has an empty alias", null);
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void checkDate(String source, String id, String field, String value) throws CatalogueException {
        if (value != null && !ISO_DATE.matcher(value).matches()) {
            throw new CatalogueException(source, id, field + " '" + value + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", null);
        }
    }

    private static String checkId(String source, String id, Set<String> ids) throws CatalogueException {
        if (id == null || !ID.matcher(id).matches()) {
            throw new CatalogueException(source, String.valueOf(id), "bad ID (upper-case letters, digits and _ , starting with a letter)", null);
        }
        if (!ids.add(id)) {
            throw new CatalogueException(source, id, "duplicate ID", null);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static EList<EObject> list(EObject o, String feature) {
        return (EList<EObject>) o.eGet(o.eClass().getEStructuralFeature(feature));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(EObject o, String feature) {
        return List.copyOf((EList<String>) o.eGet(o.eClass().getEStructuralFeature(feature)));
    }

    private static String str(EObject o, String feature) {
        Object v = o.eGet(o.eClass().getEStructuralFeature(feature));
        return v == null ? null : v.toString();
    }

    private static String literal(EObject o, String feature) {
        var f = o.eClass().getEStructuralFeature(feature);
        if (!o.eIsSet(f)) {
            return null;
        }
        Object v = o.eGet(f);
        return v instanceof EEnumLiteral l ? l.getName() : String.valueOf(v);
    }

    /** Adds (or, with {@code add} false, removes) an alias of an actor in an editable catalogue; false when no actor has that ID. */
    @SuppressWarnings("unchecked")
    public static boolean setAlias(Resource catalogue, String actorId, String alias, boolean add) {
        org.eclipse.emf.ecore.EObject root = catalogue.getContents().get(0);
        for (org.eclipse.emf.ecore.EObject actor : (java.util.List<org.eclipse.emf.ecore.EObject>) root.eGet(root.eClass().getEStructuralFeature("actors"))) {
            if (actorId.equals(actor.eGet(actor.eClass().getEStructuralFeature("id")))) {
                java.util.List<String> aliases = (java.util.List<String>) actor.eGet(actor.eClass().getEStructuralFeature("aliases"));
                if (add && !aliases.contains(alias)) {
                    aliases.add(alias);
                } else if (!add) {
                    aliases.remove(alias);
                }
                return true;
            }
        }
        return false;
    }
}
