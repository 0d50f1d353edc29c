package se.goteborg.international.partnership.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.goteborg.international.partnership.shared.DecisionInput;
import se.goteborg.international.partnership.shared.PriorityArea;

/** The request bodies of the partnership API. Shape is checked here (400); the policy's rules in the domain (422). */
public final class PartnershipRequests {

    private PartnershipRequests() {
    }

    /** The editable description shared by create and update. */
    interface ProfileFields {
        String cityName();
        String localName();
        String countryCode();
        BigDecimal latitude();
        BigDecimal longitude();
        Set<PriorityArea> priorityAreas();
        List<String> cooperationAreas();
        String mutualBenefit();
        String responsibleUnit();
        List<ContactInput> contacts();
        String meetingCadence();
        AgreementInput agreement();

        default PartnershipProfile toProfile() {
            City city = new City(cityName(), localName(), countryCode(), latitude(), longitude());
            List<Contact> people = contacts() == null ? List.of() : contacts().stream()
                    .map(c -> new Contact(c.name(), c.role(), c.organisation(), c.email(), c.phone())).toList();
            return new PartnershipProfile(city, priorityAreas(), cooperationAreas() == null ? null
                    : Set.copyOf(cooperationAreas()), mutualBenefit(), responsibleUnit(), people, meetingCadence(),
                    agreement() == null ? null : agreement().toTerms());
        }
    }

    @Schema(description = "Register a partnership; it starts as PROPOSED. Only kind, cityName and countryCode are required now; "
            + "what activation needs (mutual benefit, a priority area, for a partner city an agreement end) can follow.")
    public record ProposePartnershipRequest(
            @Schema(example = "TWIN_CITY") @NotNull(message = "is required") PartnershipKind kind,
            @Schema(example = "Bergen") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String cityName,
            @Schema(example = "Bergen") @Size(max = 200, message = "must be at most 200 characters") String localName,
            @Schema(example = "NO") @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SE or NO") String countryCode,
            @Schema(example = "60.3913") @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") BigDecimal latitude,
            @Schema(example = "5.3221") @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") BigDecimal longitude,
            @Schema(example = "[\"OWN_OPERATIONS\", \"BUSINESS_DEVELOPMENT\"]") @Size(max = 3, message = "has at most 3 priority areas") Set<@NotNull(message = "must not be null") PriorityArea> priorityAreas,
            @Schema(example = "[\"CULTURE\", \"SCHOOL\"]") @Size(max = 30, message = "has at most 30 areas")
            List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String> cooperationAreas,
            @Schema(example = "Nordic exchange of school development and culture that gives Gothenburg's staff and pupils new methods")
            @Size(max = 4000, message = "must be at most 4000 characters") String mutualBenefit,
            @Schema(example = "Stadsledningskontoret") @Size(max = 200, message = "must be at most 200 characters") String responsibleUnit,
            @Valid @Size(max = 20, message = "has at most 20 contacts") List<@NotNull(message = "must not be null") ContactInput> contacts,
            @Schema(example = "Twin-city meeting every second year") @Size(max = 200, message = "must be at most 200 characters") String meetingCadence,
            @Valid AgreementInput agreement) implements ProfileFields {
    }

    @Schema(description = "Replace a partnership's description (not its kind or status). Send If-Match with the ETag "
            + "(412 if stale) or the version you read (409 if stale).")
    public record UpdatePartnershipRequest(
            @Schema(example = "Bergen") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String cityName,
            @Schema(example = "Bergen") @Size(max = 200, message = "must be at most 200 characters") String localName,
            @Schema(example = "NO") @NotNull(message = "is required")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as SE or NO") String countryCode,
            @Schema(example = "60.3913") @DecimalMin(value = "-90", message = "must be between -90 and 90") @DecimalMax(value = "90", message = "must be between -90 and 90") BigDecimal latitude,
            @Schema(example = "5.3221") @DecimalMin(value = "-180", message = "must be between -180 and 180") @DecimalMax(value = "180", message = "must be between -180 and 180") BigDecimal longitude,
            @Schema(example = "[\"OWN_OPERATIONS\"]") @Size(max = 3, message = "has at most 3 priority areas") Set<@NotNull(message = "must not be null") PriorityArea> priorityAreas,
            @Schema(example = "[\"CULTURE\"]") @Size(max = 30, message = "has at most 30 areas")
            List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String> cooperationAreas,
            @Schema(example = "Exchange on school development that gives Gothenburg's teachers new methods")
            @Size(max = 4000, message = "must be at most 4000 characters") String mutualBenefit,
            @Schema(example = "Grundskoleförvaltningen") @Size(max = 200, message = "must be at most 200 characters") String responsibleUnit,
            @Valid @Size(max = 20, message = "has at most 20 contacts") List<@NotNull(message = "must not be null") ContactInput> contacts,
            @Schema(example = "Twin-city meeting every second year") @Size(max = 200, message = "must be at most 200 characters") String meetingCadence,
            @Valid AgreementInput agreement,
            @Schema(example = "3", description = "The version you edited; optional if you send If-Match") Long version)
            implements ProfileFields {
    }

