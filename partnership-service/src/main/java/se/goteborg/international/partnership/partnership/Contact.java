package se.goteborg.international.partnership.partnership;

/** A contact person for the relationship, on either side. Personal data: kept out of events. */
public record Contact(String name, String role, String organisation, String email, String phone) {
}
