package parley.model;

import java.util.List;

/** A catalogue agreement (fields modelled on the PA-X peace agreements database). */
public record AgreementEntry(String id, String name, String kind, String dateSigned, List<String> parties,
        List<String> thirdParties, String parentProcess, String stage, List<String> aliases, List<String> descriptions) {
}
