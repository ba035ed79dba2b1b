package vn.kiosk.simulator.bench;

import vn.kiosk.simulator.link.LinkModel;

/** One link preset with one card: the card takes extended-length APDUs, or only short ones. */
record Scenario(LinkModel link, boolean extendedLength) {

    String label() {
        return link.name() + (extendedLength ? "" : " (short APDUs only)");
    }

    String describeLink() {
        if (link.instant()) {
            return "no delays: host work only";
        }
        return String.format(java.util.Locale.ROOT, "%d kbit/s, FSC/FSD %d/%d, %d ms turnaround",
                link.radio().bitRateKbps(), link.radio().fsc(), link.radio().fsd(), link.reader().turnaround().toMillis());
    }
}
