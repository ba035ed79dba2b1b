package vn.kiosk.simulator.personalise;

import vn.kiosk.simulator.citizen.Citizen;

/**
 * What a forger does to a data group after the SOD was signed: a different name in the MRZ or in
 * DG13, a touched-up portrait. The files stay well-formed; only their hashes give them away.
 */
final class Forgery {
    private Forgery() {
    }

    static byte[] alter(int dataGroup, byte[] file, Citizen citizen) {
        switch (dataGroup) {
            case 1: {
                // The MRZ's third line (the name) is the file's last 30 bytes.
                byte[] forged = file.clone();
                int first = forged.length - 30;
                forged[first] = (byte) (forged[first] == 'A' ? 'B' : 'A');
                return forged;
            }
            case 13: {
                Citizen impostor = new Citizen(citizen.idNumber(), "Trần Văn Giả", citizen.dateOfBirth(), citizen.sex(),
                        citizen.nationality(), citizen.ethnicity(), citizen.religion(), citizen.placeOfOrigin(),
                        citizen.placeOfResidence(), citizen.identifyingFeatures(), citizen.issueDate(),
                        citizen.expiryDate(), citizen.oldIdNumber(), citizen.fatherName(), citizen.motherName(),
                        citizen.spouseName());
                return Personaliser.dg13(impostor).encode();
            }
            default: {
                // Somewhere in the middle of the portrait's compressed data.
                byte[] forged = file.clone();
                forged[forged.length / 2] ^= 0x5A;
                return forged;
            }
        }
    }
}
