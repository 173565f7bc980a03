package parley.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Commands, key bindings and menus are data in Application.e4xmi: every editor command has all three. */
class ApplicationModelTest {

    static final List<String> EDITOR_COMMANDS = List.of("nextSuggestion", "previousSuggestion", "accept", "reject", "relabel",
            "createFromSelection", "createStance", "delete", "growEnd", "shrinkEnd", "growStart", "shrinkStart", "undo", "redo", "save");

    static Document model;
    static Map<String, String> commandIdByXmiId = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ApplicationModelTest.class.getResourceAsStream("/Application.e4xmi")) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            model = f.newDocumentBuilder().parse(in);
        }
        NodeList commands = model.getElementsByTagName("commands");
        for (int i = 0; i < commands.getLength(); i++) {
            Element c = (Element) commands.item(i);
            commandIdByXmiId.put(c.getAttribute("xmi:id"), c.getAttribute("elementId"));
        }
    }

    private static Set<String> commandsOf(String tag, String filterAttribute, String filterValue) {
        Set<String> out = new HashSet<>();
        NodeList nodes = model.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (filterAttribute == null || filterValue.equals(((Element) e.getParentNode()).getAttribute(filterAttribute))) {
                out.add(commandIdByXmiId.get(e.getAttribute("command")));
            }
        }
        return out;
    }

    @Test
    void everyEditorCommandHasAKeyInTheEditorContextAMenuItemAndAHandler() {
        String editorContext = "_ctxEditor";
        Set<String> bound = commandsOf("bindings", "bindingContext", editorContext);
        Set<String> inMenus = new HashSet<>();
        NodeList items = model.getElementsByTagName("children");
        for (int i = 0; i < items.getLength(); i++) {
            Element e = (Element) items.item(i);
            if (e.getAttribute("xsi:type").equals("menu:HandledMenuItem")) {
                inMenus.add(commandIdByXmiId.get(e.getAttribute("command")));
            }
        }
        Set<String> handled = commandsOf("handlers", null, null);
        for (String c : EDITOR_COMMANDS) {
            String id = "parley.ui.command." + c;
            assertTrue(bound.contains(id), id + " has no key binding in the editor context");
            assertTrue(inMenus.contains(id), id + " is in no menu");
            assertTrue(handled.contains(id), id + " has no handler");
        }
    }

    @Test
    void theDocumentEditorActivatesTheEditorBindingContext() {
        Element descriptor = (Element) model.getElementsByTagName("descriptors").item(0);
        assertEquals("parley.ui.partdescriptor.document", descriptor.getAttribute("elementId"));
        assertEquals("_ctxEditor", descriptor.getAttribute("bindingContexts"));
        assertEquals("true", descriptor.getAttribute("dirtyable"));
    }
}
