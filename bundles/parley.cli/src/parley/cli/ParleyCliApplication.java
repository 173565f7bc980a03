package parley.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application behind {@code ./parley tag|eval|bench|export}. */
public class ParleyCliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return Integer.valueOf(Cli.run(args == null ? new String[0] : args, out, err));
    }

    @Override
    public void stop() {
        // commands are short-lived and check for cancellation themselves
    }
}
