package parley.ui.editor;

import parley.type.Tag;

/** What the Properties part shows: a tag and the editor that edits it. */
public record TagSelection(DocumentEditorPart editor, Tag tag) {
}
