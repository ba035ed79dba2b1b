package vn.kiosk.app.demo;

import java.util.List;
import java.util.Objects;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.Fault;

/**
 * A card the demo can put on its virtual reader: a synthetic citizen, and what is wrong with the
 * card if anything. The CAN and the card-front QR are what a tester types or shows.
 */
public record DemoCard(String label, Citizen citizen, List<Fault> faults, String qrText) {
    public DemoCard {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citizen, "citizen");
        faults = List.copyOf(faults);
        Objects.requireNonNull(qrText, "qrText");
    }

    public String can() {
        return citizen.can();
    }

    @Override
    public String toString() {
        return "DemoCard[" + label + "]";
    }
}
