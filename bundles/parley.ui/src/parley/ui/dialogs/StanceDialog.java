package parley.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import parley.type.Actor;
import parley.type.Agreement;
import parley.type.Tag;
import parley.ui.services.StanceChooser;
import parley.types.TagValues;

/** Holder, target and polarity of a new stance, from the mentions of the sentence. */
public final class StanceDialog extends Dialog {

    private final List<Actor> holders;
    private final List<Tag> targets;
    private Combo holder;
    private Combo target;
    private Button oppose;
    private StanceChooser.Choice choice;

    private StanceDialog(Shell shell, List<Actor> holders, List<Tag> targets) {
        super(shell);
        this.holders = holders;
        this.targets = targets;
    }

    public static StanceChooser.Choice choose(Shell shell, List<Actor> holders, List<Tag> targets) {
        StanceDialog d = new StanceDialog(shell, holders, targets);
        return d.open() == OK ? d.choice : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New stance");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText("&Holder:");
        holder = new Combo(area, SWT.READ_ONLY);
        holders.forEach(a -> holder.add(a.getActorId() + "  \u201c" + a.getCoveredText() + "\u201d"));
        holder.select(0);
        new Label(area, SWT.NONE).setText("&Polarity:");
        Composite polarity = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(polarity);
        Button support = new Button(polarity, SWT.RADIO);
        support.setText("&Supports");
        support.setSelection(true);
        oppose = new Button(polarity, SWT.RADIO);
        oppose.setText("&Opposes");
        new Label(area, SWT.NONE).setText("&Target:");
        target = new Combo(area, SWT.READ_ONLY);
        targets.forEach(t -> target.add((t instanceof Actor a ? a.getActorId() : ((Agreement) t).getAgreementId()) + "  \u201c" + t.getCoveredText() + "\u201d"));
        target.select(targets.size() > 1 ? 1 : 0);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(holder);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(target);
        return area;
    }

    @Override
    protected void okPressed() {
        choice = new StanceChooser.Choice(holders.get(holder.getSelectionIndex()), targets.get(target.getSelectionIndex()),
                oppose.getSelection() ? TagValues.OPPOSE : TagValues.SUPPORT);
        super.okPressed();
    }
}
