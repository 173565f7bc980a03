package parley.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The progress of user jobs (Tag Corpus) in the window's bottom trim: task, a progress bar and a
 * Cancel button. A pure e4 workbench has no progress view, so this control is the job manager's
 * progress provider.
 */
public class JobProgressControl {

    private Label task;
    private ProgressBar bar;
    private Button cancel;
    private volatile IProgressMonitor running;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 0).spacing(8, 0).applyTo(box);
        task = new Label(box, SWT.NONE);
        GridDataFactory.fillDefaults().hint(360, SWT.DEFAULT).applyTo(task);
        bar = new ProgressBar(box, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(220, 12).applyTo(bar);
        cancel = new Button(box, SWT.FLAT);
        cancel.setText("\u2715");
        cancel.setToolTipText("Cancel the running job");
        cancel.addListener(SWT.Selection, e -> {
            IProgressMonitor m = running;
            if (m != null) {
                m.setCanceled(true);
            }
        });
        idle();
        parent.requestLayout(); // the trim was measured before these widgets existed
        Display display = parent.getDisplay();
        Job.getJobManager().setProgressProvider(new ProgressProvider() {
            @Override
            public IProgressMonitor createMonitor(Job job) {
                return job.isUser() ? new BarMonitor(display) : new NullProgressMonitor();
            }
        });
    }

    @PreDestroy
    void dispose() {
        Job.getJobManager().setProgressProvider(null);
    }

    /** Widgets stay visible when idle, so that the trim keeps its height and nothing jumps. */
    private void idle() {
        task.setText("Ready");
        bar.setSelection(0);
        cancel.setEnabled(false);
    }

    /** Forwards a job's progress to the widgets, on the UI thread. */
    private final class BarMonitor extends NullProgressMonitor {
        private final Display display;
        private String name = "";
        private int total = 1;
        private int done;

        BarMonitor(Display display) {
            this.display = display;
        }

        private void show(Runnable r) {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!bar.isDisposed()) {
                        r.run();
                    }
                });
            }
        }

        @Override
        public void beginTask(String taskName, int totalWork) {
            running = this;
            name = taskName;
            total = Math.max(1, totalWork);
            show(() -> {
                task.setText(taskName);
                bar.setMaximum(total);
                bar.setSelection(0);
                cancel.setEnabled(true);
            });
        }

        @Override
        public void subTask(String subTask) {
            String text = name + " \u2014 " + subTask;
            show(() -> task.setText(text));
        }

        @Override
        public void worked(int work) {
            done += work;
            int now = done;
            show(() -> bar.setSelection(now));
        }

        @Override
        public void done() {
            running = null;
            show(JobProgressControl.this::idle);
        }
    }
}
