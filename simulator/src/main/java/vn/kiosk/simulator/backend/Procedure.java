package vn.kiosk.simulator.backend;

import java.util.List;

/**
 * One public service a kiosk can file a dossier for.
 *
 * @param identityFields the names (as in the identity JSON) the form takes from the verified identity;
 *                       only these leave the kiosk
 * @param processingDays working days from submission to the result/appointment date
 */
public record Procedure(String code, String nameVi, String nameEn, List<String> identityFields,
                        List<FormField> extraFields, Fee fee, int processingDays) {
    public Procedure {
        identityFields = List.copyOf(identityFields);
        extraFields = List.copyOf(extraFields);
    }
}
