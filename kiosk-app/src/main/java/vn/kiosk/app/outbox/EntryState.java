package vn.kiosk.app.outbox;

/** Life of an entry: PENDING until the backend accepts (DELIVERED) or refuses it for good (REJECTED). */
public enum EntryState {
    PENDING, DELIVERED, REJECTED
}