    public record ContactInput(
            @Schema(example = "Kari Nordmann") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
            @Schema(example = "International coordinator") @Size(max = 200, message = "must be at most 200 characters") String role,
            @Schema(example = "Bergen kommune") @Size(max = 200, message = "must be at most 200 characters") String organisation,
            @Schema(example = "kari.nordmann@example.org") @Email(message = "must be an e-mail address") @Size(max = 200, message = "must be at most 200 characters") String email,
            @Schema(example = "+47 55 00 00 00") @Size(max = 40, message = "must be at most 40 characters") String phone) {
    }

    @Schema(description = "The current agreement term, e.g. a three-year memorandum of understanding")
    public record AgreementInput(@Schema(example = "2025-01-01") LocalDate start,
                                 @Schema(example = "2027-12-31") LocalDate end,
                                 @Schema(example = "2027-06-30") LocalDate renewalDue) {
        AgreementTerms toTerms() {
            return new AgreementTerms(start, end, renewalDue);
        }
    }

    @Schema(description = "Activate a proposed partnership. A twin city needs a city-council (KF) decision; a partner "
            + "city a KS or KF decision and an agreement end date (here or already set).")
    public record ActivateRequest(@Valid DecisionInput decision, @Valid AgreementInput agreement) {
    }

    @Schema(description = "Make an active partnership dormant (vilande): since when, and why")
    public record MakeDormantRequest(@Schema(example = "2020-01-01") LocalDate since,
                                     @Schema(example = "No joint activity since the pandemic; agreement stands")
                                     @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }

    @Schema(description = "Renew the agreement for a new term by a decision")
    public record RenewRequest(@Valid DecisionInput decision,
                               @Schema(example = "2028-01-01") LocalDate agreementStart,
                               @Schema(example = "2030-12-31") LocalDate agreementEnd,
                               @Schema(example = "2030-06-30") LocalDate renewalDue) {
    }

    @Schema(description = "End a partnership: the date, the reason, and (required for a twin city) the KF decision")
    public record EndRequest(@Schema(example = "2025-06-30") LocalDate endedOn,
                             @Schema(example = "The joint projects have ended") @Size(max = 2000, message = "must be at most 2000 characters") String reason,
                             @Valid DecisionInput decision) {
    }

    @Schema(description = "Record an activity: a visit, delegation, meeting, agreement signed or conference")
    public record RecordActivityRequest(
            @Schema(example = "MEETING") @NotNull(message = "is required") ActivityType type,
            @Schema(example = "Nordic twin-city meeting 2025") @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @Schema(example = "2025-09-18") @NotNull(message = "is required") LocalDate startDate,
            @Schema(example = "2025-09-20") LocalDate endDate,
            @Schema(example = "Bergen") @Size(max = 200, message = "must be at most 200 characters") String place,
            @Schema(example = "Green transition in Nordic cities") @Size(max = 500, message = "must be at most 500 characters") String theme,
            @Schema(example = "Bergen kommune") @Size(max = 200, message = "must be at most 200 characters") String host,
            @Schema(example = "[\"Mayor of Bergen\", \"Chair of Göteborg KS\"]") @Size(max = 100, message = "has at most 100 participants")
            List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String> participants,
            @Schema(example = "[\"Stadsledningskontoret\", \"Kulturförvaltningen\"]") @Size(max = 50, message = "has at most 50 units")
            List<@NotBlank(message = "must not be blank") @Size(max = 200, message = "must be at most 200 characters") String> units,
            @Schema(example = "Joint declaration on climate-neutral ports") @Size(max = 4000, message = "must be at most 4000 characters") String outcomes,
            @Schema(example = "[\"EXTERNAL_MONITORING\"]") @NotNull(message = "is required") @Size(min = 1, max = 3, message = "names 1 to 3 priority areas")
            Set<@NotNull(message = "must not be null") PriorityArea> priorityAreas) {
    }
}
