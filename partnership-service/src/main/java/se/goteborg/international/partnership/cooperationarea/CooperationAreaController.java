package se.goteborg.international.partnership.cooperationarea;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cooperation areas", description = "The managed vocabulary of cooperation areas (read-only)")
class CooperationAreaController {

    private final CooperationAreas areas;

    CooperationAreaController(CooperationAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/api/partnerships/cooperation-areas")
    @Operation(summary = "The cooperation areas a partnership may name",
            description = "A managed vocabulary kept as data; codes are what partnerships refer to.")
    List<CooperationArea> list() {
        return areas.all();
    }
}
