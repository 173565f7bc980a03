package parley.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import parley.ui.review.AbstractReviewPart;
import parley.ui.review.StanceReviewPart;

/** The handlers of the review commands: each acts on the active Stance Review or Suggestion queue. */
public final class ReviewHandlers {

    private ReviewHandlers() {
    }

    public abstract static class OnReview {
        @Execute
        public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            if (part != null && part.getObject() instanceof AbstractReviewPart review && enabled(review)) {
                run(review);
            }
        }

        @CanExecute
        public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
            return part != null && part.getObject() instanceof AbstractReviewPart review && enabled(review);
        }

        protected abstract void run(AbstractReviewPart review);

        protected boolean enabled(AbstractReviewPart review) {
            return review.hasSelection();
        }
    }

    /** Only in the Stance Review. */
    public abstract static class OnStances extends OnReview {
        @Override
        protected void run(AbstractReviewPart review) {
            run((StanceReviewPart) review);
        }

        protected abstract void run(StanceReviewPart review);

        @Override
        protected boolean enabled(AbstractReviewPart review) {
            return review instanceof StanceReviewPart && review.hasSelection();
        }
    }

    public static class Accept extends OnReview {
        @Override
        protected void run(AbstractReviewPart review) {
            review.accept();
        }
    }

    public static class Reject extends OnReview {
        @Override
        protected void run(AbstractReviewPart review) {
            review.reject();
        }
    }

    /** On every row the filter shows; enabled while it shows any. */
    public abstract static class OnShownRows extends OnReview {
        @Override
        protected boolean enabled(AbstractReviewPart review) {
            return !review.shownRows().isEmpty();
        }
    }

    public static class AcceptAllShown extends OnShownRows {
        @Override
        protected void run(AbstractReviewPart review) {
            review.acceptAllShown();
        }
    }

    public static class RejectAllShown extends OnShownRows {
        @Override
        protected void run(AbstractReviewPart review) {
            review.rejectAllShown();
        }
    }

    public static class OpenEvidence extends OnReview {
        @Override
        protected void run(AbstractReviewPart review) {
            review.openEvidence();
        }
    }

    public static class FlipPolarity extends OnStances {
        @Override
        protected void run(StanceReviewPart review) {
            review.flipPolarity();
        }
    }

    public static class ChangeHolder extends OnStances {
        @Override
        protected void run(StanceReviewPart review) {
            review.changeHolder();
        }
    }

    public static class ChangeTarget extends OnStances {
        @Override
        protected void run(StanceReviewPart review) {
            review.changeTarget();
        }
    }
}
