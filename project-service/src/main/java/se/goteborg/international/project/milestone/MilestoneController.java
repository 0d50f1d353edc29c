package se.goteborg.international.project.milestone;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.goteborg.international.project.milestone.Milestone.MilestoneKind;

@RestController
@RequestMapping("/api/projects/{projectId}/milestones")
@Tag(name = "Milestones", description = "Milestones and reporting deadlines; due-soon (14 days) and overdue ones are announced as events")
class MilestoneController {

    private final MilestoneService milestones;

    MilestoneController(MilestoneService milestones) {
        this.milestones = milestones;
    }

    record MilestoneRequest(@Schema(example = "Interim report to the Joint Secretariat") @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
                            @Schema(example = "REPORTING_DEADLINE") @NotNull(message = "is required") MilestoneKind kind,
                            @Schema(example = "2025-09-30") @NotNull(message = "is required") LocalDate dueDate) {
    }

    record DoneRequest(@Schema(example = "2025-09-28") @NotNull(message = "is required") LocalDate doneOn) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a milestone or reporting deadline")
    Milestone add(@PathVariable UUID projectId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
                  @Valid @RequestBody MilestoneRequest request) {
        return milestones.add(projectId, ifMatch, request.title(), request.kind(), request.dueDate());
    }

    @GetMapping
    @Operation(summary = "A project's milestones, earliest first")
    List<Milestone> list(@PathVariable UUID projectId) {
        return milestones.list(projectId);
    }

    @PostMapping("/{milestoneId}/done")
    @Operation(summary = "Mark a milestone done; it is no longer announced")
    Milestone done(@PathVariable UUID projectId, @PathVariable UUID milestoneId, @Valid @RequestBody DoneRequest request) {
        return milestones.markDone(projectId, milestoneId, request.doneOn());
    }
}
