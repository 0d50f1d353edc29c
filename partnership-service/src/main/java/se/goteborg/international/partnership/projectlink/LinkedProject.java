package se.goteborg.international.partnership.projectlink;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A project (owned by project-service) with a partner organisation in this partnership's city. */
public record LinkedProject(UUID projectId,
                            @Schema(example = "Green Ports Baltic") String title,
                            @Schema(example = "ONGOING") String status,
                            @Schema(example = "[\"Bergen kommune\"]") List<String> partnerNames) {
}
